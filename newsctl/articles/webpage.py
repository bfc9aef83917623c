"""Saved web pages: the text a browser copy gives, and what the page's markup claims.

The page is read with the standard library's HTML parser (``html.parser``: maintained with Python
itself, tolerant of the broken markup real pages have, no compiled dependency). Block elements
(headings, paragraphs, list items, table cells, ``<br>``) end lines, as a browser's copy does;
scripts, styles, forms, navigation and hidden elements are left out. The markup's own claims are
gathered apart (``Markup``): JSON-LD ``datePublished``, ``dateModified``, ``headline`` and
``author``; ``article:published_time`` and its kin; ``og:title``; ``<time datetime>``; ``itemprop``;
``<h1>``; ``<title>``. They become evidence (``Hints``) beside the text's own, never instead of it.
"""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any, Final, NamedTuple

from newsctl.articles.markup import Markup
from newsctl.text.jsondata import loads


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


BLOCKS: Final = _set(
    "address article aside blockquote br caption dd div dl dt figcaption figure footer h1 h2 h3 "
    "h4 h5 h6 header hr li main ol p pre section summary table tbody td tfoot th thead tr "
    "ul"
)
SKIPPED: Final = _set(
    "script style noscript template svg iframe object embed canvas form button select option "
    "textarea nav head"
)
VOID: Final = _set("area base br col embed hr img input link meta source track wbr")
# <meta> names and properties that give the publication date, the update, the title, the author
META_PUBLISHED: Final = _set(
    "article:published_time og:published_time published_time pubdate publishdate publish_date "
    "date dc.date dc.date.issued dcterms.created sailthru.date datepublished "
    "parsely-pub-date"
)
META_MODIFIED: Final = _set(
    "article:modified_time og:updated_time modified_time datemodified dcterms.modified "
    "last-modified"
)
META_TITLE: Final = _set("og:title twitter:title headline")
META_AUTHOR: Final = _set("author article:author byl parsely-author")
ARTICLE_TYPES: Final = _set(
    "newsarticle article blogposting reportagenewsarticle analysisnewsarticle opinionnewsarticle "
    "report webpage"
)


class WebPage(NamedTuple):
    text: str  # the visible text, a line per block
    markup: Markup
    origins: tuple[int, ...]  # the line of the page's source each line of ``text`` starts on

    def source_line(self, line: int | None) -> int | None:
        """The line of the page's source where line ``line`` of the visible text starts."""
        if line is None or not 1 <= line <= len(self.origins):
            return line
        return self.origins[line - 1]


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.origins: list[int] = []
        self.current: list[str] = []
        self.origin = 0  # the source line the current line's text starts on
        self.skip: list[str] = []  # the open elements whose content is left out
        self.capture: list[tuple[str, list[str]]] = []  # h1, title, time, ld+json being read
        self.published: list[tuple[str, str]] = []
        self.modified: list[tuple[str, str]] = []
        self.titles: list[tuple[str, str]] = []
        self.authors: list[str] = []
        self.ld: list[str] = []

    # --- the text

    def _end_line(self) -> None:
        line = " ".join("".join(self.current).split())
        if line:
            self.lines.append(line)
            self.origins.append(self.origin)
        self.current = []
        self.origin = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): v or "" for k, v in attrs}
        if tag == "meta":
            self._meta(values)
            return
        if tag == "script" and values.get("type", "").lower() == "application/ld+json":
            self.capture.append(("ld+json", []))
        if tag in ("title", "h1", "time"):
            self.capture.append((tag, []))
        if tag == "time" and values.get("datetime"):
            self.published.append(("time", values["datetime"]))
        itemprop = values.get("itemprop", "").lower()
        value = values.get("datetime") or values.get("content")
        if itemprop == "datepublished" and value:
            self.published.insert(0, ("itemprop", value))
        elif itemprop == "datemodified" and value:
            self.modified.append(("itemprop", value))
        if self.skip:
            if tag not in VOID:
                self.skip.append(tag)
            return
        hidden = (
            "hidden" in values
            or values.get("aria-hidden") == "true"
            or "display:none" in values.get("style", "").replace(" ", "")
            or values.get("role") == "navigation"
        )
        if tag in SKIPPED or (hidden and tag not in VOID):
            self.skip.append(tag)
            return
        if tag in BLOCKS:
            self._end_line()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.capture and (
            self.capture[-1][0] == tag or (tag == "script" and self.capture[-1][0] == "ld+json")
        ):
            kind, parts = self.capture.pop()
            text = " ".join("".join(parts).split())
            if kind == "ld+json":
                self.ld.append("".join(parts))
            elif kind in ("h1", "title") and text:
                self.titles.append((kind, text))
        if self.skip:
            if tag in self.skip:
                while self.skip and self.skip.pop() != tag:
                    pass
            return
        if tag in BLOCKS:
            self._end_line()

    def handle_data(self, data: str) -> None:
        for _, parts in self.capture:
            parts.append(data)
        if not self.skip:
            if not self.origin and data.strip():
                self.origin = self.getpos()[0] + data[: len(data) - len(data.lstrip())].count("\n")
            self.current.append(data)

    # --- the markup

    def _meta(self, values: dict[str, str]) -> None:
        name = values.get("property") or values.get("name") or values.get("itemprop") or ""
        name, content = name.lower(), values.get("content", "").strip()
        if not content:
            return
        if name in META_PUBLISHED:
            self.published.insert(0 if name.startswith("article:") else len(self.published),
                                  ("meta " + name, content))  # fmt: skip
        elif name in META_MODIFIED:
            self.modified.append(("meta " + name, content))
        elif name in META_TITLE:
            self.titles.append(("meta " + name, content))
        elif name in META_AUTHOR and not content.startswith("http"):
            self.authors.append(content)

    def markup(self) -> Markup:
        published, modified, titles, authors = [], [], [], []
        for block in self.ld:
            for item in _ld_items(block):
                if str(item.get("@type", "")).lower() not in ARTICLE_TYPES:
                    continue
                if isinstance(item.get("datePublished"), str):
                    published.append(("json-ld", item["datePublished"]))
                if isinstance(item.get("dateModified"), str):
                    modified.append(("json-ld", item["dateModified"]))
                if isinstance(item.get("headline"), str):
                    titles.append(("json-ld", item["headline"]))
                authors.extend(_names(item.get("author")))
        return Markup(
            tuple(published + self.published),
            tuple(modified + self.modified),
            tuple(titles + self.titles),
            tuple(dict.fromkeys(authors + self.authors)),
        )


def _ld_items(block: str) -> list[dict[str, Any]]:
    """The objects of a JSON-LD block (a list, an object, or an ``@graph``)."""
    try:
        data = loads(block)
    except ValueError:  # not JSON, or nested too deep (TooDeep)
        return []
    items = data if isinstance(data, list) else [data]
    found: list[dict[str, Any]] = []
    for item in items:
        if isinstance(item, dict):
            found.append(item)
            graph = item.get("@graph")
            if isinstance(graph, list):
                found.extend(g for g in graph if isinstance(g, dict))
    return found


def _names(author: object) -> list[str]:
    if isinstance(author, str):
        return [author]
    if isinstance(author, dict) and isinstance(author.get("name"), str):
        return [author["name"]]
    if isinstance(author, list):
        return [name for a in author for name in _names(a)]
    return []


def read_webpage(html: str) -> WebPage:
    """The visible text of a page, a line per block, and its markup's claims."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    reader._end_line()
    return WebPage("\n".join(reader.lines), reader.markup(), tuple(reader.origins))
