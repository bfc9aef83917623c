"""Which inputs a run reads: paths, directories (``-r``), ``--files-from``, standard input.

Directories are walked in sorted order; hidden entries are skipped unless asked for; a directory
already being walked (a symbolic link loop) and unreadable directories are reported, never entered.
"""

from __future__ import annotations

import errno
import fnmatch
import heapq
import itertools
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO, NamedTuple

from newsctl import files
from newsctl.articles.corpus import CORPUS_GLOBS
from newsctl.errors import NewsctlError
from newsctl.files import GLOB_CHARS


class Source(NamedTuple):
    path: str  # as the user wrote it, or joined from a walked directory; "-" for stdin
    error: str | None = None  # why it cannot be read, found while looking for inputs
    walked: bool = False  # found in a directory by -r (not named by the user)


class Selection(NamedTuple):
    recursive: bool = False
    globs: tuple[str, ...] = CORPUS_GLOBS  # the names read in a directory
    hidden: bool = False


def discover(
    paths: Iterable[str], selection: Selection, on_empty: Callable[[str], None] | None = None
) -> Iterator[Source]:
    """Every input named by ``paths``, in order; directories expanded when recursive
    (``on_empty`` is told of a directory where nothing matched)."""
    for path in paths:
        if path == "-":
            yield Source("-")
            continue
        if files.is_url(path):
            found = False
            for source in _url_entries(path, selection):
                found = True
                yield source
            if not found and on_empty is not None:
                on_empty(path)
            continue
        if not selection.recursive and os.path.isdir(path):
            yield Source(path, "is a directory (use -r to read the files in it)")
            continue
        found = False
        for source in _entry(path, selection, set(), top=True):
            found = True
            yield source
        if not found and on_empty is not None:
            on_empty(path)


SORT_CHUNK = 10_000  # names held in memory at once when sorting a large folder


def sorted_names(directory: str, chunk: int = SORT_CHUNK) -> Iterator[str]:
    """The entries of ``directory`` in sorted order, in bounded memory.

    A drop folder may hold 100,000 files: names are sorted ``chunk`` at a time, spilled to
    temporary files and merged, so memory does not grow with the folder.
    """
    runs: list[Iterator[str]] = []
    names: list[str] = []
    with os.scandir(directory) as it:
        for entry in it:
            names.append(entry.name)
            if len(names) >= chunk:
                runs.append(_spill(sorted(names)))
                names = []
    names.sort()
    if not runs:
        yield from names
        return
    yield from heapq.merge(*runs, iter(names))


def _spill(names: list[str]) -> Iterator[str]:
    import tempfile

    handle = tempfile.TemporaryFile()  # noqa: SIM115 - closed by _read_spilled when done
    handle.write(b"\0".join(os.fsencode(n) for n in names) + b"\0")
    handle.seek(0)
    return _read_spilled(handle)


def _read_spilled(handle: BinaryIO) -> Iterator[str]:
    with handle:
        rest = b""
        while block := handle.read(1 << 16):
            parts = (rest + block).split(b"\0")
            rest = parts.pop()
            for part in parts:
                yield os.fsdecode(part)


def _walk(directory: str, selection: Selection, active: set[tuple[int, int]]) -> Iterator[Source]:
    try:
        names = sorted_names(directory)
        first = next(names, None)
    except PermissionError:
        yield Source(directory, "permission denied (directory)")
        return
    except OSError as exc:
        yield Source(directory, _stat_reason(directory, exc))
        return
    for name in itertools.chain(() if first is None else (first,), names):
        if not name.startswith(".") or selection.hidden:
            yield from _entry(os.path.join(directory, name), selection, active)


def _entry(
    path: str, selection: Selection, active: set[tuple[int, int]], *, top: bool = False
) -> Iterator[Source]:
    """One path: a file (named, or matching --glob inside a folder) or a folder to walk."""
    try:
        info = os.stat(path)
    except OSError as exc:
        yield Source(path, _stat_reason(path, exc))
        return
    if stat.S_ISDIR(info.st_mode):
        key = (info.st_dev, info.st_ino)
        if key in active:
            yield Source(path, "symbolic link loop (directory already being read)")
        else:
            yield from _walk(path, selection, active | {key})
    elif top or any(fnmatch.fnmatch(os.path.basename(path), g) for g in selection.globs):
        yield Source(path, walked=not top)


def _url_entries(url: str, selection: Selection) -> Iterator[Source]:
    """A URL (read through fsspec): a file, the files a glob matches, or with -r a folder's
    files (its folders walked in sorted order, names matching --glob)."""
    try:
        if GLOB_CHARS & set(url.split("://", 1)[1]):
            for match in files.expand(url):
                if selection.hidden or not match.rsplit("/", 1)[-1].startswith("."):
                    yield from _url_entry(match, selection, top=True)  # as a shell's glob
            return
        yield from _url_entry(url, selection, top=True)
    except OSError as exc:
        yield Source(url, _url_reason(exc))


def _url_entry(url: str, selection: Selection, *, top: bool) -> Iterator[Source]:
    try:
        info = files.stat(url)
    except OSError as exc:
        yield Source(url, _url_reason(exc))
        return
    if not stat.S_ISDIR(info.st_mode):
        if top or any(fnmatch.fnmatch(url.rsplit("/", 1)[-1], g) for g in selection.globs):
            yield Source(url, walked=not top)
        return
    if not selection.recursive:
        yield Source(url, "is a directory (use -r to read the files in it)")
        return
    for name in files.listing(url):
        if not name.startswith(".") or selection.hidden:
            yield from _url_entry(files.join(url, name), selection, top=False)


def _url_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or str(exc)


def _stat_reason(path: str, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno == errno.ENOENT:
        return "broken symbolic link" if os.path.islink(path) else "no such file"
    if exc.errno == errno.EACCES:
        return "permission denied"
    return (exc.strerror or str(exc)).lower()


MAX_PATH_BYTES = 1 << 16  # a path in a --files-from list (PATH_MAX is 4096)


class ListError(NewsctlError):
    """A --files-from list that is not a list of paths (an endless line, binary data)."""


def read_list(stream: BinaryIO, *, null: bool) -> Iterator[str]:
    """Paths from a ``--files-from`` stream: one per line, or NUL-separated with ``-0``; read
    in blocks as the run takes them, a path no longer than MAX_PATH_BYTES."""
    separator = b"\0" if null else b"\n"
    rest = b""
    while block := stream.read(1 << 16):
        parts = (rest + block).split(separator)
        rest = parts.pop()
        if len(rest) > MAX_PATH_BYTES:
            raise ListError(
                f"--files-from: a path longer than {MAX_PATH_BYTES} bytes (not a list of paths?)"
            )
        for raw in parts:
            name = raw.rstrip(b"\r") if not null else raw
            if name:
                yield os.fsdecode(name)
    name = rest.rstrip(b"\r") if not null else rest
    if name:
        yield os.fsdecode(name)


def gather(
    paths: tuple[str, ...],
    selection: Selection,
    *,
    files_from: str | None,
    null: bool,
    stdin: BinaryIO,
    on_empty: Callable[[str], None] | None = None,
) -> Iterator[Source]:
    """The inputs of a command: its PATH arguments, then the paths listed by ``--files-from``."""
    yield from discover(paths, selection, on_empty)
    if files_from is None:
        if not paths:
            yield Source("-")
        return
    if files_from == "-":
        yield from discover(read_list(stdin, null=null), selection)
        return
    try:
        with open(files_from, "rb") as handle:
            listed = list(read_list(handle, null=null))
    except OSError as exc:
        yield Source(files_from, f"cannot read the list of paths: {(exc.strerror or '').lower()}")
        return
    yield from discover(listed, selection)
