"""Reading an article from a path or stdin."""

from __future__ import annotations

import os
import stat
from typing import BinaryIO

from newsctl.articles.record import Article, ArticleWarning
from newsctl.errors import InputError
from newsctl.parser import parse_articles
from newsctl.text.decode import decode_bytes

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def read_bytes(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a regular file, with a clear InputError for everything that is not one."""
    name = os.fspath(path)
    try:
        info = os.stat(name)
    except FileNotFoundError:
        raise InputError("no such file", "missing") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(_os_reason(exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError("is a directory", "directory")
    if not stat.S_ISREG(info.st_mode):
        raise InputError("not a regular file (device, FIFO or socket)", "not-regular")
    if info.st_size > max_bytes:
        raise InputError(
            f"{info.st_size} bytes is over the limit of {max_bytes} (--max-bytes)", "too-large"
        )
    try:
        with open(name, "rb") as handle:  # read with its own size, not a --max-bytes buffer
            data = handle.read(info.st_size + 1)
            if len(data) > info.st_size:  # it grew since it was looked at
                data += read_stream(handle, max_bytes=max_bytes - len(data))
            return data
    except PermissionError:
        raise InputError("permission denied") from None
    except IsADirectoryError:
        raise InputError("is a directory", "directory") from None
    except OSError as exc:
        raise InputError(_os_reason(exc)) from None


STREAM_CHUNK = 1 << 20


def read_stream(handle: BinaryIO, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """All the bytes of an open stream (standard input, say), refused past ``max_bytes``: the
    stream is read in chunks, no further than one byte over the limit."""
    chunks: list[bytes] = []
    total = 0
    while total <= max_bytes:
        chunk = handle.read(min(STREAM_CHUNK, max_bytes + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > max_bytes:
        raise InputError(f"more than {max_bytes} bytes (--max-bytes)", "too-large")
    return b"".join(chunks)


def _os_reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def article_from_bytes(data: bytes, *, path: str | None = None, tz: str | None = None) -> Article:
    """Decode and parse an article's bytes (the first article of a corpus file)."""
    return articles_from_bytes(data, path=path, tz=tz)[0]


def articles_from_bytes(
    data: bytes, *, path: str | None = None, tz: str | None = None
) -> list[Article]:
    """Decode and parse bytes that may hold several articles (a corpus file)."""
    decoded = decode_bytes(data)
    articles = parse_articles(decoded.text, path=path, tz=tz)
    for article in articles:
        article.encoding = decoded.encoding
        if decoded.note is not None:
            article.warnings.insert(0, ArticleWarning(*decoded.note))
    return articles


def read_articles(
    path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES, tz: str | None = None
) -> list[Article]:
    """Every article in the file at ``path``: one, or one per record of a corpus file."""
    data = read_bytes(path, max_bytes=max_bytes)
    return articles_from_bytes(data, path=os.fspath(path), tz=tz)


def read_article(
    path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES, tz: str | None = None
) -> Article:
    """Read, decode (UTF-8, UTF-8 BOM, UTF-16 BOM, Windows-1256) and parse the article at ``path``.

    Raises InputError (missing, directory, unreadable, empty, binary, undecodable, too large).
    """
    data = read_bytes(path, max_bytes=max_bytes)
    return article_from_bytes(data, path=os.fspath(path), tz=tz)
