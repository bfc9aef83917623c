"""newsctl's tokenizer (newsctl/articles/tokens.py) against the standard library's
``html.parser`` (Python 3.11, ``convert_charrefs=True``), which the page reader used before: the
same events (start tags with their attributes, end tags, text, each with its source line) and
the same ``read_webpage`` results, on the real saved pages (when ``NEWSCTL_REALPAGES`` names
them), the samples, the 310 pages of tests/pages as bare HTML, the HTML written in the tests of
web pages, and pages cut and mutated at random (a fixed seed); whole, and fed in chunks.

``benchmarks/tokens.py`` runs the same comparison on many more mutated pages.

The reference is html.parser as CPython 3.11.7 has it (3.12.1 and 3.13.0 have the same code):
on an interpreter whose html.parser or the module of its base class is another (CPython's later
security releases changed how comments and scripts are read), the comparisons are skipped: newsctl
reads pages as 3.11.7's html.parser did, whatever the interpreter."""

from __future__ import annotations

import ast
import hashlib
import html
import html.parser
import inspect
import random
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from typing import TYPE_CHECKING

import pytest
from conftest import ROOT
from real_pages import folder, pages, read_page

from newsctl.articles.tokens import Tokenizer
from newsctl.articles.webpage import RAW_TEXT, VOID, WebPage, _read, _Reader, unfinished

Event = tuple[object, ...]
# sha256 of the sources of html/parser.py (3.11.7; 3.12.1 and 3.13.0) and of the module of
# HTMLParser's base class (the declarations' rules)
REFERENCE = {"2fc512ae95bed274", "ab5a0a2fce2bec75"}, {"cb14dd6f2e2439eb"}


def _digest(module: object) -> str:
    return hashlib.sha256(inspect.getsource(module).encode()).hexdigest()[:16]  # type: ignore[arg-type]


reference = pytest.mark.skipif(
    _digest(html.parser) not in REFERENCE[0]
    or _digest(inspect.getmodule(HTMLParser.__mro__[1])) not in REFERENCE[1],
    reason="this interpreter's html.parser is not the reference (3.11.7's)",
)


class _Recording:
    """The events of a page, as ``_Reader`` drives the tokenizer: raw text in the elements it
    reads so (``RAW_TEXT``), and a construct left unfinished at the end dropped. Mixed in before
    the tokenizer it records (html.parser's or newsctl's), whose methods it calls."""

    events: list[Event]
    rawdata: str
    cdata_elem: str | None

    if TYPE_CHECKING:

        def where(self) -> int: ...

        def finish(self) -> None: ...

        def enter_raw_text(self, elem: str) -> None: ...

        def leave_raw_text(self) -> None: ...

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append(("start", tag, tuple(attrs), self.where()))
        if tag not in VOID and tag in RAW_TEXT:
            self.enter_raw_text(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append(("startend", tag, tuple(attrs), self.where()))
        if tag not in VOID and tag in RAW_TEXT:
            self.leave_raw_text()

    def handle_endtag(self, tag: str) -> None:
        self.events.append(("end", tag, self.where()))

    def handle_data(self, data: str) -> None:
        self.events.append(("data", data, self.where()))

    def close(self) -> None:  # as _Reader.close does
        if unfinished(self.rawdata, self.cdata_elem):
            self.rawdata = ""
        self.finish()


class _Old(_Recording, HTMLParser):
    finish = HTMLParser.close
    enter_raw_text = HTMLParser.set_cdata_mode
    leave_raw_text = HTMLParser.clear_cdata_mode

    def __init__(self) -> None:
        HTMLParser.__init__(self, convert_charrefs=True)
        self.events = []

    def where(self) -> int:
        return self.getpos()[0]


class _New(_Recording, Tokenizer):
    finish = Tokenizer.close
    enter_raw_text = Tokenizer.set_cdata_mode
    leave_raw_text = Tokenizer.clear_cdata_mode
    where = Tokenizer.line

    def __init__(self) -> None:
        Tokenizer.__init__(self)
        self.events = []


class _Forward(HTMLParser):
    """html.parser driving a ``_Reader``: the reader as it was."""

    def __init__(self, reader: _Reader) -> None:
        super().__init__(convert_charrefs=True)
        self.reader = reader

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.reader.handle_starttag(tag, attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.reader.handle_startendtag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        self.reader.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        self.reader.handle_data(data)


class _OldReader(_Reader):
    def __init__(self, max_chars: int | None = None) -> None:
        super().__init__(max_chars)
        self.driver = _Forward(self)

    def feed(self, data: str) -> None:
        self.driver.feed(data)

    def line(self) -> int:
        return self.driver.getpos()[0]

    def set_cdata_mode(self, elem: str) -> None:
        self.driver.set_cdata_mode(elem)

    def clear_cdata_mode(self) -> None:
        self.driver.clear_cdata_mode()

    def close(self) -> None:
        rest = self.driver.rawdata  # _Reader.close's rule, on html.parser's state
        if (
            self.driver.cdata_elem is None
            and len(rest) > 1
            and rest[0] == "<"
            and (rest[1].isalpha() or rest[1] in "!/?")
        ):
            self.driver.rawdata = ""
        self.driver.close()


def events(parser: _Recording, chunks: Iterable[str]) -> list[Event]:
    assert isinstance(parser, (_Old, _New))
    for chunk in chunks:
        parser.feed(chunk)
    parser.close()
    return parser.events


def merged(stream: list[Event]) -> list[Event]:
    """Adjacent text events as one (the first one's line)."""
    out: list[Event] = []
    for event in stream:
        if event[0] == "data" and out and out[-1][0] == "data":
            out[-1] = ("data", str(out[-1][1]) + str(event[1]), out[-1][2])
        else:
            out.append(event)
    return out


SMALL = (1, 2, 3, 7, 50, 500, 4000)
LARGE = (1, 7, 4000, 16000, 16000, 64000)  # a real page: mostly large chunks, some cut short


def cut(page: str, rng: random.Random, sizes: tuple[int, ...] = SMALL) -> list[str]:
    """The page in chunks of random sizes (some of one character)."""
    chunks, i = [], 0
    while i < len(page):
        size = rng.choice(sizes)
        chunks.append(page[i : i + size])
        i += size
    return chunks


def old_page(chunks: Iterable[str], max_chars: int | None = None) -> WebPage | str:
    try:
        return _read(_OldReader(max_chars), chunks)
    except AssertionError as exc:  # html.parser stops on a marked section it does not know
        return f"AssertionError: {exc}"


def compare(page: str, rng: random.Random, sizes: tuple[int, ...] | None = SMALL) -> None:
    """Events and ``read_webpage`` results equal, whole and in chunks of random ``sizes``."""
    ways: list[list[str]] = [[page]]
    if sizes:
        ways.append(cut(page, rng, sizes))
    for chunks in ways:
        try:
            old = events(_Old(), chunks)
        except AssertionError:
            old = None
        new = events(_New(), chunks)
        if old is not None:
            assert new == old, f"events differ on {page[:200]!r}"
            assert merged(new) == merged(old)
        before = old_page(chunks)
        after = _read(_Reader(), chunks)
        if not isinstance(before, str):
            assert after == before, f"pages differ on {page[:200]!r}"
        limit = rng.choice((1, 50, 1000))
        before = old_page(chunks, limit)
        if not isinstance(before, str):
            assert _read(_Reader(limit), chunks) == before


# --- the pages


def bare_html(text: str) -> str:
    """A text page as bare HTML (as benchmarks/accuracy.py makes it)."""
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    head = '<!DOCTYPE html>\n<html lang="ar"><head><meta charset="utf-8"></head>'
    return f"{head}<body>\n{body}\n</body></html>\n"


def test_fixtures() -> list[str]:
    """The HTML written in the tests of web pages: every string of theirs with a tag in it."""
    found = []
    for name in ("test_webpages.py", "test_real_markup.py"):
        tree = ast.parse((ROOT / "tests" / name).read_text("utf-8"))
        for node in ast.walk(tree):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and "<" in text and ">" in text:
                found.append(text)
    return found


test_fixtures.__test__ = False  # type: ignore[attr-defined]


def sample_pages() -> list[str]:
    return [p.read_text("utf-8", "replace") for p in sorted((ROOT / "samples/html").glob("*.html"))]


def text_pages() -> list[str]:
    folder_ = ROOT / "tests" / "pages"
    return [bare_html(p.read_text("utf-8", "replace")) for p in sorted(folder_.glob("*.txt"))]


def real_pages() -> list[str]:
    root, _ = folder()
    if root is None:
        return []
    return [read_page(p.file(root)).decode("utf-8", "replace") for p in pages()]


PIECES = (
    "<",
    ">",
    "&",
    "&amp",
    "&amp;",
    "&#",
    "&#x6",
    "&#1234",
    "&nbsp",
    "'",
    '"',
    "=",
    "/",
    "</",
    "<!--",
    "-->",
    "--!>",
    "<!",
    "<?",
    "<![CDATA[",
    "]]>",
    "<![if x]>",
    "<![foo",
    "<!DOCTYPE",
    "<script>",
    "</script>",
    "</script >",
    "<style>",
    "</ >",
    "</>",
    "< p>",
    "<a<b>",
    "<p/>",
    "<br/>",
    "<div hidden>",
    "<iframe>",
    "</iframe>",
    "<xmp>",
    "<title>",
    "<a href=x>",
    "<a href='y'>",
    '<img src="z"/>',
    '<p class="sr-only">',
    "\x00",
    "\r",
    "\r\n",
    "\n",
    "\t",
    "\xa0",
    " ",
    "<noscript>",
    "<b",
    "<time datetime=2020-01-01>",
    '<a b="c"d=e>',
    "<a b= >",
    "<a =b>",
    "<a b==c>",
    "<a/b>",
    "<a b=c/>",
    "<A HREF=X>",
    "</P>",
    "<td>",
    "<li>",
)


def mutated(pages_: list[str], count: int, seed: int) -> Iterator[str]:
    """Pages cut at random offsets and spiked with the pieces that make markup hard (half of
    them inside or just after a tag)."""
    rng = random.Random(seed)
    for _ in range(count):
        page = rng.choice(pages_)
        if len(page) > 3000:
            start = rng.randrange(len(page))
            page = page[start : start + rng.choice((200, 1000, 3000))]
        chars = list(page)
        tags = [i for i, c in enumerate(chars) if c == "<"]
        for _ in range(rng.choice((1, 3, 10, 30))):
            at = rng.randrange(len(chars) + 1)
            if tags and rng.random() < 0.5:  # in a tag, or just after it
                at = min(len(chars), rng.choice(tags) + rng.randrange(1, 30))
            if rng.random() < 0.2 and chars:
                del chars[at : at + rng.randrange(1, 5)]
            else:
                chars.insert(at, rng.choice(PIECES))
        yield "".join(chars)[: rng.randrange(1, len(chars) + 2)]


def random_markup(count: int, seed: int) -> Iterator[str]:
    """Pages made of the pieces alone, with some words."""
    rng = random.Random(seed)
    words = ("خبر", "text", " ", "\n", "a", "x=1", "b")
    for _ in range(count):
        yield "".join(rng.choice(PIECES + words) for _ in range(rng.randrange(1, 40)))


def test_the_fixtures_are_found() -> None:
    assert len(test_fixtures()) >= 20
    assert len(sample_pages()) >= 6
    assert len(text_pages()) >= 300


@reference
@pytest.mark.parametrize(
    "name", ["fixtures", "samples", "text pages"], ids=["fixtures", "samples", "text-pages"]
)
def test_the_same_tokens_and_pages(name: str) -> None:
    found = {"fixtures": test_fixtures, "samples": sample_pages, "text pages": text_pages}[name]()
    rng = random.Random(23)
    for page in found:
        compare(page, rng, None if name == "text pages" else SMALL)


@reference
def test_the_same_on_real_pages() -> None:
    found = real_pages()
    if not found:
        pytest.skip(folder()[1])
    rng = random.Random(23)
    for page in found:
        compare(page, rng, LARGE)


@reference
def test_the_same_on_mutated_pages() -> None:
    base = test_fixtures() + sample_pages() + text_pages()[:20] + real_pages()[:10]
    rng = random.Random(7)
    for page in mutated(base, 1000, seed=23):
        compare(page, rng)
    for page in random_markup(1000, seed=23):
        compare(page, rng)


@reference
def test_an_unknown_marked_section_is_dropped_not_an_error() -> None:
    for page in ("<p>a<![foo bar]>b</p>", "<p>a<![1]>b"):
        with pytest.raises(AssertionError):
            events(_Old(), [page])
        assert [e for e in events(_New(), [page]) if e[0] == "data"] == [
            ("data", "a", 1),
            ("data", "b", 1),
        ]


@reference
def test_lines_are_counted_across_chunks() -> None:
    page = "<p>\none</p>\n\n<p>two\n&amp;</p>\r\n<script>\n</script>three"
    for size in range(1, len(page) + 1):
        chunks = [page[i : i + size] for i in range(0, len(page), size)]
        assert events(_New(), chunks) == events(_Old(), chunks)
