"""Web archives (WARC, ``.warc`` and ``.warc.gz``: Common Crawl's CC-NEWS, the Internet Archive,
Heritrix, ``wget --warc-file``) read as corpus files: each HTML page an archive holds is an article.

Read with warcio (``pip install 'newsctl[warc]'``), record by record from the file: memory stays
flat whatever the archive's size (a page is bounded by ``max_bytes``). Each ``response`` (or
``resource``) record of status 200 whose payload is HTML is read as a saved page is; its article
names the archive as ``path`` and the record by its ``WARC-Record-ID`` as ``record`` (messages say
``crawl.warc.gz#urn:uuid:...``), the target URI is its ``url``, and the capture date
(``WARC-Date``) is the moment relative dates count from ("two hours ago"): a weak signal, never
the publication date by itself. Other records (requests, metadata) are passed over; responses
that are not HTML or not status 200, and revisits (a capture of a page unchanged since an earlier
one, no page of their own), are skipped and counted, in one note at the end.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any, BinaryIO, Final, NamedTuple

from newsctl.articles.corpus import RecordError
from newsctl.articles.markup import is_html
from newsctl.articles.record import Article, ArticleBuilder
from newsctl.errors import InputError
from newsctl.files import open_binary

EXTRA: Final = "pip install 'newsctl[warc]'"
NOT_ON_STDIN: Final = "a web archive is read from its file, not from standard input"
PAGE_TYPES: Final = ("text/html", "application/xhtml+xml")
PAGE_RECORDS: Final = ("response", "resource")


class RecordNote(NamedTuple):
    """Something to tell about a corpus file that is no error (records skipped, say)."""

    message: str


def is_warc_name(name: str) -> bool:
    base = name.lower()
    return base.endswith((".warc", ".warc.gz"))


def is_warc_bytes(head: bytes) -> bool:
    """Whether bytes open a web archive: ``WARC/1.0`` (or 1.1), gzip-compressed or not."""
    if head.startswith(b"\x1f\x8b"):
        import zlib

        try:
            head = zlib.decompressobj(wbits=31).decompress(head[:4096], 16)
        except zlib.error:
            return False
    return head.startswith(b"WARC/")


def _iterator() -> Any:
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        raise InputError(
            f"reading a web archive needs the warc extra: {EXTRA}", "unreadable"
        ) from None
    return ArchiveIterator


# reads a page's bytes (a saved page's reader), relative dates counting from the moment given
PageReader = Callable[[bytes, dt.datetime | None], Iterable[object]]


def iter_warc(
    path: str | os.PathLike[str],
    read: PageReader,
    *,
    max_bytes: int,
    now: dt.datetime | None = None,
) -> Iterator[Article | RecordError | RecordNote]:
    """Every HTML page of the archive at ``path``, one article each (``read`` reads it), read as
    a stream. Raises
    InputError when the archive cannot be opened (or warcio is not installed); an archive that
    breaks off ends with a RecordError."""
    _iterator()  # the extra is there, before the file is opened
    name = os.fspath(path)
    try:
        handle = open_binary(name)
    except OSError as exc:
        raise InputError((exc.strerror or str(exc)).lower()) from None
    with handle:
        yield from read_warc(handle, name, read, max_bytes=max_bytes, now=now)


def read_warc(
    handle: BinaryIO,
    name: str,
    read: PageReader,
    *,
    max_bytes: int,
    now: dt.datetime | None = None,
) -> Iterator[Article | RecordError | RecordNote]:
    """``iter_warc`` on an archive's open stream (gzip-compressed or not), named ``name``."""
    archive_iterator = _iterator()
    from warcio.exceptions import ArchiveLoadFailed

    skipped = {"not HTML": 0, "not status 200": 0, "revisit": 0}
    number = 0
    try:
        for record in archive_iterator(handle, arc2warc=True):
            if record.rec_type == "revisit":  # the same page as an earlier capture
                skipped["revisit"] += 1
                continue
            if record.rec_type not in PAGE_RECORDS:
                continue
            number += 1
            reason = _skip_reason(record)
            if reason is not None:
                skipped[reason] += 1
                continue
            data = record.content_stream().read(max_bytes + 1)
            record_id = _record_id(record, number)
            if len(data) > max_bytes:
                yield RecordError(None, f"{record_id}: a page of more than {max_bytes} bytes")
                continue
            if getattr(record.raw_stream, "limit", 0) > 0:  # fewer bytes than it announces
                yield RecordError(None, f"breaks off: the archive ends inside {record_id}")
                break
            if not _looks_html(record, data):
                skipped["not HTML"] += 1
                continue
            yield _page(record, data, name, record_id, read, now=now)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        yield RecordError(None, f"breaks off: not a readable web archive ({_short(exc)})")
    except _broken() as exc:
        yield RecordError(None, f"breaks off: corrupt or truncated gzip data ({exc})")
    counts = ", ".join(f"{n} {why}" for why, n in skipped.items() if n)
    if counts:
        total = sum(skipped.values())
        yield RecordNote(f"{total} record{'s' if total > 1 else ''} skipped ({counts})")


def _broken() -> tuple[type[Exception], ...]:
    import zlib

    return (zlib.error,)


def _short(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__


def _skip_reason(record: Any) -> str | None:
    """Why a response is not a page: its status, or its type (when the headers say it)."""
    http = record.http_headers
    if record.rec_type == "response" and http is not None:
        status = http.get_statuscode()
        if status != "200":
            return "not status 200"
        kind = (http.get_header("Content-Type") or "").split(";")[0].strip().lower()
    else:
        kind = (record.rec_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if kind and kind not in PAGE_TYPES and not kind.startswith("text/plain"):
        return "not HTML"
    return None


def _looks_html(record: Any, data: bytes) -> bool:
    head = data[:2048].decode("latin-1")
    return is_html(head) or "<html" in head.lower() or "<body" in head.lower()


def _record_id(record: Any, number: int) -> str:
    value = record.rec_headers.get_header("WARC-Record-ID") or ""
    return value.strip().strip("<>") or str(number)


def _capture(record: Any) -> dt.datetime | None:
    """The capture date (``WARC-Date``), in UTC (aware: a time counted from it, منذ 3 ساعات,
    carries its offset, +00:00)."""
    value = record.rec_headers.get_header("WARC-Date") or ""
    try:
        moment = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def _http_charset(record: Any) -> str | None:
    http = record.http_headers
    if http is None:
        return None
    kind = http.get_header("Content-Type") or ""
    for part in kind.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            import codecs

            try:
                return codecs.lookup(value.strip().strip("\"'")).name
            except LookupError:
                return None
    return None


def _page(
    record: Any,
    data: bytes,
    archive: str,
    record_id: str,
    read: PageReader,
    *,
    now: dt.datetime | None,
) -> Article:
    from newsctl.articles.markup import declared_charset

    charset = _http_charset(record)
    served = None  # the server's charset, when the page declares none and the bytes are not UTF-8
    if charset is not None and not charset.startswith("utf") and declared_charset(data) is None:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            with contextlib.suppress(UnicodeDecodeError):
                data, served = data.decode(charset).encode("utf-8"), charset
    capture = _capture(record)
    items = read(data, now or capture)
    article = next((i for i in items if isinstance(i, Article)), None)
    if article is None:  # a page gives one article, always; kept safe all the same
        empty = ArticleBuilder(path=archive)
        empty.warn("empty", "no text")
        article = empty.build()
    return article.replace(
        encoding=served or article.encoding,
        path=archive,
        record=record_id,
        format="warc",
        url=(record.rec_headers.get_header("WARC-Target-URI") or "").strip() or article.url,
    )
