"""The forms real pages and real people write: each read to its exact value, each mention covering
exactly the text it reads, through parse_date, find_dates, `newsctl date` and inside articles."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import run_cli

import newsctl
from newsctl import find_dates, parse_date

NOW = dt.datetime(2014, 9, 1, 10, 30)


@pytest.mark.parametrize(
    ("text", "expected", "forms"),
    [
        # relative: the accusative after 11-99, counts in words, halves, sums
        ("قبل 11 يوما", "2014-08-21", ["relative"]),
        ("قبل 11 يوماً", "2014-08-21", ["relative"]),
        ("منذ 20 عاما", "1994-09-01", ["relative"]),
        ("منذ 14 شهرا", "2013-07-01", ["relative"]),
        ("منذ 12 أسبوعا", "2014-06-09", ["relative"]),
        ("منذ 15 ساعة", "2014-08-31T19:30", ["relative"]),
        ("منذ 45 دقيقة", "2014-09-01T09:45", ["relative"]),
        ("منذ ثلاث ساعات", "2014-09-01T07:30", ["relative"]),
        ("منذ ساعة ونصف", "2014-09-01T09:00", ["relative"]),
        ("قبل يوم وساعتين", "2014-08-31T08:30", ["relative"]),
        ("منذ 1 عام، 1 شهر، 1 أسبوع، 1 يوم، 1 ساعة، 1 دقيقة", "2013-07-24T09:29", ["relative"]),
        ("اليوم السابق", "2014-08-31", ["relative"]),
        # English with ordinals, commas or none, day or month first
        ("تاريخ النشر: 3rd, October 2023 GMT", "2023-10-03", ["month-name", "ordinal"]),
        ("Sunday 9th february,2003", "2003-02-09", ["month-name", "ordinal"]),
        ("October 3rd, 2023", "2023-10-03", ["month-name"]),
        ("Sep 26, 2022 12:00 PM", "2022-09-26T12:00", ["month-name"]),
        # minutes and hours in words
        ("10 فبراير 2024 الساعة 20 و51 دقيقة", "2024-02-10T20:51", ["month-name", "words"]),
        ("10 فبراير 2024 الساعة الثامنة والنصف مساءً", "2024-02-10T20:30", ["month-name", "words"]),
        ("10 فبراير 2024 الساعة الواحدة ظهراً", "2024-02-10T13:00", ["month-name", "words"]),
        (
            "10 فبراير 2024 الساعة التاسعة إلا ربعاً صباحا",
            "2024-02-10T08:45",
            ["month-name", "words"],
        ),
        # a stamp copied in visual order
        (":تحديث 22 21:43 2023 فيفري", "2023-02-22T21:43", ["month-name", "reordered"]),
        ("2023 فيفري 22", "2023-02-22", ["month-name", "reordered"]),
        # C's asctime order (Java's Date, Unix date), with its zone between the time and the year
        ("Mon Sep 24 13:17:00 CEST 2007", "2007-09-24T13:17:00+02:00", ["month-name", "reordered"]),
        ("Mon Sep 24 13:17:00 2007", "2007-09-24T13:17:00", ["month-name", "reordered"]),
        # the era letter and an agency behind the date
        ("بكين 08 ديسمبر 2022 م (وال) –", "2022-12-08", ["month-name"]),
        # days and ordinals in words; Hijri spellings seen in the wild
        ("غرة رمضان 1445", "2024-03-11", ["hijri", "words"]),
        ("فاتح شهر شعبان 1445 هـ", "2024-02-11", ["hijri", "words"]),
        ("الأول من يناير 2024", "2024-01-01", ["month-name", "words"]),
        ("الحادي عشر من سبتمبر 2001", "2001-09-11", ["month-name", "words"]),
        ("5 ربيع الآخرة 1445", "2023-10-20", ["hijri"]),
        ("1 جمادي الأولى 1443", "2021-12-05", ["hijri"]),
        ("10 ذى الحجة 1443", "2022-07-09", ["hijri"]),
        ("1 رجب المرجب 1445", "2024-01-13", ["hijri"]),
        ("15 شعبان المعظم 1445", "2024-02-25", ["hijri"]),
        ("1 رمضان المبارك 1445", "2024-03-11", ["hijri"]),
        # two-digit years, never silently
        ("19/01/22", "2022-01-19", ["numeric", "two-digit-year"]),
        ("19-1-22", "2022-01-19", ["numeric", "two-digit-year"]),
        ("3/4/85", "1985-04-03", ["numeric", "two-digit-year"]),
        ("10 شوال 41 هـ", "2020-06-02", ["hijri", "two-digit-year"]),
        # machine stamps
        ("2017-01-20T21:43:00+01:00", "2017-01-20T21:43:00+01:00", ["numeric", "iso"]),
        ("2017-05-12T214300", "2017-05-12T21:43:00", ["numeric", "iso"]),
        ("2024-11-17@14:40:59 GMT", "2024-11-17T14:40:59+00:00", ["numeric", "iso"]),
        ("07-13-2019 05:06 AM", "2019-07-13T05:06", ["numeric", "month-first"]),
        ("05 يوليو 201916:09", "2019-07-05T16:09", ["month-name", "glued"]),
    ],
)
def test_forms_read_to_their_exact_value(text: str, expected: str, forms: list[str]) -> None:
    result = parse_date(text, now=NOW)
    assert result.iso() == expected
    assert list(result.forms) == forms


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("نشر قبل 11 يوما في الصحيفة", "قبل 11 يوما"),
        ("وصل منذ ساعة ونصف إلى المطار", "منذ ساعة ونصف"),
        ("تاريخ النشر: 3rd, October 2023 GMT", "3rd, October 2023 GMT"),
        ("في 10 فبراير 2024 الساعة 20 و51 دقيقة وصل", "10 فبراير 2024 الساعة 20 و51 دقيقة"),
        (":تحديث 22 21:43 2023 فيفري", "22 21:43 2023 فيفري"),
        ("بكين 08 ديسمبر 2022 م (وال) – قال", "08 ديسمبر 2022 م"),
        ("في غرة رمضان 1445 هـ بدأ الصوم", "غرة رمضان 1445 هـ"),
        ("يوم الحادي عشر من سبتمبر 2001 وقع", "الحادي عشر من سبتمبر 2001"),
        ("مؤرخ 19/01/22 وموقع", "19/01/22"),
    ],
)
def test_each_mention_covers_exactly_what_it_reads(text: str, mention: str) -> None:
    (found,) = find_dates(text, now=NOW)
    assert found.text == mention
    assert text[found.start : found.end] == mention


def test_not_dates() -> None:
    assert find_dates("قبل ساعة من النوم قرأ الكتاب") == []
    assert find_dates("منذ ساعات وهو ينتظر") == []
    assert find_dates("خسر 3 يومين") == []
    with pytest.raises(newsctl.NoDateError):
        parse_date("قبل أيام")


def test_date_command_says_which_form_it_read() -> None:
    result = run_cli(["date", "--format", "jsonl", "--now", "2014-09-01T10:30", "قبل 11 يوما",
                      ":تحديث 22 21:43 2023 فيفري"])  # fmt: skip
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert (first["date"], first["forms"], first["relative"]) == ("2014-08-21", ["relative"], True)
    assert (second["date"], second["time"], second["forms"]) == (
        "2023-02-22",
        "21:43",
        ["month-name", "reordered"],
    )
    assert second["warnings"] == [
        {
            "code": "reordered",
            "message": "'22 21:43 2023 فيفري': its parts were read in visual order",
        }
    ]
    assert result.status == 0


def test_forms_inside_articles() -> None:
    page = (
        "الحكومة تطلق برنامجا جديدا لدعم الطاقة المتجددة\n"
        ":تحديث 22 21:43 2023 فيفري\n"
        "الجزائر - واج - أطلقت الحكومة اليوم برنامجا جديدا لدعم مشاريع الطاقة المتجددة في عدد من "
        "الولايات، بتمويل يتجاوز مئة مليون دينار.\n"
    )
    article = newsctl.parse_article(page)
    assert article.updated == "2023-02-22T21:43"
    wire = (
        "الصين تطلق قمرا صناعيا جديدا\n"
        "بكين 08 ديسمبر 2022 م (وال) – أطلقت الصين اليوم قمرا صناعيا جديدا لرصد الأحوال "
        "الجوية من مركز جيوتشيوان في شمال غربي البلاد.\n"
    )
    article = newsctl.parse_article(wire)
    assert article.published == "2022-12-08"
    assert article.dateline == "بكين 08 ديسمبر 2022 م (وال)"
    ago = (
        "خبر عاجل عن الطقس في المدينة\nمنذ 3 ساعات\nهطلت أمطار غزيرة على المدينة صباح اليوم "
        "وأدت إلى إغلاق عدد من الطرق الرئيسية.\n"
    )
    assert newsctl.parse_article(ago).published is None  # no reference moment: no date invented
    assert newsctl.parse_article(ago, now=NOW).published == "2014-09-01T07:30"


@pytest.mark.parametrize("text", ["0000‐00-0‐", "2020-01-0-", "----------", "2020-1-0-01"])
def test_iso_like_strings_that_are_not_dates_are_refused_cleanly(text: str) -> None:
    """Found by benchmarks/fuzz.py: ten characters with dashes where ISO dates have them."""
    from newsctl.errors import DateError

    with pytest.raises(DateError):
        newsctl.parse_date(text)


@pytest.mark.parametrize(
    ("text", "mention", "offset"),
    [
        ("2024.11.04 | 13:22 دمشق", "2024.11.04 | 13:22 دمشق", "+03:00"),  # the city's clock
        ("12 مارس 2024 10:15 القاهرة\nوزير الخارجية يصل", "12 مارس 2024 10:15 القاهرة", "+02:00"),
        ("12 مارس 2024 الساعة 10:15 القاهرة تستضيف القمة", "12 مارس 2024 الساعة 10:15", None),
        ("12 مارس 2024 دمشق", "12 مارس 2024", None),  # no time: a dateline's city, no clock
    ],
)
def test_a_city_after_a_time_at_the_lines_end_names_the_clock(
    text: str, mention: str, offset: str | None
) -> None:
    found = find_dates(text, now=NOW)[0]
    assert found.text == mention
    got = found.offset
    assert (None if got is None else f"+{int(got.total_seconds()) // 3600:02d}:00") == offset
