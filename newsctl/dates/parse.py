"""``parse_date``: the date (and time, zone, weekday) of a short string such as a dateline.

It reads with the engine of ``newsctl.dates.scan``; the commonest whole strings are read by
splitting them on spaces first, a cheap check before the full grammar.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any, Final, NamedTuple

from newsctl.dates import calendars, rules
from newsctl.dates.lexicon import lexicon
from newsctl.dates.markers import to_24h
from newsctl.dates.mention import DateMention
from newsctl.dates.months import Calendar
from newsctl.dates.scan import (
    forum_day_first,
    forum_stamp,
    line_starts,
    mention,
    scan,
    units_shift,
)
from newsctl.dates.timefmt import NO_ZONE, TimeText, in_utc, join_iso
from newsctl.dates.weekdays import arabic_name
from newsctl.dates.zones import ZONE_ABBREVIATIONS, resolve_zone, utc_offset
from newsctl.errors import DateError, ImpossibleDateError, NoDateError
from newsctl.text.fold import Folded, fold_text


class _DateValues(NamedTuple):
    """The fields of a DateResult (a named tuple: a value, made once, and cheap to make)."""

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
    warnings: tuple[tuple[str, str], ...] = ()
    forms: tuple[str, ...] = ()  # how it was written: month-name, numeric, relative, reordered ...
    month_system: str | None = None  # egyptian, levantine, numeric, hijri, ... (see DateMention)


class DateResult(_DateValues, TimeText):
    """The reading of one date string (``parse_date``), a value: made once."""

    __slots__ = ()

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
            "forms": list(self.forms),
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
        """The same instant expressed in UTC; a date without a time is left as it is, and a
        time whose zone is unknown too, with the ``no-zone`` note (as ``parse --utc`` does)."""
        if self.time is None:
            return self
        if self.offset is None:
            return self._replace(warnings=(*self.warnings, ("no-zone", NO_ZONE)))
        moment = in_utc(self.date, self.time, self.offset)
        return DateResult(
            date=moment.date(),
            time=moment.time(),
            seconds=self.seconds,
            offset=dt.timedelta(0),
            zone="UTC",
            calendar=self.calendar,
            relative=self.relative,
            partial=self.partial,
            warnings=self.warnings,
            forms=self.forms,
            month_system=self.month_system,
        )


def parse_date(text: str, *, now: dt.datetime | None = None, tz: str | None = None) -> DateResult:
    """Read the date (and time, zone, weekday) in a short string such as a dateline or header.

    ``tz`` is the zone for text that names none (an IANA name or an Arabic place name); ``now``
    the moment relative expressions (منذ 3 أيام, أمس) count from (default: now). A string is
    read from its start: its first 65,536 characters.
    Raises NoDateError when there is nothing to read, ImpossibleDateError for a date that does
    not exist or lies outside the supported range.
    """
    text = text[:PARSE_CHARS]  # a date string is short: a 4 MB line is read from its start
    folded_text = fold_text(text)
    result = _simple(folded_text, now) if len(folded_text) < SIMPLE_CHARS else None
    if result is None:
        result = _full(Folded(text, folded_text), now or dt.datetime.now())
    note = rules.weekday_note(result.date, result.stated_weekday)
    zone, offset = result.zone, result.offset
    if zone is None and offset is None and tz is not None:
        zone = resolve_zone(tz)
    if offset is None and zone is not None and result.time is not None:
        offset = utc_offset(zone, result.date, result.time)
    if note is None and zone is result.zone and offset is result.offset:
        return result  # the commonest case: nothing to add (a value: no copy needed)
    warnings = result.warnings if note is None else (*result.warnings, (note.code, note.message))
    return result._replace(warnings=warnings, zone=zone, offset=offset)


def _full(folded: Folded, now: dt.datetime) -> DateResult:
    """Every mention of the string through the grammar; the date is the first full one (the
    Gregorian half of a dual date), with a time written apart from it."""
    readings = scan(
        folded.text, whole=len(folded.text) <= 256, limit=PARSE_MENTIONS, attempts=PARSE_ATTEMPTS
    )
    starts = line_starts(folded.original)
    day_first = forum_day_first(folded.original)
    mentions = [
        mention(r, tokens, folded, starts, now, day_first=day_first) for r, tokens in readings
    ]
    for m in mentions:
        if m.error is not None:
            raise ImpossibleDateError(m.error, m.text)
    dated = [m for m in mentions if (m.date is not None and m.kind != "time") or m.partial]
    if not dated:
        raise NoDateError("no date found" + (" (only a time)" if mentions else ""))
    first = dated[0]
    group = [first, *(m for m in dated[1:] if rules.dual(first, m, folded.original))]
    main = rules.primary(group)
    if main.date is None:
        raise NoDateError("no year: a partial date, not a full one", main.text)
    clock: DateMention | None = main if main.time is not None else None
    if clock is None:
        clock = rules.clock_for(main, mentions, folded.original)
    hijri = next((m for m in group if m.calendar == "hijri" and m is not main), None)
    dual = hijri is not None and hijri.stated is not None and hijri.stated[0] is not None
    note = rules.hijri_note(main, group, folded.original)
    notes = [] if note is None else [(note.code, note.message)]
    notes += [(n.code, n.message) for n in rules.form_notes(main)]
    forms = tuple(dict.fromkeys(f for m in group for f in m.forms))
    return DateResult(
        date=main.date,
        time=clock.time if clock else None,
        seconds=clock.seconds if clock else False,
        zone=main.zone or (clock.zone if clock else None),
        offset=main.offset if main.offset is not None else (clock.offset if clock else None),
        calendar=main.calendar or "gregorian",
        relative=main.relative,
        stated_weekday=next((m.weekday for m in group if m.weekday is not None), None),
        stated_hijri=hijri.stated if dual and hijri is not None else None,  # type: ignore[arg-type]
        forms=(*forms, "dual") if dual else forms,
        warnings=tuple(notes),
        month_system=main.month_system,
    )


PARSE_CHARS = 1 << 16
PARSE_MENTIONS = 64  # the first date of a string, its twin and its time are among these
PARSE_ATTEMPTS = 4096  # places tried in one string: a date string is short (a 4 MB line is not)
SIMPLE_CHARS = 64  # longer strings go to the full grammar at once


@lru_cache(maxsize=1)
def _simple_words() -> tuple[dict[str, tuple[int, str]], dict[str, int], dict[str, str]]:
    """One-word month, weekday and marker names -> (month, its system), weekday number,
    meridiem; two-word months too (``كانون الاول``, ``جمادي الاولي``), their words joined by a
    space. Hijri months are keyed with HIJRI_KEY before them (they need a Hijri year)."""
    months: dict[str, tuple[int, str]] = {}
    weekdays: dict[str, int] = {}
    markers: dict[str, str] = {}
    for key, bucket in lexicon().items():
        for rest, entry in bucket:
            if len(rest) <= 1 and entry.cat in ("month", "hijri"):
                name = f"{key} {rest[0]}" if rest else key
                prefix = HIJRI_KEY if entry.cat == "hijri" else ""
                months.setdefault(prefix + name, (entry.num, entry.name))
            if rest:
                continue
            if entry.cat == "month":
                continue  # taken above
            elif entry.cat == "weekday":
                weekdays.setdefault(key, entry.num)
            elif entry.cat == "marker":
                markers.setdefault(key, entry.name)
    return months, weekdays, markers


@lru_cache(maxsize=1)
def _unit_words() -> dict[str, tuple[str, int]]:
    """One-word units of a relative count (عام, ساعتين, أيام) -> (unit, the count the word says:
    1, 2 for a dual, 0 or -1 for a form that needs a number)."""
    return {key: (entry.name, entry.num) for key, bucket in lexicon().items()
            for rest, entry in bucket if not rest and entry.cat == "unit"}  # fmt: skip


@lru_cache(maxsize=1)
def _number_words() -> dict[str, int]:
    """Numbers written as one word (ثلاثة, عشر) -> their value, when no longer number phrase
    opens with the word (ثلاثة عشر: the grammar reads those)."""
    return {key: entry.num for key, bucket in lexicon().items() for rest, entry in bucket
            if not rest and entry.cat == "number"
            and not any(r and e.cat == "number" for r, e in bucket)}  # fmt: skip


def _relative(words: list[str], now: dt.datetime) -> DateResult | None:
    """``منذ عام``, ``قبل 3 أيام``: since or ago, a count of digits or none, one unit; what the
    grammar's relative reading says of it (None for anything else: the grammar reads it)."""
    if words[0] not in _SINCE or not 2 <= len(words) <= 3:
        return None
    unit = _unit_words().get(words[-1])
    if unit is None:
        return None
    name, says = unit
    if len(words) == 3:
        count = words[1]
        if count.isdecimal() and count.isascii() and len(count) <= 3:
            amount = int(count)
        elif (number := _number_words().get(count)) is not None:
            amount = number  # منذ ثلاثة أيام
        else:
            return None  # a number the grammar reads otherwise
        if says == 2:
            return None  # 3 يومين: the grammar reads no count there
    elif says > 0:
        amount = says
    else:
        return None  # منذ ساعات: some hours, no count
    shift = units_shift({name: amount})
    date, time = shift.resolve(now)
    return DateResult(
        date=date, time=time, offset=shift.offset(now), relative=True, forms=("relative",)
    )


def _simple(folded: str, now: dt.datetime | None) -> DateResult | None:
    """The commonest whole strings, read by splitting on spaces: ``[weekday [- ،] [الموافق]]
    DATE [م] [- | / ،] [[الساعة] h:mm[:ss] [marker]] [.]``, DATE being ``d MONTH yyyy`` (the month
    named twice, ``16 أوت/أغسطس``, or set apart by slashes, ``2 / أكتوبر / 2025``), ``MONTH d,
    yyyy`` (commas after the day or the month, the era's letter glued to the year or not) or a
    numeric date in one word (``d/m/yyyy``, ``yyyy-mm-dd``, ``d.m.yyyy``; month first when only
    that reading is a date, or in vBulletin's default stamp; Hijri with the era's letter); a
    relative count (``منذ عام``, ``قبل 3 أيام``, ``منذ ثلاثة أيام``, from ``now``); a lone time or
    hour (NoDateError: no date) and ``[weekday] d MONTH`` (NoDateError: no year); None sends the
    text to the full grammar. It says exactly what the grammar says wherever it answers
    (tests/test_properties.py); digits are decimal digits (``²`` is not one)."""
    words = folded.split()
    if not 1 <= len(words) <= 12:
        return None
    if words[-1].endswith(".") and words[-1] != ".":  # 18 سبتمبر 1963م.: a sentence's stop
        words[-1] = words[-1][:-1]
    if words[0] in _SINCE:
        return _relative(words, now or dt.datetime.now())
    if len(words) == 1 and len(words[0]) >= 16 and (stamp := _ISO_STAMP_RE.fullmatch(words[0])):
        return _iso_stamp(stamp)  # 2021-02-27T20:12:57+02:00: a page's markup, a feed's field
    months, weekdays, markers = _simple_words()
    head = words[0].rstrip("،,").lower()
    opening = _time_opening(words) if words[0] in _TIME_FIRSTS else 0  # عند الساعة ...
    if not (head[:1].isdecimal() or head in weekdays or head in months or head in _OPENERS
            or head in _ordinal_firsts() or opening):  # fmt: skip
        return None  # a cheap reject: no form of the quick path opens with this word
    clock_words = words[opening:]
    if (opening or ":" in head) and len(clock_words) <= 5:  # a time alone (its zone): no date
        bare = _zone_after(clock_words)[1] if len(clock_words) > 1 else clock_words
        if len(bare) <= 2 and _clock(bare, markers) is not None:
            raise NoDateError("no date found (only a time)")
        if opening and _hour_alone(bare, markers):
            raise NoDateError("no date found (only a time)")  # الساعة 4, الساعة العاشرة ليلا
    if ":" in head and len(words) >= 2 and not opening:
        return _time_first(words, markers, now)  # 10:08 صباحا - 24 نوفمبر, 2024
    if words[0] == "يوم" and len(words) > 1:  # يوم الثلاثاء 12/03/2024
        words = words[1:]
    weekday: int | None = weekdays.get(words[0].rstrip("،,").lower())
    if weekday is not None:
        words = words[1:]
        if words and words[0] in _WEEKDAY_GLUE:  # الإثنين - 09 فبراير 2026: a mark after it
            words = words[1:]
        if words and words[0] == _AGREEING:  # الأربعاء الموافق 22 مارس 2023
            words = words[1:]
        if not words:
            return None
    words, worded = _spaced(words, months)
    if len(words) >= 2:
        joined = _one_month(words, months)
        if joined is None:
            return None
        words = joined
    named = months.get(words[1].rstrip("،,").lower()) if len(words) >= 2 else None
    if named is not None and (
        len(words) == 2 or (":" in words[2] and _clock(words[2:], markers) is not None)
    ):
        # [weekday] d MONTH [time]: no year (a day the month has in a leap year; the grammar
        # words the others)
        day = words[0]
        if day.isdecimal() and len(day) <= 2 and 1 <= int(day) <= calendars.longest_month(named[0]):
            raise NoDateError("no year: a partial date, not a full one")
        return None
    if len(words) >= 4:  # 12 كانون الاول 2024, 12 جمادي الاولي 1447
        pair = f"{words[1]} {words[2]}".rstrip("،,")
        if pair in months or HIJRI_KEY + pair in months:
            words = [words[0], pair, *words[3:]]
    calendar: Calendar = "gregorian"
    try:
        hijri = len(words) >= 3 and HIJRI_KEY + words[1] in months
        if not hijri and len(words) >= 3 and (year_text := _year(words[2], GREGORIAN_ERA)):
            first, second = words[0].rstrip("،,"), words[1].rstrip("،,")
            named = months.get(second.lower())
            day_text = first
            if named is None and (named := months.get(first.lower())) is not None:
                if words[0][-1:] in "،,":
                    return None  # MONTH, d yyyy: the grammar reads it (in visual order)
                day_text = second  # MONTH d, yyyy: the English order
            day_first = day_text is first
            suffixed = not day_text.isdecimal() and day_text[-2:].lower() in _ORDINAL_SUFFIXES
            if suffixed:  # 26th September, May 5th
                day_text = day_text[:-2]
            if named is None or len(day_text) > 2 or not day_text.isdecimal():
                return None
            month, system = named
            date = calendars.gregorian(int(year_text), month, int(day_text))
            forms: tuple[str, ...] = ("month-name", "words") if worded else ("month-name",)
            if suffixed and day_first:
                forms = (*forms, "ordinal")  # the grammar's form for a day written first
            rest = words[3:]
        elif hijri and (year_text := _year(words[2], HIJRI_ERA)) is not None:
            named = months.get(HIJRI_KEY + words[1])  # d HIJRI-MONTH yyyy[هـ]
            lo, hi = calendars.HIJRI_YEARS
            if named is None or not words[0].isdecimal() or len(words[0]) > 2:
                return None
            if not lo <= int(year_text) <= hi:
                return None
            month, system = named
            date = calendars.hijri_to_gregorian(int(year_text), month, int(words[0]))
            if worded:
                return None  # غرة شهر رمضان 1444: the grammar reads a Hijri day in words
            forms, rest, calendar = ("hijri",), words[3:], "hijri"
            if rest and rest[0] == HIJRI_ERA:
                rest = rest[1:]
        elif len(numeric := words[0].rstrip("،,")) <= 11 and (mark := _numeric_mark(numeric)):
            first, month_text, last = numeric.split(mark)  # d/m/yyyy, yyyy-mm-dd, d.m.yyyy
            # the Hijri era's letter glued to the date or after it (4/4/1423هـ, 1442/03/05 هـ)
            hijri = last.endswith(HIJRI_ERA) or words[1:2] == [HIJRI_ERA]
            last = last.removesuffix(GREGORIAN_ERA).removesuffix(HIJRI_ERA)
            if len(first) == 4 and len(last) <= 2:
                year, day, year_last = first, last, False
            elif len(last) == 4 and len(first) <= 2:
                year, day, year_last = last, first, True
            else:
                return None
            if not (day.isdecimal() and month_text.isdecimal() and year.isdecimal()):
                return None
            if len(month_text) > 2:
                return None
            forms = ("numeric",)
            rest, system = words[1:], "numeric"
            if hijri:
                lo, hi = calendars.HIJRI_YEARS
                if not lo <= int(year) <= hi or int(month_text) > 12:
                    return None
                date = calendars.hijri_to_gregorian(int(year), int(month_text), int(day))
                calendar, rest = "hijri", rest[1:] if rest[:1] == [HIJRI_ERA] else rest
            elif year_last and int(month_text) > 12 >= int(first):  # 05-21-2024: month first
                day, month_text, forms = month_text, first, ("numeric", "month-first")
            elif mark == "-" and words[0].endswith(",") and _ambiguous(first, month_text, words):
                if not (folded.isascii() and forum_stamp(folded)):
                    return None  # perhaps a forum's month-first stamp: the grammar decides
                # 07-02-2010, 10:38 AM: vBulletin's default stamp, month first
                day, month_text, forms = month_text, first, ("numeric", "month-first")
            if not hijri:
                lo, hi = calendars.GREGORIAN_YEARS
                if not lo <= int(year) <= hi:
                    return None  # a Hijri or Solar Hijri year: the full grammar decides
                date = calendars.gregorian(int(year), int(month_text), int(day))
        else:
            return None
    except ImpossibleDateError:
        return None  # the full grammar words the error
    if weekday is not None and weekday != date.weekday():
        return None  # the full grammar weighs the other readings and words the note
    if rest and rest[0] == GREGORIAN_ERA and calendar == "gregorian":  # 2024 م
        rest = rest[1:]
    if rest and rest[0] in _CLOCK_GLUE:  # 12/03/2024 - 10:30, ... | 10:30
        rest = rest[1:]
    if rest and rest[0] == "الساعه":
        rest = rest[1:]
    if not rest:  # a date alone
        return DateResult(
            date=date, calendar=calendar, stated_weekday=weekday, forms=forms, month_system=system
        )
    zone, rest = _zone_after(rest)
    offset = None
    if zone is None and len(rest) >= 2 and rest[-1][:1] in "+-":  # 13:24:41 +0300
        if (offset := _utc_offset(rest[-1])) is None:
            return None
        rest = rest[:-1]
    clock = _clock(rest, markers)
    if clock is None:
        return None
    if zone is not None:
        offset = utc_offset(zone, date, clock[0])
    return DateResult(
        date=date,
        time=clock[0],
        seconds=clock[1],
        offset=offset,
        zone=zone,
        calendar=calendar,
        stated_weekday=weekday,
        forms=forms,
        month_system=system,
    )


@lru_cache(maxsize=1)
def _zone_words() -> dict[str, str]:
    """Zones named in words (عدن, مكة المكرمة, gmt) -> their IANA name, the words as the text
    splits them on spaces (names holding marks, ت.غ, are left to the grammar)."""
    found: dict[str, str] = {}
    for key, bucket in lexicon().items():
        for rest, entry in bucket:
            words = (key, *rest)
            if entry.cat == "zone" and all(w.isalpha() for w in words):
                found.setdefault(" ".join(words), entry.name)
    return found


def _zone_after(words: list[str]) -> tuple[str | None, list[str]]:
    """The zone named at the end of a time's words (``09:08 ص بتوقيت عدن``, ``04:54 GMT``) and
    the words before it: after توقيت or بتوقيت, or Greenwich's name or a Latin abbreviation
    alone (as the grammar reads them); (None, the words) when there is none."""
    names = _zone_words()
    for size in (2, 1):
        if len(words) > size + 1 and words[-size - 1] in _ZONE_GLUE:
            name = names.get(" ".join(words[-size:]).lower())
            if name is not None:
                return name, words[: -size - 1]
    last = words[-1].lower()
    name = names.get(last) if len(words) > 1 else None
    if name is not None and (name == "UTC" or last in ZONE_ABBREVIATIONS):
        return name, words[:-1]
    return None, words


def _spaced(words: list[str], months: dict[str, tuple[int, str]]) -> tuple[list[str], bool]:
    """A day's words as the grammar's tokens see them: a day, a month's name and a year glued
    (``18يناير2017``, ``23حزيران``, ``سبتمبر2013م``) set apart, the little words between
    them left out (``28 من يونيو``, ``1 مارس عام 1920``, ``20 مارس سنة 1949``), and a day in
    words written in digits (``الرابع من نوفمبر``: 4, ``السابع عشر من شهر فبراير``: 17), said
    by the second value (the grammar adds the form ``words``)."""
    worded = False
    if len(words) == 1 and words[0].translate(_NO_MARKS).isdecimal():
        return words, worded  # 2024-03-12: a numeric date, nothing glued
    plain = len(words) >= 3 and words[0].isdecimal() and words[2].isdecimal()
    if plain and words[1].isalpha() and words[1] not in _OF:
        return words, worded  # 12 مارس 2024 [10:30]: nothing glued, nothing between
    if words[0] in _ordinal_firsts() and (ordinal := _ordinal(words)) is not None:
        day, after = ordinal
        after = after[1:] if after[:1] == ["من"] else after
        after = after[1:] if after[:1] == ["شهر"] else after
        if after and (after[0].lower() in months or " ".join(after[:2]) in months):
            words, worded = [str(day), *after], True
    first = words[0]
    if first.isdecimal() or first[-1:] in _NUMERIC_MARKS:
        if len(words) >= 2 and (first[-1:] in _NUMERIC_MARKS or words[1][:1] in _NUMERIC_MARKS):
            words = _numeric_spaced(words)  # 11 /7 / 2024, 2014- 1- 19: one numeric date
    elif (glued := _GLUED_DATE_RE.fullmatch(first)) and glued.group(2).lower() in months:
        words = [w for w in glued.groups() if w] + words[1:]
    elif first.count("/") == 2 and (parts := first.split("/"))[1].lower() in months:
        words = [*parts, *words[1:]]  # 28/مارس/2024
    year_glued = len(words) >= 2 and words[1][-2:].isalnum() and not words[1].isalpha()
    glued = _GLUED_YEAR_RE.fullmatch(words[1]) if year_glued else None
    if glued is not None and glued.group(1).lower() in months:
        words = [words[0], *glued.groups(), *words[2:]]
    if len(words) >= 3 and words[1] in _OF and _names_month(words, 2, months):
        words = [words[0], *words[2:]]
    elif len(words) >= 3 and words[0][-2:] in _OF and _names_month(words, 1, months):
        words = [words[0][:-2], *words[1:]]  # 29من ذي الحجة
    if len(words) >= 4 and words[2] in _YEAR_WORDS and words[1].lower() in months:
        words = [*words[:2], *words[3:]]
    return words, worded


def _iso_stamp(stamp: re.Match[str]) -> DateResult | None:
    """An ISO 8601 stamp of a day and a time (seconds, their fraction and the offset or ``Z``
    optional), as the grammar reads it; None for what the grammar words or weighs (a date or
    time that does not exist, an offset past 14 hours, ``-00:00``)."""
    year, month, day, hours, minutes, seconds, utc, stated = stamp.groups()
    lo, hi = calendars.GREGORIAN_YEARS
    if not lo <= int(year) <= hi or int(hours) > 23 or int(minutes) > 59:
        return None
    if seconds is not None and int(seconds) > 59:
        return None
    try:
        date = calendars.gregorian(int(year), int(month), int(day))
    except ImpossibleDateError:
        return None
    offset = dt.timedelta(0) if utc else None
    if stated is not None and (offset := _utc_offset(stated)) is None:
        return None
    time = dt.time(int(hours), int(minutes), int(seconds or 0))
    return DateResult(
        date=date,
        time=time,
        seconds=seconds is not None,
        offset=offset,
        zone="UTC" if utc else None,
        forms=("numeric", "iso"),
        month_system="numeric",
    )


def _utc_offset(text: str) -> dt.timedelta | None:
    """A UTC offset written ``+03:00`` or ``-0500``, as the grammar takes it: None for one past
    14 hours and for ``-00:00`` (no zone known, the grammar's note) or other text."""
    found = _OFFSET_RE.fullmatch(text)
    if found is None:
        return None
    sign, hours, minutes = found.groups()
    if int(hours) > 14 or int(minutes) > 59 or (sign == "-" and hours == minutes == "00"):
        return None
    offset = dt.timedelta(hours=int(hours), minutes=int(minutes))
    return -offset if sign == "-" else offset


def _names_month(words: list[str], at: int, months: dict[str, tuple[int, str]]) -> bool:
    """A month's name (Gregorian or Hijri, in one word or two) begins at ``words[at]``."""
    one, two = words[at].lower(), " ".join(words[at : at + 2])
    return one in months or HIJRI_KEY + one in months or HIJRI_KEY + two in months


def _numeric_spaced(words: list[str]) -> list[str]:
    """A numeric date written with spaces about its marks (``11 /7 / 2024``, ``20 / 11 / 1436
    هـ``, ``17/ 08/ 2025م``) as one word, as the grammar's tokens join it; the words as they
    are when they hold no such date."""
    joined = ""
    for size, word in enumerate(words[:5], 1):
        joined += word
        mark = _numeric_mark(joined)
        digits = joined.translate(_NO_MARKS)
        if mark is not None and joined[-1:] != mark:
            last = digits.removesuffix(GREGORIAN_ERA).removesuffix(HIJRI_ERA)
            return [joined, *words[size:]] if last.isdecimal() else words
        if not digits.isdecimal():
            return words
    return words


@lru_cache(maxsize=1)
def _ordinal_words() -> dict[str, int]:
    """Days written as ordinal words (الرابع, الحادي عشر; its words joined by a space) -> the
    day."""
    return {" ".join((key, *rest)): entry.num for key, bucket in lexicon().items()
            for rest, entry in bucket if entry.cat == "ordinal"}  # fmt: skip


@lru_cache(maxsize=1)
def _ordinal_firsts() -> frozenset[str]:
    """The first words of the ordinal days (a cheap check before the table)."""
    return frozenset(words.split(" ", 1)[0] for words in _ordinal_words())


def _ordinal(words: list[str]) -> tuple[int, list[str]] | None:
    """A day in ordinal words at the start (two words before one, as the grammar takes the
    longest) and the words after it; None when the words open with none."""
    table = _ordinal_words()
    for size in (2, 1):
        day = table.get(" ".join(words[:size])) if len(words) > size else None
        if day is not None:
            return day, words[size:]
    return None


def _hour(word: str) -> bool:
    """An hour of the day in decimal digits (0 to 23), as ``الساعة 4`` gives it."""
    return word.isdecimal() and word.isascii() and len(word) <= 2 and int(word) <= 23


@lru_cache(maxsize=1)
def _hour_words() -> frozenset[str]:
    """The hours of the day in words (الثانية, الحادية عشرة: its words joined by a space)."""
    return frozenset(" ".join((key, *rest)) for key, bucket in lexicon().items()
                     for rest, entry in bucket if entry.cat == "hour")  # fmt: skip


def _hour_alone(words: list[str], markers: dict[str, str]) -> bool:
    """The words after الساعة are an hour and nothing else: in digits (``4``) or in words
    (``الثانية``, ``الحادية عشرة``), a marker after it (``9 مساء``, ``العاشرة ليلا``)."""
    if len(words) >= 2 and words[-1] in markers:
        words = words[:-1]
    if len(words) == 1 and _hour(words[0]):
        return True
    return 1 <= len(words) <= 2 and " ".join(words) in _hour_words()


def _time_opening(words: list[str]) -> int:
    """How many words open a time (``الساعة``, ``عند الساعة``, ``في تمام الساعة``): 0 for
    none."""
    for opening in _TIME_OPENINGS:
        if words[: len(opening)] == opening and len(words) > len(opening):
            return len(opening)
    return 0


def _time_first(
    words: list[str], markers: dict[str, str], now: dt.datetime | None
) -> DateResult | None:
    """``h:mm [marker] [- , |] DATE``: a time written before its date (``03:00 - 2026-01-11``,
    ``10:41 م, الاثنين, 10 يناير 2024``) as the grammar reads it: the date's reading with the
    time; None when the rest is no date alone, or opens with a month's name (``03:00 يناير 12
    2025``: the grammar may read it in visual order), the grammar decides."""
    for size in (2, 1):
        clock = _clock([w.rstrip("،,") for w in words[:size]], markers)
        if clock is not None and len(words) > size:
            break
    else:
        return None
    rest = words[size:]
    rest = rest[1:] if rest[0] in _CLOCK_GLUE else rest
    if not rest or ":" in rest[-1] or rest[0].rstrip("،,").lower() in _simple_words()[0]:
        return None
    try:
        found = _simple(" ".join(rest), now)
    except NoDateError:
        return None  # a partial date or none: the grammar words it
    if found is None or found.time is not None or found.relative:
        return None
    return found._replace(time=clock[0], seconds=clock[1])


def _one_month(words: list[str], months: dict[str, tuple[int, str]]) -> list[str] | None:
    """The words with a month named twice after the day made one (``16 أوت/أغسطس``, ``6 أبريل/
    نيسان``, ``22 أيار / مايو``: the first name, as the grammar keeps its system) and a day and a
    year set apart from the month by slashes read as spaces (``2 / أكتوبر / 2025``); the words as
    they are when neither; None when the two names say two months (the grammar words that)."""
    second = words[1]
    if second == "/" and len(words) >= 4 and words[3] == "/":  # d / MONTH / yyyy
        return [words[0], words[2], *words[4:]]
    if "/" in second and second.count("/") == 1:
        first_name, other = second.split("/")
        rest = words[2:]
        if not other and rest:  # ابريل/ نيسان
            other, rest = rest[0], rest[1:]
    elif len(words) >= 4 and words[2] == "/":  # ايار / مايو
        first_name, other, rest = second, words[3], words[4:]
    elif len(words) >= 3 and words[2][:1] == "(" and words[2][-1:] == ")":  # تموز (يوليو)
        first_name, other, rest = second, words[2][1:-1], words[3:]
    elif len(words) >= 4 and words[3][:1] == "(" and words[3][-1:] == ")":  # تشرين الاول (اكتوبر)
        first_name, other, rest = f"{second} {words[2]}", words[3][1:-1], words[4:]
    elif len(words) < 3 or words[2][:1].isdecimal():
        return words  # 12 مارس 2024: one name (the commonest case)
    else:
        return _twin_names(words, months)
    one, two = months.get(first_name.lower()), months.get(other.rstrip("،,").lower())
    if one is None or two is None:
        return _twin_names(words, months)
    if one[0] != two[0]:
        return None
    return [words[0], first_name + other[len(other.rstrip("،,")) :], *rest]


def _twin_names(words: list[str], months: dict[str, tuple[int, str]]) -> list[str] | None:
    """A month named twice where either name is two words (``7 كانون الثاني/يناير``, ``11
    أكتوبر/ تشرين الاول``, ``21 نوفمبر (تشرين الثاني)``, ``7 كانون الأول ديسمبر``) or with
    nothing between the names (``7 يونيو حزيران``), made one word: the first name; the words as
    they are when there is no such pair, None when the two names say two months."""
    pieces: list[str] = []
    for word in words[1:6]:  # the names' words, with a slash and brackets set apart
        if word[:1].isdecimal() or not _NAME_MARKS & set(word):
            pieces.append(word)
        else:
            pieces += [part for part in _NAME_MARKS_RE.split(word) if part]
    first = _month_at(pieces, 0, months)
    if first is None:
        return words
    at = len(first.split())
    mark = pieces[at] if at < len(pieces) and pieces[at] in ("/", "(") else ""
    at += bool(mark)
    second = _month_at(pieces, at, months)
    if second is None or (mark == "/" and " " not in first + second):
        return words  # no second name, or two one-word names: _one_month's forms
    at += len(second.split())
    if mark == "(":
        if pieces[at : at + 1] != [")"]:
            return words
        at += 1
    if months[first.lower()][0] != months[second.lower()][0]:
        return None
    return [words[0], first, *" ".join(pieces[at:]).split(), *words[6:]]


def _month_at(pieces: list[str], at: int, months: dict[str, tuple[int, str]]) -> str | None:
    """The month's name of two words or one at ``pieces[at]``."""
    for size in (2, 1):
        name = " ".join(pieces[at : at + size])
        if len(pieces) >= at + size and name.lower() in months:
            return name
    return None


def _ambiguous(first: str, second: str, words: list[str]) -> bool:
    """A date of two numbers up to 12 (either may be the month) and a time with a Latin am or pm
    after it: ``07-02-2010, 10:38 AM``."""
    numbers = first.isdecimal() and second.isdecimal() and int(first) <= 12 and int(second) <= 12
    return numbers and len(words) >= 3 and words[2].lower() in ("am", "pm")


GREGORIAN_ERA = "م"  # the Gregorian era's letter, after a year (2024م, 2024 م)
HIJRI_ERA = "ه"  # the Hijri era's letter, folded (1447هـ, 1447 ه)
HIJRI_KEY = "hijri:"  # before a Hijri month's name in the quick path's table
_CLOCK_GLUE = frozenset(("-", "|", "/", "،", ","))  # what may stand between a date and its time
_WEEKDAY_GLUE = frozenset(("-", "،", ","))  # and between a weekday and its date (as the grammar)
_SINCE = frozenset(("منذ", "قبل"))  # a relative count opens with one of these (folded)
_OPENERS = frozenset(("يوم", "الساعه"))  # other words a quick form may open with (folded)
# the words before a time of day (folded): at the hour, at exactly the hour
_TIME_OPENINGS: Final = (["الساعه"], ["عند", "الساعه"], ["علي", "الساعه"], ["في", "تمام", "الساعه"])
_TIME_FIRSTS: Final = frozenset(opening[0] for opening in _TIME_OPENINGS)
_AGREEING = "الموافق"  # "falling on", between a weekday and its date
_ZONE_GLUE = frozenset(("بتوقيت", "توقيت"))  # before a zone's name (folded)
_NUMERIC_MARKS = frozenset("/-.")  # between the numbers of a numeric date
_NO_MARKS: Final = str.maketrans("", "", "/-.")
_ORDINAL_SUFFIXES = frozenset(("st", "nd", "rd", "th"))  # an English day's ending: 5th, 1st
_OF = frozenset(("من",))  # between a day and its month: 28 من يونيو
_YEAR_WORDS = frozenset(("عام", "سنه"))  # before a year: 1 مارس عام 1920
# a day glued to a month's name, and maybe its year (18يناير2017); a month's name and its year
_GLUED_DATE_RE: Final = re.compile(r"(?<!\d)(\d{1,2})([^\W\d_]++)(\d{4}[^\W\d_]?)?")
_GLUED_YEAR_RE: Final = re.compile(r"(?<![^\W\d_])([^\W\d_]++)(\d{4}[^\W\d_]?)")
# an ISO 8601 stamp: day, time (seconds and their fraction optional), offset or Z optional
_ISO_STAMP_RE: Final = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.[0-9]{1,9})?)?"
    r"(?:([Zz])|([+-][0-9]{2}:?[0-9]{2}))?"
)
_OFFSET_RE: Final = re.compile(r"([+-])([0-9]{2}):?([0-9]{2})")
_NAME_MARKS = frozenset("/()")  # a slash or a bracket between two month names
_NAME_MARKS_RE: Final = re.compile(r"([/()])")
# h:mm[:ss], a marker maybe glued after it (06:52PM, 05:22م)
_CLOCK_RE: Final = re.compile(r"(\d{1,2}):(\d\d)(?::(\d\d))?([^\W\d_]*+)")


def _year(word: str, era: str) -> str | None:
    """A year of four decimal digits, the era's letter glued after it or not (``2024م``)."""
    word = word.rstrip("،,").removesuffix(era)  # 2013, 07:28 PM: a comma before the time
    return word if len(word) == 4 and word.isdecimal() else None


def _numeric_mark(word: str) -> str | None:
    """The separator of a numeric date written in one word (``12/08/2024``, ``2024-08-12``)."""
    return next((mark for mark in "/-." if word.count(mark) == 2), None)


def _clock(words: list[str], markers: dict[str, str]) -> tuple[dt.time, bool] | None:
    """``h:mm[:ss] [marker]`` in one or two words: the time and whether seconds are written."""
    if not 1 <= len(words) <= 2:
        return None
    found = _CLOCK_RE.fullmatch(words[0])
    if found is None:
        return None
    hours, minutes, seconds, glued = found.groups()
    if glued and len(words) == 2:
        return None  # 06:52PM م: the marker glued and another after it
    marker = glued or (words[1] if len(words) == 2 else "")
    meridiem = None
    if marker:
        meridiem = markers.get(marker.lower())
        if meridiem is None:
            return None
    hour = to_24h(int(hours), meridiem)  # type: ignore[arg-type]
    if hour is None or int(minutes) > 59 or (seconds is not None and int(seconds) > 59):
        return None
    return dt.time(hour, int(minutes), 0 if seconds is None else int(seconds)), seconds is not None


VALUE_CHARS = 200  # a date value (a record's field, a page's markup) is read from its start


def _numeric_value(text: str) -> str | None:
    """A date given as a bare number, as ISO 8601: ``20150721`` (a day), a Unix time in
    seconds (10 digits) or milliseconds (13 digits, what JavaScript exports write), in UTC;
    None for any other text, or a number that is no plausible date (1970 to 2100)."""
    if text.isascii() and text.endswith((".0", ".00", ".000")) and "." not in text[:-4]:
        text = text.split(".")[0]  # a Unix time written as a float: 1437472800.0
    if not text.isascii() or not text.isdigit():
        return _rfc822(text)
    if len(text) == 8:
        return f"{text[:4]}-{text[4:6]}-{text[6:]}" if "1900" <= text[:4] <= "2100" else None
    if len(text) in (10, 13):
        seconds = int(text) // (1000 if len(text) == 13 else 1)
        moment = dt.datetime.fromtimestamp(seconds, dt.UTC)
        return moment.isoformat() if 1990 <= moment.year <= 2100 else None
    return None


def _rfc822(text: str) -> str | None:
    """An RFC 822 stamp with a two-digit year (``Sun, 12 Mar 23 22:15:00 +0300``: old feeds and
    mail), as ISO 8601 (years under 50 in this century, as RFC 2822 says); None for other text."""
    if not text.isascii() or not _RFC822_RE.fullmatch(text):
        return None
    from email.utils import parsedate_to_datetime

    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return moment.isoformat()


_RFC822_RE: Final = re.compile(
    r"(?:[A-Za-z]{3}, )?\d\d? [A-Za-z]{3} \d\d \d\d:\d\d(?::\d\d)? (?:[+-]\d{4}|[A-Z]{1,5})"
)


def value_mention(value: str, *, line: int, form: str) -> DateMention | None:
    """A date given as a value of its own (a corpus record's date field, a web page's
    ``datePublished``) read by ``parse_date``, as a mention at ``line`` marked with ``form``:
    None when it holds no date, or only a relative one (from when?); an impossible date is a
    mention with its ``error``."""
    text = value.strip()
    try:
        result = parse_date(_numeric_value(text) or text[:VALUE_CHARS], now=None)
    except ImpossibleDateError as exc:
        return DateMention(text, 0, 0, line, "date", error=str(exc), forms=(form,))
    except DateError:
        return None
    if result.relative:
        return None
    return DateMention(
        text=text,
        start=0,
        end=0,
        line=line,
        kind="date",
        date=result.date,
        time=result.time,
        seconds=result.seconds,
        zone=result.zone,
        offset=result.offset,
        calendar=result.calendar,
        weekday=result.stated_weekday,
        month_system=result.month_system,
        forms=(*result.forms, form),
    )
