"""The date engine, with exact expected values: every month system, marker, zone and trap."""

from __future__ import annotations

import datetime as dt

import pytest

from newsctl import ImpossibleDateError, NoDateError, find_dates, parse_date

NOW = dt.datetime(2022, 1, 20, 12, 0)


def iso(text: str, **kwargs: object) -> str:
    return parse_date(text, now=NOW, **kwargs).iso()  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Egyptian / Gulf, with spellings
        ("19 يناير 2022", "2022-01-19"),
        ("3 ابريل 2020", "2020-04-03"),
        ("3 إبريل 2020", "2020-04-03"),
        ("3 أبريل 2020", "2020-04-03"),
        ("9 اغسطس 2019", "2019-08-09"),
        ("9 أغسطس 2019", "2019-08-09"),
        ("1 يونيه 2021", "2021-06-01"),
        ("1 يونية 2021", "2021-06-01"),
        ("1 يوليه 2021", "2021-07-01"),
        ("1 يولية 2021", "2021-07-01"),
        ("7 اكتوبر 2020", "2020-10-07"),
        # Levantine / Iraqi, two-word and numbered names
        ("5 كانون الثاني 2020", "2020-01-05"),
        ("5 كانون 2 2020", "2020-01-05"),
        ("5 كانون2 2020", "2020-01-05"),
        ("5 شباط 2020", "2020-02-05"),
        ("5 آذار 2020", "2020-03-05"),
        ("5 نيسان 2020", "2020-04-05"),
        ("5 أيار 2020", "2020-05-05"),
        ("5 حزيران 2020", "2020-06-05"),
        ("5 تموز 2020", "2020-07-05"),
        ("5 آب 2020", "2020-08-05"),
        ("5 أيلول 2020", "2020-09-05"),
        ("5 تشرين الأول 2020", "2020-10-05"),
        ("5 تشرين 1 2020", "2020-10-05"),
        ("5 تشرين الثاني 2020", "2020-11-05"),
        ("5 كانون الأول 2020", "2020-12-05"),
        # Algerian / Tunisian
        ("8 جانفي 2019", "2019-01-08"),
        ("8 فيفري 2019", "2019-02-08"),
        ("8 أفريل 2019", "2019-04-08"),
        ("8 ماي 2019", "2019-05-08"),
        ("8 جوان 2019", "2019-06-08"),
        ("8 جويلية 2019", "2019-07-08"),
        ("8 أوت 2019", "2019-08-08"),
        # Moroccan
        ("8 يوليوز 2019", "2019-07-08"),
        ("8 غشت 2019", "2019-08-08"),
        ("8 شتنبر 2019", "2019-09-08"),
        ("8 نونبر 2019", "2019-11-08"),
        ("8 دجنبر 2019", "2019-12-08"),
        # English, full and abbreviated, month first
        ("November 9, 2020", "2020-11-09"),
        ("Feb. 19 2020", "2020-02-19"),
        ("9 Sept 2020", "2020-09-09"),
        ("ديسمبر 25, 2020", "2020-12-25"),
        # pairs of two systems, either order, every joiner
        ("21 فبراير/ شباط 2010", "2010-02-21"),
        ("24 نيسان / أبريل 2020", "2020-04-24"),
        ("1 أيلول/سبتمبر 2018", "2018-09-01"),
        ("1 يناير-كانون الثاني 2018", "2018-01-01"),
        ("1 يناير كانون الثاني 2018", "2018-01-01"),
        ("13 آذار (مارس) 2023", "2023-03-13"),
        ("08/ديسمبر/2009", "2009-12-08"),
        # numeric, day first unless the year comes first
        ("12/08/2014", "2014-08-12"),
        ("1 / 12 / 2020", "2020-12-01"),
        ("17.03.2020", "2020-03-17"),
        ("5-6-2021", "2021-06-05"),
        ("2020/12/25", "2020-12-25"),
        ("2022-01-19", "2022-01-19"),
        # digits of every system, mixed inside one number
        ("١٩ يناير ٢٠٢٢", "2022-01-19"),
        ("۱۹ يناير ۲۰۲۲", "2022-01-19"),
        ("1٩ يناير ٢0۲2", "2022-01-19"),
        # invisible characters and tatweel
        ("12\u200f/\u200f08\u200f/\u200f2014", "2014-08-12"),
        ("\u202a12/08/2014\u202c", "2014-08-12"),
        ("\u200b19 ينـــاير 2022", "2022-01-19"),
        ("19\u00a0يناير\u00a02022", "2022-01-19"),
        # the year's word before the year: formal Arabic (من عام, لسنة)
        ("23 أكتوبر من عام 2021", "2021-10-23"),
        ("الموافق 23 أكتوبر لسنة 2021 م", "2021-10-23"),
        ("الثالث من أكتوبر عام 2021", "2021-10-03"),
        # a short year a template padded to four digits (العدد 872 - 0014-12-25)
        ("0014-12-25", "2014-12-25"),
        ("25/12/0014", "2014-12-25"),
    ],
)
def test_gregorian_dates(text: str, expected: str) -> None:
    assert iso(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("٧:١٣:٤١ م ١٩ يناير ٢٠٢٢", "2022-01-19T19:13:41"),
        ("19 يناير 2022 7:13 ص", "2022-01-19T07:13"),
        ("19 يناير 2022 12:05 ص", "2022-01-19T00:05"),  # 12 ص is midnight
        ("19 يناير 2022 12:05 م", "2022-01-19T12:05"),  # 12 م is noon
        ("19 يناير 2022 الساعة 02 مساءً", "2022-01-19T14:00"),
        ("19 يناير 2022 الساعة 9 صباحاً", "2022-01-19T09:00"),
        ("19 يناير 2022 9:30 صباحًا", "2022-01-19T09:30"),
        ("19 يناير 2022 9:30 مساء", "2022-01-19T21:30"),
        ("19 يناير 2022 9:30 صـ", "2022-01-19T09:30"),
        ("19 يناير 2022 9:30 مـ", "2022-01-19T21:30"),
        ("19 يناير 2022 9:30 PM", "2022-01-19T21:30"),
        ("19 يناير 2022 9:30 am", "2022-01-19T09:30"),
        ("19 يناير 2022 1:30 ظهرا", "2022-01-19T13:30"),
        ("19 يناير 2022 11 ليلا", "2022-01-19T23:00"),
        ("19 يناير 2022 18:45", "2022-01-19T18:45"),
        ("19 يناير 2022 18:45 م", "2022-01-19T18:45"),  # a 24-hour clock with a marker
        ("2020/12/25 - 1:59 صباحًا", "2020-12-25T01:59"),
        ("٠٢:٠٠ الثلاثاء ١ / ١٢ / ٢٠٢٠", "2020-12-01T02:00"),
        ("الجمعة 24 نيسان / أبريل 2020 09:22 مساءً", "2020-04-24T21:22"),
        ("01/06/2023 21h01", "2023-06-01T21:01"),  # the Maghreb's French hours
        ("الخميس 5 ماي 2022 الساعة 10h30", "2022-05-05T10:30"),
    ],
)
def test_times_and_markers(text: str, expected: str) -> None:
    assert iso(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14:1818/02/2026", "2026-02-18T14:18"),  # a time, then the date, the space lost
        ("Çarşamba 14:1818/02/2026", "2026-02-18T14:18"),
        ("24/10/202524/10/2025", "2025-10-24"),  # a date printed twice, glued
    ],
)
def test_a_date_glued_after_a_time_or_a_date(text: str, expected: str) -> None:
    assert iso(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الاحد, 21 فبراير/ شباط, 2010, 05:01 GMT", "2010-02-21T05:01+00:00"),
        ("GMT 17:27 17.03.2020", "2020-03-17T17:27+00:00"),
        ("17 مارس 2020 17:27 بتوقيت غرينتش", "2020-03-17T17:27+00:00"),
        ("1 يوليو 2022 10:00 بتوقيت طهران", "2022-07-01T10:00+04:30"),  # Iran's last DST summer
        ("1 يوليو 2023 10:00 بتوقيت طهران", "2023-07-01T10:00+03:30"),  # no DST since 2023
        ("1 يناير 2022 10:00 بتوقيت طهران", "2022-01-01T10:00+03:30"),
        ("1 يوليو 2022 10:00 (مكة المكرمة)", "2022-07-01T10:00+03:00"),
        ("1 يوليو 2022 10:00 بتوقيت القدس", "2022-07-01T10:00+03:00"),
        ("1 يناير 2022 10:00 بتوقيت القدس", "2022-01-01T10:00+02:00"),
        ("1 يوليو 2022 10:00 بتوقيت القاهرة", "2022-07-01T10:00+02:00"),  # no DST in 2022
        ("1 يوليو 2023 10:00 بتوقيت القاهرة", "2023-07-01T10:00+03:00"),  # DST back in 2023
        ("1 يوليو 2022 10:00 بتوقيت بيروت", "2022-07-01T10:00+03:00"),
        ("1 يوليو 2022 10:00 بتوقيت الرباط", "2022-07-01T10:00+01:00"),
        ("1 يوليو 2022 10:00 GMT+3", "2022-07-01T10:00+03:00"),
        ("1 يوليو 2022 10:00 (GMT+03:00)", "2022-07-01T10:00+03:00"),
        ("1 يوليو 2022 10:00 (غرينتش)", "2022-07-01T10:00+00:00"),
        ("16 أبريل 2018 17:04:30 +0400", "2018-04-16T17:04:30+04:00"),
    ],
)
def test_zones_in_words_with_and_without_daylight_saving(text: str, expected: str) -> None:
    assert iso(text) == expected


def test_tz_option_and_utc() -> None:
    assert iso("19 يناير 2022 7:13 م", tz="Asia/Tehran") == "2022-01-19T19:13+03:30"
    assert iso("19 يناير 2022 7:13 م", tz="طهران") == "2022-01-19T19:13+03:30"
    assert parse_date("19 يناير 2022 1:13 ص", tz="طهران").to_utc().iso() == (
        "2022-01-18T21:43+00:00"
    )
    named = parse_date("19 يناير 2022 7:13 م بتوقيت القاهرة", tz="Asia/Tehran")
    assert named.iso() == "2022-01-19T19:13+02:00"  # the text's own zone wins


@pytest.mark.parametrize(
    ("text", "expected", "calendar"),
    [
        ("16 جمادى الآخرة 1443 هـ", "2022-01-19", "hijri"),
        ("16 جمادى الثانية 1443هـ", "2022-01-19", "hijri"),
        ("16 جمادي الاخرة 1443 ه", "2022-01-19", "hijri"),
        ("11 شوال 1441هـ", "2020-06-03", "hijri"),
        ("1 محرم 1444", "2022-07-30", "hijri"),
        ("1 المحرم 1444 هـ", "2022-07-30", "hijri"),
        ("10 ذو الحجة 1443 هـ", "2022-07-09", "hijri"),
        ("10 ذي الحجة 1443 هـ", "2022-07-09", "hijri"),
        ("1 ربيع الآخر 1443", "2021-11-06", "hijri"),
        ("1 ربيع الثاني 1443", "2021-11-06", "hijri"),
        ("1 جمادى الأولى 1443", "2021-12-05", "hijri"),
        ("1 ذو القعدة 1443", "2022-05-31", "hijri"),
        ("1427/4/9 هـ", "2006-05-07", "hijri"),
        ("1427/4/9هـ", "2006-05-07", "hijri"),
        ("۲۹ بهمن ۱۳۹۸", "2020-02-18", "jalali"),
        ("۲۹ بهمن ۱۳۹۸ - ۰۶:۵۵", "2020-02-18", "jalali"),
        ("1 فروردین 1401", "2022-03-21", "jalali"),
        ("10 دی 1400", "2021-12-31", "jalali"),
    ],
)
def test_hijri_and_solar_hijri(text: str, expected: str, calendar: str) -> None:
    result = parse_date(text)
    assert result.date.isoformat() == expected
    assert result.calendar == calendar


def test_dual_dates_that_agree() -> None:
    result = parse_date("11 شوال 1441هـ - 03 يونيو 2020م")
    assert result.iso() == "2020-06-03"
    assert result.calendar == "gregorian"
    assert result.hijri == "1441-10-11"
    assert result.stated_hijri == (1441, 10, 11)
    assert result.warnings == ()
    agree = parse_date("الأربعاء 16 جمادى الآخرة 1443 هـ الموافق 19 يناير 2022 م")
    assert (agree.iso(), agree.warnings) == ("2022-01-19", ())


def test_dual_dates_that_disagree_by_a_day() -> None:
    result = parse_date("17 جمادى الآخرة 1443 هـ الموافق 19 يناير 2022 م")
    assert result.iso() == "2022-01-19"
    assert result.warnings == (
        (
            "hijri-mismatch",
            "stated Hijri date 1443-06-17 is +1 day(s) from Umm al-Qura (1443-06-16)",
        ),
    )


def test_weekday_with_and_without_hamza_and_mismatch() -> None:
    assert parse_date("الاربعاء 19 يناير 2022").warnings == ()
    assert parse_date("الأربعاء، 19 يناير 2022").warnings == ()
    assert parse_date("الجمعه 21 يناير 2022").warnings == ()
    assert parse_date("الخميس 19 يناير 2022").warnings == (
        ("weekday-mismatch", "الخميس is written, but 2022-01-19 is a الأربعاء"),
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31 فبراير 2022", "February 2022 has 28 days, not 31"),
        ("٣١ فبراير ٢٠٢٢", "February 2022 has 28 days, not 31"),
        ("29 فبراير 2023", "February 2023 has 28 days, not 29"),
        ("31/04/2021", "April 2021 has 30 days, not 31"),
        ("30 صفر 1443", "صفر 1443 has 29 days, not 30"),
        ("1 محرم 1600 هـ", "Hijri year 1600 is outside the Umm al-Qura range 1343-1500 AH"),
        ("1 محرم 1300 هـ", "Hijri year 1300 is outside the Umm al-Qura range 1343-1500 AH"),
        ("31 اسفند 1398", "اسفند 1398 has no day 31"),
        ("19 يناير 2022 13:00 ص", "there is no time 13:00 ص"),
        ("19 يناير 2022 10:75", "there is no time 10:75"),
        ("19 يناير 1850", "year 1850 is outside the supported range 1900-2100"),
    ],
)
def test_impossible_dates_are_errors_never_rolled_over(text: str, message: str) -> None:
    with pytest.raises(ImpossibleDateError) as caught:
        parse_date(text)
    assert str(caught.value) == message


def test_partial_and_missing_dates() -> None:
    with pytest.raises(NoDateError, match="partial date"):
        parse_date("15 يناير")
    with pytest.raises(NoDateError, match="no date found"):
        parse_date("لا تاريخ هنا")
    with pytest.raises(NoDateError, match="only a time"):
        parse_date("7:13 م")
    with pytest.raises(NoDateError, match="only a time"):
        parse_date("11:24")
    # digits that are no decimal digits (superscripts) are not a year: an error of newsctl's own
    with pytest.raises(NoDateError, match="partial date"):
        parse_date("12 مارس ²⁰²⁴")
    with pytest.raises(NoDateError):
        parse_date("²/3/2024")
    (mention,) = find_dates("في 15 يناير الماضي")
    assert (mention.partial, mention.date, mention.stated) == (True, None, (None, 1, 15))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("منذ ساعتين", "2022-01-20T10:00"),
        ("منذ 3 أيام", "2022-01-17"),
        ("منذ ٣ أيام", "2022-01-17"),
        ("قبل أسبوع", "2022-01-13"),
        ("قبل يومين", "2022-01-18"),
        ("منذ 5 دقائق", "2022-01-20T11:55"),
        ("قبل شهرين", "2021-11-20"),
        ("أمس", "2022-01-19"),
        ("اليوم", "2022-01-20"),
        ("أول أمس", "2022-01-18"),
        ("أمس الساعة 5 مساءً", "2022-01-19T17:00"),
    ],
)
def test_relative_dates(text: str, expected: str) -> None:
    result = parse_date(text, now=NOW)
    assert result.iso() == expected
    assert result.relative is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("منذ ساعتين", "2022-01-20T10:00+03:00"),  # counted from now: now's offset
        ("منذ ساعتين ونصف", "2022-01-20T09:30+03:00"),
        ("منذ 3 أيام", "2022-01-17"),  # a day, no time
        ("أمس الساعة 5 مساءً", "2022-01-19T17:00"),  # the page's own clock: no offset given
    ],
)
def test_a_time_counted_from_an_aware_now_carries_its_offset(text: str, expected: str) -> None:
    aware = NOW.replace(tzinfo=dt.timezone(dt.timedelta(hours=3)))
    assert parse_date(text, now=aware).iso() == expected
    (mention,) = find_dates(text, now=aware)
    assert mention.utc_offset == (expected[-6:] if expected.endswith("+03:00") else None)


def test_find_dates_spans_lines_and_as_written_text() -> None:
    text = "عنوان\nنشر في \u200f12/08/2014\u200f ثم\nالأربعاء ١٩ يناير ٢٠٢٢ ٧:١٣ م"
    first, second = find_dates(text)
    assert first.text == "12/08/2014"
    assert text[first.start : first.end] == first.text
    assert (first.line, first.date) == (2, dt.date(2014, 8, 12))
    assert second.line == 3
    assert second.text == "الأربعاء ١٩ يناير ٢٠٢٢ ٧:١٣ م"
    assert second.weekday_text == "الأربعاء"
    assert (second.date, second.time) == (dt.date(2022, 1, 19), dt.time(19, 13))


def test_find_dates_reports_impossible_without_raising() -> None:
    (mention,) = find_dates("قيل إن الحادث وقع في 31 فبراير 2022 حسب الرواية")
    assert mention.date is None
    assert mention.error == "February 2022 has 28 days, not 31"
    assert mention.text == "31 فبراير 2022"


def test_not_dates() -> None:
    assert find_dates("قال إن 38% من السكان و 40 عاما") == []
    assert find_dates("خدمة 24h وتوصيل 25h30") == []  # no hour 25, no minutes: no time
    # a year's word and a short number: no year (23 أكتوبر, partial)
    assert [m.date for m in find_dates("23 أكتوبر عام 21")] == [None]
    assert find_dates("10:305") == []  # a longer number after the minutes: no time
    assert find_dates("وكالة مهر للأنباء") == []
