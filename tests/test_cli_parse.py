"""`newsctl parse` as users call it: formats, digits, stdin, bad inputs, exit codes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import REFERENCE, SAMPLES, run_cli, run_installed


def test_json_format_is_an_indented_array() -> None:
    result = run_cli(["parse", "--format", "json", str(REFERENCE), str(SAMPLES / "abna-bom.txt")])
    assert result.status == 0
    assert result.stdout.startswith('[\n  {\n    "path"')
    records = json.loads(result.stdout)
    assert [r["id"] for r in records] == ["1220514", "1450912"]


def test_json_format_with_no_record_is_an_empty_array() -> None:
    result = run_cli(["parse", "--format", "json", "/nonexistent/a.txt"])
    assert result.status == 1
    assert json.loads(result.stdout) == []


def test_stdin_dash_and_no_path() -> None:
    data = REFERENCE.read_bytes()
    for args in (["parse", "-"], ["parse"]):
        result = run_cli(args, stdin=data)
        assert result.status == 0
        record = json.loads(result.stdout)
        assert record["path"] == "-"
        assert record["id"] == "1220514"


@pytest.mark.parametrize(
    ("digits", "kicker", "body_fragment"),
    [
        ("arabic", "بمشاركة ٤٠ دولة", "أكثر من ٦٠٠ دار نشر"),
        ("latin", "بمشاركة 40 دولة", "أكثر من 600 دار نشر"),
        ("persian", "بمشاركة ۴۰ دولة", "أكثر من ۶۰۰ دار نشر"),
    ],
)
def test_digits_option_converts_text_fields_only(
    digits: str, kicker: str, body_fragment: str
) -> None:
    result = run_cli(["parse", "--digits", digits, str(SAMPLES / "abna-noon-12pm.txt")])
    record = json.loads(result.stdout)
    assert record["kicker"] == kicker
    assert body_fragment in record["body"][0]
    assert record["published"] == "2020-10-01T12:30:00"  # structured fields stay Latin
    assert record["id"] == "1075588"


def test_bad_inputs_are_reported_and_the_good_one_still_parsed(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.bin"
    binary.write_bytes(bytes(range(256)) * 4)
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b" \n\t\n\xc2\xa0\n")
    missing = tmp_path / "missing.txt"
    result = run_cli(
        ["parse", str(missing), str(tmp_path), str(empty), str(binary), str(blank), str(REFERENCE)]
    )
    assert result.status == 1
    assert result.stderr.splitlines() == [
        f"newsctl: {missing}: no such file",
        f"newsctl: {tmp_path}: is a directory (use -r to read the files in it)",
        f"newsctl: {empty}: empty file",
        f"newsctl: {binary}: binary data, not text (NUL bytes)",
        f"newsctl: {blank}: no text (whitespace only)",
        "newsctl: 1 record from 1 input; 5 inputs failed",
    ]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["1220514"]


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_bytes(REFERENCE.read_bytes())
    locked.chmod(0)
    if os.access(locked, os.R_OK):  # root reads anything: make open() refuse as it would
        import builtins

        real_open = builtins.open

        def refusing_open(file: object, *args: object, **kwargs: object) -> object:
            if str(file) == str(locked):
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

        monkeypatch.setattr(builtins, "open", refusing_open)
    result = run_cli(["parse", str(locked), str(REFERENCE)])
    assert result.status == 1
    assert result.stderr == (
        f"newsctl: {locked}: permission denied\nnewsctl: 1 record from 1 input; 1 input failed\n"
    )
    assert json.loads(result.stdout)["id"] == "1220514"


def test_impossible_date_gives_record_warning_and_exit_1(tmp_path: Path) -> None:
    text = REFERENCE.read_text("utf-8").replace("١٩ يناير ٢٠٢٢", "٣١ فبراير ٢٠٢٢")
    bad = tmp_path / "feb31.txt"
    bad.write_text(text, "utf-8")
    result = run_cli(["parse", str(bad)])
    assert result.status == 1
    assert result.stderr == (
        f"newsctl: {bad}: impossible date '٣١ فبراير ٢٠٢٢': February 2022 has 28 days, not 31\n"
    )
    record = json.loads(result.stdout)
    assert record["date"] is None
    assert record["hijri"] is None
    assert record["warnings"] == [
        {
            "code": "impossible-date",
            "message": "impossible date '٣١ فبراير ٢٠٢٢': February 2022 has 28 days, not 31",
        }
    ]
    assert record["headline"].startswith("التعاون مع روسيا")


def test_weekday_mismatch_is_a_warning_not_an_error(tmp_path: Path) -> None:
    text = REFERENCE.read_text("utf-8").replace("الأربعاء", "الخميس", 1)
    path = tmp_path / "thursday.txt"
    path.write_text(text, "utf-8")
    result = run_cli(["parse", str(path)])
    assert result.status == 0
    record = json.loads(result.stdout)
    assert record["weekday"] == "الخميس"
    assert record["warnings"] == [
        {
            "code": "weekday-mismatch",
            "message": "الخميس is written, but 2022-01-19 is a الأربعاء",
        }
    ]


def test_other_layout_gives_nulls_and_warnings_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(
        "أعلنت وزارة الصحة عن افتتاح مستشفى جديد.\n\nوقال الوزير إن المستشفى سيخدم المنطقة.\n",
        "utf-8",
    )
    result = run_cli(["parse", str(path)])
    assert result.status == 0
    record = json.loads(result.stdout)
    assert (record["agency"], record["source"], record["date"], record["id"]) == (None,) * 4
    assert record["headline"] == "أعلنت وزارة الصحة عن افتتاح مستشفى جديد."
    assert [w["code"] for w in record["warnings"]] == ["no-date", "uncertain-headline"]
    bare = run_cli(["parse", "-"], stdin="١٢٣ ٤٥٦\n".encode())
    assert [w["code"] for w in json.loads(bare.stdout)["warnings"]] == [
        "unknown-layout",
        "no-date",
        "missing-headline",
    ]


def test_header_with_spaced_colon_latin_digits_and_no_blank_lines() -> None:
    text = (
        "وكالة الأنباء\nالمصدر:وكالة إرنا\nالخميس\n3 مارس 2022\n10:00:00 ص\n555123\n"
        "عنوان الخبر\nالمقدمة هنا.\nفقرة أولى.\n...........\nانتهى/12\n"
    )
    result = run_cli(["parse", "-"], stdin=text.encode("utf-8"))
    record = json.loads(result.stdout)
    assert (record["agency"], record["source"], record["published"], record["id"]) == (
        "وكالة الأنباء",
        "وكالة إرنا",
        "2022-03-03T10:00:00",
        "555123",
    )
    assert (record["headline"], record["lead"], record["body"]) == (
        "عنوان الخبر",
        "المقدمة هنا.",
        ["فقرة أولى."],
    )
    assert record["end_marker"] == "انتهى/12"
    assert record["warnings"] == []


def test_usage_errors_exit_2() -> None:
    assert run_cli(["parse", "--format", "xml", str(REFERENCE)]).status == 2
    assert run_cli(["parse", "--digits", "roman", str(REFERENCE)]).status == 2
    assert run_cli(["nosuchcommand"]).status == 2
    result = run_cli(["parse", "--tz", "Mars/Olympus", str(REFERENCE)])
    assert result.status == 2


def test_installed_program_reports_errors_without_traceback(tmp_path: Path) -> None:
    proc = run_installed(["parse", str(tmp_path / "nope.txt"), str(REFERENCE)])
    assert proc.returncode == 1
    assert proc.stderr.decode("utf-8") == (
        f"newsctl: {tmp_path / 'nope.txt'}: no such file\n"
        "newsctl: 1 record from 1 input; 1 input failed\n"
    )
    assert json.loads(proc.stdout)["id"] == "1220514"


def test_installed_program_usage_error_exit_2() -> None:
    proc = run_installed(["parse", "--format", "xml"])
    assert proc.returncode == 2
    assert b"Traceback" not in proc.stderr
    assert b"Invalid value for '--format'" in proc.stderr


def test_python_dash_m_and_version() -> None:
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "newsctl", "--version"], capture_output=True, check=True
    )
    import newsctl

    assert proc.stdout.decode() == f"newsctl {newsctl.__version__}\n"
    helped = subprocess.run([sys.executable, "-m", "newsctl", "-h"], capture_output=True)
    assert helped.returncode == 0
    assert b"Usage: newsctl" in helped.stdout


def test_output_is_utf8_even_under_the_c_locale() -> None:
    proc = run_installed(["parse", "samples/abna-mehr-reference.txt"])  # LC_ALL=C there
    assert proc.returncode == 0
    assert "وكالة مهر".encode() in proc.stdout


@pytest.mark.parametrize("command", ["parse", "check", "show", "stats", "date", "digits"])
def test_no_input_on_a_terminal_is_a_usage_error_not_a_hang(command: str) -> None:
    result = run_cli([command], tty=True)
    assert result.status == 2
    assert "no input:" in result.stderr


def test_a_utf8_copy_with_a_few_broken_bytes_is_read_with_a_warning(tmp_path: Path) -> None:
    data = REFERENCE.read_bytes()
    broken = tmp_path / "cut.txt"
    broken.write_bytes(data[:500] + b"\xff" + data[500:-3] + b"\xd8")  # a stray byte, a cut end
    result = run_cli(["parse", str(broken)])
    assert result.status == 0
    record = json.loads(result.stdout)
    assert (record["encoding"], record["published"]) == ("utf-8", "2022-01-19T19:13:41")
    assert record["warnings"] == [
        {
            "code": "encoding-repaired",
            "message": "2 invalid UTF-8 byte sequence(s) replaced with U+FFFD",
        }
    ]
