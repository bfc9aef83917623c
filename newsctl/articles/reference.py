"""The reference header (ABNA, Mehr and the agencies sharing their CMS): an agency line, then
short lines in any order (``المصدر : <source>``, a weekday, a date, a time, a numeric id), then an
optional kicker ending in ``:``, the headline and the story."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, NamedTuple

from newsctl.articles import phrases
from newsctl.articles.lines import Line, date_line
from newsctl.dates.lexicon import WEEKDAY_PUNCTUATION, weekday_of
from newsctl.text.digits import TO_LATIN

HEADER_WINDOW: Final = 12  # the header is found within this many non-blank lines


class Header(NamedTuple):
    agency: str | None
    source: str | None
    weekday: str | None  # the weekday line, as written
    id: str | None
    date_index: int | None  # the index of the date line
    end: int  # the index of the first line after the header


def source_value(text: str) -> str | None:
    """The source named by an ``المصدر`` line: after its colon, unwrapped from parentheses."""
    for sep in (":", "："):
        if sep in text:
            return unwrap(text.split(sep, 1)[1]) or None
    parts = text.split(None, 1)
    return unwrap(parts[1]) if len(parts) > 1 else None


def unwrap(value: str) -> str:
    value = value.strip().lstrip("*•- ").strip()
    if value.startswith("(") and value.endswith(")") and value.count("(") == 1:
        value = value[1:-1].strip()
    return value


WEEKDAY_CHARS = 32


def weekday_line(line: Line) -> bool:
    if line.words > 2 or len(line.text) > WEEKDAY_CHARS:  # a weekday name is one or two words
        return False
    return weekday_of(line.text) is not None


def _slot(line: Line) -> str | None:
    if line.kind == "source":
        return "source"
    if weekday_line(line):
        return "weekday"
    if line.kind == "id":
        return "id"
    if line.mentions and date_line(line, leftover=0):
        return "date"
    return None


def read_header(lines: Sequence[Line]) -> Header | None:
    """The reference header at the top of ``lines``, or None when the text has none."""
    window = lines[:HEADER_WINDOW]
    i = 0
    agency = None
    if window and _slot(window[0]) is None and any(_slot(x) for x in window[1:4]):
        agency = window[0].text
        i = 1
    slots: set[str] = set()
    source = weekday = ident = None
    date_index = None
    while i < len(window):
        line = window[i]
        slot = _slot(line)
        if slot is None:
            break
        slots.add(slot)
        if slot == "source":
            source = source_value(line.text) or source
        elif slot == "weekday":
            weekday = line.text.strip(WEEKDAY_PUNCTUATION)
        elif slot == "id":
            m = phrases.ID_RE.match(line.folded)
            ident = m.group(1).translate(TO_LATIN) if m else None
        elif date_index is None and any(m.kind == "date" for m in line.mentions):
            date_index = i
        i += 1
    # A header needs a source line, or a date line with another header line beside it.
    if "source" not in slots and not ("date" in slots and len(slots) > 1):
        return None
    return Header(agency, source, weekday, ident, date_index, i)
