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

# Keys whose values the record computes from the others (Article's properties of the same name).
COMPUTED: Final = frozenset({"published", "words"})
# The fields an Article stores: the record's keys but the computed ones, in contract order.
STORED: Final = tuple(k for k in RECORD_KEYS if k not in COMPUTED)
# Text fields, written in the digits asked for (--digits); structured fields stay Latin.
TEXT_FIELDS: Final = frozenset(
    {"agency", "source", "weekday", "dateline", "byline", "kicker", "headline", "lead", "body",
     "end_marker"}
)  # fmt: skip

# A whitespace-separated token with a letter or digit is a word: one match from its first letter
# or digit to its end (found in one pass of the text, from one letter or digit to the next).
_WORD_RE: Final = re.compile(r"[^\W_]\S*")


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
    # how the month was written (egyptian, levantine, numeric, hijri, ...): kept for the figures
    # of many articles (``stats``), not a field of the record's output
    month_system: str | None = None

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
    """One parsed article, a value: made once (by ``ArticleBuilder``), never changed. Text fields
    keep the article's own text, trimmed. (A slotted class rather than a dataclass: one is made
    per article, and start-up does without dataclasses' imports.)"""

    __slots__ = (*STORED, "choices")  # the record's own fields, and the evidence behind them
    path: str | None
    record: str | None  # DOCNO or position inside a corpus file holding many articles
    encoding: str | None
    format: str | None  # text, html, or the corpus format (sgml, json, jsonl, csv, tsv, feed)
    agency: str | None
    source: str | None
    weekday: str | None  # as written
    date: dt.date | None  # Gregorian
    time: str | None  # 24-hour HH:MM or HH:MM:SS, as precise as written
    utc_offset: str | None  # +03:30
    updated: str | None  # ISO 8601 of a "last updated" stamp
    dates: tuple[DateNote, ...]
    hijri: str | None  # Umm al-Qura YYYY-MM-DD of ``date``
    id: str | None  # Latin digits, or a corpus record's own id
    url: str | None  # a corpus record's address
    dateline: str | None  # as written: دمشق-سانا, (رويترز)
    byline: str | None
    kicker: str | None
    headline: str | None
    lead: str | None
    body: tuple[str, ...]
    end_marker: str | None
    warnings: tuple[ArticleWarning, ...]
    choices: tuple[Choice, ...]  # the evidence behind the date and headline (newsctl explain)

    def __init__(self, **fields: Any) -> None:
        """Every field by name (``FIELDS``); the missing ones are empty. Lists are kept as tuples:
        an Article never changes once made (``replace`` and ``with_*`` make another)."""
        unknown = set(fields) - set(FIELDS)
        if unknown:
            raise TypeError(f"unknown Article fields: {', '.join(sorted(unknown))}")
        for name in FIELDS:
            value = fields.get(name)
            if name in _SEQUENCES:
                value = () if value is None else tuple(value)
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"an Article is a value: use replace({name}=...)")

    def _value(self) -> tuple[Any, ...]:
        """What the article is: its fields, the evidence behind them (``choices``) aside."""
        return tuple(getattr(self, name) for name in FIELDS if name != "choices")

    def __eq__(self, other: object) -> bool:
        """Two articles are equal when their fields are (a value: a copy, a pickled one sent
        back by a worker and the same file read again are equal)."""
        if not isinstance(other, Article):
            return NotImplemented
        return self._value() == other._value()

    def __hash__(self) -> int:
        return hash(self._value())

    def __reduce__(self) -> tuple[Any, tuple[dict[str, Any]]]:
        """Pickled by its fields (worker processes and clusters send articles back)."""
        return _article, ({name: getattr(self, name) for name in FIELDS},)

    def replace(self, **changes: Any) -> Article:
        """A new Article with ``changes``."""
        fields = {name: getattr(self, name) for name in FIELDS}
        fields.update(changes)
        return Article(**fields)

    def with_warning(self, warning: ArticleWarning, *, first: bool = False) -> Article:
        """A new Article with one more warning (``first``: before the others, as a note about
        the whole input, such as a repaired encoding, reads first)."""
        registered(warning.code)
        warnings = (warning, *self.warnings) if first else (*self.warnings, warning)
        return self.replace(warnings=warnings)

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
        return len(_WORD_RE.findall(" ".join(([self.lead] if self.lead else []) + list(self.body))))

    @property
    def errors(self) -> list[ArticleWarning]:
        """The warnings that say the input is wrong, not merely unusual."""
        return [w for w in self.warnings if w.code in FAILING]

    def with_utc(self) -> Article:
        """The same article with its date and time in UTC; a date without a time is left as it
        is, and a time whose zone is unknown too, with the ``no-zone`` note (as ``DateResult.
        to_utc`` does: one conversion, ``timefmt.in_utc``)."""
        if self.date is None or self.time is None:
            return self
        if self.utc_offset is None:
            return self.with_warning(ArticleWarning("no-zone", NO_ZONE))
        from newsctl.dates.calendars import gregorian_to_hijri, iso

        clock = dt.time.fromisoformat(self.time)
        moment = in_utc(self.date, clock, parse_offset(self.utc_offset))
        hijri = gregorian_to_hijri(moment.date())
        return self.replace(
            date=moment.date(),
            time=moment.time().isoformat(timespec="seconds" if len(self.time) > 5 else "minutes"),
            utc_offset="+00:00",
            hijri=None if hijri is None else iso(hijri),
        )

    def to_dict(self, *, digits: DigitSystem | None = None) -> dict[str, Any]:
        """The record: every key of RECORD_KEYS in that order, as JSON values (dates in ISO
        8601, notes as objects, sequences as lists). ``digits`` converts the text fields'."""
        return {key: _plain(getattr(self, key), key in TEXT_FIELDS, digits) for key in RECORD_KEYS}


def _plain(value: Any, text: bool, digits: DigitSystem | None) -> Any:
    """A field's value as the record writes it."""
    if value.__class__ in _AS_IS:  # the commonest first: None, numbers, flags
        return value
    if isinstance(value, DateNote | ArticleWarning):  # named tuples, written as objects
        return value.to_dict()
    if isinstance(value, tuple):
        return [_plain(v, text, digits) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    if text and digits is not None and isinstance(value, str):
        return convert_digits(value, digits)
    return value


_AS_IS: Final = frozenset({type(None), bool, int, float})  # written as they are
FIELDS: Final = Article.__slots__  # the fields of an Article (the record's keys come from them)
_SEQUENCES: Final = frozenset({"dates", "body", "warnings", "choices"})


def _article(fields: dict[str, Any]) -> Article:
    return Article(**fields)


class ArticleBuilder:
    """Collects an article's fields and warnings in their final order while the stages read it,
    then makes the Article once."""

    def __init__(self, **fields: Any) -> None:
        self.fields: dict[str, Any] = dict(fields)
        self.warnings: list[ArticleWarning] = []

    def set(self, **fields: Any) -> None:
        self.fields.update(fields)

    def get(self, name: str) -> Any:
        return self.fields.get(name)

    def warn(self, code: str, message: str, line: int | None = None) -> None:
        self.warnings.append(ArticleWarning(registered(code), message, line))

    def build(self) -> Article:
        return Article(**self.fields, warnings=self.warnings)
