"""Calendar conversions: Gregorian, Hijri (Umm al-Qura, through hijridate), Solar Hijri (jdatetime).

Impossible dates raise ImpossibleDateError; nothing rolls over into the next month. Dates are
bounded to a plausible range for news (as adbar/htmldate does): Gregorian 1900-2100, Hijri
1343-1500 AH (the span of the Umm al-Qura tables), Solar Hijri 1278-1479 SH.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Final

from newsctl.dates.months import ENGLISH, Calendar, month_name
from newsctl.errors import ImpossibleDateError

GREGORIAN_YEARS: Final = (1900, 2100)
HIJRI_YEARS: Final = (1343, 1500)
JALALI_YEARS: Final = (1278, 1479)

_ENGLISH_MONTHS: Final = ("", *(names[0] for names in ENGLISH.values()))
_DAYS_IN_MONTH: Final = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def month_length(year: int, month: int) -> int:
    """How many days a Gregorian month has (the one home of month lengths)."""
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month]


def longest_month(month: int) -> int:
    """The most days a Gregorian month has in any year (February 29: a day without its year
    may be a leap year's)."""
    return month_length(2000, month)


def gregorian(year: int, month: int, day: int) -> dt.date:
    """A Gregorian date, checked."""
    lo, hi = GREGORIAN_YEARS
    if not lo <= year <= hi:
        raise ImpossibleDateError(f"year {year} is outside the supported range {lo}-{hi}")
    try:
        return dt.date(year, month, day)  # a day that exists: the commonest case
    except ValueError:
        pass  # what is wrong with it, in the project's words
    if not 1 <= month <= 12:
        raise ImpossibleDateError(f"there is no month {month}")
    days = month_length(year, month)
    raise ImpossibleDateError(
        f"{_ENGLISH_MONTHS[month]} {year} has {days} days, not {day}"
        if day > 0
        else "there is no day 0"
    )


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of an Umm al-Qura Hijri date, checked."""
    lo, hi = HIJRI_YEARS
    if not lo <= year <= hi:
        raise ImpossibleDateError(
            f"Hijri year {year} is outside the Umm al-Qura range {lo}-{hi} AH"
        )
    if not 1 <= month <= 12:
        raise ImpossibleDateError(f"there is no Hijri month {month}")
    from hijridate import Hijri

    try:
        length = Hijri(year, month, 1).month_length()
    except (ValueError, OverflowError) as exc:
        raise ImpossibleDateError(f"Hijri date {year}-{month:02d}-{day:02d}: {exc}") from None
    if not 1 <= day <= length:
        raise ImpossibleDateError(
            f"{month_name('hijri', month)} {year} has {length} days, not {day}"
        )
    g = Hijri(year, month, day).to_gregorian()
    return dt.date(g.year, g.month, g.day)


@lru_cache(maxsize=4096)  # the dates of a corpus repeat: each converted once
def gregorian_to_hijri(date: dt.date) -> tuple[int, int, int] | None:
    """The Umm al-Qura Hijri (year, month, day) of a Gregorian date; None outside the tables."""
    from hijridate import Gregorian

    try:
        h = Gregorian(date.year, date.month, date.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return (h.year, h.month, h.day)


def jalali_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of a Solar Hijri (Jalali) date, checked."""
    lo, hi = JALALI_YEARS
    if not lo <= year <= hi:
        raise ImpossibleDateError(f"Solar Hijri year {year} is outside the range {lo}-{hi} SH")
    import jdatetime

    try:
        g = jdatetime.date(year, month, day).togregorian()
    except ValueError:
        raise ImpossibleDateError(
            f"{month_name('jalali', month) if 1 <= month <= 12 else month} {year} has no day {day}"
        ) from None
    return dt.date(g.year, g.month, g.day)


def gregorian_to_jalali(date: dt.date) -> tuple[int, int, int]:
    """The Solar Hijri (year, month, day) of a Gregorian date."""
    import jdatetime

    j = jdatetime.date.fromgregorian(date=date)
    return (j.year, j.month, j.day)


def to_gregorian(calendar: Calendar, year: int, month: int, day: int) -> dt.date:
    """Any supported calendar's date as a checked Gregorian date."""
    if calendar == "hijri":
        return hijri_to_gregorian(year, month, day)
    if calendar == "jalali":
        return jalali_to_gregorian(year, month, day)
    return gregorian(year, month, day)


def iso(ymd: tuple[int, int, int]) -> str:
    """``YYYY-MM-DD`` for a (year, month, day) triple of any calendar."""
    return f"{ymd[0]:04d}-{ymd[1]:02d}-{ymd[2]:02d}"
