"""newsctl: metadata from Arabic news articles kept as plain text.

The public API is re-exported here lazily, so that ``import newsctl`` (and ``newsctl --version``)
stays cheap: the parser, the date engine and their tables load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Article": "newsctl.articles.record",
    "ArticleWarning": "newsctl.articles.record",
    "parse_article": "newsctl.parser",
    "read_article": "newsctl.reader",
    "read_articles": "newsctl.reader",
    "iter_items": "newsctl.reader",
    "RecordError": "newsctl.articles.corpus",
    "RecordNote": "newsctl.articles.warc",
    "parse_articles": "newsctl.parser",
    "decode_bytes": "newsctl.text.decode",
    "DateResult": "newsctl.dates.parse",
    "DateMention": "newsctl.dates.mention",
    "parse_date": "newsctl.dates.parse",
    "find_dates": "newsctl.dates.scan",
    "convert_digits": "newsctl.text.digits",
    "normalize": "newsctl.text.normalize",
    "NewsctlError": "newsctl.errors",
    "InputError": "newsctl.errors",
    "DateError": "newsctl.errors",
    "NoDateError": "newsctl.errors",
    "ImpossibleDateError": "newsctl.errors",
    "UnknownZoneError": "newsctl.errors",
    "parse_bytes": "newsctl.batch",  # pure functions for Dask, Spark ...
    "parse_record": "newsctl.batch",
}

__all__ = [
    "Article",
    "ArticleWarning",
    "DateError",
    "DateMention",
    "DateResult",
    "ImpossibleDateError",
    "InputError",
    "NewsctlError",
    "NoDateError",
    "RecordError",
    "RecordNote",
    "UnknownZoneError",
    "__version__",
    "convert_digits",
    "decode_bytes",
    "find_dates",
    "iter_items",
    "normalize",
    "parse_article",
    "parse_articles",
    "parse_bytes",
    "parse_date",
    "parse_record",
    "read_article",
    "read_articles",
]

if TYPE_CHECKING:
    from newsctl.articles.record import Article, ArticleWarning
    from newsctl.batch import parse_bytes, parse_record
    from newsctl.dates.mention import DateMention
    from newsctl.dates.parse import DateResult, parse_date
    from newsctl.dates.scan import find_dates
    from newsctl.errors import (
        DateError,
        ImpossibleDateError,
        InputError,
        NewsctlError,
        NoDateError,
        UnknownZoneError,
    )
    from newsctl.parser import parse_article, parse_articles
    from newsctl.reader import read_article, read_articles
    from newsctl.text.decode import decode_bytes
    from newsctl.text.digits import convert_digits
    from newsctl.text.normalize import normalize


def __dir__() -> list[str]:
    """The public API too, though it loads on first use."""
    return sorted({*globals(), *__all__})


def __getattr__(name: str) -> Any:
    if name == "Warning":  # the old name: it shadowed Python's built-in Warning
        import warnings

        warnings.warn(
            "newsctl.Warning is deprecated, use newsctl.ArticleWarning", DeprecationWarning, 2
        )
        name = "ArticleWarning"
    module_name = _EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module 'newsctl' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value
    return value
