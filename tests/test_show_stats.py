"""`newsctl show` and `newsctl stats`: what people read, checked line by line."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from bidi import get_display
from conftest import REFERENCE, SAMPLES, run_cli

NOW = "2026-11-29T12:00"


def lines(text: str) -> list[str]:
    return [line.strip("│ ").rstrip() for line in text.splitlines()]


def test_show_reference_plain_text_in_a_pipe() -> None:
    result = run_cli(["show", "--now", NOW, "--width", "100", str(REFERENCE)])
    assert result.status == 0
    out = lines(result.stdout)
    assert "الرئيس الايراني خلال لقائه نظيره الروسي" in out  # the kicker, above
    assert "التعاون مع روسيا في سوريا يمكن أن يكون أساساً للعلاقات في كثير من المجالات الأخرى" in out
    assert "agency   وكالة أهل البيت (ع) للأنباء" in out
    assert "written  ١٩ يناير ٢٠٢٢" in out
    assert "date     2022-01-19  (الأربعاء)  —  4 years ago" in out
    assert "hijri    16 جمادى الآخرة 1443 هـ" in out
    assert "time     19:13:41 (zone not stated)" in out
    assert "id       1220514" in out
    assert "words    365" in out
    assert "\x1b[" not in result.stdout  # a pipe: no escape codes
    from rich.cells import cell_len  # combining marks (tanween) take no cell

    assert all(cell_len(line) <= 100 for line in result.stdout.splitlines())
    assert "وفقا لما أفادته" not in result.stdout  # the body only with --body
    with_body = run_cli(["show", "--body", "--now", NOW, str(REFERENCE)])
    assert "وفقا لما أفادته" in with_body.stdout


def test_show_counts_relative_phrases_from_now_as_parse_does() -> None:
    """``--now`` is what relative phrases count from, in show as in parse (show said no-date
    where parse found the date)."""
    text = (
        "وزير الصحة يفتتح مستشفى جديدا في المدينة\nمنذ 3 ساعات\n"
        "افتتح وزير الصحة اليوم مستشفى جديدا يخدم سكان المدينة والقرى المجاورة لها.\n"
    ).encode()
    now = "2024-01-01T00:00+03:00"
    shown = run_cli(["show", "--format", "json", "--now", now, "-"], stdin=text)
    parsed = run_cli(["parse", "--now", now, "-"], stdin=text)
    ((record,),) = [json.loads(shown.stdout)]
    assert record["published"] == json.loads(parsed.stdout)["published"] == "2023-12-31T21:00+03:00"
    panel = run_cli(["show", "--now", now, "--width", "100", "-"], stdin=text)
    assert "2023-12-31" in panel.stdout and "no-date" not in panel.stdout


def test_show_highlights_warnings_and_respects_no_color() -> None:
    path = str(SAMPLES / "gulf-hijri-dual-date-mismatch.txt")
    plain = run_cli(["show", "--now", NOW, path])
    assert (
        "⚠ hijri-mismatch: stated Hijri date 1444-09-03 is -1 day(s) from Umm al-Qura"
        in plain.stdout
    )
    from conftest import Result  # noqa: F401 - the tty runs below use the same helper

    coloured = run_cli(["show", "--now", NOW, path], tty=True)
    assert "\x1b[" in coloured.stdout
    import io

    from newsctl.cli.app import run
    from newsctl.cli.env import Env

    out = io.BytesIO()
    env = Env(stdin=io.BytesIO(), stdout=out, stderr=io.BytesIO(), stdout_isatty=True,
              environ={"NO_COLOR": "1"})  # fmt: skip
    assert run(["show", "--now", NOW, path], env=env) == 0
    assert b"\x1b[" not in out.getvalue()


def test_bidi_on_puts_arabic_digits_and_parentheses_where_python_bidi_does() -> None:
    from newsctl.cli.display import visual_lines

    mixed = "قال المتحدث (رويترز) إن 38% من 2022 تغيرت"
    assert visual_lines(mixed, 80) == [get_display(mixed, base_dir="R")]
    assert visual_lines(mixed, 80) == ["تريغت 2022 نم %38 نإ )زرتيور( ثدحتملا لاق"]
    result = run_cli(["show", "--bidi", "on", "--now", NOW, "--width", "100", str(REFERENCE)])
    agency = get_display("وكالة أهل البيت (ع) للأنباء", base_dir="R")
    assert any(line.endswith(agency) and line.startswith("agency") for line in lines(result.stdout))
    assert "2022-01-19  (" + get_display("الأربعاء") + ")  —  4 years ago" in result.stdout


def test_bidi_auto_follows_the_environment() -> None:
    import io

    from newsctl.cli.app import run
    from newsctl.cli.env import Env

    outputs = {}
    for value in ("on", "off"):
        out = io.BytesIO()
        env = Env(stdin=io.BytesIO(), stdout=out, stderr=io.BytesIO(),
                  environ={"NEWSCTL_BIDI": value})  # fmt: skip
        run(["show", "--now", NOW, str(REFERENCE)], env=env)
        outputs[value] = out.getvalue().decode()
    assert get_display("وكالة مهر", base_dir="R") in outputs["on"]
    assert "وكالة مهر" in outputs["off"]


SOME = ["abna-mehr-reference.txt", "abna-crlf.txt", "gulf-hijri-dual-date-mismatch.txt",
        "opinion-no-date-byline.txt", "trec-two-docs.txt"]  # fmt: skip


def test_stats_json_figures() -> None:
    result = run_cli(["stats", "--format", "json", *[str(SAMPLES / n) for n in SOME]])
    assert result.status == 0
    figures = json.loads(result.stdout)
    assert figures["articles"] == 6
    assert (figures["first_date"], figures["last_date"]) == ("2019-12-28", "2024-01-08")
    assert figures["per_month"] == {"2019-12": 1, "2021-07": 1, "2022-01": 1, "2023-03": 1,
                                    "2024-01": 1}  # fmt: skip
    assert figures["per_source"] == {"(none)": 3, "وكالات": 1, "وكالة تسنيم": 1, "وكالة مهر": 1}
    assert figures["warnings"] == {"hijri-mismatch": 1, "no-date": 1}
    assert figures["encodings"] == {"utf-8": 6}
    assert figures["month_systems"] == {"egyptian": 3, "english": 2}
    assert figures["without_date"] == [str(SAMPLES / "opinion-no-date-byline.txt")]
    assert figures["duplicate_ids"] == {}


def test_stats_count_failed_records_apart_from_failed_inputs(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"title": "عنوان", "text": "نص", "date": "2023-01-01"}\n{not json\n')
    result = run_cli(["stats", "--format", "json", str(corpus), str(tmp_path / "missing.txt")])
    assert result.status == 1
    figures = json.loads(result.stdout)
    assert (figures["articles"], figures["inputs_failed"], figures["records_failed"]) == (1, 1, 1)


def test_stats_text_and_duplicate_ids(tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes(REFERENCE.read_bytes())
    result = run_cli(["stats", "--width", "240", str(REFERENCE), str(copy), str(tmp_path / "x")])
    assert result.status == 1  # the missing input
    out = lines(result.stdout)
    assert "articles            2" in out
    assert "dates               2022-01-19 … 2022-01-19" in out
    assert "inputs that failed  1" in out
    assert "duplicate ids       1" in out
    assert any(line.startswith("2022-01-19  2  ███") for line in out)
    assert f"1220514  {REFERENCE}, {copy}" in out


def test_stats_html_report(tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    result = run_cli(["stats", "-r", str(SAMPLES), "--html", str(report), "--format", "json"])
    assert result.status == 0
    page = report.read_text("utf-8")
    assert page.startswith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">')
    assert page.count("<svg") == 2
    assert "<script" not in page and "src=" not in page and "href=" not in page  # no network
    assert "<td>وكالة مهر</td><td class=n>4</td>" in page
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]  # written atomically


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed on this machine")
def test_html_report_renders_in_chromium(tmp_path: Path) -> None:
    report, shot = tmp_path / "report.html", tmp_path / "report.png"
    run_cli(["stats", "-r", str(SAMPLES), "--html", str(report), "-q"])
    assert CHROMIUM is not None
    proc = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}", "--window-size=900,1200",
         f"--screenshot={shot}", report.as_uri()],
        capture_output=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-500:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 10_000  # a page with charts, not a blank one
