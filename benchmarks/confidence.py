"""Confidence: how well the notes uncertain-date and uncertain-headline single out wrong answers.

Each chosen date and headline has a margin (``Choice.margin``: how far the chosen candidate stands
above the best candidate saying something else, and above the threshold; the smaller of the two)
and the evidence against it (``Choice.against``: the weights of its own signals that speak
against it, a headline of three words, a bullet, the site's name). Its confidence is the margin
less the evidence against it times the field's doubt weight. The doubt weight (one of DOUBTS)
and the cut under which a field is marked uncertain are fitted on the tuning part of tests/pages:
the most wrong answers under the cut while at most a tenth of the right answers (all of them)
are; among equals the fewest right ones, then the smallest weight and cut. The validation part
is scored with that fit, never read.

Run: .venv/bin/python benchmarks/confidence.py     (--check: exit 1 when the cuts and doubt
weights in newsctl/articles/evidence.py are not the fitted ones)

A wrong answer counts as flagged when its record carries the field's uncertain note, or says the
field is missing (no-date, missing-headline): either way a reader is told to look.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the scoring is shared with the test suite

from page_scores import PAGES, PARTS, date_right, part, rows  # noqa: E402

from newsctl.articles import evidence  # noqa: E402

FIELDS = {"published": ("date", "uncertain-date", "no-date"),
          "headline": ("headline", "uncertain-headline", "missing-headline")}  # fmt: skip
MAX_RIGHT_FLAGGED = 0.10
DOUBTS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0)  # the doubt weights tried


DOUBT_ONLY = (0, 1, 2, 3, 4, 6)  # the values tried for a signal of weight 0 (Signal.doubt)


class Answer(NamedTuple):
    page: str
    right: bool
    margin: float | None  # None: no value was chosen
    codes: frozenset[str]
    against: float = 0.0  # the weights against the chosen value (its negative signals)
    doubt_only: frozenset[str] = frozenset()  # its signals of weight 0, with a fitted doubt

    def confidence(self, doubt: float, extra: dict[str, float] | None = None) -> float | None:
        if self.margin is None:
            return None
        more = sum((extra or {}).get(name, 0.0) for name in self.doubt_only)
        return self.margin - doubt * (self.against + more)


def answers(field: str, which: str) -> list[Answer]:
    """Every page's answer for a field (published or headline) in one part."""
    gold_field = FIELDS[field][0]
    found = []
    for row in rows(PAGES / "gold.tsv"):
        if part(row.gold) != which:
            continue
        choice = next((c for c in row.article.choices if c.field == field), None)
        margin = None if choice is None else choice.margin()
        against, doubt_only = 0.0, frozenset[str]()
        if choice is not None and choice.chosen is not None:
            table, names = choice.chosen.table, choice.chosen.signals
            against = -sum(min(table[n].weight, 0) for n in names)
            doubt_only = frozenset(n for n in names if table[n].weight == 0)
        right = date_right(row) if gold_field == "date" else row.right(gold_field)
        codes = frozenset(w.code for w in row.article.warnings)
        found.append(Answer(row.path.name, right, margin, codes, against, doubt_only))
    return found


def doubt_only_signals(field: str) -> tuple[str, ...]:
    """The field's signals of weight 0: evidence against a choice only (Signal.doubt)."""
    table = evidence.DATE_SIGNALS if field == "published" else evidence.HEADLINE_SIGNALS
    return tuple(sorted(n for n, s in table.items() if s.weight == 0))


class Fit(NamedTuple):
    doubt: float
    cut: float
    wrong: int  # wrong answers with a value under the cut
    right: int  # right answers with a value under it
    extra: tuple[tuple[str, float], ...] = ()  # the doubt of each signal of weight 0


def fit_doubt(
    found: Sequence[Answer], doubt: float, extra: tuple[tuple[str, float], ...] = ()
) -> Fit:
    """The cut for one doubt weight: the most wrong answers with a value under it while at most a
    tenth of the right answers are (all of them, as issue 21's target counts: a right "no
    headline" carries no note); the smallest such cut among equals. Cuts lie halfway between the
    confidences seen (sums of weights), so a small change of weights does not move it."""
    budget = MAX_RIGHT_FLAGGED * sum(a.right for a in found)
    weights = dict(extra)
    valued = [(a.confidence(doubt, weights), a.right) for a in found if a.margin is not None]
    right = [c for c, ok in valued if ok and c is not None]
    wrong = [c for c, ok in valued if not ok and c is not None]
    cuts = sorted({0.0, *(c + 0.5 for c in right + wrong)})
    best = Fit(doubt, 0.0, -1, 0, extra)
    for cut in cuts:
        flagged_right = sum(c < cut for c in right)
        if flagged_right > budget:
            break
        caught = sum(c < cut for c in wrong)
        if caught > best.wrong:
            best = Fit(doubt, cut, caught, flagged_right, extra)
    return best


def fit(found: Sequence[Answer], field: str = "published") -> Fit:
    """The doubt weight, the doubt of each signal of weight 0 (DOUBT_ONLY values) and the cut:
    the most wrong answers caught, then the fewest right ones, then the smallest weights."""
    names = doubt_only_signals(field)
    grids: list[tuple[tuple[str, float], ...]] = [()]
    for name in names:
        grids = [(*g, (name, value)) for g in grids for value in DOUBT_ONLY]
    fits = [fit_doubt(found, doubt, extra) for doubt in DOUBTS for extra in grids]
    return min(fits, key=lambda f: (-f.wrong, f.right, f.doubt, [v for _, v in f.extra]))


def fit_cut(found: Sequence[Answer], field: str = "published") -> float:
    """The fitted cut (see ``fit``)."""
    return fit(found, field).cut


def flagged(answer: Answer, field: str) -> bool:
    _, uncertain, missing = FIELDS[field]
    return uncertain in answer.codes or missing in answer.codes


def pct(n: int, d: int) -> str:
    return f"{100 * n / d:3.0f}%" if d else "  -"


def report(field: str, which: str, found: Sequence[Answer]) -> str:
    uncertain = FIELDS[field][1]
    wrong = [a for a in found if not a.right]
    right = [a for a in found if a.right]
    caught = sum(flagged(a, field) for a in wrong)
    noted = sum(uncertain in a.codes for a in wrong)
    false = sum(uncertain in a.codes for a in right)
    return (
        f"{which:10} {field:9} pages {len(found):3}  wrong {len(wrong):3}: flagged {caught:3} "
        f"{pct(caught, len(wrong))} (by {uncertain} {noted})  right {len(right):3}: "
        f"with {uncertain} {false:3} {pct(false, len(right))}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the cuts differ")
    args = parser.parse_args()
    differ = False
    for field in FIELDS:
        fitted = fit(answers(field, "tuning"), field)
        used = evidence.CONFIDENCE_CUTS[field]
        doubt = evidence.CONFIDENCE_DOUBT[field]
        table = evidence.DATE_SIGNALS if field == "published" else evidence.HEADLINE_SIGNALS
        extra = ", ".join(f"{n} {v:g} ({table[n].doubt:g})" for n, v in fitted.extra)
        print(
            f"{field}: fitted cut {fitted.cut:g}, doubt weight {fitted.doubt:g} "
            f"(newsctl/articles/evidence.py: {used:g}, {doubt:g})"
            + (f"; doubt of signals of weight 0: {extra}" if extra else "")
        )
        differ |= fitted.cut != used or fitted.doubt != doubt
        differ |= any(table[n].doubt != v for n, v in fitted.extra)
        for which in PARTS:
            print("  " + report(field, which, answers(field, which)))
    if args.check and differ:
        sys.exit(1)


if __name__ == "__main__":
    main()
