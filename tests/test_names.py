"""The names lexicon (newsctl/data/names.tsv, written by scripts/names.py) and what it reads: a
line that is only a person's name is a writer's name printed alone, not the headline."""

from __future__ import annotations

import importlib.util
import json
import sys

import pytest
from conftest import ROOT, run_cli
from hypothesis import given
from hypothesis import strategies as st

from newsctl.articles.lexicons import data_rows, names, person_name
from newsctl.articles.phrases import credit_parts, place_credit
from newsctl.text.fold import fold_key

SOURCES = {"ar_AA", "ar_DZ", "ar_PS", "ar_SA", "arabic-names"}


def rows() -> list[list[str]]:
    return data_rows("names.tsv")


def test_every_row_names_its_kind_and_source_and_is_written_once() -> None:
    found = rows()
    assert len(found) > 1500
    assert all(len(row) == 3 and row[1] in ("given", "family") and row[2] in SOURCES
               for row in found)  # fmt: skip
    written = [row[0] for row in found]
    assert written == sorted(set(written))  # sorted, each once: the script's form
    assert {fold_key(n) for n in ("محمد", "عبدالله", "فاطمة", "أحمد")} <= set(names())
    assert names()[fold_key("البرغوثي")] == "family"


@pytest.mark.skipif(importlib.util.find_spec("faker") is None, reason="Faker (dev extra) absent")
def test_the_faker_rows_are_what_the_script_takes_from_faker() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    import names as script  # scripts/names.py

    taken = set(script.faker_names())
    kept = {tuple(row) for row in rows() if row[2].startswith("ar_")}
    assert kept <= taken
    assert {name for name, _, _ in taken} <= {row[0] for row in rows()}  # every name kept


@pytest.mark.parametrize(
    ("line", "is_name"),
    [
        ("عبدالله حميد العتابي", True),  # a nisba last
        ("عبد الله بن سالم", True),  # عبد and the word after it are one name; بن
        ("أحمد ولد إسلم", True),  # a family name no list holds, after ولد
        ("| جهاد جميل محسن", True),  # a bar a copy left before it
        ("ناصر العبري", True),
        ("محمد صلاح يسجل هدفين", False),  # a headline that opens with a name
        ("أمل جديد للمرضى", False),  # a given name that is also a word
        ("محمد", False),  # one word: a section, a name, anything
        ("محمد أحمد علي حسن إبراهيم", False),  # five words
        ("وزير الصحة محمد علي", False),  # a title first
        ("محمد 2024", False),
    ],
)
def test_a_line_that_is_only_a_persons_name(line: str, is_name: bool) -> None:
    assert person_name(fold_key(line)) is is_name


@given(st.text(max_size=60))
def test_person_name_reads_any_text(text: str) -> None:
    assert person_name(fold_key(text)) in (True, False)


@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي ", max_size=40))
def test_a_name_has_two_to_four_words_and_a_given_name_first(text: str) -> None:
    folded = fold_key(text)
    if person_name(folded):
        words = folded.split()
        assert 2 <= len(words) <= 4
        assert names().get(words[0]) == "given" or words[0] in ("عبد", "ابو")


def test_a_place_and_a_name_with_nothing_between_them_are_a_credit() -> None:
    assert place_credit("نابلس ناصر البرغوثي") == ("نابلس", "ناصر البرغوثي")
    assert place_credit("نابلس تستقبل الوفد") is None  # a place and a verb: a headline


def test_a_name_alone_above_the_story_is_the_byline_not_the_headline() -> None:
    text = (
        "عبدالله حميد العتابي\n"
        "تعد الصحافة الحرة محطة بارزة في تاريخ البلاد، وقد مرت بمراحل كثيرة منذ تأسيسها الأول"
        " في مطلع القرن الماضي، حين كانت الصحف تطبع في مطابع صغيرة وتوزع باليد.\n"
        "وقد قيدت القوانين حرية النشر سنوات طويلة قبل أن تصدر الصحف المستقلة من جديد، فعادت"
        " الأقلام إلى الكتابة في الشأن العام وكثر القراء وتعددت المنابر والآراء.\n"
    )
    result = run_cli(["parse", "-"], stdin=text.encode())
    record = json.loads(result.stdout)
    assert (record["headline"], record["byline"]) == (None, "عبدالله حميد العتابي")
    assert result.status == 0


def test_a_name_the_story_speaks_of_stays_the_headline() -> None:
    """A page about a person (a profile, an obituary) has the name as its title."""
    text = (
        "محمد عبد الوهاب\n"
        "ولد محمد عبد الوهاب في القاهرة، وبدأ الغناء صغيرا قبل أن يصبح من أشهر الملحنين العرب.\n"
        "وقد لحن عبد الوهاب مئات الأغاني لكبار المطربين خلال مسيرة فنية امتدت عقودا طويلة.\n"
    )
    record = json.loads(run_cli(["parse", "-"], stdin=text.encode()).stdout)
    assert (record["headline"], record["byline"]) == ("محمد عبد الوهاب", None)


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("الديوانية /ساجد سليم", ("ساجد سليم", "الديوانية")),
        ("زايد جرو - الرشيدية / جديد انفو", ("زايد جرو", "الرشيدية / جديد انفو")),
        ("علي حسن نصير / إعلام مستشفى الشطرة العام", ("علي حسن نصير", "إعلام مستشفى الشطرة العام")),
        ("تيلي سبورت : محمد بوحتة", ("محمد بوحتة", "تيلي سبورت")),
        ("محمد صلاح: لن أرحل عن ليفربول", None),  # a name before a colon: what they said
        ("انجمينا – رفيق انفو", None),  # an outlet's name (… انفو), not a person's
        ("الأهلي - الزمالك", None),  # no name
        ("أنقرة/ محمد شيخ يوسف/ الأناضول", None),  # a wire dateline (an agency), read whole
        ("محمد علي / أحمد حسن", None),  # two names: whose?
        ("وزير الصحة / محمد علي يفتتح مستشفى جديدا في العاصمة", None),  # a sentence
        ("هل يعود سالم الدوسري - الهلال؟", None),  # a question
    ],
)
def test_a_credit_line_a_name_and_an_outlet_place_or_office(
    line: str, parts: tuple[str, str] | None
) -> None:
    assert credit_parts(line) == parts


STORY = (
    "في مبادرة لافتة أشرف عليها والي الولاية، نصبت السلطات المحلية شاشة عملاقة في الساحة العامة"
    " لمتابعة المباراة، وتوافد المواطنون من مختلف الأحياء منذ ساعات المساء الأولى.\n"
    "وعرفت الساحة أجواء احتفالية كبيرة بعد نهاية اللقاء، وسط تنظيم محكم من مصالح الأمن والحماية"
    " المدنية التي سهرت على سلامة الحاضرين حتى ساعة متأخرة من الليل.\n"
)


@pytest.mark.parametrize(
    ("first", "headline", "byline"),
    [
        # a byline's label that is also a noun, no mark after it, no name: a title
        ("متابعة مباراة الفريق الوطني عبر الشاشة العملاقة",
         "متابعة مباراة الفريق الوطني عبر الشاشة العملاقة", None),
        ("متابعة أحمد بن علي", None, "أحمد بن علي"),  # a given name after it: a byline
        ("متابعة: سهرة الساحة", None, "سهرة الساحة"),  # a mark after it: a label
    ],
)  # fmt: skip
def test_a_noun_label_before_a_title_is_not_a_byline(
    first: str, headline: str | None, byline: str | None
) -> None:
    record = json.loads(run_cli(["parse", "-"], stdin=(first + "\n" + STORY).encode()).stdout)
    assert (record["headline"], record["byline"]) == (headline, byline)
