"""Turning records into output: JSON Lines, a streamed JSON array, CSV, TSV, a rich table.

A formatter gives the bytes of a header, of each record and of a footer, so that the sink (stdout,
an atomic file, an appended file) decides when they are written. ``--fields`` picks and orders the
keys for every format.
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from typing import Any, BinaryIO

FORMATS = ("jsonl", "json", "csv", "tsv", "table")
TABLE_FIELDS = ("path", "published", "source", "id", "headline")


def pick(record: dict[str, Any], fields: Sequence[str] | None) -> dict[str, Any]:
    return record if fields is None else {name: record.get(name) for name in fields}


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
            text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        else:
            text = "\n\n".join(str(v) for v in value)  # paragraphs: a blank line between
    else:
        text = str(value)
    if tsv:  # the text format of PostgreSQL's COPY: one line per record, one tab per column
        text = text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
        text = text.replace("\r", "\\r")
    return text


class Formatter:
    def __init__(self, fmt: str, fields: Sequence[str] | None, *, header: bool = True) -> None:
        self.fmt = fmt
        self.fields = fields
        self.header = header
        self.count = 0
        self.rows: list[dict[str, Any]] = []  # table only: drawn at the end

    def start(self) -> bytes:
        if self.fmt in ("csv", "tsv") and self.header:
            from newsctl.articles.record import RECORD_KEYS

            return self._row(list(self.fields) if self.fields is not None else list(RECORD_KEYS))
        return b""

    def record(self, record: dict[str, Any]) -> bytes:
        return self.add(self.encode(record), record)

    def encode(self, record: dict[str, Any]) -> bytes:
        """A record's own bytes; depends on nothing before it, so a worker process can do it."""
        chosen = pick(record, self.fields)
        if self.fmt == "jsonl":
            return (json.dumps(chosen, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
        if self.fmt == "json":
            return json.dumps(chosen, ensure_ascii=False, indent=2).replace("\n", "\n  ").encode()
        if self.fmt in ("csv", "tsv"):
            return self._row([cell(v, tsv=self.fmt == "tsv") for v in chosen.values()])
        return b""

    def add(self, encoded: bytes, record: dict[str, Any] | None) -> bytes:
        """The bytes to write for the next record, in order (separators, table rows)."""
        self.count += 1
        if self.fmt == "json":
            return (b"[\n  " if self.count == 1 else b",\n  ") + encoded
        if self.fmt == "table" and record is not None:
            self.rows.append(pick(record, self.fields))
        return encoded

    def finish(self) -> bytes:
        if self.fmt == "json":
            return b"[]\n" if self.count == 0 else b"\n]\n"
        return b""

    def _row(self, values: list[str]) -> bytes:
        if self.fmt == "tsv":
            return ("\t".join(values) + "\n").encode()
        import csv

        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerow(values)
        return out.getvalue().encode()

    def draw_table(self, stream: BinaryIO, *, width: int | None, color: bool) -> None:
        """The table format: a rich table of the collected rows (for people, not scripts)."""
        from rich.console import Console
        from rich.table import Table

        names = list(self.fields) if self.fields is not None else list(TABLE_FIELDS)
        table = Table(*names, show_lines=False)
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
