"""Pure functions for pipelines built elsewhere (Dask, Spark, Beam, multiprocessing): a file's
bytes to its records, and a corpus record to its record.

Both are plain module-level functions of their arguments alone: picklable (by reference), no
I/O, no global state, and deterministic (without ``now``, relative phrases stay without a date).
A record is the dictionary that ``newsctl parse`` prints as one JSON line (``Article.to_dict``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from newsctl.articles.corpus import Record, RecordError, fill
from newsctl.articles.record import Article
from newsctl.articles.warc import RecordNote, is_warc_bytes, is_warc_name
from newsctl.limits import DEFAULT_MAX_BYTES
from newsctl.parser import Start
from newsctl.parser import parse_record as _parse_record_fields
from newsctl.reader import Item, items_from_bytes
from newsctl.text.digits import DigitSystem


def parse_bytes(
    data: bytes,
    name: str | None = None,
    *,
    tz: str | None = None,
    now: dt.datetime | None = None,
    mapping: Mapping[str, str] | None = None,
    digits: DigitSystem | None = None,
    utc: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[dict[str, Any]]:
    """The records of one file given as its bytes (read it where it lives: a local path,
    ``fsspec``, HDFS ...) and its name (which tells a corpus format and compression-free
    ``.jsonl``/``.csv``/``.xml`` names; the name is the records' ``path``).

    An article gives one record; a corpus file one per record, in order. A record of a corpus
    file that cannot be read gives ``{"path": "NAME#N", "error": "why"}`` in its place. Raises
    ``newsctl.InputError`` when the bytes are not an article at all (binary, empty, over
    ``max_bytes``), as ``newsctl parse`` reports it. The bytes are the file's own bytes,
    decompressed: decompress ``.gz``/``.bz2``/``.xz`` before. A web archive (named ``.warc`` or
    ``.warc.gz``, or opening with ``WARC/``, gzip-compressed or not) gives one record per page,
    ``max_bytes`` bounding each page.
    """
    from newsctl.errors import InputError

    if is_warc_name(name or "") or is_warc_bytes(data[:4096]):
        return _warc_records(data, name, tz=tz, now=now, digits=digits, utc=utc,
                             max_bytes=max_bytes)  # fmt: skip
    if len(data) > max_bytes:
        raise InputError(f"{len(data)} bytes is over the limit of {max_bytes}", "too-large")
    items = items_from_bytes(data, path=name, tz=tz, now=now, mapping=mapping)
    return [
        _record(item, name, digits, utc) for item in items if not isinstance(item, RecordNote)
    ]


def parse_record(
    values: object,
    name: str | None = None,
    *,
    number: int = 1,
    line: int | None = None,
    fmt: str = "jsonl",
    encoding: str = "utf-8",
    tz: str | None = None,
    now: dt.datetime | None = None,
    mapping: Mapping[str, str] | None = None,
    digits: DigitSystem | None = None,
    utc: bool = False,
) -> dict[str, Any]:
    """The record of one corpus record given as a dictionary (a JSON object of a JSON Lines
    file, a CSV row): its fields found by their common names (``title``, ``date``, ``text``
    ...) or by ``mapping`` (our field -> its name, as ``--map``), as ``newsctl parse`` reads
    the record ``number`` (``NAME#NUMBER`` in messages) of the file ``name``, starting on
    ``line`` (default: ``number``, a JSON Lines file's line) of a file in ``fmt`` and
    ``encoding``. A value that is not a dictionary (a JSON array, a string, a number, null)
    gives ``{"path": "NAME#NUMBER", "error": "not a JSON object"}``, as ``newsctl parse`` says
    of such a line."""
    if not isinstance(values, Mapping):
        return _record(RecordError(number, "not a JSON object"), name, digits, utc)
    record = fill(Record(number, number if line is None else line), values, mapping or {})
    start = Start(name, encoding)
    article = _parse_record_fields(record, path=name, tz=tz, now=now, fmt=fmt, start=start)
    return _record(article, name, digits, utc)


def _warc_records(
    data: bytes,
    name: str | None,
    *,
    tz: str | None,
    now: dt.datetime | None,
    digits: DigitSystem | None,
    utc: bool,
    max_bytes: int,
) -> list[dict[str, Any]]:
    """A web archive's pages, one record each (``max_bytes`` bounds each page, not the
    archive); a page that cannot be read, or an archive that breaks off, gives its error."""
    import io

    from newsctl.articles.warc import read_warc

    def page(raw: bytes, moment: dt.datetime | None) -> list[Item]:
        return items_from_bytes(raw, tz=tz, now=moment)

    stream = io.BytesIO(data)
    items = read_warc(stream, name or "-", page, max_bytes=max_bytes, now=now)
    return [
        _record(i.replace(path=None) if name is None and isinstance(i, Article) else i, name,
                digits, utc)
        for i in items
        if not isinstance(i, RecordNote)
    ]  # fmt: skip


def _record(
    item: Article | RecordError, name: str | None, digits: DigitSystem | None, utc: bool
) -> dict[str, Any]:
    if isinstance(item, RecordError):
        return {"path": item.where(name or "-"), "error": item.message}
    return (item.with_utc() if utc else item).to_dict(digits=digits)
