"""Saved web pages: the text a browser copy gives, and what the page's markup claims.

The page is tokenized by ``newsctl.articles.tokens.Tokenizer``: the tokens the standard library's
HTML parser (``html.parser``, Python 3.11, ``convert_charrefs=True``) gives, with its tolerance of
the broken markup real pages have and no compiled dependency, found faster. html.parser's own
tokenizer (pure Python: a pattern per attribute, newlines counted for every token) was the
largest part of a page's time: on the 77 real saved pages it takes 0.58 s to tokenize them, this
one 0.28 s (``benchmarks/tokens.py``, process time), and ``read_webpage`` went from 1.07 s to
0.60 s on them (with cheaper handlers; medians of 7 interleaved rounds). One pattern takes a run
of text or a well-formed tag; html.parser's rules, written out in tokens.py, read the rest; the
events are the same (tests/test_tokens.py).

Block elements (headings, paragraphs, list items, table cells, ``<br>``) end lines, as a browser's
copy does; scripts, styles, forms, navigation and hidden elements are left out. The markup's own
claims are gathered apart (``Markup``): JSON-LD ``datePublished``, ``dateModified``, ``headline``
and ``author``; ``article:published_time`` and its kin; ``og:title``; ``<time datetime>``;
``itemprop``; ``<h1>``; ``<title>``. They become evidence (``Hints``) beside the text's own, never
instead of it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import Any, Final, NamedTuple

from newsctl.articles.markup import Markup
from newsctl.articles.phrases import TITLE_PARTS_RE
from newsctl.articles.tokens import Tokenizer
from newsctl.text.jsondata import loads


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


BLOCKS: Final = _set(
    "address article aside blockquote br caption center dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu ol p pre "
    "section summary table tbody td tfoot th thead tr ul"
)
# Left out: what a browser does not show (scripts, styles, templates, the raw text of iframes and
# embedded objects), form controls, navigation, the head. Forms themselves are shown (an ASP.NET
# WebForms page wraps its whole body in one), and so is <noscript>: newsctl runs no script, so a
# page is read as a browser without scripts shows it. But markup written as text in a <noscript>
# (``&lt;img ...&gt;``: a page saved by a browser that ran its scripts serializes the element's
# content so) is a tracking pixel or an ad, never the article: left out.
SKIPPED: Final = _set(
    "script style template svg iframe object embed canvas button select option datalist "
    "textarea nav head noembed noframes math"
)
VOID: Final = _set(
    "area base basefont bgsound br col embed hr img input keygen link meta param source track wbr"
)
# Raw text as HTML5 reads it: what follows the start tag up to its end tag is not markup.
RAW_TEXT: Final = _set("iframe noembed noframes xmp")
# HTML5's "special" elements: an end tag of an inline element does not close one of them, and
# a block's end tag closes what is open inside it.
SPECIAL: Final = (
    BLOCKS
    | SKIPPED
    | VOID
    | _set("applet body frame frameset html iframe listing marquee noscript plaintext title xmp")
)
# The elements that bound the search for an element's start when its end tag comes ("in scope").
SCOPE: Final = _set("applet caption html table td th marquee object template")
LIST_SCOPE: Final = SCOPE | _set("ol ul")
# Start tags that close an open <p> (HTML5's tree construction)
CLOSES_P: Final = _set(
    "address article aside blockquote center details dialog dir div dl fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li listing main menu nav ol p pre "
    "search section summary table ul dd dt"
)
HEADINGS: Final = _set("h1 h2 h3 h4 h5 h6")
IN_HEAD: Final = _set(
    "base basefont bgsound link meta noframes noscript script style template title"
)
CAPTURED: Final = ("title", "h1", "time")
# What a start tag closes, as the sets the searches take (made once, not for each tag)
BUTTON_SCOPE: Final = SCOPE | {"button"}
LISTS: Final = _set("ol ul")
DEFINITIONS: Final = _set("dl")
TABLE_SCOPE: Final = _set("table html template")
CELLS: Final = _set("td th")
ROWS: Final = CELLS | {"tr"}
SECTIONS: Final = ROWS | _set("tbody thead tfoot")
# The start tags that can close open elements (``_implied_ends``; any tag does in the head)
IMPLYING: Final = CLOSES_P | HEADINGS | SECTIONS | _set("body li dd dt option optgroup")
# A part of a browser's title that is a date and nothing else (parts set apart by " - ", " | ")
_DATE_PART_RE: Final = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2}")
SEARCH_DEPTH: Final = 256  # open elements searched for an end tag's element or an implied end
# Classes that hide an element in the stylesheets of most sites (frameworks and CMS themes): the
# text for screen readers ("Skip to main content"), utility classes that hide.
HIDING_CLASSES: Final = _set(
    "sr-only screen-reader-text screen-reader-only visually-hidden visuallyhidden "
    "element-invisible skip-link skiplink hidden d-none invisible is-hidden u-hidden a11y-hidden "
    "hide"
)
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


class _Reader(Tokenizer):
    """The page as a browser builds it, closely enough for its text: a stack of open elements
    with HTML5's implied end tags (an unclosed ``<p>``, ``<li>``, ``<td>``, ``<option>``), end
    tags that close what is open inside them, void elements never opened; an element is hidden
    (``hidden``, ``display:none``, ``aria-hidden``) until it is closed, however that happens."""

    def __init__(self, max_chars: int | None = None) -> None:
        super().__init__()
        self.room = max_chars  # the visible text still read (None: all of it)
        self.lines: list[str] = []
        self.origins: list[int] = []
        self.current: list[str] = []
        self.origin = 0  # the source line the current line's text starts on
        self.stack: list[tuple[str, bool]] = []  # the open elements, each with: left out?
        self.counts: dict[str, int] = {}  # how many of each element are open
        self.hidden = 0  # how many open elements leave their content out
        self.capture: list[tuple[str, list[str]]] = []  # h1, title, time, ld+json being read
        self.published: list[tuple[str, str]] = []
        self.title_dates: list[tuple[str, str]] = []  # the last claims: a title's date part
        self.modified: list[tuple[str, str]] = []
        self.titles: list[tuple[str, str]] = []
        self.authors: list[str] = []
        self.ld: list[str] = []

    # --- the text

    def _end_line(self) -> None:
        if not self.current:  # nothing read since the last line ended
            self.origin = 0
            return
        line = " ".join("".join(self.current).split())
        if line:
            self.lines.append(line)
            self.origins.append(self.origin)
        self.current = []
        self.origin = 0

    def _below(self) -> range:
        """The stack from its top down, as far as a search for an open element goes (hostile
        nesting cannot make each tag cost the whole depth: browsers bound the depth too)."""
        return range(len(self.stack) - 1, max(-1, len(self.stack) - 1 - SEARCH_DEPTH), -1)

    def _is_open(self, tags: Collection[str]) -> bool:
        counts = self.counts
        return any(counts.get(tag) for tag in tags)

    def _open(self, tag: str) -> int | None:
        """Where ``tag`` is open on the stack (its last), or None."""
        if not self.counts.get(tag):
            return None
        for i in self._below():
            if self.stack[i][0] == tag:
                return i
        return None

    def _in_scope(self, tags: Collection[str], scope: frozenset[str]) -> int | None:
        """Where one of ``tags`` is open, searched down to the first element of ``scope``."""
        if not self._is_open(tags):
            return None
        stack = self.stack
        for i in self._below():
            tag = stack[i][0]
            if tag in tags:
                return i
            if tag in scope:
                return None
        return None

    def _pop_to(self, index: int) -> None:
        """Close the elements from the top of the stack down to ``index``, that one included."""
        while len(self.stack) > index:
            tag, skipped = self.stack.pop()
            self.counts[tag] -= 1
            self.hidden -= skipped
            if self.capture:
                self._end_capture(tag)
            if tag in BLOCKS:
                self._end_line()

    def _end_capture(self, tag: str) -> None:
        if not self.capture:
            return
        kind = self.capture[-1][0]
        if kind != tag and not (kind == "ld+json" and tag == "script"):
            return
        kind, parts = self.capture.pop()
        text = " ".join("".join(parts).split())
        if kind == "ld+json":
            self.ld.append("".join(parts))
        elif kind in ("h1", "title") and text:
            self.titles.append((kind, text))
            if kind == "title":  # HEADLINE - 07.12.2017 - SITE: the date a browser's title gives
                self.title_dates += [
                    ("title", part)
                    for part in TITLE_PARTS_RE.split(text)
                    if _DATE_PART_RE.fullmatch(part.strip())
                ]

    def _implied_ends(self, tag: str) -> None:
        """The elements a start tag closes (HTML5's tree construction, for the common cases)."""
        if tag == "body" or (tag not in IN_HEAD and self.stack and self.stack[-1][0] == "head"):
            head = self._open("head")
            if head is not None:
                self._pop_to(head)
        if tag in CLOSES_P and self.counts.get("p"):
            p = self._in_scope(("p",), BUTTON_SCOPE)
            if p is not None:
                self._pop_to(p)
        if tag == "li":
            self._close_item(("li",), stop=LISTS)
        elif tag in ("dd", "dt"):
            self._close_item(("dd", "dt"), stop=DEFINITIONS)
        elif tag in HEADINGS and self.stack and self.stack[-1][0] in HEADINGS:
            self._pop_to(len(self.stack) - 1)
        elif tag in ("option", "optgroup"):
            closing = ("option",) if tag == "option" else ("option", "optgroup")
            while self.stack and self.stack[-1][0] in closing:
                self._pop_to(len(self.stack) - 1)
        elif tag in SECTIONS:  # td th tr tbody thead tfoot
            closed = CELLS if tag in CELLS else ROWS if tag == "tr" else SECTIONS
            cell = self._in_scope(closed, TABLE_SCOPE)
            if cell is not None:
                self._pop_to(cell)

    def _close_item(self, items: tuple[str, ...], stop: frozenset[str]) -> None:
        if not self._is_open(items):
            return
        for i in self._below():
            tag = self.stack[i][0]
            if tag in items:
                self._pop_to(i)
                return
            if tag in stop or (tag in SPECIAL and tag not in ("address", "div", "p")):
                return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # (the tokenizer gives the attributes' names lower-cased)
        values = {k: v or "" for k, v in attrs} if attrs else {}
        if tag in IMPLYING or (self.stack and self.stack[-1][0] == "head"):
            self._implied_ends(tag)
        if tag == "meta":
            self._meta(values)
            return
        if tag == "script" and values.get("type", "").lower() == "application/ld+json":
            self.capture.append(("ld+json", []))
        if tag in CAPTURED:
            self.capture.append((tag, []))
        # The page's own <time> and itemprop dates come first; later ones are the dates of the
        # lists around the article (related stories, comments): the first of each is kept.
        if values:
            itemprop = values.get("itemprop", "").lower()
            claimed = (
                {source for source, _ in self.published}
                if tag == "time" or itemprop == "datepublished"
                else ()
            )
            if tag == "time" and values.get("datetime") and "time" not in claimed:
                self.published.append(("time", values["datetime"]))
            value = values.get("datetime") or values.get("content")
            if itemprop == "datepublished" and value and "itemprop" not in claimed:
                self.published.insert(0, ("itemprop", value))
            elif itemprop == "datemodified" and value and not self.modified:
                self.modified.append(("itemprop", value))
        if tag in VOID:  # never open: a hidden <img> or <input type="hidden"> hides nothing
            if tag in ("br", "hr"):
                self._end_line()
            return
        if tag in RAW_TEXT:
            self.set_cdata_mode(tag)
        skipped = tag in SKIPPED or (bool(values) and _hides(values))
        self.stack.append((tag, skipped))
        self.counts[tag] = self.counts.get(tag, 0) + 1
        self.hidden += skipped
        if tag in BLOCKS:
            self._end_line()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # ``<div/>``: HTML5 ignores the slash on an element that is not void (it stays open),
        # but pages that write it mean an empty element, as XHTML does
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)
            if tag in RAW_TEXT:
                self.clear_cdata_mode()

    def handle_endtag(self, tag: str) -> None:
        if tag == "br":  # </br> is <br>
            self._end_line()
            return
        if tag in ("body", "html"):  # what follows them is still shown, in the body
            return
        if tag == "p" and self._in_scope(("p",), BUTTON_SCOPE) is None:
            self._end_line()  # </p> alone: an empty paragraph
            return
        if tag in SPECIAL:
            scope = LIST_SCOPE if tag == "li" else SCOPE
            index = self._in_scope((tag,), scope)
        else:  # an inline element: closed when it is open above every block
            index = None
            for i in self._below() if self.counts.get(tag) else ():
                if self.stack[i][0] == tag:
                    index = i
                    break
                if self.stack[i][0] in SPECIAL:
                    break
        if index is not None:
            self._pop_to(index)
        elif self.capture and self.capture[-1][0] == "ld+json" and tag == "script":
            self._end_capture(tag)

    def handle_data(self, data: str) -> None:
        for _, parts in self.capture:
            parts.append(data)
        if self.counts.get("noscript") and data.lstrip()[:1] == "<":
            return  # markup serialized as the text of a <noscript>
        if not self.hidden:
            if self.room is not None:
                if self.room <= 0:
                    return
                self.room -= len(data)
            if not self.origin and data.strip():
                self.origin = self.line() + data[: len(data) - len(data.lstrip())].count("\n")
            self.current.append(data)

    def close(self) -> None:
        # A comment, a declaration or a tag that the page never closes: HTML5 reads it to the
        # end of the page as a comment (or drops the tag), it is not text. (html.parser's rules,
        # which the tokenizer follows, give it as text.) Inside a <script> or <style>, the rest
        # is the script's.
        if unfinished(self.rawdata, self.cdata_elem):
            self.rawdata = ""
        super().close()

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
            tuple(published + self.published + self.title_dates),
            tuple(modified + self.modified),
            tuple(titles + self.titles),
            tuple(dict.fromkeys(authors + self.authors)),
        )


def _hides(values: dict[str, str]) -> bool:
    """Whether an element's attributes hide it."""
    style = values.get("style", "").replace(" ", "").lower()
    return (
        "hidden" in values
        or values.get("aria-hidden") == "true"
        or "display:none" in style
        or "visibility:hidden" in style
        or values.get("role") == "navigation"
        or not HIDING_CLASSES.isdisjoint(values.get("class", "").lower().split())
    )


def unfinished(rest: str, cdata_elem: str | None) -> bool:
    """Whether what the tokenizer holds at the end of a page is markup left open (a comment, a
    declaration, a tag), which HTML5 reads as nothing, not as text; not in a script or style."""
    return (
        cdata_elem is None
        and len(rest) > 1
        and rest[0] == "<"
        and (rest[1].isalpha() or rest[1] in "!/?")
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
    return read_webpage_chunks((html,))


def read_webpage_chunks(chunks: Iterable[str], max_chars: int | None = None) -> WebPage:
    """A page read from chunks of its source (a page too large to hold whole: memory holds its
    visible text, at most ``max_chars`` characters of it, and what the parser has not read)."""
    return _read(_Reader(max_chars), chunks)


def _read(reader: _Reader, chunks: Iterable[str]) -> WebPage:
    for chunk in chunks:
        reader.feed(chunk)
    reader.close()
    reader._end_line()
    return WebPage("\n".join(reader.lines), reader.markup(), tuple(reader.origins))
