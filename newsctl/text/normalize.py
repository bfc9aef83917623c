"""Normalizing Arabic text for search and matching, one switchable step at a time.

Default steps change how text is encoded, not which letters it has: digits to Latin, tatweel
(stretching) removed, diacritics removed, presentation forms (PDF copies) decomposed, invisible
controls removed, odd spaces made plain, Persian letters to their Arabic twins. The folding steps
that change letters are off by default: alef variants to bare alef, alef maqsura to yeh, teh marbuta
to heh.

Two known mistakes of common Arabic normalizers are avoided on purpose: alef maqsura is folded
to yeh (ي), never to alef (ا); and nothing but the characters named by a step is touched, so
Latin text, digits, punctuation and emoji survive.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final

from newsctl.text import chars
from newsctl.text.digits import DigitSystem, convert_digits

# A tatweel run stretching a word (touching a letter) is removed; a run standing alone between
# spaces is used as a dash (`ــ ابنا ــ`, `دبي ـ العربية.نت`) and is kept. A run is tried once,
# from its first tatweel and taken whole (possessive): tried from every tatweel of a run with
# the letter looked for after it, a long run of tatweel between spaces was quadratic.
_LETTER: Final = rf"[^\W\d_{chars.TATWEEL}]"
_STRETCH_RE: Final = re.compile(
    rf"(?<={_LETTER}){chars.TATWEEL}++|(?<!{chars.TATWEEL}){chars.TATWEEL}++(?={_LETTER})"
)
_PRESENTATION_RE: Final = re.compile(chars.PRESENTATION_FORMS_RE)


@dataclass(frozen=True)
class Steps:
    """Which normalization steps run. The defaults are the safe set."""

    digits: DigitSystem | None = "latin"
    tatweel: bool = True
    diacritics: bool = True
    presentation: bool = True
    invisible: bool = True
    spaces: bool = True
    persian: bool = True
    alef: bool = False
    maqsura: bool = False
    teh: bool = False


def _table(steps: Steps) -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    if steps.diacritics:
        table.update({ord(c): None for c in chars.DIACRITICS})
    if steps.invisible:
        table.update({ord(c): None for c in chars.INVISIBLE})
    if steps.spaces:
        table.update({ord(c): " " for c in chars.ODD_SPACES})
    if steps.persian:
        table.update({ord(k): v for k, v in chars.PERSIAN_TO_ARABIC.items()})
    if steps.alef:
        table.update({ord(c): "ا" for c in chars.ALEF_VARIANTS})
    if steps.maqsura:
        table[ord(chars.ALEF_MAQSURA)] = "ي"
    if steps.teh:
        table[ord(chars.TEH_MARBUTA)] = "ه"
    return table


def normalize(text: str, steps: Steps | None = None) -> str:
    """``text`` with the chosen steps applied (the safe default set when ``steps`` is None)."""
    steps = steps or Steps()
    if steps.presentation and _PRESENTATION_RE.search(text):
        text = _PRESENTATION_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = text.translate(_table(steps))
    if steps.tatweel and chars.TATWEEL in text:
        text = _STRETCH_RE.sub("", text)
    if steps.digits is not None:
        text = convert_digits(text, steps.digits)
    return text
