"""`newsctl date`, `digits`, `normalize` and `zones` as users call them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import REFERENCE, run_cli, run_installed

from newsctl import convert_digits


def test_date_prints_one_iso_value_per_input() -> None:
    result = run_cli(
        ["date", "الأربعاء ١٩ يناير ٢٠٢٢ ٧:١٣:٤١ م", "2022-01-19", "16 جمادى الآخرة 1443 هـ"]
    )
    assert result.status == 0
    assert result.stdout == "2022-01-19T19:13:41\n2022-01-19\n2022-01-19\n"
    assert result.stderr == ""


def test_date_reads_stdin_lines_reports_bad_ones_and_goes_on() -> None:
    stdin = "31 فبراير 2022\n1 مارس 2022\n\nلا شيء\n30 صفر 1443\n١٢/٠٨/٢٠١٤\n".encode()
    result = run_cli(["date"], stdin=stdin)
    assert result.status == 1
    assert result.stdout == "2022-03-01\n2014-08-12\n"
    assert result.stderr.splitlines() == [
        "newsctl: '31 فبراير 2022': February 2022 has 28 days, not 31",
        "newsctl: 'لا شيء': no date found",
        "newsctl: '30 صفر 1443': صفر 1443 has 29 days, not 30",
    ]


@pytest.mark.parametrize(
    ("args", "out"),
    [
        (["--to", "hijri", "2022-01-19"], "1443-06-16"),
        (["--to", "gregorian", "16 جمادى الآخرة 1443 هـ"], "2022-01-19"),
        (["--to", "jalali", "18 فبراير 2020"], "1398-11-29"),
        (["--to", "gregorian", "۲۹ بهمن ۱۳۹۸"], "2020-02-18"),
        (["--tz", "Asia/Tehran", "19 يناير 2022 7:13 م"], "2022-01-19T19:13+03:30"),
        (["--tz", "طهران", "--utc", "19 يناير 2022 7:13 م"], "2022-01-19T15:43+00:00"),
        (["--now", "2022-01-20T12:00", "منذ 3 أيام"], "2022-01-17"),
        (["--now", "2022-01-20T12:00", "أمس"], "2022-01-19"),
    ],
)
def test_date_options(args: list[str], out: str) -> None:
    result = run_cli(["date", *args])
    assert (result.status, result.stdout, result.stderr) == (0, out + "\n", "")


def test_date_json_objects() -> None:
    result = run_cli(["date", "--format", "jsonl", "الخميس 19 يناير 2022 7:13 م بتوقيت طهران"])
    assert result.status == 0
    assert json.loads(result.stdout) == {
        "input": "الخميس 19 يناير 2022 7:13 م بتوقيت طهران",
        "date": "2022-01-19",
        "time": "19:13",
        "utc_offset": "+03:30",
        "hijri": "1443-06-16",
        "calendar": "gregorian",
        "weekday": "الأربعاء",
        "relative": False,
        "forms": ["month-name"],
        "warnings": [
            {
                "code": "weekday-mismatch",
                "message": "الخميس is written, but 2022-01-19 is a الأربعاء",
            }
        ],
    }
    assert result.stderr == (
        "newsctl: warning: 'الخميس 19 يناير 2022 7:13 م بتوقيت طهران': weekday-mismatch: "
        "الخميس is written, but 2022-01-19 is a الأربعاء\n"
    )
    array = run_cli(["date", "--format", "json", "1 مارس 2022", "2 مارس 2022"])
    assert [r["date"] for r in json.loads(array.stdout)] == ["2022-03-01", "2022-03-02"]


def test_date_usage_errors() -> None:
    unknown = run_cli(["date", "--tz", "Nowhere/City", "1 مارس 2022"])
    assert unknown.status == 2
    assert "unknown time zone 'Nowhere/City'" in unknown.stderr
    assert "newsctl zones" in unknown.stderr
    assert run_cli(["date", "--now", "yesterday", "أمس"]).status == 2


def test_utc_without_zone_is_a_note_in_date_as_in_parse(tmp_path: Path) -> None:
    """One rule, one behaviour: a time whose zone is unknown stays as written, with no-zone."""
    result = run_cli(["date", "--utc", "19 يناير 2022 7:13 م"])
    assert result.status == 0
    assert result.stdout == "2022-01-19T19:13\n"
    assert result.stderr == (
        "newsctl: warning: '19 يناير 2022 7:13 م': no-zone: the time names no zone; it is left "
        "as written\n"
    )
    article = tmp_path / "a.txt"
    article.write_text("عنوان الخبر\nالرياض 19 يناير 2022 7:13 م\nنص الخبر هنا.\n", "utf-8")
    parsed = json.loads(run_cli(["parse", "--utc", str(article)]).stdout)
    assert parsed["published"] == "2022-01-19T19:13"
    assert {"code": "no-zone", "message": "the time names no zone; it is left as written"} in (
        parsed["warnings"]
    )
    dated = run_cli(["date", "--utc", "--format", "jsonl", "19 يناير 2022"])
    assert dated.status == 0 and json.loads(dated.stdout)["date"] == "2022-01-19"


def test_digits_is_byte_exact_apart_from_digits() -> None:
    data = "١٩ يناير ٢٠٢٢\r\nrate ۳.۵٪ ok\n".encode() + b"\xff\xfe raw\n"
    result = run_cli(["digits"], stdin=data)
    assert result.status == 0
    expected = "19 يناير 2022\r\nrate 3.5٪ ok\n".encode() + b"\xff\xfe raw\n"
    assert result.stdout.encode("utf-8", "surrogateescape") == expected


def test_digits_installed_round_trip_is_exact() -> None:
    original = REFERENCE.read_bytes()
    to_latin = run_installed(["digits", "--to", "latin"], stdin=original)
    assert to_latin.returncode == 0
    assert "19 يناير 2022".encode() in to_latin.stdout
    back = run_installed(["digits", "--to", "arabic"], stdin=to_latin.stdout)
    # the article mixes systems (Latin "40", "38%"), so compare with a direct conversion
    direct = run_installed(["digits", "--to", "arabic"], stdin=original)
    assert back.stdout == direct.stdout
    assert to_latin.stdout == convert_digits(original.decode("utf-8"), "latin").encode("utf-8")


@pytest.mark.parametrize(
    ("args", "out"),
    [
        (["--to", "arabic", "--separators", "3.5 و 1,200"], "٣٫٥ و ١٬٢٠٠"),
        (["--to", "latin", "--separators", "٣٫٥ و ١٬٢٠٠"], "3.5 و 1,200"),
        (["--to", "persian", "19 يناير 2022"], "۱۹ يناير ۲۰۲۲"),
        (["--to", "arabic", "end. 1, 2"], "end. ١, ٢"),  # separators not between digits stay
    ],
)
def test_digits_arguments(args: list[str], out: str) -> None:
    assert run_cli(["digits", *args]).stdout == out + "\n"


@pytest.mark.parametrize(
    ("args", "out"),
    [
        (["صـباحًا ١٢ ﻻ"], "صباحا 12 لا"),
        (["المـــؤســـس ــ ابنا ــ"], "المؤسس ــ ابنا ــ"),
        (["--alef", "--maqsura", "--teh", "إلى مستشفى الأمانة"], "الي مستشفي الامانه"),
        (["إلى مستشفى الأمانة"], "إلى مستشفى الأمانة"),
        (["--no-digits", "١٢ Hello 😀"], "١٢ Hello 😀"),
        (["x\u200f/\u202ay\u00a0z"], "x/y z"),
        (["--no-invisible", "x\u200fy"], "x\u200fy"),
        (["یک کتاب"], "يك كتاب"),
        (["--no-persian", "یک کتاب"], "یک کتاب"),
    ],
)
def test_normalize_steps(args: list[str], out: str) -> None:
    result = run_cli(["normalize", *args])
    assert (result.status, result.stdout) == (0, out + "\n")


def test_zones_lists_words_and_iana_names() -> None:
    result = run_cli(["zones"])
    lines = dict(line.split("\t") for line in result.stdout.splitlines())
    assert "طهران" in lines["Asia/Tehran"]
    assert "مكة المكرمة" in lines["Asia/Riyadh"]


def test_installed_date_command() -> None:
    proc = run_installed(["date", "--to", "hijri", "2022-01-19"])
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, b"1443-06-16\n", b"")


def test_parse_with_tz_and_utc() -> None:
    result = run_cli(["parse", "--tz", "Asia/Tehran", "--utc", str(REFERENCE)])
    record = json.loads(result.stdout)
    assert (record["date"], record["time"], record["utc_offset"]) == (
        "2022-01-19",
        "15:43:41",
        "+00:00",
    )
    assert record["published"] == "2022-01-19T15:43:41+00:00"
    zoned = json.loads(run_cli(["parse", "--tz", "طهران", str(REFERENCE)]).stdout)
    assert zoned["published"] == "2022-01-19T19:13:41+03:30"
    unzoned = json.loads(run_cli(["parse", "--utc", str(REFERENCE)]).stdout)
    assert unzoned["published"] == "2022-01-19T19:13:41"
    assert unzoned["warnings"] == [
        {"code": "no-zone", "message": "the time names no zone; it is left as written"}
    ]
