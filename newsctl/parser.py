"""Parsing an article's text into an Article.

Two layouts are read. The reference layout (ABNA, Mehr and the agencies sharing their CMS) is a
header of short lines: agency, ``المصدر : <source>``, weekday, date, time, numeric id; then an
optional kicker ending in ``:``, the headline, the lead, the body, a dotted rule and an end marker.
Everything else is read as a copied web page (``newsctl.articles.page``): the publication date is
chosen by evidence among every date mention, chrome (breadcrumbs, share buttons, copyright lines) is left
out, and the headline, byline, dateline and end marker are found around it. Corpus files holding
many articles (TREC ``<DOC>``, XML records) are split first (``newsctl.articles.corpus``).
"""

from __future__ import annotations

from typing import Final

from newsctl.articles import page as layout
from newsctl.articles.lines import ID_RE, SOURCE_RE
from newsctl.articles.record import Article, DateNote, Warning
from newsctl.dates.calendars import gregorian_to_hijri, iso
from newsctl.dates.grammar import keys
from newsctl.dates.scan import DateMention, find_in
from newsctl.dates.timefmt import format_offset, format_time, join_iso
from newsctl.dates.weekdays import arabic_name
from newsctl.dates.zones import resolve_zone, utc_offset
from newsctl.errors import NewsctlError
from newsctl.text import chars
from newsctl.text.digits import TO_LATIN
from newsctl.text.fold import Folded, fold_key

HEADER_WINDOW: Final = 12  # the reference header is found within this many non-blank lines

_STRIP: Final = " \t\n" + chars.INVISIBLE + chars.ODD_SPACES


class Line:
    """One non-blank line of an article (a plain class: thousands are made per article)."""

    __slots__ = ("folded", "index", "mentions", "number", "start", "text")

    def __init__(self, index: int, number: int, text: str, folded: str, start: int = 0) -> None:
        self.index = index  # position among the non-blank lines
        self.number = number  # 1-based line number in the text
        self.text = text  # stripped
        self.folded = folded  # fold_key of the text
        self.start = start  # offset of ``text`` in the whole text
        self.mentions: list[DateMention] = []


def split_lines(text: str, folded: str | None = None) -> list[Line]:
    """The non-blank lines; ``folded`` (``fold_text(text)``, line for line) saves folding again."""
    out: list[Line] = []
    offset = 0
    folded_lines = folded.split("\n") if folded is not None else None
    for number, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip(_STRIP)
        if stripped:
            start = offset + len(raw) - len(raw.lstrip(_STRIP))
            if folded_lines is not None:
                key = " ".join(folded_lines[number - 1].split()).casefold()
            else:
                key = fold_key(stripped)
            out.append(Line(len(out), number, stripped, key, start))
        offset += len(raw) + 1
    return out


def date_only(line: Line, *, leftover: int = 0) -> bool:
    """Whether the line is its date mentions and at most ``leftover`` other words (fillers free)."""
    if not line.mentions or len(line.text) > 100:
        return False
    rest, last = [], 0
    for m in line.mentions:
        rest.append(line.text[last : m.start - line.start])
        last = m.end - line.start
    rest.append(line.text[last:])
    words = [w.strip(":،,.-()|") for w in fold_key(" ".join(rest)).split()]
    words = [w for w in words if w and any(c.isalpha() for c in w) and w not in _FILLER]
    return len(words) <= leftover


_FILLER: Final = frozenset(
    fold_key(w)
    for w in ("الساعة", "يوم", "في", "بتاريخ", "التاريخ", "تاريخ", "الموافق", "نشر", "ص", "م")
)


class Layout:
    """What a layout reader found; ``parse_article`` turns it into the record.

    A plain class (made once per article, filled in step by step by the readers)."""

    def __init__(self, *, known: bool = True) -> None:
        self.agency: str | None = None
        self.source: str | None = None
        self.weekday: str | None = None  # a weekday line, as written
        self.id: str | None = None
        self.published: DateMention | None = None
        self.published_time: DateMention | None = None  # a time written apart from the date
        self.updated: DateMention | None = None
        self.page: list[DateMention] = []
        self.kicker: str | None = None
        self.headline: str | None = None
        self.lead: str | None = None
        self.body: list[str] = []
        self.end_marker: str | None = None
        self.dateline: str | None = None
        self.byline: str | None = None
        self.known = known  # False: no layout was recognized
        self.page_lines: set[int] = set()  # chrome and related-article lines
        self.byline_dateline: str | None = None  # a dateline on its own line above the story


# --- the reference layout -------------------------------------------------------------


def _kind(line: Line) -> str | None:
    if SOURCE_RE.match(line.folded):
        return "source"
    if line.folded.strip(" ،,:-") in keys()["weekday"]:
        return "weekday"
    if ID_RE.match(line.folded):
        return "id"
    if date_only(line):
        return "date"
    return None


def read_reference(lines: list[Line]) -> Layout | None:
    """The reference header block, or None when the text does not start with one."""
    found = Layout()
    window = lines[:HEADER_WINDOW]
    i = 0
    if window and _kind(window[0]) is None and any(_kind(x) for x in window[1:4]):
        found.agency = window[0].text
        i = 1
    kinds = set()
    while i < len(window):
        line = window[i]
        kind = _kind(line)
        if kind is None:
            break
        kinds.add(kind)
        if kind == "source":
            found.source = layout.source_value(line.text) or found.source
        elif kind == "weekday":
            found.weekday = line.text.strip(" ،,:-")
        elif kind == "id":
            m = ID_RE.match(line.folded)
            found.id = m.group(1).translate(TO_LATIN) if m else None
        else:
            dated = [m for m in line.mentions if m.kind == "date"]
            if dated and found.published is None:
                found.published = layout.primary(dated)
                found.page.extend(m for m in dated if m is not found.published)
            elif line.mentions[0].kind == "time" and found.published_time is None:
                found.published_time = line.mentions[0]
        i += 1
    # A header needs a source line, or a date line with another header line beside it.
    if "source" not in kinds and not ("date" in kinds and len(kinds) > 1):
        return None
    layout.split_content(found, lines[i:])
    return found


# --- from a layout to the record ----------------------------------------------------------


def _attach(lines: list[Line], mentions: list[DateMention]) -> None:
    """Give each line its date mentions."""
    by_number: dict[int, list[DateMention]] = {}
    for m in mentions:
        by_number.setdefault(m.line, []).append(m)
    for line in lines:
        line.mentions = by_number.get(line.number, [])


def _apply_dates(
    article: Article, found: Layout, mentions: list[DateMention], tz: str | None
) -> None:
    primary = found.published
    if primary is not None and primary.time is None and found.published_time is None:
        # "March 11, 2023 at 10:30 AM": the time stands apart on the same line
        found.published_time = next(
            (m for m in mentions if m.line == primary.line and m.kind == "time" and m.time), None
        )
    roles: dict[int, str] = {
        id(m): "page" if m.line in found.page_lines else "mention" for m in mentions
    }
    for m in found.page:
        roles[id(m)] = "page"
    if found.updated is not None:
        roles[id(found.updated)] = "updated"
        article.updated = _iso_of(found.updated, tz)
    if primary is not None:
        roles[id(primary)] = "published"
        if found.published_time is not None:
            roles[id(found.published_time)] = "published"
        for m in mentions:  # the Hijri half of a dual date is the same publication date
            same_day = m.date is not None and primary.date is not None
            if same_day and m is not primary and m.line == primary.line:
                assert m.date is not None and primary.date is not None
                if abs((m.date - primary.date).days) <= 2:
                    roles[id(m)] = "published"
    article.dates = [
        DateNote(
            text=m.text,
            line=m.line,
            date=None if m.date is None else m.date.isoformat(),
            time=m.time_text,
            utc_offset=m.utc_offset,
            role=roles[id(m)],
        )
        for m in mentions
    ]
    if primary is None:
        article.warn("no-date", "no publication date found")
        return
    if primary.error is not None:
        article.warn(
            "impossible-date", f"impossible date {primary.text!r}: {primary.error}", primary.line
        )
        return
    if primary.date is None:
        article.warn(
            "partial-date", f"{primary.text!r} has a day and month but no year", primary.line
        )
        return
    article.date = primary.date
    hijri = gregorian_to_hijri(primary.date)
    article.hijri = None if hijri is None else iso(hijri)
    clock = primary if primary.time is not None else found.published_time
    zone = primary.zone or (clock.zone if clock else None)
    offset = primary.offset or (clock.offset if clock and not clock.zone else None)
    if zone is None and offset is None:  # "نشر في ... 10:15 آخر تحديث: ... 11:02 (توقيت مكة)"
        zone = next((m.zone for m in mentions if m.line == primary.line and m.zone), None)
    if clock is not None and clock.time is not None:
        article.time = format_time(clock.time, clock.seconds)
    if zone is None and offset is None and tz is not None:
        zone = resolve_zone(tz)
    if zone is not None and offset is None:
        offset = utc_offset(zone, primary.date, clock.time if clock else None)
    if offset is not None:
        article.utc_offset = format_offset(offset)
    _check_weekday(article, found, primary, mentions)
    _check_hijri(article, mentions)


def _iso_of(m: DateMention, tz: str | None) -> str | None:
    if m.date is None:
        return None
    offset = m.utc_offset
    if offset is None and m.time is not None and tz is not None:
        offset = format_offset(utc_offset(resolve_zone(tz), m.date, m.time))
    return join_iso(m.date, m.time_text, offset)


def _check_weekday(
    article: Article, found: Layout, primary: DateMention, mentions: list[DateMention]
) -> None:
    assert primary.date is not None
    stated: int | None = None
    if found.weekday is not None:
        article.weekday = found.weekday
        stated = keys()["weekday"].get(fold_key(found.weekday), (None, ""))[0]
    else:
        dual = [primary, *(m for m in mentions if m.line == primary.line and m is not primary)]
        same_line = [m for m in dual if m.weekday_text is not None]
        if same_line:
            article.weekday = same_line[0].weekday_text
            stated = same_line[0].weekday
    if stated is not None and stated != primary.date.weekday():
        article.warn(
            "weekday-mismatch",
            f"{article.weekday} is written, but {primary.date.isoformat()} is a "
            f"{arabic_name(primary.date.weekday())}",
            primary.line,
        )


def _check_hijri(article: Article, mentions: list[DateMention]) -> None:
    """A Hijri date stated beside a Gregorian one (the mention next to it, same line) should be
    the same day. Only neighbours are compared, so a line of a million dates stays linear."""
    for i, hijri in enumerate(mentions):
        if hijri.calendar != "hijri" or hijri.date is None:
            continue
        beside = [
            m
            for m in mentions[max(0, i - 1) : i + 2]
            if m.line == hijri.line and m.calendar == "gregorian" and m.date is not None
        ]
        for greg in beside:
            assert hijri.date is not None and greg.date is not None
            diff = (hijri.date - greg.date).days
            if 1 <= abs(diff) <= 2:
                assert hijri.stated is not None
                article.warn(
                    "hijri-mismatch",
                    f"stated Hijri date {hijri.text!r} is {diff:+d} day(s) from Umm al-Qura "
                    f"for {greg.date.isoformat()}",
                    hijri.line,
                )


def parse_article(text: str, *, path: str | None = None, tz: str | None = None) -> Article:
    """Parse an article's text (already decoded) into an Article.

    ``tz`` (an IANA name or an Arabic place name) is the zone of a time that names none. A corpus
    file holding many articles gives its first one (``parse_articles`` gives them all). Never
    raises for odd text: what cannot be read is null, with a warning.
    """
    return parse_articles(text, path=path, tz=tz)[0]


def parse_articles(text: str, *, path: str | None = None, tz: str | None = None) -> list[Article]:
    """Every article in ``text``: one for a plain article, one per record for a corpus file."""
    from newsctl.text.decode import repair_mojibake

    text, repaired = repair_mojibake(text.replace("\r\n", "\n").replace("\r", "\n"))
    records = []
    if text.lstrip("\ufeff \n\t")[:1] == "<":  # maybe a corpus file: <DOC>, <?xml ...
        from newsctl.articles.corpus import split_records

        records = split_records(text)
    if records:
        articles = [r.to_article(path=path, tz=tz) for r in records]
    else:
        articles = [_parse_plain(text, path=path, tz=tz)]
    if repaired is not None:
        for article in articles:
            article.warnings.insert(0, Warning("encoding-repaired", repaired))
    return articles


def _parse_plain(text: str, *, path: str | None, tz: str | None) -> Article:
    article = Article(path=path)
    text = text.lstrip("\ufeff")
    folded = Folded(text)
    lines = split_lines(text, folded.text)
    if not lines:
        article.warn("empty", "no text")
        return article
    mentions = find_in(folded)
    for m in mentions:  # "منذ ساعتين" in a story is relative to an unknown moment, not to now
        if m.relative:
            m.date = m.time = None
    _attach(lines, mentions)
    found = read_reference(lines) or layout.read_page(lines)
    fill(article, found, mentions, tz)
    return article


def fill(article: Article, found: Layout, mentions: list[DateMention], tz: str | None) -> None:
    """Copy a layout into the article and check its dates."""
    for name in (
        "agency",
        "source",
        "id",
        "kicker",
        "headline",
        "lead",
        "end_marker",
        "dateline",
        "byline",
    ):
        setattr(article, name, getattr(found, name))
    article.body = list(found.body)
    if found.weekday is not None:
        article.weekday = found.weekday
    if not found.known:
        article.warn("unknown-layout", "no known layout: no headline and no date were found")
    try:
        _apply_dates(article, found, mentions, tz)
    except NewsctlError as exc:  # a zone the tz database lacks, say
        article.warn("impossible-date", str(exc))
    if article.headline is None:
        article.warn("missing-headline", "no headline found")
