"""Light stems of Arabic words: what a headline and its story have in common.

A headline repeats the words of its lead (``الحكومة تقر الموازنة`` / ``أقرت الحكومة الموازنة
العامة``); a site's name, a menu, a widget or a member's name does not. Comparing the two needs
the words without their clitics and common endings: one leading article or conjunction with the
article (``وال``, ``بال``, ``لل``, ``ال``, ``و``, ``ف``, ``ب``, ``ل``) and one plural, feminine or
pronoun ending (``ات``, ``ون``, ``ين``, ``ها``, ``ه``, ``ي``; teh marbuta is folded to ``ه``), and
never below three letters. It is not a morphological analysis: a stem is a key for comparison only.

Text given here is folded already (``newsctl.text.fold.fold_key``): one alef, heh for teh marbuta,
Latin digits.
"""

from __future__ import annotations

import re
from typing import Final

STEM_MIN: Final = 3  # letters a stem keeps at the least
# The clitics taken off the front, longest first; the endings taken off the back.
PREFIXES: Final = ("وال", "بال", "كال", "فال", "لل", "ال", "و", "ف", "ب", "ل")
SUFFIXES: Final = ("ات", "ون", "ين", "ها", "ه", "ي")
WORD_RE: Final = re.compile(r"[^\W\d_]{3,}")  # words of three letters or more, no digits
MEMO_SIZE: Final = 1 << 16  # words whose stems are kept (the memo is emptied when full)
_memo: dict[str, str] = {}  # word -> stem: a text's words recur across a corpus's articles


def stem(word: str) -> str:
    """The word without one leading clitic and one ending, each only when three letters stay."""
    for prefix in PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= STEM_MIN:
            word = word[len(prefix) :]
            break
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= STEM_MIN:
            return word[: -len(suffix)]
    return word


def stems(folded: str) -> frozenset[str]:
    """The stems of the words of three letters or more in a folded text."""
    found = set()
    known = _memo.get
    for word in WORD_RE.findall(folded):
        value = known(word)
        if value is None:
            if len(_memo) >= MEMO_SIZE:
                _memo.clear()
            value = _memo[word] = stem(word)
        found.add(value)
    return frozenset(found)
