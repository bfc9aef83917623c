"""News feeds read as corpus files: RSS 2.0, RSS 1.0 (RDF) and Atom, one record per item or entry.

A feed is parsed as a stream with expat (the standard library's XML parser), chunk by chunk:
memory holds the item being read, never the whole feed. What a feed holds, as a record's fields:

- ``url``: ``<link>`` (Atom: ``<link rel="alternate" href>``; RSS 1.0: ``rdf:about``);
- ``headline``: ``<title>``;
- ``date``: ``<pubDate>``, ``<dc:date>``, ``<published>``, ``<issued>``, ``<updated>`` (each read by
  the date grammar: RFC 822 with English or Arabic day and month names, ISO 8601); ``updated``:
  Atom's ``<updated>`` beside its ``<published>``;
- ``byline``: ``<author>`` (its name), ``<dc:creator>``;
- ``text``: ``<content:encoded>``, Atom's ``<content>``, ``<description>``, ``<summary>``; HTML in
  it is read as a page is (the text a browser shows);
- ``id``: ``<guid>``, Atom's ``<id>``, else the link.

Safe on hostile input: a feed that declares entities (a DTD's internal subset: the "billion laughs")
is refused, external entities are never loaded; entities that HTML knows but XML does not
(``&nbsp;``, common in feeds) are read as HTML reads them.
"""

from __future__ import annotations

import html
import html.entities
import re
from collections.abc import Iterable, Iterator
from typing import Final
from xml.parsers import expat

from newsctl.articles.corpus import Record, RecordError

Items = Iterator[Record | RecordError]

# namespaces whose elements keep a prefix (others are the feed's own: RSS 0.9/1.0/2.0, Atom, RDF)
_PREFIXES: Final = {
    "http://purl.org/rss/1.0/modules/content/": "content:",
    "http://purl.org/dc/elements/1.1/": "dc:",
    "http://purl.org/dc/terms/": "dcterms:",
}
_PLAIN: Final = frozenset(
    {
        "http://www.w3.org/2005/Atom",
        "http://purl.org/atom/ns#",
        "http://purl.org/rss/1.0/",
        "http://my.netscape.com/rdf/simple/0.9/",
        "http://backend.userland.com/rss2",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    }
)
ITEMS: Final = frozenset({"item", "entry"})
# our field -> the feed's elements for it, best first
DATES: Final = ("pubdate", "dc:date", "published", "issued", "dcterms:issued", "updated",
                "dcterms:modified", "modified")  # fmt: skip
TEXTS: Final = ("content:encoded", "content", "description", "summary", "dcterms:abstract")
BYLINES: Final = ("author", "dc:creator", "creator")
_MARKUP_RE: Final = re.compile(r"<[a-zA-Z/!]")
_EMAIL_NAME_RE: Final = re.compile(r"^\S+@\S+\s*\((.+)\)$")


class FeedRefused(Exception):
    """A feed that declares entities: they are never expanded."""


def _local(name: str) -> str:
    """``content:encoded``, ``dc:date``, ``title``: an element's name, its namespace as a prefix
    for the modules newsctl reads, none for the feed's own; others are kept apart (``?:``)."""
    uri, _, local = name.rpartition(" ")
    local = local.lower()
    if not uri or uri in _PLAIN:
        return local
    return _PREFIXES.get(uri, "?:") + local


class _FeedReader:
    def __init__(self, max_chars: int) -> None:
        self.max_chars = max_chars
        self.parser = expat.ParserCreate(namespace_separator=" ")
        # undefined entities (&nbsp;) are skipped, not errors: the document is said to have a
        # DTD of its own, which is never loaded
        self.parser.UseForeignDTD(True)
        self.parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        self.parser.ExternalEntityRefHandler = lambda *_: 1
        self.parser.EntityDeclHandler = self._refuse
        self.parser.UnparsedEntityDeclHandler = self._refuse
        self.parser.StartElementHandler = self._start
        self.parser.EndElementHandler = self._end
        self.parser.CharacterDataHandler = self._data
        self.parser.SkippedEntityHandler = self._skipped
        self.parser.buffer_text = True
        self.done: list[Record | RecordError] = []
        self.number = 0
        self.item: dict[str, str] | None = None
        self.lines: dict[str, int] = {}
        self.line = 0
        self.depth = 0  # inside an item: 1 for the item itself
        self.field = ""
        self.parts: list[str] = []
        self.size = 0
        self.collect = True

    def _refuse(self, *_: object) -> None:
        raise FeedRefused("the feed declares entities (refused: they are never expanded)")

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        local = _local(name)
        if self.item is None:
            if local in ITEMS:
                self.item, self.lines, self.depth = {}, {}, 1
                self.line = self.parser.CurrentLineNumber
                about = next((v for k, v in attrs.items() if k.endswith(" about")), "")
                if about:
                    self.item["about"] = about
            return
        self.depth += 1
        if self.depth == 2:
            self.field, self.parts, self.size, self.collect = local, [], 0, True
            self.lines.setdefault(local, self.parser.CurrentLineNumber)
            href = attrs.get("href")
            if local == "link" and href and attrs.get("rel", "alternate") == "alternate":
                self.item.setdefault("link", href)
        elif self.field == "author" and self.depth == 3:
            self.collect = local == "name"  # Atom's <author><name>, not its <email>, <uri>

    def _end(self, name: str) -> None:
        if self.item is None:
            return
        if self.depth == 2:
            text = "".join(self.parts)
            if text.strip():
                self.item.setdefault(self.field, text)
        elif self.depth == 3 and self.field == "author":
            self.collect = True
        self.depth -= 1
        if self.depth == 0:
            self.number += 1
            self.done.append(_record(self.number, self.line, self.item, self.lines))
            self.item = None

    def _data(self, data: str) -> None:
        if self.item is not None and self.depth >= 2 and self.collect:
            if self.size + len(data) > self.max_chars:
                data = data[: max(0, self.max_chars - self.size)]
            self.parts.append(data)
            self.size += len(data)

    def _skipped(self, name: str, is_parameter: int) -> None:
        if not is_parameter:
            known = html.entities.html5.get(name + ";")
            self._data(known if known is not None else f"&{name};")

    def feed(self, chunk: str, final: bool = False) -> list[Record | RecordError]:
        self.parser.Parse(chunk, final)
        done, self.done = self.done, []
        return done


def iter_feed(chunks: Iterable[str], *, max_chars: int) -> Items:
    """The items of an RSS or Atom feed, one record each, read chunk by chunk. A feed that is not
    well-formed XML ends with a RecordError (the items before it are read)."""
    reader = _FeedReader(max_chars)
    try:
        for chunk in chunks:
            yield from reader.feed(chunk)
        yield from reader.feed("", final=True)
    except expat.ExpatError as exc:
        yield from reader.done
        yield RecordError(None, f"breaks off: not well-formed XML ({exc})")
    except FeedRefused as exc:
        yield RecordError(None, str(exc))


def _first(item: dict[str, str], names: Iterable[str]) -> tuple[str, str] | None:
    return next(((n, item[n]) for n in names if item.get(n, "").strip()), None)


def _record(number: int, line: int, item: dict[str, str], lines: dict[str, int]) -> Record:
    record = Record(number, line)

    def put(field: str, name: str, value: str) -> None:
        record.set(field, value, lines.get(name, line))

    guid = _first(item, ("guid", "id"))
    if guid is not None:
        put("id", *guid)
    link = _first(item, ("link", "about"))
    if link is not None:
        put("url", link[0], link[1].strip())
        if guid is None:
            put("id", link[0], link[1].strip())
    title = _first(item, ("title", "dc:title"))
    if title is not None:
        put("headline", title[0], _plain(title[1]))
    date = _first(item, DATES)
    if date is not None:
        put("date", *date)
        if date[0] != "updated" and item.get("updated", "").strip():
            put("updated", "updated", item["updated"])
    byline = _first(item, BYLINES)
    if byline is not None:
        name = _byline(byline[1])
        if name:
            put("byline", byline[0], name)
    text = _first(item, TEXTS)
    if text is not None:
        put("text", text[0], _visible(text[1]))
    return record


def _plain(value: str) -> str:
    """A title as one line of text (HTML in it read as a page is)."""
    return " ".join(_visible(value).split())


def _visible(value: str) -> str:
    """A feed's text: HTML read as a page (the text a browser shows, a line per block), plain
    text as it is."""
    if not _MARKUP_RE.search(value):
        return html.unescape(value).strip()  # a title or text escaped twice
    from newsctl.articles.webpage import read_webpage

    return read_webpage(value).text


def _byline(value: str) -> str | None:
    """RSS's ``editor@site (Name)`` is the name; an address alone is no byline."""
    value = " ".join(value.split())
    m = _EMAIL_NAME_RE.match(value)
    if m is not None:
        return m.group(1).strip()
    return None if "@" in value and " " not in value else value
