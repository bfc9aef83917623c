"""The date grammar: one compiled regular expression over folded text (see ``newsctl.text.fold``).

Every repetition in it is bounded, and every alternative starts on a digit or a known word, so a
search costs time linear in the length of the text whatever the input (no catastrophic
backtracking). Word lists are compiled into prefix trees, so a position that starts no known word
is rejected after one or two characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Final

from newsctl import recache
from newsctl.dates.markers import MARKERS, SHORT_MARKERS
from newsctl.dates.months import SYSTEMS
from newsctl.dates.weekdays import WEEKDAYS
from newsctl.dates.zones import ZONE_WORDS
from newsctl.text.fold import fold_key

_NOT_LETTER_AFTER: Final = r"(?![^\W\d_])"
_NOT_LETTER_BEFORE: Final = r"(?<![^\W\d_])"

GREENWICH_WORDS: Final = ZONE_WORDS["UTC"]

RELATIVE_UNITS: Final[dict[str, tuple[str, int]]] = {
    # word: (unit, count implied by the word; 0 means "a number stands before it")
    "ثانيه": ("seconds", 1),
    "ثانيتين": ("seconds", 2),
    "ثوان": ("seconds", 0),
    "ثواني": ("seconds", 0),
    "دقيقه": ("minutes", 1),
    "دقيقتين": ("minutes", 2),
    "دقائق": ("minutes", 0),
    "ساعه": ("hours", 1),
    "ساعتين": ("hours", 2),
    "ساعات": ("hours", 0),
    "يوم": ("days", 1),
    "يومين": ("days", 2),
    "ايام": ("days", 0),
    "اسبوع": ("weeks", 1),
    "اسبوعين": ("weeks", 2),
    "اسابيع": ("weeks", 0),
    "شهر": ("months", 1),
    "شهرين": ("months", 2),
    "اشهر": ("months", 0),
    "شهور": ("months", 0),
    "سنه": ("years", 1),
    "سنتين": ("years", 2),
    "سنوات": ("years", 0),
    "عام": ("years", 1),
    "عامين": ("years", 2),
    "اعوام": ("years", 0),
}
# Words that are a day relative to now: (days back).
RELATIVE_DAYS: Final[dict[str, int]] = {
    "اليوم": 0,
    "امس": 1,
    "البارحه": 1,
    "اول امس": 2,
    "امس الاول": 2,
    "غدا": -1,
}


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of ``words`` (already folded), longest first, through a prefix tree.

    A space in a word matches up to three spaces, or none before a digit (``كانون2``).
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        ends = "" in node
        branches = []
        for ch in sorted((c for c in node if c), key=lambda c: (-_depth(node[c]), c)):
            atom = r" {0,3}" if ch == " " else re.escape(ch)
            branches.append(atom + emit(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(trie)


def _depth(node: dict) -> int:  # type: ignore[type-arg]
    return 1 + max((_depth(child) for child in node.values()), default=0)


@lru_cache(maxsize=1)
def keys() -> dict[str, dict[str, tuple[int, str]]]:
    """Folded word -> (number, system/kind) lookups for every table the grammar uses."""
    months: dict[str, tuple[int, str]] = {}
    hijri: dict[str, tuple[int, str]] = {}
    jalali: dict[str, tuple[int, str]] = {}
    for system, table in SYSTEMS.items():
        target = hijri if system == "hijri" else jalali if system == "jalali" else months
        for number, names in table.items():
            for name in names:
                key = fold_key(name)
                target.setdefault(key, (number, system))
                target.setdefault(key.replace(" ", ""), (number, system))  # كانون2, ذوالحجة
    for name in list(months):  # "Sept." and "Feb." are written with a dot
        if name.isascii() and len(name) <= 4:
            months.setdefault(name + ".", months[name])
    weekdays = {fold_key(n): (num, "weekday") for num, names in WEEKDAYS.items() for n in names}
    markers: dict[str, tuple[int, str]] = {
        fold_key(m): (0, kind) for kind, ms in MARKERS.items() for m in ms
    }
    zones = {fold_key(w): (0, zone) for zone, ws in ZONE_WORDS.items() for w in ws}
    units = {k: (n, u) for k, (u, n) in RELATIVE_UNITS.items()}
    days = {k: (n, "day") for k, n in RELATIVE_DAYS.items()}
    return {
        "month": months,
        "hijri": hijri,
        "jalali": jalali,
        "weekday": weekdays,
        "marker": markers,
        "zone": zones,
        "unit": units,
        "day": days,
    }


@cache
def _words(kind: str) -> str:
    return trie_pattern(keys()[kind]) + _NOT_LETTER_AFTER


@lru_cache(maxsize=1)
def _long_markers() -> str:
    short = {fold_key(s) for s in SHORT_MARKERS}
    return trie_pattern(m for m in keys()["marker"] if m not in short)


def _time(p: str) -> str:
    """A clock time; ``p`` prefixes the group names so the pattern can appear twice."""
    pre = r"(?:(?:في|عند|على) {1,2})?(?:تمام {1,2})?(?:ال)?ساعه"
    return (
        rf"(?:(?P<{p}_pre>{pre}) {{0,3}})?"
        rf"(?<![\d:])(?P<{p}_h>\d{{1,2}})"
        rf"(?:(?::(?P<{p}_m>\d{{2}})(?::(?P<{p}_s>\d{{2}}))?(?![\d:]))"
        rf"|(?({p}_pre)(?!\d)|(?= {{0,3}}(?:{_long_markers()}){_NOT_LETTER_AFTER})))"
        rf"(?: {{0,3}}(?P<{p}_mer>{_words('marker')}))?"
    )


def _zone(p: str) -> str:
    """A zone after or before a time. City and country names are captured as one or two words
    and checked against the zone table afterwards (a table in the pattern would be repeated
    for every place a zone can stand, and make compiling slow)."""
    offset = r"[+-] {0,2}\d{1,2}(?::?\d{2})?"
    word = r"[^\W\d_]{2,15}"
    words = rf"{word}(?: {{1,2}}{word})?"
    label = r"(?:(?:ب|حسب {1,2})?(?:ال)?توقيت {0,2})"
    return (
        rf"(?P<{p}_z>{label}(?P<{p}_zw>{words})"
        rf"|\( {{0,2}}{label}?(?P<{p}_zp>{words})(?: {{0,2}}(?P<{p}_zpo>{offset}))? {{0,2}}\)"
        rf"|(?P<{p}_zg>{_greenwich()}){_NOT_LETTER_AFTER}(?: {{0,2}}(?P<{p}_zgo>{offset}))?"
        rf"|(?P<{p}_zn>[+-]\d{{2}}:?\d{{2}})(?!\d))"
    )


@lru_cache(maxsize=1)
def _greenwich() -> str:
    return trie_pattern(fold_key(w) for w in GREENWICH_WORDS)


_SP: Final = r"[ ,،]{0,4}"
_GAP: Final = r"[ ,،|\-/]{0,6}"
_YEAR: Final = r"(?<!\d)\d{4}(?!\d)"
_DAY: Final = r"(?<![\d.:/])\d{1,2}(?!\d)"
_HSUF: Final = r" {0,3}(?:ه(?:\.|(?![^\W\d_]))|هجريه|هجري|للهجره|ه\.ق)"
_GSUF: Final = r" {0,3}(?:م(?:\.|(?![^\W\d_]))|ميلاديه|ميلادي|للميلاد)"
_JSUF: Final = r" {0,3}(?:ه\.? {0,2}ش\.?|هجري شمسي|شمسي)"
_PAIR: Final = r"(?: {0,3}[/\-(] {0,3}| {1,3})"  # آذار/مارس, آذار - مارس, آذار مارس, آذار (مارس)
_PAIR_END: Final = r"(?: {0,2}\))?"


def _date() -> str:
    month = _words("month")
    hijri = _words("hijri")
    jalali = _words("jalali")
    weekday = rf"(?:(?:يوم) {{1,3}})?(?P<wd>{_words('weekday')})[ ,،:\-]{{0,4}}(?:الموافق {{1,3}})?"
    return (
        rf"(?:{weekday})?(?:"
        # 19 يناير 2022, 21 فبراير/ شباط, 2010, 08/ديسمبر/2009, 15 يناير (partial)
        rf"(?P<gd>{_DAY}) {{0,3}}[/\-.]? {{0,3}}(?P<gm>{month})"
        rf"(?:{_PAIR}(?P<gm2>{month}){_PAIR_END})?"
        rf"(?:[ ,،]{{0,3}}[/\-.]?[ ,،]{{0,3}}(?P<gy>{_YEAR})(?P<gys>{_GSUF})?)?"
        # November 9, 2020; ديسمبر 25, 2020; Feb. 19 2020
        rf"|{_NOT_LETTER_BEFORE}(?P<md>{month})(?:{_PAIR}(?P<md2>{month}){_PAIR_END})? {{0,3}}"
        rf"(?P<mdd>{_DAY})(?:st|nd|rd|th)?[ ,،]{{0,3}}(?P<mdy>{_YEAR})"
        # 11 شوال 1441هـ
        rf"|(?P<hd>{_DAY}) {{0,3}}[/\-]? {{0,3}}(?P<hm>{hijri})"
        rf"(?:[ ,،]{{0,3}}[/\-]?[ ,،]{{0,3}}(?P<hy>\d{{3,4}})(?!\d)(?P<hys>{_HSUF})?)?"
        # ۲۹ بهمن ۱۳۹۸
        rf"|(?P<jd>{_DAY}) {{0,3}}(?P<jm>{jalali})(?: {{0,3}}(?P<jy>{_YEAR})(?P<jys>{_JSUF})?)?"
        # 17.03.2020, 1 / 12 / 2020, 1427/4/9 هـ
        rf"|(?P<nd>{_DAY}) {{0,3}}(?P<ns>[/\-.]) {{0,3}}(?P<nm>\d{{1,2}}) {{0,3}}(?P=ns) {{0,3}}"
        rf"(?P<ny>{_YEAR})(?![/.\-]\d)(?:(?P<nhs>{_HSUF})|(?P<ngs>{_GSUF}))?"
        # 2020/12/25, 1427/4/9 هـ
        rf"|(?<![\d/.\-])(?P<yy>\d{{4}}) {{0,3}}(?P<ys>[/\-.]) {{0,3}}(?P<ym>\d{{1,2}}) {{0,3}}"
        rf"(?P=ys) {{0,3}}(?P<yd>\d{{1,2}})(?![\d/.\-])(?:(?P<yhs>{_HSUF})|(?P<ygs>{_GSUF}))?"
        r")"
    )


def _relative() -> str:
    return (
        rf"{_NOT_LETTER_BEFORE}(?:منذ|قبل) {{1,3}}(?:(?P<rn>\d{{1,3}}) {{0,3}})?"
        rf"(?P<ru>{_words('unit')})"
    )


def _sources() -> tuple[str, ...]:
    """The files the grammar is built from (a change to any of them rebuilds the cache)."""
    from newsctl.dates import markers, months, weekdays, zones
    from newsctl.text import chars, fold

    tables = (chars, fold, markers, months, weekdays, zones)
    return (*(m.__file__ or "" for m in tables), __file__)


@lru_cache(maxsize=1)
def mention_re() -> re.Pattern[str]:
    """Every date, time and relative expression, with optional weekday, time and zone around."""
    return recache.compile_built("mention", _sources(), _mention_pattern, re.IGNORECASE)


def _mention_pattern() -> str:
    zone_pre = rf"(?:{_zone('a')} {{0,3}})?"
    time_first = rf"(?:(?P<t0>{_time('b')})(?: {{0,3}}{_zone('c')})?{_GAP})?"
    time_after = (
        rf"(?:{_GAP}(?:(?:{_zone('d')}) {{0,3}})?(?P<t1>{_time('e')})(?: {{0,3}}{_zone('f')})?)?"
    )
    pattern = (
        rf"{zone_pre}(?:{time_first}(?P<date>{_date()}){time_after}(?: {{0,3}}{_zone('g')})?"
        rf"|(?P<t2>{_time('h')})(?: {{0,3}}{_zone('i')})?"
        rf"|(?P<rel>{_relative()}))"
    )
    return pattern


@lru_cache(maxsize=1)
def simple_re() -> re.Pattern[str]:
    """The commonest whole strings (a cheap check before the full grammar, fullmatch only):
    ``[weekday] d MONTH yyyy [[الساعة] h:mm[:ss] [marker]]`` and ``d/m/yyyy``."""
    return recache.compile_built("simple", _sources(), _simple_pattern, re.IGNORECASE)


def _simple_pattern() -> str:
    return (
        rf" {{0,3}}(?:(?P<wd>{_words('weekday')})[ ,،]{{0,3}})?"
        rf"(?:(?P<d>\d{{1,2}}) (?P<mo>{_words('month')}) (?P<y>\d{{4}})"
        rf"|(?P<nd>\d{{1,2}})(?P<s>[/.-])(?P<nm>\d{{1,2}})(?P=s)(?P<ny>\d{{4}}))"
        rf"(?: {{1,3}}(?:الساعه {{1,2}})?(?P<h>\d{{1,2}}):(?P<mi>\d{{2}})(?::(?P<se>\d{{2}}))?"
        rf"(?: {{1,3}}(?P<mer>{_words('marker')}))?)? {{0,3}}"
    )
