"""The places lexicon (newsctl/data/places.tsv, written by scripts/places.py) and the datelines
and credits it reads: a known place alone before the story, a place and a reporter's name."""

from __future__ import annotations

import importlib.util
import json
import sys

import pytest
from conftest import ROOT, run_cli

from newsctl.articles.datelines import find_dateline
from newsctl.articles.lexicons import data_rows, place_opening, places
from newsctl.articles.phrases import place_credit

SOURCES = {"cldr-city", "cldr-territory", "world-cities"}


def rows() -> list[list[str]]:
    return data_rows("places.tsv")


def test_every_row_names_its_source_and_is_written_once() -> None:
    found = rows()
    assert len(found) > 800
    assert all(len(row) == 3 and row[1] in SOURCES for row in found)
    names = [row[0] for row in found]
    assert names == sorted(set(names))  # sorted, each once: the script's form
    assert {"بغداد", "الدار البيضاء", "نابلس", "المكلا", "الرياض", "البريمي", "تغنيف"} <= places()
    # not a town whose name is a given name (بدر), not an airport, not an administrative word
    assert not {"بدر", "طاهر", "مطار الفاشر", "دائرة تغنيف"} & places()


@pytest.mark.skipif(importlib.util.find_spec("babel") is None, reason="Babel (dev extra) absent")
def test_the_cldr_rows_are_what_the_script_takes_from_cldr() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    import places as script  # scripts/places.py

    cldr = {(name, source, other) for name, source, other in script.cldr()}
    kept = {tuple(row) for row in rows() if row[1].startswith("cldr")}
    assert kept <= cldr  # a name given by both sources is kept once, from CLDR first
    assert {row[0] for row in kept} == {name for name, _, _ in cldr}


@pytest.mark.parametrize(
    ("paragraph", "dateline"),
    [
        ("بغداد: أفادت مصادر أمنية بمقتل تسعة أشخاص في هجوم", "بغداد"),
        ("نابلس:", "نابلس"),
        ("الجزائر (وكالات) تجمع الآلاف في العاصمة أمس", "الجزائر (وكالات)"),
        ("المنامة – خاص", "المنامة – خاص"),  # a credit line of its own
        # the outlet's credit between the place and the story, set apart by a dash or a colon
        ("نابلس – الحياة الجديدة – افتتح رئيس البلدية اليوم حديقة عامة", "نابلس – الحياة الجديدة"),
        ("لندن – «القدس العربي»: نشرت الصحيفة تقريرا عن الانتخابات", "لندن – «القدس العربي»"),
        ("عمان - افتتح وزير الصحة - في حفل كبير - مستشفى جديدا في الزرقاء", "عمان"),  # 3 words
        ("القاهرة، 3 مارس وصل الوزير", None),  # a comma is no dateline's mark
        ("الوزير: الحكومة ستواصل عملها", None),  # a speaker, not a place
    ],
)
def test_a_known_place_alone_before_the_story_is_the_dateline(
    paragraph: str, dateline: str | None
) -> None:
    assert find_dateline(paragraph) == dateline


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("الدار البيضاء ـ محمد رشيد", ("الدار البيضاء", "محمد رشيد")),
        ("المنامة – جمال الياقوت :", ("المنامة", "جمال الياقوت")),
        ("بغداد - البصرة", None),  # two places
        ("الخليل-مصدر الإخبارية", None),  # an outlet
        ("غزة: استشهاد ثلاثة فلسطينيين", None),  # a colon: a headline
        ("وزير الصحة - محمد علي", None),  # no place
    ],
)
def test_a_place_and_a_reporters_name(line: str, credit: tuple[str, str] | None) -> None:
    assert place_credit(line) == credit


def test_a_place_opening_is_read_as_written() -> None:
    assert place_opening("الدار البيضاء ـ محمد") == "الدار البيضاء"
    assert place_opening("وزير الداخلية يطلع") is None


@pytest.mark.parametrize(
    ("credit", "byline", "dateline"),
    [
        ("الدار البيضاء ـ محمد رشيد", "محمد رشيد", "الدار البيضاء"),  # a place, a dash, a name
        ("الديوانية /ساجد سليم", "ساجد سليم", "الديوانية"),  # a credit line (names.tsv)
        # a town of 50,000 people or more (البريمي, Oman), the name after it with no mark
        ("البريمي ناصر العبري", "ناصر العبري", "البريمي"),
    ],
)
def test_a_credit_above_the_story_gives_byline_and_dateline(
    credit: str, byline: str, dateline: str
) -> None:
    text = (
        f"وزير الصحة يفتتح مستشفى جديدا في المدينة\n\n{credit}\n\n"
        "افتتح وزير الصحة اليوم مستشفى جديدا يخدم سكان المدينة والقرى المجاورة لها.\n"
    )
    record = json.loads(run_cli(["parse", "-"], stdin=text.encode()).stdout)
    assert (record["headline"], record["byline"], record["dateline"]) == (
        "وزير الصحة يفتتح مستشفى جديدا في المدينة",
        byline,
        dateline,
    )
