"""Character classes of real Arabic text: invisible controls, tatweel, diacritics, letter variants.

One place for each class; the normalizer (for users) and the matcher (for the date engine and the
parser) both build on these.
"""

from __future__ import annotations

from typing import Final

TATWEEL: Final = "\u0640"

# Bidi controls: LRM, RLM, ALM, LRE..RLO, LRI..PDI.
BIDI_CONTROLS: Final = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Invisible characters that carry no letters: zero-width space, word joiner, BOM, soft hyphen.
ZERO_WIDTH: Final = "\u200b\u2060\ufeff\u00ad"
# Joiners change how letters connect (ZWNJ is part of Persian spelling), so they are apart.
JOINERS: Final = "\u200c\u200d"
INVISIBLE: Final = BIDI_CONTROLS + ZERO_WIDTH

# Spaces that look like a space: no-break, the U+2000 block, narrow no-break, ideographic.
ODD_SPACES: Final = (
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)

# Harakat, tanween, shadda, sukun, superscript alef, Quranic marks.
DIACRITICS: Final = (
    "".join(chr(c) for c in range(0x064B, 0x0660))
    + "\u0670"
    + "".join(chr(c) for c in range(0x06D6, 0x06DD))
)

# Dashes that stand for a hyphen between date parts.
DASHES: Final = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"

# Letter variants. Folding these changes letters, so the user-facing normalizer leaves them off
# by default; the matcher always folds them (keys in the tables are written folded).
ALEF_VARIANTS: Final = "أإآٱ"  # -> ا
ALEF_MAQSURA: Final = "ى"  # -> ي (never to ا)
TEH_MARBUTA: Final = "ة"  # -> ه
# Persian and Urdu letters with an Arabic twin: keheh, farsi yeh, heh goal/doachashmee, yeh barree.
PERSIAN_TO_ARABIC: Final[dict[str, str]] = {
    "ک": "ك",
    "ی": "ي",
    "ې": "ي",
    "ە": "ه",
    "ۀ": "ه",
    "ہ": "ه",
    "ھ": "ه",
}

# Presentation forms (PDF extraction): NFKC maps them to ordinary letters.
PRESENTATION_FORMS_RE: Final = "[\ufb50-\ufdff\ufe70-\ufefe]"


EXCERPT_CHARS: Final = 80


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """``text`` quoted for a message: at most ``limit`` characters, cut ones marked with ``…``
    (a message about a 4 MB line quotes its start, not the line)."""
    if len(text) <= limit:
        return repr(text)
    return repr(text[:limit]) + "…"
