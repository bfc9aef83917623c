"""Tokens of folded text, and the lexicon that names them: every date word of every table, looked
up by the words (tokens) it is made of.

The date grammar (``newsctl.dates.grammar``) reads tokens, not characters: a run of digits, a run
of letters, a line break, or one other character (spaces separate tokens and are not tokens). A
name of several words (كانون الثاني, ربيع الآخر, بتوقيت مكة المكرمة, a.m.) is a phrase of tokens.
The tables live in their own modules (months, weekdays, markers, zones, words); this module only
folds their words and indexes them, once, on first use.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from operator import attrgetter, methodcaller
from typing import Final, NamedTuple

from newsctl.dates.markers import MARKERS
from newsctl.dates.months import SYSTEMS
from newsctl.dates.weekdays import WEEKDAYS
from newsctl.dates.words import (
    ERAS,
    FRACTIONS,
    GLUE,
    HOUR_WORDS,
    NUMBER_WORDS,
    ORDINAL_DAYS,
    RELATIVE_DAYS,
    UNITS,
)
from newsctl.dates.zones import ZONE_WORDS
from newsctl.text.fold import fold_text

NUM, WORD, NL, MARK = 0, 1, 2, 3  # token kinds: digits, letters, line break, any other character
# Digits run into a numeric date glued after them (``14:1818/02/2026``, ``24/10/202524/10/2025``:
# a copy that lost the space between a time or a date and the next date) end where it begins;
# an ISO date's day ends before a reading time glued after it (``2024-06-242 دقائق``).
TOKEN_RE: Final = re.compile(
    r"((?:(?<=:)\d{2}|(?<=[/.-])\d{4})(?=\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?!\d))"
    r"|(?<=\d{4}-\d\d-)\d\d(?=\d{1,2} ?(?:دقائق|دقيقه|دقيقة|min))|\d+)"
    r"|([^\W\d_]+)|(\n)|([^\s])"
)
_KINDS: Final = (MARK, NUM, WORD, NL, MARK)  # by the number of the group that matched
_LASTINDEX: Final = attrgetter("lastindex")
_GROUP, _START, _END = methodcaller("group"), methodcaller("start"), methodcaller("end")


class Tokens:
    """The tokens of a folded text between two offsets, as parallel lists (fast to index)."""

    __slots__ = ("ends", "keys", "kinds", "starts", "text")

    def __init__(self, text: str, start: int = 0, end: int | None = None) -> None:
        self.text = text
        found = list(TOKEN_RE.finditer(text, start, len(text) if end is None else end))
        # lastindex: 1 digits, 2 letters, 3 a line break, 4 any other character. Made by map,
        # without a Python call per token. Keys are lowered whatever their kind: digits, line
        # breaks and marks have no case that any rule tells apart.
        self.kinds: list[int] = list(map(_KINDS.__getitem__, map(_LASTINDEX, found)))
        self.keys: list[str] = list(map(str.lower, map(_GROUP, found)))
        self.starts: list[int] = list(map(_START, found))
        self.ends: list[int] = list(map(_END, found))

    def __len__(self) -> int:
        return len(self.kinds)


class Entry(NamedTuple):
    """What a word or phrase names: ``cat`` is its table (month, hijri, jalali, weekday, marker,
    zone, ordinal, hour, fraction, number, unit, relday, era, glue), ``num`` and ``name`` its
    value there (a month's number and system, a zone's IANA name, a unit and its count ...)."""

    cat: str
    num: int
    name: str


def phrase_keys(words: str) -> tuple[str, ...]:
    """The token keys of a table word, as the tokenizer gives them for text holding it."""
    tokens = Tokens(fold_text(words))
    return tuple(tokens.keys)


# first token key -> [(the other keys of the phrase, what it names)], longest phrases first
Lexicon = dict[str, list[tuple[tuple[str, ...], Entry]]]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    entries: list[tuple[str, Entry]] = []
    for system, table in SYSTEMS.items():
        cat: str = system if system in ("hijri", "jalali") else "month"
        for number, names in table.items():
            for name in names:
                entries.append((name, Entry(cat, number, system)))
                if cat == "hijri" and name.startswith(("ذو ", "ذي ")):
                    entries.append((name.replace(" ", "", 1), Entry(cat, number, system)))
    for number, names in WEEKDAYS.items():
        entries += [(name, Entry("weekday", number, "")) for name in names]
    for meridiem, names in MARKERS.items():
        entries += [(name, Entry("marker", 0, meridiem)) for name in names]
    for zone, names in ZONE_WORDS.items():
        entries += [(name, Entry("zone", 0, zone)) for name in names]
    numbered: tuple[tuple[dict[int, tuple[str, ...]], str], ...] = (
        (ORDINAL_DAYS, "ordinal"), (HOUR_WORDS, "hour"), (FRACTIONS, "fraction"),
        (NUMBER_WORDS, "number"),
    )  # fmt: skip
    for table, kind in numbered:
        for number, names in table.items():
            entries += [(name, Entry(kind, number, "")) for name in names]
    entries += [(w, Entry("unit", count, unit)) for w, (unit, count) in UNITS.items()]
    entries += [(w, Entry("relday", days, "")) for w, days in RELATIVE_DAYS.items()]
    for era, names in ERAS.items():
        entries += [(name, Entry("era", 0, era)) for name in names]
    for glue, names in GLUE.items():
        entries += [(name, Entry("glue", 0, glue)) for name in names]
    index: Lexicon = {}
    for words, entry in entries:
        keys = phrase_keys(words)
        if not keys:
            continue
        bucket = index.setdefault(keys[0], [])
        if (keys[1:], entry) not in bucket:
            bucket.append((keys[1:], entry))
    for bucket in index.values():
        bucket.sort(key=lambda item: -len(item[0]))
    return index


# first token key -> its roles: table -> [(the other keys of the phrase, what it names)], longest
# phrases first (the lexicon's buckets split by table: a token is asked for one table at a time)
Roles = dict[str, dict[str, list[tuple[tuple[str, ...], Entry]]]]


@lru_cache(maxsize=1)
def roles() -> Roles:
    out: Roles = {}
    for key, bucket in lexicon().items():
        by_table = out.setdefault(key, {})
        for rest, entry in bucket:
            by_table.setdefault(entry.cat, []).append((rest, entry))
    return out


@cache
def role_keys(cat: str) -> frozenset[str]:
    """The first token keys of the phrases of the table ``cat``: a cheap reject before a lookup."""
    return frozenset(key for key, tables in roles().items() if cat in tables)


def lookup(text: str, cat: str) -> Entry | None:
    """What a text of one table phrase names in the table ``cat`` (a weekday line), or None."""
    keys = phrase_keys(text)
    if not keys:
        return None
    for rest, entry in lexicon().get(keys[0], ()):
        if entry.cat == cat and rest == keys[1:]:
            return entry
    return None


WEEKDAY_PUNCTUATION: Final = " ،,:-"  # around a weekday written alone (الأربعاء، , - الخميس -)


def weekday_of(written: str | None) -> int | None:
    """The weekday number (Monday 0) a weekday written alone names (``الأربعاء،``, ``الاربعاء``,
    ``Wednesday``), or None: the one reading of a written weekday."""
    if written is None:
        return None
    entry = lookup(written.strip(WEEKDAY_PUNCTUATION), "weekday")
    return None if entry is None else entry.num
