"""Confidence: a date or headline chosen by a small margin carries uncertain-date or
uncertain-headline; the cuts are the ones benchmarks/confidence.py fits on the tuning part."""

from __future__ import annotations

import json
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
    assert record["warnings"] == [
        {"code": "uncertain-date", "message": "chosen by a margin of 0 over line 2, with 4 of "
         "evidence against it: check it"}  # nothing but its place speaks for it (bare)
    ]


def test_a_labelled_date_is_sure() -> None:
    record = parsed(HEADLINE + "نشر في: 3 مارس 2022\n" + STORY)
    assert (record["published"], record["warnings"]) == ("2022-03-03", [])


def test_a_date_that_only_its_place_speaks_for_is_less_sure() -> None:
    """Under the headline, alone: a stamp, or a site's clock (``bare``: it weighs nothing in the
    score, its fitted doubt lowers the confidence); with its time it is a stamp."""
    from newsctl.articles.evidence import CONFIDENCE_DOUBT, DATE_SIGNALS

    def choice(stamp: str) -> dict[str, Any]:
        result = run_cli(["explain", "--format", "json", "--field", "published", "-"],
                         stdin=(HEADLINE + stamp + "\n" + STORY).encode())  # fmt: skip
        ((found,),) = [a["choices"] for a in json.loads(result.stdout)]
        return found  # type: ignore[no-any-return]

    bare, timed = choice("3 مارس 2022"), choice("3 مارس 2022 10:30")
    doubt = CONFIDENCE_DOUBT["published"] * DATE_SIGNALS["bare"].doubt
    assert (bare["margin"], bare["confidence"]) == (6.0, 6.0 - doubt)
    assert (timed["margin"], timed["confidence"]) == (7.0, 7.0)


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
def test_the_cuts_are_the_fitted_ones(field: str) -> None:
    from confidence import answers, fit_cut

    from newsctl.articles.evidence import CONFIDENCE_CUTS

    assert CONFIDENCE_CUTS[field] == fit_cut(answers(field, "tuning"), field)


def test_a_headline_whose_own_signals_speak_against_it_is_less_sure() -> None:
    """A title of three words wins (nothing else is a title) by a margin of 3; its few words are
    evidence against it (2: a name, a section, a banner is that short), weighed by the fitted
    doubt weight (CONFIDENCE_DOUBT, which the fit may set to 0 when the margin alone sorts the
    tuning part's answers as well): under the fitted cut, the record says so."""
    from newsctl.articles.evidence import CONFIDENCE_CUTS, CONFIDENCE_DOUBT

    text = "وزير الصحة يفتتح\n3 مارس 2022\n" + STORY
    record = parsed(text)
    assert record["headline"] == "وزير الصحة يفتتح"
    confidence = 3 - 2 * CONFIDENCE_DOUBT["headline"]
    explained = run_cli(["explain", "--field", "headline", "-"], stdin=text.encode()).stdout
    assert "margin +3 " in explained and "-2 few-words" in explained
    codes = [w["code"] for w in record["warnings"]]
    assert codes == (["uncertain-headline"] if confidence < CONFIDENCE_CUTS["headline"] else [])


def test_a_headline_with_nothing_against_it_is_sure() -> None:
    record = parsed(HEADLINE + "3 مارس 2022\n" + STORY)
    assert record["warnings"] == []


@pytest.mark.parametrize("field", ["published", "headline"])
def test_the_doubt_weights_are_the_fitted_ones(field: str) -> None:
    from confidence import answers, fit

    from newsctl.articles.evidence import CONFIDENCE_DOUBT

    assert CONFIDENCE_DOUBT[field] == fit(answers(field, "tuning"), field).doubt


def test_the_doubt_of_the_signals_of_weight_0_is_the_fitted_one() -> None:
    """A date that nothing but its place speaks for (no label, time, dateline: ``bare``) weighs
    nothing in its score, and its doubt is fitted with the cut."""
    from confidence import answers, fit

    from newsctl.articles.evidence import DATE_SIGNALS

    fitted = dict(fit(answers("published", "tuning"), "published").extra)
    assert fitted == {"bare": DATE_SIGNALS["bare"].doubt}
    assert DATE_SIGNALS["bare"].weight == 0
    assert fit(answers("headline", "tuning"), "headline").extra == ()
