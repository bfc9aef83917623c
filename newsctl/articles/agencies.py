"""News agency names as they appear in datelines and end markers: the one table."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from newsctl.text.fold import fold_key

AGENCIES: Final = (
    "رويترز",
    "أ ف ب",
    "ا ف ب",
    "أ.ف.ب",
    "فرانس برس",
    "فرانس 24",
    "فرانس24",
    "أ ب",
    "أسوشيتد برس",
    "د ب أ",
    "يو بي آي",
    "شينخوا",
    "سبوتنيك",
    "الأناضول",
    "أ ش أ",
    "واس",
    "وام",
    "قنا",
    "كونا",
    "بنا",
    "واع",
    "سانا",
    "بترا",
    "سبأ",
    "سبأنت",
    "وفا",
    "ومع",
    "لاماب",
    "تاب",
    "واج",
    "العمانية",
    "ابنا",
    "إرنا",
    "ارنا",
    "مهر",
    "تسنيم",
    "فارس",
    "إيسنا",
    "سونا",
    "وال",
    "وطنية",
    "الوكالة الوطنية للإعلام",
    "أ.ش.أ",
    "آكي",
    "وكالات",
    "وكالات الأنباء",
    "CNN",
    "BBC",
    "AFP",
    "Reuters",
    "AP",
    "MENA",
    "SPA",
    "WAM",
    "QNA",
    "KUNA",
    "SANA",
    "IRNA",
)


@lru_cache(maxsize=1)
def _keys() -> frozenset[str]:
    return frozenset(fold_key(a) for a in AGENCIES)


def is_agency(text: str) -> bool:
    """Whether ``text`` (a short phrase) names a news agency."""
    return fold_key(text).strip(" ()[]-–ـ/:.") in _keys()


_PARTS_RE: Final = re.compile(r"[/()\-–ـ،,]+")


def agency_signature(folded: str) -> bool:
    """A short closing line that only attributes the story: ``فرانس24/ أ ف ب``, ``سبأ``."""
    parts = [p for p in _PARTS_RE.split(folded) if p.strip()]
    return 0 < len(parts) <= 3 and len(folded) <= 40 and all(is_agency(p) for p in parts)
