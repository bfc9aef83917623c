"""Corpus files that hold many articles: TREC-like ``<DOC>`` files and XML records.

TREC-like files (the ANT corpus, for one) have ``<DOC>`` blocks with ``<DOCNO>``, ``<TITLE>``,
``<TIME>`` (RFC 822), ``<AUTHOR>``, ``<SRC>`` and ``<TEXT>``; XML records (the Abu El-Khair corpus)
have ``<ID>``, ``<Headline>``, ``<Dateline>`` and ``<Text>``. Both are read with tolerant patterns,
not an XML parser: real corpus files are often not well-formed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Final

from newsctl.articles.record import Article
from newsctl.dates.scan import DateMention

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


@dataclass
class Record:
    number: int  # 1-based position in the file
    fields: dict[str, tuple[str, int]] = field(default_factory=dict)  # name: (value, line)
    text: str = ""
    text_line: int = 1

    def get(self, *names: str) -> tuple[str, int] | None:
        for name in names:
            if name in self.fields and self.fields[name][0]:
                return self.fields[name]
        return None

    def to_article(self, *, path: str | None, tz: str | None) -> Article:
        from newsctl.articles import page as layout
        from newsctl.dates.scan import find_dates
        from newsctl.parser import Layout, _attach, fill, split_lines

        ident = self.get("DOCNO", "ID")
        article = Article(path=path, record=ident[0] if ident else str(self.number))
        lines = split_lines(self.text)
        mentions = find_dates(self.text)
        for m in mentions:
            m.line += self.text_line - 1
        for line in lines:
            line.number += self.text_line - 1
        _attach(lines, mentions)
        found = Layout()
        title = self.get("TITLE", "Headline", "Title")
        found.headline = title[0] if title is not None else None
        layout.read_body(found, lines)
        author = self.get("AUTHOR", "Author")
        if author is not None and not _GUID_RE.match(author[0]):
            found.byline = author[0]
        src = self.get("SRC", "Source")
        if src is not None:
            found.agency = src[0]
        stamp = _stamp(self)
        if stamp is not None:
            found.published, found.published_time, found.page, found.updated = stamp, None, [], None
            mentions.insert(0, stamp)
        fill(article, found, mentions, tz)
        return article


def _stamp(record: Record) -> DateMention | None:
    """The record's own date field as a mention (RFC 822 ``<TIME>``, or a ``<Dateline>``)."""
    from newsctl.dates.scan import find_dates

    time_field = record.get("TIME", "Time", "Date")
    if time_field is not None:
        from email.utils import parsedate_to_datetime

        value, line = time_field
        try:
            moment = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            moment = None
        if moment is not None:
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
            )
    dateline = record.get("Dateline")
    if dateline is not None:
        found = [m for m in find_dates(dateline[0]) if m.kind == "date"]
        if found:
            found[0].line = dateline[1]
            return found[0]
    return None


class _Lines:
    """Line numbers of offsets in a text (one pass to find the line starts, then bisection)."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def of(self, pos: int) -> int:
        from bisect import bisect_right

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
    block = text[start:end]
    import html

    for m in _FIELD_RE.finditer(block):
        value = html.unescape(m.group(2)).strip()
        record.fields.setdefault(m.group(1), (value, lines.of(start + m.start(2))))
    body = _TEXT_RE.search(block)
    if body is not None:
        raw = body.group(2)
        record.text = html.unescape(raw)
        record.text_line = lines.of(start + body.start(2))
    return record
