"""``Layout``: what reading an article's lines found, made once at the end of the reading (the
page reader, or a corpus record's fields), and turned into the record by ``newsctl.parser``."""

from __future__ import annotations

from typing import NamedTuple

from newsctl.articles.evidence import Choice
from newsctl.dates.mention import DateMention


class Layout(NamedTuple):
    agency: str | None = None
    source: str | None = None
    weekday: str | None = None  # a weekday line of its own, as written
    id: str | None = None
    kicker: str | None = None
    headline: str | None = None
    lead: str | None = None
    body: tuple[str, ...] = ()
    end_marker: str | None = None
    dateline: str | None = None
    byline: str | None = None
    published: DateMention | None = None
    clock: DateMention | None = None  # the time, when written apart from the date
    updated: DateMention | None = None
    page_lines: frozenset[int] = frozenset()  # line numbers of chrome, lists and footers
    choices: tuple[Choice, ...] = ()  # the evidence behind published, updated and headline
    known: bool = True  # False: neither a headline nor a date was found
    source_slot: bool = False  # the layout has a place for its source (the reference header)
