"""Lexicons read from data files kept with the package (newsctl/data/), each with its sources and
licences in its header: loaded on first use, folded once.

``interface.tsv``: the Arabic interface strings of publishing software (blogs and CMSs: WordPress
and its themes, Joomla, PHP-Fusion; forums: phpBB, SMF, NodeBB, MySmartBB) from their translation
files. A line made only of them is chrome printed by the software.

``outlets.tsv``: the Arabic names of news outlets (newspapers, TV and radio channels) as they print
them, from public data (Wikidata, iptv-org's channel database), written by ``scripts/outlets.py``:
a line that is only an outlet's name names the site, it is no headline.

``places.tsv``: the Arabic names of places (the Unicode CLDR's cities and countries, the larger
cities of the Arab League's countries), written by ``scripts/places.py``: the place that opens a
wire dateline or a reporter's credit (``بغداد:``, ``الدار البيضاء ـ محمد رشيد``).

``names.tsv``: Arabic given names and family names (Faker's Arabic person providers), written by
``scripts/names.py``: a line that is only a person's name (``عبدالله حميد العتابي``) is a writer's
name printed alone, not a headline.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Final

from newsctl.text.fold import fold_key

# What sets interface strings apart on one line: bars, bullets, slashes, dashes, wide gaps.
_PARTS_RE: Final = re.compile(r"\s*(?:[|•·/»«]|\s[-–—]\s|\s{3,})\s*")
DATA: Final = Path(__file__).resolve().parent.parent / "data"
_TRIM: Final = " :.،,*…()[]0123456789٠١٢٣٤٥٦٧٨٩"


def _first_column(name: str, trim: str = "") -> frozenset[str]:
    """The folded first column of a data file's rows (its comment lines left out)."""
    # a file beside the modules, not importlib.resources (which loads tempfile at start-up)
    text = (DATA / name).read_text("utf-8")
    return frozenset(
        fold_key(line.split("\t", 1)[0]).strip(trim)
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


@lru_cache(maxsize=1)
def interface_strings() -> frozenset[str]:
    """The folded interface strings of interface.tsv (first column)."""
    return _first_column("interface.tsv", _TRIM)


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """The folded place names of places.tsv (first column)."""
    return _first_column("places.tsv")


@lru_cache(maxsize=1)
def outlets() -> frozenset[str]:
    """The folded outlets' names of outlets.tsv (first column)."""
    return _first_column("outlets.tsv")


def data_rows(name: str) -> list[list[str]]:
    """The rows of a data file, each split at its tabs, its comment lines left out."""
    text = (DATA / name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def names() -> dict[str, str]:
    """The folded names of names.tsv, each with its kind (given or family)."""
    return {fold_key(row[0]): row[1] for row in data_rows("names.tsv")}


# What joins the parts of an Arabic name (folded): بن, ولد, آل, أبو, عبد (عبد الله in two words)
_NAME_PARTICLES: Final = frozenset({"بن", "ابن", "بنت", "ولد", "ال", "ابو", "ام", "عبد"})
_NAME_MARKS: Final = " |*_.-–•·:"  # what a copy leaves around a name printed alone
PERSON_WORDS: Final = (2, 4)


def _nisba(word: str) -> bool:
    """A family name made from a place or a tribe (العتابي, البرغوثي): ال…ي."""
    return len(word) >= 5 and word.startswith("ال") and word.endswith("ي")


def given_name(word: str) -> bool:
    """Whether a folded word (``عبد``/``ابو`` joined to the next) is a known given name."""
    return names().get(word) == "given"


def person_name(folded: str) -> bool:
    """Whether a folded line is only a person's name: two to four words, a given name first
    (``عبد``/``ابو`` and the word after it as one), every word up to the last a known name, a
    particle (بن, ولد) or a nisba (العتابي); the last one too when the name has two words (a
    family name of three or more may be one no list holds: محمد منار حميجو)."""
    words = folded.strip(_NAME_MARKS).split()
    low, high = PERSON_WORDS
    if not low <= len(words) <= high or not all(w.isalpha() for w in words):
        return False
    known = names()
    first, rest = words[0], words[1:]
    if first in ("عبد", "ابو") and len(rest) >= 2:
        first, rest = first + rest[0], rest[1:]
    if not given_name(first) and not given_name(first.replace(" ", "")):
        return False
    if not all(w in known or w in _NAME_PARTICLES or _nisba(w) for w in rest[:-1]):
        return False
    last = rest[-1]
    return last in known or _nisba(last) or len(words) >= 3


PLACE_WORDS: Final = 3  # the longest place name, in words
_LETTER: Final = r"(?:[^\W\d_ـ]|[\u064b-\u065f\u0670])"  # a letter, or a vowel sign on it (عمّان)
_OPENING_WORDS_RE: Final = re.compile(
    rf"(?<![\w\s])\s*+{_LETTER}++(?: {_LETTER}++){{0,{PLACE_WORDS - 1}}}"
)


def place_opening(text: str) -> str | None:
    """The place name that opens ``text`` as written (the longest known one, up to three
    words: ``الدار البيضاء ـ ...``), or None."""
    m = _OPENING_WORDS_RE.match(text)
    if m is None:
        return None
    words = m.group().split()
    known = places()
    for n in range(len(words), 0, -1):
        if fold_key(" ".join(words[:n])) in known:
            return " ".join(words[:n])
    return None


def interface_line(text: str) -> bool:
    """A line made only of interface strings (``أضف تعليق``, ``رد مع اقتباس | اقتباس``),
    counts and punctuation aside."""
    known = interface_strings()
    parts = [fold_key(p).strip(_TRIM) for p in _PARTS_RE.split(text)]
    parts = [p for p in parts if p]
    return bool(parts) and all(p in known or _qualified(p, known) for p in parts)


QUALIFIED_WORDS: Final = 3  # an interface phrase this long may take one word more


def _qualified(part: str, known: frozenset[str]) -> bool:
    """An interface phrase of three words or more and one word that qualifies it (the skip
    link's التخطي إلى المحتوى and الرئيسي, as another theme words it)."""
    words = part.split()
    return len(words) > QUALIFIED_WORDS and " ".join(words[:-1]) in known


INTERFACE_PHRASES: Final = 2  # a sentence holding this many interface phrases is the software's


@lru_cache(maxsize=1)
def _interface_phrases() -> tuple[frozenset[str], frozenset[str], int]:
    """The interface strings of two words or more, their first words, and the longest's words."""
    phrases = frozenset(s for s in interface_strings() if " " in s)
    firsts = frozenset(s.split(" ", 1)[0] for s in phrases)
    return phrases, firsts, max(len(s.split()) for s in phrases)


def interface_sentence(folded: str) -> bool:
    """A sentence that holds two or more distinct interface phrases of several words (a forum's
    notice to guests: هل تريد التفاعل ... إنشاء حساب جديد ... أو تسجيل الدخول للمتابعة): the
    software's, whatever else it says. ``folded``: a line's folded text."""
    return len(_phrases_in(folded.split())) >= INTERFACE_PHRASES


def interface_menu(folded: str) -> bool:
    """A short line that holds two or more distinct interface phrases of several words and is
    mostly made of them (من نحن ؟ اتصل بنا الصفحة الرئيسية: a row of the software's links), not a
    title that names one (خطوات إنشاء حساب جديد في المنصة). ``folded``: a line's folded text."""
    words = folded.split()
    found = _phrases_in(words)
    covered = {i + k for i, n in found.values() for k in range(n)}
    return len(found) >= INTERFACE_PHRASES and 2 * len(covered) >= len(words)


def _phrases_in(words: list[str]) -> dict[str, tuple[int, int]]:
    """The distinct interface phrases of several words among ``words`` (marks around each word
    aside), each with where it starts and its length: the longest that starts at a word;
    empty at once when fewer than two words open one."""
    phrases, firsts, longest = _interface_phrases()
    words = [w.strip(_TRIM) for w in words]
    starts = [i for i, w in enumerate(words) if w in firsts]
    found: dict[str, tuple[int, int]] = {}
    if len(starts) < INTERFACE_PHRASES:
        return found  # a cheap reject first: too few words that open a phrase
    for i in starts:
        for n in range(longest, 1, -1):
            candidate = " ".join(words[i : i + n])
            if candidate in phrases:
                found.setdefault(candidate, (i, n))
                break
    return found
