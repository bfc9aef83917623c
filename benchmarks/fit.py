"""Weights fitted, not guessed: a pairwise ranking fit of the evidence weights on the tuning part.

Each candidate of a page (a date mention, a line) is a row of signals; on a tuning page where the
right candidate is among them, the right one should outscore every wrong one. The fit is a
logistic regression on the differences (right minus wrong), L2-regularised, by plain gradient
descent from the hand weights (deterministic: no random start, no library); the weights are then
scaled to the hand table's size and rounded to halves. The validation part is only scored.

Run: .venv/bin/python benchmarks/fit.py [--field published|headline] [--write]

It prints, for the hand weights and the fitted ones, how many pages of each part have the right
candidate chosen (the best one reaching the threshold; "none" is right when the gold has none),
and each weight that moved. Fitted weights are to be adopted only when neither part drops.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from page_scores import PAGES, PARTS, part, rows, wanted  # noqa: E402

from newsctl.articles import evidence  # noqa: E402
from newsctl.text.fold import fold_key  # noqa: E402

STEPS = 400
RATE = 0.05
L2 = 0.01
# The hand weights the fit starts from and is drawn back to (L2): the tables as they were before
# the first fit, kept here so that the fit is a fixed function of the tuning pages.
PRIORS: dict[str, dict[str, float]] = {
    "headline": {
        "markup-title": 4, "header-slot": 8, "title-words": 2, "first-line": 1,
        "first-title": 1, "few-words": -2, "name": -3, "title-label": 6, "printed-twice": 3,
        "before-story": 2, "before-date": 2, "after-date": 1, "kicker-above": 1, "long": -1,
        "sentence": -1, "in-list": -2, "bullet": -3, "site-name": -5, "furniture": -5,
        "interface": -6, "latin": -1, "page-title": -3, "page-list": -8, "glued-lead": 2,
        "echoed": 1, "unechoed": -1, "flat-title": 2, "clauses": -2, "standfirst": -2,
        "printed-often": -4, "lead": -3, "numbered": -2, "list-head-title": 2, "greeting": -3,
        # signals added after the first fit, at the hand weight each came with
        "markup-headline": 10, "address": -5, "runs-on": -3, "lead-verb": -4, "discourse": -5,
        "post-title": 4, "poster": -5,
    },
}  # fmt: skip
EVIDENCE = ROOT / "newsctl" / "articles" / "evidence.py"


class Page(NamedTuple):
    name: str
    part: str
    candidates: list[tuple[str, ...]]  # each candidate's signals
    right: list[bool]  # which candidates are right
    none_right: bool  # the gold has no value


def pages(field: str) -> list[Page]:
    found = []
    for row in rows(PAGES / "gold.tsv"):
        choice = next((c for c in row.article.choices if c.field == field), None)
        if choice is None:
            continue
        if field == "published":
            gold = row.gold["date"]
            right = [str(getattr(c.item, "date", None)) == gold for c in choice.candidates]
            none_right = gold in ("", "-")
        else:
            title = wanted(row.gold, "headline")
            right = [title is not None and fold_key(c.text) == fold_key(title)
                     for c in choice.candidates]  # fmt: skip
            none_right = title is None
        signals = [tuple(c.signals) for c in choice.candidates]
        found.append(Page(row.path.name, part(row.gold), signals, right, none_right))
    return found


def score(signals: Sequence[str], weights: dict[str, float]) -> float:
    return sum(weights[s] for s in signals)


def right_choice(page: Page, weights: dict[str, float], threshold: float) -> bool:
    if not page.candidates:
        return page.none_right
    scores = [score(s, weights) for s in page.candidates]
    best = max(range(len(scores)), key=lambda k: (scores[k], -k))
    if scores[best] < threshold:
        return page.none_right
    return page.right[best]


def fit(train: Sequence[Page], start: dict[str, float]) -> dict[str, float]:
    names = sorted(start)
    w = {n: float(start[n]) for n in names}
    pairs = []
    for page in train:
        for i, good in enumerate(page.right):
            if not good:
                continue
            for j, bad in enumerate(page.right):
                if not bad:
                    diff: dict[str, float] = {}
                    for s in page.candidates[i]:
                        diff[s] = diff.get(s, 0) + 1
                    for s in page.candidates[j]:
                        diff[s] = diff.get(s, 0) - 1
                    pairs.append({k: v for k, v in diff.items() if v})
    size = sum(abs(v) for v in start.values())
    for _ in range(STEPS):
        grad = dict.fromkeys(names, 0.0)
        for diff in pairs:
            margin = sum(w[k] * v for k, v in diff.items())
            g = -1 / (1 + math.exp(min(50.0, margin)))
            for k, v in diff.items():
                grad[k] += g * v
        for n in names:
            w[n] -= RATE * (grad[n] / max(1, len(pairs)) + L2 * (w[n] - start[n]))
    scale = size / max(1e-9, sum(abs(v) for v in w.values()))
    return {n: round(2 * w[n] * scale) / 2 for n in names}


def fitted_weights(field: str) -> dict[str, float]:
    """The fit of a field's weights on the tuning part, from its prior."""
    table = evidence.DATE_SIGNALS if field == "published" else evidence.HEADLINE_SIGNALS
    prior = PRIORS.get(field) or {n: float(s.weight) for n, s in table.items()}
    return fit([p for p in pages(field) if p.part == "tuning"], prior)


def write(field: str, weights: dict[str, float]) -> None:
    """The fitted weights into the field's table in newsctl/articles/evidence.py."""
    start = "HEADLINE_SIGNALS" if field == "headline" else "DATE_SIGNALS"
    source = EVIDENCE.read_text("utf-8")
    head, rest = source.split(f"{start}: Final", 1)
    block, tail = rest.split("\n}\n", 1)
    for name, weight in weights.items():
        block = re.sub(
            rf'("{re.escape(name)}": Signal\()[-+0-9.]+(, )', rf"\g<1>{weight:g}\g<2>", block
        )
    EVIDENCE.write_text(f"{head}{start}: Final{block}\n}}\n{tail}", "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--field", choices=["published", "headline"], action="append")
    parser.add_argument("--write", action="store_true", help="write the fitted weights")
    args = parser.parse_args()
    for field in args.field or ["published", "headline"]:
        table = evidence.DATE_SIGNALS if field == "published" else evidence.HEADLINE_SIGNALS
        threshold = evidence.DATE_THRESHOLD if field == "published" else evidence.HEADLINE_THRESHOLD
        hand = PRIORS.get(field) or {n: float(s.weight) for n, s in table.items()}
        found = pages(field)
        fitted = fitted_weights(field)
        print(f"{field}:")
        for name, weights in (("hand weights", hand), ("fitted", fitted)):
            cells = []
            for which in PARTS:
                mine = [p for p in found if p.part == which]
                right = sum(right_choice(p, weights, threshold) for p in mine)
                cells.append(f"{which} {right}/{len(mine)}")
            print(f"  {name:13} " + "  ".join(cells))
        moved = {n: (hand[n], fitted[n]) for n in hand if hand[n] != fitted[n]}
        print("  moved: " + ", ".join(f"{n} {a:+g}->{b:+g}" for n, (a, b) in sorted(moved.items())))
        zero = [n for n, w in fitted.items() if w == 0 and hand[n] != 0]
        if zero:
            print("  driven to zero (signals to remove): " + ", ".join(zero))
        if args.write:
            write(field, fitted)
            print(f"  written into {EVIDENCE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
