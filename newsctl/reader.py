"""Reading articles from files and streams: regular files only, decompressed when they are
gzip, bzip2 or xz, decoded, and corpus files read record by record."""

from __future__ import annotations

import codecs
import datetime as dt
import fnmatch
import json
import os
import stat
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Final, NamedTuple

from newsctl import files
from newsctl.articles.corpus import (
    ARCHIVE,
    CORPUS_GLOBS,
    START,
    Before,
    RecordError,
    format_of_name,
    sniff,
)
from newsctl.articles.markup import declared_charset, declared_xml_encoding, is_html
from newsctl.articles.record import Article, ArticleWarning, registered
from newsctl.articles.warc import RecordNote
from newsctl.errors import InputError
from newsctl.files import open_binary
from newsctl.limits import DEFAULT_MAX_BYTES
from newsctl.parser import ARTICLE_CHARS, Start, parse_corpus, parse_items
from newsctl.text.decode import (
    Decoded,
    Readable,
    decode_bytes,
    decode_declared,
    decode_start,
    decoded_chunks,
    starts_in,
)


def read_bytes(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a regular file (decompressed when it is gzip, bzip2 or xz), with a clear
    InputError for everything that is not one."""
    name = os.fspath(path)
    size = _regular_size(name)
    compression = compression_of(name)
    if compression is None and size > max_bytes:
        raise InputError(f"{size} bytes is over the limit of {max_bytes}", "too-large")
    try:
        with open_binary(name) as handle:
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
        info = files.stat(name)
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


# What reading a corpus gives: an article, a record that failed, or a note (records skipped)
Item = Article | RecordError | RecordNote


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
    refuse_pointer(data)
    if path in (None, "-") and data[:1] in (b"W", b"\x1f"):
        from newsctl.articles.warc import NOT_ON_STDIN, is_warc_bytes

        if is_warc_bytes(data[:4096]):  # standard input (a file is told by its name)
            raise InputError(NOT_ON_STDIN, "binary")
    decoded = _declared(data) or decode_bytes(data)
    fmt = corpus_format(path or "")
    notes = []
    if decoded.note is not None:
        note, message = decoded.note
        notes.append(ArticleWarning(registered(note), message))
    parsed = parse_items(decoded.text, path=path, tz=tz, now=now, mapping=mapping, fmt=fmt,
                         encoding=decoded.encoding, notes=notes)  # fmt: skip
    return list(parsed)


LFS_POINTER: Final = b"version https://git-lfs.github.com/spec/"


def refuse_pointer(head: bytes) -> None:
    """A Git LFS pointer (a clone made without ``git lfs``) stands where the file should be:
    say so, rather than read its three lines as an article or a corpus."""
    if head.startswith(LFS_POINTER):
        raise InputError(
            "a Git LFS pointer, not the file itself (`git lfs pull` fetches it)", "lfs-pointer"
        )


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
        with open_binary(path) as handle:
            if _magic(handle) is not None:
                return None
            decoded = decode_start(handle, ARTICLE_CHARS + 1)
    except OSError as exc:
        raise InputError(_os_reason(exc)) from None
    if decoded is None or len(decoded.text.lstrip("\ufeff")) <= ARTICLE_CHARS:
        return None
    head = decoded.text[:4096]
    if is_html(head) or sniff(head) is not None:
        return None  # a page's limit is its visible text's; a corpus is streamed
    parsed = parse_items(
        decoded.text, path=path, tz=tz, now=now, mapping=mapping, encoding=decoded.encoding
    )
    return list(parsed)


def _declared(data: bytes) -> Decoded | None:
    """A web page in the charset it declares (``<meta charset="windows-1256">``), when that is
    not UTF-8 (which ``decode_bytes`` reads, and repairs) and the bytes are valid in it."""
    charset = declared_charset(data)
    if charset is None or charset.startswith("utf") or not is_html(data[:2048].decode("latin-1")):
        return None
    if not data.isascii() and _is_utf8(data):  # the bytes say UTF-8, whatever the page declares
        return None
    return decode_declared(data, charset)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def corpus_format_of(data: bytes) -> str | None:
    """The corpus format of a file's bytes, from its first ones (None for an article)."""
    head = data[:SNIFF_BYTES]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return sniff(head.decode("utf-16", errors="ignore"))
    try:  # decoded as the whole file will be (Windows-1256 included), never by dropping bytes
        text = decode_bytes(head).text
    except InputError:
        return None
    return sniff(text)


def corpus_format(name: str, *, look: bool = False) -> str | None:
    """The corpus format a file name announces (``.jsonl``, ``.xml.gz`` ...); with ``look``,
    for other names, the format its first bytes show (a ``.txt`` holding ``<DOC>`` records).
    None for an article, or a file that cannot be read (reading it will say why)."""
    fmt = format_of_name(name)
    if not look or fmt not in (None, "sgml"):
        return fmt
    try:
        if files.is_url(name):
            handle = files.open_binary(name)
        else:
            fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK)  # a FIFO must not block the look
            handle = open(fd, "rb")  # noqa: SIM115 - closed below
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                handle.close()
                return fmt
        with handle:
            compression = compression_of(name) or _magic(handle)
            stream = handle if compression is None else _decompressing(handle, compression)
            head = stream.read(SNIFF_BYTES)
    except OSError:
        return fmt
    except _broken():
        return fmt
    seen = corpus_format_of(head)
    return seen if fmt is None or seen == "feed" else fmt  # a .xml file holding a feed


SNIFF_BYTES = 512


def iter_items(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    tz: str | None = None,
    now: dt.datetime | None = None,
    mapping: Mapping[str, str] | None = None,
    window: Window | None = None,
) -> Iterator[Item]:
    """Every article in the file at ``path``, one at a time (``window``: only that part of a
    growing JSON Lines or CSV file). A corpus file (by its name or its
    first bytes) is read as a stream, record by record, whatever its size (``max_bytes`` bounds
    each record); any other file is read whole, up to ``max_bytes``. Raises InputError when the
    file cannot be read at all; a record that cannot be read, or a file that breaks off, is a
    RecordError."""
    name = os.fspath(path)
    fmt = corpus_format(name, look=True)
    options = _Reading(max_bytes, tz, now, mapping)
    if fmt == ARCHIVE:
        yield from _archive_items(name, options)
        return
    if fmt == "warc":  # web archives: binary, a charset per page (newsctl.articles.warc)
        from newsctl.articles.warc import iter_warc

        def page(data: bytes, moment: dt.datetime | None) -> list[Item]:
            return items_from_bytes(data, tz=tz, now=moment)  # no path: its name says WARC

        _regular_size(name)
        yield from iter_warc(name, page, max_bytes=max_bytes, now=now)
        return
    if fmt is None:
        long = long_article(name, max_bytes=max_bytes, tz=tz, now=now, mapping=mapping)
        if long is not None:
            yield from long
            return
        try:
            data = read_bytes(name, max_bytes=max_bytes)
        except InputError as exc:
            if exc.code != "too-large" or not is_page_file(name):
                raise
            yield _streamed_page(name, tz=tz, now=now)  # a page's limit is its text's
            return
        yield from items_from_bytes(data, path=name, tz=tz, now=now, mapping=mapping)
        return
    _regular_size(name)
    try:
        handle: BinaryIO = open_binary(name)
    except OSError as exc:
        raise InputError(_os_reason(exc)) from None
    with handle:
        if window is not None and fmt in GROWING:
            if window.start >= window.end:
                return  # nothing was added since the last read
            header = b""
            if fmt != "jsonl" and window.start > 0:  # the rows after the header row
                header = handle.readline(options.max_bytes)
            handle.seek(window.start)
            part = _Part(header, handle, window.end - window.start)
            yield from _stream_items(part, name, fmt, None, options, before=window.before)
            return
        compression = compression_of(name) or _magic(handle)
        stream = handle if compression is None else _decompressing(handle, compression)
        yield from _stream_items(stream, name, fmt, compression, options)


GROWING: Final = frozenset({"jsonl", "csv", "tsv"})  # the formats files grow in, line by line


class Window(NamedTuple):
    """The part of a growing file to read: bytes ``start`` to ``end`` (a CSV's header row is
    read too), and the records and lines before ``start``."""

    start: int
    end: int
    before: Before = START


def growing_format(name: str) -> str | None:
    """The format of a file that can be read on from where an earlier run stopped: JSON Lines,
    CSV or TSV, not compressed."""
    fmt = format_of_name(name)
    return fmt if fmt in GROWING and compression_of(name) is None else None


def whole_end(name: str, fmt: str, size: int) -> int:
    """Where a reading of a growing file should stop: its end, or the end of its last whole
    line when the last line of JSON Lines is not yet a whole JSON value, or the last row of a
    CSV or TSV file has no line end yet or an open quote (still being written)."""
    with open(name, "rb") as handle:
        fd = handle.fileno()
        start = max(0, size - (1 << 16))
        block = os.pread(fd, size - start, start)
        if fmt != "jsonl":
            return _last_row_end(handle, size, tsv=fmt == "tsv") if block else 0
        if block.endswith(b"\n") or not block:
            return size
        newline = block.rfind(b"\n")
        if newline == -1 and start > 0:
            return size  # a last line longer than the block: let the reader judge it
        line_start = start + newline + 1
        tail = os.pread(fd, size - line_start, line_start)
    try:
        json.loads(tail)
    except ValueError:
        return line_start
    return size


def _last_row_end(handle: BinaryIO, size: int, *, tsv: bool) -> int:
    """The end of a CSV or TSV file's last whole row within its first ``size`` bytes: after its
    last line end outside a quoted field (a quoted field may hold line ends), quotes read as the
    CSV reader reads them (``newsctl.articles.tabular.Quotes``)."""
    from newsctl.articles.tabular import Quotes, delimiter_of

    handle.seek(0)
    first = handle.readline(4096)
    quotes = Quotes(delimiter_of(first.decode("latin-1"), tsv=tsv))
    handle.seek(0)
    offset = end = 0
    for line in handle:
        line = line[: size - offset]
        offset += len(line)
        if b'"' in line:
            quotes.step(line.decode("latin-1"))  # the marks are ASCII: offsets stay
        if line.endswith(b"\n") and not quotes.open:
            end = offset
        if offset >= size:
            break
    return end


def prefix_facts(name: str, end: int) -> tuple[str, int]:
    """The sha256 of a file's first ``end`` bytes and the number of lines they end."""
    import hashlib

    digest, lines, left = hashlib.sha256(), 0, end
    with open(name, "rb") as handle:
        while left > 0:
            block = handle.read(min(left, 1 << 20))
            if not block:
                break
            digest.update(block)
            lines += block.count(b"\n")
            left -= len(block)
    return digest.hexdigest(), lines


class _Part:
    """A file read as ``head`` then ``length`` bytes from its present position."""

    def __init__(self, head: bytes, handle: BinaryIO, length: int) -> None:
        self.head, self.handle, self.left = head, handle, length

    def read(self, size: int = -1) -> bytes:
        out = b""
        if self.head:
            take = len(self.head) if size < 0 else min(size, len(self.head))
            out, self.head = self.head[:take], self.head[take:]
        want = self.left if size < 0 else min(self.left, size - len(out))
        if want > 0:
            data = self.handle.read(want)
            self.left -= len(data)
            out += data
        return out


class _Reading(NamedTuple):
    max_bytes: int
    tz: str | None
    now: dt.datetime | None
    mapping: Mapping[str, str] | None


def _stream_items(
    stream: Readable,
    name: str,
    fmt: str,
    compression: str | None,
    options: _Reading,
    member: str | None = None,
    before: Before = START,
) -> Iterator[Item]:
    """The records of a corpus read from an open stream, one at a time (``member``: the
    archive member it is, named in its records' paths and errors)."""
    try:
        head = stream.read(HEAD_BYTES)
    except OSError as exc:
        raise InputError(_os_reason(exc), "unreadable") from None
    except _broken() as exc:
        raise InputError(f"corrupt or truncated {compression} data ({exc})", "unreadable") from None
    refuse_pointer(head)
    encoding = _stream_encoding(head)
    chunks = decoded_chunks(stream, head, encoding, errors="replace", chunk=STREAM_CHUNK)
    articles = parse_corpus(chunks, fmt, path=member or name, tz=options.tz, now=options.now,
                            mapping=options.mapping, max_chars=options.max_bytes,
                            before=before, start=Start(member or name, encoding))  # fmt: skip
    try:
        for item in articles:
            if isinstance(item, RecordError) and member is not None:
                item = item._replace(member=member)
            yield item
    except OSError as exc:
        yield RecordError(None, f"breaks off: {_os_reason(exc)}", member)
    except _broken() as exc:
        yield RecordError(
            None, f"breaks off: corrupt or truncated {compression} data ({exc})", member
        )


def _archive_items(name: str, options: _Reading) -> Iterator[Item]:
    """The articles of a zip archive's members, in the archive's order, each member read as a
    file of its own (a corpus streamed, an article or page whole) and named ``NAME!MEMBER``; a
    member that cannot be read is a RecordError, the others are still read."""
    import zipfile

    _regular_size(name)
    try:
        archive = zipfile.ZipFile(open_binary(name) if files.is_url(name) else name)
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(f"not a readable zip archive ({exc})", "unreadable") from None
    # damaged, encrypted, or compressed by a method Python lacks
    damaged: tuple[type[Exception], ...] = (
        zipfile.BadZipFile, RuntimeError, NotImplementedError, OSError, *_broken()
    )  # fmt: skip
    with archive:
        members = [i for i in archive.infolist() if not i.is_dir() and not _system_file(i.filename)]
        if not members:
            raise InputError("a zip archive with no file in it", "empty")
        named = [i for i in members if not _article_member(i.filename)]
        members = [i for i in members if _article_member(i.filename)]
        for info in members:
            member = f"{name}!{info.filename}"
            try:
                yield from _member_items(archive, info, member, options)
            except InputError as exc:
                yield RecordError(None, str(exc), member)
            except damaged as exc:
                yield RecordError(None, f"cannot be read from the archive ({exc})", member)
        if named:  # a corpus's README, its licence, a spreadsheet beside the articles
            shown = ", ".join(i.filename for i in named[:3]) + (", ..." if len(named) > 3 else "")
            many = "s" if len(named) > 1 else ""
            yield RecordNote(f"{len(named)} member{many} skipped by name, not articles ({shown})")


# What a corpus archive holds beside its articles, by the name's stem (README.md, LICENSE.txt)
_NOT_ARTICLE_STEMS: Final = frozenset(
    ("readme", "license", "licence", "copying", "changelog", "changes", "notice", "authors")
)


def _article_member(name: str) -> bool:
    """Whether a zip member is read: named as ``-r`` reads files (``CORPUS_GLOBS``; a name
    without an extension too), and not a corpus's README or licence."""
    base = name.rsplit("/", 1)[-1].lower()
    if base.split(".", 1)[0] in _NOT_ARTICLE_STEMS:
        return False
    return "." not in base or any(fnmatch.fnmatchcase(base, g) for g in CORPUS_GLOBS)


def _system_file(name: str) -> bool:
    """Files that archivers add beside the content (macOS resource forks, hidden files)."""
    base = name.rsplit("/", 1)[-1]
    return name.startswith("__MACOSX/") or base.startswith(".")


def _member_items(archive: Any, info: Any, member: str, options: _Reading) -> Iterator[Item]:
    fmt = format_of_name(info.filename)
    if fmt == ARCHIVE:
        yield RecordError(None, "a zip archive inside a zip archive is not read", member)
        return
    with archive.open(info) as raw:
        compression = compression_of(info.filename)
        stream = raw if compression is None else _decompressing(raw, compression)
        if fmt is not None:
            yield from _stream_items(stream, info.filename, fmt, compression, options, member)
            return
        data = read_stream(stream, max_bytes=options.max_bytes)
    yield from items_from_bytes(
        data, path=member, tz=options.tz, now=options.now, mapping=options.mapping
    )


HEAD_BYTES = 1 << 16


def is_page_file(name: str) -> bool:
    """Whether a file is a saved web page, from its first bytes (decompressed)."""
    try:
        with open_binary(name) as handle:
            compression = compression_of(name) or _magic(handle)
            stream = handle if compression is None else _decompressing(handle, compression)
            head = stream.read(SNIFF_BYTES * 4)
    except OSError:
        return False
    except _broken():
        return False
    return is_html(head.lstrip(codecs.BOM_UTF8).decode("latin-1"))


def streamable(name: str) -> bool:
    """Whether a file too large to read whole is read as a stream: a corpus file (record by
    record) or a saved web page (its visible text bounded, not its source)."""
    return corpus_format(name, look=True) is not None or is_page_file(name)


def _streamed_page(name: str, *, tz: str | None, now: dt.datetime | None) -> Article:
    """A saved page larger than ``max_bytes`` (a page saved as one file, its images inline),
    read as a stream: memory holds its visible text, never its source."""
    from newsctl.articles.webpage import read_webpage_chunks
    from newsctl.parser import ARTICLE_CHARS, page_article

    with open_binary(name) as handle:
        compression = compression_of(name) or _magic(handle)
        stream = handle if compression is None else _decompressing(handle, compression)
        try:
            head = stream.read(HEAD_BYTES)
            encoding = _page_encoding(head)
            chunks = decoded_chunks(stream, head, encoding, errors="replace", chunk=STREAM_CHUNK)
            page = read_webpage_chunks(chunks, ARTICLE_CHARS + 1)
        except OSError as exc:
            raise InputError(_os_reason(exc), "unreadable") from None
        except _broken() as exc:
            raise InputError(f"corrupt or truncated {compression} data ({exc})") from None
    return page_article(page, path=name, tz=tz, now=now, start=Start(name, encoding))


def _page_encoding(head: bytes) -> str:
    """A page's encoding from its first bytes: its BOM, UTF-8 when they are, else the charset it
    declares, else as text is decoded."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    charset = declared_charset(head)
    if charset is not None and not head.isascii():
        try:
            head[: len(head) - 4].decode("utf-8")  # a character may be cut at the end
        except UnicodeDecodeError:
            pass
        else:
            return "utf-8"
    return charset or _stream_encoding(head)


def _stream_encoding(head: bytes) -> str:
    """The encoding of a stream, from its first bytes (as ``decode_bytes`` reads a whole file)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    declared = declared_xml_encoding(head)  # a feed or an XML corpus in a legacy charset
    if (
        declared is not None
        and not declared.startswith("utf")
        and (head.isascii() or not _is_utf8(head[:-4]))
        and starts_in(head, declared)
    ):
        return declared
    return decode_bytes(head).encoding


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


# --- The records of a corpus file, unparsed (for running the parsing elsewhere: newsctl.batch,
# --- `--scheduler`). `iter_items` is the same reading with each record parsed where it is read.

if TYPE_CHECKING:
    from newsctl.articles.corpus import Record


class CorpusRecords:
    """The records of the corpus file at ``path`` as ``iter_items`` reads them, not yet parsed:
    ``Record`` (parse it with ``newsctl.parser.parse_record``, then set the article's ``format``
    to ``fmt`` and its ``encoding`` to ``encoding``) or ``RecordError``. Opening raises
    InputError as ``iter_items`` does; ``fmt`` is None for a file that is not a corpus file."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        mapping: Mapping[str, str] | None = None,
    ) -> None:
        self.path = os.fspath(path)
        self.max_bytes = max_bytes
        self.mapping = dict(mapping or {})
        self.fmt = corpus_format(self.path, look=True)
        self.encoding = ""
        self.compression: str | None = None
        self._stream: BinaryIO | None = None
        self._handle: BinaryIO | None = None
        self._head = b""
        if self.fmt is None:
            return
        _regular_size(self.path)
        try:
            self._handle = open_binary(self.path)
        except OSError as exc:
            raise InputError(_os_reason(exc)) from None
        try:
            self.compression = compression_of(self.path) or _magic(self._handle)
            stream: BinaryIO = self._handle
            if self.compression is not None:
                stream = _decompressing(self._handle, self.compression)
            self._stream = stream
            try:
                self._head = stream.read(HEAD_BYTES)
            except OSError as exc:
                raise InputError(_os_reason(exc), "unreadable") from None
            except _broken() as exc:
                raise InputError(
                    f"corrupt or truncated {self.compression} data ({exc})", "unreadable"
                ) from None
            self.encoding = _stream_encoding(self._head)
        except BaseException:
            self.close()
            raise

    def __iter__(self) -> Iterator[Record | RecordError]:
        if self.fmt is None or self._stream is None:
            return
        from newsctl.parser import read_records

        try:
            chunks = decoded_chunks(
                self._stream, self._head, self.encoding, errors="replace", chunk=STREAM_CHUNK
            )
            try:
                yield from read_records(chunks, self.fmt, self.mapping, max_chars=self.max_bytes)
            except OSError as exc:
                yield RecordError(None, f"breaks off: {_os_reason(exc)}")
            except _broken() as exc:
                yield RecordError(
                    None, f"breaks off: corrupt or truncated {self.compression} data ({exc})"
                )
        finally:
            self.close()

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = self._stream = None
