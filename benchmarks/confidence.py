"""Confidence: how well the notes uncertain-date and uncertain-headline single out wrong answers.

Each chosen date and headline has a margin (``Choice.margin``: how far the chosen candidate stands
above the best candidate saying something else, and above the threshold; the smaller of the two).
The cut under which a field is marked uncertain is fitted on the tuning part of tests/pages: the
largest share of wrong answers under it while at most a tenth of the right answers with a value
are. The validation part is scored with that cut, never read.

Run: .venv/bin/python benchmarks/confidence.py     (--check: exit 1 when the cuts in
newsctl/articles/evidence.py are not the fitted ones)

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


class Answer(NamedTuple):
    page: str
    right: bool
    margin: float | None  # None: no value was chosen
    codes: frozenset[str]


def answers(field: str, which: str) -> list[Answer]:
    """Every page's answer for a field (published or headline) in one part."""
    gold_field = FIELDS[field][0]
    found = []
    for row in rows(PAGES / "gold.tsv"):
        if part(row.gold) != which:
            continue
        choice = next((c for c in row.article.choices if c.field == field), None)
        margin = None if choice is None else choice.margin()
        right = date_right(row) if gold_field == "date" else row.right(gold_field)
        codes = frozenset(w.code for w in row.article.warnings)
        found.append(Answer(row.path.name, right, margin, codes))
    return found


def fit_cut(found: Sequence[Answer]) -> float:
    """The cut: the most wrong answers with a value under it while at most a tenth of the right
    answers with a value are; the smallest such cut among equals. Cuts lie halfway between the
    margins seen (margins are sums of weights), so a small change of weights does not move it."""
    valued = [a for a in found if a.margin is not None]
    right = [a.margin for a in valued if a.right]
    wrong = [a.margin for a in valued if not a.right]
    cuts = sorted({0.0, *(m + 0.5 for m in right + wrong if m is not None)})
    best, best_wrong = 0.0, -1
    for cut in cuts:
        if sum(m < cut for m in right if m is not None) > MAX_RIGHT_FLAGGED * len(right):
            break
        caught = sum(m < cut for m in wrong if m is not None)
        if caught > best_wrong:
            best, best_wrong = cut, caught
    return best


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
        cut = fit_cut(answers(field, "tuning"))
        used = evidence.CONFIDENCE_CUTS[field]
        print(f"{field}: fitted cut {cut:g} (newsctl/articles/evidence.py: {used:g})")
        differ |= cut != used
        for which in PARTS:
            print("  " + report(field, which, answers(field, which)))
    if args.check and differ:
        sys.exit(1)


if __name__ == "__main__":
    main()
