"""Corpus files that hold many articles: TREC-like ``<DOC>`` files and XML records.

TREC-like files (the ANT corpus, for one) have ``<DOC>`` blocks with ``<DOCNO>``, ``<TITLE>``,
``<TIME>`` (RFC 822), ``<AUTHOR>``, ``<SRC>`` and ``<TEXT>``; XML records (the Abu El-Khair corpus)
have ``<ID>``, ``<Headline>``, ``<Dateline>`` and ``<Text>``. Both are read with tolerant patterns,
not an XML parser: real corpus files are often not well-formed.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from typing import Final

from newsctl.dates.mention import DateMention
from newsctl.dates.scan import find_dates

_DOC_RE: Final = re.compile(r"<DOC>(.*?)</DOC>", re.S)
_TEXT_RE: Final = re.compile(r"<(Text|TEXT)>(.*?)</\1>", re.S)
_FIELD_RE: Final = re.compile(
    r"<(DOCNO|ID|TITLE|Headline|Title|TIME|Time|Date|Dateline|AUTHOR|Author|SRC|Source)>"
    r"(.*?)</\1>",
    re.S,
)
_GUID_RE: Final = re.compile(
    r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I
)


class Record:
    """One article of a corpus file: its fields, its text, where the text starts."""

    __slots__ = ("fields", "number", "text", "text_line")

    def __init__(self, number: int) -> None:
        self.number = number  # 1-based position in the file
        self.fields: dict[str, tuple[str, int]] = {}  # name: (value, line)
        self.text = ""
        self.text_line = 1

    def get(self, *names: str) -> tuple[str, int] | None:
        for name in names:
            if name in self.fields and self.fields[name][0]:
                return self.fields[name]
        return None

    def name(self) -> str:
        """The record's id (DOCNO, ID), or its position in the file."""
        ident = self.get("DOCNO", "ID")
        return ident[0] if ident else str(self.number)

    def title(self) -> str | None:
        found = self.get("TITLE", "Headline", "Title")
        return found[0] if found else None

    def author(self) -> str | None:
        found = self.get("AUTHOR", "Author")
        return found[0] if found and not _GUID_RE.match(found[0]) else None

    def source(self) -> str | None:
        found = self.get("SRC", "Source")
        return found[0] if found else None

    def stamp(self) -> DateMention | None:
        """The record's own date field as a mention (RFC 822 ``<TIME>``, or a ``<Dateline>``)."""
        time_field = self.get("TIME", "Time", "Date")
        if time_field is not None:
            value, line = time_field
            rfc = _rfc822(value, line)
            if rfc is not None:
                return rfc
        dateline = self.get("Dateline")
        if dateline is not None:
            found = [m for m in find_dates(dateline[0]) if m.kind == "date"]
            if found:
                return found[0]._replace(line=dateline[1])
        return None


def _rfc822(value: str, line: int) -> DateMention | None:
    from email.utils import parsedate_to_datetime

    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    offset = moment.utcoffset()
    return DateMention(
        text=value,
        start=0,
        end=0,
        line=line,
        kind="date",
        date=moment.date(),
        time=moment.time().replace(tzinfo=None),
        seconds=True,
        offset=offset if offset is not None else dt.timedelta(0),
        calendar="gregorian",
        forms=("rfc822",),
    )


class _Lines:
    """Line numbers of offsets in a text (one pass to find the line starts, then bisection)."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def of(self, pos: int) -> int:
        return bisect_right(self.starts, pos)


def split_records(text: str) -> list[Record]:
    """The records of a corpus file; an empty list for a plain article."""
    head = text.lstrip("\ufeff \n\t\r")[:400]
    if not head.startswith("<"):
        return []
    records: list[Record] = []
    lines = _Lines(text)
    if "<DOC>" in head:
        for number, m in enumerate(_DOC_RE.finditer(text), start=1):
            records.append(_record(text, lines, number, m.start(1), m.end(1)))
        return records
    previous_end = 0
    for number, m in enumerate(_TEXT_RE.finditer(text), start=1):
        record = _record(text, lines, number, previous_end, m.end())
        previous_end = m.end()
        records.append(record)
    return records


def _record(text: str, lines: _Lines, number: int, start: int, end: int) -> Record:
    record = Record(number)
    import html  # only corpus files need it (start-up)

    block = text[start:end]
    for m in _FIELD_RE.finditer(block):
        value = html.unescape(m.group(2)).strip()
        record.fields.setdefault(m.group(1), (value, lines.of(start + m.start(2))))
    body = _TEXT_RE.search(block)
    if body is not None:
        raw = body.group(2)
        record.text = html.unescape(raw)
        record.text_line = lines.of(start + body.start(2))
    return record
