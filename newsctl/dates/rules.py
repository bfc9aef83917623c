"""The rules about several mentions at once, in one place for ``parse_date``, the article reader
and ``check`` alike: which of the dates on a line is the date, which time goes with it, whether a
stated weekday or a stated Hijri date agrees with it.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Final, NamedTuple

from newsctl.dates.calendars import gregorian_to_hijri, iso
from newsctl.dates.labels import UPDATE_WORDS_RE
from newsctl.dates.mention import DateMention
from newsctl.dates.weekdays import arabic_name
from newsctl.text.fold import fold_key


class Note(NamedTuple):
    """A warning about a date: its code, its message, and the mention it is about."""

    code: str
    message: str
    mention: DateMention | None = None


def primary(dated: Sequence[DateMention]) -> DateMention:
    """Of the dates written together (a dual date), the one that is the date: the Gregorian
    one over a stated Hijri or Solar Hijri one."""
    return next((m for m in dated if m.calendar == "gregorian" and m.date), dated[0])


# What may stand between the two halves of a dual date: separators, الموافق, era letters.
_DUAL_GAP_RE: Final = re.compile(r"[\s\-/,،|()\[\]]*(?:الموافق(?: ?ل)?)?[\s\-/,،|()\[\]]*")


def dual(a: DateMention, b: DateMention, text: str) -> bool:
    """Whether two mentions of one line are one date written twice (``11 شوال 1441هـ -
    03 يونيو 2020م``, ``... هـ الموافق ... م``): adjacent, joined only by separators."""
    if a.line != b.line or a.kind != "date" or b.kind != "date":
        return False
    if a.calendar == b.calendar and a.date is not None and b.date is not None and a.date != b.date:
        return False  # two days of one calendar side by side (founded ... / today's issue ...)
    first, second = (a, b) if a.start <= b.start else (b, a)
    if second.start - first.end > 24:
        return False
    gap = text[first.end : second.start]
    return _DUAL_GAP_RE.fullmatch(fold_key(gap)) is not None


def hijri_note(date: DateMention, mentions: Sequence[DateMention], text: str) -> Note | None:
    """A Hijri date stated beside the Gregorian ``date`` (its dual half) that is not the same
    day by Umm al-Qura: ``hijri-mismatch``, with the difference."""
    if date.date is None or date.calendar != "gregorian":
        return None
    for other in mentions:
        if other.calendar != "hijri" or other.date is None or other is date:
            continue
        if not dual(date, other, text):
            continue
        diff = (other.date - date.date).days
        if diff == 0:
            return None
        assert other.stated is not None and other.stated[0] is not None
        stated = (other.stated[0], other.stated[1], other.stated[2])
        expected = gregorian_to_hijri(date.date)
        return Note(
            "hijri-mismatch",
            f"stated Hijri date {iso(stated)} is {diff:+d} day(s) from Umm al-Qura"
            + (f" ({iso(expected)})" if expected else ""),
            other,
        )
    return None


def weekday_note(date: dt.date, stated: int | None, written: str | None = None) -> Note | None:
    """A weekday written with a date that is not the date's: ``weekday-mismatch``."""
    if stated is None or stated == date.weekday():
        return None
    return Note(
        "weekday-mismatch",
        f"{written or arabic_name(stated)} is written, but {date.isoformat()} is a "
        f"{arabic_name(date.weekday())}",
    )


CLOCK_GAP: Final = 240  # characters between a date and its time, at most
CLOCK_REACH: Final = 8  # mentions looked at after a date for its time (the same line's dates too)


def clock_for(date: DateMention, mentions: Sequence[DateMention], text: str) -> DateMention | None:
    """The time that goes with a date written without one: a time standing apart on its line
    (``11 مارس 2023 ... 10:30 ص``), or alone on the next non-blank line (``الجمعة ٢٩ نوفمبر
    ٢٠١٩`` / ``٠٧:٢١ بتوقيت غرينتش``, a writer's short name between them or not) below a line
    that holds nothing after the date, or alone
    a few lines above it in a block of labelled values (``الوقت`` / ``11:07`` / ``التاريخ``).

    ``mentions`` are in text order; only the few around the date are looked at (found by
    bisection), so a page of many dates costs no more per date than a page of few."""
    if date.time is not None or date.kind != "date":
        return None
    above = _clock_above(date, mentions, text)
    if above is not None:
        return above
    first = bisect_left(mentions, date.end, key=_start)
    for m in mentions[first : first + CLOCK_REACH]:
        if m.kind == "date" and m.line == date.line:
            if m.date == date.date and m.time is not None and m.start - date.end <= CLOCK_GAP:
                return m  # the same day again on its line, with its time (date 2025-01-09 ...)
            continue
        if m.kind != "time" or m.time is None or m.start - date.end > CLOCK_GAP:
            return None
        between = text[date.end : m.start]
        if m.line == date.line:
            return None if _update_label_between(between) else m
        newline = between.find("\n")
        line_end = text.find("\n", m.end, m.end + CLOCK_GAP)
        if line_end < 0 and len(text) - m.end > CLOCK_GAP:
            return None  # more text after the time on its line
        after = text[m.end : len(text) if line_end < 0 else line_end]
        if (
            not _blank(between[:newline])
            or not _name_between(between[newline + 1 :])
            or not _blank(after)
        ):
            return None
        return m
    return None


def _start(m: DateMention) -> int:
    return m.start


LABEL_BLOCK_LINES: Final = (
    5  # a time this many lines above its date (blank ones too), labels between
)
LABEL_WORDS: Final = 3
LABEL_CHARS: Final = 400  # the labelled lines between a time and its date, at most


def _clock_above(
    date: DateMention, mentions: Sequence[DateMention], text: str
) -> DateMention | None:
    before = bisect_left(mentions, date.start, key=_start)
    m = next((m for m in reversed(mentions[max(0, before - CLOCK_REACH) : before])
              if m.end <= date.start), None)  # fmt: skip
    if m is None or m.line < date.line - LABEL_BLOCK_LINES:
        return None
    if m.kind != "time" or m.line == date.line:
        return None
    line_start = text.rfind("\n", max(0, m.start - CLOCK_GAP), m.start) + 1
    line_end = text.find("\n", m.end, m.end + CLOCK_GAP)
    if line_start == 0 < m.start - CLOCK_GAP or line_end < 0 or date.start - line_end > LABEL_CHARS:
        return None  # the time is not alone on its line, or the date stands far below it
    if not _blank(text[line_start : m.start]) or not _blank(text[m.end : line_end]):
        return None  # the time is not alone on its line
    between = text[line_end : date.start].split("\n")
    if any(len(part.split()) > LABEL_WORDS or any(c.isdigit() for c in part) for part in between):
        return None
    return m


BLANKS: Final = "\u00a0\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff"


NAME_BETWEEN_WORDS: Final = 4  # a writer's name between a date and its time, at most


def _name_between(lines: str) -> bool:
    """Nothing, or one short line of words of its own (a writer's name: ``10 يوليو 2023`` /
    ``إم. إف. إم`` / ``18:00``) between a date's line and the time alone on its line below."""
    if _blank(lines):  # nothing, or the bullet of the time's own line (• 4/6/2022 / • 00:00)
        return True
    name, newline, rest = lines.lstrip(" \t\n" + BLANKS).partition("\n")
    return (
        bool(newline)  # the name's line ends before the time's
        and not rest.strip(" \t\n" + BLANKS)
        and len(name.split()) <= NAME_BETWEEN_WORDS
        and not any(c.isdigit() for c in name)
    )


def _blank(text: str) -> bool:
    """Nothing but spaces, separators and bullets (``• 03:32 AM`` is a time alone on its line)."""
    return not fold_key(text).strip(" -|:،,()•·●▪*")


def _update_label_between(gap: str) -> bool:
    return UPDATE_WORDS_RE.search(fold_key(gap)) is not None


def form_notes(date: DateMention) -> list[Note]:
    """Notes on how a date was read, when the reading had to guess: a two-digit year, a stamp
    whose parts were copied in visual order."""
    notes = []
    if "two-digit-year" in date.forms and date.stated is not None:
        notes.append(
            Note(
                "two-digit-year",
                f"{date.text!r}: the two-digit year read as {date.stated[0]}",
                date,
            )
        )
    if "reordered" in date.forms:
        notes.append(Note("reordered", f"{date.text!r}: its parts were read in visual order", date))
    return notes
