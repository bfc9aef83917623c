"""The registry of warning and check codes: each code once, with what it means, its severity and
whether ``newsctl check`` reports it by default. The library emits codes from here, ``check``
filters by it (``--select``, ``--ignore``), ``check --list-codes`` prints it, and a test holds the
README's table to it.

Severity ``error``: the record is wrong or incomplete (no date, an impossible one, no headline, an
input that cannot be read). ``note``: worth knowing, the record stands (a repaired encoding, a
weekday that disagrees with its date, a two-digit year read as 20xx).
"""

from __future__ import annotations

from typing import Final, Literal, NamedTuple

Severity = Literal["error", "note"]


class Code(NamedTuple):
    name: str
    meaning: str
    severity: Severity
    checked: bool  # reported by `newsctl check` unless --select/--ignore say otherwise
    fails: bool = False  # `newsctl parse` reports it on stderr and exits 1


CODES: Final[dict[str, Code]] = {
    c.name: c
    for c in (
        Code("no-date", "no publication date found; none is invented", "error", True),
        Code(
            "impossible-date",
            "a date that does not exist (31 فبراير) or is out of range",
            "error",
            True,
            fails=True,
        ),
        Code("partial-date", "a day and month without a year; no year is invented", "error", True),
        Code("future-date", "published after the reference time", "error", True),
        Code("missing-headline", "no headline found", "error", True),
        Code(
            "missing-source",
            "the layout has a source line (المصدر) and it is empty or absent",
            "error",
            True,
        ),
        Code("unknown-layout", "neither a headline nor a date was found", "error", True),
        Code(
            "truncated-input",
            "the input ends inside a UTF-8 character: cut short or still being written",
            "error",
            True,
        ),
        Code("empty", "no text at all", "error", True),
        Code("empty-input", "an empty or whitespace-only input", "error", True),
        Code("binary-input", "binary data, not text", "error", True),
        Code("unreadable-input", "missing, unreadable, undecodable or too large", "error", True),
        Code(
            "markup-disagrees",
            "a web page's markup (JSON-LD, meta, <time>) gives another publication day than its "
            "text",
            "note",
            True,
        ),
        Code(
            "too-long",
            "an article of more than 4,000,000 characters or 50,000 lines: only its start is read",
            "note",
            True,
        ),
        Code(
            "too-many-dates",
            "more date mentions than an article holds (a list or a table): only the first are read",
            "note",
            True,
        ),
        Code("weekday-mismatch", "the stated weekday is not the date's", "note", True),
        Code(
            "hijri-mismatch",
            "a Hijri date stated beside the Gregorian one is another day by Umm al-Qura",
            "note",
            True,
        ),
        Code(
            "two-digit-year",
            "a two-digit year was read as 20xx (00-69) or 19xx (70-99), or 14xx beside هـ",
            "note",
            True,
        ),
        Code("reordered", "a stamp copied in visual order was read from its parts", "note", True),
        Code(
            "encoding-repaired", "mojibake or a few broken UTF-8 bytes were repaired", "note", True
        ),
        Code(
            "uncertain-date",
            "the publication date was chosen by a small margin over another day or the threshold, "
            "or against its own signals",
            "note",
            True,
        ),
        Code(
            "uncertain-headline",
            "the headline was chosen by a small margin over another line or the threshold, or "
            "against its own signals",
            "note",
            True,
        ),
        Code("no-zone", "a time to be given in UTC whose zone is unknown", "note", False),
        Code(
            "duplicate-id", "an article id already seen in another input of the run", "note", True
        ),
    )
}


def code(name: str) -> Code:
    """The registered code ``name`` (a KeyError names an unregistered one: a bug)."""
    return CODES[name]


# The codes that mean the input itself is wrong: `parse` reports them on stderr and exits 1.
FAILING: Final = frozenset(c.name for c in CODES.values() if c.fails)
