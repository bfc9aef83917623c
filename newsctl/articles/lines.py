"""The lines of an article, each classified once: what kind of line it is on a copied page.

A ``Line`` is one non-blank line of the text with its folded form (``newsctl.text.fold``), its
date mentions and its ``kind``, decided here from the line alone (and its mentions):

``rule`` (a dotted rule), ``end`` (an end marker), ``related`` (a heading of a list of other
articles), ``chrome`` (share buttons, copyright, breadcrumbs, staff lines), ``source``, ``id``,
``label`` (a date label standing alone: ``نشر :``), ``date`` (a date or time line), ``byline``,
``dateline`` (a wire dateline or a credit standing alone), ``caption``, ``kicker`` (a short line
ending with ``:``), ``meta`` (views, comments, page numbers), ``paragraph`` (story text), ``title``
(a line that could be a headline), ``short`` (one or two words: a menu item, a section).

Later stages read kinds and never classify again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final, NamedTuple

from newsctl.articles import phrases
from newsctl.articles.agencies import is_agency
from newsctl.articles.datelines import find_dateline
from newsctl.articles.lexicons import given_name, interface_menu, interface_sentence
from newsctl.dates.mention import DateMention
from newsctl.text import chars
from newsctl.text.fold import Folded, fold_key

_STRIP: Final = " \t\n" + chars.INVISIBLE + chars.ODD_SPACES
SENTENCE_END: Final = tuple('.!?؟…"”»')  # not ")": a caption ends with "(رويترز)"
PARAGRAPH_WORDS: Final = 35  # a line this long is story text, however it ends
DANGLING_WORDS: Final = 8  # a line this short ending with a date's label is that label
CRUMBS: Final = 2  # a line whose parts this many marks set apart (الرئيسية > أخبار > محليات)
_CRUMBS_RE: Final = re.compile(r"\s[>›»]\s")
CLAUSES_WORDS: Final = 25  # a line this long whose commas set apart CLAUSES clauses is text
CLAUSES: Final = 2
NAME_WORDS: Final = 4  # a byline's first words, where a name has no little word
_NOT_IN_NAMES: Final = phrases.FUNCTION_WORDS - {"علي"}  # على folded is the name علي
LONG_LINE_WORDS: Final = 30  # no kind but text, captions, tickers and menus is this long
SENTENCE_WORDS: Final = 12  # a finished sentence this long is story text
QUESTION_WORDS: Final = 20  # a question, an exclamation or a quotation this long is story text
TITLE_WORDS: Final = (3, 40)  # a headline has this many words
KICKER_WORDS: Final = 12  # a kicker (a line ending with ":") has at most this many
BYLINE_LINE_WORDS: Final = 8  # كتب: NAME, on a line of at most this many words
DATE_LINE_WORDS: Final = 4  # a date line holds its dates and at most this many other words
DATE_LINE_CHARS: Final = 160
DATELINE_WORDS: Final = 8  # a dateline standing alone on its line
EXCLUSIVE_WORDS: Final = 12  # "- المغرب - خاص بـ " وكالة أخبار المرأة "" and no more
PUBLISHED_LINE_WORDS: Final = 16  # "نشر بواسطة: NAME في DATE ...", "Posted by NAME on DATE"
CHROME_EMBED_WORDS: Final = 20  # an embedded post's signature line
TICKER_GAPS: Final = 2  # a ticker: headlines set apart by this many wide gaps (3+ spaces)
_GAP_RE: Final = re.compile(r"\S {3,}(?=\S)")
TICKER_MARKS: Final = 3  # a ticker: headlines set apart by the same mark standing alone, 3 times
TICKER_ITEM_WORDS: Final = 3  # each of them a headline's words at least (not a stamp's parts)
_MARK_RE: Final = re.compile(r"(?<=\S) ([|:•◄►●■*]{1,3}) (?=\S)")
# Headlines run together without their gaps: this many words and not one full stop or comma
# (prose this long has them; a row of headlines has colons, quotes and ellipses instead)
RUN_TOGETHER_WORDS: Final = 80
_PROSE_MARK_RE: Final = re.compile(r"(?<!\.)\.(?!\.)|[،,]")
_RULE_RE: Final = re.compile(r"^[\s.…·•\-_=*~ـ]{3,}$")
_BULLETS: Final = ("•", "*", "●", "■", "◄", "►", "-", "–", "|")
_LATIN_RE: Final = re.compile(r"[A-Za-z]")
_ARABIC_RE: Final = re.compile(r"[\u0621-\u064a]")


LATIN_SAMPLE = 400
WORDS_COUNTED = 1000  # the words of a line are counted this far (a huge line is not split up)


class Place(NamedTuple):
    """Where a non-blank line stands, before its dates are read (``split_lines``)."""

    position: int  # among the non-blank lines (the Line's ``index``)
    number: int  # 1-based line number in the text
    text: str  # stripped
    folded: str  # folded, spaces collapsed, case folded
    start: int  # offset of ``text`` in the whole text


class Line:
    """One non-blank line, a value: made once by ``attach`` with its date mentions and its kind
    (a plain slotted class: thousands are made per article)."""

    __slots__ = ("folded", "index", "kind", "mentions", "number", "start", "text", "words")
    index: int
    number: int
    text: str
    folded: str
    start: int
    words: int  # past WORDS_COUNTED, "many"
    mentions: Sequence[DateMention]
    kind: str

    def __init__(self, place: Place, mentions: Sequence[DateMention] = ()) -> None:
        put = object.__setattr__
        put(self, "index", place.position)
        put(self, "number", place.number)
        put(self, "text", place.text)
        put(self, "folded", place.folded)
        put(self, "start", place.start)
        put(self, "words", len(place.text.split(None, WORDS_COUNTED)))
        put(self, "mentions", mentions)
        put(self, "kind", kind_of(self))  # from its text and mentions alone, once

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a Line is a value: {name} is set when it is made")

    def __reduce__(self) -> tuple[Any, tuple[tuple[object, ...]]]:
        """Pickled by its fields (the evidence ``explain`` shows crosses worker processes)."""
        return _restored, (tuple(getattr(self, name) for name in Line.__slots__),)


    def __repr__(self) -> str:
        return f"Line({self.number}, {self.kind}, {self.text[:40]!r})"

    @property
    def dated(self) -> bool:
        """Whether the line names a whole date (not a partial or impossible one)."""
        return any(m.date is not None and m.kind != "time" for m in self.mentions)

    @property
    def latin(self) -> bool:
        """Whether Latin letters outnumber Arabic ones (an English title, a menu in English)."""
        sample = self.text[:LATIN_SAMPLE]  # a huge line is judged by its start
        return len(_LATIN_RE.findall(sample)) > len(_ARABIC_RE.findall(sample))


def _restored(values: tuple[object, ...]) -> Line:
    line = Line.__new__(Line)
    for name, value in zip(Line.__slots__, values, strict=True):
        object.__setattr__(line, name, value)
    return line


def split_lines(folded: Folded, first_line: int = 1) -> list[Place]:
    """Where the non-blank lines of a folded text stand (its folded form has the same lines);
    the first is numbered ``first_line`` (a record inside a corpus file)."""
    out: list[Place] = []
    offset = 0
    folded_lines = folded.text.split("\n")
    for number, raw in enumerate(folded.original.split("\n"), start=first_line):
        stripped = raw.strip(_STRIP)
        if stripped:
            start = offset + len(raw) - len(raw.lstrip(_STRIP))
            key = " ".join(folded_lines[number - first_line].split()).casefold()
            out.append(Place(len(out), number, stripped, key, start))
        offset += len(raw) + 1
    return out


def attach(places: Sequence[Place], mentions: Sequence[DateMention]) -> list[Line]:
    """The lines, each made once with its date mentions and its kind."""
    by_number: dict[int, list[DateMention]] = {}
    for m in mentions:
        by_number.setdefault(m.line, []).append(m)
    return [Line(place, by_number.get(place.number, ())) for place in places]


def kind_of(line: Line) -> str:
    """The kind of a line, from its text and its mentions alone."""
    folded, words = line.folded, line.words
    if _RULE_RE.match(line.text):
        return "rule"
    if words <= phrases.END_WORDS_MAX and phrases.END_RE.match(folded):
        return "end"
    if words > LONG_LINE_WORDS:  # past every short kind: text, a caption, a ticker or a menu
        if ticker(line.text) or run_together(line.text, words) or menu(folded, words):
            return "chrome"
        if ranked(line.text):
            return "chrome"
        if crumbs(folded):
            return "chrome"
        if is_caption(folded):
            return "caption"
        return "paragraph" if is_paragraph(line.text, words) else "title"
    if words <= 6 and phrases.RELATED_RE.match(folded):
        return "related"
    if phrases.EMBED_RE.search(line.text) and words <= CHROME_EMBED_WORDS:
        return "chrome"  # the signature of an embedded post: not the article's date
    if line.mentions and phrases.CAPTION_START_RE.match(folded):
        return "caption"  # a photo's date (لقطة شاشة بتاريخ DATE): not a stamp of the article
    if line.mentions and date_line(line):  # a stamp, even behind a share label
        return "date"
    if line.mentions and posted_line(line):  # who posted it, and when
        return "date"
    if line.mentions and labelled_stamp(line):  # تاريخ النشر: DATE | كتب: NAME
        return "date"
    if is_chrome(folded, words) or ticker(line.text) or menu(folded, words):
        return "chrome"
    if words <= phrases.META_WORDS and phrases.META_RE.search(folded):
        return "meta"
    if phrases.ID_RE.match(folded):
        return "id"  # an id's label and number (رمز الخبر: 456411) before a counter's look
    if counter(line.text, words):
        return "chrome"  # a site's counters, not the article's own (views: META_RE)
    if words <= 8 and phrases.SOURCE_RE.match(folded):
        return "source"
    if words <= 3 and label_only(folded):
        return "label"
    if words <= DANGLING_WORDS and phrases.DANGLING_LABEL_RE.search(folded):
        return "label"  # a stamp's first half (عربي آخر تحديث في): its value is on the next line
    # the words of a byline, its bars and dashes not counted (| كتب NAME وNAME وNAME |)
    named = words - sum(not has_letters(w) for w in folded.split())
    byline = phrases.byline_match(folded) if named <= BYLINE_LINE_WORDS + 1 else None
    if (
        byline is not None
        and not phrases.QUOTED_RE.match(byline.group(1))
        and not _worded(byline.group(1))
        and has_letters(byline.group(1))  # المعلومة/متابعة ..: a credit, no name after it
        and not _titled_noun(byline)
    ):
        return "byline"  # not تقرير "الأنباء" المسائي: a name is not quoted, a title may be
    plain = unstretched(line.text)  # a credit's dashes, not a word's stretch (سلطــنة)
    credited = phrases.known_credit(plain) if words <= phrases.KNOWN_CREDIT_WORDS else None
    if credited is not None and "name" not in credited:
        return "dateline"  # مأرب برس ـ خاص, عمّان – الجمعية الملكية لحماية الطبيعة: a credit
    if not line.mentions and phrases.byline_name(line.text) is not None:
        return "byline"
    if words <= DATELINE_WORDS and whole_dateline(plain):
        return "dateline"
    if credit(plain, words):
        return "dateline"
    if credited is not None:
        return "dateline"  # الخرطوم- مريم أبشر: a credit that names its reporter
    if words <= EXCLUSIVE_WORDS and phrases.EXCLUSIVE_RE.search(folded):
        return "dateline"  # a place and خاص بـ OUTLET: a credit, not a title
    if is_caption(folded):
        return "caption"
    if words <= phrases.VIEW_CAPTION_WORDS and phrases.VIEW_CAPTION_RE.match(folded):
        return "caption"
    if line.text.endswith((":", "：")):
        # a few words: a kicker over the headline; more: a sentence that introduces what
        # follows (... القرار رقم (76) لسنة 2022م، ونصّه:), never a headline
        return "kicker" if words <= KICKER_WORDS else "paragraph"
    if is_paragraph(line.text, words):
        return "chrome" if interface_sentence(folded) else "paragraph"
    if words <= 2:
        return "short"
    if interface_menu(folded):  # من نحن ؟ اتصل بنا الصفحة الرئيسية: the software's links
        return "chrome"
    return "title"


# The byline labels that are nouns a title may open with too (تقرير عن ..., متابعة مباراة ...,
# حوار الأديان): without a mark after them, what follows is a name only when it opens with one.
_NOUN_LABELS: Final = frozenset(fold_key(w) for w in ("تقرير", "متابعة", "حوار", "تحقيق", "إعداد"))
_LABEL_MARKS: Final = ":：-/ـ"


def _titled_noun(byline: re.Match[str]) -> bool:
    """A byline label that is also a noun, with no mark after it, followed by words that do not
    open with a known given name (متابعة مباراة الفريق الوطني ...): a title, not a byline."""
    label = byline.string[: byline.start(1)]
    if any(mark in label for mark in _LABEL_MARKS) or label.split()[-1:] == []:
        return False
    if label.split()[-1] not in _NOUN_LABELS:
        return False
    first = byline.group(1).split()[0]
    if first.startswith("و") and first[1:].rstrip(_LABEL_MARKS) in _NOUN_LABELS:
        return False  # حوار ومتابعة- OUTLET: two labels, then the credit
    joined = "".join(byline.group(1).split()[:2])
    return not given_name(first) and not given_name(joined)


def _worded(name: str) -> bool:
    """A byline's name whose first words hold a sentence's little word (حوار بين ...,
    متابعة مباراة ... عبر ...): what follows the label is a title, not a name."""
    return any(w in _NOT_IN_NAMES for w in name.split()[:NAME_WORDS])


def menu(folded: str, words: int) -> bool:
    """A row of menu items: many words, no sentence's little words, no punctuation, no
    figures (a headline without little words has its numbers: دورته الـ 131, قرار رقم 825)."""
    if words < phrases.MENU_WORDS or any(c in folded for c in ".،,:؟?!«»\"“”"):
        return False
    if any(c.isdigit() for c in folded):
        return False
    tokens = folded.split()
    if any(_PRESENT_VERB_RE.fullmatch(w) for w in tokens):
        return False  # a verb in the present (يحدد, يستقبل): a headline's sentence, no menu
    return sum(w in phrases.FUNCTION_WORDS for w in tokens) <= 1


_PRESENT_VERB_RE: Final = re.compile(r"ي[^\W\d_]{3,5}")


def crumbs(folded: str) -> bool:
    """A trail of links to where the page stands: ``الرئيسية > منتدى > قسم``."""
    return len(_CRUMBS_RE.findall(folded)) >= CRUMBS


def ticker(text: str) -> bool:
    """Headlines run together on one line, set apart by wide gaps or by a mark standing alone
    between them (``HEADLINE :|: HEADLINE :|: ...``, ``• HEADLINE • HEADLINE``): a ticker."""
    if "   " in text and len(_GAP_RE.findall(text)) >= TICKER_GAPS:
        return not _prose_between_gaps(text)
    marks = _MARK_RE.findall(text)
    if len(marks) < TICKER_MARKS or len(set(marks)) != 1:
        return False
    items = _MARK_RE.split(text)[::2]  # the text between the marks (split keeps the mark)
    return all(len(item.split()) >= TICKER_ITEM_WORDS for item in items[1:-1])


_URL_RE: Final = re.compile(r"https?://\S*+")  # a link's dots are no prose
PROSE_ITEM_WORDS: Final = 12  # a part between wide gaps this long, with a comma: prose


def _prose_between_gaps(text: str) -> bool:
    """Prose whose copy left wide gaps where its marks were (``... اليوم  وهي معضلة ثقافية``):
    half or more of what the gaps set apart is a long clause with a comma or a full stop, where a
    ticker's headlines have none."""
    items = [_URL_RE.sub("", item) for item in _GAP_RE.split(text) if item.strip()]
    prose = sum(
        len(item.split()) >= PROSE_ITEM_WORDS and _PROSE_MARK_RE.search(item) is not None
        for item in items
    )
    return 2 * prose >= len(items)


def run_together(text: str, words: int) -> bool:
    """Headlines run together on one long line, with no mark of prose in it: a ticker."""
    return words >= RUN_TOGETHER_WORDS and _PROSE_MARK_RE.search(text) is None


RANKED_ITEMS: Final = 4  # a line that counts 1 ... 2 ... 3 ... 4 ...: a ranked list run together
_DIGIT_VALUES: Final = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def ranked(text: str) -> bool:
    """A "most read" list run together on one line: it opens with 1, and 2, 3, 4 stand alone
    further on, in order (``1 HEADLINE 2 HEADLINE 3 ...``)."""
    first = text.split(None, 1)
    if not first or first[0].translate(_DIGIT_VALUES) != "1":
        return False  # the first word is not 1 (a cheap check before the whole line)
    want = 1
    for word in text.translate(_DIGIT_VALUES).split():
        if word == str(want):
            want += 1
            if want > RANKED_ITEMS:
                return True
        elif want == 1:
            return False  # the first word is not 1
    return False


# A tatweel between two letters stretches a word (سلطــنة, دهــــوك, نــادي): no dash between a
# credit's parts (the letters without the tatweel itself, which is a letter to the regex)
_LETTER = r"[\u0621-\u063f\u0641-\u064a]"
KASHIDA_RE: Final = re.compile(rf"(?<={_LETTER})ـ++(?={_LETTER})")


def unstretched(text: str) -> str:
    """The text without the tatweels that stretch its words (its dashes of tatweel stay)."""
    return KASHIDA_RE.sub("", text) if "ـ" in text else text


def has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


def credit(text: str, words: int) -> bool:
    """A short credit of place, desk or outlet: ``أوج – طرابلس``, ``«عكاظ» (جدة)``."""
    return (
        words <= phrases.CREDIT_WORDS
        and phrases.CREDIT_LINE_RE.match(text) is not None
        and not text.rstrip().endswith(SENTENCE_END)
    )


def whole_dateline(text: str) -> bool:
    """A line that is a wire dateline and nothing else: ``أنقرة/ محمد شيخ يوسف/ الأناضول``."""
    found = find_dateline(text)
    return found is not None and len(found) >= len(text.rstrip(" :-–ـ")) - 1


def is_chrome(folded: str, words: int) -> bool:
    if crumbs(folded):
        return True
    if words <= BASMALA_WORDS and phrases.BASMALA_RE.match(folded):
        return True
    if words <= phrases.AGE_LINE_WORDS and phrases.AGE_LINE_RE.match(folded):
        return True
    if words <= phrases.CHROME_WORDS_MAX and phrases.CHROME_START_RE.match(folded):
        return True
    if words <= phrases.CHROME_WORDS_MAX and is_button(folded):
        return True
    if words <= phrases.CHROME_WORDS_MAX and phrases.SKIP_LINK_RE.match(folded):
        return True  # تخطى إلى المحتوى: the theme's link past its menus
    if words <= phrases.CHROME_WORDS_MAX and phrases.CLICK_RE.search(folded):
        return True
    if words <= phrases.WEATHER_WORDS and phrases.WEATHER_RE.search(folded):
        return True
    if words <= phrases.CALL_WORDS_MAX and calls_the_reader(folded):
        return True
    if words <= phrases.WEATHER_WORDS and rate(folded):
        return True
    if words <= phrases.READING_TIME_WORDS and phrases.READING_TIME_RE.search(folded):
        return True
    if words > phrases.CHROME_ANYWHERE_WORDS_MAX:
        return False
    lowered = folded.lower()
    return phrases.CHROME_ANYWHERE_RE.search(lowered) is not None


_LETTERS_RE: Final = re.compile(r"[^\W\d_]+")
_DECIMAL_RE: Final = re.compile(r"\d[.,]\d")


def rate(folded: str) -> bool:
    """A currency widget's line (phrases.CURRENCIES): a currency, its country, a rate."""
    if _DECIMAL_RE.search(folded) is None:
        return False
    named = _LETTERS_RE.findall(folded)
    return (
        0 < len(named) <= phrases.RATE_LETTER_WORDS
        and named[0].removeprefix("ال") in phrases.CURRENCIES
    )


def calls_the_reader(folded: str) -> bool:
    """A call to the reader (phrases.CALL_VERBS, phrases.CALL_WORDS): join, share, follow."""
    first, _, rest = folded.partition(" ")
    if first.endswith("وا") and first in phrases.CALL_VERBS and ":" not in rest:
        # a plural imperative opens it (تابعوا جميع اخبار ليبيا): the readers are addressed;
        # before a colon it is a kicker (تابعوا التفاصيل: HEADLINE)
        return True
    if first.rstrip("/:") not in phrases.CALL_VERBS:
        # a plural imperative further on addresses the readers as well (لمتابعة أهم الأخبار
        # أولا بأول تابعوا قناتنا على تيليجرام): a past verb (تابع الوزير) is no call
        words = folded.split()
        at = next((k for k, w in enumerate(words) if w.endswith("وا") and w in
                   phrases.CALL_VERBS), None)  # fmt: skip
        if at is None:
            return False
        rest = " ".join(words[at + 1 :])
    said = rest.replace("/", " ").split()
    return "ي" in said or any(w.strip("\"«»“”.,،:") in phrases.CALL_WORDS for w in said)


def is_button(folded: str) -> bool:
    """A share, print or send button: its action word, then only what it acts on and where; or
    a row of the networks' names (``addtoany link whatsapp telegram twitter facebook``), with
    what buttons act on beside them (``فيسبوك تويتر لينكدإن البريد الإلكتروني``), nothing else."""
    first, _, rest = folded.lower().partition(" ")
    allowed = phrases.BUTTON_OBJECTS | phrases.BUTTON_WORDS  # شارك على فيسبوك شارك على تويتر
    if first.rstrip(":|") not in phrases.BUTTON_WORDS:
        names = [w.strip(":|-،,()") for w in folded.lower().split()]
        names = [w for w in names if w]
        shared = sum(w in phrases.SHARE_NAMES for w in names)
        return shared >= SHARE_ROW and all(w in phrases.BUTTON_OBJECTS for w in names)
    return all(w.strip(":|-،,") in allowed or not w.strip(":|-،,") for w in rest.split())


BASMALA_WORDS: Final = 12  # the invocation and its formulas, and marks around them
SHARE_ROW: Final = 3  # this many networks' names in a row, and nothing else: share buttons


# A full stop after a word of three letters or more (not an initial or a title: د., Dr.; not an
# ellipsis) and a sentence after it.
# a word of three letters or more (its last one may carry a vowel sign: عموماً.) ends a sentence
_TWO_SENTENCES_RE: Final = re.compile(
    r"(?:(?<=[^\W\d_]{3})|(?<=[^\W\d_]{2}[\u064b-\u0652]))\.(?!\.)\s*+[^\W\d_]"
)


def is_paragraph(text: str, words: int | None = None) -> bool:
    """Story text rather than a title, caption or label: long, or a finished sentence (one
    ending with a full stop, or two sentences; a question or a quotation ends many a headline),
    or a sentence broken at a comma (a copy's line break in the middle of a paragraph)."""
    n = len(text.split()) if words is None else words
    end = text.rstrip()
    if n >= PARAGRAPH_WORDS:
        return True
    if n >= CLAUSES_WORDS and text.count("،") + text.count(",") >= CLAUSES:
        return True  # a long sentence of several clauses: prose, not a headline
    if end.endswith((".", "…", "،", ",")) or _TWO_SENTENCES_RE.search(end):
        return n >= SENTENCE_WORDS
    return n >= QUESTION_WORDS and end.endswith(SENTENCE_END)


CAPTION_CREDIT_WORDS: Final = 3  # a photo's credit after a dash: أرشيفية, تصوير فلان الفلاني
_CREDIT_DASHES: Final = (" - ", " – ", " — ")


def is_caption(folded: str) -> bool:
    """A photo caption: ends with a credit in parentheses (``(رويترز)``, ``(أرشيفية)``), or
    with a photo's credit set apart by a dash (``... - أرشيفية``, ``... – تصوير فلان``)."""
    if phrases.CAPTION_START_RE.match(folded):
        return True
    at = max(folded.rfind(dash) for dash in _CREDIT_DASHES)
    if at > 0:
        tail = folded[at + 3 :]
        if len(tail.split()) <= CAPTION_CREDIT_WORDS and phrases.CREDIT_WORDS_RE.search(tail):
            return True
    source = phrases.SOURCE_CREDIT_RE.search(folded) if "مصدر" in folded else None
    if source is not None and len(source.group(1).split()) <= CAPTION_CREDIT_WORDS:
        return True
    m = phrases.CREDIT_RE.search(folded) if folded.rstrip().endswith((")", "]")) else None
    if m is None:
        return False
    return is_agency(m.group(1)) or phrases.CREDIT_WORDS_RE.search(m.group(1)) is not None


def label_only(folded: str) -> bool:
    """A date label standing alone on its line (``نشر :``, ``آخر تحديث``): the date follows."""
    text = folded.strip(" :：-|")
    return bool(text) and (
        phrases.PUBLISH_LABEL_RE.fullmatch(text) is not None
        or phrases.UPDATE_LABEL_RE.fullmatch(text) is not None
    )


def date_line(line: Line, leftover: int = DATE_LINE_WORDS) -> bool:
    """Whether the line is its date mentions (a date, a time, a stamp: not a day and month in
    words, as in a title) and at most ``leftover`` other words."""
    if len(line.text) > DATE_LINE_CHARS or not any(not m.partial for m in line.mentions):
        return False
    others = other_words(line)
    if line.text.rstrip().endswith(".") and len(others) >= 2:
        return False  # a sentence: وفي تاريخ 12 مارس 2020 وقع الحادث.
    return len(others) <= leftover


LABEL_WORDS: Final = 3  # a stamp's label before its date: تاريخ النشر, Published on


def labelled_stamp(line: Line) -> bool:
    """A line that opens with a strong publication label and its date, then a byline
    (``تاريخ النشر: 2025-06-15 | كتب: NAME ...``): a stamp and its writer, no title."""
    first = line.mentions[0]
    if first.date is None:
        return False
    before = line.folded[: first.start - line.start]
    label = phrases.STRONG_LABEL_RE.search(before)
    if label is None or label.start() != 0 or len(before.split()) > LABEL_WORDS:
        return False
    # what follows the date is a byline (| كتب: NAME), not the title run on after its stamp
    rest = line.folded[line.mentions[-1].end - line.start :].strip(" |-–:/")
    return phrases.byline_match(rest) is not None


def posted_line(line: Line) -> bool:
    """A line that says who posted the article and when (``... بواسطة سمر, بتاريخ 20 ديسمبر
    2013.``, ``Posted by NAME on DATE``): a stamp, whatever else it names."""
    return (
        line.words <= PUBLISHED_LINE_WORDS
        and any(m.date is not None for m in line.mentions)
        and phrases.POSTED_BY_RE.search(line.folded) is not None
    )


def other_words(line: Line) -> list[str]:
    """The words of a line that are not part of its date mentions, nor fillers."""
    rest, last = [], 0
    for m in line.mentions:
        rest.append(line.text[last : max(last, m.start - line.start)])
        last = m.end - line.start
    rest.append(line.text[last:])
    words = [w.strip(":،,.-()|•*") for w in fold_key(" ".join(rest)).split()]
    fillers = phrases.DATE_LINE_FILLERS
    return [w for w in words if w and any(c.isalpha() for c in w) and w not in fillers]


FURNITURE_WORDS: Final = 20  # a longer line saying رئيس التحرير or بريدك is a paragraph
# A masthead's staff line names its titles among a few names (رئيس مجلس الإدارة أحمد عامر رئيس
# التحرير سيد الضبع) or opens with one (المشرف العام: ...); a longer line naming a title inside
# it is a sentence about that official (الوزيرة تطالب المدير العام لمنظمة العمل ...).
STAFF_WORDS: Final = 12
WIDGET_WORDS: Final = 6  # a widget's label: مواقيت الصلاة, الصلاة القادمة: العصر 15:32


def furniture(line: Line) -> bool:
    """Editorial furniture (a masthead's staff, a sign-up box, a widget, a counter, a banner
    word): a line of a few words saying one (phrases.FURNITURE_RE, phrases.WIDGET_RE), not a
    paragraph or a headline that names them."""
    if line.words <= WIDGET_WORDS and phrases.WIDGET_RE.search(line.folded):
        return True
    if line.words <= phrases.TEMPERATURE_WORDS and phrases.TEMPERATURE_RE.search(line.folded):
        return True  # a weather widget's reading (21.3 C, Beirut weather 19.41 ° C)
    if counter(line.text, line.words):
        return True
    if phrases.NAV_LINK_RE.match(line.folded):
        return True  # السابق TITLE: a link to the previous article
    if line.words > FURNITURE_WORDS:
        return False
    if phrases.FURNITURE_RE.search(line.folded):
        return True
    staff = phrases.STAFF_RE.search(line.folded)
    return staff is not None and (line.words <= STAFF_WORDS or staff.start() == 0)


COUNTER_WORDS: Final = 7
# A label and a bare count: عدد الزيارات : 74569927, المتواجدون حالياً :46 (a site's counters)
_COUNTER_RE: Final = re.compile(r"^(?=[^\d:：]*?[^\W\d_])[^\d:：]*+[:：]\s*+\d[\d,.٬]*+\s*+$")


def counter(text: str, words: int) -> bool:
    """A site's counter: a short label, a colon and a number (visits, members online)."""
    return words <= COUNTER_WORDS and _COUNTER_RE.match(text.strip()) is not None


def bullet(line: Line) -> bool:
    """A line opening with a bullet: an item of a list (a ticker, related headlines). A line
    between two bars (``| ... |``) is a table's row as a copy keeps it, not an item."""
    text = line.text
    return text.startswith(_BULLETS) and not (text.startswith("|") and text.rstrip().endswith("|"))
