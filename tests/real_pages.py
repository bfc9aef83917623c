"""The development set of real saved pages: a manifest of pages kept as test data in public
repositories (tests/realpages/manifest.tsv: repository, path, commit, the page's public address
where known, and gold read from the page: date, time and zone where it states them, headline),
and the folder that holds them on this machine, named by ``NEWSCTL_REALPAGES`` (laid out as
``<owner>+<repo>/<path>``, see benchmarks/realpages.md). The pages themselves are never part of
this repository. Shared by tests/test_realpages.py and ``benchmarks/accuracy.py --real``."""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, NamedTuple

MANIFEST = Path(__file__).resolve().parent / "realpages" / "manifest.tsv"
ENV = "NEWSCTL_REALPAGES"


class RealPage(NamedTuple):
    repository: str
    path: str
    commit: str
    url: str
    date: str
    time: str
    zone: str
    headline: str

    def file(self, root: Path) -> Path:
        return root / self.repository.replace("/", "+") / self.path

    @property
    def name(self) -> str:
        return f"{self.repository}:{self.path}"


def pages() -> list[RealPage]:
    lines = MANIFEST.read_text("utf-8").splitlines()
    return [RealPage(*line.split("\t")) for line in lines[1:] if line.strip()]


def folder() -> tuple[Path | None, str]:
    """The folder of the pages, or None with the reason it cannot be used."""
    value = os.environ.get(ENV)
    if not value:
        return None, f"{ENV} is not set (see benchmarks/realpages.md to lay out the real pages)"
    root = Path(value)
    if not root.is_dir():
        return None, f"{ENV}={value} is not a folder"
    missing = [p.name for p in pages() if not p.file(root).is_file()]
    if missing:
        return None, f"{len(missing)} pages of the manifest are missing under {root}: {missing[0]}"
    return root, ""


def read_page(path: Path) -> bytes:
    data = path.read_bytes()
    if path.suffix == ".gz":
        import gzip

        data = gzip.decompress(data)
    return data


# --- scoring -----------------------------------------------------------------------------------

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def same_headline(got: str | None, gold: str) -> bool:
    """Equal once Unicode, spaces, quotes and dashes are normalized and case folded."""
    if not got:
        return False

    def norm(text: str) -> str:
        return " ".join(unicodedata.normalize("NFKC", text).translate(_QUOTES).split()).casefold()

    return norm(got) == norm(gold)


def _offset(text: str) -> dt.timedelta | None:
    m = re.fullmatch(r"([+-])(\d\d):?(\d\d)", text or "")
    if m is None:
        return None
    delta = dt.timedelta(hours=int(m.group(2)), minutes=int(m.group(3)))
    return -delta if m.group(1) == "-" else delta


def date_right(record: dict[str, Any], page: RealPage) -> bool:
    """The day alone."""
    return bool(record.get("date") == page.date)


def moment_right(record: dict[str, Any], page: RealPage) -> bool:
    """The day, and the time and zone where the gold states them: a time with a zone on both
    sides is compared as a moment (a page may give it in UTC and in local time alike)."""
    if not page.time:
        return date_right(record, page)
    got_time, got_zone = record.get("time"), _offset(record.get("utc_offset") or "")
    if not got_time or not record.get("date"):
        return False
    gold_zone = _offset(page.zone)
    if page.zone and gold_zone is not None:
        if got_zone is None:
            return False
        ours = dt.datetime.fromisoformat(f"{record['date']}T{got_time[:5]}") - got_zone
        gold = dt.datetime.fromisoformat(f"{page.date}T{page.time}") - gold_zone
        return ours == gold
    return date_right(record, page) and got_time[:5] == page.time


# --- main text: a gold cut from the page's visible text by two anchors ---------------------------

MAINTEXT = MANIFEST.parent / "maintext.tsv"


class TextGold(NamedTuple):
    """The article's main text of one page of the manifest, as two anchors: ``first``, the first
    words of the story as the page shows them (the lead or standfirst included), and ``last``, the
    last words of its last paragraph (before tags, share buttons, author notes, related links)."""

    repository: str
    path: str
    first: str
    last: str

    @property
    def name(self) -> str:
        return f"{self.repository}:{self.path}"


def text_golds() -> list[TextGold]:
    """The rows of maintext.tsv (lines starting with ``#`` are comments)."""
    lines = [line for line in MAINTEXT.read_text("utf-8").splitlines() if line.strip()]
    rows = [line.split("\t") for line in lines if not line.startswith("#")]
    return [TextGold(*row) for row in rows[1:]]


_SKIPPED = frozenset({"script", "style", "noscript", "template", "head", "title"})
# Elements inside a line of text: no word boundary at their tags. Every other tag is a boundary.
_INLINE = frozenset(
    {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins"}
    | {"kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var"}
    | {"wbr"}
)


class _VisibleText(HTMLParser):
    """The text outside script, style, noscript, template, head and title, as the standard
    library's parser reads it; a space at every tag but the inline ones."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self.skipping = [t for t in self.skipping if t != "head"]  # a head left open ends here
        if tag in _SKIPPED:
            self.skipping.append(tag)
        elif tag not in _INLINE:
            self.parts.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _INLINE:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            if tag in self.skipping:
                while self.skipping and self.skipping.pop() != tag:
                    pass
        elif tag not in _INLINE:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def _decoded(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        m = re.search(rb"""charset=["']?([A-Za-z0-9_-]+)""", data[:8192])
        try:
            return data.decode(m.group(1).decode("ascii") if m else "cp1252", "replace")
        except LookupError:
            return data.decode("cp1252", "replace")


def visible_text(data: bytes) -> str:
    """A neutral reading of a page's visible text, independent of newsctl's reader: the bytes as
    UTF-8 (else the declared charset), read by ``html.parser``, the text outside script, style,
    noscript, template, head and title, NFC, all whitespace runs one space."""
    parser = _VisibleText()
    parser.feed(_decoded(data))
    parser.close()
    return " ".join(unicodedata.normalize("NFC", "".join(parser.parts)).split())


def _anchor(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def gold_text(page_text: str, gold: TextGold) -> str | None:
    """The page's text from the first occurrence of ``first`` to the end of the first occurrence
    of ``last`` after it; None when either anchor is not found."""
    start = page_text.find(_anchor(gold.first))
    if start < 0:
        return None
    end = page_text.find(_anchor(gold.last), start)
    if end < 0:
        return None
    return page_text[start : end + len(_anchor(gold.last))]


def anchor_faults(page_text: str, gold: TextGold) -> list[str]:
    """What is wrong with a row's anchors on its page: not found, or found more than once."""
    faults = []
    for key, anchor in (("first", gold.first), ("last", gold.last)):
        count = page_text.count(_anchor(anchor))
        if count != 1:
            faults.append(f"{key} anchor found {count} times: {anchor!r}")
    if not faults and gold_text(page_text, gold) is None:
        faults.append("last anchor is before the first")
    return faults


# Tokens: runs of Unicode letters and digits, case folded, after NFKC; a Chinese or Japanese
# character is a token by itself (those scripts write no spaces). Arabic is folded lightly: the
# tatweel and the short vowels and other marks are dropped, hamzated alefs become bare alef, alef
# maqsura ya, ta marbuta ha, so that spelling variants of one word count as one.
_CJK = re.compile("([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])")
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_WORD = re.compile(r"[^\W_]+")


def tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text)
    text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_FOLD)
    return _WORD.findall(_CJK.sub(r" \1 ", text).casefold())


class Overlap(NamedTuple):
    precision: float
    recall: float
    f1: float


def token_f1(got: str, gold: str) -> Overlap:
    """Multiset precision, recall and F1 of the tokens of ``got`` against those of ``gold``."""
    ours, theirs = Counter(tokens(got)), Counter(tokens(gold))
    common = sum((ours & theirs).values())
    if not common:
        return Overlap(0.0, 0.0, 0.0)
    precision, recall = common / sum(ours.values()), common / sum(theirs.values())
    return Overlap(precision, recall, 2 * precision * recall / (precision + recall))


def record_text(record: dict[str, Any]) -> str:
    """A record's article text as measured: its lead and its body's paragraphs, joined."""
    lead, body = record.get("lead"), record.get("body") or []
    return "\n".join([lead, *body] if lead else body)


def median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2
