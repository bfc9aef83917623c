"""The words that label a date on a page, in their natural spelling, each list once: what says a
date is the publication's (strong: wherever it stands; weak: only opening a stamp), the update's,
or a member's joining date. The patterns that read them (``newsctl.articles.phrases``, and the
update words of ``newsctl.dates.rules``) fold them with the text's own fold when they are built:
write a label as the page writes it (``تاريخ الإصدار``, ``آخر تحديث``, ``مُحدَّثة``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from newsctl.text.fold import fold_text

# Labels before a publication date that name publishing: they count wherever they stand.
STRONG_PUBLISH: Final = (
    "نشر بتاريخ", "تاريخ النشر", "منشور", "تاريخ الخبر", "تم نشره", "تم النشر", "نشر في", "نشر",
    "published", "posted", "ekleme", "تاريخ الإضافة", "أضيف في", "أضيفت في", "أضيف بتاريخ",
    "publié le", "publié",  # the Maghreb's bilingual pages and French ones (beside mis à jour)
)  # fmt: skip
# Labels that only say "date": a publication label when they open a stamp, not in a sentence
# (قديم: a forum post's stamp, "Old" in vBulletin's Arabic).
# A day's archive heads a listing of that day's articles (WordPress's "Daily Archives: %s",
# الأرشيفات اليومية in its Arabic translation; themes' أرشيف يوم): their date.
WEAK_PUBLISH: Final = (
    "بتاريخ", "التاريخ", "تاريخ", "date", "time", "قديم",
    "الأرشيفات اليومية", "الأرشيف اليومي", "أرشيف يوم", "أرشيف ليوم", "daily archives",
)  # fmt: skip
# Labels before an update date.
UPDATE_LABELS: Final = (
    "آخر تحديث", "مُحدَّثة", "محدث", "تم التحديث", "التحديث الأخير", "تحديث", "updated", "update",
    "güncelleme", "guncelleme", "التعديل الأخير", "آخر تعديل", "last edited", "edited",
    "mis à jour",  # the Maghreb's bilingual pages and French ones: (Mis à jour : DATE)
)  # fmt: skip
# Update words anywhere in the few words before a date (التحديث الأخير بتاريخ).
UPDATE_WORDS: Final = ("تحديث", "محدث", "updated", "update", "güncelleme", "guncelleme")
# A member's or contributor's joining date, or the last visit a forum's member block shows
# (forums, blogs): not the article's.
JOINED_LABELS: Final = (
    "since", "joined", "member since", "تاريخ التسجيل", "التسجيل", "انضم", "عضو منذ",
    "آخر زيارة", "last visit", "last seen", "last active", "آخر نشاط", "آخر ظهور", "آخر تواجد",
)  # fmt: skip


def alternatives(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, folded as the text is, longest first."""
    folded = {fold_text(w) for w in words}
    return "|".join(re.escape(w) for w in sorted(folded, key=lambda w: (-len(w), w)))


UPDATE_WORDS_RE: Final = re.compile(alternatives(UPDATE_WORDS), re.IGNORECASE)
