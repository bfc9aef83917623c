"""Time zones named in words, the one table, and offsets computed for a given date and time.

Arabic text names a zone by a city or country (``بتوقيت القدس``, ``(مكة المكرمة)``) or by
Greenwich; each maps to an IANA zone whose offset python-dateutil computes for the date, daylight
saving included (Tehran kept +04:30 summers until 2022 and stays at +03:30 since 2023).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Final

from newsctl.errors import UnknownZoneError

ZONE_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "UTC": (
        "غرينتش",
        "غرينيتش",
        "جرينتش",
        "جرينيتش",
        "غرنتش",
        "قرينتش",
        "GMT",
        "UTC",
        "ت.غ",
        "التوقيت العالمي",
        "توقيت عالمي",
    ),
    "Asia/Riyadh": ("مكة المكرمة", "مكة", "الرياض", "السعودية", "جدة"),
    "Asia/Shanghai": ("بكين", "الصين", "BJT"),
    "Asia/Jerusalem": ("القدس", "القدس المحتلة", "فلسطين", "رام الله", "غزة", "تل أبيب"),
    "Asia/Tehran": ("طهران", "إيران", "ايران", "تهران", "IRST", "IRDT"),
    "Africa/Cairo": ("القاهرة", "مصر"),
    "Asia/Baghdad": ("بغداد", "العراق"),
    "Asia/Damascus": ("دمشق", "سوريا", "سورية"),
    "Asia/Beirut": ("بيروت", "لبنان"),
    "Asia/Amman": ("عمّان", "عمان", "الأردن", "الاردن"),
    "Asia/Muscat": ("مسقط", "سلطنة عمان", "سلطنة عُمان"),
    "Asia/Qatar": ("الدوحة", "قطر"),
    "Asia/Dubai": ("أبوظبي", "أبو ظبي", "ابوظبي", "دبي", "الإمارات", "الامارات"),
    "Asia/Kuwait": ("الكويت",),
    "Asia/Bahrain": ("المنامة", "البحرين"),
    "Asia/Aden": ("صنعاء", "عدن", "اليمن"),
    "Africa/Algiers": ("الجزائر",),
    "Africa/Tunis": ("تونس",),
    "Africa/Casablanca": ("الرباط", "المغرب", "الدار البيضاء"),
    "Africa/Tripoli": ("طرابلس", "ليبيا"),
    "Africa/Khartoum": ("الخرطوم", "السودان"),
    "Africa/Nouakchott": ("نواكشوط", "موريتانيا"),
    "Europe/Istanbul": ("أنقرة", "إسطنبول", "اسطنبول", "تركيا", "TRT"),
    "Europe/Moscow": ("موسكو", "MSK"),
    "Europe/London": ("لندن",),
    "Europe/Paris": ("باريس",),
    "America/New_York": ("واشنطن", "نيويورك", "ET", "EST", "EDT"),
    "America/Los_Angeles": ("لوس أنجلوس", "لوس انجلوس", "PT", "PST", "PDT"),
    "CET": ("CET", "CEST"),
    "EET": ("EET", "EEST"),
}
# Zone abbreviations in Latin letters that name one zone when they stand alone before or after a
# time (BJT 08:10 21-04-2015): those of the table above, as the tz database and the agencies
# print them (BJT, Beijing time, is China Standard Time: +08:00; ET, EST and EDT are New York's
# time, PT, PST and PDT Los Angeles's, as American sites print them, the offset taken for the
# date). Ambiguous ones (CST, CT, AST, IST) are left out: they name different zones in different
# countries.
ZONE_ABBREVIATIONS: Final = frozenset(
    word.casefold()
    for words in ZONE_WORDS.values()
    for word in words
    if word.isascii() and word.isalpha() and word.isupper() and word not in ("GMT", "UTC")
)


@lru_cache(maxsize=1)
def _zone_keys() -> dict[str, str]:
    from newsctl.text.fold import fold_key

    return {fold_key(word): zone for zone, words in ZONE_WORDS.items() for word in words}


def zone_for_word(word: str) -> str | None:
    """The IANA zone a zone word (city, country, Greenwich) stands for, or None."""
    from newsctl.text.fold import fold_key

    return _zone_keys().get(fold_key(word))


@lru_cache(maxsize=256)
def _tzinfo(name: str) -> dt.tzinfo | None:
    if name == "UTC":
        return dt.UTC
    from dateutil import tz

    return tz.gettz(name)


def resolve_zone(name: str) -> str:
    """An IANA zone name for ``name`` (an IANA name or an Arabic place/Greenwich word).

    Raises UnknownZoneError with a hint on where valid names come from.
    """
    word_zone = zone_for_word(name)
    if word_zone is not None:
        return word_zone
    if "/" in name or name.upper() in ("UTC", "GMT"):
        canonical = "UTC" if name.upper() in ("UTC", "GMT") else name
        if _tzinfo(canonical) is not None:
            return canonical
    raise UnknownZoneError(
        f"unknown time zone {name!r}: an IANA name such as Asia/Tehran (the tz database) or "
        "an Arabic place name such as طهران is needed"
    )


def utc_offset(zone: str, date: dt.date, time: dt.time | None) -> dt.timedelta:
    """The offset of ``zone`` from UTC at that local date and time (noon when no time is known)."""
    tzinfo = _tzinfo(zone)
    if tzinfo is None:
        raise UnknownZoneError(f"unknown time zone {zone!r}")
    local = dt.datetime.combine(date, time or dt.time(12, 0))
    offset = local.replace(tzinfo=tzinfo).utcoffset()
    return offset if offset is not None else dt.timedelta(0)
