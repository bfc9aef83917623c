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
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from newsctl.articles.corpus import START, Before, Record, RecordError, sniff
from newsctl.articles.layout import Layout
from newsctl.articles.lines import Line, attach, split_lines
from newsctl.articles.markup import Hints, is_html
from newsctl.articles.markup import hints as read_hints
from newsctl.articles.page import read_page
from newsctl.articles.record import Article, ArticleBuilder, ArticleWarning, DateNote, registered
from newsctl.articles.reference import read_header
from newsctl.codes import code
from newsctl.dates import rules
from newsctl.dates.calendars import gregorian_to_hijri, iso
from newsctl.dates.lexicon import weekday_of
from newsctl.dates.mention import DateMention
from newsctl.dates.scan import MAX_MENTIONS, find_dates, find_in
from newsctl.dates.timefmt import format_offset, format_time, join_iso
from newsctl.dates.zones import resolve_zone, utc_offset
from newsctl.errors import NewsctlError, unforeseen
from newsctl.limits import DEFAULT_MAX_BYTES
from newsctl.text.chars import excerpt
from newsctl.text.decode import newlines, repair_mojibake
from newsctl.text.fold import Folded

if TYPE_CHECKING:
    from newsctl.articles.webpage import WebPage

RECORD_FIELD = "record-field"  # the form of a date read from a corpus record's own date field
ARTICLE_CHARS = 4_000_000  # an article is read this far (a corpus file's record alike)
ARTICLE_LINES = 50_000


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
    found = parse_articles(text, path=path, tz=tz, now=now)
    if not found:
        empty = ArticleBuilder(path=path)
        empty.warn("empty", "no record could be read")
        return empty.build()
    return found[0]


def parse_articles(
    text: str,
    *,
    path: str | None = None,
    tz: str | None = None,
    now: dt.datetime | None = None,
    mapping: Mapping[str, str] | None = None,
) -> list[Article]:
    """Every article in ``text``: one for a plain article, one per record for a corpus file
    (records that cannot be read are left out: ``parse_items`` gives them as RecordError)."""
    return [a for a in parse_items(text, path=path, tz=tz, now=now, mapping=mapping)
            if isinstance(a, Article)]  # fmt: skip


def parse_items(
    text: str,
    *,
    path: str | None = None,
    tz: str | None = None,
    now: dt.datetime | None = None,
    mapping: Mapping[str, str] | None = None,
    fmt: str | None = None,
    encoding: str | None = None,
    notes: Sequence[ArticleWarning] = (),
) -> Iterator[Article | RecordError]:
    """The articles of a whole text: a plain article, or the records of a corpus file (its
    format ``fmt``, or sniffed from the text), with those that cannot be read. ``encoding`` and
    ``notes`` (what decoding found) go into every article, the notes first."""
    text, repaired = repair_mojibake(newlines(text))
    if repaired is not None:
        notes = [*notes, ArticleWarning(registered("encoding-repaired"), repaired)]
    start = Start(path, encoding, tuple(notes))
    head = text[:4096]
    fmt = fmt or ("html" if is_html(head) else sniff(head))
    if fmt in (None, "html"):
        if fmt == "html":  # the limit is the visible text's, not the source's (inline images)
            from newsctl.articles.webpage import read_webpage

            page = read_webpage(text.lstrip("\ufeff"))
            yield page_article(page, path=path, tz=tz, now=now, start=start)
            return
        text, cut = _bounded(text.lstrip("\ufeff"))
        article = _text_builder(text, start, tz=tz, now=now, format="text")
        if cut is not None:
            article.warn("too-long", cut)
        yield article.build()
        return
    yield from parse_corpus([text], fmt, path=path, tz=tz, now=now, mapping=mapping, start=start)


class Start(NamedTuple):
    """What every article of an input begins with: its path, its encoding, and the notes of
    its decoding (first among its warnings)."""

    path: str | None = None
    encoding: str | None = None
    notes: tuple[ArticleWarning, ...] = ()

    def builder(self, **fields: Any) -> ArticleBuilder:
        built = ArticleBuilder(path=self.path, encoding=self.encoding, **fields)
        built.warnings.extend(self.notes)
        return built


def page_article(
    page: WebPage,
    *,
    path: str | None,
    tz: str | None,
    now: dt.datetime | None,
    start: Start | None = None,
) -> Article:
    """A web page's article: its visible text through the article engine, its markup as
    evidence, lines as the page's source numbers them."""
    text, cut = _bounded(page.text)
    start = start or Start(path)
    hints = read_hints(page.markup)
    article = _text_builder(text, start, tz=tz, now=now, hints=hints, format="html")
    article.warnings[:] = [w._replace(line=page.source_line(w.line)) for w in article.warnings]
    dates = article.get("dates") or ()
    article.set(dates=[d._replace(line=page.source_line(d.line)) for d in dates])
    choices = article.get("choices") or ()
    article.set(choices=[c.renumbered(page.source_line) for c in choices])  # explain's lines
    if cut is not None:
        article.warn("too-long", cut)
    return article.build()


def _bounded(text: str) -> tuple[str, str | None]:
    """An article's text cut to ``ARTICLE_CHARS`` characters and ``ARTICLE_LINES`` lines (a
    longer one is a dump or an attack: memory stays a small multiple of what is read), and
    what was cut, or None."""
    if len(text) > ARTICLE_CHARS:
        return _bounded(text[:ARTICLE_CHARS])[
            0
        ], f"only the first {ARTICLE_CHARS} characters were read"
    end = -1
    for _ in range(ARTICLE_LINES):
        end = text.find("\n", end + 1)
        if end < 0:
            return text, None
    return text[:end], f"only the first {ARTICLE_LINES} lines were read"


def parse_corpus(
    chunks: Iterable[str],
    fmt: str,
    *,
    path: str | None = None,
    tz: str | None = None,
    now: dt.datetime | None = None,
    mapping: Mapping[str, str] | None = None,
    max_chars: int = DEFAULT_MAX_BYTES,
    before: Before = START,
    start: Start | None = None,
) -> Iterator[Article | RecordError]:
    """The articles of a corpus file in format ``fmt`` (``newsctl.articles.corpus.FORMATS``),
    read record by record from chunks of its text: memory does not grow with the file
    (``before``: JSON Lines or CSV read on from where an earlier run stopped)."""
    start = start or Start(path)
    for item in read_records(chunks, fmt, mapping or {}, max_chars=max_chars, before=before):
        if isinstance(item, RecordError):
            yield item
        else:
            yield record_item(item, path=path, tz=tz, now=now, fmt=fmt, start=start)


def record_item(
    record: Record,
    *,
    path: str | None,
    tz: str | None,
    now: dt.datetime | None,
    fmt: str | None,
    start: Start,
) -> Article | RecordError:
    """A corpus record's article, or, when something unforeseen breaks its reading (a crafted
    record), that record's failure: the other records are still read, here as in a worker."""
    try:
        return parse_record(record, path=path, tz=tz, now=now, fmt=fmt, start=start)
    except Exception as exc:  # one record must never end its file's reading
        return RecordError(record.number, unforeseen(exc))


def read_records(
    chunks: Iterable[str],
    fmt: str,
    mapping: Mapping[str, str],
    *,
    max_chars: int,
    before: Before = START,
) -> Iterator[Record | RecordError]:
    """The records of a corpus file, by its format (its reader loaded when first needed)."""
    if fmt == "sgml":
        from newsctl.articles.sgml import iter_sgml

        return iter_sgml(chunks, max_chars=max_chars)
    if fmt == "warc":
        from newsctl.articles.warc import NOT_ON_STDIN
        from newsctl.errors import InputError

        raise InputError(NOT_ON_STDIN)
    if fmt == "feed":
        from newsctl.articles.feeds import iter_feed

        return iter_feed(chunks, max_chars=max_chars)
    from newsctl.articles.tabular import iter_csv, iter_json, iter_jsonl

    if fmt == "json":
        return iter_json(chunks, mapping, max_chars=max_chars)
    if fmt == "jsonl":
        return iter_jsonl(chunks, mapping, max_chars=max_chars, before=before)
    if fmt in ("csv", "tsv"):
        delimiter = "\t" if fmt == "tsv" else ","
        return iter_csv(
            chunks, mapping, delimiter=delimiter, max_chars=max_chars, before=before
        )
    raise ValueError(f"unknown corpus format {fmt!r}")


def _text_builder(
    text: str,
    start: Start,
    *,
    tz: str | None,
    now: dt.datetime | None,
    hints: Hints | None = None,
    format: str | None = None,
) -> ArticleBuilder:
    """An article's text read down the stages once (fold, lines, dates, layout, record), its
    fields and warnings collected in their final order."""
    folded = Folded(text)
    places = split_lines(folded)
    if not places:
        article = start.builder(format=format)
        article.warn("empty", "no text")
        return article
    mentions = find_in(folded, now=now)
    lines = attach(places, mentions)
    layout = read_page(lines, mentions, text, read_header(lines), hints=hints)
    if hints is not None:
        layout, mentions = _with_markup(layout, mentions, hints)
        layout = _marked_headline(layout, lines, hints)
    article = build(layout, mentions, text, start.builder(format=format), tz=tz)
    _too_many(article, mentions)
    if hints is not None:
        _markup_check(article, layout, hints)
    return article


def _with_markup(
    layout: Layout, mentions: list[DateMention], hints: Hints
) -> tuple[Layout, list[DateMention]]:
    """A web page's layout with what only its markup gives: the author, the update, the time of
    a date the text writes without one; the markup's dates that were used join the mentions."""
    published, updated, clock = layout.published, layout.updated, layout.clock
    claimed = hints.published[0][0] if hints.published else None
    if claimed is not None and claimed.time is None:  # a later claim of the day with its time
        claimed = next(
            (m for m, _ in hints.published if m.date == claimed.date and m.time is not None),
            claimed,
        )
    if published is None and claimed is not None and updated is not None:
        # a "last updated" stamp is all the text dates: the markup gives the publication
        published = claimed
    if (
        claimed is not None and published is not None and published is not claimed
        and published.date == claimed.date and published.time is None and clock is None
        and claimed.time is not None
    ):  # fmt: skip
        clock = claimed
    if claimed is not None and published is not None and published is not claimed:
        offset = _offset_from(published, claimed)
        if offset is not None:  # the text's local time, the markup's moment: the zone
            published = published._replace(offset=offset)
        elif published.time is None and clock is not None and clock is not claimed:
            # the time written apart from the date (``October 9, 2018`` / ``at 4:02 pm``)
            offset = _offset_from(published._replace(time=clock.time), claimed)
            if offset is not None and clock.offset is None and not clock.zone:
                clock = clock._replace(offset=offset)
    if updated is None and hints.modified:
        modified = hints.modified[0][0]
        moment = (published.date, published.time) if published is not None else None
        same = claimed is not None and (modified.date, modified.time) == (
            claimed.date,
            claimed.time,
        )
        if not same and moment != (modified.date, modified.time):
            updated = modified
    used = [m for m in (published, updated, clock) if m is not None and m.line == 0]
    if published is not None and published is not layout.published:
        mentions = [published if m is layout.published else m for m in mentions]
    layout = layout._replace(
        published=published, updated=updated, clock=clock, byline=layout.byline or hints.byline
    )
    return layout, [*dict.fromkeys(used), *mentions]


def _marked_headline(layout: Layout, lines: Sequence[Line], hints: Hints) -> Layout:
    """A web page's headline is the line its markup names the title (``<h1>``, ``og:title``,
    JSON-LD), when the text shows one and the reading chose another line, or none (a page's
    chrome, a "skip to content" link or breadcrumbs, read as its title)."""
    if not hints.titles:
        return layout
    chosen = next((x for x in lines if x.text == layout.headline), None)
    if chosen is not None and chosen.folded in hints.headlines:
        return layout
    shown = {x.folded: x for x in lines if x.words >= MARKED_WORDS or len(x.text) >= MARKED_CHARS}
    whole = next(
        (shown[key] for key in hints.headlines if key in shown and key not in hints.sites), None
    )
    if whole is not None:
        return _headline_is(layout, whole)
    if chosen is not None and chosen.folded in hints.titles and chosen.folded not in hints.sites:
        return layout
    part = next(
        (x for key, x in shown.items() if key in hints.titles and key not in hints.sites), None
    )
    return layout if part is None else _headline_is(layout, part)


def _headline_is(layout: Layout, line: Line) -> Layout:
    """The layout with ``line`` as its headline, first among the candidates ``explain`` shows."""
    from newsctl.articles import evidence

    chosen: evidence.Candidate[object] = evidence.headline_candidate(line, line.text, line.number)
    chosen.add("markup-title")
    chosen.add("markup-headline")
    choices = [c for c in layout.choices if c.field != "headline"]
    before = next((c for c in layout.choices if c.field == "headline"), None)
    others = [] if before is None else [c for c in before.candidates if c.text != line.text]
    threshold = evidence.HEADLINE_THRESHOLD if before is None else before.threshold
    choices.append(evidence.Choice("headline", [chosen, *others], threshold, chosen))
    return layout._replace(headline=line.text, choices=tuple(choices))


# a shorter line that a title names is a site's or a section's name (CJK: characters, no spaces)
MARKED_WORDS = 3
MARKED_CHARS = 8


def _offset_from(local: DateMention, moment: DateMention) -> dt.timedelta | None:
    """The zone of a local time the text writes (``12:26``) that the markup gives as a moment
    (``09:26:41+00:00``): their difference, when it is a zone's (whole quarters, at most 14 h)."""
    if (
        local.time is None or local.date is None or local.offset is not None or local.zone
        or moment.time is None or moment.date is None or moment.offset is None
    ):  # fmt: skip
        return None
    written = dt.datetime.combine(local.date, local.time.replace(second=0))
    utc = dt.datetime.combine(moment.date, moment.time.replace(second=0)) - moment.offset
    offset = written - utc
    if offset.total_seconds() % 900 or abs(offset) > dt.timedelta(hours=14):
        return None
    return offset


def _markup_check(article: ArticleBuilder, layout: Layout, hints: Hints) -> None:
    """``markup-disagrees``: the page's markup gives another publication day than its text."""
    date = article.get("date")
    if not hints.published or layout.published is None or date is None:
        return
    claimed, source = hints.published[0]
    if claimed.date is not None and claimed.date != date:
        article.warn(
            "markup-disagrees",
            f"the markup ({source}) says {excerpt(claimed.text)}, the text "
            f"{excerpt(layout.published.text)}",
            layout.published.line or None,
        )


def _too_many(article: ArticleBuilder, mentions: Sequence[DateMention]) -> None:
    if len(mentions) >= MAX_MENTIONS:
        article.warn("too-many-dates", f"only the first {MAX_MENTIONS} date mentions were read")


def parse_record(
    record: Record,
    *,
    path: str | None = None,
    tz: str | None = None,
    now: dt.datetime | None = None,
    fmt: str | None = None,
    start: Start | None = None,
) -> Article:
    """A corpus record: its own fields (headline, date, byline, agency, id) first, its text read
    as a story for the rest. Relative phrases of the text count from the record's own date
    (from ``now`` when it has none, or stay without a date)."""
    stamp = field_date(record, "date") or field_date(record, "dateline") or _id_date(record)
    updated = field_date(record, "updated")
    if stamp is not None and stamp.date is not None:
        now = dt.datetime.combine(stamp.date, stamp.time or dt.time(12))
    text, cut = _bounded(record.get("text") or "")
    first_line = record.lines.get("text", record.line)
    mentions: list[DateMention] = []
    layout = Layout(known=False)
    if text.strip():  # a record without text has its fields alone
        folded = Folded(text)
        places = split_lines(folded, first_line)
        mentions = find_in(folded, now=now, first_line=first_line)
        lines = attach(places, mentions)
        layout = read_page(lines, mentions, text, None, story_only=True, dated=stamp is not None)
    layout = layout._replace(
        headline=record.get("headline") or (None if record.fields else layout.headline),
        byline=record.byline() or layout.byline,
        agency=record.get("agency") or layout.agency,
        dateline=_place_dateline(record.get("dateline")) or layout.dateline,
        id=record.get("id") or layout.id,
        published=stamp or layout.published,
        updated=updated or layout.updated,
        clock=None if stamp else layout.clock,
        known=True,
    )
    fields = [m for m in (stamp, updated) if m is not None]
    start = start or Start(path)
    begun = start.builder(record=record.name(), format=fmt, url=record.get("url"))
    article = build(layout, [*fields, *mentions], text, begun, tz=tz)
    _too_many(article, mentions)
    if cut is not None:
        article.warn("too-long", cut)
    if not text.strip():
        article.warn("empty", "the record has no text")
    return article.build()


def field_date(record: Record, field: str) -> DateMention | None:
    """A record's date field read by the full grammar (ISO 8601, numeric, RFC 822 and 2822:
    ``-0000`` says the zone is not known), as a mention; None when it holds no date."""
    value = record.get(field)
    if value is None:
        return None
    from newsctl.dates.parse import value_mention  # the corpus records only

    return value_mention(value, line=record.lines.get(field, record.line), form=RECORD_FIELD)


def _place_dateline(value: str | None) -> str | None:
    """A dateline field that says where (``القاهرة 1-1 (اف ب) -``), not one that holds only a
    date (the Abu El-Khair corpus: ``<Dateline>08/ديسمبر/2009</Dateline>``)."""
    if value is None:
        return None
    rest = value
    for m in reversed(find_dates(value)):
        rest = rest[: m.start] + rest[m.end :]
    return value if any(c.isalpha() for c in rest) else None


def _id_date(record: Record) -> DateMention | None:
    """The date inside a record's id (LDC: ``AFP_ARB_20010101.0001``), when nothing else gives
    one."""
    ymd = record.id_date()
    if ymd is None:
        return None
    try:
        date = dt.date(*ymd)
    except ValueError:
        return None
    line = record.lines.get("id", record.line)
    return DateMention(record.name(), 0, 0, line, "date", date=date, calendar="gregorian",
                       forms=("record-id",))  # fmt: skip


def build(
    layout: Layout,
    mentions: Sequence[DateMention],
    text: str,
    article: ArticleBuilder,
    *,
    tz: str | None,
) -> ArticleBuilder:
    """The record of a layout: its fields, its dates with their roles, and its warnings, into
    ``article`` (which holds what came before: path, record, encoding, decoding notes)."""
    article.set(
        agency=layout.agency,
        source=layout.source,
        weekday=layout.weekday,
        id=layout.id,
        kicker=layout.kicker,
        headline=layout.headline,
        lead=layout.lead,
        body=layout.body,
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
    if article.get("headline") is None:
        article.warn("missing-headline", "no headline found")
    _confidence(article)
    if layout.source_slot and not article.get("source"):
        article.warn("missing-source", "the header has no source (المصدر) line, or an empty one")
    return article


def _confidence(article: ArticleBuilder) -> None:
    """A chosen date or headline whose confidence is under its fitted cut is marked uncertain."""
    for choice in article.get("choices"):
        if not choice.uncertain() or choice.chosen is None:
            continue
        other = choice.runner_up()
        against = "the threshold" if other is None else f"line {other.line}"
        if choice.against():  # its own signals speak against it too
            against += f", with {choice.against():g} of evidence against it"
        message = (
            f"confidence {choice.confidence():g}: chosen by a margin of {choice.margin():g} "
            f"over {against}: check it"
        )
        if choice.field == "published" and article.get("date") is not None:
            article.warn("uncertain-date", message, choice.chosen.line)
        elif choice.field == "headline" and article.get("headline") is not None:
            article.warn("uncertain-headline", message, choice.chosen.line)


def _dates(
    article: ArticleBuilder,
    layout: Layout,
    mentions: Sequence[DateMention],
    text: str,
    tz: str | None,
) -> None:
    main = layout.published
    alone = main is not None and bool({RECORD_FIELD, "record-id"} & set(main.forms))
    together = (  # a record's own field stands alone: the story's dates never join it
        [] if main is None or alone else [m for m in mentions if rules.dual(main, m, text)]
    )
    roles = {id(m): "page" if m.line in layout.page_lines else "mention" for m in mentions}
    if layout.updated is not None:
        roles[id(layout.updated)] = "updated"
        spot = (layout.updated.line, layout.updated.start, layout.updated.end)
        for said in mentions:  # an update's time given its day (DATE، آخر تحديث TIME): the time
            if (said.line, said.start, said.end) == spot:
                roles[id(said)] = "updated"
        article.set(updated=_iso_of(layout.updated, tz))
    clock = main if main is not None and main.time is not None else layout.clock
    for m in (main, *together, layout.clock):
        if m is not None:
            roles[id(m)] = "published"
    article.set(dates=[
        DateNote(
            m.text,
            m.line or None,
            None if m.date is None else m.date.isoformat(),
            m.time_text,
            m.utc_offset,
            roles[id(m)],
            m.month_system,
        )
        for m in mentions
    ])  # fmt: skip
    if main is None:
        article.warn("no-date", "no publication date found")
        return
    if main.error is not None:
        article.warn(
            "impossible-date", f"impossible date {excerpt(main.text)}: {main.error}", main.line
        )
        return
    if main.date is None:
        article.warn(
            "partial-date", f"{excerpt(main.text)} has a day and month but no year", main.line
        )
        return
    hijri = gregorian_to_hijri(main.date)
    article.set(date=main.date, hijri=None if hijri is None else iso(hijri))
    zone = main.zone or (clock.zone if clock else None)
    offset = main.offset if main.offset is not None else (clock.offset if clock else None)
    notes: list[str] = []
    if zone is not None or offset is not None:
        named = main if main.zone or main.offset is not None else clock
        assert named is not None
        notes.append(f"zone: written with {excerpt(named.text)} (line {named.line})")
    if zone is None and offset is None and not alone:  # "نشر في ... 10:15 ... (توقيت مكة)"
        beside = next((m for m in mentions if m.line == main.line and m.zone), None)
        if beside is not None:
            zone = beside.zone
            notes.append(f"zone: named on the date's line by {excerpt(beside.text)}")
    if clock is not None and clock.time is not None:
        article.set(time=format_time(clock.time, clock.seconds))
        where = "with the date" if clock is main else f"on line {clock.line}, near the date"
        notes.insert(0, f"time: {excerpt(clock.text)} written {where}")
    else:
        notes.insert(0, "time: none written with the date or near it")
    if zone is None and offset is None and tz is not None:
        zone = resolve_zone(tz)
        notes.append(f"zone: none written; --tz {tz} given")
    elif zone is None and offset is None:
        notes.append("zone: none written")
    if zone is not None and offset is None:
        offset = utc_offset(zone, main.date, clock.time if clock else None)
    if offset is not None:
        article.set(utc_offset=format_offset(offset))
    article.set(choices=tuple(
        c._replace(notes=tuple(notes)) if c.field == "published" else c
        for c in article.get("choices")
    ))  # fmt: skip
    _check(article, main, together, layout, text)


def _check(
    article: ArticleBuilder,
    main: DateMention,
    together: Sequence[DateMention],
    layout: Layout,
    text: str,
) -> None:
    """The shared rules: the stated weekday, the stated Hijri date, how the date was read."""
    assert main.date is not None
    stated = next((m for m in (main, *together) if m.weekday is not None), None)
    if layout.weekday is None and stated is not None:
        article.set(weekday=stated.weekday_text)
    weekday = stated.weekday if stated is not None else weekday_of(layout.weekday)
    note = rules.weekday_note(main.date, weekday, article.get("weekday"))
    if note is not None:
        article.warn(note.code, note.message, main.line)
    hijri = rules.hijri_note(main, together, text)
    if hijri is not None:
        line = hijri.mention.line if hijri.mention else main.line
        article.warn(hijri.code, hijri.message, line)
    for note in rules.form_notes(main):
        article.warn(note.code, note.message, main.line)


def _iso_of(m: DateMention, tz: str | None) -> str | None:
    if m.date is None:
        return None
    offset = m.utc_offset
    if offset is None and m.time is not None and tz is not None:
        offset = format_offset(utc_offset(resolve_zone(tz), m.date, m.time))
    return join_iso(m.date, m.time_text, offset)
