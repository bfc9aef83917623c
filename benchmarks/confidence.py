"""Confidence: fit the model of how sure a chosen date or headline is, and measure how well its
notes (uncertain-date, uncertain-headline) single out wrong answers.

Each chosen date and headline is read by ``newsctl.articles.certainty`` as a few numbers (its
margin, how far it stands above the threshold and above the runner-up, the evidence against it,
how many candidates there were) and the signals of the chosen candidate. A logistic regression
(L2-regularised, by Newton's method from zero: deterministic, no library) fitted on the tuning
part of tests/pages gives the chance that the choice is right; the cut under which a record is
marked uncertain flags at most a share (the budget) of the tuning part's right answers (all of
them, as issue 21's target counts: a right "no headline" carries no note).

A fit flags more right answers on pages it has not seen than on its own, so the penalty (one of
L2S) and the budget (one of BUDGETS, 5% to 10% by half points) are chosen by cross-validation on
the tuning part alone (five folds by outlet, repeated over ten fold assignments): of the settings
that flag at most a tenth of the held-out right answers, those within one standard error of the
most wrong answers flagged, the largest penalty (the steadiest fit), then the most wrong
answers flagged, then the smaller budget. The validation part is scored with the fit, never read.

Run: .venv/bin/python benchmarks/confidence.py     (--write: write the fitted models into
newsctl/articles/certainty.py; --check: exit 1 when the models there are not the fitted ones)

A wrong answer counts as flagged when its record carries the field's uncertain note, or says the
field is missing (no-date, missing-headline), or leaves it empty (a date without its year is
`partial-date`, its record's date null): either way a reader is told to look.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import math
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the scoring is shared with the test suite

from page_scores import PAGES, PARTS, Row, date_right, outlet, part, rows  # noqa: E402

from newsctl.articles import certainty  # noqa: E402

FIELDS = {"published": ("date", "uncertain-date", "no-date"),
          "headline": ("headline", "uncertain-headline", "missing-headline")}  # fmt: skip
MAX_RIGHT_FLAGGED = 0.10  # issue 21's target, on pages never seen
L2S = (0.003, 0.01, 0.03, 0.1)
BUDGETS = tuple(round(0.05 + 0.005 * k, 3) for k in range(11))  # 5% to 10% by halves
FOLDS = 5
REPEATS = 10  # cross-validation repeated over this many fold assignments (steadier choices)
PLACES = 2  # the weights are written rounded to this many places
CERTAINTY = ROOT / "newsctl" / "articles" / "certainty.py"


class Answer(NamedTuple):
    page: str
    outlet: str
    right: bool
    features: Mapping[str, float] | None  # None: no value was chosen
    codes: frozenset[str]


@functools.cache
def _rows() -> tuple[Row, ...]:
    return tuple(rows(PAGES / "gold.tsv"))


def answers(field: str, which: str) -> list[Answer]:
    """Every page's answer for a field (published or headline) in one part."""
    gold_field = FIELDS[field][0]
    found = []
    for row in _rows():
        if part(row.gold) != which:
            continue
        choice = next((c for c in row.article.choices if c.field == field), None)
        right = date_right(row) if gold_field == "date" else row.right(gold_field)
        codes = frozenset(w.code for w in row.article.warnings)
        # a record with no value for the field (nothing chosen, or a date without its year)
        # needs no confidence: its empty field tells the reader to look
        value = row.article.date if field == "published" else row.article.headline
        features = None if choice is None or value is None else choice.features()
        found.append(Answer(row.path.name, outlet(row.gold["url"]), right, features, codes))
    return found


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the Newton step's linear system)."""
    size = len(vector)
    rows_ = [[*matrix[i], vector[i]] for i in range(size)]
    for col in range(size):
        pivot = max(range(col, size), key=lambda r: abs(rows_[r][col]))
        rows_[col], rows_[pivot] = rows_[pivot], rows_[col]
        head = rows_[col][col]
        for r in range(col + 1, size):
            factor = rows_[r][col] / head
            if factor:
                row, top = rows_[r], rows_[col]
                for c in range(col, size + 1):
                    row[c] -= factor * top[c]
    out = [0.0] * size
    for r in range(size - 1, -1, -1):
        rest = sum(rows_[r][c] * out[c] for c in range(r + 1, size))
        out[r] = (rows_[r][size] - rest) / rows_[r][r]
    return out


def fit_weights(found: Sequence[Answer], l2: float) -> tuple[float, dict[str, float]]:
    """The intercept and the weights of a logistic regression of "the answer is wrong" on the
    features of the answers with a value (the mean log-loss plus l2/2 times the squared weights,
    the intercept free), by Newton's method from zero."""
    valued = [a for a in found if a.features is not None]
    names = sorted({n for a in valued for n in a.features or ()})
    index = {n: i + 1 for i, n in enumerate(names)}
    rows_ = [[(0, 1.0), *((index[n], x) for n, x in (a.features or {}).items())] for a in valued]
    target = [0.0 if a.right else 1.0 for a in valued]
    size, count = len(names) + 1, len(valued)
    w = [0.0] * size
    for _ in range(100):
        grad = [l2 * w[i] if i else 0.0 for i in range(size)]
        hess = [[0.0] * size for _ in range(size)]
        for i in range(1, size):
            hess[i][i] = l2
        hess[0][0] = 1e-9
        for row, t in zip(rows_, target, strict=True):
            z = sum(w[i] * x for i, x in row)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            d, s = (p - t) / count, p * (1 - p) / count
            for i, x in row:
                grad[i] += d * x
                for j, y in row:
                    hess[i][j] += s * x * y
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
        if max(abs(b) for b in step) < 1e-10:
            break
    return w[0], {n: w[index[n]] for n in names}


def cut_for(model: certainty.Model, found: Sequence[Answer], budget: float) -> float:
    """The highest cut that flags (confidence under it) at most ``budget`` of the right answers,
    all of them counted: the confidence of the first right answer past the budget."""
    allowed = int(budget * sum(a.right for a in found))
    confidences = sorted(
        certainty.confidence(model, a.features)
        for a in found
        if a.right and a.features is not None
    )
    return confidences[allowed] if allowed < len(confidences) else 1.0


def fit_model(found: Sequence[Answer], l2: float, budget: float) -> certainty.Model:
    """The model fitted on ``found`` with these settings, its weights rounded to PLACES."""
    intercept, weights = fit_weights(found, l2)
    rounded = {n: round(w, PLACES) for n, w in weights.items() if round(w, PLACES)}
    model = certainty.Model(round(intercept, PLACES), rounded, 1.0, l2, budget)
    return model._replace(cut=cut_for(model, found, budget))


def flagged_by(model: certainty.Model, answer: Answer) -> bool:
    """Whether the answer would be flagged: uncertain under the model, or no value at all."""
    if answer.features is None:
        return True
    return certainty.confidence(model, answer.features) < model.cut


def fold(answer: Answer, repeat: int = 0) -> int:
    """The answer's fold in one of REPEATS assignments (a byte of its outlet's hash each)."""
    return hashlib.sha256(answer.outlet.encode()).digest()[1 + repeat] % FOLDS


def cross_validated(found: Sequence[Answer]) -> tuple[float, float]:
    """The penalty and the budget (see the module's docstring)."""
    wrong_total = REPEATS * sum(not a.right for a in found)
    right_total = REPEATS * sum(a.right for a in found)
    feasible: list[tuple[float, float, float]] = []  # (share of wrong flagged, l2, budget)
    for l2 in L2S:
        splits = [
            (repeat, k, fit_weights([a for a in found if fold(a, repeat) != k], l2))
            for repeat in range(REPEATS)
            for k in range(FOLDS)
        ]
        for budget in BUDGETS:
            wrong = right = 0
            for repeat, k, (intercept, weights) in splits:
                inside = [a for a in found if fold(a, repeat) != k]
                model = certainty.Model(intercept, weights, 1.0, l2, budget)
                model = model._replace(cut=cut_for(model, inside, budget))
                held = [a for a in found if fold(a, repeat) == k]
                wrong += sum(flagged_by(model, a) for a in held if not a.right)
                right += sum(flagged_by(model, a) for a in held if a.right and a.features)
            if right <= MAX_RIGHT_FLAGGED * right_total:
                feasible.append((wrong / wrong_total, l2, budget))
    if not feasible:
        return L2S[-1], BUDGETS[0]
    # the one-standard-error rule: of the settings that flag about as many wrong answers as the
    # best (within one standard error of its share), the most regularised, then the best of it
    best = max(share for share, _, _ in feasible)
    error = math.sqrt(best * (1 - best) * REPEATS / wrong_total)
    near = [f for f in feasible if f[0] >= best - error]
    top = max(l2 for _, l2, _ in near)
    _, l2, budget = max((f for f in near if f[1] == top), key=lambda f: (f[0], -f[2]))
    return l2, budget


def fitted(field: str, found: Sequence[Answer] | None = None, *, search: bool = True
           ) -> certainty.Model:  # fmt: skip
    """The field's model fitted on the tuning part; with ``search`` False, with the settings
    the table has now (the check of tests/test_confidence.py, without the cross-validation)."""
    found = answers(field, "tuning") if found is None else found
    if search:
        l2, budget = cross_validated(found)
    else:
        current = certainty.MODELS[field]
        l2, budget = current.l2, current.budget
    return fit_model(found, l2, budget)


def flagged(answer: Answer, field: str) -> bool:
    _, uncertain, missing = FIELDS[field]
    return uncertain in answer.codes or missing in answer.codes or answer.features is None


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


def source(models: Mapping[str, certainty.Model]) -> str:
    """The table as certainty.py holds it."""
    out = ["MODELS: Final[dict[str, Model]] = {"]
    for field, m in models.items():
        out.append(f'    "{field}": Model(')
        out.append(f"        intercept={m.intercept!r},")
        out.append("        weights={")
        out.extend(f'            "{n}": {w!r},' for n, w in sorted(m.weights.items()))
        out.append("        },")
        out.append(f"        cut={m.cut!r},")
        out.append(f"        l2={m.l2!r},")
        out.append(f"        budget={m.budget!r},")
        out.append("    ),")
    out.append("}")
    return "\n".join(out) + "\n"


def write(models: Mapping[str, certainty.Model]) -> None:
    text = CERTAINTY.read_text("utf-8")
    block = re.compile(r"(# BEGIN FITTED[^\n]*\n).*?(# END FITTED)", re.S)
    CERTAINTY.write_text(block.sub(lambda m: m[1] + source(models) + m[2], text), "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="write the fitted models")
    parser.add_argument("--check", action="store_true", help="exit 1 when the models differ")
    args = parser.parse_args()
    models = {field: fitted(field) for field in FIELDS}
    for field, model in models.items():
        print(
            f"{field}: penalty {model.l2:g}, budget {model.budget:g}, cut {model.cut:g}, "
            f"{len(model.weights)} weights"
            + ("" if certainty.MODELS.get(field) == model else " (not the table's)")
        )
        for which in PARTS:
            print("  " + report(field, which, answers(field, which)))
    if args.write:
        write(models)
        print(f"written: {CERTAINTY.relative_to(ROOT)} (run again to score the new notes)")
    if args.check and models != dict(certainty.MODELS):
        sys.exit(1)


if __name__ == "__main__":
    main()
