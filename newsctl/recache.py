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


# --- the many small module-level patterns: one file for all of them ------------------------

_bundle: dict[str, tuple[object, ...]] | None = None
_bundle_dirty = False


def _bundle_path() -> str:
    return os.path.join(cache_dir(), f"patterns-{zlib.crc32(_VERSION.encode()):08x}.marshal")


def _load_bundle() -> dict[str, tuple[object, ...]]:
    global _bundle
    if _bundle is None:
        try:
            with open(_bundle_path(), "rb") as handle:
                loaded = marshal.loads(handle.read())
            _bundle = loaded if isinstance(loaded, dict) else {}
        except Exception:
            _bundle = {}
    return _bundle


def _save_bundle() -> None:
    if not _bundle_dirty or _bundle is None:
        return
    try:
        os.makedirs(cache_dir(), exist_ok=True)
        path = _bundle_path()
        temp = f"{path}.{os.getpid()}.tmp"
        with open(temp, "wb") as handle:
            handle.write(marshal.dumps(_bundle))
        os.replace(temp, path)
    except Exception:
        pass


def pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` for module-level patterns: all of them live in one cache file, read once
    per process (one file per pattern would cost more than compiling small ones)."""
    global _bundle_dirty
    if os.environ.get("NEWSCTL_NO_CACHE"):
        return re.compile(source, flags)
    identity = f"{int(flags)}\0{source}"
    bundle = _load_bundle()
    parts = bundle.get(identity)
    if parts is not None:
        try:
            import _sre

            flags_, code, groups, groupindex, indexgroup = parts
            compiled: re.Pattern[str] = _sre.compile(
                source,
                flags_,
                code,
                groups,
                groupindex,
                tuple(indexgroup),  # type: ignore[arg-type]
            )
            return compiled
        except Exception:
            pass
    compiled, new = _compile_parts(source, flags)
    if new is not None:
        if not _bundle_dirty:
            import atexit

            atexit.register(_save_bundle)
        bundle[identity] = new
        _bundle_dirty = True
    return compiled
