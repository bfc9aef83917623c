"""Classifying the lines of a copied article: chrome, bylines, sources, datelines, end markers.

Each test reads a line's folded form (see ``newsctl.text.fold``); the patterns are written folded
(أ/إ/آ as ا, ة as ه, ى as ي, no tatweel or diacritics).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from newsctl import recache
from newsctl.articles.agencies import AGENCIES
from newsctl.text.fold import fold_key

_W: Final = r"(?![^\W\d_])"  # end of a word

# Page chrome: a line starting with one of these (then not a letter), or holding one of those.
_CHROME_START_RE: Final = recache.pattern(
    r"\*\s|\*$|(?:©|\(c\)|copyright|الرئيسيه|الصفحه الرئيسيه|home|share on|tweet$|whatsapp$|"
    r"facebook$|twitter$|telegram$|شارك|مشاركه|طباعه|ارسل|استمع|انسخ الرابط|تابعونا علي|تابعونا|"
    r"اقرا ايضا|اقرا المزيد|الاكثر قراءه|الاكثر مشاهده|اخبار ذات صله|مواضيع ذات صله|"
    r"(?:رئيس مجلس الاداره|رئيس التحرير|مدير التحرير|الاشراف العام|المؤسس)\s*:)" + _W,
    re.IGNORECASE,
)
_CHROME_ANYWHERE: Final = (
    "©", "جميع الحقوق محفوظه", "حقوق النشر محفوظه", "الحقوق محفوظه", "all rights reserved",
    "powered by", "managed by",
)  # fmt: skip
# A list of other articles starts here: what follows is not the body.
RELATED_RE: Final = recache.pattern(
    r"^(?:اقرا ايضا|اقرا المزيد|الاكثر قراءه|الاكثر مشاهده|اخبار ذات صله|مواضيع ذات صله|"
    r"اخبار متعلقه|قد يهمك|المزيد من|related|read more)"
)
BYLINE_RE: Final = recache.pattern(
    r"^(?:كتبت|كتبه|كتب|بقلم|حوار|تحقيق|اعداد|تقرير|متابعه)(?![^\W\d_])\s*[:：-]?\s*(.+)$"
)
SOURCE_RE: Final = recache.pattern(r"^\*?\s*(?:ال)?مصدر\s*[:\-]?\s*(.*)$")
ID_RE: Final = recache.pattern(
    r"^(?:(?:رقم|رمز|كود|كد) ?(?:ال)?خبر|الرقم|id|news id)?\s*[:#]?\s*(\d{3,15})$", re.IGNORECASE
)
END_RE: Final = recache.pattern(
    "|".join(
        [
            r"^[/\s*]*انتهي" + _W,
            r"^[-–ـ]{1,}\s*\(([^()]{2,30})\)\s*$",  # --(بترا)
            r"^\(\s*اعداد\b.*(?:تحرير|للنشرة).*\)$",  # Reuters footer
            r"^the post .* appeared first on",
        ]
    ),
    re.IGNORECASE,
)
UPDATE_LABEL_RE: Final = recache.pattern(
    r"(?:اخر تحديث|محدثه|تم التحديث|تحديث|updated?)\W{0,3}$", re.IGNORECASE
)
PUBLISH_LABEL_RE: Final = recache.pattern(
    r"(?:نشر بتاريخ|تاريخ النشر|تم نشره|نشر في|نشر|التاريخ|تاريخ|published|posted)\W{0,3}$",
    re.IGNORECASE,
)
SENTENCE_END: Final = tuple('.!?؟…"”')  # not ")": a caption ends with "(رويترز)"


@lru_cache(maxsize=1)
def _agency_keys() -> tuple[str, ...]:
    return tuple(sorted({fold_key(a) for a in AGENCIES}, key=len, reverse=True))


def is_agency(text: str) -> bool:
    """Whether ``text`` (a short phrase) names a news agency."""
    key = fold_key(text).strip(" ()[]-–ـ/:.")
    return key in _agency_keys()


def agency_signature(folded: str) -> bool:
    """A short closing line that only attributes the story: ``فرانس24/ أ ف ب``, ``سبأ``."""
    parts = [p for p in re.split(r"[/()\-–ـ،,]+", folded) if p.strip()]
    return 0 < len(parts) <= 3 and len(folded) <= 40 and all(is_agency(p) for p in parts)


_CREDIT_RE: Final = recache.pattern(r"\(([^()]{1,30})\)\s*$")
_CREDIT_WORDS: Final = recache.pattern(r"تصوير|ارشيف|صوره|getty|afp|reuters|epa", re.IGNORECASE)


def is_caption(folded: str) -> bool:
    """A photo caption: ends with a credit in parentheses, ``(رويترز)``, ``(أرشيفية)``."""
    m = _CREDIT_RE.search(folded)
    return m is not None and (is_agency(m.group(1)) or _CREDIT_WORDS.search(m.group(1)) is not None)


def is_chrome(folded: str) -> bool:
    if _CHROME_START_RE.match(folded) is not None:
        return True
    lowered = folded.lower()
    return any(marker in lowered for marker in _CHROME_ANYWHERE)


def words(text: str) -> int:
    return len(text.split())


def is_paragraph(text: str) -> bool:
    """A body paragraph rather than a title, caption or label: long, or a finished sentence."""
    n = words(text)
    return n >= 35 or (n >= 12 and text.rstrip().endswith(SENTENCE_END))


def is_title_like(text: str) -> bool:
    n = words(text)
    return 3 <= n <= 40 and not text.rstrip().endswith(":")
