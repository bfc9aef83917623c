"""The one evidence model: which date is the publication date, which the update, which line the
headline. Each is chosen among candidates by signals kept in the tables below: a name, a weight
and a one-line reason each. A candidate's score is the sum of the weights of its signals; the
best candidate wins when its score reaches the table's threshold, otherwise there is none (a page
with no date says so: nothing is invented). ``newsctl explain`` prints the candidates, their
signals and scores, so a reader who disagrees sees why.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Final, Generic, NamedTuple, TypeVar

from newsctl.articles import certainty
from newsctl.text.fold import fold_key


class Signal(NamedTuple):
    weight: float  # 0 only if the confidence model reads it (a signal both fits drop is removed)
    reason: str


DATE_SIGNALS: Final[dict[str, Signal]] = {
    "markup-date": Signal(4, "the page's markup gives the same day (JSON-LD, meta, <time>)"),
    "markup": Signal(3, "given by the page's markup only (JSON-LD, meta, <time>), not its text"),
    "header-slot": Signal(8, "the date line of the reference header"),
    "label": Signal(6, "a publication label stands before it (نشر في, تاريخ النشر)"),
    "published-word": Signal(3, "its line says it was published (نشر بواسطة ... في)"),
    "update-label": Signal(-20, "an update label stands before it (آخر تحديث): the update"),
    "full-date": Signal(1, "a whole date: day, month and year"),
    "date-line": Signal(2, "on a line of its own: the date and a few words"),
    "near-headline": Signal(3, "within three lines of the headline"),
    "above-story": Signal(1, "above the story"),
    "below-headline": Signal(1, "between the headline and the story, where stamps stand"),
    "wire-dateline": Signal(4, "it opens the story, in the dateline"),
    "issue": Signal(5, "a print issue's stamp (العدد): the issue's date is its articles' date"),
    "caption": Signal(-6, "in a photo caption"),
    "day-span": Signal(-8, "the last day of a span of days (19-27 مايو): an event's"),
    "today-label": Signal(-8, "labelled as the day's date (تاريخ اليوم): the site's clock"),
    "joined": Signal(-8, "a member's joining date or last visit (التسجيل, since, آخر زيارة)"),
    "dateline-disagrees": Signal(-4, "the story's own dateline names another date"),
    "in-headline": Signal(-4, "inside the headline: what the story is about"),
    "in-story": Signal(-6, "inside the story text: an event, not the publication"),
    "issued": Signal(-6, "a document's date: issued or dated on it (الصادر في, المؤرخ في)"),
    "below-story": Signal(-1, "below the story"),
    "page-list": Signal(-8, "in a list of other articles, a ticker or the footer"),
    "top-of-page": Signal(-3, "at the very top of the page, above the headline"),
    "furniture": Signal(-4, "beside the site's furniture (its name, staff, banners)"),
    "time": Signal(1, "a time is written with it"),
    "zone": Signal(0.5, "a zone is named"),
    "weekday-agrees": Signal(1, "the weekday written with it is its own"),
    "weekday-disagrees": Signal(-2, "the weekday written with it is not its own"),
    "story-day": Signal(1, "its weekday is the one the story calls today (اليوم الخميس)"),
    "story-day-disagrees": Signal(-2, "the story calls another weekday today (or yesterday)"),
    "relative": Signal(-1, "a relative stamp (منذ ساعتين), resolved against a reference time"),
    "partial": Signal(-1, "no year is written"),
    "either-order": Signal(0, "day and month both 12 or under (07/10/2019), no weekday to tell"),
    "list-head": Signal(5, "the first item's of a listing newest first (an archive, a blog)"),
}
DATE_THRESHOLD: Final = 2.0  # a publication date needs at least this much evidence
UPDATE_THRESHOLD: Final = 0.0  # an update date: the update label is the evidence

HEADLINE_SIGNALS: Final[dict[str, Signal]] = {
    "markup-title": Signal(4, "the page's markup names it the title (<h1>, og:title, JSON-LD)"),
    "markup-headline": Signal(
        10, "shown on the page as the markup names the title, where the reading chose chrome"
    ),
    "header-slot": Signal(8, "the headline slot of the reference header"),
    "title-words": Signal(2, "as long as a headline: 3 to 40 words, not a sentence"),
    "first-line": Signal(1, "the first line of the copy"),
    "first-title": Signal(1, "the first title of the page (a copy often starts at the headline)"),
    "few-words": Signal(-2, "three words or fewer, printed once, not framed by a date and a story"),
    "name": Signal(-3, "a person's name (an honorific opens it, a byline gives it, or names)"),
    "title-label": Signal(6, "labelled as the title (العنوان)"),
    "printed-twice": Signal(3, "printed twice, as pages print their headline"),
    "before-story": Signal(2, "the last title above the story"),
    "before-date": Signal(2, "a date or byline line follows it"),
    "after-date": Signal(1, "a date line stands just above it"),
    "kicker-above": Signal(1, "a kicker (a short line ending with ':') stands above it"),
    "long": Signal(-1, "long for a headline (over 25 words)"),
    "printed-often": Signal(-4, "printed five times or more: the site's, not a headline"),
    "numbered": Signal(-2, "opens with a list's number (1), 2-): an item of a list"),
    "list-head-title": Signal(2, "the title under a listing's first date: its first item's"),
    "lead": Signal(-3, "prose: a paragraph of clauses ending with a full stop (a story's lead)"),
    "standfirst": Signal(-2, "long, under a shorter title: the summary under its headline"),
    "sentence": Signal(-1, "ends with a full stop, like a sentence"),
    "runs-on": Signal(-3, "ends with a dash, a comma or a word that needs the next line (في, أن)"),
    "clauses": Signal(-2, "16 words or more in clauses set apart by commas: prose, not a title"),
    "lead-verb": Signal(
        -4, "10 words or more opening with a verb in the past tense (أعلن, وأوضح): a lead"
    ),
    "discourse": Signal(
        -5, "opens with a word that joins or hedges a sentence (قد, ربما, كما): prose"
    ),
    "in-list": Signal(-2, "one of several titles in a row: a list of other headlines"),
    "bullet": Signal(-3, "opens with a bullet: an item of a list"),
    "site-name": Signal(-5, "names the site or agency"),
    "address": Signal(-5, "holds a web address with its path: a link printed with where it goes"),
    "furniture": Signal(-5, "the site's furniture (staff, banners)"),
    "interface": Signal(-6, "made of publishing software's interface strings (newsctl/data)"),
    "latin": Signal(-1, "in Latin letters on an Arabic page"),
    "greeting": Signal(-3, "opens with a greeting (السلام عليكم, مرحبا): a letter's or a post's"),
    "page-title": Signal(-3, "parts set apart like a browser's title (HEADLINE – SITE – SLOGAN)"),
    "page-list": Signal(-8, "after the story, in a list of other articles or the footer"),
    "echoed": Signal(1, "the story's opening (or a lead line under it) repeats two of its words"),
    "unechoed": Signal(-1, "the story's opening repeats none of its words"),
    "glued-lead": Signal(2, "run on into the lead's first words, the lead printed again below"),
    "flat-title": Signal(2, "the words before the stamp of a copy run into one line"),
    "poster": Signal(-5, "over a forum post's stamp (06-25-2012, 01:03 AM): the poster's name"),
    "post-title": Signal(
        4, "opens with the alt text of a forum's post icon (افتراضي TITLE): the post's title"
    ),
}
HEADLINE_THRESHOLD: Final = 3.0

T = TypeVar("T")


class Candidate(Generic[T]):
    """One candidate: what it is (a mention, a line), where, and the signals it got."""

    __slots__ = ("item", "line", "signals", "table", "text")

    def __init__(self, item: T, text: str, line: int, table: dict[str, Signal]) -> None:
        self.item = item
        self.text = text
        self.line = line
        self.table = table
        self.signals: list[str] = []

    def __repr__(self) -> str:
        return f"Candidate({self.text!r}, line {self.line}, {self.score:+g}, {self.signals})"

    @property
    def score(self) -> float:
        return sum(self.table[name].weight for name in self.signals)

    def add(self, name: str, when: bool = True) -> None:
        if when and name not in self.signals:
            assert name in self.table, name
            self.signals.append(name)

    def at(self, line: int) -> Candidate[T]:
        """The same candidate, its line numbered another way (a web page's source lines)."""
        moved = Candidate(self.item, self.text, line, self.table)
        moved.signals = list(self.signals)
        return moved


class Choice(NamedTuple):
    """What was chosen for one field, among which candidates (best first)."""

    field: str  # published, updated, headline
    candidates: Sequence[Candidate[object]]
    threshold: float
    chosen: Candidate[object] | None
    notes: tuple[str, ...] = ()  # how the time and the zone of a published date were found

    def renumbered(self, number: Callable[[int], int | None]) -> Choice:
        """The same choice, each candidate's line given by ``number`` (kept when it gives
        None): the lines of a web page's source, which the record's dates and notes name."""
        moved = [c.at(number(c.line) or c.line) for c in self.candidates]
        chosen = next((m for c, m in zip(self.candidates, moved, strict=True)
                       if c is self.chosen), None)  # fmt: skip
        return self._replace(candidates=moved, chosen=chosen)

    def runner_up(self) -> Candidate[object] | None:
        """The best candidate that says something else than the chosen one: another day for a
        date (two prints of one day are not a doubt), another line of text for a headline."""
        if self.chosen is None:
            return None
        own = _key(self.chosen)
        return next((c for c in self.candidates if _key(c) != own), None)

    def margin(self) -> float | None:
        """How far the chosen candidate stands above the runner-up and above the threshold: the
        smaller of the two (None when nothing is chosen)."""
        if self.chosen is None:
            return None
        over = self.chosen.score - self.threshold
        other = self.runner_up()
        return over if other is None else min(over, self.chosen.score - other.score)

    def against(self) -> float:
        """The evidence against the chosen candidate: the weights of its signals that speak
        against it (a headline of three words, a bullet, the site's name; a date at the top of
        the page), however high it scored; 0 when nothing is chosen."""
        if self.chosen is None:
            return 0.0
        table = self.chosen.table
        return -sum(min(table[n].weight, 0) for n in self.chosen.signals)

    def features(self) -> dict[str, float] | None:
        """What the confidence model reads of the choice (``certainty.features``); None when
        nothing is chosen."""
        margin = self.margin()
        if margin is None or self.chosen is None:
            return None
        other = self.runner_up()
        own = _key(self.chosen)
        others = {_key(c) for c in self.candidates if c.score >= self.threshold} - {own}
        return certainty.features(
            margin,
            self.chosen.score - self.threshold,
            None if other is None else self.chosen.score - other.score,
            self.against(),
            len(self.candidates),
            self.chosen.signals,
            len(others),
            () if other is None else other.signals,
        )

    def confidence(self, model: certainty.Model | None = None) -> float | None:
        """The modelled chance that the choice is right (the field's fitted model, or
        ``model``); None when nothing is chosen or the field has no model."""
        model = model or certainty.MODELS.get(self.field)
        found = self.features()
        return None if model is None or found is None else certainty.confidence(model, found)

    def uncertain(self) -> bool:
        """The confidence is under the field's fitted cut (``certainty.MODELS``)."""
        model = certainty.MODELS.get(self.field)
        confidence = self.confidence()
        return model is not None and confidence is not None and confidence < model.cut

    def to_dict(self) -> dict[str, object]:
        """The choice as data (``newsctl explain --format json``)."""
        other = self.runner_up()
        return {
            "field": self.field,
            "threshold": self.threshold,
            "chosen": None if self.chosen is None else self.candidates.index(self.chosen),
            "runner_up": None if other is None else self.candidates.index(other),
            "margin": self.margin(),
            "against": self.against(),
            "confidence": self.confidence(),
            "uncertain": self.uncertain(),
            "notes": list(self.notes),
            "candidates": [
                {
                    "text": c.text,
                    "line": c.line,
                    "score": c.score,
                    "signals": [
                        {"name": n, "weight": c.table[n].weight, "reason": c.table[n].reason}
                        for n in c.signals
                    ],
                }
                for c in self.candidates
            ],
        }

    def lines(self) -> Iterable[str]:
        """The choice in words, for ``newsctl explain``."""
        count = f"{len(self.candidates)} candidate{'' if len(self.candidates) == 1 else 's'}"
        verdict = "none reaches" if self.chosen is None else "the first (*) is chosen, reaching"
        yield f"{self.field}: {count}; {verdict} the threshold {self.threshold:g}"
        margin = self.margin()
        confidence = self.confidence()
        model = certainty.MODELS.get(self.field)
        if self.chosen is not None and margin is not None and confidence is not None and model:
            other = self.runner_up()
            against = (
                "no other candidate"
                if other is None
                else f"runner-up {other.score:+g} on line {other.line}"
            )
            weighed = f"; {self.against():g} against it" if self.against() else ""
            verdict = "uncertain" if confidence < model.cut else "sure"
            yield (
                f"  margin {margin:+g}, confidence {confidence:g} ({verdict}: cut {model.cut:g}): "
                f"chosen {self.chosen.score:+g}, threshold {self.threshold:g}, {against}{weighed}"
            )
        for note in self.notes:
            yield f"  {note}"
        for c in self.candidates:
            mark = "*" if c is self.chosen else " "
            yield f" {mark} {c.score:+g}  line {c.line}: {c.text}"
            for name in c.signals:
                signal = c.table[name]
                yield f"        {signal.weight:+g} {name}: {signal.reason}"


def _key(candidate: Candidate[object]) -> object:
    """What a candidate says: its day for a date, its folded text for a line."""
    day = getattr(candidate.item, "date", None)
    return day if day is not None else fold_key(candidate.text)


def choose(
    field_name: str,
    candidates: Sequence[Candidate[T]],
    threshold: float,
    *,
    last: bool = False,
    updated: frozenset[object] = frozenset(),
) -> Choice:
    """The best candidate when it reaches ``threshold``; among equals the first on the page, or
    with ``last`` (dates) the last (of two date stamps above a story, the one nearest it), unless
    the two best days are a day or two apart: then the later (``_later_of_tied``), not a day
    that an update's stamp gives (``updated``: ``آخر تحديث DAY2`` / ``DAY1`` / ``DAY2``)."""
    order = list(reversed(candidates)) if last else list(candidates)
    ranked = sorted(order, key=lambda c: -c.score)  # stable: page order among equals
    if last:
        ranked = _later_of_tied(ranked, updated)
    best = ranked[0] if ranked and ranked[0].score >= threshold else None
    return Choice(field_name, ranked, threshold, best)  # type: ignore[arg-type]


TIED_DAYS_APART: Final = 2
_NAMED_AS_PUBLISHED: Final = ("label", "markup-date")  # said to be the publication's: kept


def _later_of_tied(ranked: list[Candidate[T]], updated: frozenset[object]) -> list[Candidate[T]]:
    """Of the two best dates, equal in score and a day or two apart, the later first: a story's
    dateline or the day it tells of, then the page's stamp (a page is published on or after the
    days it gives); not when the first is named the publication's (a label, the page's markup),
    nor when the later is the day of the page's update (a stamp of the page's last change),
    which goes after any other date tied with it."""
    if len(ranked) < 2 or any(name in ranked[0].signals for name in _NAMED_AS_PUBLISHED):
        return ranked
    first, day = ranked[0], getattr(ranked[0].item, "date", None)
    for other in ranked[1:]:
        if other.score != first.score:
            break
        later = getattr(other.item, "date", None)
        if later in updated:
            continue
        if day in updated and later is not None:
            return [other, *(c for c in ranked if c is not other)]
        if day is not None and later is not None and 0 < (later - day).days <= TIED_DAYS_APART:
            return [other, *(c for c in ranked if c is not other)]
    return ranked


def date_candidate(item: T, text: str, line: int) -> Candidate[T]:
    return Candidate(item, text, line, table=DATE_SIGNALS)


def headline_candidate(item: T, text: str, line: int) -> Candidate[T]:
    return Candidate(item, text, line, table=HEADLINE_SIGNALS)
