"""``find_dates``: every date, time and relative expression in a text, with spans and lines.

The text is folded once (``newsctl.text.fold``); the grammar (``newsctl.dates.grammar``) then
reads tokens only in windows around the places where a mention can be (a run of digits, منذ,
قبل): a cheap check before the expensive one. Each reading is checked and turned into an
immutable ``DateMention``: an impossible date is reported (``error``), never rolled over.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Final

from newsctl.dates import calendars
from newsctl.dates.grammar import Grammar, Reading, start_keys
from newsctl.dates.lexicon import NUM, WORD, Tokens, lexicon
from newsctl.dates.markers import Meridiem, to_24h
from newsctl.dates.mention import DateMention, Shift
from newsctl.dates.months import EGYPTIAN, ENGLISH, MAGHREBI, MOROCCAN, Calendar
from newsctl.dates.zones import utc_offset
from newsctl.errors import ImpossibleDateError
from newsctl.text.digits import digit_system_of
from newsctl.text.fold import Folded, fold_key

# A mention starts at most BEFORE characters before its first digit (a weekday, a zone, الساعة)
# and ends at most AFTER characters past its last one (a marker, a zone in words).
_BEFORE, _AFTER = 40, 48
WINDOW_CHARS: Final = 1 << 15  # the longest window tokens are made for at once
_ANCHOR_WORDS: Final = ("منذ", "قبل")
# A text holding more mentions than this is not an article but a list or an attack: the scan
# stops there (the article reader warns ``too-many-dates``), so its cost stays bounded.
MAX_MENTIONS: Final = 2000


def find_dates(text: str, *, now: dt.datetime | None = None) -> list[DateMention]:
    """Every date, time and relative expression in ``text``, in order, with spans and lines.

    Impossible dates are returned with ``error`` set and no ``date``; nothing is rolled over.
    Relative expressions ("منذ 3 أيام") are resolved against ``now`` when it is given; without
    it their ``date`` is None (a text does not say when "three days ago" was).
    """
    return find_in(Folded(text), now=now)


def find_in(
    folded: Folded,
    *,
    now: dt.datetime | None = None,
    first_line: int = 1,
    limit: int = MAX_MENTIONS,
) -> list[DateMention]:
    """``find_dates`` on a text already folded (the article reader folds a text once);
    ``first_line`` is the line number of the text's first line (a record inside a file). At most
    ``limit`` mentions, the first ones."""
    readings = scan(folded.text, limit=limit)
    if not readings:
        return []
    starts = line_starts(folded.original)
    day_first = forum_day_first(folded.original)
    return [mention(r, tokens, folded, starts, now, first_line, day_first=day_first)
            for r, tokens in readings]  # fmt: skip


def scan(
    text: str, *, whole: bool = False, limit: int = MAX_MENTIONS, attempts: int | None = None
) -> list[tuple[Reading, Tokens]]:
    """Every reading in folded ``text``, in order, at most ``limit`` (and at most ``attempts``
    places tried). ``whole``: read the text as one window (a short string given to
    ``parse_date``), so words with no digit near them count too (أمس)."""
    tries = 0
    found: list[tuple[Reading, Tokens]] = []
    chains = _chains(text)  # no reading starts inside a chain of too many numbers
    windows = iter([(0, len(text))]) if whole else _windows(text, chains)
    lex, openers, last_chain = lexicon(), start_keys(), len(chains)
    for start, end in windows:
        tokens = Tokens(text, start, end)
        grammar = Grammar(tokens, whole=whole)
        kinds, keys, token_starts = tokens.kinds, tokens.keys, tokens.starts
        i, n, c = 0, len(kinds), 0
        while i < n:
            opens = kinds[i] == NUM or keys[i] in openers
            if not opens and keys[i] not in lex:
                if not _unglue(tokens, i):
                    i += 1
                    continue
                opens = keys[i] in openers  # the token is the month now
            at = token_starts[i]
            while c < last_chain and chains[c][1] <= at:
                c += 1
            if c < last_chain and chains[c][0] <= at:
                i += 1
                continue
            tries += 1  # every table word is a place tried, read or not (the same bound)
            if attempts is not None and tries > attempts:
                return found
            if not opens:
                i += 1  # a table word that opens no mention (في, من, و): nothing to read
                continue
            glued = _named(tokens, i)
            if glued and not _glued_place(tokens, i):
                i = _past_name(tokens, i)
                continue
            reading = grammar.read_at(i)
            if reading is None:
                i += 1
                continue
            after = reading.last + 1
            if _named(tokens, after) or (glued and _touches(tokens, after)):
                i = _past_name(tokens, i)
                continue
            found.append((reading, tokens))
            if len(found) >= limit:
                return found
            i = reading.last + 1
    return found


def _named(tokens: Tokens, i: int) -> bool:
    """The token at ``i`` and the one before it touch across an underscore: a date inside a
    file's or an image's name (``88552_ALR_14-10-2019_p32-1``), no stamp."""
    if not 0 < i < len(tokens.kinds):
        return False
    before, at = i - 1, tokens.keys[i - 1] == "_" or tokens.keys[i] == "_"
    return at and tokens.ends[before] == tokens.starts[i]


def _glued_place(tokens: Tokens, i: int) -> bool:
    """An Arabic word, an underscore, then the token at ``i``: a dateline's place glued to its
    date (``رام الله_18/2/2025 أعلنت ...``), a stamp when nothing touches the date after it
    (``صورة_14-10-2019.jpg`` is a file's name)."""
    keys, kinds = tokens.keys, tokens.kinds
    if i < 2 or keys[i - 1] != "_" or kinds[i - 2] != WORD:
        return False
    word = keys[i - 2]
    alone = i < 3 or tokens.starts[i - 2] != tokens.ends[i - 3]  # not itself glued to a name
    return alone and tokens.ends[i - 2] == tokens.starts[i - 1] and not word.isascii()


def _touches(tokens: Tokens, i: int) -> bool:
    """The token at ``i`` touches the one before it (no space between)."""
    return 0 < i < len(tokens.kinds) and tokens.starts[i] == tokens.ends[i - 1]


def _past_name(tokens: Tokens, i: int) -> int:
    """The first token after the run of touching tokens that holds ``i`` (the whole name)."""
    ends, starts, n = tokens.ends, tokens.starts, len(tokens.kinds)
    i += 1
    while i < n and starts[i] == ends[i - 1]:
        i += 1
    return i


# A month name of four letters or more (مارس, يونيو, جانفي, November; not ماي, آب, May), as a
# token's tail: ``اقتصاديونيو 4, 2021``, ``alfalgNovember 30, 2025``, a section's or a writer's
# name glued to the stamp after it.
_GLUED_SHORTEST: Final = 4


@lru_cache(maxsize=1)
def _glued_months() -> tuple[str, ...]:
    names = {
        fold_key(name)
        for table in (EGYPTIAN, MAGHREBI, MOROCCAN, ENGLISH)
        for spellings in table.values()
        for name in spellings
        if " " not in name and "." not in name and len(fold_key(name)) >= _GLUED_SHORTEST
    }
    return tuple(sorted(names, key=len, reverse=True))


def _unglue(tokens: Tokens, i: int) -> bool:
    """A word glued to the month of an English-order stamp after it (``اقتصاديونيو 4, 2021``,
    a copy that lost the space between a section's name and the stamp): the token becomes the
    month alone, starting where the month does. Only before a day and a four-digit year (a verb
    like يمارس before a number is no month)."""
    kinds, keys, n = tokens.kinds, tokens.keys, len(tokens.kinds)
    if i + 2 >= n or kinds[i + 1] != NUM or len(keys[i + 1]) > 2:
        return False
    k = i + 3 if keys[i + 2] in (",", "،") else i + 2
    if k >= n or kinds[k] != NUM or len(keys[k]) != 4:
        return False
    word = keys[i]
    month = next(
        (m for m in _glued_months() if word.endswith(m) and len(word) - len(m) >= 2), None
    )
    if month is None:
        return False
    tokens.starts[i] += len(word) - len(month)
    keys[i] = month
    return True


def _chains(text: str) -> list[tuple[int, int]]:
    """Spans of the chains of more numbers than a date or time has (``1/2/3/4/5/6/7``)."""
    if sum(map(text.count, _CHAIN_MARKS)) < _CHAIN_LINKS:
        return []  # a cheap reject first: too few separators for any chain
    return [m.span() for m in CHAIN_RE.finditer(text)]


def _windows(text: str, chains: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans of the text around its anchors, merged, widened to whole words, in order (made as
    they are asked for: a scan that stops early does not pay for the rest).

    An anchor is a run of digits with a date's company: another number joined to it by a
    separator (``12/08``, ``10:30``), or a date word among its neighbours (a month, a weekday,
    a marker, a zone, a unit, an era); or منذ/قبل before a number or a unit. Other numbers of a
    story (``40 عاما``, ``38%``) are passed over before any token is made, and so are chains of
    more numbers than any date or time has (``1/2/3/4/5/6/7``: a table, a code, an attack)."""
    size = len(text)
    current: tuple[int, int] | None = None
    for a, b in _anchors(text, chains):
        start, stop = max(0, a - _BEFORE), min(size, b + _AFTER)
        if current is not None and start <= current[1]:
            if current[1] - current[0] < WINDOW_CHARS:
                current = (current[0], max(stop, current[1]))
                continue
            # a text dense with dates: cut it into windows of bounded size (tokens are made
            # per window), the next one starting where this one ends
            yield current
            current = (current[1], max(stop, current[1]))
            continue
        edge = start  # whole words at the edges (a long run of letters: 64 more characters)
        while start > 0 and not text[start - 1].isspace() and edge - start < 64:
            start -= 1
        if current is not None and start <= current[1]:
            current = (current[0], stop)
            continue
        if current is not None:
            yield _widened(text, current)
        current = (start, stop)
    if current is not None:
        yield _widened(text, current)


def _widened(text: str, window: tuple[int, int]) -> tuple[int, int]:
    start, stop = window
    edge, size = stop, len(text)
    while stop < size and not text[stop].isspace() and stop - edge < 64:
        stop += 1
    return start, stop


def _anchors(text: str, chains: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The anchors of ``_windows``, in order of their start."""
    hints = hint_words()
    counts = count_words()
    words = [(pos, word) for word in _ANCHOR_WORDS for pos in _find_all(text, word)]
    words.sort()
    w = 0
    c = 0
    for m in _DIGITS_RE.finditer(text):
        a, b = m.span()
        while w < len(words) and words[w][0] < a:
            anchor = _word_anchor(text, words[w], hints, counts)
            if anchor is not None:
                yield anchor
            w += 1
        while c < len(chains) and chains[c][1] <= a:
            c += 1
        if c < len(chains) and chains[c][0] <= a:
            continue  # inside a chain of too many numbers
        if _JOINED_RE.match(text, b) or (_SPACED_RE.match(text, b) and b - a == 4):
            yield a, b
            continue
        after = text[b : b + _NEAR].split(None, _NEAR_WORDS)[:_NEAR_WORDS]
        if any(w_.strip(_WORD_EDGES).lower() in hints for w_ in after):
            yield a, b
            continue
        before = text[max(0, a - _NEAR) : a].rsplit(None, _NEAR_WORDS)[-_NEAR_WORDS:]
        if any(w_.strip(_WORD_EDGES).lower() in hints for w_ in before):
            yield a, b
        elif before and before[-1].strip(_WORD_EDGES).lower().endswith(_glued_months()):
            yield a, b  # a month glued to the word before it (alfalgNovember 30, 2025)
    for word in words[w:]:
        anchor = _word_anchor(text, word, hints, counts)
        if anchor is not None:
            yield anchor


def _find_all(text: str, word: str) -> Iterator[int]:
    pos = text.find(word)
    while pos != -1:
        yield pos
        pos = text.find(word, pos + len(word))


def _word_anchor(
    text: str, found: tuple[int, str], hints: frozenset[str], counts: frozenset[str]
) -> tuple[int, int] | None:
    """منذ or قبل before a number or a unit (منذ 3 أيام, منذ ساعتين): an anchor."""
    pos, word = found
    after = text[pos + len(word) : pos + len(word) + _NEAR].split()[:1]
    if not after:
        return None
    word_after = after[0].strip(_WORD_EDGES)
    if after[0][:1].isdigit() or word_after in hints or word_after in counts:
        return pos, pos + len(word)
    return None


_DIGITS_RE: Final = re.compile(r"\d+")
# More numbers joined by separators than the longest stamp (yyyy:mm:dd.hh:mm:ss has six).
# Possessive, and only from the start of a run of digits: linear on a run of a million digits.
_CHAIN_MARKS, _CHAIN_LINKS = "/-.:", 6  # CHAIN_RE's separators, and how many it needs at least
CHAIN_RE: Final = re.compile(
    rf"(?<!\d)\d++(?: {{0,3}}+[{re.escape(_CHAIN_MARKS)}] {{0,3}}+\d++){{{_CHAIN_LINKS},}}"
)
_JOINED_RE: Final = re.compile(r" {0,3}[/\-.:] {0,3}\d|[tT@]\d")  # 12/08, 10:30, T21
_SPACED_RE: Final = re.compile(r" \d\d \d\d\b")  # 2015 05 14
_NEAR, _NEAR_WORDS = 30, 3  # a date word stands among the three words either side of a number
_WORD_EDGES: Final = "0123456789.,،:;/\\-–_()[]{}«»\"'|+*!؟?"


_HINT_GLUE: Final = frozenset({"hour", "zone", "corresponding", "minute"})
# units and counts make a date only after منذ/قبل, which are anchors of their own
_NO_HINT: Final = frozenset({"glue", "unit", "number", "relday"})


@lru_cache(maxsize=1)
def count_words() -> frozenset[str]:
    """The first words of units and counts (ساعتين, ثلاثة, أسبوع): after منذ/قبل, an anchor."""
    return frozenset(
        key
        for key, bucket in lexicon().items()
        if any(e.cat in ("unit", "number") for _, e in bucket)
    )


@lru_cache(maxsize=1)
def hint_words() -> frozenset[str]:
    """The first words of the date phrases that say a number near them is a date or a time
    (month, weekday, marker, zone, unit, era, الساعة, بتوقيت ...; not في or من), and the era
    and marker letters glued to numbers (2020م, 11ص)."""
    keys = {
        key
        for key, bucket in lexicon().items()
        if any(e.cat not in _NO_HINT or e.name in _HINT_GLUE for _, e in bucket)
    }
    return frozenset(keys | {"ه", "م", "ص"})


def line_starts(text: str) -> list[int]:
    starts = [0]
    find = text.find
    pos = find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return starts


# --- from a reading to a mention ----------------------------------------------------------------


def mention(
    r: Reading,
    tokens: Tokens,
    folded: Folded,
    starts: list[int],
    now: dt.datetime | None,
    first_line: int = 1,
    *,
    day_first: bool = False,
) -> DateMention:
    """The checked, immutable mention of a reading; ``day_first``: the text's forum stamps are
    day first (forum_day_first)."""
    a, b = folded.span(tokens.starts[r.first], tokens.ends[r.last])
    original = folded.original
    line = bisect_right(starts, a) + first_line - 1
    weekday_text = None
    if r.weekday_tokens is not None:
        wa, wb = folded.span(tokens.starts[r.weekday_tokens[0]], tokens.ends[r.weekday_tokens[1]])
        weekday_text = original[wa:wb]
    text = original[a:b]
    try:
        values = interpret(r, text, now, day_first=day_first)
    except ImpossibleDateError as exc:
        return DateMention(text, a, b, line, "date", error=str(exc), forms=tuple(r.forms))
    return DateMention(text, a, b, line, weekday_text=weekday_text, **values)  # type: ignore[arg-type]


def interpret(
    r: Reading, text: str, now: dt.datetime | None, *, day_first: bool = False
) -> dict[str, object]:
    """The values a reading says: the date in Gregorian, the time, the zone and its offset
    (``day_first``: a forum stamp is read day first, as the text's others prove it is)."""
    forms = list(r.forms)
    clock: dt.time | None = None
    seconds = r.second is not None
    if r.hour is not None:
        clock = _clock(r)
    offset = None
    if r.offset is not None:
        sign, hours, minutes = r.offset
        offset = sign * dt.timedelta(hours=hours, minutes=minutes)
    if r.kind == "relative":
        shift = _shift(r, clock)
        date = time = None
        if now is not None:
            date, time = shift.resolve(now)
        return {"kind": "relative", "date": date, "time": time, "shift": shift,
                "offset": None if now is None else shift.offset(now),
                "calendar": "gregorian", "forms": tuple(forms)}  # fmt: skip
    values: dict[str, object] = {
        "kind": r.kind,
        "time": clock,
        "seconds": seconds,
        "zone": r.zone,
        "weekday": r.weekday,
        "forms": tuple(forms),
    }
    date = None
    if r.kind == "date":
        assert r.month is not None and r.day is not None
        if r.second_month is not None and r.second_month != r.month:
            raise ImpossibleDateError(
                f"the two month names disagree (month {r.month} and month {r.second_month})"
            )
        calendar = _calendar(r, text)
        system = r.system or "numeric"
        values.update(calendar=calendar, month_system=system, stated=(r.year, r.month, r.day))
        values["forms"] = (_KIND_FORMS.get(system, "month-name"), *forms)
        if r.year is None:
            _check_partial(calendar, r.month, r.day)
            values["partial"] = True
        else:
            date = calendars.to_gregorian(calendar, r.year, r.month, r.day)
            date = _month_first(date, r, system, calendar, values, None if day_first else text)
    values["date"] = date
    if offset is None and r.zone is not None and (date is not None or r.zone == "UTC"):
        offset = utc_offset(r.zone, date or dt.date(2000, 1, 1), clock)
    values["offset"] = offset
    return values


_KIND_FORMS: Final = {"numeric": "numeric", "hijri": "hijri", "jalali": "jalali"}  # else month-name


# vBulletin's default stamp (its dateformat m-d-Y, its timeformat h:i A): ``07-02-2010, 10:38 AM``
# is 2 July 2010, as the forum software prints it wherever a board keeps its defaults (the boards
# of the development corpus that print this form: 11 with a day over 12 proving month first, 3
# proving day first)
_FORUM_STAMP_RE: Final = re.compile(r"(\d\d?)-\d\d?-\d{4}, \d\d?:\d\d [AP]M", re.ASCII)


def forum_stamp(text: str) -> bool:
    """Whether the text is one forum stamp of vBulletin's default form, nothing else."""
    return _FORUM_STAMP_RE.fullmatch(text) is not None


def forum_day_first(text: str) -> bool:
    """Whether a forum stamp of the text has a day over 12 first (``16-05-2017, 02:06 PM``): the
    board prints day first, and so its other stamps are read."""
    if "M" not in text:  # no AM, no PM: no forum stamp
        return False
    return any(int(m.group(1)) > 12 for m in _FORUM_STAMP_RE.finditer(text))


def _month_first(
    date: dt.date,
    r: Reading,
    system: str,
    calendar: str,
    values: dict[str, object],
    text: str | None,
) -> dt.date:
    """A numeric date read day first (the Arabic way) whose written weekday is not its own but
    is the month-first reading's (``خميس, 08/01/2019`` is 1 August 2019, a Thursday): the
    weekday says which order the site writes. Without a weekday, a forum's default stamp
    (_FORUM_STAMP_RE, in ``text``; None when the text's others are day first) is month first."""
    day, month = r.day, r.month
    if system != "numeric" or calendar != "gregorian" or r.year is None:
        return date
    if day is None or month is None or day > 12:
        return date
    if r.weekday is None:
        if text is None or not forum_stamp(text):
            return date
    elif date.weekday() == r.weekday:
        return date
    try:
        swapped = dt.date(date.year, day, month)
    except ValueError:
        return date
    if r.weekday is not None and swapped.weekday() != r.weekday:
        return date
    values["stated"] = (r.year, r.day, r.month)
    values["forms"] = (*values["forms"], "month-first")  # type: ignore[misc]
    return swapped


def _clock(r: Reading) -> dt.time:
    assert r.hour is not None
    meridiem: Meridiem | None = r.meridiem  # type: ignore[assignment]
    hour = to_24h(r.hour, meridiem)
    minute = r.minute
    if hour is not None and minute < 0:  # إلا ربعاً: a quarter to the hour
        hour, minute = (hour - 1) % 24, 60 + minute
    if hour is None or not 0 <= minute <= 59 or (r.second is not None and r.second > 59):
        written = f"{r.hour}:{r.minute:02d}" + ("" if r.second is None else f":{r.second:02d}")
        marker = {"am": " ص", "pm": " م", "noon": " ظهرا", "night": " ليلا"}.get(
            r.meridiem or "", ""
        )
        raise ImpossibleDateError(f"there is no time {written}{marker}")
    return dt.time(hour, minute, r.second or 0)


def _calendar(r: Reading, text: str) -> Calendar:
    if r.calendar is not None:
        return r.calendar  # type: ignore[return-value]
    assert r.year is not None
    lo, hi = calendars.HIJRI_YEARS
    if lo <= r.year <= hi:
        # A numeric year of 1343-1500 with no era: Solar Hijri when written in Persian digits,
        # otherwise Hijri (Arabic pages write Solar Hijri years with month names).
        return "jalali" if digit_system_of(text) == "persian" else "hijri"
    return "gregorian"


def _check_partial(calendar: Calendar, month: int, day: int) -> None:
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        raise ImpossibleDateError(f"there is no day {day} of month {month}")
    if calendar == "gregorian" and day > calendars.longest_month(month):
        raise ImpossibleDateError(f"month {month} has no day {day}")


_UNIT_SECONDS: Final = {"seconds": 1, "minutes": 60, "hours": 3600}


def _shift(r: Reading, clock: dt.time | None) -> Shift:
    if r.days_back is not None:
        return Shift(days=r.days_back, clock=clock)
    return units_shift(r.shift)


def units_shift(units: Mapping[str, float]) -> Shift:
    """How far back a count of units points (``{"years": 1}``: منذ عام; ``{"months": 1.5}``:
    منذ شهر ونصف, half a month fifteen days)."""
    months = days = seconds = 0.0
    for unit, count in units.items():
        if unit in _UNIT_SECONDS:
            seconds += count * _UNIT_SECONDS[unit]
        elif unit == "days":
            days += count
        elif unit == "weeks":
            days += 7 * count
        elif unit == "months":
            months += count
        else:
            months += 12 * count
    extra_days = 0.0
    if months % 1:  # منذ شهر ونصف: half a month is fifteen days
        extra_days = 15.0
    return Shift(months=int(months), days=days + extra_days, seconds=seconds)
