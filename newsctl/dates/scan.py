"""The date engine: ``find_dates``, every date and time in a text, with spans and lines.

It reads the folded text (``newsctl.text.fold``) with the one grammar
(``newsctl.dates.grammar``), and checks every date they find: an impossible date is reported, never rolled over.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Final, Literal, NamedTuple

from newsctl import recache
from newsctl.dates import calendars
from newsctl.dates.grammar import keys, mention_re
from newsctl.dates.markers import Meridiem, to_24h
from newsctl.dates.months import Calendar
from newsctl.dates.timefmt import TimeText
from newsctl.dates.zones import utc_offset, zone_for_word
from newsctl.errors import ImpossibleDateError, NoDateError
from newsctl.text.digits import digit_system_of
from newsctl.text.fold import Folded

Kind = Literal["date", "time", "relative"]


@dataclass
class DateMention(TimeText):
    """One date, time or relative expression found in a text."""

    text: str  # as written in the original text
    start: int  # character offsets in the original text
    end: int
    line: int  # 1-based line number of ``start``
    kind: Kind
    date: dt.date | None = None  # Gregorian; None for a time alone, a partial or impossible date
    time: dt.time | None = None
    seconds: bool = False  # the time was written with seconds
    zone: str | None = None  # IANA zone named in the text
    offset: dt.timedelta | None = None  # explicit numeric offset, or the zone's on that date
    calendar: Calendar | None = None  # the calendar the date was written in
    month_system: str | None = None  # egyptian, levantine, maghrebi, moroccan, english, ...
    stated: tuple[int | None, int, int] | None = None  # (year, month, day) as written
    weekday: int | None = None  # weekday named in the text (Monday is 0)
    weekday_text: str | None = None  # as written
    weekday_span: tuple[int, int] | None = None  # of the weekday name, in the original text
    partial: bool = False  # a day and month without a year
    relative: bool = False
    error: str | None = None  # why the date is impossible


# --- reading one match -------------------------------------------------------------------


def table_key(matched: str) -> str:
    """The table key of a matched word: the match is already folded; case and spaces remain."""
    if " " in matched:
        matched = " ".join(matched.split())
    return matched.lower() if matched.isascii() else matched


def _int(text: str | None) -> int | None:
    return None if text is None else int(text)


def _read_time(g: dict[str, str | None], p: str) -> tuple[dt.time, bool] | None:
    hour = _int(g[f"{p}_h"])
    if hour is None:
        return None
    minute = _int(g[f"{p}_m"]) or 0
    second = _int(g[f"{p}_s"])
    marker = g[f"{p}_mer"]
    meridiem: Meridiem | None = None
    if marker is not None:
        meridiem = keys()["marker"][table_key(marker)][1]  # type: ignore[assignment]
    hour24 = to_24h(hour, meridiem)
    if hour24 is None or minute > 59 or (second is not None and second > 59):
        raise ImpossibleDateError(
            f"there is no time {hour}:{minute:02d}{'' if second is None else f':{second:02d}'}"
            + (f" {marker}" if marker else "")
        )
    return dt.time(hour24, minute, second or 0), second is not None


_OFFSET_RE = recache.pattern(r"([+-]) {0,2}(\d{1,2})(?::?(\d{2}))?")


def _read_offset(text: str) -> dt.timedelta | None:
    m = _OFFSET_RE.fullmatch(text.strip())
    if m is None:
        return None
    hours, minutes = int(m.group(2)), int(m.group(3) or 0)
    if hours > 14 or minutes > 59:
        return None
    delta = dt.timedelta(hours=hours, minutes=minutes)
    return -delta if m.group(1) == "-" else delta


class _Zone(NamedTuple):
    zone: str | None
    offset: dt.timedelta | None
    end: int  # end of the zone text in the folded string (it may be shorter than the match)


def _read_zone(m: re.Match[str], g: dict[str, str | None], p: str) -> _Zone | None:
    """The zone in group prefix ``p``; None when absent or when the words name no zone."""
    if g[p + "_z"] is None:
        return None
    if m.group(f"{p}_zg") is not None:
        extra = m.group(f"{p}_zgo")
        offset = _read_offset(extra) if extra else dt.timedelta(0)
        return _Zone("UTC" if not extra else None, offset, m.end(f"{p}_z"))
    if m.group(f"{p}_zn") is not None:
        return _Zone(None, _read_offset(m.group(f"{p}_zn")), m.end(f"{p}_z"))
    words_group = f"{p}_zw" if m.group(f"{p}_zw") is not None else f"{p}_zp"
    words = m.group(words_group)
    zone = zone_for_word(words)
    if zone is not None:
        shift = m.group(f"{p}_zpo") if words_group == f"{p}_zp" else None
        if shift and zone == "UTC":  # "(GMT+03:00)": an offset from Greenwich, not Greenwich
            return _Zone(None, _read_offset(shift), m.end(f"{p}_z"))
        return _Zone(zone, None, m.end(f"{p}_z"))
    if words_group == f"{p}_zw" and " " in words:  # "بتوقيت القاهرة اليوم": the first word only
        first = words.split()[0]
        zone = zone_for_word(first)
        if zone is not None:
            return _Zone(zone, None, m.start(words_group) + len(first))
    return None


def _read_date(g: dict[str, str | None], folded: str) -> DateMention:
    """The date part of a match (span fields are filled in by the caller)."""
    k = keys()
    mention = DateMention(text="", start=0, end=0, line=0, kind="date")
    year: int | None
    if g["gm"] is not None or g["md"] is not None:
        name = g["gm"] or g["md"]
        second = g["gm2"] or g["md2"]
        assert name is not None
        month, system = k["month"][table_key(name)]
        if second is not None:
            month2 = k["month"][table_key(second)][0]
            if month2 != month:
                raise ImpossibleDateError(f"the month names {name} and {second} disagree")
        day = int(g["gd"] or g["mdd"] or 0)
        year = _int(g["gy"] or g["mdy"])
        mention.calendar, mention.month_system = "gregorian", system
    elif g["hm"] is not None:
        month, _ = k["hijri"][table_key(g["hm"])]
        day, year = int(g["hd"] or 0), _int(g["hy"])
        mention.calendar, mention.month_system = "hijri", "hijri"
    elif g["jm"] is not None:
        month, _ = k["jalali"][table_key(g["jm"])]
        day, year = int(g["jd"] or 0), _int(g["jy"])
        mention.calendar, mention.month_system = "jalali", "jalali"
    else:
        if g["ny"] is not None:
            day, month, year = int(g["nd"] or 0), int(g["nm"] or 0), int(g["ny"])
            hijri_suffix = g["nhs"] is not None
        else:
            year, month, day = int(g["yy"] or 0), int(g["ym"] or 0), int(g["yd"] or 0)
            hijri_suffix = g["yhs"] is not None
        mention.month_system = "numeric"
        mention.calendar = _numeric_calendar(year, hijri_suffix, folded)
    mention.stated = (year, month, day)
    if year is None:
        mention.partial = True
        if not 1 <= month <= 12 or not 1 <= day <= 31:
            raise ImpossibleDateError(f"there is no day {day} of month {month}")
        if mention.calendar == "gregorian" and day > (
            29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31
        ):
            raise ImpossibleDateError(f"month {month} has no day {day}")
        return mention
    assert mention.calendar is not None
    mention.date = calendars.to_gregorian(mention.calendar, year, month, day)
    return mention


def _numeric_calendar(year: int, hijri_suffix: bool, folded: str) -> Calendar:
    if hijri_suffix:
        return "hijri"
    lo, hi = calendars.HIJRI_YEARS
    if lo <= year <= hi:
        # A numeric year of 1343-1500 with no هـ: Solar Hijri when written in Persian digits,
        # otherwise Hijri (Arabic pages write Solar Hijri years with month names).
        return "jalali" if digit_system_of(folded) == "persian" else "hijri"
    return "gregorian"


def _read_relative(g: dict[str, str | None], now: dt.datetime) -> tuple[dt.datetime, bool]:
    """(moment, has_time) for "منذ 3 أيام", "قبل ساعتين"."""
    unit_word = g["ru"]
    assert unit_word is not None
    implied, unit = keys()["unit"][table_key(unit_word)]
    count = _int(g["rn"]) or implied
    if not count:  # "منذ ساعات", "قبل أيام": some hours, some days; no date can be had
        raise NoDateError(f"{unit_word!r} without a number is not a date")
    return shift(now, unit, count)


def shift(now: dt.datetime, unit: str, count: int) -> tuple[dt.datetime, bool]:
    """``now`` moved back ``count`` units; the flag says whether the time of day is meaningful."""
    if unit in ("seconds", "minutes", "hours"):
        return now - dt.timedelta(**{unit: count}), True
    if unit in ("days", "weeks"):
        return now - dt.timedelta(**{unit: count}), False
    months = count * (12 if unit == "years" else 1)
    y, mo = divmod(now.year * 12 + (now.month - 1) - months, 12)
    import calendar as _cal

    day = min(now.day, _cal.monthrange(y, mo + 1)[1])
    return now.replace(year=y, month=mo + 1, day=day), False


# --- the public functions ----------------------------------------------------------------


def _line_starts(text: str) -> list[int]:
    starts = [0]
    find = text.find
    pos = find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return starts


# Every date and time holds a digit, and starts at most BEFORE characters before its first digit
# (a weekday, a zone, "الساعة") and ends at most AFTER characters past its last one (a marker, a
# zone in words); relative expressions start with منذ or قبل. The grammar only runs in windows
# around those anchors, a cheap check before the expensive one.
_BEFORE, _AFTER = 32, 48
_DIGITS_RE: Final = recache.pattern(r"\d+")
# Where a mention can start inside a window: a run of digits, the first letter of a word, or a
# parenthesis or sign (a zone); the grammar is tried at those places only.
_START_RE: Final = recache.pattern(r"\d+|(?<![^\W\d_])[^\W\d_]|[(+\-]")


def _anchors(folded: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _DIGITS_RE.finditer(folded)]
    for word in ("منذ", "قبل"):
        pos = folded.find(word)
        while pos != -1:
            spans.append((pos, pos + 3))
            pos = folded.find(word, pos + 3)
    spans.sort()
    return spans


def _windows(folded: str) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    size = len(folded)
    for anchor_start, anchor_end in _anchors(folded):
        start, end = max(0, anchor_start - _BEFORE), min(size, anchor_end + _AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def scan(folded: str, now: dt.datetime | None) -> list[tuple[int, DateMention]]:
    """(start, mention) for every match in folded text; spans still in folded coordinates."""
    found = []
    match = mention_re().match
    for start, end in _windows(folded):
        last = start
        for candidate in _START_RE.finditer(folded, start, end):
            pos = candidate.start()
            if pos < last:
                continue
            m = match(folded, pos, end)
            if m is None:
                continue
            last = m.end()
            mention = _mention(m, now)
            if mention is not None:
                found.append((pos, mention))
    return found


def find_dates(text: str, *, now: dt.datetime | None = None) -> list[DateMention]:
    """Every date, time and relative expression in ``text``, in order, with spans and lines.

    Impossible dates are returned with ``error`` set and no ``date``; nothing is rolled over.
    Relative expressions ("منذ 3 أيام") are resolved against ``now`` (default: the current time).
    """
    return find_in(Folded(text), now=now)


def find_in(folded: Folded, *, now: dt.datetime | None = None) -> list[DateMention]:
    """``find_dates`` on a text already folded (the parser folds an article once)."""
    from bisect import bisect_right

    text = folded.original
    found = scan(folded.text, now)
    starts = _line_starts(text) if found else []
    for start, mention in found:
        locate(mention, start, folded)
        mention.line = bisect_right(starts, mention.start)
    return [mention for _, mention in found]


def locate(mention: DateMention, start: int, folded: Folded) -> None:
    """Map a mention's folded span (and its weekday's) onto the original text."""
    text = folded.original
    a, b = folded.span(start, mention.end)
    mention.start, mention.end, mention.text = a, b, text[a:b]
    if mention.weekday_span is not None:
        mention.weekday_span = folded.span(*mention.weekday_span)
        mention.weekday_text = text[slice(*mention.weekday_span)]


def _mention(m: re.Match[str], now: dt.datetime | None) -> DateMention | None:
    """Interpret one match; ``end`` is left in folded coordinates for the caller to map."""
    g = m.groupdict()
    end = m.end()
    try:
        if g["rel"] is not None:
            try:
                moment, has_time = _read_relative(g, now or dt.datetime.now())
            except NoDateError:
                return None
            return DateMention(
                text="",
                start=0,
                end=end,
                line=0,
                kind="relative",
                date=moment.date(),
                time=moment.time().replace(second=0, microsecond=0) if has_time else None,
                relative=True,
                calendar="gregorian",
            )
        zone_parts = [z for z in (_read_zone(m, g, p) for p in "acdfgi") if z is not None]
        if m.group("date") is not None:
            mention = _read_date(g, m.group("date"))
            t_prefix = "b" if g["t0"] is not None else "e" if g["t1"] is not None else None
            if g["wd"] is not None:
                mention.weekday = keys()["weekday"][table_key(g["wd"])][0]
                mention.weekday_span = m.span("wd")
        else:
            mention = DateMention(text="", start=0, end=0, line=0, kind="time")
            t_prefix = "h"
        if t_prefix is not None:
            read = _read_time(g, t_prefix)
            if read is not None:
                mention.time, mention.seconds = read
        # A trailing zone group that named no zone is not part of the mention.
        for p in "gfid":
            if g[p + "_z"] is not None and _read_zone(m, g, p) is None:
                end = min(end, m.start(p + "_z"))
        end = _trim(m, end)
        if zone_parts:
            mention.zone = next((z.zone for z in zone_parts if z.zone), None)
            explicit = next((z.offset for z in zone_parts if z.offset is not None), None)
            mention.offset = explicit
        if mention.offset is None and mention.zone is not None and mention.date is not None:
            mention.offset = utc_offset(mention.zone, mention.date, mention.time)
    except ImpossibleDateError as exc:
        mention = DateMention(text="", start=0, end=end, line=0, kind="date", error=str(exc))
        return mention
    mention.end = end
    return mention


def _trim(m: re.Match[str], end: int) -> int:
    """Drop trailing separators and spaces a match may have taken after its last part."""
    text = m.string
    while end > m.start() and text[end - 1] in " ,،|-/":
        end -= 1
    return end
