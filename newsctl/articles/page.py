"""Reading copied web pages: where the publication date, headline, byline and body are.

The page is read top to bottom as a header zone (everything before the first body paragraph) and
the body. The publication date is chosen by evidence: a labelled date (``نشر في``, ``تاريخ
النشر``, ``التاريخ:``) first, otherwise the date line nearest the body (a masthead or render time
above the headline comes earlier), otherwise a date opening the first paragraph (wire style).
Dates after an update label (``آخر تحديث``, ``محدثة``) are the update; dates in the body are
mentions, never the publication date.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from newsctl import recache
from newsctl.articles.datelines import find_dateline
from newsctl.articles.lines import (
    BYLINE_RE,
    END_RE,
    ID_RE,
    PUBLISH_LABEL_RE,
    RELATED_RE,
    SOURCE_RE,
    UPDATE_LABEL_RE,
    agency_signature,
    is_agency,
    is_caption,
    is_chrome,
    is_paragraph,
    is_title_like,
    words,
)
from newsctl.dates.scan import DateMention
from newsctl.text.digits import TO_LATIN
from newsctl.text.fold import fold_key

if TYPE_CHECKING:
    from newsctl.parser import Layout, Line

_PUBLISHED_WORD_RE: Final = recache.pattern(
    r"(?<![^\W\d_])(?:نشر|published|posted)(?![^\W\d_])", re.I
)
_RULE_RE: Final = recache.pattern(r"^[\s.…·•\-_=*~ـ]{3,}$")
_STRIP: Final = " \t*•-–:|"
_ATTRIBUTION_RE: Final = recache.pattern(
    r"وفقا[ًً]? لما (?:[أا]فادته|[أا]وردته|نقلته) (وكال[ةه] [^ـ\-–\n]{3,60}?)\s*[ـ\-–]+"
)
_TRAILING_SIGNATURE_RE: Final = recache.pattern(
    r"^(.*[.!؟?\"”»])\s+([^\s.]{2,12}(?: [^\s.]{1,6}){0,2})$"
)
_CITY_NAME_RE: Final = recache.pattern(r"^[^\d\s:]{2,20}\s*:\s*([^\d:،,.!؟?()«»\"]{3,40})$")
_NAME_CITY_RE: Final = recache.pattern(r"^([^\d\W][^\d:]{2,40}?)\s+[-–]\s+[^\d\s:]{2,20}$")


def primary(dated: list[DateMention]) -> DateMention:
    """Of the dates on one line, the one that is the date (Gregorian over a stated Hijri)."""
    return next((m for m in dated if m.calendar == "gregorian" and m.date), dated[0])


def source_value(text: str) -> str | None:
    for sep in (":", "："):
        if sep in text:
            return _unwrap(text.split(sep, 1)[1]) or None
    parts = text.split(None, 1)
    return _unwrap(parts[1]) if len(parts) > 1 else None


def _unwrap(value: str) -> str:
    value = value.strip().lstrip("*•- ").strip()
    if value.startswith("(") and value.endswith(")") and value.count("(") == 1:
        value = value[1:-1].strip()
    return value


def _is_rule(line: Line) -> bool:
    return _RULE_RE.match(line.text) is not None


def _end(found: Layout, lines: list[Line]) -> list[Line]:
    """Find the end marker among the last lines; return the lines before it (chrome dropped)."""
    end = len(lines)
    checked = 0
    for k in range(len(lines) - 1, -1, -1):
        line = lines[k]
        if is_chrome(line.folded) or _is_rule(line):
            end = k if is_chrome(line.folded) else end
            continue
        if END_RE.search(line.folded) or (words(line.text) <= 4 and agency_signature(line.folded)):
            found.end_marker = line.text
            end = k
            break
        checked += 1
        if checked >= 3:
            break
    kept = [x for x in lines[:end] if not is_chrome(x.folded) and not _is_rule(x)]
    return kept


def _trailing_signature(found: Layout) -> None:
    """``... التحديات القائمة". سبأ``: an agency signing off at the end of the last paragraph."""
    if found.end_marker is not None or (not found.body and not found.lead):
        return
    last = found.body[-1] if found.body else found.lead
    assert last is not None
    m = _TRAILING_SIGNATURE_RE.match(last)
    if m is None or not is_agency(m.group(2)):
        return
    found.end_marker = m.group(2)
    if found.body:
        found.body[-1] = m.group(1)
    else:
        found.lead = m.group(1)


def read_body(found: Layout, lines: list[Line]) -> None:
    """Lead, body, dateline, end marker (and an agency's sign-off) from body lines alone."""
    kept = _end(found, lines)
    for k in range(len(kept) - 1, max(0, len(kept) - 3), -1):  # "المصدر: الجزيرة" at the end
        if SOURCE_RE.match(kept[k].folded) and words(kept[k].text) <= 8:
            found.source = found.source or source_value(kept[k].text)
            kept = kept[:k] + kept[k + 1 :]
            break
    texts = [x.text for x in kept]
    if texts and found.headline is not None and texts[0] == found.headline:
        texts = texts[1:]  # a title printed twice is one title
    if texts:
        found.lead = texts[0]
        found.dateline = find_dateline(texts[0])
        found.body = texts[1:]
    _agency_from_attribution(found)
    _trailing_signature(found)


def split_content(found: Layout, lines: list[Line]) -> None:
    """Kicker, headline, byline and the body from the lines after a reference header."""
    content = [x for x in lines if not is_chrome(x.folded)]
    if len(content) > 1 and content[0].text.endswith(":") and len(content[0].text) <= 150:
        found.kicker = content[0].text.rstrip(":").strip() or None
        content = content[1:]
    if content:
        found.headline = content[0].text
        content = content[1:]
    if content and words(content[0].text) <= 8 and BYLINE_RE.match(content[0].folded):
        _byline(found, content[:1], [])
        content = content[1:]
    read_body(found, content)


def _agency_from_attribution(found: Layout) -> None:
    """``وفقا لما أفادته وكالة أهل البيت (ع) للأنباء ــ ابنا ــ``: the agency, when no masthead."""
    if found.agency is not None:
        return
    for paragraph in [found.lead or "", *found.body[:3]]:
        m = _ATTRIBUTION_RE.search(paragraph)
        if m is not None:
            found.agency = m.group(1).strip()
            return


def _date_line(line: Line) -> bool:
    from newsctl.parser import date_only

    return any(m.kind == "date" for m in line.mentions) and date_only(line, leftover=6)


def _before(line: Line, mention: DateMention) -> str:
    """The folded text of the line before a mention."""
    return fold_key(line.text[: mention.start - line.start])


def read_page(lines: list[Line]) -> Layout:
    """A copied web page, a wire story or a bare text: whatever can be found, by position."""
    from newsctl.parser import Layout

    found = Layout(known=False)
    # "اقرأ أيضا" after the story starts a list of other articles: everything after it goes;
    # one between two paragraphs is a link in the story: only that line goes.
    last_paragraph = max((x.index for x in lines if is_paragraph(x.text)), default=-1)
    related = next(
        (x.index for x in lines if x.index > last_paragraph and RELATED_RE.match(x.folded)),
        len(lines),
    )
    found.page_lines = {x.number for x in lines if x.index >= related or is_chrome(x.folded)}
    content = [
        x
        for x in lines[:related]
        if not is_chrome(x.folded) and not _is_rule(x) and not RELATED_RE.match(x.folded)
    ]
    body_start = next((i for i, x in enumerate(content) if is_paragraph(x.text)), len(content))
    header, body = content[:body_start], content[body_start:]
    published_at = _choose_dates(found, header, body)
    _source_and_id(found, header, lines)
    _headline(found, header, published_at)
    if not body and header and found.headline is not None:
        # no paragraph-like line: everything after the headline (and its date) is the body
        after = max(
            (i for i, x in enumerate(header) if x.text == found.headline or i == published_at),
            default=-1,
        )
        body = [x for x in header[after + 1 :] if not _date_line(x)]
        header = header[: after + 1]
    _byline(found, header, body)
    _dateline_line(found, header)
    read_body(found, body)
    if found.dateline is None and found.byline_dateline is not None:
        found.dateline = found.byline_dateline
    found.known = found.headline is not None or found.published is not None
    return found


def _choose_dates(found: Layout, header: list[Line], body: list[Line]) -> int | None:
    """Set published/updated/page mentions; return the header index of the publication line."""
    labelled: tuple[int, DateMention] | None = None
    candidates: list[tuple[int, DateMention]] = []
    for i, line in enumerate(header):
        short_labelled = len(line.text) <= 160 and any(
            m.kind == "date" and _PUBLISHED_WORD_RE.search(_before(line, m)) for m in line.mentions
        )  # "نشر بواسطة: فلان في 12 مارس 2023": a label makes a date line of a longer one
        if not (_date_line(line) or short_labelled):
            continue
        for m in line.mentions:
            if m.kind != "date":
                continue
            before = _before(line, m)
            if UPDATE_LABEL_RE.search(before):
                if found.updated is None:
                    found.updated = m
                continue
            if labelled is None and PUBLISH_LABEL_RE.search(before):
                labelled = (i, m)
            candidates.append((i, m))
    chosen: tuple[int, DateMention] | None = labelled
    if chosen is None and candidates:
        last_line = candidates[-1][0]
        chosen = (last_line, primary([m for i, m in candidates if i == last_line]))
    if chosen is None and body:
        chosen = _wire_date(body[0]) or _labelled_after(body)
        if chosen is not None:
            found.published = chosen[1]
            return None
    if chosen is None:
        return None
    found.published = chosen[1]
    found.page = [m for _, m in candidates if m is not chosen[1]]
    return chosen[0]


def _labelled_after(body: list[Line]) -> tuple[int, DateMention] | None:
    """Some pages put the story first: a short labelled date line below it ("تاريخ النشر: ...")."""
    for line in body[1:]:
        if len(line.text) > 160:
            continue
        for m in line.mentions:  # the label must open the line: "تاريخ النشر: 12/3/2023"
            before = _before(line, m).strip(" :：-")
            if m.kind == "date" and before and PUBLISH_LABEL_RE.fullmatch(before + ":"):
                return (-1, m)
    return None


def _wire_date(first: Line) -> tuple[int, DateMention] | None:
    """A date opening the first paragraph, after at most a few words (a city, a weekday)."""
    for m in first.mentions:
        if m.kind == "date" and words(first.text[: m.start - first.start]) <= 4:
            return (-1, m)
    return None


def _source_and_id(found: Layout, header: list[Line], lines: list[Line]) -> None:
    for line in header:
        if SOURCE_RE.match(line.folded) and found.source is None:
            value = source_value(line.text)
            if value is None and line.index + 1 < len(lines):  # "المصدر:" then "(أبوظبي - البيان)"
                value = _unwrap(lines[line.index + 1].text)
            found.source = value
    for line in lines:
        m = ID_RE.match(line.folded)
        if m is not None and not line.folded.isdigit():  # a labelled id only
            found.id = m.group(1).translate(TO_LATIN)
            break


def _headline_candidate(line: Line) -> bool:
    name_city = _NAME_CITY_RE.match(line.text)
    return (
        is_title_like(line.text)
        and not (name_city is not None and 2 <= words(name_city.group(1)) <= 4)
        and not is_caption(line.folded)
        and not _date_line(line)
        and not BYLINE_RE.match(line.folded)
        and not SOURCE_RE.match(line.folded)
        and not is_chrome(line.folded)
    )


def _headline(found: Layout, header: list[Line], published_at: int | None) -> None:
    index: int | None = None
    if published_at is not None and published_at >= 0:
        above = [i for i in range(published_at) if _headline_candidate(header[i])]
        below = [i for i in range(published_at + 1, len(header)) if _headline_candidate(header[i])]
        index = above[-1] if above else (below[0] if below else None)
    else:
        index = next((i for i, x in enumerate(header) if _headline_candidate(x)), None)
    if index is None:
        return
    found.headline = header[index].text
    if index > 0:
        above_line = header[index - 1].text
        if (
            above_line.endswith(":")
            and words(above_line) <= 12
            and not SOURCE_RE.match(header[index - 1].folded)
        ):
            found.kicker = above_line.rstrip(":").strip() or None


def _dateline_line(found: Layout, header: list[Line]) -> None:
    """A dateline on its own line just above the story: ``أنقرة/ محمد شيخ يوسف/ الأناضول``
    (the middle part is the reporter)."""
    if not header:
        return
    line = header[-1].text
    dateline = find_dateline(line)
    if dateline is None or len(dateline) < len(line.rstrip(" :-–ـ")) - 1:
        return
    found.byline_dateline = dateline
    parts = [p.strip() for p in dateline.split("/")]
    if len(parts) == 3 and found.byline is None:
        found.byline = parts[1]


def _byline(found: Layout, header: list[Line], body: list[Line]) -> None:
    for line in header:
        m = BYLINE_RE.match(line.folded)
        if m is not None and words(line.text) <= 8:
            label_end = (
                len(line.text) - len(m.group(1)) if len(line.text) == len(line.folded) else 0
            )
            name = line.text[label_end:] if label_end else m.group(1)
            found.byline = name.strip(" :：-") or None
            return
    after_title = False
    for line in header:
        if line.text == found.headline:
            after_title = True
            continue
        if not after_title or line.mentions:
            continue
        m = _NAME_CITY_RE.match(line.text)  # حسام أبو العلا - القاهرة
        if m is not None and 2 <= words(m.group(1)) <= 4:
            found.byline = m.group(1).strip()
            return
        m = _CITY_NAME_RE.match(line.text)  # بيروت: كارولين عاكوم
        if m is not None and 2 <= words(m.group(1)) <= 4:
            found.byline = m.group(1).strip()
            return
    if header and body:
        last = header[-1]
        if (
            last.text != found.headline
            and 2 <= words(last.text) <= 4
            and not any(c.isdigit() for c in last.text)
            and not re.search(r"[:،,.!؟?()«»\"]", last.text)
            and not last.mentions
        ):
            found.byline = last.text
