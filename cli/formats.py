"""The output layer: one registry of formats (jsonl, json, csv, tsv, table), one class each.

A format gives the bytes of a header, of each record and of a footer, so that whoever writes them
(standard output, an atomic file, an appended file) decides when they go out; ``encode`` depends
on nothing before it, so a worker process can do it. ``--fields`` picks and orders the keys for
every format. Every command that writes records or figures goes through here: ``parse``, ``check
--format json``, ``date --format json|jsonl``, ``explain --format json``, ``show --format json``,
``stats --format json``. Adding a format is one class and one line in ``FORMATS``.
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from typing import Any, BinaryIO, ClassVar, Final

TABLE_FIELDS: Final = ("path", "published", "source", "id", "headline")


def pick(record: dict[str, Any], fields: Sequence[str] | None) -> dict[str, Any]:
    return record if fields is None else {name: record.get(name) for name in fields}


def compact(value: Any) -> str:
    """One line of JSON, UTF-8 as it is (not ASCII-escaped)."""
    return _COMPACT.encode(value)


_COMPACT: Final = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # made once


def document(value: Any) -> bytes:
    """One JSON document, indented (the figures of ``stats``)."""
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode()


def cell(value: Any, *, tsv: bool = False) -> str:
    """A record value as one CSV/TSV cell: lists joined, nulls empty, TSV escaped."""
    if value is None:
        text = ""
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, list):
        if value and isinstance(value[0], dict) and "code" in value[0]:
            text = "; ".join(f"{w['code']}: {w['message']}" for w in value)
        elif value and isinstance(value[0], dict):
            text = compact(value)
        else:
            text = "\n\n".join(str(v) for v in value)  # paragraphs: a blank line between
    else:
        text = str(value)
    if tsv:  # the text format of PostgreSQL's COPY: one line per record, one tab per column
        text = text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
        text = text.replace("\r", "\\r")
    return text


class Format:
    """A format of records; subclasses say how each part is written."""

    name: ClassVar[str]

    def __init__(
        self,
        fields: Sequence[str] | None = None,
        *,
        header: bool = True,
        columns: Sequence[str] | None = None,
    ) -> None:
        self.fields = fields
        self.header = header
        self.columns = columns  # the header row when no --fields (the record keys)
        self.count = 0

    def start(self) -> bytes:
        return b""

    def encode(self, record: dict[str, Any]) -> bytes:
        """A record's own bytes."""
        raise NotImplementedError

    def add(self, encoded: bytes, record: dict[str, Any] | None = None) -> bytes:
        """The bytes to write for the next record, in order (with separators)."""
        self.count += 1
        return encoded

    def record(self, record: dict[str, Any]) -> bytes:
        return self.add(self.encode(record), record)

    def finish(self) -> bytes:
        return b""


class JsonLines(Format):
    name = "jsonl"

    def encode(self, record: dict[str, Any]) -> bytes:
        return (compact(pick(record, self.fields)) + "\n").encode()


class JsonArray(Format):
    """A JSON array, indented, written element by element (never built whole in memory)."""

    name = "json"

    def encode(self, record: dict[str, Any]) -> bytes:
        text = json.dumps(pick(record, self.fields), ensure_ascii=False, indent=2)
        return text.replace("\n", "\n  ").encode()

    def add(self, encoded: bytes, record: dict[str, Any] | None = None) -> bytes:
        self.count += 1
        return (b"[\n  " if self.count == 1 else b",\n  ") + encoded

    def finish(self) -> bytes:
        return b"[]\n" if self.count == 0 else b"\n]\n"


class Csv(Format):
    name = "csv"
    tsv = False

    def start(self) -> bytes:
        names = self.fields if self.fields is not None else self.columns
        return self._row(list(names)) if self.header and names else b""

    def encode(self, record: dict[str, Any]) -> bytes:
        return self._row([cell(v, tsv=self.tsv) for v in pick(record, self.fields).values()])

    def _row(self, values: list[str]) -> bytes:
        import csv

        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerow(values)
        return out.getvalue().encode()


class Tsv(Csv):
    """Tab-separated, one line per record: tab, newline and backslash escaped."""

    name = "tsv"
    tsv = True

    def _row(self, values: list[str]) -> bytes:
        return ("\t".join(values) + "\n").encode()


class Table(Format):
    """A rich table for people, drawn at the end from the rows collected."""

    name = "table"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.rows: list[dict[str, Any]] = []

    def encode(self, record: dict[str, Any]) -> bytes:
        return b""

    def add(self, encoded: bytes, record: dict[str, Any] | None = None) -> bytes:
        self.count += 1
        if record is not None:
            self.rows.append(pick(record, self.fields))
        return b""

    def draw(self, stream: BinaryIO, *, width: int | None, color: bool) -> None:
        from rich.console import Console
        from rich.table import Table as RichTable

        names = list(self.fields) if self.fields is not None else list(TABLE_FIELDS)
        table = RichTable(*names, show_lines=False)
        for row in self.rows:
            table.add_row(*(cell(row.get(n)) for n in names))
        text = io.StringIO()
        console = Console(
            file=text,
            width=width or 120,
            color_system="standard" if color else None,
            force_terminal=color,
            no_color=not color,
        )
        console.print(table)
        stream.write(text.getvalue().encode())


FORMATS: Final[dict[str, type[Format]]] = {
    f.name: f for f in (JsonLines, JsonArray, Csv, Tsv, Table)
}


def make(
    name: str,
    fields: Sequence[str] | None = None,
    *,
    header: bool = True,
    columns: Sequence[str] | None = None,
) -> Format:
    return FORMATS[name](fields, header=header, columns=columns)


class Writer:
    """Records written to a stream as they come, in one format; ``close`` ends the document."""

    def __init__(self, stream: BinaryIO, fmt: Format) -> None:
        self.stream = stream
        self.format = fmt
        self.started = False

    def write(self, record: dict[str, Any]) -> None:
        if not self.started:
            self.stream.write(self.format.start())
            self.started = True
        self.stream.write(self.format.record(record))
        self.stream.flush()

    def close(self) -> None:
        if not self.started:
            self.stream.write(self.format.start())
        self.stream.write(self.format.finish())
        self.stream.flush()
