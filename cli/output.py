"""Writing records: JSON Lines (streams) and JSON arrays (streamed element by element)."""

from __future__ import annotations

import json
from typing import Any, BinaryIO


def dumps(record: Any, *, indent: int | None = None) -> str:
    if indent is None:
        return json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(record, ensure_ascii=False, indent=indent)


class RecordWriter:
    """Writes records to a binary stream as they come; ``close`` finishes the document."""

    def __init__(self, stream: BinaryIO, fmt: str) -> None:
        self.stream = stream
        self.fmt = fmt
        self.count = 0

    def write(self, record: dict[str, Any]) -> None:
        if self.fmt == "json":
            text = ("[\n" if self.count == 0 else ",\n") + _indent(dumps(record, indent=2))
        else:
            text = dumps(record) + "\n"
        self.stream.write(text.encode("utf-8"))
        self.stream.flush()
        self.count += 1

    def close(self) -> None:
        if self.fmt == "json":
            self.stream.write(b"[]\n" if self.count == 0 else b"\n]\n")
        self.stream.flush()


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.split("\n"))
