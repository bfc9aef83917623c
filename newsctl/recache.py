"""Compiled regular expressions kept on disk between runs, for fast start-up.

Compiling the date grammar takes longer than starting Python and importing click together; a
command run once per file in a shell loop would pay it every time. ``compile`` keeps the
compiled form in the user's cache folder (``$XDG_CACHE_HOME/newsctl``, or ``~/.cache/newsctl``),
keyed by the pattern and the exact Python build, and falls back to ``re.compile`` whenever the
cache is missing, unreadable, stale or refused by the regex engine. ``NEWSCTL_NO_CACHE=1``
turns it off.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import zlib
from collections.abc import Callable

_VERSION = f"{sys.implementation.cache_tag}-{sys.version}"


def cache_dir() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "newsctl")


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile``, with the compiled form kept on disk (keyed by the pattern itself)."""
    return _cached(f"{_VERSION}\0{int(flags)}\0{pattern}", lambda: pattern, flags)


def compile_built(
    name: str, sources: tuple[str, ...], build: Callable[[], str], flags: int = 0
) -> re.Pattern[str]:
    """A pattern that ``build`` makes from tables, cached with the files it is made from.

    A cache hit skips building the pattern too; the key holds each source file's size and time
    of modification, so an edited or reinstalled table makes a new entry.
    """
    try:
        stamps = ",".join(f"{st.st_size}:{st.st_mtime_ns}" for st in map(os.stat, sources))
    except OSError:
        return re.compile(build(), flags)
    return _cached(f"{_VERSION}\0{int(flags)}\0{name}\0{stamps}", build, flags)


def _cached(identity: str, build: Callable[[], str], flags: int) -> re.Pattern[str]:
    if os.environ.get("NEWSCTL_NO_CACHE"):
        return re.compile(build(), flags)
    path = os.path.join(cache_dir(), f"re-{zlib.crc32(identity.encode()):08x}-{len(identity)}")
    try:
        return _load(path, identity)
    except Exception:  # any trouble with the cache: compile as usual
        pass
    pattern = build()
    compiled, parts = _compile_parts(pattern, flags)
    if parts is None:
        return compiled
    try:
        os.makedirs(cache_dir(), exist_ok=True)
        temp = f"{path}.{os.getpid()}.tmp"
        with open(temp, "wb") as handle:
            handle.write(marshal.dumps((identity, pattern, *parts)))  # type: ignore[arg-type]
        os.replace(temp, path)
    except Exception:  # a read-only home, say: nothing is cached, nothing breaks
        pass
    return compiled


def _load(path: str, identity: str) -> re.Pattern[str]:
    import _sre  # type: ignore[import-not-found]

    with open(path, "rb") as handle:
        stored, pattern, flags, code, groups, groupindex, indexgroup = marshal.loads(handle.read())
    if stored != identity:  # another entry with the same checksum: not ours
        raise ValueError("cache entry for another pattern")
    compiled: re.Pattern[str] = _sre.compile(
        pattern, flags, code, groups, groupindex, tuple(indexgroup)
    )
    return compiled


def _compile_parts(pattern: str, flags: int) -> tuple[re.Pattern[str], tuple[object, ...] | None]:
    """Compile as ``re._compiler.compile`` does, keeping the parts ``_sre.compile`` takes."""
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        parts = (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1,
                 groupindex, indexgroup)  # fmt: skip
        compiled: re.Pattern[str] = _sre.compile(
            pattern, parts[0], code, parts[2], groupindex, tuple(indexgroup)
        )
        return compiled, parts
    except Exception:  # another Python's internals: no cache, the ordinary way
        return re.compile(pattern, flags), None
