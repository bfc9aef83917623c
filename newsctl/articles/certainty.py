"""How sure a chosen date or headline is: a logistic model of the chance that the choice is right.

The model reads what the evidence says of a choice (``features``): its margin (the smaller of how
far it stands above the runner-up and above the threshold), each of the two apart, the evidence
against the chosen candidate (the weights of its own signals that speak against it), how many
candidates there were and how many of them, saying something else, also reached the threshold
(contenders), which signals the chosen candidate got (each a feature of its own: a date that
nothing but its place speaks for, a headline that is also the site's name) and which the runner-up
got (a runner-up with a label of its own is a doubt that its score alone does not say). Its
confidence is the modelled chance that the choice is right, from 0 to 1; under the field's cut
the record carries ``uncertain-date`` or ``uncertain-headline``.

The weights and the cuts are fitted on the tuning part of tests/pages by
``benchmarks/confidence.py`` (a logistic regression, L2-regularised, by Newton's method from zero:
deterministic, no library), which writes the table below (``--write``); tests/test_confidence.py
holds the table to the fit. The validation part is only scored.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Final, NamedTuple

# A margin, a gap or an evidence past these bounds says no more (and one odd page cannot pull
# the fit): margin and gaps are clipped, then scaled to about one unit.
_MARGIN: Final = (-10.0, 10.0)
_GAP: Final = (-10.0, 20.0)
_AGAINST: Final = (0.0, 20.0)
_SCALE: Final = 5.0
NO_RUNNER_UP: Final = 20.0  # the gap when no other candidate says something else
SIGNAL: Final = "signal:"  # a chosen candidate's signal, as a feature
RUNNER: Final = "runner:"  # the runner-up's signal, as a feature


class Model(NamedTuple):
    """One field's fitted model: the intercept, the weight of each feature (a feature not named
    weighs nothing), the cut under which a confidence is uncertain, and the fit's settings (its
    L2 penalty and the share of the tuning part's right answers the cut may flag)."""

    intercept: float
    weights: Mapping[str, float]
    cut: float
    l2: float
    budget: float


def _clip(value: float, bounds: tuple[float, float]) -> float:
    return max(bounds[0], min(bounds[1], value))


def features(
    margin: float,
    over: float,
    gap: float | None,
    against: float,
    candidates: int,
    signals: Iterable[str],
    contenders: int = 0,
    runner_signals: Iterable[str] = (),
) -> dict[str, float]:
    """The features of one choice: ``over`` is how far the chosen candidate stands above the
    threshold, ``gap`` above the runner-up (None: there is none), ``margin`` the smaller;
    ``contenders`` how many other values reached the threshold, ``runner_signals`` the signals
    of the runner-up."""
    found = {
        "margin": _clip(margin, _MARGIN) / _SCALE,
        "over": _clip(over, _GAP) / _SCALE,
        "gap": _clip(NO_RUNNER_UP if gap is None else gap, _GAP) / _SCALE,
        "against": _clip(against, _AGAINST) / _SCALE,
        "candidates": math.log(max(candidates, 1)) / 2,
        "contenders": math.log1p(contenders),
    }
    found.update((SIGNAL + name, 1.0) for name in signals)
    found.update((RUNNER + name, 1.0) for name in runner_signals)
    return found


def confidence(model: Model, found: Mapping[str, float]) -> float:
    """The modelled chance that the choice is right, rounded to three places (the cut is
    compared with the rounded value, here and in the fit)."""
    z = model.intercept + sum(model.weights.get(name, 0.0) * x for name, x in found.items())
    wrong = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    return round(1.0 - wrong, 3)


# BEGIN FITTED (benchmarks/confidence.py --write; do not edit by hand)
MODELS: Final[dict[str, Model]] = {
    "published": Model(
        intercept=-1.36,
        weights={
            "against": 0.06,
            "candidates": 0.03,
            "contenders": 0.06,
            "gap": -0.15,
            "margin": -0.2,
            "over": -0.2,
            "runner:above-story": 0.05,
            "runner:below-headline": 0.03,
            "runner:date-line": 0.01,
            "runner:either-order": -0.01,
            "runner:furniture": -0.02,
            "runner:in-headline": 0.02,
            "runner:in-story": -0.03,
            "runner:joined": -0.01,
            "runner:near-headline": 0.04,
            "runner:page-list": -0.01,
            "runner:story-day": 0.01,
            "runner:story-day-disagrees": -0.01,
            "runner:time": 0.01,
            "runner:top-of-page": 0.01,
            "runner:update-label": -0.01,
            "runner:weekday-agrees": -0.01,
            "runner:wire-dateline": -0.01,
            "signal:above-story": 0.01,
            "signal:below-headline": -0.11,
            "signal:date-line": -0.04,
            "signal:either-order": 0.03,
            "signal:furniture": 0.06,
            "signal:in-headline": -0.02,
            "signal:issue": 0.01,
            "signal:label": -0.04,
            "signal:list-head": -0.01,
            "signal:near-headline": -0.07,
            "signal:page-list": 0.01,
            "signal:published-word": -0.01,
            "signal:story-day": -0.05,
            "signal:story-day-disagrees": 0.03,
            "signal:time": -0.07,
            "signal:top-of-page": 0.01,
            "signal:weekday-agrees": 0.08,
            "signal:wire-dateline": 0.01,
            "signal:zone": -0.01,
        },
        cut=0.9,
        l2=0.1,
        budget=0.1,
    ),
    "headline": Model(
        intercept=0.02,
        weights={
            "against": 0.36,
            "candidates": 0.32,
            "contenders": 0.31,
            "gap": -0.26,
            "margin": -0.64,
            "over": -0.7,
            "runner:address": -0.03,
            "runner:after-date": -0.05,
            "runner:before-date": 0.27,
            "runner:before-story": -0.43,
            "runner:bullet": -0.15,
            "runner:clauses": 0.02,
            "runner:echoed": 0.25,
            "runner:few-words": -0.13,
            "runner:first-line": 0.01,
            "runner:first-title": -0.09,
            "runner:furniture": -0.02,
            "runner:greeting": 0.09,
            "runner:in-list": 0.05,
            "runner:kicker-above": 0.05,
            "runner:latin": -0.24,
            "runner:lead-verb": 0.03,
            "runner:list-head-title": 0.04,
            "runner:long": -0.05,
            "runner:name": -0.06,
            "runner:numbered": -0.06,
            "runner:page-title": -0.07,
            "runner:post-title": 0.06,
            "runner:printed-often": 0.03,
            "runner:printed-twice": -0.17,
            "runner:runs-on": -0.03,
            "runner:sentence": -0.12,
            "runner:site-name": 0.04,
            "runner:standfirst": -0.04,
            "runner:title-label": -0.03,
            "runner:title-words": -0.04,
            "runner:unechoed": -0.28,
            "signal:after-date": -0.08,
            "signal:before-date": -0.27,
            "signal:before-story": 0.45,
            "signal:bullet": -0.05,
            "signal:clauses": 0.01,
            "signal:echoed": -0.68,
            "signal:few-words": 0.21,
            "signal:first-line": 0.18,
            "signal:first-title": -0.48,
            "signal:flat-title": 0.11,
            "signal:in-list": 0.05,
            "signal:kicker-above": 0.16,
            "signal:latin": 0.25,
            "signal:lead": 0.04,
            "signal:lead-verb": 0.03,
            "signal:list-head-title": -0.02,
            "signal:long": 0.13,
            "signal:name": 0.02,
            "signal:page-title": 0.04,
            "signal:post-title": -0.09,
            "signal:printed-twice": -0.24,
            "signal:sentence": 0.11,
            "signal:site-name": 0.04,
            "signal:title-label": -0.01,
            "signal:title-words": -0.09,
            "signal:unechoed": 0.3,
        },
        cut=0.764,
        l2=0.01,
        budget=0.095,
    ),
}
# END FITTED
