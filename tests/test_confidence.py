"""Confidence: a date or headline chosen by a small margin carries uncertain-date or
uncertain-headline; the cuts are the ones benchmarks/confidence.py fits on the tuning part."""

from __future__ import annotations

import json
import re
import sys
from typing import Any

import pytest
from conftest import ROOT, run_cli

sys.path.insert(0, str(ROOT / "benchmarks"))

HEADLINE = "وزير الصحة يفتتح مستشفى جديدا في المدينة\n"
STORY = "افتتح وزير الصحة اليوم مستشفى جديدا يخدم سكان المدينة والقرى المجاورة لها.\n"


def parsed(text: str) -> dict[str, Any]:
    result = run_cli(["parse", "-"], stdin=text.encode("utf-8"))
    assert result.status == 0
    record: dict[str, Any] = json.loads(result.stdout)
    return record


def test_two_days_with_nothing_between_them_is_uncertain() -> None:
    record = parsed(HEADLINE + "3 مارس 2022\n4 مارس 2022\n" + STORY)
    assert record["published"] == "2022-03-04"
    ((warning,),) = [record["warnings"]]  # the same score as line 2's
    assert warning["code"] == "uncertain-date"
    assert re.fullmatch(r"confidence 0\.\d+: chosen by a margin of 0 over line 2: check it",
                        warning["message"])  # fmt: skip


def test_a_labelled_date_is_sure() -> None:
    record = parsed(HEADLINE + "نشر في: 3 مارس 2022\n" + STORY)
    assert (record["published"], record["warnings"]) == ("2022-03-03", [])


def choice(text: str, field: str) -> dict[str, Any]:
    result = run_cli(["explain", "--format", "json", "--field", field, "-"], stdin=text.encode())
    ((found,),) = [a["choices"] for a in json.loads(result.stdout)]
    return found  # type: ignore[no-any-return]


def test_a_date_that_only_its_place_speaks_for_is_less_sure() -> None:
    """Under the headline, alone: a stamp, or a site's clock; with its time it is a stamp, and
    surer."""
    bare = choice(HEADLINE + "3 مارس 2022\n" + STORY, "published")
    timed = choice(HEADLINE + "3 مارس 2022 10:30\n" + STORY, "published")
    assert (bare["margin"], timed["margin"]) == (6.0, 7.0)
    assert bare["confidence"] < timed["confidence"]


def test_the_confidence_is_the_models_chance_that_the_choice_is_right() -> None:
    """The model's weights applied to the choice's features, through the logistic function."""
    import math

    from newsctl.articles.certainty import MODELS, confidence, features

    model = MODELS["published"]
    found = features(6.0, 6.0, None, 0.0, 1, ["full-date", "date-line", "near-headline"])
    assert found == {
        "margin": 1.2, "over": 1.2, "gap": 4.0, "against": 0.0, "candidates": 0.0,
        "contenders": 0.0,
        "signal:full-date": 1.0, "signal:date-line": 1.0, "signal:near-headline": 1.0,
    }  # fmt: skip
    z = model.intercept + sum(model.weights.get(n, 0.0) * x for n, x in found.items())
    assert confidence(model, found) == round(1 - 1 / (1 + math.exp(-z)), 3)
    assert 0.0 <= confidence(model, found) <= 1.0


def test_the_model_reads_the_contenders_and_the_runner_ups_signals() -> None:
    """Two labelled dates: the second is a contender (another day that reached the threshold),
    and its own signals are features of the choice (``runner:``); two prints of one day are
    no contender."""
    import math

    from newsctl import parse_article

    two = parse_article(HEADLINE + "نشر في: 3 مارس 2022\nنشر في: 4 مارس 2022\n" + STORY)
    (published,) = [c for c in two.choices if c.field == "published"]
    found = published.features()
    assert found is not None
    assert found["contenders"] == math.log1p(1)
    assert found["runner:label"] == 1.0
    one = parse_article(HEADLINE + "نشر في: 3 مارس 2022\n" + STORY + "الخميس 3 مارس 2022\n")
    (published,) = [c for c in one.choices if c.field == "published"]
    found = published.features()
    assert found is not None
    assert found["contenders"] == 0.0
    assert not [name for name in found if name.startswith("runner:")]


def test_two_prints_of_one_day_are_not_a_doubt() -> None:
    record = parsed(HEADLINE + "3 مارس 2022\n" + STORY + "الخميس 3 مارس 2022\n")
    assert record["published"] == "2022-03-03"
    assert "uncertain-date" not in [w["code"] for w in record["warnings"]]


def test_explain_shows_the_margin_and_how_time_and_zone_were_found() -> None:
    text = HEADLINE + "نشر في: 3 مارس 2022 - 10:15 ص\n" + STORY
    result = run_cli(["explain", "--field", "published", "-"], stdin=text.encode("utf-8"))
    lines = result.stdout.splitlines()
    assert lines[2].startswith("  margin +")
    assert lines[3:5] == ["  time: '3 مارس 2022 - 10:15 ص' written with the date",
                          "  zone: none written"]  # fmt: skip


@pytest.mark.parametrize("field", ["published", "headline"])
def test_the_models_are_the_fitted_ones(field: str) -> None:
    """The table of newsctl/articles/certainty.py is benchmarks/confidence.py's fit on the tuning
    part, with the penalty and budget the table records (the script chooses them by
    cross-validation; ``--check`` checks that too)."""
    from confidence import fitted

    from newsctl.articles.certainty import MODELS

    assert MODELS[field] == fitted(field, search=False)


def test_the_weight_fit_starts_from_every_signal_of_the_tables() -> None:
    """benchmarks/fit.py starts from a prior weight for each signal a candidate can carry (a
    signal added to a table without one stopped the script with a KeyError)."""
    from fit import PRIORS

    from newsctl.articles.evidence import HEADLINE_SIGNALS

    assert set(PRIORS["headline"]) == set(HEADLINE_SIGNALS)


def test_a_headline_whose_own_signals_speak_against_it_is_less_sure() -> None:
    """A title of three words wins (nothing else is a title) by a margin of 3; its few words are
    evidence against it (a name, a section, a banner is that short): less sure than a headline
    with nothing against it, and under the fitted cut the record says so."""
    from newsctl.articles.certainty import MODELS

    text = "وزير الصحة يفتتح\n3 مارس 2022\n" + STORY
    record = parsed(text)
    assert record["headline"] == "وزير الصحة يفتتح"
    found = choice(text, "headline")
    assert (found["margin"], found["against"]) == (3.0, 2.0)  # -2 few-words
    plain = choice(HEADLINE + "3 مارس 2022\n" + STORY, "headline")
    assert found["confidence"] < plain["confidence"]
    codes = [w["code"] for w in record["warnings"]]
    assert codes == (["uncertain-headline"] if found["uncertain"] else [])
    assert found["uncertain"] == (found["confidence"] < MODELS["headline"].cut)


def test_a_headline_with_nothing_against_it_is_sure() -> None:
    record = parsed(HEADLINE + "3 مارس 2022\n" + STORY)
    assert record["warnings"] == []
