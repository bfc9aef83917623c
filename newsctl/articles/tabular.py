"""JSON, JSON Lines, CSV and TSV corpus files, read record by record from a stream of text.

A JSON file is an array of objects, or an object holding one (``{"articles": [...]}``), or a
single object (one article, as news-please writes them); an array is decoded one element at a
time, so a file's size does not matter. JSON Lines has an object per line; CSV and TSV a header
row naming the fields. Field names are matched as ``newsctl.articles.corpus.fill`` says.
"""

from __future__ import annotations

import csv
import itertools
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Final

from newsctl.articles.corpus import (
    START,
    Before,
    Record,
    RecordError,
    Stream,
    fill,
    names_an_article,
)
from newsctl.articles.record import RECORD_KEYS
from newsctl.errors import InputError
from newsctl.text.jsondata import TooDeep, decode_at, loads

Items = Iterator[Record | RecordError]
# An object holding the records: a key whose value is an array of objects.
_HOLDER_RE: Final = re.compile(r'"\s*:\s*\[\s*(?=\{)')
WHOLE_OBJECT: Final = 1 << 22  # characters of an object read whole before looking inside it
CSV_FIELD_LIMIT: Final = (1 << 31) - 1


# The keys that mark a record written by newsctl itself (its own output read back).
OWN_RECORD: Final = frozenset(RECORD_KEYS) - {"id", "url", "headline", "date", "time", "body"}


def check_names(keys: Iterable[object], mapping: Mapping[str, str]) -> None:
    """Refuse a file whose first record is not an article's: newsctl's own records
    (``own-output``), or fields that name no text, headline or date (``not-articles``), which
    would give empty records. The reason lists the fields and says how to name them."""
    names = [str(k) for k in keys]
    if len(OWN_RECORD.intersection(names)) >= len(OWN_RECORD) - 2:
        raise InputError("records written by newsctl (its own output), not articles", "own-output")
    if not names_an_article(names, mapping):
        shown = ", ".join(names[:12]) + (", ..." if len(names) > 12 else "")
        raise InputError(
            f"no field names a text, headline or date (its fields: {shown or 'none'}); "
            "say which is which with --map text=NAME,headline=NAME,date=NAME",
            "not-articles",
        )


def lines_of(chunks: Iterable[str]) -> Iterator[str]:
    """The lines of a stream of text chunks, each with its line end."""
    rest = ""
    for chunk in chunks:
        parts = (rest + chunk).split("\n")
        rest = parts.pop()
        for part in parts:
            yield part + "\n"
    if rest:
        yield rest


def iter_jsonl(
    chunks: Iterable[str], mapping: Mapping[str, str], *, max_chars: int, before: Before = START
) -> Items:
    number = before.records
    checked = bool(before.records)  # an earlier run's reading checked the file's fields
    for line_number, line in enumerate(lines_of(chunks), start=before.lines + 1):
        if not line.strip():
            continue
        number += 1
        if len(line) > max_chars:
            yield RecordError(number, f"line {line_number}: longer than {max_chars} characters")
            continue
        try:
            value = loads(line)
        except TooDeep as exc:
            yield RecordError(number, f"line {line_number}: {exc}")
            continue
        except json.JSONDecodeError as exc:
            yield RecordError(number, f"line {line_number}: not JSON ({exc.msg})")
            continue
        if not isinstance(value, dict):
            yield RecordError(number, f"line {line_number}: not a JSON object")
            continue
        if not checked and value:  # the first record with fields says what the file holds
            check_names(value, mapping)
            checked = True
        yield fill(Record(number, line_number), value, mapping)


def iter_json(chunks: Iterable[str], mapping: Mapping[str, str], *, max_chars: int) -> Items:
    stream = Stream(chunks)
    first = stream.next_char()
    if first == "[":
        stream.advance(stream.pos + 1)
        yield from _elements(stream, mapping, max_chars)
    elif first == "{":
        while not stream.eof and stream.pending() <= WHOLE_OBJECT:
            stream.more()
        if stream.eof:
            yield from _whole_object(stream, mapping)
            return
        holder = _HOLDER_RE.search(stream.text, stream.pos)
        if holder is None:
            yield RecordError(None, "a JSON object too large to read whole, holding no array")
            return
        stream.advance(holder.end())
        yield from _elements(stream, mapping, max_chars)
    else:
        yield RecordError(None, "not JSON (neither an array nor an object)")


def _whole_object(stream: Stream, mapping: Mapping[str, str]) -> Items:
    try:
        value = loads(stream.text[stream.pos :])
    except TooDeep as exc:
        yield RecordError(None, str(exc))
        return
    except json.JSONDecodeError as exc:
        line = stream.line + exc.lineno - 1
        yield RecordError(None, f"not valid JSON ({_reason(exc)}, line {line})")
        return
    if not isinstance(value, dict):
        yield RecordError(None, "not a JSON object")
        return
    own = names_an_article(value, mapping, ("text", "headline"))  # an article's own object
    records = None if own else _articles_in(value, mapping, LIST_DEPTH)
    if records is None:
        check_names(value, mapping)
        yield fill(Record(1, stream.line), value, mapping)
        return
    for number, item in enumerate(records, start=1):
        if isinstance(item, dict):
            yield fill(Record(number, stream.line), item, mapping)
        else:
            yield RecordError(number, "not a JSON object")


LIST_DEPTH: Final = 3  # {"data": {"articles": [...]}}: how deep an API's answer keeps its list


def _articles_in(
    value: dict[str, Any], mapping: Mapping[str, str], depth: int
) -> list[Any] | None:
    """The list of articles an object holds, as a value of its own or of an object inside it
    (an API's answer: ``{"status": "ok", "data": {"articles": [...]}}``), nearest first."""
    found = next((v for v in value.values() if _articles_list(v, mapping)), None)
    if found is not None or depth <= 1:
        return found
    for inner in value.values():
        if isinstance(inner, dict):
            found = _articles_in(inner, mapping, depth - 1)
            if found is not None:
                return found
    return None


def _articles_list(value: object, mapping: Mapping[str, str]) -> bool:
    """Whether a value of an object is the list of its articles: objects that name a text, a
    headline or a date (not a list of tags or images beside one article's own fields)."""
    if not isinstance(value, list) or not value:
        return False
    return any(isinstance(v, dict) and names_an_article(v, mapping) for v in value[:20])


def _elements(stream: Stream, mapping: Mapping[str, str], max_chars: int) -> Items:
    """The elements of an array, the opening bracket read: one decoded at a time."""
    number = 0
    checked = False
    while True:
        char = stream.next_char(" \t\r\n,")
        if char is None:
            yield RecordError(None, f"the JSON array ends early (after {number} records)")
            return
        if char == "]":
            return
        number += 1
        wanted = 0
        while True:
            try:
                value, end = decode_at(stream.text, stream.pos)
                break
            except TooDeep as exc:
                yield RecordError(number, str(exc))
                return
            except json.JSONDecodeError as exc:
                pending = stream.pending()
                if pending > max_chars:
                    yield RecordError(number, f"a record longer than {max_chars} characters")
                    return
                wanted = max(wanted * 2, pending + 1)  # read on, doubling: never quadratic
                while stream.pending() < wanted and stream.more():
                    pass
                if stream.eof and stream.pending() < wanted:
                    line = stream.line + exc.lineno - 1
                    yield RecordError(number, f"not valid JSON ({_reason(exc)}, line {line})")
                    return
        line = stream.line
        stream.advance(end)
        if isinstance(value, dict):
            if not checked and value:  # the first record with fields says what the file holds
                check_names(value, mapping)
                checked = True
            yield fill(Record(number, line), value, mapping)
        else:
            yield RecordError(number, f"line {line}: not a JSON object")


def iter_csv(
    chunks: Iterable[str],
    mapping: Mapping[str, str],
    *,
    delimiter: str,
    max_chars: int,
    before: Before = START,
) -> Items:
    """The rows of a CSV or TSV file with a header row, as records (``before``: the text is
    the header row then the rows after those an earlier run read)."""
    csv.field_size_limit(CSV_FIELD_LIMIT)  # article texts are longer than the default 128 KiB
    raw = lines_of(chunks)
    first = next(raw, None)
    if first is None:
        return
    if delimiter == ",":
        delimiter = delimiter_of(first, tsv=False)
    quotes = Quotes(delimiter)
    lines = quotes.count(itertools.chain([first], raw))
    reader = csv.reader(lines, delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        yield RecordError(None, f"the header row cannot be read ({exc})")
        return
    if header is None:
        return
    names = [h.strip().lstrip("\ufeff") for h in header]
    if not before.records:
        check_names(names, mapping)
    skipped = max(before.lines - 1, 0)  # the lines of the rows read before (the header is read)
    number, line = before.records, reader.line_num + 1 + skipped
    pending: Record | RecordError | None = None  # the last row is known whole at the end only
    row_line = line
    while True:
        try:
            row = next(reader, None)
        except csv.Error as exc:
            number += 1
            yield RecordError(number, f"line {line}: {exc}")
            line = reader.line_num + 1 + skipped
            continue
        if row is None:
            if pending is not None and quotes.open:  # a quote never closed: it took the rest
                last = reader.line_num + skipped
                pending = RecordError(number, f"line {row_line}: a quote opened in this row is"
                                      f" never closed: lines {row_line} to {last} read as one"
                                      " row")  # fmt: skip
            if pending is not None:
                yield pending
            return
        if not any(cell.strip() for cell in row):
            line = reader.line_num + 1 + skipped
            continue
        if pending is not None:
            yield pending
        number, row_line = number + 1, line
        if sum(len(cell) for cell in row) > max_chars:
            pending = RecordError(number, f"line {line}: longer than {max_chars} characters")
        elif len(row) != len(names):
            pending = RecordError(
                number, f"line {line}: {len(row)} fields where the header row has {len(names)}"
            )
        else:
            pending = fill(Record(number, line), dict(zip(names, row, strict=True)), mapping)
        line = reader.line_num + 1 + skipped


def delimiter_of(header: str, *, tsv: bool) -> str:
    """A table's delimiter: a tab for TSV; for CSV a comma, or a semicolon when the header row
    has semicolons and no comma (a spreadsheet's export where the comma is the decimal mark)."""
    if tsv:
        return "\t"
    return ";" if "," not in header and ";" in header else ","


class Quotes:
    """Whether a CSV text read so far stands inside a quoted field, as the csv module reads
    one: a quote opens a field only at the field's start (a quote inside a field is a
    character), ``""`` inside one is a quote, and the next quote closes it."""

    def __init__(self, delimiter: str) -> None:
        self.open = False
        self.delimiter = delimiter

    def count(self, lines: Iterable[str]) -> Iterator[str]:
        for text in lines:
            if '"' in text:
                self.step(text)
            yield text

    def step(self, text: str) -> None:
        """Read one line (with its line end) of the text."""
        i = text.find('"')
        while i != -1:
            if not self.open:
                self.open = i == 0 or text[i - 1] in (self.delimiter, "\r")
            elif text[i + 1 : i + 2] == '"':
                i += 1  # "" inside a quoted field: one quote
            else:
                self.open = False
            i = text.find('"', i + 1)


def _reason(exc: json.JSONDecodeError) -> str:
    """The decoder's reason without its dangling "at" (``Invalid control character at``): the
    line follows it in the message."""
    return exc.msg.removesuffix(" at")
