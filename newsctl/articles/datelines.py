"""Wire datelines at the start of a story: ``دمشق-سانا``, ``واشنطن ـ سبأنت:``, ``(رويترز) –``,
``دبي، الإمارات العربية المتحدة (CNN)--``, ``المدينة نيوز :-``, ``city/ reporter/ الأناضول``.

The dateline is returned as written (tatweel dashes included), without the separator after it.
"""

from __future__ import annotations

import re
from typing import Final

from newsctl.articles.agencies import is_agency
from newsctl.articles.lexicons import place_opening

_DASH: Final = r"(?:-{1,2}|–|—|ـ+)"
_PATTERNS: Final = (
    # city (agency) --   /   (agency) -
    re.compile(rf"^((?:[^()\n:]{{2,60}}?\s*)?\([^()\n]{{2,30}}\))\s*(?:{_DASH}|:)"),
    # site :-
    re.compile(r"^([^:\n]{2,30}?)\s*:-"),
    # city/ reporter/ agency
    re.compile(r"^([^/\n]{2,25}/\s*[^/\n]{2,30}/\s*[^\s/:]{2,20})\s*[:\-–]?"),
    # city - agency:   /   city ـ agency
    re.compile(
        rf"^([^\s:،,.()]{{2,20}}(?: [^\s:،,.()]{{2,20}}){{0,2}}\s*{_DASH}\s*[^\s:،,.()]{{2,15}})"
        r"\s*(:|\s)"
    ),
)
# What each pattern cannot match without (a cheap reject first): a parenthesis, ":-", a slash,
# a dash of _DASH.
_NEEDS: Final = (("(",), (":-",), ("/",), ("-", "–", "—", "ـ"))
DATELINE_CHARS: Final = 240
CREDIT_WORDS: Final = 3  # a place, a dash and this many words at most, alone: a credit
OUTLET_CREDIT_WORDS: Final = 2  # an outlet's name between the place and the story, at most
_LEADING_DATE: Final = re.compile(r"^[\d٠-٩۰-۹]{1,2}\s*/\s*\S{2,12}\s*/\s*[\d٠-٩۰-۹]{4}\s*\]\s*")


def find_dateline(paragraph: str) -> str | None:
    """The dateline that opens ``paragraph``, as written, or None."""
    # a dateline is short: the patterns see the start of the paragraph only (a line of a million
    # tatweels would otherwise make the dash pattern backtrack over all of it)
    text = _LEADING_DATE.sub("", paragraph.lstrip("\u200b\u200f\u200e\ufeff ")[:DATELINE_CHARS])
    for number, (pattern, needs) in enumerate(zip(_PATTERNS, _NEEDS, strict=True)):
        if not any(map(text.__contains__, needs)):
            continue
        m = pattern.match(text)
        if m is None:
            continue
        found = m.group(1).strip()
        if number == 3:
            agency = re.split(_DASH, found)[-1].strip()
            if not (is_agency(agency) or m.group(2) == ":"):
                continue
        if number == 2 and not is_agency(found.rsplit("/", 1)[-1]):
            continue
        return found
    return _place_dateline(text)


# After a place that opens a story: a colon or a dash set apart, or an agency in brackets
_AFTER_PLACE_RE: Final = re.compile(rf"(?<!\s)\s*+(?::-?|{_DASH}\s|\([^()\n]{{2,30}}\))")


# An outlet's credit between the place's dash and the story's (جنين - النجاح الإخباري - ...) or
# before its colon (لندن – «القدس العربي»: ...)
_CREDIT_BETWEEN_RE: Final = re.compile(rf"([^\d\s:][^\d:\n\-–—ـ]{{0,40}}?)\s*+(?:{_DASH}\s|:)")

_AFTER_PLACE_NEEDS: Final = (":", "(", "-", "–", "—", "ـ")


def _place_dateline(text: str) -> str | None:
    """A known place alone before the story (``بغداد: أفادت``, ``معان - عقد``, ``الجزائر
    (وكالات) تجمّع``; places: newsctl/data/places.tsv), with its bracketed credit if any."""
    if not any(map(text[:DATELINE_CHARS].__contains__, _AFTER_PLACE_NEEDS)):
        return None  # a cheap reject first: none of the marks that set a place apart
    place = place_opening(text)
    if place is None:
        return None
    start = text.index(place) + len(place)
    m = _AFTER_PLACE_RE.match(text, start)
    if m is None:
        return None
    tail = m.group().strip()
    rest = text[m.end() :].strip(" :-–ـ|")
    credit = 0 < len(rest.split()) <= CREDIT_WORDS and "\n" not in rest
    if credit and not tail.startswith(("(", ":")):
        return text.strip().rstrip(" :-–ـ|")  # a credit of its own: المنامة – خاص, بغداد – كتابات
    between = None if tail.startswith(("(", ":")) else _CREDIT_BETWEEN_RE.match(text, m.end())
    if between is not None and len(between.group(1).split()) <= OUTLET_CREDIT_WORDS:
        return text[: between.end(1)].strip()  # جنين - النجاح الإخباري - اختار ...: its outlet
    return text[:start].strip() + (" " + tail if tail.startswith("(") else "")


_ERA_RE: Final = re.compile(r"^\s*(?:م|ه|هـ)(?=\s|$)")


def agency_after(text: str) -> bool:
    """An agency's code right after a dateline's date with no punctuation before it, behind the
    era letter if any: ``جدة 3 رجب 1445 هـ الموافق 15 يناير 2024 م واس يعقد``, ``رام الله
    8-7-2013 وفا- قال``."""
    era = _ERA_RE.match(text)
    words = text[era.end() if era else 0 :].split()[:3]
    return any(is_agency(" ".join(words[:n])) for n in range(1, len(words) + 1))
