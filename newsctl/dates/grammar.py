"""The date grammar: dates, times, zones and relative expressions read from tokens.

``read_at(tokens, i)`` reads the longest mention that starts at token ``i``, or None. The forms:

- a date: ``[weekday] d MONTH [MONTH] [yyyy] [era]`` (every month system, pairs of two systems),
  ``MONTH d[st], yyyy`` (English order), ordinals in words (``الأول من يناير``, ``غرة رمضان``),
  Hijri and Solar Hijri months, numeric ``d/m/yyyy``, ``yyyy/m/d``, ``d/MONTH/yyyy``, two-digit
  years (with a warning), ISO 8601 (``2017-01-20T21:43:00+01:00``, ``2017-05-12T214300``);
- a time before or after it: ``h:mm[:ss] [marker]``, ``الساعة h [marker]``, ``الساعة 20 و51
  دقيقة``, ``الساعة الثامنة والنصف مساءً``;
- a zone around them: ``بتوقيت X``, ``(X)``, ``GMT+3``, ``+03:00``;
- a time alone; a relative expression (``منذ 3 أيام``, ``قبل يوم وساعتين``, ``منذ ساعة ونصف``);
- and, when none of those reads, the unambiguous parts of a stamp copied in visual order
  (``22 21:43 2023 فيفري``: a day, a time, a year and a month in any order), marked ``reordered``.

Each reading step looks at a bounded number of tokens, so reading a text costs time linear in its
length whatever it holds. Values are checked later (``newsctl.dates.scan``): the grammar only
says what is written.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from newsctl.dates.lexicon import MARK, NL, NUM, WORD, Entry, Tokens, lexicon, role_keys, roles
from newsctl.dates.zones import ZONE_ABBREVIATIONS

SEPARATORS = frozenset("/-.")  # between the numbers of a numeric date
GAP = frozenset(",،|-/")  # between a date and its time
WEEKDAY_END = frozenset(",،:-")  # after a weekday name
SHORT_MARKERS = frozenset({"ص", "م"})  # need minutes before them (an hour alone takes a long one)
ORDINAL_SUFFIX = frozenset({"st", "nd", "rd", "th"})


# The words a mention may open with (``read_at`` reads nothing from any other word; a number may
# open any): the words of these tables (a zone, a weekday, a month written first or in a stamp in
# visual order, an ordinal day, a relative day) and the glue words before a zone, a time (في
# تمام الساعة), a weekday (يوم) and a relative count (منذ, قبل); من, و, بعد ... open none.
START_TABLES: Final = ("zone", "weekday", "month", "ordinal", "relday")
START_GLUE: Final = frozenset({"zone", "at", "sharp", "hour", "day", "since", "ago"})


@lru_cache(maxsize=1)
def start_keys() -> frozenset[str]:
    """The first token keys of the words a mention may open with (a subset of the lexicon)."""
    return frozenset(
        key
        for key, tables in roles().items()
        if any(table in tables for table in START_TABLES)
        or any(entry.name in START_GLUE for _, entry in tables.get("glue", ()))
    )


@lru_cache(maxsize=1)
def zone_keys() -> frozenset[str]:
    """The words a zone may open with: a zone's name, the glue before one (بتوقيت), ``Z``."""
    glue = (key for key, tables in roles().items()
            if any(entry.name == "zone" for _, entry in tables.get("glue", ())))  # fmt: skip
    return role_keys("zone") | frozenset(glue) | {"z"}


class Reading:
    """What one mention says, as written (token indexes ``first`` to ``last``, inclusive).
    Filled by the grammar while it reads; made for every try, so only what every reading needs
    is set when it is made: the other fields are read from the class until they are written."""

    calendar: str | None = None  # gregorian, hijri, jalali
    system: str | None = None  # egyptian, levantine, ..., numeric, hijri, jalali
    year: int | None = None
    month: int | None = None
    day: int | None = None
    second_month: int | None = None  # the other half of a pair, to check
    hour: int | None = None  # as written
    minute = 0
    second: int | None = None
    meridiem: str | None = None
    zone: str | None = None  # IANA
    offset: tuple[int, int, int] | None = None  # sign, hours, minutes
    weekday: int | None = None
    weekday_tokens: tuple[int, int] | None = None
    days_back: int | None = None  # relative day words: أمس

    def __init__(self, first: int, last: int, kind: str = "date") -> None:
        self.first = first
        self.last = last
        self.kind = kind  # date, time, relative
        self.shift: dict[str, float] = {}  # relative: unit -> count
        self.forms: list[str] = []


class Grammar:
    """The reading functions over one text's tokens. Each takes a token index and returns the
    index after what it read (with the reading filled in), or -1."""

    def __init__(self, tokens: Tokens, *, whole: bool = False) -> None:
        self.whole = whole  # the tokens are a whole string given to parse_date
        self.t = tokens
        self.kinds = tokens.kinds
        self.keys = tokens.keys
        self.n = len(tokens.kinds)
        self.lex = lexicon()
        self.roles = roles()
        self.glue_keys = role_keys("glue")
        self.zone_keys = zone_keys()

    # --- tokens ---------------------------------------------------------------------------

    def word(self, i: int, cat: str, name: str | None = None) -> tuple[Entry, int] | None:
        """The longest phrase of the table ``cat`` (named ``name``) that starts at token ``i``:
        (entry, index after it). The token's roles are looked up once, by its key."""
        tables = self.roles.get(self.keys[i]) if i < self.n else None
        if tables is None or cat not in tables:  # a cheap reject first
            return None
        bucket = tables[cat]
        keys, kinds, n = self.keys, self.kinds, self.n
        for rest, entry in bucket:
            if name is not None and entry.name != name:
                continue
            j = i + 1
            for key in rest:
                if j >= n or keys[j] != key or kinds[j] == NL:
                    break
                j += 1
            else:
                return entry, j
        return None

    def glue(self, i: int, name: str) -> int:
        if i < self.n and self.keys[i] in self.glue_keys:  # a cheap reject first
            found = self.word(i, "glue", name)
            if found is not None:
                return found[1]
        return -1

    def num(self, i: int, low: int = 1, high: int = 2) -> int | None:
        if i < self.n and self.kinds[i] == NUM and low <= len(self.keys[i]) <= high:
            return int(self.keys[i])
        return None

    def mark(self, i: int, chars: frozenset[str] | str) -> bool:
        return i < self.n and self.kinds[i] == MARK and self.keys[i] in chars

    def _line_end(self, i: int) -> bool:
        """Whether token ``i`` ends the text or its line (nothing follows it there)."""
        return i >= self.n or self.kinds[i] == NL

    def touching(self, i: int) -> bool:
        """Whether token ``i`` follows token ``i - 1`` with no space between them."""
        return 0 < i < self.n and self.t.starts[i] == self.t.ends[i - 1]

    def skip_marks(self, i: int, chars: frozenset[str], most: int = 3) -> int:
        j = i
        while j < self.n and j - i < most and self.kinds[j] == MARK and self.keys[j] in chars:
            j += 1
        return j

    # --- a whole mention --------------------------------------------------------------------

    def read_at(self, i: int) -> Reading | None:
        kind = self.kinds[i]
        if kind == NL:
            return None
        r = self.datetime(i)
        if r is not None and r.year is None and r.kind == "date" and kind == NUM:
            visual = self.reordered(i)  # 22 فيفري 21:43 2023: not a partial date
            if visual is not None:
                return visual
        if r is None:
            r = self.relative(i)
        if r is None:
            r = self.time_alone(i)
        if r is None and (kind == NUM or (kind == WORD and self.word(i, "month"))):
            r = self.reordered(i)
        return r

    def datetime(self, i: int) -> Reading | None:
        """``[zone] [time [zone] gap] date [gap [zone] time] [zone]``."""
        r = Reading(i, i)
        j = self.zone(i, r)
        j = i if j == -1 else self.skip_marks(j, GAP)  # GMT+08:00 || 2004-06-22 16:26:09
        time_end = self.time(j, r)
        if time_end != -1:  # the time first: ٧:١٣ م ١٩ يناير ٢٠٢٢, GMT 17:27 17.03.2020
            k = self.zone(time_end, r)
            k = self.skip_marks(time_end if k == -1 else k, GAP)
            date_end = self.date(k, r)
            if date_end == -1:
                return None
            r.last = date_end - 1
            return self._zone_after(date_end, r)
        r.hour, r.minute, r.second, r.meridiem = None, 0, None, None
        date_end = self.date(j, r)
        if date_end == -1:
            return None
        r.last = date_end - 1
        return self._zone_after(self._time_after(date_end, r), r)

    def _time_after(self, i: int, r: Reading) -> int:
        """A time after a date: ``- 7:13 م``, ``| 05:05``, ``الساعة 5 مساء``, ``T21:43:00``."""
        if i < self.n and self.keys[i] in ("t", "@", ".") and self.touching(i):
            j = i + 1  # ISO 8601: 2017-01-20T21:43:00, 2024-11-17@14:40:59
            if self.num(j, 6, 6) is not None and self.touching(j):  # 2017-05-12T214300
                value = self.keys[j]
                r.hour, r.minute, r.second = int(value[:2]), int(value[2:4]), int(value[4:])
                r.last = j
                return j + 1
        else:
            j = self.skip_marks(i, GAP)
        probe = Reading(r.first, r.last)
        if j > i:  # joined to the date (T, @, .): its own time, whatever stands before
            k = self.time(j, probe, joined=True)
            if k != -1:
                return self._take_time(probe, r, k)
        z = self.zone(j, probe)
        k = self.time(j if z == -1 else z, probe)
        if k == -1:
            return i
        return self._take_time(probe, r, k)

    def _take_time(self, probe: Reading, r: Reading, k: int) -> int:
        r.hour, r.minute, r.second, r.meridiem = (
            probe.hour, probe.minute, probe.second, probe.meridiem
        )  # fmt: skip
        if probe.zone or probe.offset:
            r.zone, r.offset = probe.zone, probe.offset
        r.forms += [f for f in probe.forms if f not in r.forms]
        r.last = k - 1
        return k

    def _zone_after(self, i: int, r: Reading) -> Reading:
        k = self.zone(i, r)
        # 10:15:05 PM - GMT (+3 ), 11:27 م / بتوقيت القدس
        if k == -1 and r.hour is not None and self.mark(i, "-|/"):
            k = self.zone(i + 1, r)
        if k != -1:
            r.last = k - 1
        return r

    def time_alone(self, i: int) -> Reading | None:
        r = Reading(i, i, kind="time")
        j = self.zone(i, r)
        k = self.time(i if j == -1 else j, r)
        if k == -1:
            return None
        r.last = k - 1
        return self._zone_after(k, r)

    # --- dates ------------------------------------------------------------------------------

    def date(self, i: int, r: Reading) -> int:
        j = self.weekday(i, r)
        start = i if j == -1 else j
        for form in (self.named, self.month_first, self.ordinal_words, self.numeric):
            k = form(start, r)
            if k != -1:
                return self.era(k, r)
        if j != -1:
            r.weekday = r.weekday_tokens = None
        return -1

    def weekday(self, i: int, r: Reading) -> int:
        """``[يوم] WEEKDAY [،:-] [الموافق]`` before a date."""
        if i >= self.n or self.kinds[i] != WORD:
            return -1  # table words are words
        j = self.glue(i, "day")
        j = i if j == -1 else j
        found = self.word(j, "weekday")
        if found is None:
            return -1
        r.weekday = found[0].num
        r.weekday_tokens = (j, found[1] - 1)
        k = self.skip_marks(found[1], WEEKDAY_END)
        m = self.glue(k, "corresponding")
        return k if m == -1 else m

    def _day(self, i: int) -> int | None:
        """A day number that is not the end of another number (``1.2.3``, ``10:30``)."""
        day = self.num(i)
        if day is None or self.continues_number(i, ".:/"):
            return None
        return day

    def continues_number(self, i: int, marks: str | frozenset[str]) -> bool:
        """Whether token ``i`` is glued to a number before it by one of ``marks`` (``1.2.3``)."""
        return (
            i > 1
            and self.kinds[i - 2] == NUM
            and self.mark(i - 1, marks)
            and self.touching(i - 1)
            and self.touching(i)
        )

    def number_follows(self, i: int, marks: str | frozenset[str]) -> bool:
        """Whether a number is glued after token ``i - 1`` by one of ``marks`` at token ``i``."""
        return (
            i + 1 < self.n
            and self.mark(i, marks)
            and self.kinds[i + 1] == NUM
            and self.touching(i)
            and self.touching(i + 1)
        )

    def _year(self, i: int, r: Reading, *, low: int = 4) -> int:
        """A year after a day and month; -1 when there is none (a partial date)."""
        j = self.skip_marks(i, frozenset(",،/-."), 2)
        worded = self.glue(j, "year")  # 23 أكتوبر من عام 2021: a year written whole
        if worded != -1:
            j, low = self.skip_marks(worded, _DASHES, 1), 4  # اكتوبر - لسنة - 2021
        year = self.num(j, low, 4)
        if year is None or self.number_follows(j + 1, SEPARATORS):
            return -1  # 2020/12/25 read from its middle, or a longer number
        r.year = year
        return j + 1

    def named(self, i: int, r: Reading) -> int:
        """``d MONTH [MONTH] [yyyy]`` in any month system, ``08/ديسمبر/2009``, ``3rd, October``."""
        day = self._day(i)
        if day is None:
            return -1
        j = i + 1
        suffix = j < self.n and self.keys[j] in ORDINAL_SUFFIX and self.touching(j)
        j = self.skip_marks(j + suffix, frozenset(",،/-."), 2)
        of = self.glue(j, "of")  # 22 من جمادى الأولى
        j = j if of == -1 else of
        for cat in ("month", "hijri", "jalali"):
            found = self.word(j, cat)
            if found is not None:
                break
        else:
            return -1
        entry, k = found
        if k < self.n and self.keys[k] == "." and entry.name == "english":
            k += 1  # Feb.
        r.day, r.month = day, entry.num
        r.calendar = "gregorian" if cat == "month" else cat
        r.system = entry.name
        if cat == "month":
            k = self._pair(k, r)
        if suffix:
            r.forms.append("ordinal")
        glued = self._year_glued_to_time(k, r)
        if glued != -1:
            return glued
        y = self._year(k, r, low=3 if cat == "hijri" else 4)
        if y == -1 and cat == "hijri":
            y = self._short_hijri_year(k, r)
        return k if y == -1 else y

    def _year_glued_to_time(self, i: int, r: Reading) -> int:
        """``05 يوليو 201916:09``: a year and an hour run together by a lost space."""
        j = self.skip_marks(i, frozenset(",،/-."), 2)
        if j >= self.n or self.kinds[j] != NUM or len(self.keys[j]) not in (5, 6):
            return -1
        if not (self.number_follows(j + 1, ":") and self.num(j + 2, 2, 2) is not None):
            return -1
        value = self.keys[j]
        r.year, r.hour, r.minute = int(value[:4]), int(value[4:]), int(self.keys[j + 2])
        r.forms.append("glued")
        return self.marker(j + 3, r, short=True)

    def _short_hijri_year(self, i: int, r: Reading) -> int:
        """``10 شوال 41 هـ``: a two-digit year with the Hijri era is a year of the 1400s."""
        j = self.skip_marks(i, frozenset(",،/-"), 2)
        year = self.num(j, 2, 2)
        if year is None or self.word(j + 1, "era", "hijri") is None:
            return -1
        r.year = 1400 + year
        r.forms.append("two-digit-year")
        return j + 1

    def _pair(self, i: int, r: Reading) -> int:
        """The other system's name of the same month: ``فبراير/ شباط``, ``آذار (مارس)``."""
        j = self.skip_marks(i, frozenset("/-("), 1)
        found = self.word(j, "month")
        if found is None:
            return i
        r.second_month = found[0].num
        k = found[1]
        if j > i and self.keys[j - 1] == "(" and self.mark(k, ")"):
            k += 1
        return k

    def month_first(self, i: int, r: Reading) -> int:
        """``November 9, 2020``, ``Feb. 19 2020``, ``ديسمبر 25, 2020``: the year is needed."""
        found = self.word(i, "month")
        if found is None or (i > 0 and self.kinds[i - 1] == NUM and not self._line_start(i)):
            return -1
        entry, j = found
        if j < self.n and self.keys[j] == ".":
            j += 1
        probe = Reading(i, i)
        j = self._pair(j, probe)
        day = self.num(j)
        if day is None:
            return -1
        k = j + 1
        if k < self.n and self.keys[k] in ORDINAL_SUFFIX and self.touching(k):
            k += 1
        k = self.skip_marks(k, frozenset(",،"), 1)
        weekday = self.word(k, "weekday") if r.weekday is None else None
        if weekday is not None:  # Dec 28 Sat 2013: a theme's parts, each in its own box
            r.weekday, r.weekday_tokens = weekday[0].num, (k, weekday[1] - 1)
            k = self.skip_marks(weekday[1], frozenset(",،"), 1)
        year = self.num(k, 4, 4)
        if year is None:
            r.weekday = r.weekday_tokens = None
            return -1
        r.day, r.month, r.year = day, entry.num, year
        r.second_month = probe.second_month
        r.calendar, r.system = "gregorian", entry.name
        return k + 1

    def _line_start(self, i: int) -> bool:
        return i == 0 or self.kinds[i - 1] == NL

    def ordinal_words(self, i: int, r: Reading) -> int:
        """``الأول من يناير 2024``, ``الحادي عشر من سبتمبر``, ``غرة رمضان``, ``فاتح شهر شعبان``."""
        found = self.word(i, "ordinal")
        if found is None:
            return -1
        day, j = found[0].num, found[1]
        k = self.glue(j, "of")
        j = j if k == -1 else self.skip_marks(k, _DASHES, 1)  # الثالث والعشرين من - اكتوبر
        k = self.glue(j, "month")
        j = j if k == -1 else k
        for cat in ("month", "hijri", "jalali"):
            month = self.word(j, cat)
            if month is not None:
                break
        else:
            return -1
        entry, k = month
        r.day, r.month = day, entry.num
        r.calendar = "gregorian" if cat == "month" else cat
        r.system = entry.name
        r.forms.append("words")
        if cat == "month":
            k = self._pair(k, r)
        y = self._year(k, r, low=3 if cat == "hijri" else 4)
        return k if y == -1 else y

    def numeric(self, i: int, r: Reading) -> int:
        """``d/m/yyyy``, ``yyyy-m-d``, ``d.m.yy`` (one separator repeated, spaces allowed)."""
        first = self.num(i, 1, 4)
        if first is None or self.continues_number(i, ".:/-"):
            return -1
        if len(self.keys[i]) == 4 and self.number_follows(i + 1, ":"):
            sep = ":"  # 2019:10:18: a year first, so not a time
        elif not self.mark(i + 1, SEPARATORS):
            return self.spaced(i, r)
        else:
            sep = self.keys[i + 1]
        second = self.num(i + 2, 1, 2)
        if second is None or not self.mark(i + 3, sep):
            return -1
        third_text = self.keys[i + 4] if i + 4 < self.n and self.kinds[i + 4] == NUM else ""
        if not third_text:
            return -1
        end = i + 5
        if self.number_follows(end, ".:/-") and not (sep == ":" and self.keys[end] == "."):
            return -1  # a longer run of numbers: a version, an address, a phone number
        if len(self.keys[i]) == 4 and len(third_text) <= 2:  # yyyy/m/d
            r.year, r.month, r.day = _padded_year(self.keys[i], r), second, int(third_text)
        elif len(self.keys[i]) <= 2 and len(third_text) == 4:  # d/m/yyyy
            r.day, r.month, r.year = first, second, _padded_year(third_text, r)
            if second > 12 >= first:  # 07-13-2019: only month first can be read
                r.day, r.month = second, first
                r.forms.append("month-first")
        elif len(self.keys[i]) <= 2 and len(third_text) == 2 and sep in "/-":  # d/m/yy
            if first > 31 or second > 12:
                return -1
            r.day, r.month = first, second
            if self.word(end, "era", "hijri") is not None:
                r.year = 1400 + int(third_text)
            else:
                r.year = _century(int(third_text))
            r.forms.append("two-digit-year")
        else:
            return -1
        r.system = "numeric"
        r.calendar = None  # decided by the era, the year and the digits (scan)
        iso = len(self.keys[i]) == 4 and sep == "-" and end < self.n and self.touching(end)
        if iso and self.keys[end] in ("t", "@"):
            r.forms.append("iso")
        return end

    def spaced(self, i: int, r: Reading) -> int:
        """``2015 05 14``: a year and two two-digit numbers, separated by spaces only."""
        if len(self.keys[i]) != 4 or i + 2 >= self.n:
            return -1
        if not (self.kinds[i + 1] == NUM == self.kinds[i + 2]):
            return -1
        if len(self.keys[i + 1]) != 2 or len(self.keys[i + 2]) != 2:
            return -1
        if self.touching(i + 1) or self.touching(i + 2):
            return -1
        r.year, r.month, r.day = int(self.keys[i]), int(self.keys[i + 1]), int(self.keys[i + 2])
        r.system = "numeric"
        r.calendar = None
        return i + 3

    def era(self, i: int, r: Reading) -> int:
        """``م``, ``هـ``, ``ه.ش``, ``ميلادي`` after a year; it decides a numeric date's calendar."""
        if r.year is None:
            return i
        found = self.word(i, "era")
        if found is None:
            return i
        era = found[0].name
        if r.system == "numeric":
            r.calendar = era
        elif r.calendar != era and not (r.calendar == "hijri" and era == "jalali"):
            return i  # 19 يناير 2022 هـ: not this date's era
        k = found[1]
        if k < self.n and self.keys[k] == "." and self.touching(k):
            k += 1
        return k

    # --- times and zones --------------------------------------------------------------------

    def time(self, i: int, r: Reading, *, joined: bool = False) -> int:
        """A clock time, with what may stand before it (في تمام الساعة) and its marker;
        ``joined``: glued to a date before it (``2019:10:18.08:28``)."""
        j, hour_word = i, -1
        if i < self.n and self.kinds[i] == WORD and self.keys[i] in self.glue_keys:  # في, الساعة
            at = self.glue(j, "at")
            j = j if at == -1 else at
            sharp = self.glue(j, "sharp")
            j = j if sharp == -1 else sharp
            hour_word = self.glue(j, "hour")
            if hour_word == -1 and j != i:
                return -1  # في, عند, تمام alone do not make a time
            j = j if hour_word == -1 else hour_word
        hour = self.num(j)
        if hour is not None:
            if j == i and not joined and self.continues_number(i, ":."):
                return -1  # the end of another time or number
            k = j + 1
            if self.mark(k, ":") and self.touching(k) and self.num(k + 1, 2, 2) is not None:
                if not self.touching(k + 1):
                    return -1
                r.hour, r.minute = hour, int(self.keys[k + 1])
                k += 2
                if self.number_follows(k, ":") and self.num(k + 1, 2, 2) is not None:
                    r.second = int(self.keys[k + 1])
                    k += 2
                    if self.number_follows(k, "."):
                        k += 2  # a fraction of a second: 21:43:00.000Z
                glued = k < self.n and self.kinds[k] == NUM and self.touching(k)
                if glued and not self._numeric_date_at(k):
                    return -1  # 10:305 (not 14:18 glued to 18/02/2026)
                return self.marker(k, r, short=True)
            if (  # 21h01, 10h30: the Maghreb's French way of writing a time
                k < self.n and self.kinds[k] == WORD and self.keys[k] == "h"
                and self.touching(k) and self.num(k + 1, 2, 2) is not None
                and self.touching(k + 1)
            ):  # fmt: skip
                r.hour, r.minute = hour, int(self.keys[k + 1])
                return self.marker(k + 2, r, short=True)
            if hour_word != -1:  # الساعة 5 مساء, الساعة 20 و51 دقيقة
                r.hour = hour
                m = self.glue(k, "and")
                if m != -1 and self.num(m) is not None:
                    after = self.glue(m + 1, "minute")
                    if after != -1:
                        r.minute = int(self.keys[m])
                        r.forms.append("words")
                        return self.marker(after, r, short=False)
                half = self.word(k, "fraction")
                if half is not None:
                    r.minute = half[0].num
                    r.forms.append("words")
                    return self.marker(half[1], r, short=False)
                return self.marker(k, r, short=False)
            marker = self.word(k, "marker")
            if marker is None or self.keys[k] in SHORT_MARKERS:
                return -1  # a bare number is not a time
            r.hour = hour
            return self.marker(k, r, short=False)
        if hour_word == -1:
            return -1
        found = self.word(j, "hour")  # الساعة الثامنة والنصف مساءً
        if found is None:
            return -1
        r.hour = found[0].num
        r.forms.append("words")
        k = found[1]
        fraction = self.word(k, "fraction")
        if fraction is not None:
            r.minute = fraction[0].num
            k = fraction[1]
        return self.marker(k, r, short=False)

    def _numeric_date_at(self, i: int) -> bool:
        """Whether a numeric date with a four-digit year starts at token ``i`` (``18/02/2026``)."""
        return (
            i + 4 < self.n
            and self.num(i) is not None
            and self.mark(i + 1, "/.-")
            and self.num(i + 2) is not None
            and self.mark(i + 3, self.keys[i + 1])
            and self.num(i + 4, 4, 4) is not None
        )

    def marker(self, i: int, r: Reading, *, short: bool) -> int:
        found = self.word(i, "marker")
        if found is None:
            return i
        if not short and self.keys[i] in SHORT_MARKERS:
            return i
        r.meridiem = found[0].name
        return found[1]

    def zone(self, i: int, r: Reading) -> int:
        """``بتوقيت مكة``, ``(القدس)``, ``(GMT+03:00)``, ``GMT+3``, ``+0400``, ``Z``."""
        if i >= self.n or self.kinds[i] == NUM:
            return -1
        if self.kinds[i] == WORD and self.keys[i] not in self.zone_keys:
            return -1  # a cheap reject first: no zone opens with this word
        j = self.glue(i, "zone")
        if j != -1:
            found = self.word(j, "zone")
            if found is None:
                return -1
            return self._greenwich_offset(found[1], found[0], r)
        if self.mark(i, "("):
            k = self.glue(i + 1, "zone")
            k = i + 1 if k == -1 else k
            found = self.word(k, "zone")
            if found is None:
                return -1
            end = self._greenwich_offset(found[1], found[0], r)
            if not self.mark(end, ")"):
                r.zone = r.offset = None
                return -1
            return end + 1
        found = self.word(i, "zone")
        # GMT, غرينتش, UTC standing alone, and the Latin abbreviations (BJT, MSK, IRST)
        if found is not None and (found[0].name == "UTC" or self.keys[i] in ZONE_ABBREVIATIONS):
            return self._greenwich_offset(found[1], found[0], r)
        if found is not None and r.hour is not None and self._line_end(found[1]):
            return self._greenwich_offset(found[1], found[0], r)  # 13:22 دمشق: the city's clock
        if self.keys[i] == "z" and self.touching(i) and r.hour is not None:
            r.zone = "UTC"
            return i + 1
        if self.mark(i, "+-") and r.hour is not None:  # +03:00, +0400 after a time
            end = self._offset(i, r, strict=True)
            if end == -1:  # +2GMT, +3 GMT: the offset before Greenwich's name
                end = self._offset(i, r, strict=False)
                after = self.word(end, "zone") if end != -1 else None
                if after is None or after[0].name != "UTC":
                    r.offset = None
                    return -1
                return after[1]
            return end
        return -1

    def _greenwich_offset(self, i: int, entry: Entry, r: Reading) -> int:
        if entry.name == "UTC" and self.mark(i, "+-"):
            end = self._offset(i, r, strict=False)
            if end != -1:
                return end
        if entry.name == "UTC" and self.mark(i, "(") and self.mark(i + 1, "+-"):  # GMT (+3 )
            end = self._offset(i + 1, r, strict=False)
            if end != -1 and self.mark(end, ")"):
                return end + 1
            r.offset = None
        r.zone, r.offset = entry.name, None
        return i

    def _offset(self, i: int, r: Reading, *, strict: bool) -> int:
        """``+03:00``, ``+0300``, ``-05``; ``strict``: hours and minutes both written."""
        sign = -1 if self.keys[i] == "-" else 1
        j = i + 1
        if j >= self.n or self.kinds[j] != NUM:
            return -1
        digits = self.keys[j]
        k = j + 1
        if len(digits) == 4:
            hours, minutes = int(digits[:2]), int(digits[2:])
        elif len(digits) <= 2:
            hours, minutes = int(digits), 0
            if self.mark(k, ":") and self.num(k + 1, 2, 2) is not None:
                minutes = int(self.keys[k + 1])
                k += 2
            elif strict:
                return -1
        else:
            return -1
        if hours > 14 or minutes > 59:
            return -1
        r.zone = None
        r.offset = (sign, hours, minutes)
        if sign < 0 and hours == minutes == 0:  # RFC 2822: -0000 says the zone is not known
            r.offset = None
            r.forms.append("zone-unknown")
        return k

    # --- relative expressions ----------------------------------------------------------------

    def relative(self, i: int) -> Reading | None:
        """``منذ 3 أيام``, ``قبل يوم وساعتين``, ``منذ 1 عام، 1 شهر``, ``أمس``, ``أمس الساعة 5``."""
        r = Reading(i, i, kind="relative")
        found = self.word(i, "relday")
        if found is not None:
            r.days_back = found[0].num
            r.last = found[1] - 1
            probe = Reading(i, i)
            k = self.time(found[1], probe)
            if k == -1 and not self.whole:
                return None  # اليوم in a sentence; أمس 10:30 is a stamp
            if k != -1:
                r.hour, r.minute, r.second, r.meridiem = (
                    probe.hour, probe.minute, probe.second, probe.meridiem
                )  # fmt: skip
                r.last = k - 1
            r.forms.append("relative")
            return r
        j = self.glue(i, "since")
        if j == -1:
            j = self.glue(i, "ago")
        if j == -1:
            return None
        k = self._amount(j, r)
        if k == -1:
            return None
        while True:  # ونصف, وساعتين, ، 1 شهر, و 3 ساعات
            half = self.glue(k, "half")
            if half != -1:
                unit = list(r.shift)[-1]
                r.shift[unit] += 0.5
                k = half
                continue
            glued = self._and_glued(k, r)
            if glued != -1:
                k = glued
                continue
            m = self.skip_marks(k, frozenset(",،"), 1)
            n = self.glue(m, "and")
            n = m if n == -1 else n
            nxt = -1 if n == k else self._amount(n, r)
            if nxt == -1:
                break
            k = nxt
        if self.glue(k, "of") != -1:
            return None  # قبل ساعة من النوم: an hour before something, not a date
        r.last = k - 1
        r.forms.append("relative")
        return r

    def _and_glued(self, i: int, r: Reading) -> int:
        """``وساعتين``: and-glued units are one token starting with و."""
        if i >= self.n or self.kinds[i] != WORD or not self.keys[i].startswith("و"):
            return -1
        bucket = self.lex.get(self.keys[i][1:])
        if not bucket:
            return -1
        for rest, entry in bucket:
            if not rest and entry.cat == "unit" and entry.num > 0:
                r.shift[entry.name] = r.shift.get(entry.name, 0) + entry.num
                return i + 1
        return -1

    def _amount(self, i: int, r: Reading) -> int:
        count: int | None = self.num(i, 1, 3)
        j = i + 1 if count is not None else i
        if count is None:
            number = self.word(i, "number")
            if number is not None:
                count, j = number[0].num, number[1]
        unit = self.word(j, "unit")
        if unit is None:
            return -1
        entry, k = unit
        if entry.num == -1 and count is None:
            return -1  # منذ ساعات: some hours
        if count is None:
            if entry.num == 0:
                return -1
            count = entry.num
        elif entry.num == 2:
            return -1  # 3 يومين
        r.shift[entry.name] = r.shift.get(entry.name, 0) + count
        return k

    # --- a stamp copied in visual order --------------------------------------------------

    def reordered(self, i: int) -> Reading | None:
        """A day, a month name, a four-digit year and maybe a time (and its zone), next to each
        other on one line in an order no form reads (``22 21:43 2023 فيفري``, C's asctime
        ``Mon Sep 24 13:17:00 CEST 2007``)."""
        r = Reading(i, i)
        parts: list[str] = []
        j = i
        last = i
        while j < self.n and len(parts) < 5:
            kind = self.kinds[j]
            zone = self.zone(j, r) if parts[-1:] == ["time"] else -1  # 13:17:00 CEST 2007
            if zone != -1:
                parts.append("zone")
                last, j = zone - 1, zone
            elif kind == NUM and len(self.keys[j]) == 4 and "year" not in parts:
                r.year = int(self.keys[j])
                parts.append("year")
                last, j = j, j + 1
            elif kind == NUM and self.mark(j + 1, ":") and "time" not in parts:
                probe = Reading(j, j)
                k = self.time(j, probe)
                if k == -1:
                    break
                r.hour, r.minute, r.second, r.meridiem = (
                    probe.hour, probe.minute, probe.second, probe.meridiem
                )  # fmt: skip
                parts.append("time")
                last, j = k - 1, k
            elif kind == NUM and len(self.keys[j]) <= 2 and "day" not in parts:
                r.day = int(self.keys[j])
                parts.append("day")
                last, j = j, j + 1
            elif kind == WORD and "month" not in parts and self.word(j, "month") is not None:
                entry, k = self.word(j, "month")  # type: ignore[misc]
                r.month, r.system = entry.num, entry.name
                parts.append("month")
                last, j = k - 1, k
            else:
                break
            j = self.skip_marks(j, frozenset(",،|-"), 1)
        if not {"day", "month", "year"} <= set(parts) or parts[:3] == ["day", "month", "year"]:
            return None
        if r.day is None or not 1 <= r.day <= 31:
            return None
        r.calendar = "gregorian"
        r.last = last
        r.forms.append("reordered")
        return r


_DASHES: Final = frozenset("-–")


def _century(yy: int) -> int:
    """A two-digit year's century: 00-69 the 2000s, 70-99 the 1900s."""
    return 2000 + yy if yy < 70 else 1900 + yy


def _padded_year(text: str, r: Reading) -> int:
    """A four-digit year; ``0014`` is a two-digit year a template padded (a CMS printing the
    short year where the whole one belongs), read as two digits are."""
    if text.startswith("00"):
        r.forms.append("two-digit-year")
        return _century(int(text))
    return int(text)
