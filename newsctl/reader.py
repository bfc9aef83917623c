"""Reading articles from files and streams: regular files only, decompressed when they are
gzip, bzip2 or xz, decoded, and corpus files read record by record."""

from __future__ import annotations

import codecs
import datetime as dt
import os
import stat
from collections.abc import Iterator, Mapping
from typing import BinaryIO, Final

from newsctl.articles.corpus import RecordError, format_of_name, sniff
from newsctl.articles.markup import declared_charset, is_html
from newsctl.articles.record import Article, ArticleWarning
from newsctl.errors import InputError
from newsctl.limits import DEFAULT_MAX_BYTES
from newsctl.parser import ARTICLE_CHARS, parse_corpus, parse_items
from newsctl.text.decode import Decoded, decode_bytes, decode_start


def read_bytes(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a regular file (decompressed when it is gzip, bzip2 or xz), with a clear
    InputError for everything that is not one."""
    name = os.fspath(path)
    size = _regular_size(name)
    compression = compression_of(name)
    if compression is None and size > max_bytes:
        raise InputError(f"{size} bytes is over the limit of {max_bytes}", "too-large")
    try:
        with open(name, "rb") as handle:
            if compression is None:
                compression = _magic(handle)
            if compression is not None:
                return read_stream(_decompressing(handle, compression), max_bytes=max_bytes)
            data = handle.read(size + 1)  # read with its own size, not a limit-sized buffer
            if len(data) > size:  # it grew since it was looked at
                data += read_stream(handle, max_bytes=max_bytes - len(data))
            return data
    except PermissionError:
        raise InputError("permission denied") from None
    except IsADirectoryError:
        raise InputError("is a directory", "directory") from None
    except _broken() as exc:
        raise InputError(f"corrupt or truncated {compression} data ({exc})", "unreadable") from None
    except OSError as exc:
        raise InputError(_os_reason(exc)) from None


def _regular_size(name: str) -> int:
    """The size of a regular file; an InputError for a missing file, a directory, a device."""
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
    return info.st_size


_MAGIC: Final = ((b"\x1f\x8b", "gzip"), (b"BZh", "bzip2"), (b"\xfd7zXZ\x00", "xz"))
_SUFFIXES: Final = {".gz": "gzip", ".bz2": "bzip2", ".xz": "xz"}


def compression_of(name: str) -> str | None:
    """``gzip``, ``bzip2`` or ``xz`` for a file name ending ``.gz``, ``.bz2``, ``.xz``."""
    return _SUFFIXES.get(os.path.splitext(name)[1].lower())


def _magic(handle: BinaryIO) -> str | None:
    """The compression a file's first bytes announce (a compressed file without its suffix)."""
    head = handle.read(6)
    handle.seek(0)
    return next((kind for magic, kind in _MAGIC if head.startswith(magic)), None)


def _decompressing(handle: BinaryIO, compression: str) -> BinaryIO:
    if compression == "gzip":
        import gzip

        return gzip.GzipFile(fileobj=handle)  # type: ignore[return-value]
    if compression == "bzip2":
        import bz2

        return bz2.BZ2File(handle)  # type: ignore[return-value]
    import lzma

    return lzma.LZMAFile(handle)  # type: ignore[return-value]


def _broken() -> tuple[type[Exception], ...]:
    """What a corrupt or cut compressed stream raises (evaluated only when something was)."""
    import lzma
    import zlib

    return (EOFError, lzma.LZMAError, zlib.error)


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
        raise InputError(f"more than {max_bytes} bytes", "too-large")
    return b"".join(chunks)


def _os_reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


Item = Article | RecordError  # what reading a corpus gives: an article, or a record that failed


def items_from_bytes(
    data: bytes,
    *,
    path: str | None = None,
    tz: str | None = None,
    now: dt.datetime | None = None,
    mapping: Mapping[str, str] | None = None,
) -> list[Item]:
    """Decode and parse bytes that may hold several articles (a corpus file, its format told by
    the name ``path`` or sniffed from the text)."""
    decoded = _declared(data) or decode_bytes(data)
    fmt = corpus_format(path or "")
    items = list(parse_items(decoded.text, path=path, tz=tz, now=now, mapping=mapping, fmt=fmt))
    for item in items:
        if isinstance(item, Article):
            item.encoding = decoded.encoding
            if decoded.note is not None:
                item.warnings.insert(0, ArticleWarning(*decoded.note))
    return items


def long_article(
    path: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    tz: str | None = None,
    now: dt.datetime | None = None,
    mapping: Mapping[str, str] | None = None,
) -> list[Item] | None:
    """The record of an article file too long to be read whole (more bytes than an article is
    read characters), read no further than it is parsed: its start decoded in chunks as it is
    read, past ``ARTICLE_CHARS`` characters, the rest of the file left unread (the record says
    it was cut: ``too-long``). None for any other file, read whole as before: a short one, a
    compressed one, one over ``max_bytes``, a corpus, a page in a declared charset, one that is
    not clean UTF-8 or UTF-16 (``decode_start``)."""
    size = _regular_size(path)
    if size <= ARTICLE_CHARS or size > max_bytes or compression_of(path) or format_of_name(path):
        return None
    try:
        with open(path, "rb") as handle:
            if _magic(handle) is not None:
                return None
            decoded = decode_start(handle, ARTICLE_CHARS + 1)
    except OSError as exc:
        raise InputError(_os_reason(exc)) from None
    if decoded is None or len(decoded.text.lstrip("\ufeff")) <= ARTICLE_CHARS:
        return None
    head = decoded.text[:4096]
    charset = declared_charset(head.encode("utf-8"))
    if (charset is not None and not charset.startswith("utf")) or (
        not is_html(head) and sniff(head) is not None
    ):
        return None
    items = list(parse_items(decoded.text, path=path, tz=tz, now=now, mapping=mapping))
    for item in items:
        if isinstance(item, Article):
            item.encoding = decoded.encoding
    return items


def _declared(data: bytes) -> Decoded | None:
    """A web page in the charset it declares (``<meta charset="windows-1256">``), when that is
    not UTF-8 (which ``decode_bytes`` reads, and repairs) and the bytes are valid in it."""
    charset = declared_charset(data)
    if charset is None or charset.startswith("utf") or not is_html(data[:2048].decode("latin-1")):
        return None
    try:
        text = data.decode(charset)
    except UnicodeDecodeError:
        return None
    return Decoded(text.replace("\r\n", "\n").replace("\r", "\n"), charset)


def corpus_format_of(data: bytes) -> str | None:
    """The corpus format of a file's bytes, from its first ones (None for an article)."""
    head = data[:SNIFF_BYTES]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return sniff(head.decode("utf-16", errors="ignore"))
    return sniff(head.decode("utf-8", errors="ignore"))


def corpus_format(name: str, *, look: bool = False) -> str | None:
    """The corpus format a file name announces (``.jsonl``, ``.xml.gz`` ...); with ``look``,
    for other names, the format its first bytes show (a ``.txt`` holding ``<DOC>`` records).
    None for an article, or a file that cannot be read (reading it will say why)."""
    fmt = format_of_name(name)
    if fmt is not None or not look:
        return fmt
    try:
        fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK)  # a FIFO must not block the look
        with open(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return None
            compression = compression_of(name) or _magic(handle)
            stream = handle if compression is None else _decompressing(handle, compression)
            head = stream.read(SNIFF_BYTES)
    except OSError:
        return None
    except _broken():
        return None
    return corpus_format_of(head)


SNIFF_BYTES = 512


def iter_items(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    tz: str | None = None,
    now: dt.datetime | None = None,
    mapping: Mapping[str, str] | None = None,
) -> Iterator[Item]:
    """Every article in the file at ``path``, one at a time. A corpus file (by its name or its
    first bytes) is read as a stream, record by record, whatever its size (``max_bytes`` bounds
    each record); any other file is read whole, up to ``max_bytes``. Raises InputError when the
    file cannot be read at all; a record that cannot be read, or a file that breaks off, is a
    RecordError."""
    name = os.fspath(path)
    fmt = corpus_format(name, look=True)
    if fmt is None:
        start = long_article(name, max_bytes=max_bytes, tz=tz, now=now, mapping=mapping)
        if start is not None:
            yield from start
            return
        yield from items_from_bytes(
            read_bytes(name, max_bytes=max_bytes), path=name, tz=tz, now=now, mapping=mapping
        )
        return
    _regular_size(name)
    try:
        handle: BinaryIO = open(name, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise InputError(_os_reason(exc)) from None
    with handle:
        compression = compression_of(name) or _magic(handle)
        stream = handle if compression is None else _decompressing(handle, compression)
        try:
            head = stream.read(HEAD_BYTES)
        except OSError as exc:
            raise InputError(_os_reason(exc), "unreadable") from None
        except _broken() as exc:
            raise InputError(
                f"corrupt or truncated {compression} data ({exc})", "unreadable"
            ) from None
        encoding = _stream_encoding(head)
        chunks = _text_chunks(stream, head, encoding)
        articles = parse_corpus(chunks, fmt, path=name, tz=tz, now=now, mapping=mapping,
                                max_chars=max_bytes)  # fmt: skip
        try:
            for item in articles:
                if isinstance(item, Article):
                    item.encoding = encoding
                yield item
        except OSError as exc:
            yield RecordError(None, f"breaks off: {_os_reason(exc)}")
        except _broken() as exc:
            yield RecordError(None, f"breaks off: corrupt or truncated {compression} data ({exc})")


HEAD_BYTES = 1 << 16


def _stream_encoding(head: bytes) -> str:
    """The encoding of a stream, from its first bytes (as ``decode_bytes`` reads a whole file)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return decode_bytes(head).encoding


def _text_chunks(stream: BinaryIO, head: bytes, encoding: str) -> Iterator[str]:
    """The text of a stream in chunks, CRLF and CR made LF (a pair split between two chunks
    included); bytes that are not of the encoding become U+FFFD."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    data, pending_cr = head, False
    while True:
        text = decoder.decode(data, final=not data)
        if pending_cr:
            text = "\r" + text
        pending_cr = text.endswith("\r") and bool(data)
        if pending_cr:
            text = text[:-1]
        if text:
            yield text.replace("\r\n", "\n").replace("\r", "\n")
        if not data:
            return
        data = stream.read(STREAM_CHUNK)


def article_from_bytes(data: bytes, *, path: str | None = None, tz: str | None = None) -> Article:
    """Decode and parse an article's bytes (the first article of a corpus file)."""
    found = articles_from_bytes(data, path=path, tz=tz)
    if not found:
        raise InputError("no record could be read", "empty")
    return found[0]


def articles_from_bytes(
    data: bytes, *, path: str | None = None, tz: str | None = None
) -> list[Article]:
    """Decode and parse bytes that may hold several articles (a corpus file); records that
    cannot be read are left out (``items_from_bytes`` gives them)."""
    return [a for a in items_from_bytes(data, path=path, tz=tz) if isinstance(a, Article)]


def read_articles(
    path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES, tz: str | None = None
) -> list[Article]:
    """Every article in the file at ``path``: one, or one per record of a corpus file."""
    return [a for a in iter_items(path, max_bytes=max_bytes, tz=tz) if isinstance(a, Article)]


def read_article(
    path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES, tz: str | None = None
) -> Article:
    """Read, decode (UTF-8, UTF-8 BOM, UTF-16 BOM, Windows-1256) and parse the article at ``path``
    (the first article of a corpus file).

    Raises InputError (missing, directory, unreadable, empty, binary, undecodable, too large).
    """
    for item in iter_items(path, max_bytes=max_bytes, tz=tz):
        if isinstance(item, Article):
            return item
    raise InputError("no record could be read", "empty")
