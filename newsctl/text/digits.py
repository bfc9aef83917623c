"""The digit systems: the one table of Latin, Arabic-Indic and Persian digits, and conversion."""

from __future__ import annotations

from typing import Final, Literal

DigitSystem = Literal["latin", "arabic", "persian"]

DIGITS: Final[dict[DigitSystem, str]] = {
    "latin": "0123456789",
    "arabic": "٠١٢٣٤٥٦٧٨٩",  # U+0660..U+0669, Arabic-Indic
    "persian": "۰۱۲۳۴۵۶۷۸۹",  # U+06F0..U+06F9, Extended Arabic-Indic
}
DIGIT_SYSTEMS: Final[tuple[DigitSystem, ...]] = tuple(DIGITS)

# Arabic decimal and thousands separators, and the Latin ones they stand for.
ARABIC_DECIMAL: Final = "٫"  # U+066B
ARABIC_THOUSANDS: Final = "٬"  # U+066C

ALL_DIGITS: Final = "".join(DIGITS.values())

_TABLES: dict[DigitSystem, dict[int, str]] = {
    target: {ord(ch): DIGITS[target][i % 10] for i, ch in enumerate(ALL_DIGITS)}
    for target in DIGIT_SYSTEMS
}

# Latin separators written between digits, and their Arabic counterparts.
_SEPARATOR_TO_ARABIC = {".": ARABIC_DECIMAL, ",": ARABIC_THOUSANDS}
_SEPARATOR_TO_LATIN = {ARABIC_DECIMAL: ".", ARABIC_THOUSANDS: ","}

TO_LATIN: Final = _TABLES["latin"]


def convert_digits(text: str, to: DigitSystem = "latin", *, separators: bool = False) -> str:
    """Write every digit of ``text`` in the ``to`` system; leave every other character alone.

    With ``separators``, a decimal or thousands separator standing between two digits is converted
    too: ``.``/``,`` become ``٫``/``٬`` for Arabic and Persian digits, and back for Latin.
    """
    table = _TABLES.get(to)
    if table is None:
        raise ValueError(f"unknown digit system {to!r}: one of {', '.join(DIGIT_SYSTEMS)}")
    out = text.translate(table)
    if separators:
        out = _convert_separators(out, to)
    return out


def _convert_separators(text: str, to: DigitSystem) -> str:
    mapping = _SEPARATOR_TO_LATIN if to == "latin" else _SEPARATOR_TO_ARABIC
    digits = DIGITS[to]
    chars = list(text)
    for i in range(1, len(chars) - 1):
        new = mapping.get(chars[i])
        if new is not None and chars[i - 1] in digits and chars[i + 1] in digits:
            chars[i] = new
    return "".join(chars)


def digit_system_of(text: str) -> DigitSystem | None:
    """The digit system the first digit of ``text`` belongs to, or None when it has no digit."""
    for ch in text:
        for system, digits in DIGITS.items():
            if ch in digits:
                return system
    return None
