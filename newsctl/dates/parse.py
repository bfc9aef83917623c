"""``parse_date``: the date (and time, zone, weekday) of a short string such as a dateline.

It reads with the engine of ``newsctl.dates.scan``; the commonest whole strings go through a small
pattern first, a cheap check before the full grammar.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from newsctl import recache
from newsctl.dates import calendars
from newsctl.dates.grammar import keys, simple_re
from newsctl.dates.markers import to_24h
from newsctl.dates.months import Calendar
from newsctl.dates.scan import find_dates, locate, scan, table_key
from newsctl.dates.timefmt import TimeText, join_iso
from newsctl.dates.weekdays import arabic_name
from newsctl.dates.zones import resolve_zone, utc_offset
from newsctl.errors import DateError, ImpossibleDateError, NoDateError
from newsctl.text.fold import Folded, fold_text


@dataclass
class DateResult(TimeText):
    """The reading of one date string (``parse_date``)."""

    date: dt.date
    time: dt.time | None = None
    seconds: bool = False
    offset: dt.timedelta | None = None
    zone: str | None = None
    calendar: Calendar = "gregorian"
    relative: bool = False
    partial: bool = False
    stated_weekday: int | None = None
    stated_hijri: tuple[int, int, int] | None = None
    warnings: list[tuple[str, str]] = field(default_factory=list)

    @property
    def hijri(self) -> str | None:
        ymd = calendars.gregorian_to_hijri(self.date)
        return None if ymd is None else calendars.iso(ymd)

    @property
    def weekday(self) -> str:
        return arabic_name(self.date.weekday())

    def iso(self) -> str:
        """``2022-01-19``, or with time and offset when known: ``2022-01-19T19:13:41+03:30``."""
        iso = join_iso(self.date, self.time_text, self.utc_offset)
        assert iso is not None
        return iso

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (``newsctl date --format json``), without the input."""
        return {
            "date": self.date.isoformat(),
            "time": self.time_text,
            "utc_offset": self.utc_offset,
            "hijri": self.hijri,
            "calendar": self.calendar,
            "weekday": self.weekday,
            "relative": self.relative,
            "warnings": [{"code": c, "message": m} for c, m in self.warnings],
        }

    def converted(self, to: Calendar) -> str:
        """The date in another calendar, ``YYYY-MM-DD``."""
        if to == "hijri":
            hijri = self.hijri
            if hijri is None:
                raise DateError(f"{self.date} is outside the Umm al-Qura tables (1343-1500 AH)")
            return hijri
        if to == "jalali":
            return calendars.iso(calendars.gregorian_to_jalali(self.date))
        return self.date.isoformat()

    def to_utc(self) -> DateResult:
        """The same instant expressed in UTC (needs a time and a known offset)."""
        if self.time is None or self.offset is None:
            raise DateError("cannot express in UTC: the time or its zone is not known")
        moment = dt.datetime.combine(self.date, self.time) - self.offset
        return DateResult(
            date=moment.date(),
            time=moment.time(),
            seconds=self.seconds,
            offset=dt.timedelta(0),
            zone="UTC",
            calendar=self.calendar,
            relative=self.relative,
            partial=self.partial,
            warnings=list(self.warnings),
        )


def parse_date(text: str, *, now: dt.datetime | None = None, tz: str | None = None) -> DateResult:
    """Read the date (and time, zone, weekday) in a short string such as a dateline or header.

    ``tz`` is the zone for text that names none (an IANA name or an Arabic place name).
    Raises NoDateError when there is nothing to read, ImpossibleDateError for a date that does
    not exist or lies outside the supported range.
    """
    folded_text = fold_text(text)
    simple = _simple(folded_text) if len(folded_text) < 64 else None
    if simple is not None:
        _check_weekday(simple)
        _apply_zone(simple, tz)
        return simple
    found = scan(folded_text, now)
    for start, mention in found:
        if mention.error is not None:
            locate(mention, start, Folded(text))
            raise ImpossibleDateError(mention.error, mention.text)
    mentions = [mention for _, mention in found]
    dated = [x for x in mentions if x.date is not None or x.partial]
    if not dated:
        relative = _relative_words(folded_text, now)
        if relative is not None:
            _apply_zone(relative, tz)
            return relative
        raise NoDateError("no date found" + (" (only a time)" if found else ""))
    primary = next((x for x in dated if x.calendar == "gregorian" and x.date), dated[0])
    if primary.date is None:
        start = next(st for st, x in found if x is primary)
        locate(primary, start, Folded(text))
        raise NoDateError("no year: a partial date, not a full one", primary.text)
    result = DateResult(
        date=primary.date,
        time=primary.time,
        seconds=primary.seconds,
        zone=primary.zone,
        offset=primary.offset,
        calendar=primary.calendar or "gregorian",
        relative=primary.relative,
        stated_weekday=primary.weekday,
    )
    if result.time is None:  # a time written apart from the date ("19 يناير 2022 ... 7:13 م")
        alone = next((x for x in mentions if x.kind == "time" and x.time is not None), None)
        if alone is not None:
            result.time, result.seconds = alone.time, alone.seconds
            result.zone = result.zone or alone.zone
            if result.offset is None and alone.offset is not None and alone.zone is None:
                result.offset = alone.offset
    for other in dated:
        if other is not primary and other.calendar == "hijri" and other.stated:
            y, mo, d = other.stated
            if y is not None:
                result.stated_hijri = (y, mo, d)
                if other.date != primary.date and other.date is not None:
                    diff = (other.date - primary.date).days
                    result.warnings.append(
                        (
                            "hijri-mismatch",
                            f"stated Hijri date {calendars.iso((y, mo, d))} is {diff:+d} day(s) "
                            f"from Umm al-Qura ({result.hijri})",
                        )
                    )
    _check_weekday(result)
    _apply_zone(result, tz)
    return result


def _simple(folded: str) -> DateResult | None:
    """The commonest shapes through the small pattern; None sends the text to the full grammar."""
    m = simple_re().fullmatch(folded)
    if m is None:
        return None
    wd, day, month_name, year, nd, _, nm, ny, hour, minute, second, marker = m.groups()
    tables = keys()
    try:
        if month_name is not None:
            month = tables["month"][table_key(month_name)][0]
            date = calendars.gregorian(int(year), month, int(day))
        else:
            if not calendars.GREGORIAN_YEARS[0] <= int(ny) <= calendars.GREGORIAN_YEARS[1]:
                return None  # a Hijri or Solar Hijri year: the full grammar decides
            date = calendars.gregorian(int(ny), int(nm), int(nd))
        result = DateResult(date=date)
        if hour is not None:
            meridiem = None if marker is None else tables["marker"][table_key(marker)][1]
            hour24 = to_24h(int(hour), meridiem)  # type: ignore[arg-type]
            if hour24 is None or int(minute) > 59 or (second is not None and int(second) > 59):
                return None  # the full grammar words the error
            result.time = dt.time(hour24, int(minute), int(second or 0))
            result.seconds = second is not None
    except ImpossibleDateError:
        return None
    if wd is not None:
        result.stated_weekday = tables["weekday"][table_key(wd)][0]
    return result


def _check_weekday(result: DateResult) -> None:
    stated = result.stated_weekday
    if stated is not None and stated != result.date.weekday():
        result.warnings.append(
            (
                "weekday-mismatch",
                f"{arabic_name(stated)} is written, but {result.date.isoformat()} is a "
                f"{arabic_name(result.date.weekday())}",
            )
        )


def _apply_zone(result: DateResult, tz: str | None) -> None:
    if result.zone is None and result.offset is None and tz is not None:
        result.zone = resolve_zone(tz)
    if result.offset is None and result.zone is not None and result.time is not None:
        result.offset = utc_offset(result.zone, result.date, result.time)


_RELATIVE_WORDS_RE = recache.pattern(r"(?:يوم )?(اول امس|امس الاول|امس|البارحه|اليوم|غدا)")


def _relative_words(folded_text: str, now: dt.datetime | None) -> DateResult | None:
    """Whole-string relative days: أمس, اليوم, أول أمس (with an optional time after)."""
    folded = " ".join(folded_text.split())
    m = _RELATIVE_WORDS_RE.match(folded)
    if m is None:
        return None
    rest = folded[m.end() :].strip(" ,،-")
    days = keys()["day"][m.group(1)][0]
    base = (now or dt.datetime.now()).date() - dt.timedelta(days=days)
    result = DateResult(date=base, relative=True)
    if rest:
        times = [x for x in find_dates(rest) if x.kind == "time" and x.time is not None]
        if not times:
            return None
        result.time, result.seconds, result.zone = times[0].time, times[0].seconds, times[0].zone
    return result
