"""Parsing an article's text into an Article: the header block, headline, lead, body, end marker.

The header of the reference layout (ABNA, Mehr and the agencies that share their CMS) is a run of
short lines: agency, ``المصدر : <source>``, weekday, date, time, numeric id; any of them may be
missing, blank lines may stand between them or not. Then an optional kicker ending in ``:``, the
headline, the lead, the body, a dotted rule and the end marker. Text in other layouts still gives
a record, with nulls and an ``unknown-layout`` warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from newsctl import chars
from newsctl.article import Article
from newsctl.calendars import gregorian_to_hijri, iso
from newsctl.dates import DateMention, find_dates
from newsctl.digits import TO_LATIN
from newsctl.errors import ImpossibleDateError, NewsctlError
from newsctl.fold import fold_key
from newsctl.grammar import keys
from newsctl.timefmt import format_offset, format_time
from newsctl.weekdays import arabic_name
from newsctl.zones import resolve_zone, utc_offset

HEADER_WINDOW: Final = 12  # the header is found within this many non-blank lines

_STRIP: Final = " \t\n" + chars.INVISIBLE + chars.ODD_SPACES
_SOURCE_RE: Final = re.compile(r"^(?:ال)?مصدر\s*[:\-]?\s*(.*)$")
_ID_RE: Final = re.compile(
    r"^(?:(?:رقم|رمز|كود|كد) ?(?:ال)?خبر|الرقم|id|news id)?\s*[:#]?\s*(\d{3,15})$", re.IGNORECASE
)
_END_RE: Final = re.compile(r"^[/\s]*انتهي(?![^\W\d_])")
_RULE_RE: Final = re.compile(r"^[\s.…·•\-_=*~ـ]{3,}$")
_FILLER: Final = frozenset(
    fold_key(w) for w in ("الساعة", "يوم", "في", "بتاريخ", "التاريخ", "تاريخ", "الموافق", "نشر")
)


@dataclass
class _Line:
    number: int  # 1-based line number in the text
    text: str  # stripped
    folded: str  # fold_key of the text


@dataclass
class _Header:
    agency: str | None = None
    source: str | None = None
    weekday: str | None = None
    id: str | None = None
    date_line: _Line | None = None
    date_mentions: list[DateMention] = field(default_factory=list)
    time_mention: DateMention | None = None
    end: int = 0  # index of the first line after the header
    found: bool = False


def _lines(text: str) -> list[_Line]:
    out = []
    for number, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip(_STRIP)
        if stripped:
            out.append(_Line(number, stripped, fold_key(stripped)))
    return out


def _is_weekday(line: _Line) -> bool:
    return line.folded.strip(" ،,:-") in keys()["weekday"]


def _date_mentions(line: _Line) -> list[DateMention] | None:
    """The date/time mentions of a line that holds nothing else (a few filler words aside)."""
    if len(line.text) > 80:
        return None
    mentions = find_dates(line.text)
    if not mentions:
        return None
    rest, last = [], 0
    for m in mentions:
        rest.append(line.text[last : m.start])
        last = m.end
    rest.append(line.text[last:])
    leftover = [w for w in fold_key(" ".join(rest)).split() if re.search(r"[^\W\d_]", w)]
    if any(w.strip(":،,.-") not in _FILLER for w in leftover):
        return None
    return mentions


def _read_header(lines: list[_Line]) -> _Header:
    header = _Header()
    window = lines[:HEADER_WINDOW]
    i = 0
    if window and _kind(window[0]) is None and any(_kind(x) for x in window[1:4]):
        header.agency = window[0].text
        i = 1
    while i < len(window):
        line = window[i]
        kind = _kind(line)
        if kind is None:
            break
        header.found = True
        if kind == "source":
            header.source = _source_value(line.text) or header.source
        elif kind == "weekday":
            header.weekday = line.text.strip(" ،,:-")
        elif kind == "id":
            m = _ID_RE.match(line.folded)
            header.id = m.group(1).translate(TO_LATIN) if m else None
        else:
            mentions = _date_mentions(line) or []
            if any(m.kind == "date" for m in mentions) and header.date_line is None:
                header.date_line, header.date_mentions = line, mentions
            elif mentions and mentions[0].kind == "time" and header.time_mention is None:
                header.time_mention = mentions[0]
        i += 1
    header.end = i
    if not header.found:
        header.agency = None
        header.end = 0
    return header


def _kind(line: _Line) -> str | None:
    if _SOURCE_RE.match(line.folded):
        return "source"
    if _is_weekday(line):
        return "weekday"
    if _ID_RE.match(line.folded):
        return "id"
    if _date_mentions(line):
        return "date"
    return None


def _source_value(text: str) -> str | None:
    for sep in (":", "："):
        if sep in text:
            return text.split(sep, 1)[1].strip(_STRIP) or None
    parts = text.split(None, 1)
    return parts[1].strip(_STRIP) if len(parts) > 1 else None


def _apply_dates(article: Article, header: _Header, tz: str | None) -> None:
    dated = [m for m in header.date_mentions if m.kind == "date"]
    if not dated:
        if header.found:
            article.warn("no-date", "the header has no date line")
        else:
            article.warn("no-date", "no date found")
        return
    broken = next((m for m in dated if m.error), None)
    if broken is not None:
        article.warn("impossible-date", f"impossible date {broken.text!r}: {broken.error}")
        return
    primary = next((m for m in dated if m.calendar == "gregorian" and m.date), dated[0])
    if primary.date is None:
        article.warn("partial-date", f"{primary.text!r} has no year")
        return
    article.date = primary.date
    hijri = gregorian_to_hijri(primary.date)
    article.hijri = None if hijri is None else iso(hijri)
    time_mention = primary if primary.time is not None else header.time_mention
    zone = primary.zone or (time_mention.zone if time_mention else None)
    offset = primary.offset or (time_mention.offset if time_mention else None)
    if time_mention is not None and time_mention.time is not None:
        article.time = format_time(time_mention.time, time_mention.seconds)
    if zone is None and offset is None and tz is not None:
        zone = resolve_zone(tz)
    if zone is not None and offset is None:
        clock = time_mention.time if time_mention else None
        offset = utc_offset(zone, primary.date, clock)
    if offset is not None:
        article.utc_offset = format_offset(offset)
    _check_weekday(article, header, primary)
    for other in dated:
        if (
            other is not primary
            and other.calendar == "hijri"
            and other.date not in (None, primary.date)
        ):
            assert other.date is not None and other.stated is not None
            diff = (other.date - primary.date).days
            article.warn(
                "hijri-mismatch",
                f"stated Hijri date {other.text!r} is {diff:+d} day(s) from Umm al-Qura "
                f"({article.hijri})",
            )


def _check_weekday(article: Article, header: _Header, primary: DateMention) -> None:
    assert primary.date is not None
    stated: int | None = None
    if header.weekday is not None:
        article.weekday = header.weekday
        stated = keys()["weekday"].get(fold_key(header.weekday), (None, ""))[0]
    elif primary.weekday_text is not None:
        article.weekday = primary.weekday_text
        stated = primary.weekday
    if stated is not None and stated != primary.date.weekday():
        article.warn(
            "weekday-mismatch",
            f"{article.weekday} is written, but {primary.date.isoformat()} is a "
            f"{arabic_name(primary.date.weekday())}",
        )


def _split_content(article: Article, lines: list[_Line]) -> None:
    """Kicker, headline, lead, body and end marker from the lines after the header."""
    end = len(lines)
    for k in range(len(lines) - 1, max(-1, len(lines) - 7), -1):
        if _END_RE.match(lines[k].folded):
            article.end_marker = lines[k].text
            end = k
            break
    content = [x for x in lines[:end] if not _RULE_RE.match(x.text)]
    if len(content) > 1 and content[0].text.endswith(":") and len(content[0].text) <= 150:
        article.kicker = content[0].text.rstrip(":").strip(_STRIP) or None
        content = content[1:]
    if content:
        article.headline = content[0].text
    if len(content) > 1:
        article.lead = content[1].text
    article.body = [x.text for x in content[2:]]


def parse_article(text: str, *, path: str | None = None, tz: str | None = None) -> Article:
    """Parse an article's text (already decoded) into an Article.

    ``tz`` (an IANA name or an Arabic place name) is the zone of a time that names none.
    Never raises for odd text: what cannot be read is null, with a warning.
    """
    article = Article(path=path)
    lines = _lines(text.lstrip("\ufeff"))
    if not lines:
        article.warn("empty", "no text")
        return article
    header = _read_header(lines)
    article.agency, article.source, article.id = header.agency, header.source, header.id
    if not header.found:
        article.warn("unknown-layout", "no header block of the reference layout was found")
    if header.weekday is not None:
        article.weekday = header.weekday
    try:
        _apply_dates(article, header, tz)
    except ImpossibleDateError as exc:
        article.warn("impossible-date", str(exc))
    except NewsctlError:
        raise
    _split_content(article, lines[header.end :])
    if article.headline is None:
        article.warn("no-headline", "no headline found")
    return article
