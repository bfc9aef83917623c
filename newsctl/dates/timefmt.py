"""How times, offsets and date-times are written in records: ISO 8601, as precise as written."""

from __future__ import annotations

import datetime as dt


def format_time(time: dt.time | None, seconds: bool) -> str | None:
    """``HH:MM``, or ``HH:MM:SS`` when the seconds were written."""
    if time is None:
        return None
    return time.strftime("%H:%M:%S" if seconds else "%H:%M")


NO_ZONE = "the time names no zone; it is left as written"  # the message of the no-zone note


def in_utc(date: dt.date, time: dt.time, offset: dt.timedelta) -> dt.datetime:
    """The local ``date`` and ``time`` at ``offset`` from UTC, as a moment in UTC (naive): the
    one conversion that ``date --utc`` and ``parse --utc`` share."""
    return dt.datetime.combine(date, time) - offset


def parse_offset(text: str) -> dt.timedelta:
    """``+03:30`` (as ``format_offset`` writes it) as a timedelta."""
    sign = -1 if text.startswith("-") else 1
    hours, minutes = (int(x) for x in text[1:].split(":"))
    return sign * dt.timedelta(hours=hours, minutes=minutes)


def format_offset(offset: dt.timedelta) -> str:
    """``+03:30`` style; seconds are dropped (no real zone has them today)."""
    total = int(offset.total_seconds()) // 60
    sign = "-" if total < 0 else "+"
    hours, minutes = divmod(abs(total), 60)
    return f"{sign}{hours:02d}:{minutes:02d}"


class TimeText:
    """``time_text`` and ``utc_offset`` for a class with ``time``, ``seconds`` and ``offset``."""

    __slots__ = ()
    time: dt.time | None
    seconds: bool
    offset: dt.timedelta | None

    @property
    def time_text(self) -> str | None:
        return format_time(self.time, self.seconds)

    @property
    def utc_offset(self) -> str | None:
        return None if self.offset is None else format_offset(self.offset)


def join_iso(date: dt.date | None, time: str | None, offset: str | None) -> str | None:
    """ISO 8601 from a date, an optional time and an optional offset."""
    if date is None:
        return None
    if time is None:
        return date.isoformat()
    return f"{date.isoformat()}T{time}{offset or ''}"
