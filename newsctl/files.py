"""Where an input's bytes are: a local path, or a URL read through fsspec (``s3://``, ``gs://``,
``hdfs://``, ``https://``, ``file://`` ...) when fsspec and the package of that file system are
installed (the ``cluster`` extra brings fsspec; ``s3fs``, ``gcsfs`` ... bring the others).

Every reader of newsctl opens and looks at its inputs through these three functions, so a URL is
read as a local file is, streamed or whole, compressed or not. Whatever goes wrong with a URL
(no fsspec, an unknown protocol, no credentials, a network error) is an OSError with one line of
reason, as a local file's trouble is.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import stat as stat_module
from typing import Any, BinaryIO, Final, NamedTuple, Protocol

_URL_RE: Final = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{0,31}://")  # a scheme is short
GLOB_CHARS: Final = frozenset("*?[")
NO_FSSPEC: Final = (
    "reading a URL needs fsspec and the package of its file system "
    "(pip install 'newsctl[cluster]' brings fsspec; s3fs for s3://, gcsfs for gs://)"
)


class Facts(Protocol):
    """What newsctl reads of a file's status (``os.stat_result`` has it)."""

    @property
    def st_size(self) -> int: ...
    @property
    def st_mtime_ns(self) -> int: ...
    @property
    def st_mtime(self) -> float: ...
    @property
    def st_mode(self) -> int: ...


class RemoteFacts(NamedTuple):
    st_size: int
    st_mtime_ns: int
    st_mode: int

    @property
    def st_mtime(self) -> float:
        return self.st_mtime_ns / 1e9


def is_url(name: str) -> bool:
    """Whether ``name`` is a URL (``scheme://...``), not a local path."""
    return _URL_RE.match(name) is not None


def stat(name: str) -> Facts:
    """The size, modification time and kind of the file or folder at ``name``."""
    if not is_url(name):
        return os.stat(name)
    info = _remote(name, lambda fs, path: fs.info(path))
    kind = stat_module.S_IFDIR if info.get("type") == "directory" else stat_module.S_IFREG
    return RemoteFacts(int(info.get("size") or 0), _mtime_ns(info), kind | 0o444)


def open_binary(name: str) -> BinaryIO:
    """The file at ``name`` opened for reading bytes."""
    if not is_url(name):
        return open(name, "rb")
    handle: BinaryIO = _remote(name, lambda fs, path: fs.open(path, "rb"))
    return handle


def listing(name: str) -> list[str]:
    """The names in the folder at URL ``name`` (its entries' last parts), sorted."""
    entries = _remote(name, lambda fs, path: fs.ls(path, detail=False))
    names = {str(entry).rstrip("/").rsplit("/", 1)[-1] for entry in entries}
    return sorted(n for n in names if n)


def expand(name: str) -> list[str]:
    """The URLs a URL with glob characters (``s3://bucket/2024/*.jsonl.gz``) matches, sorted."""
    found = _remote(name, lambda fs, path: fs.glob(path))
    protocol = name.split("://", 1)[0]
    return sorted(_as_url(protocol, str(path)) for path in found)


def join(folder: str, child: str) -> str:
    """A name inside a folder, for a URL or a path."""
    if is_url(folder):
        return folder.rstrip("/") + "/" + child
    return os.path.join(folder, child)


def _as_url(protocol: str, path: str) -> str:
    if _URL_RE.match(path):
        return path
    if protocol == "file":
        return "file://" + ("" if path.startswith("/") else "/") + path
    return f"{protocol}://{path}"


def _remote(name: str, action: Any) -> Any:
    """``action(filesystem, path)`` for the file system of URL ``name``, its errors made one
    OSError each."""
    try:
        from fsspec.core import url_to_fs
    except ImportError:
        raise OSError(errno.EPROTONOSUPPORT, NO_FSSPEC) from None
    try:
        fs, path = url_to_fs(name)
        return action(fs, path)
    except OSError:
        raise
    except ImportError as exc:  # the file system's own package is missing
        raise OSError(errno.EPROTONOSUPPORT, " ".join(str(exc).split())) from None
    except Exception as exc:  # a backend's own errors (credentials, HTTP, ...): one line
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise OSError(errno.EIO, f"{type(exc).__name__}: {reason}") from None


def _mtime_ns(info: dict[str, Any]) -> int:
    for key in ("mtime", "LastModified", "last_modified", "updated", "modified", "created"):
        value = info.get(key)
        if isinstance(value, int | float):
            return int(value * 1_000_000_000)
        if isinstance(value, dt.datetime):
            return int(value.timestamp() * 1_000_000_000)
        if isinstance(value, str):
            try:
                return int(dt.datetime.fromisoformat(value).timestamp() * 1_000_000_000)
            except ValueError:
                continue
    return 0
