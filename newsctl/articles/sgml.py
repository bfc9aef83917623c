"""SGML and XML corpus files, read record by record from a stream of text.

A record is a container element (``<DOC>``, ``<DOC id="..." type="story">``, ``<article>``,
``<record>``, ``<news>``), or, in files without one (the Abu El-Khair corpus), everything up to
the end of a text element. Tags are found by one linear pass of a pattern, never by an XML
parser: real corpus files are often not well-formed (unescaped ``&``, stray ``<``, misspelt tags).
Tag names are read in any case; known misspellings are aliases (``TAGS``).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from typing import Final

from newsctl.articles.corpus import Record, RecordError, Stream

CONTAINERS: Final = ("doc", "article", "record", "news", "story", "item")
# Tag name, lower case -> our field (``newsctl.articles.corpus.FIELD_NAMES``).
TAGS: Final[dict[str, str]] = {
    "docno": "id", "docid": "id", "id": "id",
    "url": "url", "link": "url",
    "title": "headline", "headline": "headline", "healine": "headline", "headlines": "headline",
    "hl": "headline",
    "time": "date", "date": "date", "date_time": "date", "datetime": "date", "pubdate": "date",
    "published": "date",
    "dateline": "dateline",
    "author": "byline", "byline": "byline", "writer": "byline",
    "src": "agency", "source": "agency",
    "text": "text", "body": "text", "content": "text",
}  # fmt: skip
_TAG_RE: Final = re.compile(r"<(/?)([A-Za-z][\w.:-]*)((?:\s[^<>]*)?)>")
_CONTAINER_RE: Final = re.compile(r"<(" + "|".join(CONTAINERS) + r")(?=[\s>])", re.I)
_FIELD_RE: Final = re.compile(r"<(?:" + "|".join(TAGS) + r")(?=[\s>])", re.I)
_TEXT_END_RE: Final = re.compile(r"</(?:text|body|content)\s*>", re.I)
_ID_ATTR_RE: Final = re.compile(r"""\b(?:id|docid)\s*=\s*["']?([^"'\s>]+)""", re.I)
_P_RE: Final = re.compile(r"</?p\b[^<>]*>", re.I)
_PARAGRAPH_RE: Final = re.compile(r"</?(?:p|br|div)\b[^<>]*>(\n?)", re.I)
_MARKUP_RE: Final = re.compile(r"<!\[CDATA\[|\]\]>|<!--.*?-->|</?[A-Za-z][^<>]*>", re.S)
LOOKAHEAD: Final = 1 << 16  # characters read before deciding that a file has no container


def iter_sgml(chunks: Iterable[str], *, max_chars: int) -> Iterator[Record | RecordError]:
    """The records of an SGML or XML corpus file given as chunks of text, in order.

    A record longer than ``max_chars`` (no end tag in sight) ends the reading with a RecordError.
    """
    buf = Stream(chunks)
    end_re = _record_end(buf)
    line, number, search = 1, 0, 0
    while True:
        m = end_re.search(buf.text, max(buf.pos, search))
        if m is None:
            if buf.pending() > max_chars:
                yield RecordError(number + 1, f"a record longer than {max_chars} characters")
                return
            ahead = max(0, buf.pending() - 16)  # an end tag may straddle the chunks
            if buf.more():
                search = ahead
                continue
            block = buf.text[buf.pos :]
            if _TAG_RE.search(block):
                record = _record(block, line, number + 1)
                if record is not None:
                    yield record
            return
        block = buf.text[buf.pos : m.end()]
        record = _record(block, line, number + 1)
        if record is not None:
            number += 1
            yield record
        line += block.count("\n")
        buf.pos = m.end()
        search = buf.pos


def _record_end(buf: Stream) -> re.Pattern[str]:
    """What ends a record in this file: the close of the container just before the first field
    (``<DOC>`` in ``<DOCS><DOC>...``), or, without one, the close of the text."""
    while True:
        field = _FIELD_RE.search(buf.text)
        if field is not None or len(buf.text) > LOOKAHEAD or not buf.more():
            break
    head = buf.text if field is None else buf.text[: field.start()]
    containers = _CONTAINER_RE.findall(head)
    if containers:
        return re.compile(rf"</{containers[-1]}\s*>", re.I)
    return _TEXT_END_RE


def _record(block: str, first_line: int, number: int) -> Record | None:
    """The fields of one record's text; None when it has none."""
    record = Record(number, first_line)
    line, counted = first_line, 0
    open_field: tuple[str, int, int] | None = None  # field, where its value starts, its line
    started = False
    for m in _TAG_RE.finditer(block):
        line += block.count("\n", counted, m.start())
        counted = m.start()
        closing, name = m.group(1) == "/", m.group(2).lower()
        if not started and not closing and name in CONTAINERS:
            started = True
            record.line = line
            ident = _ID_ATTR_RE.search(m.group(3))
            if ident is not None:
                record.set("id", ident.group(1), line)
            continue
        field = TAGS.get(name)
        if field is None:
            continue
        if open_field is None:
            if not closing:
                open_field = (field, m.end(), line)
        elif closing and field == open_field[0]:  # <Healine>...</Headline> closes all the same
            value = block[open_field[1] : m.start()]
            record.set(field, _clean(value, text=field == "text"), open_field[2])
            open_field = None
    if open_field is not None:  # cut short: the rest of the record is the value
        record.set(open_field[0], _clean(block[open_field[1] :], text=open_field[0] == "text"))
    return record if record.fields else None


def _clean(value: str, *, text: bool) -> str:
    """A field's text without its markup: paragraphs (``<P>``) on lines of their own (each on
    one), entities decoded; a field other than the text on one line."""
    if text and _P_RE.search(value):  # LDC: a paragraph wrapped over several lines is one
        paragraphs = (" ".join(p.split()) for p in _P_RE.split(value))
        value = "\n".join(p for p in paragraphs if p)
    elif text:
        value = _PARAGRAPH_RE.sub(lambda m: m.group(1) or "\n", value)
    value = html.unescape(_MARKUP_RE.sub("", value))
    return value if text else " ".join(value.split())
