"""newsctl: metadata from Arabic news articles kept as plain text.

The public API is re-exported here lazily, so that ``import newsctl`` (and ``newsctl --version``)
stays cheap: the parser, the date engine and their tables load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Article": "newsctl.article",
    "Warning": "newsctl.article",
    "parse_article": "newsctl.parser",
    "read_article": "newsctl.reader",
    "read_articles": "newsctl.reader",
    "parse_articles": "newsctl.parser",
    "decode_bytes": "newsctl.decode",
    "DateResult": "newsctl.dateparse",
    "DateMention": "newsctl.dates",
    "parse_date": "newsctl.dateparse",
    "find_dates": "newsctl.dates",
    "convert_digits": "newsctl.digits",
    "normalize": "newsctl.normalize",
    "NewsctlError": "newsctl.errors",
    "InputError": "newsctl.errors",
    "DateError": "newsctl.errors",
    "NoDateError": "newsctl.errors",
    "ImpossibleDateError": "newsctl.errors",
    "UnknownZoneError": "newsctl.errors",
}

__all__ = [
    "Article",
    "DateError",
    "DateMention",
    "DateResult",
    "ImpossibleDateError",
    "InputError",
    "NewsctlError",
    "NoDateError",
    "UnknownZoneError",
    "Warning",
    "__version__",
    "convert_digits",
    "decode_bytes",
    "find_dates",
    "normalize",
    "parse_article",
    "parse_articles",
    "parse_date",
    "read_article",
    "read_articles",
]

if TYPE_CHECKING:
    from newsctl.article import Article, Warning
    from newsctl.dateparse import DateResult, parse_date
    from newsctl.dates import DateMention, find_dates
    from newsctl.decode import decode_bytes
    from newsctl.digits import convert_digits
    from newsctl.errors import (
        DateError,
        ImpossibleDateError,
        InputError,
        NewsctlError,
        NoDateError,
        UnknownZoneError,
    )
    from newsctl.normalize import normalize
    from newsctl.parser import parse_article, parse_articles
    from newsctl.reader import read_article, read_articles


def __getattr__(name: str) -> Any:
    module_name = _EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module 'newsctl' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value
    return value
