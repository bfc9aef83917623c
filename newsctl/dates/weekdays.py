"""Weekday names: the one table. Keys are Python's ``date.weekday()`` numbers (Monday is 0)."""

from __future__ import annotations

from typing import Final

WEEKDAYS: Final[dict[int, tuple[str, ...]]] = {
    0: ("الإثنين", "الاثنين", "الأثنين", "اثنين", "إثنين", "Monday", "Mon", "lundi", "دوشنبه"),
    1: ("الثلاثاء", "الثلاثا", "ثلاثاء", "Tuesday", "Tue", "mardi", "سه‌شنبه", "سه شنبه", "سهشنبه"),
    2: ("الأربعاء", "الاربعاء", "الأربعا", "أربعاء", "Wednesday", "Wed", "mercredi", "چهارشنبه"),
    3: ("الخميس", "خميس", "Thursday", "Thu", "jeudi", "پنجشنبه", "پنج‌شنبه", "پنج شنبه"),
    4: ("الجمعة", "جمعة", "Friday", "Fri", "vendredi", "جمعه"),
    5: ("السبت", "سبت", "Saturday", "Sat", "samedi", "شنبه"),
    6: ("الأحد", "الاحد", "أحد", "Sunday", "Sun", "dimanche", "یکشنبه", "یک‌شنبه", "یک شنبه"),
}


def arabic_name(weekday: int) -> str:
    """The canonical Arabic name of a weekday number."""
    return WEEKDAYS[weekday][0]
