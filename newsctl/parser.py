"""Parsing an article's text into an Article: the one pipeline, in one direction.

text → repaired text (``newsctl.text.decode``) → corpus records, when the text is a corpus file
(``newsctl.articles.corpus``) → folded text (``newsctl.text.fold``) → lines, each classified once
(``newsctl.articles.lines``) → date mentions, scanned once (``newsctl.dates.scan``) → the reference
header (``newsctl.articles.reference``) → the layout, chosen by evidence
(``newsctl.articles.page``) → the record (``newsctl.articles.record``), its dates checked by the
rules every reader shares (``newsctl.dates.rules``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from newsctl.articles.corpus import Record, split_records
from newsctl.articles.layout import Layout
from newsctl.articles.lines import attach, split_lines
from newsctl.articles.page import read_page
from newsctl.articles.record import Article, ArticleWarning, DateNote
from newsctl.articles.reference import read_header
from newsctl.codes import code
from newsctl.dates import rules
from newsctl.dates.calendars import gregorian_to_hijri, iso
from newsctl.dates.lexicon import lookup
from newsctl.dates.mention import DateMention
from newsctl.dates.scan import find_in
from newsctl.dates.timefmt import format_offset, format_time, join_iso
from newsctl.dates.zones import resolve_zone, utc_offset
from newsctl.errors import NewsctlError
from newsctl.text.decode import repair_mojibake
from newsctl.text.fold import Folded


def parse_article(
    text: str, *, path: str | None = None, tz: str | None = None, now: dt.datetime | None = None
) -> Article:
    """Parse an article's text (already decoded) into an Article.

    ``tz`` (an IANA name or an Arabic place name) is the zone of a time that names none; ``now``
    the moment relative stamps (منذ ساعتين) count from, when they are all a page has (without it
    they stay without a date). A corpus file holding many articles gives its first one
    (``parse_articles`` gives them all). Never raises for odd text: what cannot be read is null,
    with a warning.
    """
    return parse_articles(text, path=path, tz=tz, now=now)[0]


def parse_articles(
    text: str, *, path: str | None = None, tz: str | None = None, now: dt.datetime | None = None
) -> list[Article]:
    """Every article in ``text``: one for a plain article, one per record for a corpus file."""
    text, repaired = repair_mojibake(text.replace("\r\n", "\n").replace("\r", "\n"))
    records = split_records(text) if text.lstrip("\ufeff \n\t")[:1] == "<" else []
    if records:
        articles = [_record_article(r, path=path, tz=tz, now=now) for r in records]
    else:
        articles = [_text_article(text.lstrip("\ufeff"), path=path, tz=tz, now=now)]
    if repaired is not None:
        for article in articles:
            article.warnings.insert(0, ArticleWarning("encoding-repaired", repaired))
    return articles


def _text_article(
    text: str, *, path: str | None, tz: str | None, now: dt.datetime | None
) -> Article:
    folded = Folded(text)
    lines = split_lines(folded)
    if not lines:
        article = Article(path=path)
        article.warn("empty", "no text")
        return article
    mentions = find_in(folded, now=now)
    attach(lines, mentions)
    layout = read_page(lines, mentions, text, read_header(lines))
    return build(layout, mentions, text, path=path, tz=tz)


def _record_article(
    record: Record, *, path: str | None, tz: str | None, now: dt.datetime | None
) -> Article:
    """A corpus record: its text read as a page, its own fields (title, date, author, source)
    taking precedence over what the text alone gives."""
    folded = Folded(record.text)
    lines = split_lines(folded, record.text_line)
    mentions = find_in(folded, now=now, first_line=record.text_line)
    attach(lines, mentions)
    layout = read_page(lines, mentions, record.text, None, story_only=True)
    stamp = record.stamp()
    layout = layout._replace(
        headline=record.title() or (None if record.fields else layout.headline),
        byline=record.author() or layout.byline,
        agency=record.source() or layout.agency,
        published=stamp or layout.published,
        clock=None if stamp else layout.clock,
        known=True,
    )
    if stamp is not None:
        mentions = [stamp, *mentions]
    return build(layout, mentions, record.text, path=path, tz=tz, record=record.name())


def build(
    layout: Layout,
    mentions: Sequence[DateMention],
    text: str,
    *,
    path: str | None,
    tz: str | None,
    record: str | None = None,
) -> Article:
    """The record of a layout: its fields, its dates with their roles, and its warnings."""
    article = Article(
        path=path,
        record=record,
        agency=layout.agency,
        source=layout.source,
        weekday=layout.weekday,
        id=layout.id,
        kicker=layout.kicker,
        headline=layout.headline,
        lead=layout.lead,
        body=list(layout.body),
        end_marker=layout.end_marker,
        dateline=layout.dateline,
        byline=layout.byline,
        choices=layout.choices,
    )
    if not layout.known:
        article.warn("unknown-layout", code("unknown-layout").meaning)
    try:
        _dates(article, layout, mentions, text, tz)
    except NewsctlError as exc:  # a zone the tz database lacks, say
        article.warn("impossible-date", str(exc))
    if article.headline is None:
        article.warn("missing-headline", "no headline found")
    if layout.source_slot and not article.source:
        article.warn("missing-source", "the header has no source (المصدر) line, or an empty one")
    return article


def _dates(
    article: Article, layout: Layout, mentions: Sequence[DateMention], text: str, tz: str | None
) -> None:
    main = layout.published
    together = [m for m in mentions if main is not None and rules.dual(main, m, text)]
    roles = {id(m): "page" if m.line in layout.page_lines else "mention" for m in mentions}
    if layout.updated is not None:
        roles[id(layout.updated)] = "updated"
        article.updated = _iso_of(layout.updated, tz)
    clock = main if main is not None and main.time is not None else layout.clock
    for m in (main, *together, layout.clock):
        if m is not None:
            roles[id(m)] = "published"
    article.dates = [
        DateNote(
            m.text,
            m.line,
            None if m.date is None else m.date.isoformat(),
            m.time_text,
            m.utc_offset,
            roles[id(m)],
        )
        for m in mentions
    ]
    if main is None:
        article.warn("no-date", "no publication date found")
        return
    if main.error is not None:
        article.warn("impossible-date", f"impossible date {main.text!r}: {main.error}", main.line)
        return
    if main.date is None:
        article.warn("partial-date", f"{main.text!r} has a day and month but no year", main.line)
        return
    article.date = main.date
    hijri = gregorian_to_hijri(main.date)
    article.hijri = None if hijri is None else iso(hijri)
    zone = main.zone or (clock.zone if clock else None)
    offset = main.offset if main.offset is not None else (clock.offset if clock else None)
    if zone is None and offset is None:  # "نشر في ... 10:15 آخر تحديث: ... 11:02 (توقيت مكة)"
        zone = next((m.zone for m in mentions if m.line == main.line and m.zone), None)
    if clock is not None and clock.time is not None:
        article.time = format_time(clock.time, clock.seconds)
    if zone is None and offset is None and tz is not None:
        zone = resolve_zone(tz)
    if zone is not None and offset is None:
        offset = utc_offset(zone, main.date, clock.time if clock else None)
    if offset is not None:
        article.utc_offset = format_offset(offset)
    _check(article, main, together, layout, text)


def _check(
    article: Article,
    main: DateMention,
    together: Sequence[DateMention],
    layout: Layout,
    text: str,
) -> None:
    """The shared rules: the stated weekday, the stated Hijri date, how the date was read."""
    assert main.date is not None
    stated = next((m for m in (main, *together) if m.weekday is not None), None)
    if layout.weekday is None and stated is not None:
        article.weekday = stated.weekday_text
    weekday = stated.weekday if stated is not None else _weekday_of(layout.weekday)
    note = rules.weekday_note(main.date, weekday, article.weekday)
    if note is not None:
        article.warn(note.code, note.message, main.line)
    hijri = rules.hijri_note(main, together, text)
    if hijri is not None:
        line = hijri.mention.line if hijri.mention else main.line
        article.warn(hijri.code, hijri.message, line)
    for note in rules.form_notes(main):
        article.warn(note.code, note.message, main.line)


def _weekday_of(written: str | None) -> int | None:
    entry = None if written is None else lookup(written.strip(" ،,:-"), "weekday")
    return None if entry is None else entry.num


def _iso_of(m: DateMention, tz: str | None) -> str | None:
    if m.date is None:
        return None
    offset = m.utc_offset
    if offset is None and m.time is not None and tz is not None:
        offset = format_offset(utc_offset(resolve_zone(tz), m.date, m.time))
    return join_iso(m.date, m.time_text, offset)
