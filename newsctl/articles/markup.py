"""What a web page's markup claims, and those claims as evidence for the article engine.

``newsctl.articles.webpage`` gathers the claims while it reads a page (``Markup``); here they are
checked (dates through the date grammar, titles folded for matching) into ``Hints`` that the page
reader weighs beside the visible text. Light on purpose: every article reader imports it, the HTML
parser only loads for pages.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from newsctl.articles.phrases import TITLE_PARTS_RE
from newsctl.dates.mention import DateMention
from newsctl.text.fold import fold_key

_HTML_START_RE: Final = re.compile(
    r"(?<!\s)\s*+(?:<!--.*?-->\s*+)*<(?:!doctype\s+html|html|head|body|meta)\b", re.I | re.S
)
_CHARSET_RE: Final = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w:.-]+)", re.I)
_XML_ENCODING_RE: Final = re.compile(rb"^\s*<\?xml[^>]*?\sencoding\s*=\s*[\"']([\w:.-]+)[\"']")


def is_html(head: str) -> bool:
    """Whether a text is a web page, from its first characters."""
    return _HTML_START_RE.match(head.lstrip("\ufeff")) is not None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (``<meta charset>``, ``http-equiv``)."""
    return _codec(_CHARSET_RE.search(data[:4096]))


def declared_xml_encoding(data: bytes) -> str | None:
    """The encoding an XML file (a feed, a corpus file) declares: ``<?xml ... encoding="...">``."""
    return _codec(_XML_ENCODING_RE.match(data[:512]))


def _codec(m: re.Match[bytes] | None) -> str | None:
    """The Python codec of a declared encoding's name; None when none is declared or known."""
    if m is None:
        return None
    import codecs

    try:
        return codecs.lookup(m.group(1).decode("ascii", "replace")).name
    except LookupError:
        return None


class Markup(NamedTuple):
    """What the markup of a page claims, each claim with where it comes from."""

    published: tuple[tuple[str, str], ...] = ()  # (source, value), best first
    modified: tuple[tuple[str, str], ...] = ()
    titles: tuple[tuple[str, str], ...] = ()
    authors: tuple[str, ...] = ()


# --- the markup as evidence ----------------------------------------------------------------


class Hints(NamedTuple):
    """The markup's claims as the article engine uses them: titles folded for matching, dates
    read by the date grammar (as mentions without a line), the author."""

    titles: frozenset[str] = frozenset()
    published: tuple[tuple[DateMention, str], ...] = ()  # (mention, source)
    modified: tuple[tuple[DateMention, str], ...] = ()
    byline: str | None = None
    headlines: tuple[str, ...] = ()  # the whole titles, folded, the markup's best first
    sites: frozenset[str] = frozenset()  # the parts of a browser's title that name the site

    def published_dates(self) -> set[object]:
        return {m.date for m, _ in self.published}


SITE_PART_WORDS: Final = 4  # a site's name in a browser's title is this short
_PART_ENDS: Final = " :|-–"  # what a title's last part may keep of a separator (SITE ::)


def hints(markup: Markup) -> Hints:
    titles: set[str] = set()
    sites: set[str] = set()
    for _, title in markup.titles:
        titles.add(fold_key(title))
        parts = [fold_key(part).strip(_PART_ENDS) for part in TITLE_PARTS_RE.split(title)]
        parts = [part for part in parts if part]
        titles.update(parts)
        if len(parts) > 1:  # HEADLINE - SITE, SITE | HEADLINE: the longest part is the headline
            longest = max(parts, key=len)
            sites.update(p for p in parts if p != longest and len(p.split()) <= SITE_PART_WORDS)
    # an author that the page's title names is the site (a CMS's default), not a writer
    names = [a for a in markup.authors if not any(fold_key(a) in t for t in titles)]
    return Hints(
        frozenset(titles),
        tuple((m, s) for s, v in markup.published if (m := markup_date(v)) is not None),
        tuple((m, s) for s, v in markup.modified if (m := markup_date(v)) is not None),
        names[0] if names else None,
        tuple(dict.fromkeys(fold_key(title) for _, title in markup.titles)),
        frozenset(sites),
    )


MARKUP_FORM: Final = "markup"


def markup_date(value: str) -> DateMention | None:
    """A markup date (ISO 8601, mostly) read by the full grammar, as a mention without a line;
    None for a value that holds no date, or an impossible one."""
    from newsctl.dates.parse import value_mention  # pages only

    m = value_mention(value, line=0, form=MARKUP_FORM)
    return None if m is None or m.date is None else m
