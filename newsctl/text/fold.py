"""Folding text for matching, with a map back to the original character offsets.

The date engine and the header parser match against a folded copy of the text: digits in Latin,
invisible controls, tatweel and diacritics removed, odd spaces and dashes made plain, letter
variants (alef, alef maqsura, teh marbuta, Persian letters) folded, presentation forms decomposed.
The original is never changed; ``Folded.span`` maps a match back onto it.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache
from typing import Final

from newsctl.text import chars
from newsctl.text.digits import TO_LATIN

_table: dict[int, str | None] = dict(TO_LATIN)
_table.update({ord(c): " " for c in chars.ODD_SPACES + "\t"})
_table.update({ord(c): "-" for c in chars.DASHES})
_table.update({ord(c): "ا" for c in chars.ALEF_VARIANTS})
_table[ord(chars.ALEF_MAQSURA)] = "ي"
_table[ord(chars.TEH_MARBUTA)] = "ه"
_table.update({ord(k): v for k, v in chars.PERSIAN_TO_ARABIC.items()})
_table[ord("٫")] = "."
_table[ord("٬")] = ","
_table[ord("：")] = ":"
FOLD_TABLE: Final = _table

_DELETE: Final = chars.INVISIBLE + chars.JOINERS + chars.TATWEEL + chars.DIACRITICS
_MARKS: Final = frozenset(chars.TATWEEL + chars.DIACRITICS)
_DELETE_TABLE: Final = {ord(c): None for c in _DELETE}
# Characters whose folded form is not exactly one character: runs of deletable ones, and
# presentation forms (one at a time, NFKC may expand them). One class of both opens the pattern,
# so that the engine skips to the next such character at once (the two sets do not meet): a
# deletable one goes on with the rest of its run.
_CHANGING_RE: Final = re.compile(
    "[" + re.escape(_DELETE) + chars.PRESENTATION_FORMS_RE[1:-1] + "]"
    "(?:(?<=[" + re.escape(_DELETE) + "])[" + re.escape(_DELETE) + "]*)?"
)


class _FullTable(dict):  # type: ignore[type-arg]
    """FOLD_TABLE plus deletions, learning every other character on first sight: presentation
    forms map to their NFKC letters, anything else to itself (``str.translate`` then finds each
    character of a text in the dict after its first occurrence)."""

    LIMIT = 20_000  # characters remembered at most: hostile text cannot make it grow for ever

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        value: str | None = ch
        if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFE:
            decomposed = unicodedata.normalize("NFKC", ch)
            if decomposed != ch:
                value = decomposed.translate(_DELETE_TABLE).translate(FOLD_TABLE)
        if len(self) < self.LIMIT:
            self[code] = value
        return value


@lru_cache(maxsize=1)
def _full_table() -> _FullTable:
    """FOLD_TABLE plus deletions and presentation forms, for one-call folding."""
    table = _FullTable(FOLD_TABLE)
    table.update(_DELETE_TABLE)
    return table


def fold_text(text: str) -> str:
    """The folded text alone, in one pass (no map back to the original offsets)."""
    return text.translate(_full_table())


def fold_key(text: str) -> str:
    """The folded form of a short word or phrase (table keys, user input); spaces collapsed."""
    return " ".join(fold_text(text).split()).casefold()


class Folded:
    """A folded copy of ``original`` that remembers where each folded character came from.

    The folded text costs one ``str.translate``; the map back to the original is built as far
    as it is asked for (most mentions stand in the first lines of an article, and a text with
    none never needs it).
    """

    __slots__ = ("_matches", "_norm_marks", "_orig_marks", "_shift", "original", "text")

    def __init__(self, original: str, text: str | None = None) -> None:
        """``text``: ``fold_text(original)`` when the caller has it already."""
        self.original = original
        self.text = fold_text(original) if text is None else text
        self._norm_marks: list[int] = []  # offsets where the two texts shift against each other
        self._orig_marks: list[int] = []
        self._shift = 0  # original offset minus folded offset so far
        self._matches: Iterator[re.Match[str]] | None = None

    def _extend(self, norm_index: int) -> None:
        """Build the map until it covers ``norm_index`` of the folded text."""
        if self._matches is None:
            self._matches = _CHANGING_RE.finditer(self.original)
        norm_marks, orig_marks = self._norm_marks, self._orig_marks
        while not norm_marks or norm_marks[-1] <= norm_index:
            m = next(self._matches, None)
            if m is None:
                norm_marks.append(len(self.text) + 1)  # the end: nothing more shifts
                orig_marks.append(len(self.original) + 1)
                return
            form = m.group()
            repl_len = 0 if form[0] in _DELETE else len(fold_text(form))  # else a presentation form
            norm_start = m.start() - self._shift
            for j in range(1, repl_len):  # every character of an expansion maps to its source
                norm_marks.append(norm_start + j)
                orig_marks.append(m.start())
            self._shift += (m.end() - m.start()) - repl_len
            norm_marks.append(m.end() - self._shift)
            orig_marks.append(m.end())

    def index(self, norm_index: int) -> int:
        """The offset in the original text of the folded character at ``norm_index``."""
        marks = self._norm_marks
        if not marks or marks[-1] <= norm_index:
            self._extend(norm_index)
        k = bisect_right(marks, norm_index) - 1
        if k < 0:
            return norm_index
        return self._orig_marks[k] + (norm_index - marks[k])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded span to the original text, without invisible characters at its edges
        (tatweel and diacritics after its last letter are part of it: هـ, مساءً)."""
        if start >= end:
            pos = self.index(start)
            return pos, pos
        stop = self.index(end - 1) + 1
        original = self.original
        while stop < len(original) and original[stop] in _MARKS:
            stop += 1
        return self.index(start), stop
