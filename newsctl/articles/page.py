"""Reading a page: where the story is, which line is the headline, which date the publication.

The lines come classified (``newsctl.articles.lines``) and carry their date mentions. The page is
read as three regions: the header (every line before the story's first paragraph), the story, and
the tail (a list of other articles, the footer). The headline, the publication date and the update
are chosen by the evidence model (``newsctl.articles.evidence``); the byline, dateline, kicker,
lead, body and end marker are found around them by position.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Final

from newsctl.articles import evidence, phrases
from newsctl.articles.agencies import agency_signature, is_agency
from newsctl.articles.datelines import agency_after, find_dateline
from newsctl.articles.evidence import Candidate, Choice
from newsctl.articles.layout import Layout
from newsctl.articles.lexicons import interface_line, outlets, person_name, place_opening, places
from newsctl.articles.lines import (
    BYLINE_LINE_WORDS,
    PUBLISHED_LINE_WORDS,
    SENTENCE_END,
    Line,
    Place,
    bullet,
    counter,
    furniture,
    has_letters,
    is_paragraph,
    menu,
    other_words,
)
from newsctl.articles.markup import Hints
from newsctl.articles.reference import Header, source_value, unwrap
from newsctl.dates import rules
from newsctl.dates.labels import UPDATE_WORDS_RE
from newsctl.dates.lexicon import weekday_of
from newsctl.dates.mention import DateMention
from newsctl.dates.scan import forum_stamp
from newsctl.text.digits import TO_LATIN
from newsctl.text.fold import fold_key
from newsctl.text.stems import stems

NEAR_HEADLINE: Final = 3  # lines between a date and the headline for "near-headline"
NEAR_DATE: Final = 3  # lines after a headline where its date or byline stands
WIRE_WORDS: Final = 4  # a dateline date opens the story after at most this many words
LABEL_OPENS_WORDS: Final = 2  # inside a paragraph, a label counts when it opens the line
HEADING_WORDS: Final = 4  # a heading of a list of other articles, standing alone
CREDIT_SLOT_WORDS: Final = 4  # a line this short between a headline and the story: a credit
FURNITURE_NAME_WORDS: Final = 5  # a name under a staff title (رئيس التحرير) is furniture too
DATELINE_SLACK: Final = (
    2  # days a wire dateline may lag its stamp (the story was filed the day before)
)
TWICE_NEAR: Final = 6  # a headline printed twice: the copies at most this many lines apart
PAGE_TITLE_PARTS: Final = 2  # "HEADLINE – SITE – SLOGAN": a browser's title, parts set apart
TOP_LINES: Final = 2  # the page's top: its first two lines
FURNITURE_NEAR: Final = 2  # furniture this close to a date makes it the site's
LIST_RUN: Final = 3  # this many titles in a row are a list of headlines
LIST_GAP: Final = 2  # titles parted by two blank lines or more are not in a row
# a round bullet opens an item, alone too (a story's highlights, a list cut to one line); a star
# may decorate a headline (* TITLE)
ROUND_BULLETS: Final = ("•", "●", "▪", "◾", "■")
KICKER_WORDS: Final = 4  # a longer line ending with a colon introduces what follows
LONG_HEADLINE: Final = 25
SLOT_LETTERS: Final = 2  # the fewest letters of a headline in the reference header's slot
# A line printed this many times or more is the site's (a logo's text, a section's name on every
# block): no gold headline of the tuning part is printed more than four times.
PRINTED_OFTEN: Final = 5
TITLE_WORDS_MAX: Final = 40  # a headline is at most this long (a caption printed twice is not)
SITE_NAME_WORDS: Final = 4  # a site name repeated on the page has at most this many words
SITE_HEAD_WORDS: Final = 3  # the name before a "Name: slogan" line's colon
STORY_GAP: Final = 10  # lines in a row without prose that end a story (see _before_gap)
END_SEARCH: Final = 3  # lines of text above the end of a page searched for its end marker

_NOT_TITLE: Final = frozenset({"date", "byline", "dateline", "label", "caption", "chrome",
                               "source", "id", "short", "kicker", "rule", "meta"})  # fmt: skip
_STAMP_KINDS: Final = frozenset({"date", "byline", "label", "dateline", "meta"})
_OUT_OF_BODY: Final = frozenset(
    {"chrome", "rule", "related", "label", "date", "caption", "id", "dateline", "meta"}
)
_ATTRIBUTION_RE: Final = re.compile(
    r"وفقا[ًً]? لما (?:[أا]فادته|[أا]وردته|نقلته) (وكال[ةه] [^ـ\-–\n]{3,60}?)\s*[ـ\-–]+"
)
_TRAILING_SIGNATURE_RE: Final = re.compile(
    r"^(.*[.!؟?\"”»])\s+([^\s.]{2,12}(?: [^\s.]{1,6}){0,2})$"
)
_BARE_NAME_PUNCT_RE: Final = re.compile(r"[:،,.!؟?()«»\"|/]")
SECTION_LETTERS: Final = 4  # a section's name before a stamp: a word this long, not a particle
DATED_TITLE_WORDS: Final = 3  # a title that carries its date: its own words, at least
_TWICE_KINDS: Final = ("paragraph", "byline", "dateline", "short", "kicker")  # titles when twice
GLUED_LEAD_WORDS: Final = 6  # the lead's opening words that a glued headline runs on into
GLUED_LEAD_REACH: Final = 3  # lines below where the lead is printed again in full
STORY_DAY_PARAGRAPHS: Final = 3  # the story's paragraphs read for the day it calls today
COUNTER_BLOCK: Final = 2  # counters in a row above a date: the date is theirs
ECHO_WORDS: Final = 100  # the story's opening, whose words a headline repeats: about its lead
ECHO_MIN: Final = 2  # stems a headline shares with it to be "echoed"
ECHO_LEAD_WORDS: Final = 10  # a title line this long under a headline may be its lead
ECHO_MIN_STORY: Final = 30  # words of story needed to tell (a short one says nothing)
# a long line without punctuation or little words reads like a menu, but a menu's items are not
# what the story then tells: a line sharing this many stems with its opening is its headline
MENU_ECHO: Final = 4
GLUED_TITLE_WORDS: Final = 3  # the words of a title run on after a stamp, at least
GLUED_REACH: Final = 3  # lines under a line where its title may stand again, unglued
_STAMP_GLUE: Final = " -–—|:،,"  # what stands between a stamp and the title run on after it
NEAR_CHARS: Final = 240  # the text beside a date that its labels and separators stand in
SUMMARY_REACH: Final = 2  # lines under the first paragraph where a headline may stand
CLAUSES_WORDS, CLAUSES_COMMAS = 16, 2  # a line this long in this many clauses is prose
LEAD_VERB_WORDS: Final = 10  # a line this long opening with a lead's verb is a lead
BLOG_ARCHIVE_DAYS: Final = 31  # a month's archive: two posts within this many days
LIST_ITEMS: Final = 3  # date lines, each older than the one above: a listing newest first
FLAT_STAMP_WORDS: Final = 40  # a copy run into one line: its stamp stands among these words
GLUED_STAMP_WORDS: Final = 12  # a stamp glued to the story's first line: among these words


class Page:
    """One reading of one page's lines (made and used by ``read_page``)."""

    def __init__(
        self,
        lines: Sequence[Line],
        mentions: Sequence[DateMention],
        text: str,
        header: Header | None,
        story_only: bool = False,
        hints: Hints | None = None,
    ) -> None:
        self.hints = hints or Hints()  # what a web page's markup claims
        self.lines = lines
        self.mentions = mentions
        self.text = text
        self.header = header
        first = header.end if header is not None else 0
        counts: dict[str, int] = {}
        for x in lines:
            counts[_printed(x)] = counts.get(_printed(x), 0) + 1
        self.counts = counts  # a line printed twice or more (a headline) is not story text
        where: dict[str, list[int]] = {}
        for x in lines:
            if counts[_printed(x)] > 1:
                where.setdefault(x.folded, []).append(x.index)
        self.where = where
        paragraphs = [
            x.index
            for x in lines
            if x.kind == "paragraph" and x.index >= first and counts[_printed(x)] == 1
        ]
        # on an Arabic page, paragraphs in Latin letters above the Arabic text that speak as a
        # banner does (cookies, a trial, an official site's notice): not the story
        arabic = next((i for i in paragraphs if not lines[i].latin), None)
        if arabic is not None and all(
            phrases.BANNER_RE.search(lines[i].text) for i in paragraphs if i < arabic
        ):
            paragraphs = [i for i in paragraphs if i >= arabic]
        self.story = paragraphs[0] if paragraphs else len(lines)
        self.slot = self._header_headline()
        if self.slot is not None:  # the reference layout: the story follows its headline slot
            self.story = self.slot.index + 1
            paragraphs = [x.index for x in lines[self.story :]]
        if story_only:  # a corpus record's text: the story from its first line
            self.story = 0
            paragraphs = [x.index for x in lines]
        elif self.slot is None and len(paragraphs) > 1 and self.hints.titles:
            # one paragraph above the line a web page's markup names its title (a site's
            # notice, an affiliate disclaimer): the story starts under the title
            titled = next(
                (x.index for x in lines[self.story + 1 : paragraphs[1]]
                 if x.folded in self.hints.titles),
                None,
            )  # fmt: skip
            if titled is not None:
                paragraphs = paragraphs[1:]
                self.story = paragraphs[0]
        if self.slot is None and not story_only and len(paragraphs) > 1:
            # one paragraph above the page's footer (its copyright line), the story below it:
            # a site's description printed before the article, not the article
            footer = any(
                phrases.COPYRIGHT_RE.search(x.folded) for x in lines[self.story + 1 : paragraphs[1]]
            )
            if footer:
                paragraphs = paragraphs[1:]
                self.story = paragraphs[0]
        if self.slot is None and not story_only and paragraphs:
            # a forum's first post, its title after the post icon's text (افتراضي TITLE) below
            # paragraphs of the forum's own (its section's description): the story under it
            icon = next((x.index for x in lines if x.text.startswith(_POST_ICON)), None)
            if icon is not None and icon > self.story and phrases.POST_ICON_RE.match(
                lines[icon].text
            ):
                paragraphs = [i for i in paragraphs if i > icon]
                self.story = paragraphs[0] if paragraphs else len(lines)
        self.sentence_title: Line | None = None
        if self.slot is None and not story_only and len(paragraphs) > 1:
            # the copy opens with a short sentence, then a stamp, a byline or a dateline, then
            # the story, and nothing above it: a title written as a sentence (``بلاغ المجلس
            # ... المنعقد يوم الثلاثاء 27 يوليوز 2021.`` / ``28 يوليوز, 2021`` / STORY)
            top = lines[self.story]
            between = lines[self.story + 1 : paragraphs[1]]
            if (
                not any(has_letters(x.text) for x in lines[: self.story])
                and _sentence_title(top)
                and any(x.kind in _CREDIT_KINDS for x in between)
                and all(x.kind in _CREDIT_KINDS or not has_letters(x.text)
                        or (x.kind == "title" and x.words <= SITE_HEAD_WORDS) for x in between)
            ):  # fmt: skip
                self.sentence_title = top
                paragraphs = paragraphs[1:]
                self.story = paragraphs[0]
        # one paragraph under a breaking-news label (عاجل): the ticker's item, not the story
        under_breaking = self.story > 0 and phrases.BREAKING_RE.match(lines[self.story - 1].folded)
        if self.slot is None and not story_only and paragraphs and under_breaking:
            paragraphs = paragraphs[1:]
            self.story = paragraphs[0] if paragraphs else len(lines)
        self.second = paragraphs[1] if len(paragraphs) > 1 else len(lines)
        self.last_paragraph = paragraphs[-1] if paragraphs else -1
        # a heading of other articles standing alone ends the page (teasers may follow it);
        # with a title after it (اقرأ أيضا: ...) it is a link in the story, left out alone,
        # unless it comes after the last paragraph
        self.tail = next(
            (x.index for x in lines[self.story :]
             if x.kind == "related"
             and (x.index > self.last_paragraph or _heading_alone(x))),
            len(lines),
        )  # fmt: skip
        if self.tail < len(lines):
            paragraphs = [p for p in paragraphs if p < self.tail]
            self.last_paragraph = paragraphs[-1] if paragraphs else -1
        end = next((x.index for x in lines[self.story : self.tail] if x.kind == "end"), None)
        self.end = end
        self.names = frozenset() if story_only else _site_names(lines)  # a record has no page
        # asked once per date mention, answered once per line: a line may hold many mentions
        self._between: dict[tuple[int, int], bool] = {}
        self._near: dict[int, bool] = {}
        self._elsewhere: dict[str, bool] = {}

    # --- the headline -----------------------------------------------------------------------

    def headline(self) -> Choice:
        lines, story = self.lines, self.story
        seen = self.counts
        slot = self.slot
        taken: set[str] = set()
        first_title = next(
            (x.index for x in lines[:story] if x.kind == "title" or _dated_title(x)), None
        )
        chosen: list[tuple[Line, bool, bool, bool]] = []
        glued, flat = self._glued_title(), self._flat_title()
        echoed = self._echoed_menus()
        for x in [*map(_icon_cut, lines[:story]), *self._under_summary(), *glued, *flat]:
            twice = seen.get(_printed(x), 1) > 1 and x.kind in _TWICE_KINDS
            title = (
                x.kind == "title"
                or (twice and x.kind != "short")
                or x is slot
                or _dated_title(x)
                or x in glued
                or x in flat
                or x in echoed
                or self._dated_short(x)
                or (first_title is None and self._echoed_short(x))
                or x is self.sentence_title
            )
            two = twice and x.kind == "short" and x.words == 2 and x is not slot
            marked = x.folded in self.hints.titles  # a web page's <h1>, og:title, JSON-LD
            if not (title or two or marked) or x.folded in taken or not has_letters(x.text):
                continue
            taken.add(x.folded)
            chosen.append((x, title, two, marked))
        # what follows each line up to the story, what precedes it in a list, and which lines
        # print a candidate again as a page title: each read once for the whole page
        below = _Below(lines, story)
        titled = _titled_keys(lines[:story], taken) if chosen else frozenset()
        titled |= _glued_again(lines[:story]) if chosen else frozenset()
        runs = _Runs(lines, seen) if chosen else None
        writers = self._writers() if chosen else frozenset()
        opening = self._opening() if chosen else None
        candidates: list[Candidate[Line]] = []
        head = self.list_head if chosen else None  # a listing's first item heads the page
        for x, title, _two, marked in chosen:
            c = evidence.headline_candidate(x, x.text, x.number)
            i = x.index
            before = lines[i - 1] if i > 0 else None
            c.add("header-slot", slot is not None and slot.index == i)
            c.add(
                "title-words",
                title and not x.text.endswith((":", "：")) and x.words <= TITLE_WORDS_MAX,
            )
            c.add("first-line", i == 0)
            c.add("first-title", i == first_title)
            # a short title between a date line and the story is a post's (not a list of tags:
            # عمان,الاردن,)
            framed = (
                before is not None and before.kind == "date" and story < len(lines)
                and below.only_not_titles(x) and not _LIST_MARKS_RE.search(x.text)
            )  # fmt: skip
            c.add("few-words", x.words <= 3 and seen.get(_printed(x), 1) == 1 and not framed)
            after = lines[i + 1] if i + 1 < len(lines) else None
            c.add("name", (phrases.HONORIFIC_RE.match(x.folded) is not None
                           and not _quoted_statement(x.text)) or x.folded in writers)
            # a forum's poster over the post's stamp (NAME / 06-25-2012, 01:03 AM)
            c.add("poster", after is not None and forum_stamp(after.text.strip()))
            c.add("title-label", phrases.TITLE_LABEL_RE.match(x.text) is not None)
            c.add("printed-twice", self._twice_near(x) or x.folded in titled)
            c.add("printed-often", seen.get(_printed(x), 1) >= PRINTED_OFTEN)
            c.add("before-story", story < len(lines) and below.only_not_titles(x))
            following = below.following(x)
            stamp_after = following is not None and following.kind in _STAMP_KINDS
            c.add("before-date", stamp_after)
            c.add("after-date", before is not None and before.kind == "date")
            c.add("list-head-title", before is not None and head is not None
                  and before.number == head.line)  # fmt: skip
            c.add("kicker-above", before is not None and before.kind == "kicker"
                  and before.words <= KICKER_WORDS)  # fmt: skip
            c.add("long", x.words > LONG_HEADLINE)
            c.add("standfirst", x.words > LONG_HEADLINE and any(
                y.index < i and y.words <= LONG_HEADLINE and t for y, t, _, _ in chosen))
            c.add("sentence", _full_stop(x.text))
            c.add("lead", x.kind == "paragraph" and _full_stop(x.text)
                  and _commas(x.text) >= CLAUSES_COMMAS)  # fmt: skip
            c.add("clauses", x.words >= CLAUSES_WORDS and _commas(x.text) >= CLAUSES_COMMAS)
            c.add("lead-verb", x.words >= LEAD_VERB_WORDS and phrases.lead_verb(x.folded))
            c.add("discourse", phrases.discourse_opening(x.folded))
            c.add("in-list", runs is not None and runs.in_list(i))
            c.add("runs-on", phrases.RUNS_ON_RE.search(x.folded) is not None)
            # a bullet with a bulleted line beside it: an item of a list (a lone one decorates)
            beside = lines[max(0, i - 1) : i + 2]
            c.add("bullet", bullet(x) and (any(bullet(y) for y in beside if y is not x)
                                           or x.text.lstrip().startswith(ROUND_BULLETS)))
            c.add("numbered", _NUMBERED_RE.match(x.text) is not None)
            c.add("site-name", self._site_name(x))
            c.add("address", _ADDRESS_RE.search(x.text) is not None)
            staff_above = before is not None and phrases.STAFF_RE.search(before.folded) is not None
            c.add("furniture", furniture(x) or _trail(x.text)
                  or (staff_above and x.words <= FURNITURE_NAME_WORDS)
                  or (x.latin and phrases.BANNER_RE.search(x.text) is not None))  # fmt: skip
            c.add("latin", x.latin)
            c.add("greeting", phrases.GREETING_RE.match(x.folded) is not None)
            c.add("post-title", phrases.POST_ICON_RE.match(x.text) is not None)
            c.add("interface", interface_line(x.text))
            c.add("page-title", len(phrases.TITLE_PARTS_RE.findall(x.text)) >= PAGE_TITLE_PARTS)
            c.add("markup-title", marked)
            c.add("glued-lead", x in glued)
            c.add("flat-title", x in flat)
            if opening is not None:
                # the line under it, a title as long as a sentence, is the lead without its full
                # stop (HEADLINE / ألف مبروك لمنتخبنا ... / story): its words count as the opening's
                under = lines[i + 1] if i + 1 < story else None
                if under is not None and under.kind == "title" and under.words >= ECHO_LEAD_WORDS:
                    shared = len(stems(x.folded) & (opening | stems(under.folded)))
                else:
                    shared = len(stems(x.folded) & opening)
                c.add("echoed", shared >= ECHO_MIN)
                c.add("unechoed", shared == 0)
                # only a person's name (names: newsctl/data/names.tsv) that the story does not
                # speak of: its writer's, printed alone (a name the story tells is its subject)
                c.add("name", shared == 0 and person_name(x.folded))
            candidates.append(c)
        return evidence.choose("headline", candidates, evidence.HEADLINE_THRESHOLD)

    def _echoed_menus(self) -> list[Line]:
        """Lines above the story that read like a menu (lines.menu: many words, no punctuation,
        at most one little word) but whose words the story's opening tells again (MENU_ECHO): a
        long headline without the little words, not a row of links."""
        found = [
            x
            for x in self.lines[: self.story]
            if x.kind == "chrome" and x.words <= TITLE_WORDS_MAX and menu(x.folded, x.words)
        ]
        opening = self._opening() if found else None
        if opening is None:
            return []
        return [x for x in found if len(stems(x.folded) & opening) >= MENU_ECHO]

    def _echoed_short(self, x: Line) -> bool:
        """A title of two words above the story whose words the story's opening tells again
        (حفل تخرج over a story about a graduation), on a page with no longer title above it: a
        title, not a menu's link (one word alone is a section's or a place's name)."""
        if x.kind != "short" or x.words != 2 or not has_letters(x.text):
            return False
        opening = self._opening()
        own = stems(x.folded)
        return opening is not None and bool(own) and own <= opening

    def _dated_short(self, x: Line) -> bool:
        """A short title (one or two words) between the page's date line and the story, as blogs
        print a post (DATE / TITLE / STORY): a title, not a label."""
        i = x.index
        return (
            x.kind == "short"
            and 0 < i == self.story - 1
            and self.lines[i - 1].kind == "date"
        )

    def _opening(self) -> frozenset[str] | None:
        """The stems of the story's opening (its first ECHO_WORDS words of prose), which a
        headline repeats; None when the story is too short to tell (ECHO_MIN_STORY)."""
        words: list[str] = []
        for x in self.lines[self.story : self.tail]:
            if x.kind == "paragraph":
                words.extend(x.folded.split())
                if len(words) >= ECHO_WORDS:
                    break
        if len(words) < ECHO_MIN_STORY:
            return None
        return stems(" ".join(words[:ECHO_WORDS]))

    def _glued_title(self) -> list[Line]:
        """The story's first line when a copy glued the headline to the lead's opening words
        (``HEADLINE LEAD...``, the lead printed again in full below): the words before the lead
        are a title, as a line of their own."""
        lines, story = self.lines, self.story
        if self.slot is not None or story >= len(lines) - 1:
            return []
        first = lines[story]
        words = first.text.split()
        for x in lines[story + 1 : story + 1 + GLUED_LEAD_REACH]:
            opening = x.text.split()[:GLUED_LEAD_WORDS]
            if x.kind != "paragraph" or len(opening) < GLUED_LEAD_WORDS:
                continue
            for k in range(GLUED_TITLE_WORDS, min(len(words), LONG_HEADLINE) + 1):
                if words[k : k + GLUED_LEAD_WORDS] == opening:
                    text = " ".join(words[:k])
                    place = Place(first.index, first.number, text, fold_key(text), first.start)
                    return [Line(place)]
        return []

    def _flat_title(self) -> list[Line]:
        """A copy run into one line (a search hit, a listing): the words before its stamp
        (_flat_stamp) are its title, as a line of their own (``TITLE 23 نوفمبر 2020 STORY``)."""
        flat = self._flat_stamp()
        if flat is None:
            return []
        line = self.lines[0]
        text = line.text[: flat.start - line.start].rstrip(_STAMP_GLUE)
        if not GLUED_TITLE_WORDS <= len(text.split()) <= TITLE_WORDS_MAX or is_paragraph(text):
            return []  # prose before the stamp (two sentences, a long one): a story, no title
        return [Line(Place(line.index, line.number, text, fold_key(text), line.start))]

    def _writers(self) -> frozenset[str]:
        """The folded names that the byline lines above the story give (``بقلم: NAME``): the
        same name on a line of its own is the writer's, not a title."""
        found = set()
        for x in self.lines[: self.story]:
            if x.kind != "byline":
                continue
            m = phrases.byline_match(x.folded)
            name = None if m is None else m.group(1).strip(" :：-/ـ")
            if name:
                found.add(" ".join(name.split()))
        return frozenset(found)

    def _under_summary(self) -> list[Line]:
        """A title right under the story's first paragraph with its stamp below it: the page opens
        with a summary above its headline (``SUMMARY`` / ``HEADLINE`` / ``- SITE`` / ``- DATE``)."""
        lines, story = self.lines, self.story
        if self.slot is not None or story + 1 >= min(self.tail, len(lines)):
            return []
        x = lines[story + 1]
        if x.kind == "date" and story + 2 < min(self.tail, len(lines)):
            # SUMMARY / DATE / HEADLINE / STORY: the stamp stands over it
            y = lines[story + 2]
            return [y] if y.kind == "title" and not y.text.endswith(".") else []
        if x.kind != "title" or x.text.endswith("."):
            return []
        below = lines[x.index + 1 : x.index + 1 + SUMMARY_REACH]
        return [x] if any(y.kind in _STAMP_KINDS for y in below) else []

    def _header_headline(self) -> Line | None:
        """The headline slot after a reference header: the line after the kicker."""
        if self.header is None or self.header.end >= len(self.lines):
            return None
        i = self.header.end
        if self.lines[i].kind == "kicker" and i + 1 < len(self.lines):
            i += 1
        x = self.lines[i]
        # a title, or a short one of a word at least (a stray letter, پ, fills no slot)
        letters = sum(c.isalpha() for c in x.text)
        return x if x.kind in ("title", "short") and letters >= SLOT_LETTERS else None

    def _twice_near(self, line: Line) -> bool:
        """Printed again close by, as a headline is (a site's slogan comes back at the foot)."""
        return any(
            j != line.index
            and abs(j - line.index) <= TWICE_NEAR
            and not any(
                x.kind == "paragraph" and x.folded != line.folded
                for x in self.lines[min(j, line.index) + 1 : max(j, line.index)]
            )
            for j in self.where.get(line.folded, ())
        )

    def outlet_opening(self, lead: str) -> str | None:
        """The outlet's own name opening the lead before a colon or a bar (مرآة البحرين: أعلنت
        ..., الوقائع الإخبارية : - قال ...): its credit, when the name is the site's or a known
        outlet's (a speaker before a colon is neither)."""
        m = _OUTLET_OPENING_RE.match(lead)
        if m is None:
            return None
        key = fold_key(m.group(1))
        known = (
            key in self.names
            or key in self.hints.sites
            or key in outlets()
            or phrases.OUTLET_RE.search(" " + key) is not None
        )
        return m.group(1) if known else None

    def short_lines(self, head: Line) -> frozenset[str]:
        """The short lines of the page's top above the story, but the headline's own line:
        names a browser's title may end with (``HEADLINE - ويكي منيا`` under ``ويكي منيا``)."""
        return frozenset(
            x.folded for x in self.lines[: self.story]
            if x is not head and x.words <= SITE_NAME_WORDS and x.kind in ("title", "short")
        )  # fmt: skip

    def _site_name(self, line: Line) -> bool:
        key = line.folded.rstrip(_STAMP_GLUE)  # a credit over the story: زاد الاردن الاخباري -
        if key in self.names or key in self.hints.sites:  # HEADLINE - SITE in the page's title
            return True
        if line.words <= phrases.OUTLET_WORDS and key in outlets():  # a known outlet's name
            return True
        if line.words <= phrases.ORGANIZATION_WORDS and phrases.ORGANIZATION_RE.match(key):
            return True
        dated = any(m.date is not None for m in line.mentions)  # a bulletin's title, dated
        if line.words <= phrases.OUTLET_WORDS and not dated and phrases.OUTLET_RE.search(" " + key):
            return True
        parts = [p.strip() for p in phrases.TITLE_PARTS_RE.split(key)]
        if len(parts) >= PAGE_TITLE_PARTS + 1 and parts[0] == parts[-1]:
            return True  # a home page's title: SITE - SLOGAN | SITE
        head = key.split(":", 1)[0].strip() if ":" in key else ""
        return bool(head) and head in self.names

    # --- the dates --------------------------------------------------------------------------

    def dates(self, headline: int | None) -> tuple[Choice, Choice]:
        """The publication date and the update, each chosen among the page's dates."""
        published: list[Candidate[DateMention]] = []
        updated: list[Candidate[DateMention]] = []
        flat = self._flat_stamp() or self._glued_stamp()
        head = self.list_head
        day = self._story_day()
        for x in self.lines:
            for group in _groups(x.mentions, self.text):
                main = rules.primary(group)
                if main.kind == "time":
                    dated = self._updated_at(x, main)
                    if dated is not None:  # DATE، آخر تحديث 02:21 (GMT+0400)
                        u = Candidate(dated, main.text, x.number, table=UPDATE_SIGNALS)
                        u.add("update-label")
                        updated.append(u)
                    continue
                if main.date is None and not main.error and not main.partial:
                    continue
                c = evidence.date_candidate(_story_order(main, day), main.text, x.number)
                self._date_signals(c, x, group, headline, flat is main, head is main)
                if "update-label" in c.signals:
                    u = Candidate(main, main.text, x.number, table=UPDATE_SIGNALS)
                    u.add("update-label")
                    u.add("page-list", "page-list" in c.signals)
                    u.add("in-story", "in-story" in c.signals)
                    updated.append(u)
                published.append(c)
        for c in published:  # a listing, newest first: its first item's date is the page's
            c.add("list-head", head is not None and c.item is head)
        published.extend(self._markup_dates(published))
        wire_dates = [c.item.date for c in published if "wire-dateline" in c.signals]
        for c in published:  # the story's own dateline names another date: not this one
            unlabelled = not {"label", "header-slot", "issue"} & set(c.signals)
            far = c.item.date is not None and all(
                d is not None and abs((c.item.date - d).days) > DATELINE_SLACK for d in wire_dates
            )
            c.add("dateline-disagrees", unlabelled and "above-story" in c.signals
                  and bool(wire_dates) and far)  # fmt: skip
        for c in published:  # the story calls its day today or yesterday: أعلن اليوم الخميس
            if day is not None and c.item.date is not None:
                weekday = c.item.date.weekday()
                c.add("story-day", weekday == day)
                # a day later is the next morning's paper, or a stamp after midnight
                c.add("story-day-disagrees", weekday not in (day, (day + 1) % 7))
        return (
            evidence.choose("published", published, evidence.DATE_THRESHOLD, last=True,
                            updated=frozenset(u.item.date for u in updated)),
            evidence.choose("updated", updated, evidence.UPDATE_THRESHOLD),
        )

    def _updated_at(self, x: Line, time: DateMention) -> DateMention | None:
        """A time alone after an update label, on a line whose stamp gives the day before it
        (``الأحد، 04 آب 2013، آخر تحديث 02:21 (GMT+0400)``): the update, that day at that
        time; None for any other time."""
        day = next((m for m in x.mentions if m.date is not None and m.kind != "time"
                    and m.end <= time.start), None)  # fmt: skip
        if day is None or x.kind != "date":
            return None
        before = fold_key(self.text[max(day.end, time.start - NEAR_CHARS) : time.start])
        if phrases.UPDATE_LABEL_RE.search(before) is None:
            return None
        return time._replace(date=day.date, calendar=day.calendar, kind="date")

    @functools.cached_property
    def related_above(self) -> frozenset[int]:
        """The lines under a heading of other articles above the story (a forum's "latest
        topics", a sidebar's "most read"), down to the next paragraph, when LIST_ITEMS of them
        or more hold a whole date: a list of dated items, not the article."""
        found: set[int] = set()
        run: list[Line] | None = None
        for x in [*self.lines[: self.story], None]:
            if run is not None and (x is None or x.kind in ("related", "paragraph")):
                if sum(y.dated for y in run) >= LIST_ITEMS:  # dated items: a list
                    found.update(y.index for y in run)
                run = None
            if x is not None and x.kind == "related":
                run = []
            elif x is not None and run is not None:
                run.append(x)
        return frozenset(found)

    @functools.cached_property
    def labelled_stamps(self) -> tuple[int, ...]:
        """The date lines whose first date follows a publication label (نشر في, Published on)."""
        return tuple(
            x.index for x in self.lines
            if x.kind == "date" and x.mentions
            and phrases.STRONG_LABEL_RE.search(
                fold_key(x.text[: max(0, x.mentions[0].start - x.start)])) is not None
        )  # fmt: skip

    @functools.cached_property
    def list_head(self) -> DateMention | None:
        """The first item's date of a listing newest first (``_list_head``), found once."""
        return self._list_head()

    def _list_head(self) -> DateMention | None:
        """A listing newest first (an archive, a category page, a blog's posts): LIST_ITEMS date
        lines or more whose dates fall one after another, each older than the one above; the
        first item's date, which such a page is dated by. None for any other page."""
        firsts: list[DateMention] = []
        shapes: list[str] = []
        for x in self.lines:
            if x.kind != "date" or x.index in self.related_above:  # other articles' list
                continue
            first = next((m for m in x.mentions if m.date is not None and m.kind != "time"), None)
            if first is not None:
                firsts.append(first)
                shapes.append(_shape(x.text) if x.index == 0 or firsts[1:] else "")
        days = [m.date for m in firsts]
        # two date lines of one shape, the first opening the copy, within a month of each other:
        # a blog's archive of two posts (DATE / TITLE / ... / DATE / TITLE), not a site's clock
        # over a stamp (a clock is the day of the visit, months or years after the article)
        blog = (
            len(shapes) == 2
            and shapes[0] == shapes[1] != ""
            and days[0] is not None
            and days[1] is not None
            and 0 < (days[0] - days[1]).days <= BLOG_ARCHIVE_DAYS
        )
        if (len(days) < LIST_ITEMS and not blog) or any(
            a is None or b is None or a <= b for a, b in pairwise(days)
        ):
            return None
        return firsts[0]

    def _flat_stamp(self) -> DateMention | None:
        """A copy run into one line (its line breaks lost) keeps no place apart for its stamp:
        its first whole date, among its first FLAT_STAMP_WORDS words and not after a particle
        of a sentence, stands where a stamp does (under the title), not in a story; None for
        any other page."""
        if len(self.lines) != 1:
            return None
        x = self.lines[0]
        first = next((m for m in x.mentions if m.date is not None and m.kind != "time"), None)
        if first is None:
            return None
        before = fold_key(x.text[: first.start - x.start]).split()
        in_sentence = bool(before) and before[-1] in phrases.SENTENCE_PARTICLES
        if len(before) > FLAT_STAMP_WORDS or in_sentence:
            return None  # deep in the run, or in a sentence (... في 12/08/2014)
        return first

    def _glued_stamp(self) -> DateMention | None:
        """A stamp glued to the story's first line, its title and writer before it (``TITLE
        NAME Sun, 09/21/2025 - 06:00 STORY``): a whole date with its time among the line's first
        GLUED_STAMP_WORDS words, not after a comma or a particle of a sentence, stands where a
        stamp does, not in the story; None for any other page."""
        if self.story >= len(self.lines) or self.slot is not None:
            return None
        x = self.lines[self.story]
        first = next((m for m in x.mentions if m.date is not None and m.kind != "time"), None)
        if first is None or first.time is None:
            return None
        opening = x.text[: first.start - x.start]
        before = fold_key(opening).split()
        if not before or len(before) > GLUED_STAMP_WORDS or any(c in opening for c in "،,"):
            return None  # a comma before it: a sentence's clause (احتضنت مدينة خريبكة، يوم ...)
        return None if before[-1] in phrases.SENTENCE_PARTICLES else first

    def _dated_elsewhere(self, title: str) -> bool:
        """Whether a whole date stands on the page outside the headline's lines: a date in the
        headline is then what the story is about; alone on the page, a bulletin's or a
        statement's title carries its own day (موجز 7/12/2012)."""
        known = self._elsewhere.get(title)
        if known is None:
            known = self._elsewhere[title] = any(
                m.date is not None and m.kind != "time"
                for x in self.lines if x.folded != title for m in x.mentions
            )  # fmt: skip
        return known

    def _story_day(self) -> int | None:
        """The weekday the story was written on, by the day its first paragraphs call today,
        yesterday or tomorrow (phrases.story_weekday); None when they name none."""
        paragraphs = [x for x in self.lines[self.story : self.tail] if x.kind == "paragraph"]
        opening = " ".join(x.folded for x in paragraphs[:STORY_DAY_PARAGRAPHS])
        return phrases.story_weekday(opening)

    def _markup_dates(
        self, published: list[Candidate[DateMention]]
    ) -> list[Candidate[DateMention]]:
        """The markup's publication date: evidence for the text's dates of that day, or a
        candidate of its own when the visible text has none (a page with dates in JSON-LD only)."""
        claimed = self.hints.published_dates()
        if not claimed:
            return []
        for c in published:
            c.add("markup-date", c.item.date in claimed)
        if any("markup-date" in c.signals for c in published):
            return []
        m, _ = self.hints.published[0]
        c = evidence.date_candidate(m, m.text, 0)
        c.add("markup")
        c.add("time", m.time is not None)
        c.add("zone", m.offset is not None or m.zone is not None)
        return [c]

    def _date_signals(
        self,
        c: Candidate[DateMention],
        x: Line,
        group: Sequence[DateMention],
        headline: int | None,
        flat: bool,
        list_head: bool,
    ) -> None:
        """``flat``: the stamp of a copy run into one line (_flat_stamp); ``list_head``: the first
        item's date of a listing newest first (_list_head), whose place at the top is its own."""
        m, i = c.item, x.index
        offset = max(0, m.start - x.start)  # what stands before it on its line, near it
        before = fold_key(x.text[max(0, offset - NEAR_CHARS) : offset])
        previous = self.lines[i - 1] if i > 0 else None
        label_above = previous is not None and previous.kind == "label"
        opening = offset <= NEAR_CHARS and len(before.split()) <= LABEL_OPENS_WORDS + 3
        prose = x.kind != "date" and (not opening or x.text[-8:].rstrip().endswith("."))
        update = (
            phrases.UPDATE_LABEL_RE.search(before) is not None
            or (x.words <= phrases.UPDATE_LINE_WORDS  # its first date only: Updated D1 Original D2
                and phrases.UPDATE_OPENS_RE.match(x.folded) is not None
                and _first_dated(x, m))
            or (opening and phrases.UPDATE_WORDS_RE.search(before) is not None)
            or (label_above and phrases.UPDATE_LABEL_RE.search(previous.folded) is not None)  # type: ignore[union-attr]
        )
        # a weak label opening a paragraph is a sentence's (بتاريخ 15 يونيو 2006 أصدرت ...)
        weak_in_prose = x.kind == "paragraph"
        issued = phrases.ISSUED_RE.search(before) is not None  # القرار الصادر بتاريخ ...
        labelled = not update and not issued and (
            phrases.STRONG_LABEL_RE.search(before) is not None
            or (not prose and not weak_in_prose
                and phrases.PUBLISH_LABEL_RE.search(before) is not None)
            or (opening and not weak_in_prose
                and phrases.PUBLISH_LABEL_RE.fullmatch(before.strip()) is not None)
            or (label_above and x.kind != "paragraph")
        )  # fmt: skip
        says_published = (
            not update and not labelled and x.words <= PUBLISHED_LINE_WORDS
            and phrases.PUBLISHED_WORD_RE.search(before) is not None
        )  # fmt: skip
        header_date = self.header is not None and self.header.date_index == i
        after = x.text[max(0, m.end - x.start) : max(0, m.end - x.start) + NEAR_CHARS]
        # a dual date (Hijri then Gregorian) reads as one: its words before and after
        same = [g for g in group if g.line == m.line] or [m]
        lead = max(0, min(g.start for g in same) - x.start)
        tail = max(0, max(g.end for g in same) - x.start)
        wire = (
            i == self.story
            and offset <= NEAR_CHARS
            and (
                (not before.strip(" -–|:،,") and x.words > 1)  # a stamp run into the story
                or (  # after the section's name: منوعات السبت 30-3-2013 (not حضرت يوم السبت
                    # 7 ديسمبر 2019م ندوة ...: "on the day" opens a sentence's adverb)
                    _section_before(before)
                    and not x.folded[offset:].startswith(phrases.ADVERB_DAY_OPENINGS)
                )
                or _glued_place(before)  # رام الله_18/2/2025 شارك ...: a place glued to it
                or (  # a dash between city and agency is not a word: كييف – سانا في 1 ...-
                    sum(has_letters(w) for w in before.split()) <= WIRE_WORDS
                    and phrases.WIRE_AFTER_RE.match(after) is not None
                )
                or (  # city, date, then the agency's code without punctuation: جدة ... م واس
                    lead <= NEAR_CHARS
                    and len(x.text[:lead].split()) <= WIRE_WORDS
                    and agency_after(x.text[tail : tail + NEAR_CHARS])
                )
                or (  # the date, then the city and the agency (الإثنين 12 شعبان 1438 الموافق
                    # 08-05-2017 مقديشو (صوت الصومال) ــ أنهى ...): a dateline written date first
                    lead <= NEAR_CHARS
                    and len(x.text[:lead].split()) <= WIRE_WORDS
                    and find_dateline(x.text[tail:]) is not None
                )
                or _in_dateline(x.text, m.end - x.start)  # الدوحة – (قنا:16/11/2013):
                or (  # city, then a dual date, Hijri and Gregorian (بريدة 09 ربيع الأول 1447
                    # هـ الموافق 31 أغسطس 2025 م أقام ...): a dispatch's dateline, no agency named
                    lead <= NEAR_CHARS
                    and len({g.calendar for g in same}) > 1
                    and _place_before(x.text[:lead])
                )
            )
        )
        # a dispatch under its wire dateline that calls its date today (جدة (يونا) – عقد
        # المجلس ... اليوم الخميس 22 يناير 2026): the day it was filed
        wire = wire or (
            i == self.story
            and m.date is not None
            and phrases.TODAY_RE.search(before) is not None
            and find_dateline(x.text) is not None
        )
        above_headline = headline is None or i < headline
        c.add("header-slot", header_date)
        c.add("update-label", update)
        c.add("label", labelled and x.kind != "caption")  # a caption's label dates its photo
        c.add("published-word", says_published)
        c.add("issued", issued)
        joined_above = label_above or (previous is not None and previous.words <= 4)
        joined = phrases.JOINED_LABEL_RE.search(before) is not None or (
            joined_above
            and previous is not None
            and phrases.JOINED_LABEL_RE.search(previous.folded) is not None
        )
        c.add("joined", joined)
        c.add("issue", x.kind == "date" and i < self.story
              and phrases.ISSUE_RE.search(x.folded) is not None)  # fmt: skip
        c.add("in-headline", headline is not None and self.lines[headline].folded == x.folded
              and phrases.OWN_DAY_RE.search(before) is None and not flat
              and (self._dated_elsewhere(x.folded) or _in_sentence(before)))  # fmt: skip
        c.add("caption", x.kind == "caption")
        c.add("today-label", phrases.TODAY_LABEL_RE.search(before) is not None)
        c.add("day-span", phrases.DAY_SPAN_RE.search(before) is not None)
        c.add("full-date", m.date is not None)
        c.add("partial", m.partial)
        c.add("relative", m.relative)
        c.add("date-line", x.kind == "date")
        c.add("near-headline", headline is not None and abs(i - headline) <= NEAR_HEADLINE
              and (i > headline or self._nothing_between(i, headline)))  # fmt: skip
        c.add("above-story", i < self.story or flat)
        c.add("below-headline", headline is not None and headline < i < self.story)
        c.add("wire-dateline", wire)
        # between paragraphs (past the first two, which may be a summary over its stamp)
        between = self.second <= i <= self.last_paragraph
        in_story = between or (self.story <= i < self.tail and x.kind not in ("date", "label"))
        c.add("in-story", in_story and not wire and not labelled and not flat
              and not (says_published and x.kind == "date"))  # fmt: skip
        c.add("below-story", i > self.last_paragraph >= 0 and not in_story)
        after_end = self.end is not None and i > self.end
        listed = bullet(x) and x.kind != "date"
        # under a block of a site's counters (... / أكثر عدد زيارات كان : 216057 / في تاريخ : ...):
        # their record's day (one line of a label and a number alone may be the article's id)
        counted = i >= COUNTER_BLOCK and all(
            counter(y.text, y.words) for y in self.lines[i - COUNTER_BLOCK : i]
        )
        # the page's one labelled stamp, on a line of its own under the story (First Published
        # on DATE, نشر في DATE at the article's foot, past a box of related links): its own
        sole = labelled and x.kind == "date" and self.labelled_stamps == (i,)
        c.add("page-list", (i >= self.tail and not sole) or x.kind in ("chrome", "related")
              or after_end or listed or counted or i in self.related_above)  # fmt: skip
        top = (
            i < TOP_LINES and headline is not None and i < headline and not list_head
            and not labelled and not header_date
            and (not self._nothing_between(i, headline) or self._stamp_below(headline))
        )  # fmt: skip
        c.add("top-of-page", top)
        # a date line that opens with a place (فيينا / السبت 14 . 02 . 2026): a dateline's stamp,
        # not the site's clock beside its name
        placed = x.kind == "date" and place_opening(x.text) is not None
        c.add("furniture", above_headline and i < self.story and not labelled
              and not header_date and not placed and self._furniture_near(i))  # fmt: skip
        clock = m if m.time is not None else rules.clock_for(m, self.mentions, self.text)
        c.add("time", clock is not None)
        c.add("zone", m.zone is not None or m.offset is not None)
        weekday = next((g.weekday for g in group if g.weekday is not None), None)
        if weekday is None and self.header is not None and self.header.weekday is not None:
            weekday = weekday_of(self.header.weekday)
        c.add("either-order", weekday is None and _either_order(m))
        if m.date is not None and weekday is not None:
            # a site's clock above everything prints the right weekday: no evidence there
            c.add("weekday-agrees", weekday == m.date.weekday() and not top)
            c.add("weekday-disagrees", weekday != m.date.weekday())

    def _stamp_below(self, headline: int) -> bool:
        """A date line stands between the headline and the story: the article's stamp is there,
        and a date heading the page is the site's clock."""
        return any(x.kind == "date" for x in self.lines[headline + 1 : self.story])

    def _nothing_between(self, i: int, headline: int) -> bool:
        """Nothing of the page between a date above the headline and the headline: no other
        title, no furniture, no site name, no link of the site's menu (اتصل بنا)."""
        known = self._between.get((i, headline))
        if known is None:
            known = self._between[i, headline] = self._look_between(i, headline)
        return known

    def _look_between(self, i: int, headline: int) -> bool:
        return not any(
            x.kind == "title"
            or (x.kind == "chrome" and has_letters(x.text))
            or (x.kind == "short" and interface_line(x.text))
            or self._site_name(x)
            or furniture(x)
            for x in self.lines[i + 1 : headline]
            if x.folded != self.lines[headline].folded
        )

    def _furniture_near(self, i: int) -> bool:
        known = self._near.get(i)
        if known is None:
            known = self._near[i] = self._look_near(i)
        return known

    def _look_near(self, i: int) -> bool:
        for x in self.lines[max(0, i - FURNITURE_NEAR) : i + FURNITURE_NEAR + 1]:
            if x.index == i:
                continue
            if furniture(x) or self._site_name(x):
                return True
        return False

    # --- the rest, by position ----------------------------------------------------------------

    def body(self, headline: Line | None) -> tuple[list[str], str | None]:
        """The story's paragraphs (lead first), and the end marker."""
        stop = self.tail if self.end is None else self.end
        end_marker = self.lines[self.end].text if self.end is not None else None
        start = self.story
        if start >= len(self.lines) and headline is not None:
            # no paragraph-like line: what follows the headline (and its date) is the body
            start = headline.index + 1
        if end_marker is None and start <= self.last_paragraph < stop:
            # the story ends with its last paragraph and the sentences after it: the lines that
            # follow and end no sentence (other headlines, tags, share counts, a footer) are the
            # page around it
            cut = self.last_paragraph + 1
            while cut < stop and (
                self.lines[cut].kind in _OUT_OF_BODY
                or self.lines[cut].text.rstrip().endswith(SENTENCE_END)
            ):
                cut += 1
            stop = cut
        region = _before_gap(list(self.lines[start:stop]))
        if end_marker is None:  # an agency signing off on the last line: سبأ, فرانس24/ أ ف ب
            for x in [*reversed(region[-END_SEARCH:]), *region[1:-END_SEARCH]]:
                if x.words <= 4 and agency_signature(x.folded):
                    end_marker = x.text
                    region = region[: region.index(x)]
                    break
        kept = [x for x in region if x.kind not in _OUT_OF_BODY]
        texts = [x.text for x in kept if x.kind != "source" and x.kind != "byline"]
        if texts and headline is not None and texts[0] == headline.text:
            texts = texts[1:]  # a title printed twice is one title
        return texts, end_marker

    def source(self) -> str | None:
        for x in self.lines[: self.tail]:
            if x.kind == "source":
                value = source_value(x.text)
                if value is None and x.index + 1 < len(self.lines):  # المصدر: then (... - البيان)
                    value = unwrap(self.lines[x.index + 1].text)
                return value
        return None

    def ident(self) -> str | None:
        for x in self.lines:
            m = phrases.ID_RE.match(x.folded)
            if m is not None and x.kind == "id" and not x.folded.isdigit():  # a labelled id only
                return m.group(1).translate(TO_LATIN)
        return None

    def byline(self, headline: Line | None) -> tuple[str | None, str | None]:
        """(byline, dateline on a line of its own above the story)."""
        top = self.story if self.story < len(self.lines) else min(len(self.lines), 12)
        header = self.lines[:top]
        for x in list(header) + list(self.lines[self.story : self.story + 1]):
            m = phrases.byline_match(x.folded)
            if m is not None and x.kind in ("byline", "kicker"):
                name = _label_off(x.text, m.group(1), x.folded)
                if name:
                    return name, None
        for x in header:
            name = phrases.byline_name(x.text) if x.kind == "byline" else None
            if name is not None:
                credit = phrases.place_credit(x.text)  # الدار البيضاء ـ محمد رشيد: both
                return name, phrases.credit_place(x.text) if credit is None else credit[0]
        for x in header:  # TITLE .. بقلم : NAME, NAME يكتب: TITLE
            name = _pen_name(x)
            if name is not None:
                return name, None
        dateline = None
        if header:
            last = header[-1]
            found = find_dateline(last.text)
            whole = last.text.rstrip(" :-–ـ|").strip()
            if last.kind == "dateline" and (found is None or len(found) < len(whole) - 1):
                found = whole  # عمّان – الجمعية الملكية ...: the credit whole, not its place
            if found is not None and len(found) >= len(last.text.rstrip(" :-–ـ|")) - 1:
                dateline = found
                parts = [p.strip() for p in found.split("/")]
                if len(parts) == 3 and phrases.known_credit_part(parts[1]) in (None, "name"):
                    return parts[1], dateline  # not حضرموت اليوم / سيئون / خاص: a place
            elif (
                self.story < len(self.lines)
                and last is not headline
                and phrases.name_words(last.text)
                and phrases.RUNS_ON_RE.search(last.folded) is None  # يحكى أن: no name
                and not any(c.isdigit() for c in last.text)
                and not _BARE_NAME_PUNCT_RE.search(last.text)
                and not last.mentions
                and last.kind in ("title", "short")
                and not self._site_name(last)  # a site's, an outlet's or a body's name
                and len(self.where.get(last.folded, ())) < 3  # an image's text printed thrice
                and (headline is None or last.folded != headline.folded)
                and not (len(header) > 1 and furniture(header[-2]))
            ):
                return last.text, None
        return None, dateline


_PRINT_MARKS: Final = "•·●▪◦*- "
_POST_ICON: Final = "افتراضي"  # the alt text of vBulletin's default post icon (POST_ICON_RE)


def _in_dateline(text: str, end: int) -> bool:
    """Whether a date ending at ``end`` lies inside the wire dateline opening ``text``, in the
    agency's bracket (``الدوحة – (قنا:16/11/2013): ...``): the dispatch's date."""
    if "(" not in text[:end]:
        return False  # a cheap reject first: a dateline's bracket opens before the date
    dateline = find_dateline(text)
    return dateline is not None and end <= len(text) - len(text.lstrip()) + len(dateline)


SENTENCE_TITLE_WORDS: Final = (12, 24)  # a title written as a sentence, with its full stop
_CREDIT_KINDS: Final = frozenset({"date", "byline", "dateline", "meta", "source", "short"})


def _sentence_title(x: Line) -> bool:
    """A line a title may be although a full stop ends it: a sentence of 12 to 24 words, no
    clauses set apart by commas, no quotation."""
    low, high = SENTENCE_TITLE_WORDS
    text = x.text.rstrip()
    return (
        x.kind == "paragraph"
        and low <= x.words <= high
        and text.endswith(".")
        and not text.endswith("..")
        and text.count("،") + text.count(",") < 2
    )


def _printed(x: Line) -> str:
    """A line's text as a count of prints reads it: without the bullet a list's item opens
    with (a trail's last item, ``• TITLE``, prints the headline again), or the text of a forum's
    post icon before a post's title."""
    folded = x.folded.lstrip(_PRINT_MARKS) or x.folded
    icon = phrases.POST_ICON_RE.match(folded)  # افتراضي TITLE: the post's title, printed again
    return folded[icon.end() :] if icon is not None else folded


def _same_day_stamp(choice: Choice) -> DateMention | None:
    """The time of the page's stamp of the chosen day, when the chosen date has none (the
    story's date over a dateline, the stamp with its time above it: ``2026-01-16 23:00`` /
    ``يوم الجمعة 16 يناير 2026، ...``): a candidate of that day, with a time, reaching the
    threshold."""
    chosen = choice.chosen
    if chosen is None:
        return None
    day = chosen.item.date  # type: ignore[attr-defined]
    for c in choice.candidates:
        m = c.item
        assert isinstance(m, DateMention)
        if c is not chosen and m.date == day and m.time is not None and c.score >= choice.threshold:
            return m
    return None


def _story_order(m: DateMention, day: int | None) -> DateMention:
    """A numeric date that reads either way (``02/11/2026``), no weekday of its own, read the
    other way when only that reading falls on the day the story calls today or the day after it
    (the next morning's paper) and the first reading falls on neither, nor on the day before:
    the story's day says which order the site writes."""
    if day is None or m.weekday is not None or m.date is None or not _either_order(m):
        return m
    assert m.stated is not None
    year, month, number = m.stated
    try:
        other = dt.date(m.date.year, number, month)
    except ValueError:
        return m
    # kept within a day of the story's day either way (a stamp written late at night in another
    # zone than the story's today), taken the other way only onto that day or the day after
    if (m.date.weekday() - day) % 7 in (0, 1, 6) or (other.weekday() - day) % 7 not in (0, 1):
        return m
    forms = tuple(f for f in m.forms if f != "month-first")
    if forms == m.forms:
        forms = (*forms, "month-first")
    return m._replace(date=other, stated=(year, number, month), forms=forms)


def _either_order(m: DateMention) -> bool:
    """A numeric date whose day and month could be read either way (``07/10/2019``, not
    ``2019-07-10``: a year first is always year, month, day): the page's convention decides."""
    if m.stated is None or "numeric" not in m.forms:
        return False
    _, month, day = m.stated
    if month == day or month > 12 or day > 12:
        return False
    first = next((i for i, ch in enumerate(m.text) if ch.isdigit()), 0)
    run = len(m.text[first:]) - len(m.text[first:].lstrip("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"))
    return run != 4  # a year first
_LIST_MARKS_RE: Final = re.compile(r"[,،|#]")  # what sets tags apart
_TRAIL_MARKS: Final = (" » ", " › ")


def _trail(text: str) -> bool:
    """A trail of links set apart by spaced chevrons (التصنيفات » التقديرات النصف شهرية, Home ›
    News): the page's breadcrumbs, not its headline (« » around words are quotation marks: a
    chevron after a « closes a quotation)."""
    for mark in _TRAIL_MARKS:
        at = text.find(mark)
        if at > 0 and "«" not in text[:at] and text[at + len(mark) :].strip():
            return True
    return False


# A web address with its path on a line: a link printed with where it goes (a print view's
# breadcrumb, a permalink's line: وصلة دائمة لهذا المحتوى : http://site/845882/)
_ADDRESS_RE: Final = re.compile(r"(?:https?://|www\.)[\w.-]+\.[a-z]{2,}/", re.IGNORECASE)


# What a copy leaves around a writer's name: a footnote's star (محمد عاصم*), a bullet or an
# underscore before it (_ جوان رسول), a sentence's full stop after it (احمد طاهر.)
_NAME_MARKS: Final = " *_.•·"


def _bare_name(name: str | None) -> str | None:
    """A byline's name without the marks a copy leaves around it; None when nothing is left."""
    if name is None:
        return None
    name = name.strip(_NAME_MARKS)
    first, _, rest = name.partition(" ")
    if fold_key(first) in _NAME_LABELS and len(rest.split()) >= 2:  # الكاتب شوقي مسلماني
        name = rest.strip(_NAME_MARKS)
    return name or None


_NAME_LABELS: Final = frozenset({"الكاتب", "الكاتبه", "بقلم", "كتب", "كتبت"})  # folded


def read_page(
    lines: Sequence[Line],
    mentions: Sequence[DateMention],
    text: str,
    header: Header | None,
    *,
    story_only: bool = False,
    hints: Hints | None = None,
    dated: bool = False,
) -> Layout:
    """Whatever can be read of a page, a wire story or a bare text, by evidence and position.
    ``story_only``: the lines are a story without its page (the text of a corpus record);
    ``dated``: its date is known already (a record's own date field), none is chosen here."""
    page = Page(lines, mentions, text, header, story_only, hints or Hints())
    headline_choice = page.headline()
    head = headline_choice.chosen.item if headline_choice.chosen is not None else None
    assert head is None or isinstance(head, Line)
    if head is None and page.end is not None:  # "The post TITLE appeared first on SITE."
        footer = phrases.POST_FOOTER_RE.match(lines[page.end].text)
        if footer is not None:
            head = Line(Place(-1, lines[page.end].number, footer.group(1), "", 0))
    if dated:
        published_choice = Choice("published", [], evidence.DATE_THRESHOLD, None)
        updated_choice = Choice("updated", [], evidence.UPDATE_THRESHOLD, None)
    else:
        published_choice, updated_choice = page.dates(
            head.index if head and head.index >= 0 else None
        )
    published = published_choice.chosen.item if published_choice.chosen else None
    updated = updated_choice.chosen.item if updated_choice.chosen else None
    assert published is None or isinstance(published, DateMention)
    assert updated is None or isinstance(updated, DateMention)
    clock = None
    if published is not None and published.time is None:
        clock = rules.clock_for(published, mentions, text) or _same_day_stamp(published_choice)
    kicker = None
    above = lines[head.index - 1] if head is not None and head.index > 0 else None
    # a kicker's line, or a place's name and its colon alone over the headline (اليمن:)
    if above is not None and (above.kind == "kicker"
                              or (above.kind == "dateline" and above.text.endswith((":", "：")))):
        kicker = above.text.rstrip(":：").strip() or None
    texts, end_marker = page.body(head)
    byline, own_dateline = page.byline(head)
    byline = _bare_name(byline)
    lead = texts[0] if texts else None
    body = texts[1:]
    if end_marker is None and (body or lead):  # ... التحديات القائمة". سبأ
        last = body[-1] if body else lead
        assert last is not None
        m = _TRAILING_SIGNATURE_RE.match(last)
        if m is not None and is_agency(m.group(2)):
            end_marker = m.group(2)
            if body:
                body[-1] = m.group(1)
            else:
                lead = m.group(1)
    opening = None
    if lead:
        opening = find_dateline(lead) or _credit_opening(lead) or page.outlet_opening(lead)
    dateline = _placed(opening) or _placed(own_dateline)
    roles = [
        x.number
        for x in lines
        if x.index < page.story or x.index >= page.tail or x.kind in ("chrome", "related")
    ]
    headline = (
        None
        if head is None
        else _without_site(
            _without_byline(_headline_text(_before_stamp(head, _past_stamp(head)))),
            page.names | page.short_lines(head),
        )
    )
    return Layout(
        agency=header.agency if header else _attributed_agency(lead, body),
        source=header.source if header and header.source else page.source(),
        weekday=header.weekday if header else None,
        id=header.id if header and header.id else page.ident(),
        kicker=kicker,
        headline=headline,
        lead=lead,
        body=tuple(body),
        end_marker=end_marker,
        dateline=dateline,
        byline=byline,
        published=published,
        clock=clock,
        updated=updated,
        page_lines=frozenset(roles),
        choices=(published_choice, updated_choice, headline_choice),
        known=head is not None or published is not None,
        source_slot=header is not None,
    )


UPDATE_SIGNALS: Final[dict[str, evidence.Signal]] = {
    "update-label": evidence.Signal(5, "an update label stands before it (آخر تحديث)"),
    "page-list": evidence.DATE_SIGNALS["page-list"],
    "in-story": evidence.DATE_SIGNALS["in-story"],
}


def _glued_place(before: str) -> bool:
    """A place's name of a few words glued to the date by an underscore, opening the line (a
    dateline as some sites print it: ``رام الله_18/2/2025``)."""
    words = before.removesuffix("_").split()
    return (
        before.endswith("_")
        and 0 < len(words) <= WIRE_WORDS
        and all(w.isalpha() and not w.isascii() for w in words)
    )


def _place_before(before: str) -> bool:
    """A few words of Arabic letters alone before a stamp that opens the story, as a city's name
    stands in a dateline (بريدة 09 ربيع الأول 1447 هـ الموافق ...), not a sentence's start
    (يوم الأحد 25 ذي القعدة ..., في 3 رجب ...)."""
    words = before.split()
    return (
        0 < len(words) <= WIRE_WORDS
        and all(w.isalpha() and not w.isascii() for w in words)
        and not _in_sentence(before)
        and fold_key(words[-1]) not in _DAY_WORDS
    )


_DAY_WORDS: Final = frozenset({"يوم", "ويوم", "اليوم"})  # folded: ... يوم الأحد 25 ذي القعدة


def _section_before(before: str) -> bool:
    """One word, a section's name (no preposition: في, منذ), before a stamp that opens the story:
    ``منوعات السبت 30-3-2013 ...`` as a copy runs the section, the stamp and the lead together."""
    words = before.strip(" -–|:،,").split()
    if len(words) != 1 or words[0] in phrases.SENTENCE_PARTICLES:
        return False
    # a preposition's phrase is no section: بتاريخ 15 يونيو 2006 أصدرت الوزارة ... opens a
    # sentence (a label, تاريخ or date, stands before a stamp run into the story)
    if words[0] in phrases.DATE_PREPOSITIONS:
        return False
    return len(words[0]) >= SECTION_LETTERS and has_letters(words[0])


def _in_sentence(before: str) -> bool:
    """Whether a date stands in a sentence: a particle just before it (الواقع في 14/03/2020)."""
    words = before.split()
    return bool(words) and words[-1] in phrases.SENTENCE_PARTICLES


def _dated_title(line: Line) -> bool:
    """A title that carries its date (``الموجز المسائي لنهار السبت (26-12-2020)``, a bulletin's):
    a date line with a title's words of its own besides the date, and no label (a colon before
    the date, an update word) nor credit (a slash)."""
    if line.kind != "date" or len(other_words(line)) < DATED_TITLE_WORDS:
        return False
    first = line.mentions[0].start - line.start
    last = line.mentions[-1].end - line.start
    if "/" in line.text[:first] + line.text[last:]:
        return False  # a credit beside the date (المكلا/موقع .../خاص): a stamp and its dateline
    before = fold_key(line.text[:first])
    if phrases.POSTER_BEFORE_RE.match(before) is not None:
        return False  # تحرير NAME على DATE: who posted it and when, a stamp
    if phrases.META_RE.search(fold_key(line.text[last:])) is not None:
        return False  # DATE    عدد الزيارات 929    التعليقات 0: a stamp and the page's counters
    labelled = phrases.PUBLISH_LABEL_RE.search(before) is not None
    if labelled and len(line.text[last:].split()) < DATED_TITLE_WORDS:
        return False  # نشر في الجريدة الرسمية ... بتاريخ DATE: a label's stamp, no title after it
    return ":" not in line.text[:first] and UPDATE_WORDS_RE.search(line.folded) is None


def _past_stamp(line: Line) -> str:
    """A headline's line without the stamp glued before it (``date 2025-12-18 HEADLINE``, a
    theme's label and date run on with the title): a stamp in figures opens the line, after one
    word at most, and a title's words follow it."""
    first = next((m for m in line.mentions if m.date is not None), None)
    if first is None or not {"numeric", "iso"} & set(first.forms):
        return line.text  # a headline may open with a date in words (25 يناير: ...)
    before = line.text[: first.start - line.start]
    after = line.text[first.end - line.start :].lstrip(_STAMP_GLUE)
    label = phrases.PUBLISH_LABEL_RE.fullmatch(fold_key(before).strip(" :：-")) is not None
    if (len(before.split()) > 1 and not label) or any(c.isdigit() for c in before):
        return line.text
    return after if len(after.split()) >= GLUED_TITLE_WORDS else line.text


def _before_stamp(line: Line, text: str) -> str:
    """A headline's text without the stamp glued after it (``HEADLINE, اليوم السبت 22 مارس 2025
    03:48 صباحاً``, an aggregator's title line): a date with its time ends the line, after a
    comma, a dash or a wide gap, and a title's words stand before it. A date alone (مواقيت
    الصلاة اليوم السبت 10 مايو 2025) is what the title is about, and stays."""
    last = line.mentions[-1] if line.mentions else None
    if last is None or last.date is None:
        return text
    stamp = line.text[last.start - line.start : last.end - line.start]
    if not line.text[last.end - line.start :].strip(" .") and text.endswith(stamp):
        label = phrases.LABEL_END_RE.search(text[: len(text) - len(stamp)])  # TITLEpublié le DATE
        title = "" if label is None else text[: label.start()].rstrip(_STAMP_GLUE + " ")
        if len(title.split()) >= GLUED_TITLE_WORDS:
            return title
    if last.time is None:
        return text
    if line.text[last.end - line.start :].strip(" .") or not text.endswith(
        line.text[last.start - line.start : last.end - line.start]
    ):
        return text
    raw = text[: len(text) - (last.end - last.start)]
    before = raw.rstrip()
    if phrases.TODAY_RE.search(fold_key(before)) is not None:  # ..., اليوم السبت 22 مارس 2025
        before = before.rsplit(None, 1)[0].rstrip() if " " in before else before
    if not before.endswith(tuple(",،-–|")) and not raw.endswith("   "):  # or a wide gap
        return text
    title = before.rstrip(_STAMP_GLUE)
    return title if len(title.split()) >= GLUED_TITLE_WORDS else text



_BYLINE_AFTER_RE: Final = re.compile(r"\s(?://|[|–-])\s+(?=\S)")


def _without_byline(text: str) -> str:
    """A title line that ends with its byline (``HEADLINE // بقلم فلان``): the headline."""
    parts = list(_BYLINE_AFTER_RE.finditer(text))
    if not parts:
        return text
    head, tail = text[: parts[-1].start()].rstrip(), text[parts[-1].end() :]
    named = phrases.BYLINE_RE.match(fold_key(tail)) is not None
    if not named or len(tail.split()) > BYLINE_LINE_WORDS:
        return text
    return head if len(head.split()) >= GLUED_TITLE_WORDS else text


def _without_site(text: str, names: frozenset[str]) -> str:
    """A browser's title kept on the copy (``HEADLINE - منتديات المطاريد``): the headline without
    the site's name after its last separator (a name the page gives, a known outlet's, or one
    that says it is a site)."""
    parts = list(phrases.TITLE_PARTS_RE.finditer(text))
    if not parts:
        return text
    last = parts[-1]
    head, tail = text[: last.start()].rstrip(), fold_key(text[last.end() :])
    if len(head.split()) < GLUED_TITLE_WORDS or len(tail.split()) > phrases.OUTLET_WORDS:
        return text
    site = tail in names or tail in outlets() or phrases.OUTLET_RE.search(" " + tail) is not None
    return head if site else text


# A link's label in brackets closing a title line: a language switch ([fr]), "read more"
_LINK_TAG_RE: Final = re.compile(r"\[[A-Za-z]{1,10}\]\s*+$")


def _headline_text(text: str) -> str:
    """The headline as a record gives it: without an aggregator's template around it (``نقدم
    لكم زوارنا الكرام ... التالي: TITLE``), without a title label (``العنوان``), without the
    decoration before it (``* ``), without the bars of the table cell a copy kept around it
    (``TITLE |``) or a link's bracketed label after it (``TITLE [fr]``), once when a copy glued
    it twice on one line."""
    text = text.strip(" |") or text
    wrap = phrases.AGGREGATOR_WRAP_RE.match(text)  # an aggregator's template around it
    if wrap is not None:
        text = (wrap.group("after") or wrap.group("inside")).strip() or text
    tag = _LINK_TAG_RE.search(text)  # TITLE [fr], TITLE - [more]: a link's label
    if tag is not None:
        text = text[: tag.start()].rstrip(" \t-–|") or text
    text = phrases.POST_ICON_RE.sub("", text, count=1)
    m = phrases.TITLE_LABEL_RE.match(text)
    if m is not None:
        text = m.group(1)
    if text.startswith(_HOME_WORDS):  # الرئيسية ← أخبار ← TITLE: the trail's last item
        last = max(text.rfind(mark) for mark in _CRUMB_MARKS)
        text = text[last + 1 :].strip() if last >= 0 and text[last + 1 :].strip() else text
    else:  # اخبار متفرقة > TITLE: a trail from a section, marks no headline holds
        last = max(text.rfind(mark) for mark in _TRAIL_ONLY_MARKS)
        if last >= 0 and len(text[last + 1 :].split()) >= 2:
            text = text[last + 1 :].strip()
    text = phrases.DECORATION_RE.sub("", text, count=1) or text
    words = text.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half >= 2 and words[:half] == words[half:]:
        text = " ".join(words[:half])
    return text


# A trail of links from the home page to the article (الرئيسيةأخبار ← TITLE, Home » News » TITLE)
_HOME_WORDS: Final = ("الرئيسية", "الصفحة الرئيسية", "Home")
_CRUMB_MARKS: Final = ("«", "»", "›", ">", "←")
_TRAIL_ONLY_MARKS: Final = ("›", ">", "←")  # not «»: a headline's quotation marks
_TITLE_MARKS: Final = ("-", "|", "–", "«", ":")  # HEADLINE - Site, HEADLINE | Site
_TITLE_MARK_RE: Final = re.compile(r"[-|–«:]")
_MANY: Final = "\n"  # more than one key (a folded line has no newline)


class _Below:
    """What follows each line of the header up to the story, read once from the story upwards:
    whether only lines that are no title stand between a line and the story (its own copies
    aside), and the first line of substance (more than two words, or a date) after it that is
    not a copy of it."""

    def __init__(self, lines: Sequence[Line], story: int) -> None:
        n = min(story, len(lines))
        self.lines, self.n = lines, n
        titles: list[str | None] = [None] * (n + 1)  # the keys of the titles at p and after
        nxt: list[int | None] = [None] * (n + 1)  # the first line of substance at p or after
        other: dict[int, int | None] = {}  # the next line of substance with another key
        for p in range(n - 1, -1, -1):
            y = lines[p]
            after = titles[p + 1]
            if _not_title(y):
                titles[p] = after
            else:
                titles[p] = y.folded if after is None or after == y.folded else _MANY
            if y.words > 2 or y.kind == "date":
                k = nxt[p + 1]
                other[p] = k if k is None or lines[k].folded != y.folded else other[k]
                nxt[p] = p
            else:
                nxt[p] = nxt[p + 1]
        self.titles, self.nxt, self.other = titles, nxt, other

    def only_not_titles(self, x: Line) -> bool:
        if x.index + 1 >= self.n:
            return True
        keys = self.titles[x.index + 1]
        return keys is None or keys == x.folded

    def following(self, x: Line) -> Line | None:
        if x.index + 1 >= self.n:
            return None
        j = self.nxt[x.index + 1]
        if j is None or self.lines[j].folded != x.folded:
            return None if j is None else self.lines[j]
        k = self.other[j]
        return None if k is None else self.lines[k]


def _before_gap(region: list[Line]) -> list[Line]:
    """The story up to a gap: ``STORY_GAP`` lines in a row that are neither paragraphs nor
    sentences (a newsletter box, a list of other headlines, a live feed's times and names) end
    it, when a paragraph stands above them; what follows is the page around the story."""
    run = 0
    seen_paragraph = False
    for i, x in enumerate(region):
        prose = x.kind == "paragraph" or x.text.rstrip().endswith(SENTENCE_END)
        if prose:
            seen_paragraph = seen_paragraph or x.kind == "paragraph"
            run = 0
            continue
        run += 1
        if run >= STORY_GAP and seen_paragraph:
            return region[: i - run + 1]
    return region


def _commas(text: str) -> int:
    return text.count("،") + text.count(",")


def _full_stop(text: str) -> bool:
    """A line that ends with one full stop (not an ellipsis ``..``), as sentences do."""
    return text.endswith(".") and not text.endswith("..")


_INTRODUCES_RE: Final = re.compile(r"[:：]\s*-?$")


class _Runs:
    """The runs of titles of one shape (all bullets, or none), each line's run measured once:
    a candidate is in a list when its run, with it, holds ``LIST_RUN`` titles."""

    def __init__(self, lines: Sequence[Line], counts: dict[str, int]) -> None:
        n = len(lines)
        self.lines = lines
        self.shape = [bullet(x) for x in lines]
        # A line that ends with a full stop is a sentence (a lead), and one that ends with a
        # colon introduces what follows: neither is an item of a list of headlines
        self.alike = [
            x.kind in ("title", "short")
            and counts[_printed(x)] == 1
            and not _full_stop(x.text)
            and not _INTRODUCES_RE.search(x.text)
            for x in lines
        ]
        ending = [0] * n  # alike lines of one shape in a row, ending at j
        starting = [0] * n  # and starting at j
        # two lines are in a row when no wider gap than one blank line parts them
        # (and a short line heads the run below it: أهم العناوين over the list, not in it)
        self.near = [j > 0 and lines[j].number - lines[j - 1].number <= LIST_GAP
                     and not (lines[j].kind == "short" and has_letters(lines[j].text))
                     for j in range(n)]  # fmt: skip
        for j in range(n):
            if self.alike[j]:
                joined = self._joins(j - 1, self.shape[j]) and self.near[j]
                ending[j] = ending[j - 1] + 1 if joined else 1
        for j in range(n - 1, -1, -1):
            if self.alike[j]:
                joined = self._joins(j + 1, self.shape[j]) and self.near[j + 1]
                starting[j] = starting[j + 1] + 1 if joined else 1
        titles = [0] * (n + 1)  # titles before j
        for j, x in enumerate(lines):
            titles[j + 1] = titles[j] + (x.kind == "title")
        self.ending, self.starting, self.titles = ending, starting, titles

    def _joins(self, j: int, shape: bool) -> bool:
        return 0 <= j < len(self.lines) and self.alike[j] and self.shape[j] == shape

    def in_list(self, i: int) -> bool:
        shape = self.shape[i]
        start = i - self.ending[i - 1] if self._joins(i - 1, shape) and self.near[i] else i
        stop = (
            i + self.starting[i + 1]
            if self._joins(i + 1, shape) and self.near[i + 1]
            else i
        )
        return self.titles[stop + 1] - self.titles[start] >= LIST_RUN


def _titled_keys(header: Sequence[Line], keys: set[str]) -> frozenset[str]:
    """The keys printed again as the page's title: a line of the header that is the key, then
    a mark within its next three characters (``HEADLINE - Site``, ``HEADLINE |``). Only the
    marks within reach of the longest key are looked at, each once."""
    lengths = {len(k) for k in keys}
    reach = max(lengths, default=-1) + 3
    found: set[str] = set()
    for x in header:
        f = x.folded
        for m in _TITLE_MARK_RE.finditer(f, 0, reach):
            at = m.start()
            for k in range(max(0, at - 2), at + 1):
                if k in lengths and f[k : k + 3].strip() in _TITLE_MARKS and f[:k] in keys:
                    found.add(f[:k])
    return frozenset(found)


_LABEL_ENDS: Final = (":", "|", "»", ">", "-", "–")


def _printed_before(before: str, y: Line, x: Line) -> bool:
    """Whether ``x``, ending with ``y``'s text after ``before``, prints ``y`` again: above it,
    run in (a breadcrumb glued to it) or after a label's mark (أرشيف الوسم : TITLE); below it,
    after a space (another version of it, then it)."""
    if y.index < x.index:
        return before[-1:].isspace()
    return not before[-1:].isspace() or before.rstrip().endswith(_LABEL_ENDS)


_QUOTES: Final = str.maketrans("", "", "\"'«»“”„‘’")


def _unquoted(folded: str) -> str:
    """A folded text without its quotation marks, whichever a print of it chose."""
    return folded.translate(_QUOTES)


def _glued_again(header: Sequence[Line]) -> frozenset[str]:
    """The titles printed again near them with something before them: a breadcrumb run into
    the headline (``الرئيسيةالاوليHEADLINE`` over ``HEADLINE``), or a line under the headline
    that prints another version of it and then the headline again (``VARIANT HEADLINE``); or
    printed again cut short under them (an image's alternative text: the headline's first
    words). Each line is held against the few lines around it only."""
    found: set[str] = set()
    plain = [_unquoted(x.folded) for x in header]  # one print's quotes "", another's “”
    for i, x in enumerate(header):
        for j in range(max(0, i - GLUED_REACH), min(len(header), i + 1 + GLUED_REACH)):
            y, xk, yk = header[j], plain[i], plain[j]
            if y.kind != "title" or y.words < GLUED_TITLE_WORDS or len(xk) <= len(yk):
                continue
            if xk.endswith(yk) and _printed_before(xk[: -len(yk)], y, x):
                found.add(y.folded)
            elif (
                y.index > x.index
                and x.kind == "title"
                and x.folded.startswith(y.folded + " ")
                and not phrases.TITLE_PARTS_RE.match(x.folded, len(y.folded))  # HEADLINE - SITE
            ):
                found.add(x.folded)  # cut short below it (an image's text): HEADLINE's opening
    return frozenset(found)


def _not_title(line: Line) -> bool:
    """What may stand between a headline and its story: a stamp, a byline, a credit, a
    caption, a short line of furniture."""
    return line.kind in _NOT_TITLE or line.words <= CREDIT_SLOT_WORDS


def _heading_alone(line: Line) -> bool:
    """``اقرأ أيضا`` and nothing else (``اقرأ أيضا: TITLE`` is a link in the story)."""
    return line.words <= HEADING_WORDS and ":" not in line.text.rstrip(" :")


def _groups(mentions: Sequence[DateMention], text: str) -> list[list[DateMention]]:
    """The mentions of a line, the two halves of a dual date together."""
    groups: list[list[DateMention]] = []
    for m in mentions:
        if groups and rules.dual(groups[-1][-1], m, text):
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


_NAME_OPENING_RE: Final = re.compile(r"(?<!\s)\s*+(?:[:|,،\-–ـ]|$)")
_NAME_OPENING_CHARS: Final = 60


def _site_names(lines: Sequence[Line]) -> frozenset[str]:
    """Names of the site or agency as the page prints them: a short line printed more than once
    from the page's top (``الحوار نيوز``), the head of a ``Name: slogan`` line whose name opens
    another line (``مدار الساعة``)."""
    where: dict[str, list[int]] = {}
    for x in lines:
        if x.words <= SITE_NAME_WORDS and x.kind in ("title", "short") and has_letters(x.text):
            where.setdefault(x.folded, []).append(x.index)
    # a headline printed twice stands on neighbouring lines, and below the masthead
    names = {key for key, at in where.items() if len(at) > 1 and at[0] == 0 and at[-1] >= len(at)}
    openings: dict[str, int] = {}
    for folded in dict.fromkeys(x.folded for x in lines):  # a line printed twice opens once
        # a name set apart at the line's start (مدار الساعة -أكد, مدار الساعة ـ نشر), not the
        # subject of a sentence (Russia says ...)
        for m in _NAME_OPENING_RE.finditer(folded[:_NAME_OPENING_CHARS]):
            key = folded[: m.start()].strip()
            if 1 <= len(key.split()) <= SITE_HEAD_WORDS:
                openings[key] = openings.get(key, 0) + 1
    for x in lines:
        if ":" in x.folded[:40]:
            head = x.folded.split(":", 1)[0].strip()
            if (
                1 <= len(head.split()) <= SITE_HEAD_WORDS
                and openings.get(head, 0) > 1
                and head not in places()  # a dateline's place (وهران: TITLE / وهران: STORY)
            ):
                names.add(head)
    return frozenset(names)


_SHAPE_RE: Final = re.compile(r"[^\W\d_]+|\d+")


def _shape(text: str) -> str:
    """A line's form: its words as A, its numbers as 9, the rest as written."""
    return _SHAPE_RE.sub(lambda m: "9" if m.group()[0].isdigit() else "A", text.strip())


# An item of a numbered list: 1) TEXT, 2- TEXT, ٣. TEXT (a number then a mark, not a date)
_NUMBERED_RE: Final = re.compile(r"^\s*+[(\[]?[0-9٠-٩]{1,2}[)\].\-–ـ]\s*+[^\W\d_]")
# An outlet's credit opening the lead, set apart by a dash: سرايا - قررت, شفا – انتخب, الوئام
# الوطني ـ أفادت (one to three words, no figure, no punctuation)
_OUTLET_OPENING_RE: Final = re.compile(r"^([^\W\d_]{2,20}(?: [^\W\d_]{2,20}){0,2}) ?[:|]")
_CREDIT_OPENING_RE: Final = re.compile(
    r"^([^\W\d_]{2,20}(?: [^\W\d_]{2,20}){0,2})(?: ?[-–—] ?| ـ++ ?|ـ++ )(?=[^\W\d_])"
)  # a tatweel parts a credit only beside a space (حســـام draws a word out)


def _credit_opening(lead: str) -> str | None:
    """The credit that opens a lead before a dash (``سرايا - قررت الحكومة``), or None; not a
    byline's verb (كتب –), a source's label (المصدر -) nor a sentence's little word (هذا -)."""
    m = _CREDIT_OPENING_RE.match(lead)
    if m is None:
        return None
    folded = fold_key(m.group(1))
    if phrases.BYLINE_RE.match(folded + " x") or phrases.SOURCE_RE.match(folded):
        return None
    if folded.split()[0] in phrases.FUNCTION_WORDS:  # هذا الموضوع - بحث ...: a sentence's words
        return None
    return m.group(1)


_ARABIC_LETTER_RE: Final = re.compile(r"[\u0621-\u064a]")


def _placed(dateline: str | None) -> str | None:
    """A dateline names a place or a desk in Arabic letters: an image's alt text (``news-picture``,
    ``![]()``) or a link (``الرابط: file:///...``) left where a dateline stands is none."""
    if dateline is None or "://" in dateline or not _ARABIC_LETTER_RE.search(dateline):
        return None
    return dateline.rstrip(" /")  # طهران / وكالات /: the slash sets the story apart


QUOTE_WORDS: Final = 4  # NAME: a statement of at least this many words is a quote's headline


def _quoted_statement(text: str) -> bool:
    """``د.سمير صبحي: المجلس البلدي يصادق على الميزانية``: a speaker, a colon, what they said (a
    headline quoting someone), not a name alone."""
    _, colon, said = text.partition(":")
    return bool(colon) and len(said.split()) >= QUOTE_WORDS


_ROLE_DASHES: Final = (" - ", " – ", " — ")


# The alt text of a forum's post icon, copied with the post's title (Forumotion: TITLE Empty
# TITLE, TITLE Emptyالخميس يناير 12): the software's, not the title's
_ICON_ALT_RE: Final = re.compile(r"(?<![A-Za-z])Empty(?![A-Za-z])")


def _icon_cut(x: Line) -> Line:
    """The line without a forum icon's alt text and what follows it (its title printed again, the
    post's stamp); the line itself when it has none."""
    m = _ICON_ALT_RE.search(x.text) if "Empty" in x.text else None
    if m is None or not has_letters(x.text[: m.start()]):
        return x
    text = x.text[: m.start()].rstrip()
    kept = [d for d in x.mentions if d.end <= x.start + len(text)]  # the dates before it only
    return Line(Place(x.index, x.number, text, fold_key(text), x.start), kept)


def _first_dated(x: Line, m: DateMention) -> bool:
    """``m`` is the first date written on its line (a label opening the line is its own)."""
    return all(d.start >= m.start for d in x.mentions if d.kind != "time")


_PEN_KINDS: Final = ("title", "short", "byline", "kicker", "dateline")


def _pen_name(x: Line) -> str | None:
    """A writer named inside a title line (phrases.PEN_AT_END_RE, WRITES_AT_START_RE), as
    written."""
    if x.kind not in _PEN_KINDS:
        return None
    m = phrases.PEN_AT_END_RE.search(x.folded) or phrases.WRITES_AT_START_RE.match(x.folded)
    if m is None:
        return None
    start, end = m.span(1)
    tail = len(x.folded) - end  # the fold may change lengths before the name: count from its end
    back = len(x.text) - tail
    for written in (x.text[start:end], x.text[back - (end - start) : back]):
        if fold_key(written) == fold_key(m.group(1)):
            return written.strip()
    return m.group(1).strip()


def _label_off(text: str, name: str, folded: str) -> str | None:
    """The name of a byline, as written (without ``كتب:``)."""
    if len(text) == len(folded):  # same length: the name can be cut from the original
        name = text[len(text) - len(name) :]
    for dash in _ROLE_DASHES:  # NAME – مسؤول صفحة أخبار الملك: the name without its role
        head, found, role = name.partition(dash)
        first = role.split(None, 1)[0] if role.strip() else ""
        if found and head.strip() and fold_key(first) in phrases.ROLE_WORDS:
            name = head
            break
    return name.strip(" :：-/ـ|") or None


def _attributed_agency(lead: str | None, body: Sequence[str]) -> str | None:
    """``وفقا لما أفادته وكالة أهل البيت (ع) للأنباء ــ ابنا ــ``: the agency, when no masthead."""
    for paragraph in [lead or "", *body[:3]]:
        m = _ATTRIBUTION_RE.search(paragraph)
        if m is not None:
            return m.group(1).strip()
    return None

