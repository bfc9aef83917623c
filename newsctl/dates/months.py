"""Month names: one table per month system, all in this module.

Each table maps a month number to the names it is written with. Names are written as people write
them; the matcher folds them (hamza on alef, ى/ي, ة/ه, Persian letters, tatweel, diacritics), so a
table lists only spellings that folding does not already cover. The first name is the canonical one.
"""

from __future__ import annotations

from typing import Final, Literal

MonthSystem = Literal[
    "egyptian", "levantine", "maghrebi", "moroccan", "english", "french", "hijri", "jalali"
]
Calendar = Literal["gregorian", "hijri", "jalali"]

EGYPTIAN: Final[dict[int, tuple[str, ...]]] = {
    1: ("يناير", "ينايِر"),
    2: ("فبراير", "فبرایر", "فبرير"),
    3: ("مارس",),
    4: ("أبريل", "ابريل", "إبريل", "ابرايل"),
    5: ("مايو",),
    6: ("يونيو", "يونيه", "يونية"),
    7: ("يوليو", "يوليه", "يولية"),
    8: ("أغسطس", "اغسطس", "أغسطوس", "اغستس"),
    9: ("سبتمبر", "سيبتمبر"),
    10: ("أكتوبر", "اكتوبر", "أكتوبير"),
    11: ("نوفمبر", "نوڤمبر", "نُوفمبر"),
    12: ("ديسمبر", "دیسمبر", "دجمبر"),
}

LEVANTINE: Final[dict[int, tuple[str, ...]]] = {
    1: ("كانون الثاني", "كانون ثاني", "كانون 2", "كانون الثانى", "كانون ثان", "ك2"),
    2: ("شباط",),
    3: ("آذار",),
    4: ("نيسان",),
    5: ("أيار",),
    6: ("حزيران",),
    7: ("تموز",),
    8: ("آب",),
    9: ("أيلول",),
    10: ("تشرين الأول", "تشرين أول", "تشرين 1", "ت1"),
    11: ("تشرين الثاني", "تشرين ثاني", "تشرين 2", "تشرين ثان", "ت2"),
    12: ("كانون الأول", "كانون أول", "كانون 1", "ك1"),
}

MAGHREBI: Final[dict[int, tuple[str, ...]]] = {
    1: ("جانفي",),
    2: ("فيفري",),
    3: ("مارس",),
    4: ("أفريل",),
    5: ("ماي",),
    6: ("جوان",),
    7: ("جويلية", "جويليه", "جويلة"),
    8: ("أوت",),
    9: ("سبتمبر",),
    10: ("أكتوبر",),
    11: ("نوفمبر",),
    12: ("ديسمبر",),
}

MOROCCAN: Final[dict[int, tuple[str, ...]]] = {
    1: ("يناير",),
    2: ("فبراير",),
    3: ("مارس",),
    4: ("أبريل",),
    5: ("ماي",),
    6: ("يونيو",),
    7: ("يوليوز",),
    8: ("غشت",),
    9: ("شتنبر",),
    10: ("أكتوبر",),
    11: ("نونبر",),
    12: ("دجنبر",),
}

ENGLISH: Final[dict[int, tuple[str, ...]]] = {
    1: ("January", "Jan"),
    2: ("February", "Feb"),
    3: ("March", "Mar"),
    4: ("April", "Apr"),
    5: ("May",),
    6: ("June", "Jun"),
    7: ("July", "Jul"),
    8: ("August", "Aug"),
    9: ("September", "Sep", "Sept"),
    10: ("October", "Oct"),
    11: ("November", "Nov"),
    12: ("December", "Dec"),
}

# French, as the Maghreb's bilingual pages and blogs print their date headers (lundi 16 janvier
# 2017), with and without the accents
FRENCH: Final[dict[int, tuple[str, ...]]] = {
    1: ("janvier",),
    2: ("février", "fevrier"),
    3: ("mars",),
    4: ("avril",),
    5: ("mai",),
    6: ("juin",),
    7: ("juillet",),
    8: ("août", "aout"),
    9: ("septembre",),
    10: ("octobre",),
    11: ("novembre",),
    12: ("décembre", "decembre"),
}

HIJRI: Final[dict[int, tuple[str, ...]]] = {
    1: ("محرم", "المحرم", "محرم الحرام"),
    2: ("صفر", "صفر الخير"),
    3: ("ربيع الأول", "ربيع أول", "ربيع الاول"),
    4: ("ربيع الآخر", "ربيع الثاني", "ربيع آخر", "ربيع ثاني", "ربيع الاخر", "ربيع الآخرة"),
    5: ("جمادى الأولى", "جمادى الأول", "جمادى أولى", "جمادى الاولى"),
    6: ("جمادى الآخرة", "جمادى الثانية", "جمادى ثانية", "جمادى الآخر", "جمادى الثاني"),
    7: ("رجب", "رجب المرجب"),
    8: ("شعبان", "شعبان المعظم"),
    9: ("رمضان", "رمضان المبارك"),
    10: ("شوال",),
    11: ("ذو القعدة", "ذي القعدة", "ذوالقعدة"),
    12: ("ذو الحجة", "ذي الحجة", "ذوالحجة"),
}

JALALI: Final[dict[int, tuple[str, ...]]] = {
    1: ("فروردین",),
    2: ("اردیبهشت",),
    3: ("خرداد",),
    4: ("تیر",),
    5: ("مرداد", "امرداد"),
    6: ("شهریور",),
    7: ("مهر",),
    8: ("آبان",),
    9: ("آذر",),
    10: ("دی",),
    11: ("بهمن",),
    12: ("اسفند",),
}

GREGORIAN_SYSTEMS: Final[dict[MonthSystem, dict[int, tuple[str, ...]]]] = {
    "egyptian": EGYPTIAN,
    "levantine": LEVANTINE,
    "maghrebi": MAGHREBI,
    "moroccan": MOROCCAN,
    "english": ENGLISH,
    "french": FRENCH,
}

SYSTEMS: Final[dict[MonthSystem, dict[int, tuple[str, ...]]]] = {
    **GREGORIAN_SYSTEMS,
    "hijri": HIJRI,
    "jalali": JALALI,
}


def month_name(calendar: Calendar, month: int) -> str:
    """The canonical Arabic (or Persian, for Jalali) name of a month."""
    table = HIJRI if calendar == "hijri" else JALALI if calendar == "jalali" else EGYPTIAN
    return table[month][0]
