"""The tokens of an HTML page, as the standard library's ``html.parser`` (Python 3.11,
``convert_charrefs=True``) gives them, found faster.

``Tokenizer`` calls the same handlers with the same arguments, in the same order, as
``html.parser.HTMLParser`` does: start tags (names lower-cased; attributes with names lower-cased,
values unquoted and unescaped, ``None`` for a valueless one), end tags, and text (character
references converted, a trailing ``&...`` held back until more of the page comes or it ends),
with comments, declarations and processing instructions dropped; the content of ``<script>`` and
``<style>`` (and of any element given to ``set_cdata_mode``) is raw text up to its end tag. A page
fed in chunks gives the same tokens as the page fed whole.

Why: html.parser's tokenizer is written in Python, token by token: a start tag is found by one
pattern, its name by a second, each attribute by a third (a Python loop), and the position of
every token is counted as it goes (newlines counted for each). Measured on the 77 real saved
pages (``benchmarks/webpages.py``), it was the largest part of a page's time. Here, one pattern
(``_TOKEN_RE``) takes a run of text, a well-formed start tag (its attributes then read by one
``findall``) or a well-formed end tag from a position; the line of a token is counted only when
asked for (``line``), from where it was last counted. Whatever that pattern does not take (a
comment, a declaration, a tag with junk in it, a ``<`` that opens nothing, a tag cut at the end
of what was fed) is read by html.parser's own rules, written out below with its patterns: the
well-formed shapes are the ones where both readings give the same tokens (tests/test_tokens.py
compares them, event by event, on real pages and on mutated ones).

One difference: html.parser stops with an ``AssertionError`` on a marked section it does not
know (``<![foo ...]>``, ``<![1``); here it is dropped to the next ``>``, as HTML5 drops a bogus
comment (and as later versions of html.parser do).
"""

from __future__ import annotations

import re
from html import unescape
from typing import Final

# The patterns of html.parser (Python 3.11) for what is read by its rules
_TAG_NAME_RE: Final = re.compile(r"([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*")
_ATTR_RE: Final = re.compile(
    r"((?<=['\"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*"
    r"('[^']*'|\"[^\"]*\"|(?!['\"])[^>\s]*))?(?:\s|/(?!>))*"
)
_START_TAG_END_RE: Final = re.compile(
    r"""
  <[a-zA-Z][^\t\n\r\f />\x00]*       # tag name
  (?:[\s/]*                          # optional whitespace before attribute name
    (?:(?<=['"\s/])[^\s/>][^\s/=>]*  # attribute name
      (?:\s*=+\s*                    # value indicator
        (?:'[^']*'                   # LITA-enclosed value
          |"[^"]*"                   # LIT-enclosed value
          |(?!['"])[^>\s]*           # bare value
         )
        \s*                          # possibly followed by a space
       )?(?:\s|/(?!>))*
     )*
   )?
  \s*                                # trailing whitespace
""",
    re.VERBOSE,
)
_END_TAG_RE: Final = re.compile(r"</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>")
_COMMENT_END_RE: Final = re.compile(r"--\s*>")
_DECL_NAME_RE: Final = re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*\s*")
_SECTION_END_RE: Final = re.compile(r"]\s*]\s*>")
_MS_SECTION_END_RE: Final = re.compile(r"]\s*>")
_REF_END_RE: Final = re.compile(r"[\s;]")  # what ends a character reference cut at the end
_AT_NAME_END: Final = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ=/"
_LETTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_SECTIONS: Final = frozenset(("temp", "cdata", "ignore", "include", "rcdata"))
_MS_SECTIONS: Final = frozenset(("if", "else", "endif"))
CDATA_CONTENT_ELEMENTS: Final = ("script", "style")
REF_WINDOW: Final = 34  # how far from the end a cut character reference is looked for

# The well-formed shapes, read in one step: a run of text; a start tag whose attributes are
# each set apart by spaces, a name then an optional value after one "=" (quoted, or bare, not
# empty and not beginning with "="), the tag ended by ">" or "/>"; an end tag. On any other
# shape the pattern takes nothing and the rules above read the tag (their tokens on these
# shapes are the same: tests/test_tokens.py). Each piece of a tag reads one way only, so the
# pattern never gives one back (``*+``): a tag that is not well-formed costs one scan, not a
# search of every way to split it.
_TOKEN_RE: Final = re.compile(
    r"([^<]+)"
    r"|<([a-zA-Z][^\t\n\r\f />\x00]*)"
    r"((?:[\t\n\r\f ]++[^\s/>\"'=][^\s/=>]*+"
    r"(?:\s*+=\s*+(?:\"[^\"]*+\"|'[^']*+'|[^\s>\"'=][^\s>]*+))?)*+)"
    r"[\t\n\r\f ]*(/?)>"
    r"|</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>"
)
_TEXT, _START, _END = 1, 4, 5  # the last group of each shape (``lastindex``)
# The attributes of a well-formed start tag: name, "=" when it has a value, the value's forms
# (a run of spaces taken whole, from its start: a search is linear on a long run)
_ATTRS_RE: Final = re.compile(
    r"(?<![\t\n\r\f ])[\t\n\r\f ]++([^\s/>\"'=][^\s/=>]*)"
    r"(?:\s*(=)\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>\"'=][^\s>]*)))?"
)


class Tokenizer:
    """Feed the page (``feed``, as often as wanted), then ``close``; the handlers are called as
    html.parser calls them. ``line`` is the source line (from 1) where the token being handled
    starts."""

    def __init__(self) -> None:
        self.rawdata = ""  # what has been fed and not yet read
        self.cdata_elem: str | None = None  # the element whose raw text is being read
        self._cdata_end: re.Pattern[str] | None = None
        self._pos = 0  # where the token being handled starts in ``rawdata``
        self._line = 1  # the line of ``rawdata[_counted]``
        self._counted = 0

    # --- to be overridden

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pass

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        pass

    def handle_data(self, data: str) -> None:
        pass

    # --- the driver

    def feed(self, data: str) -> None:
        self.rawdata = self.rawdata + data
        self._read(False)

    def close(self) -> None:
        self._read(True)

    def line(self) -> int:
        """The line the token being handled starts on (newlines counted from the last count)."""
        self._line += self.rawdata.count("\n", self._counted, self._pos)
        self._counted = self._pos
        return self._line

    def set_cdata_mode(self, elem: str) -> None:
        self.cdata_elem = elem.lower()
        self._cdata_end = re.compile(rf"</\s*{re.escape(self.cdata_elem)}\s*>", re.I)

    def clear_cdata_mode(self) -> None:
        self.cdata_elem = None
        self._cdata_end = None

    def _read(self, end: bool) -> None:
        """Read ``rawdata`` as far as it can be read (``end``: all of it, nothing more comes)."""
        raw = self.rawdata
        n = len(raw)
        i = 0
        token = _TOKEN_RE.match
        attrs_of = _ATTRS_RE.findall
        data = self.handle_data
        while i < n:
            if self._cdata_end is not None:
                found = self._cdata_end.search(raw, i)
                if found is None:
                    break
                j = found.start()
                if i < j:
                    self._pos = i
                    data(raw[i:j])
                i = j
            else:
                m = token(raw, i)
                if m is not None:
                    kind = m.lastindex
                    if kind == _TEXT:
                        k = m.end()
                        if k == n and not end:  # a character reference may be cut: wait
                            amp = raw.rfind("&", max(i, n - REF_WINDOW))
                            if amp >= 0 and not _REF_END_RE.search(raw, amp):
                                break
                        text = m.group(1)
                        self._pos = i
                        data(unescape(text) if "&" in text else text)
                        i = k
                    elif kind == _START:
                        name, attr_text, slash = m.group(2, 3, 4)
                        tag = name.lower()
                        attrs: list[tuple[str, str | None]] = []
                        if attr_text:
                            for attr, eq, dq, sq, bare in attrs_of(attr_text):
                                value: str | None = (dq or sq or bare) if eq else None
                                if value and "&" in value:
                                    value = unescape(value)
                                attrs.append((attr.lower(), value))
                        self._pos = i
                        i = m.end()
                        if slash:
                            self.handle_startendtag(tag, attrs)
                        else:
                            self.handle_starttag(tag, attrs)
                            if tag in CDATA_CONTENT_ELEMENTS:
                                self.set_cdata_mode(tag)
                    else:
                        self._pos = i
                        i = m.end()
                        self.handle_endtag(m.group(5).lower())
                        if self.cdata_elem is not None:
                            self.clear_cdata_mode()
                    continue
            if i == n:
                break
            # raw[i] is "<", in a shape the pattern does not take: html.parser's rules
            self._pos = i
            k = self._markup(raw, i, n)
            if k == -2:  # a "<" at the end: more may come
                break
            if k < 0:
                if not end:
                    break
                k = raw.find(">", i + 1)
                if k < 0:
                    k = raw.find("<", i + 1)
                    if k < 0:
                        k = i + 1
                else:
                    k += 1
                self._pos = i
                text = raw[i:k]
                data(unescape(text) if self.cdata_elem is None else text)
            i = k
        if end and i < n and self.cdata_elem is None:
            self._pos = i
            data(unescape(raw[i:n]))
            i = n
        self._line += raw.count("\n", self._counted, i)
        self._counted = self._pos = 0
        self.rawdata = raw[i:]

    def _markup(self, raw: str, i: int, n: int) -> int:
        """What begins with the "<" at ``i``, read by html.parser's rules: where it ends, -1 if
        it is not complete yet, -2 for a "<" at the end."""
        if raw[i + 1 : i + 2] in _LETTERS:
            return self._start_tag(raw, i)
        if raw.startswith("</", i):
            return self._end_tag(raw, i)
        if raw.startswith("<!--", i):
            found = _COMMENT_END_RE.search(raw, i + 4)
            return -1 if found is None else found.end()
        if raw.startswith("<?", i):
            k = raw.find(">", i + 2)
            return -1 if k < 0 else k + 1
        if raw.startswith("<!", i):
            if raw.startswith("<![", i):
                return _marked_section(raw, i, n)
            if raw[i : i + 9].lower() == "<!doctype":
                k = raw.find(">", i + 9)
                return -1 if k < 0 else k + 1
            k = raw.find(">", i + 2)  # a bogus comment
            return -1 if k < 0 else k + 1
        if i + 1 < n:
            self.handle_data("<")
            return i + 1
        return -2

    def _start_tag(self, raw: str, i: int) -> int:
        end = _start_tag_end(raw, i)
        if end < 0:
            return end
        m = _TAG_NAME_RE.match(raw, i + 1)
        assert m is not None  # raw[i + 1] is a letter
        k = m.end()
        tag = m.group(1).lower()
        attrs: list[tuple[str, str | None]] = []
        while k < end:
            a = _ATTR_RE.match(raw, k)
            if a is None:
                break
            name, rest, value = a.group(1, 2, 3)
            if not rest:
                value = None
            elif value[:1] == "'" == value[-1:] or value[:1] == '"' == value[-1:]:
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((name.lower(), value))
            k = a.end()
        close = raw[k:end].strip()
        if close not in (">", "/>"):
            self.handle_data(raw[i:end])
        elif close == "/>":
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return end

    def _end_tag(self, raw: str, i: int) -> int:
        gt = raw.find(">", i + 1)
        if gt < 0:
            return -1
        m = _END_TAG_RE.match(raw, i)
        if m is None:
            if self.cdata_elem is not None:
                self.handle_data(raw[i : gt + 1])
                return gt + 1
            name = _TAG_NAME_RE.match(raw, i + 2)
            if name is None:
                if raw.startswith("</>", i):
                    return i + 3
                k = raw.find(">", i + 2)  # a bogus comment
                return -1 if k < 0 else k + 1
            k = raw.find(">", name.end())
            self.handle_endtag(name.group(1).lower())
            return k + 1
        tag = m.group(1).lower()
        if self.cdata_elem is not None and tag != self.cdata_elem:
            self.handle_data(raw[i : gt + 1])
            return gt + 1
        self.handle_endtag(tag)
        self.clear_cdata_mode()
        return gt + 1


def _start_tag_end(raw: str, i: int) -> int:
    """Where the start tag at ``i`` ends, or -1 if it is not complete yet (html.parser's
    ``check_for_whole_start_tag``)."""
    m = _START_TAG_END_RE.match(raw, i)
    assert m is not None  # the pattern takes at least "<" and a letter
    j = m.end()
    after = raw[j : j + 1]
    if after == ">":
        return j + 1
    if after == "/":
        return j + 2 if raw.startswith("/>", j) else -1
    if after == "" or after in _AT_NAME_END:
        return -1
    return j if j > i else i + 1


def _marked_section(raw: str, i: int, n: int) -> int:
    """Where the marked section at ``i`` (``<![CDATA[...]]>``, ``<![if ...]>``) ends, or -1.
    One that html.parser does not know (where it stops with an AssertionError) ends at the next
    ">", as a bogus comment."""
    j = i + 3
    if j == n:
        return -1
    m = _DECL_NAME_RE.match(raw, j)
    if m is not None:
        if m.end() == n:
            return -1
        name = m.group().strip().lower()
        if name in _SECTIONS or name in _MS_SECTIONS:
            close = _SECTION_END_RE if name in _SECTIONS else _MS_SECTION_END_RE
            found = close.search(raw, i + 3)
            return -1 if found is None else found.end()
    k = raw.find(">", i + 3)
    return -1 if k < 0 else k + 1
