"""Time-of-day markers (ص/م and their long forms), the one table.

``AM`` markers keep hours 1-11 and make 12 midnight; ``PM`` markers add 12 to hours 1-11 and keep
12 as noon. ``NOON`` (ظهرا) is PM for 12-6 and AM for 7-11 (11 ظهرا is late morning);
``NIGHT`` (ليلا) is PM from 6 to 11 and AM for 12-5 (12 ليلا is midnight).
"""

from __future__ import annotations

from typing import Final, Literal

Meridiem = Literal["am", "pm", "noon", "night"]

MARKERS: Final[dict[Meridiem, tuple[str, ...]]] = {
    "am": (
        "ص",
        "صباحا",
        "صباحاً",
        "صباحًا",
        "صباح",
        "صـ",
        "ق.ظ",
        "am",
        "a.m.",
        "a.m",
        "فجرا",
        "فجراً",
        "قبل الظهر",
    ),
    "pm": (
        "م",
        "مساء",
        "مساءً",
        "مساءا",
        "مساءاً",
        "مـ",
        "ب.ظ",
        "pm",
        "p.m.",
        "p.m",
        "عصرا",
        "عصراً",
        "بعد الظهر",
    ),
    "noon": ("ظهرا", "ظهراً", "ظهرًا"),
    "night": ("ليلا", "ليلاً", "ليلًا"),
}

# Long markers can stand after an hour with no minutes (الساعة 2 مساءً); a bare ص or م cannot.
SHORT_MARKERS: Final = frozenset({"ص", "م", "صـ", "مـ"})


def to_24h(hour: int, meridiem: Meridiem | None) -> int | None:
    """The 24-hour hour for ``hour`` written with ``meridiem``; None when impossible."""
    if meridiem is None:
        return hour if 0 <= hour <= 23 else None
    if not 1 <= hour <= 12:
        # "00:30 ص" and "13:00 م" appear in real text: a 24-hour clock with a redundant marker.
        if hour == 0 and meridiem in ("am", "night"):
            return 0
        if 13 <= hour <= 23 and meridiem in ("pm", "noon", "night"):
            return hour
        return None
    if meridiem == "am":
        return 0 if hour == 12 else hour
    if meridiem == "pm":
        return 12 if hour == 12 else hour + 12
    if meridiem == "noon":
        return hour if hour >= 7 and hour != 12 else (12 if hour == 12 else hour + 12)
    # night
    if hour == 12:
        return 0
    return hour + 12 if hour >= 6 else hour
