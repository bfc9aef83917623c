"""Corpus files that hold many articles, as researchers publish them: what a record is, which
format a file is in, and which field of a record is which.

The formats (``newsctl.articles.sgml`` and ``newsctl.articles.tabular`` read them, record by record,
so that a file's size does not matter):

- ``sgml``: TREC-like ``<DOC>`` files (the ANT corpus: ``<DOCNO>``, ``<TITLE>``, ``<TIME>``,
  ``<AUTHOR>``, ``<SRC>``, ``<TEXT>``), LDC collections (``<DOC id="..." type="story">``,
  ``<HEADLINE>``, ``<DATELINE>``, ``<P>``), XML records (Abu El-Khair: ``<ID>``, ``<Headline>``,
  ``<Dateline>``, ``<Text>``), tag names in any case, known misspellings as aliases;
- ``json``: an array of objects, or an object holding one (SaudiNewsNet, dataset exports);
- ``jsonl``: one object per line (news-please output);
- ``csv`` and ``tsv``: a header row naming the fields;
- ``feed``: RSS 2.0, RSS 1.0/RDF and Atom feeds, a record per item (``newsctl.articles.feeds``);
- ``warc``: web archives, a record per HTML page (``newsctl.articles.warc``, with the warc extra).

A record's fields are found by their common names (``FIELD_NAMES``), or as ``--map`` says.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Final, NamedTuple

from newsctl.articles.markup import is_html

# Our field -> the names corpora give it, most specific first.
# fmt: off
FIELD_NAMES: Final[dict[str, tuple[str, ...]]] = {
    "id": ("docno", "id", "docid", "doc_id", "article_id", "_id", "guid", "uuid"),
    "url": ("url", "link", "source_url", "href", "permalink"),
    "headline": ("headline", "head_line", "title", "healine", "hl", "headline_text"),
    "date": ("datepublished", "date_published", "date_publish", "published", "publish_date",
             "pubdate", "pub_date", "publication_date", "published_date", "publishedat",
             "published_at", "publish_time", "time", "date", "datetime", "created",
             "created_at", "date_extracted", "date_download"),
    "updated": ("datemodified", "date_modified", "date_modify", "modified", "updated",
                "updated_at", "last_modified"),
    "dateline": ("dateline",),
    "byline": ("author", "authors", "byline", "writer", "creator"),
    "agency": ("src", "source", "source_domain", "publisher", "site", "outlet", "newspaper"),
    "text": ("text", "content", "body", "maintext", "article", "article_text", "full_text",
             "description", "summary", "abstract"),
}
# fmt: on
FIELDS: Final = tuple(FIELD_NAMES)
# A common name, lower case -> (our field, its rank among that field's names).
NAME_RANKS: Final[dict[str, tuple[str, int]]] = {
    name: (field, rank) for field, names in FIELD_NAMES.items() for rank, name in enumerate(names)
}
_GUID_RE: Final = re.compile(r"^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$", re.I)
# A date inside a record's id: AFP_ARB_20010101.0001, ANNAHAR_20000103.0012.
_ID_DATE_RE: Final = re.compile(r"(?<!\d)((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")

FORMATS: Final = ("sgml", "json", "jsonl", "csv", "tsv", "feed", "warc")
_EXTENSIONS: Final = {
    ".xml": "sgml", ".sgml": "sgml", ".sgm": "sgml", ".json": "json", ".jsonl": "jsonl",
    ".ndjson": "jsonl", ".csv": "csv", ".tsv": "tsv", ".rss": "feed", ".atom": "feed",
    ".warc": "warc",
}  # fmt: skip
COMPRESSIONS: Final = (".gz", ".bz2", ".xz")
# The file names `-r` reads by default: articles, saved pages and corpus files, compressed or not,
# and zip archives of them.
READ_GLOBS: Final = ("*.txt", "*.html", "*.htm", "*.xml", "*.sgml", "*.sgm", "*.json", "*.jsonl",
                     "*.ndjson", "*.csv", "*.tsv", "*.rss", "*.atom", "*.warc")  # fmt: skip
CORPUS_GLOBS: Final = (
    *READ_GLOBS, *(g + c for g in READ_GLOBS for c in COMPRESSIONS), "*.zip"
)  # fmt: skip
ARCHIVE: Final = "zip"  # a zip archive: its members read one by one, as files of their own


class Record:
    """One article of a corpus file: its fields (values as written) and where they stand."""

    __slots__ = ("fields", "line", "lines", "number")

    def __init__(self, number: int, line: int = 1) -> None:
        self.number = number  # 1-based position in the file
        self.line = line  # the line the record starts on
        self.fields: dict[str, str] = {}  # our field name -> its value
        self.lines: dict[str, int] = {}  # our field name -> the line its value starts on

    def set(self, field: str, value: str, line: int | None = None) -> None:
        if value.strip() and field not in self.fields:
            self.fields[field] = value.strip() if field != "text" else value
            self.lines[field] = line if line is not None else self.line

    def get(self, field: str) -> str | None:
        return self.fields.get(field)

    def name(self) -> str:
        """The record's id, or its position in the file."""
        return self.fields.get("id") or str(self.number)

    def byline(self) -> str | None:
        byline = self.fields.get("byline")
        return None if byline is None or _GUID_RE.match(byline) else byline

    def id_date(self) -> tuple[int, int, int] | None:
        """A date written inside the record's id (LDC: ``AFP_ARB_20010101.0001``)."""
        m = _ID_DATE_RE.search(self.fields.get("id") or "")
        return None if m is None else (int(m.group(1)), int(m.group(2)), int(m.group(3)))


class RecordError(NamedTuple):
    """A record that cannot be read (a line of JSON Lines that is not JSON, say), or, without a
    number, a corpus file that breaks off."""

    number: int | None
    message: str
    member: str | None = None  # ``archive.zip!member.json``: the member of an archive it is in

    def where(self, path: str) -> str:
        """``PATH#N``: the record as messages name it."""
        return label(self.member or path, None if self.number is None else str(self.number))


class Before(NamedTuple):
    """What came before the text being read, when a growing file is read from where an earlier
    run stopped: its records and lines (the numbers of the new ones go on from there)."""

    records: int = 0
    lines: int = 0


START: Final = Before()  # a file read from its start


def label(path: str, record: str | None) -> str:
    """How messages name an article: ``PATH``, or ``PATH#RECORD`` inside a corpus file."""
    return path if record is None else f"{path}#{record}"


class Stream:
    """Text read from a stream of chunks, consumed from the front (``pos``; ``line`` is its line
    when ``advance`` moves it). The text is compacted only when more is read, so taking many
    small records from a large chunk costs no copying."""

    def __init__(self, chunks: Iterable[str]) -> None:
        self.chunks = iter(chunks)
        self.text = ""
        self.pos = 0
        self.line = 1
        self.eof = False

    def more(self) -> bool:
        chunk = next(self.chunks, None)
        if chunk is None:
            self.eof = True
            return False
        self.text = self.text[self.pos :] + chunk
        self.pos = 0
        return True

    def advance(self, to: int) -> None:
        self.line += self.text.count("\n", self.pos, to)
        self.pos = to

    def next_char(self, skip: str = " \t\r\n\ufeff") -> str | None:
        """The next character that is not in ``skip``, reading on as needed; None at the end."""
        while True:
            text, pos = self.text, self.pos
            while pos < len(text) and text[pos] in skip:
                pos += 1
            self.advance(pos)
            if pos < len(text):
                return text[pos]
            if not self.more():
                return None

    def pending(self) -> int:
        return len(self.text) - self.pos


def parse_mapping(text: str) -> dict[str, str]:
    """``headline=title_ar,date=pub_date``: our field -> the record's own name for it.
    Raises ValueError naming what is wrong."""
    mapping: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        ours, sep, theirs = part.partition("=")
        ours, theirs = ours.strip(), theirs.strip()
        if not sep or not theirs:
            raise ValueError(f"{part!r} is not FIELD=NAME")
        if ours not in FIELD_NAMES:
            raise ValueError(f"unknown field {ours!r}; fields: {', '.join(FIELDS)}")
        mapping[ours] = theirs
    return mapping


ARTICLE_FIELDS: Final = frozenset({"text", "headline", "date"})


def names_an_article(
    keys: Iterable[object], mapping: Mapping[str, str], fields: Iterable[str] = ARTICLE_FIELDS
) -> bool:
    """Whether a record's own field names include a text, a headline or a date (or the
    ``fields`` given; by their common names, or as ``--map`` says): what tells a record of
    articles from other data."""
    wanted = frozenset(fields)
    mapped = {theirs for ours, theirs in mapping.items() if ours in wanted}
    for key in keys:
        known = NAME_RANKS.get(str(key).lower())
        if (known is not None and known[0] in wanted) or key in mapped:
            return True
    return False


def fill(record: Record, values: Mapping[str, object], mapping: Mapping[str, str]) -> Record:
    """Set a record's fields from a dictionary (a JSON object, a CSV row): by the name
    ``mapping`` gives (exact), then by the common names (in any case, the most specific first).
    One pass over the record's own keys, whatever the number of names known."""
    best: dict[str, tuple[int, str]] = {}  # our field -> (rank of the name, text)
    for key, value in values.items():
        known = NAME_RANKS.get(str(key).lower())
        if known is None:
            continue
        field, rank = known
        if field in best and best[field][0] <= rank:
            continue
        text = as_text(value)
        if text:
            best[field] = (rank, text)
    for field, theirs in mapping.items():
        text = as_text(values.get(theirs))
        if text:
            best[field] = (-1, text)
    for field in FIELDS:  # in the order of FIELD_NAMES
        if field in best:
            record.set(field, best[field][1])
    return record


def as_text(value: object) -> str | None:
    """A field's value as text: lists joined (several authors), numbers written out, the
    ``rendered`` text of a WordPress REST export (``"title": {"rendered": "..."}``)."""
    if isinstance(value, dict):
        rendered = value.get("rendered")
        return _html_text(rendered) if isinstance(rendered, str) else None
    if value is None:
        return None
    if isinstance(value, list):
        parts = [as_text(v) for v in value]
        return "، ".join(p for p in parts if p) or None
    return str(value)


def _html_text(html: str) -> str | None:
    """The text a browser shows of an HTML fragment (a line per block), entities decoded."""
    if "<" not in html:
        import html as entities

        return entities.unescape(html).strip() or None
    from newsctl.articles.webpage import read_webpage

    return read_webpage(html).text.strip() or None


def format_of_name(name: str) -> str | None:
    """The corpus format a file's name announces (``.jsonl``, ``.xml.gz`` ...); None for other
    names (``.txt``: an article, or a corpus file told by its content)."""
    base = name.lower()
    if base.endswith(".zip"):
        return ARCHIVE
    for ending in COMPRESSIONS:
        base = base.removesuffix(ending)
    return next((fmt for ending, fmt in _EXTENSIONS.items() if base.endswith(ending)), None)


# A feed: its root element after the XML declaration, comments, a DOCTYPE, processing instructions
_FEED_START_RE: Final = re.compile(
    r"(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>\[]*>\s*)*<(?:rss|feed|rdf:RDF)[\s>]", re.S | re.I
)
_SGML_START_RE: Final = re.compile(r"<(?:\?xml|doc[\s>]|[\w]+>\s*<)", re.I)
# An array of objects (or an empty one), or an object whose first key is a quoted name.
_JSON_START_RE: Final = re.compile(r'(?:\[\s*[{\]]|\{\s*"[^"\n]{0,200}"\s*:)')


def sniff(head: str) -> str | None:
    """The corpus format of a text from its first characters; None for an article or a web
    page."""
    if is_html(head):
        return None
    start = head.lstrip("\ufeff \n\t\r")
    if start.startswith("WARC/1."):
        return "warc"
    if start.startswith("<") and _FEED_START_RE.match(start):
        return "feed"
    if start.startswith("<") and _SGML_START_RE.match(start[:80]):
        return "sgml"
    if _JSON_START_RE.match(start[:80]):
        first_line = start.split("\n", 1)[0].rstrip()
        if start.startswith("["):
            return "json"
        return "jsonl" if first_line.endswith("}") else "json"
    return _table(start)


def _table(start: str) -> str | None:
    """A CSV or TSV text by its header row: two fields or more set apart by a tab, a comma or a
    semicolon, one of them named as a text, headline or date is (``id,title,text,date``): a
    table on standard input, or saved as ``.txt``."""
    first_line = start.split("\n", 1)[0].rstrip("\r")
    if len(first_line) > TABLE_HEADER_CHARS:
        return None
    for fmt, mark in (("tsv", "\t"), ("csv", ","), ("csv", ";")):
        names = [n.strip().strip('"') for n in first_line.split(mark)]
        if len(names) < 2 or not all(names) or any(not _field_name(n) for n in names):
            continue  # words of a sentence, not a table's field names
        if names_an_article(names, {}):
            return fmt
    return None


TABLE_HEADER_CHARS: Final = 1000  # a header row names a few fields


def _field_name(name: str) -> bool:
    """A field's name: short, of a word or a few (``title``, ``pub_date``, ``Publication Date``)."""
    return len(name) <= 40 and name.count(" ") <= 2
