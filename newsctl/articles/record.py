"""The article record: what newsctl knows about one article, and its dictionary form."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Final, NamedTuple

from newsctl.articles.corpus import label
from newsctl.articles.evidence import Choice
from newsctl.codes import CODES, FAILING
from newsctl.dates.timefmt import NO_ZONE, in_utc, join_iso, parse_offset
from newsctl.text.digits import DigitSystem, convert_digits

# Record keys in contract order (README documents each one).
RECORD_KEYS: Final = (
    "path", "record", "encoding", "format", "agency", "source", "weekday", "date", "time",
    "utc_offset", "published", "updated", "dates", "hijri", "id", "url", "dateline", "byline",
    "kicker", "headline", "lead", "body", "end_marker", "words", "warnings",
)  # fmt: skip

_NO_WORD_RE: Final = re.compile(r"[\W_]+")  # a token with no letter or digit: not a word


def registered(name: str) -> str:
    """``name``, a code of the registry (``newsctl.codes``); an unregistered one is a bug,
    said at once rather than dropped later by ``check``."""
    if name not in CODES:
        raise ValueError(f"{name!r} is not a registered code (newsctl/codes.py)")
    return name


class ArticleWarning(NamedTuple):
    """A warning about a record: a code of ``newsctl.codes`` and a message."""

    code: str
    message: str
    line: int | None = None  # the line it is about (``newsctl check`` shows it; not in the record)

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


class DateNote(NamedTuple):
    """One date mention of the article, with the role newsctl gave it."""

    text: str
    line: int | None  # None: from a page's markup, not a line of its text
    date: str | None
    time: str | None
    utc_offset: str | None
    role: str  # published, updated, page, mention

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "line": self.line,
            "date": self.date,
            "time": self.time,
            "utc_offset": self.utc_offset,
            "role": self.role,
        }


class Article:
    """One parsed article. Text fields keep the article's own text, trimmed. (A plain slotted
    class: one is made per article, and its fields are set once by the parser.)"""

    __slots__ = (
        'agency',
        'body',
        'byline',
        'choices',
        'date',
        'dateline',
        'dates',
        'encoding',
        'end_marker',
        'format',
        'headline',
        'hijri',
        'id',
        'kicker',
        'lead',
        'path',
        'record',
        'source',
        'time',
        'updated',
        'url',
        'utc_offset',
        'warnings',
        'weekday',
    )  # fmt: skip

    def __init__(
        self,
        *,
        path: str | None = None,
        record: str | None = None,
        encoding: str | None = None,
        format: str | None = None,
        agency: str | None = None,
        source: str | None = None,
        weekday: str | None = None,
        date: dt.date | None = None,
        time: str | None = None,
        utc_offset: str | None = None,
        updated: str | None = None,
        dates: list[DateNote] | None = None,
        hijri: str | None = None,
        id: str | None = None,
        url: str | None = None,
        dateline: str | None = None,
        byline: str | None = None,
        kicker: str | None = None,
        headline: str | None = None,
        lead: str | None = None,
        body: list[str] | None = None,
        end_marker: str | None = None,
        warnings: list[ArticleWarning] | None = None,
        choices: tuple[Choice, ...] = (),
    ) -> None:
        self.path = path
        self.record = record  # DOCNO or position inside a corpus file holding many articles
        self.encoding = encoding
        self.format = format  # text, html, or the corpus format (sgml, json, jsonl, csv, tsv)
        self.agency = agency
        self.source = source
        self.weekday = weekday  # as written
        self.date = date  # Gregorian
        self.time = time  # 24-hour HH:MM or HH:MM:SS, as precise as written
        self.utc_offset = utc_offset  # +03:30
        self.updated = updated  # ISO 8601 of a "last updated" stamp
        self.dates = [] if dates is None else dates
        self.hijri = hijri  # Umm al-Qura YYYY-MM-DD of ``date``
        self.id = id  # Latin digits, or a corpus record's own id
        self.url = url  # a corpus record's address
        self.dateline = dateline  # as written: دمشق-سانا, (رويترز)
        self.byline = byline
        self.kicker = kicker
        self.headline = headline
        self.lead = lead
        self.body = [] if body is None else body
        self.end_marker = end_marker
        self.warnings = [] if warnings is None else warnings
        self.choices = choices  # the evidence behind the date and headline (newsctl explain)

    def __repr__(self) -> str:
        return (
            f"Article(path={self.path!r}, record={self.record!r}, "
            f"published={self.published!r}, headline={self.headline!r})"
        )

    @property
    def published(self) -> str | None:
        """ISO 8601 joining date, time and offset."""
        return join_iso(self.date, self.time, self.utc_offset)

    @property
    def label(self) -> str:
        """How messages name the article: ``PATH`` or ``PATH#RECORD`` (``-``: standard input)."""
        return label(self.path or "-", self.record)

    @property
    def words(self) -> int:
        """Words in the lead and the body: whitespace-separated tokens with a letter or digit."""
        tokens = " ".join(([self.lead] if self.lead else []) + self.body).split()
        return len(tokens) - sum(1 for w in tokens if _NO_WORD_RE.fullmatch(w))

    @property
    def errors(self) -> list[ArticleWarning]:
        """The warnings that say the input is wrong, not merely unusual."""
        return [w for w in self.warnings if w.code in FAILING]

    def to_utc(self) -> None:
        """Express date and time in UTC; a warning when the time or its zone is unknown."""
        if self.date is None or self.time is None:
            return
        if self.utc_offset is None:
            self.warn("no-zone", NO_ZONE)
            return
        from newsctl.dates.calendars import gregorian_to_hijri, iso

        clock = dt.time.fromisoformat(self.time)
        moment = in_utc(self.date, clock, parse_offset(self.utc_offset))
        self.date = moment.date()
        self.time = moment.time().isoformat(timespec="seconds" if len(self.time) > 5 else "minutes")
        self.utc_offset = "+00:00"
        hijri = gregorian_to_hijri(self.date)
        self.hijri = None if hijri is None else iso(hijri)

    def warn(self, code: str, message: str, line: int | None = None) -> None:
        self.warnings.append(ArticleWarning(registered(code), message, line))

    def to_dict(self, *, digits: DigitSystem | None = None) -> dict[str, Any]:
        """The record, keys in contract order. ``digits`` converts digits in the text fields."""

        def text(value: str | None) -> str | None:
            return value if value is None or digits is None else convert_digits(value, digits)

        return {
            "path": self.path,
            "record": self.record,
            "encoding": self.encoding,
            "format": self.format,
            "agency": text(self.agency),
            "source": text(self.source),
            "weekday": text(self.weekday),
            "date": None if self.date is None else self.date.isoformat(),
            "time": self.time,
            "utc_offset": self.utc_offset,
            "published": self.published,
            "updated": self.updated,
            "dates": [d.to_dict() for d in self.dates],
            "hijri": self.hijri,
            "id": self.id,
            "url": self.url,
            "dateline": text(self.dateline),
            "byline": text(self.byline),
            "kicker": text(self.kicker),
            "headline": text(self.headline),
            "lead": text(self.lead),
            "body": [p if digits is None else convert_digits(p, digits) for p in self.body],
            "end_marker": text(self.end_marker),
            "words": self.words,
            "warnings": [w.to_dict() for w in self.warnings],
        }
