"""``DateMention``: one date, time or relative expression found in a text. Immutable once made."""

from __future__ import annotations

import datetime as dt
from typing import Literal, NamedTuple

from newsctl.dates.calendars import month_length
from newsctl.dates.months import Calendar
from newsctl.dates.timefmt import format_offset, format_time

Kind = Literal["date", "time", "relative"]


class Shift(NamedTuple):
    """A relative expression before it is resolved: how far back from a moment it points."""

    months: int = 0  # calendar months (years are twelve)
    days: float = 0.0  # days and weeks
    seconds: float = 0.0  # hours, minutes and seconds
    clock: dt.time | None = None  # a time written with a day word: أمس الساعة 5 مساءً

    @property
    def has_time(self) -> bool:
        """Whether the expression points at a time of day (منذ ساعتين), not only a day."""
        return self.clock is not None or bool(self.seconds) or self.days % 1 != 0

    def offset(self, now: dt.datetime) -> dt.timedelta | None:
        """The UTC offset of the time ``resolve`` gives: ``now``'s when the time is counted from
        it (منذ 3 ساعات seen from 12:00+03:00 is 09:00+03:00); None for a written time (أمس
        10:15 م: the site's clock, whatever zone ``now`` is in) or no time, or a naive ``now``."""
        if self.clock is not None or not self.has_time:
            return None
        # the moment's own offset: seen from a zone with summer time, hours back may cross it
        return (now - dt.timedelta(days=self.days, seconds=self.seconds)).utcoffset()

    def resolve(self, now: dt.datetime) -> tuple[dt.date, dt.time | None]:
        """The date (and time, when it has one) this expression means, seen from ``now``."""
        moment = now - dt.timedelta(days=self.days, seconds=self.seconds)
        if self.months:
            total = moment.year * 12 + moment.month - 1 - self.months
            year, month = divmod(total, 12)
            month += 1
            days = month_length(year, month)
            moment = moment.replace(year=year, month=month, day=min(moment.day, days))
        if self.clock is not None:
            return moment.date(), self.clock
        if self.has_time:
            return moment.date(), moment.time().replace(second=0, microsecond=0)
        return moment.date(), None


class DateMention(NamedTuple):
    """One date, time or relative expression found in a text, with where it is and what it says.

    ``date`` is Gregorian, whatever calendar it was written in; None for a time alone, a partial
    or impossible date, and a relative expression nobody resolved (no reference moment given).
    """

    text: str  # as written in the original text
    start: int  # character offsets in the original text
    end: int
    line: int  # 1-based line number of ``start``
    kind: Kind
    date: dt.date | None = None
    time: dt.time | None = None
    seconds: bool = False  # the time was written with seconds
    zone: str | None = None  # IANA zone named in the text
    offset: dt.timedelta | None = None  # explicit numeric offset, or the zone's on that date
    calendar: Calendar | None = None  # the calendar the date was written in
    month_system: str | None = None  # egyptian, levantine, maghrebi, moroccan, english, ...
    stated: tuple[int | None, int, int] | None = None  # (year, month, day) as written
    weekday: int | None = None  # weekday named in the text (Monday is 0)
    weekday_text: str | None = None  # as written
    partial: bool = False  # a day and month without a year
    shift: Shift | None = None  # a relative expression: how far back it points
    error: str | None = None  # why the date is impossible
    forms: tuple[str, ...] = ()  # how it was written: month-name, numeric, hijri, relative, ...

    @property
    def relative(self) -> bool:
        return self.shift is not None

    @property
    def time_text(self) -> str | None:
        return format_time(self.time, self.seconds)

    @property
    def utc_offset(self) -> str | None:
        return None if self.offset is None else format_offset(self.offset)
