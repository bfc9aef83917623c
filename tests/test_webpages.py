"""Saved web pages read as they are saved: the visible text through the article engine, the
markup's claims as evidence; through the installed program, on the samples of samples/html."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLES, run_cli, run_installed

PAGES = SAMPLES / "html"


def record(path: Path | str, *args: str) -> dict[str, Any]:
    proc = run_installed(["parse", *args, str(path)])
    assert proc.returncode == 0, proc.stderr
    (line,) = proc.stdout.decode("utf-8").splitlines()
    return json.loads(line)  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("name", "published", "headline", "byline"),
    [
        ("wordpress-news-theme.html", "2026-02-15T12:26+03:00",
         "رئيس لجنة بلدية الرصيفة لـ(صدى الشعب): الخبرة العملية أساس اختيار رؤساء اللجان المؤقتة",
         "سليمان أبو خرمة"),  # the credit صدى الشعب – سليمان أبو خرمة: outlet and reporter
        ("drupal-field-date.html", "2023-09-21T16:43+03:00",
         "النظام يزيل حواجز جديدة من شوارع العاصمة دمشق", None),
        ("agency-cms-text-only.html", "2020-03-10T18:55",
         "وزارة الصحة تعلن تسجيل 6 حالات إصابة جديدة بفيروس كورونا (كوفيد-19)", None),
        ("amp-page.html", "2023-09-27T16:44+03:00", "ما بين بلديّة رام الله وبلديّة البيرة",
         "منجد صالح"),
        ("json-ld-only-date.html", "2022-08-03T15:16:38+03:00",
         "إزالة الحواجز المحيطة بالكعبة المشرفة", None),
        ("markup-disagrees.html", "2023-11-16", "القدس : مستعمرون يقتحمون المسجد “الأقصى”", None),
    ],
)  # fmt: skip
def test_saved_pages(name: str, published: str, headline: str, byline: str | None) -> None:
    got = record(PAGES / name)
    assert (got["format"], got["encoding"]) == ("html", "utf-8")
    assert (got["published"], got["headline"], got["byline"]) == (published, headline, byline)


def test_the_visible_text_only() -> None:
    """Scripts, styles, navigation and share buttons are not the story; <br> ends a paragraph."""
    wordpress = record(PAGES / "wordpress-news-theme.html")
    assert wordpress["lead"].startswith("قال رئيس لجنة بلدية الرصيفة إن الخبرة العملية")
    text = json.dumps(wordpress, ensure_ascii=False)
    assert "window.jnews" not in text and "jeg_topbar" not in text and "عربي دولي" not in text
    agency = record(PAGES / "agency-cms-text-only.html")
    assert agency["lead"].startswith("كشفت وزارة الصحة العامة عن رصد ست إصابات")
    assert agency["body"][0].startswith("وأوضحت الوزارة")


def test_the_markup_gives_a_zone_a_time_or_an_update_the_text_lacks() -> None:
    wordpress = record(PAGES / "wordpress-news-theme.html")
    # the text's 12:26 is the markup's 09:26:41+00:00: the page is in UTC+3
    assert (wordpress["time"], wordpress["utc_offset"]) == ("12:26", "+03:00")
    assert wordpress["updated"] == "2026-02-15T09:31:02+00:00"
    # the markup's author is the site itself (not taken); the text's credit names the reporter
    assert wordpress["byline"] == "سليمان أبو خرمة"
    only = record(PAGES / "json-ld-only-date.html")
    assert only["dates"] == [
        {"text": "2022-08-03T15:16:38+03:00", "line": None, "date": "2022-08-03",
         "time": "15:16:38", "utc_offset": "+03:00", "role": "published"}
    ]  # fmt: skip


def test_markup_that_disagrees_with_the_text_is_reported_and_explained() -> None:
    page = PAGES / "markup-disagrees.html"
    got = record(page)
    # the site's date above the headline stands beside the site's name (the part of the page's
    # <title> that names the site): furniture, far under the story's own dateline
    assert got["warnings"] == [
        {"code": "markup-disagrees",
         "message": "the markup (json-ld) says '2025-05-05T08:12:57+00:00', the text '16-11-2023'"},
    ]  # fmt: skip
    check = run_installed(["check", str(page)])
    assert check.returncode == 1
    assert f"{page}:17: markup-disagrees: the markup (json-ld)" in check.stdout.decode()
    explained = run_cli(["explain", "--field", "published", str(page)]).stdout
    assert "+4 wire-dateline" in explained
    assert "+4 markup-date: the page's markup gives the same day" in explained  # the site date
    assert "-4 furniture: beside the site's furniture" in explained


def test_pages_are_known_by_their_content_and_their_charset(tmp_path: Path) -> None:
    html = (PAGES / "drupal-field-date.html").read_text("utf-8")
    as_text = tmp_path / "saved.txt"
    as_text.write_text(html, "utf-8")
    assert record(as_text)["format"] == "html"
    arabic = tmp_path / "cp1256.html"
    arabic.write_bytes(html.replace('charset="utf-8"', 'charset="windows-1256"').encode("cp1256"))
    got = record(arabic)
    assert (got["encoding"], got["published"]) == ("cp1256", "2023-09-21T16:43+03:00")
    assert got["headline"] == "النظام يزيل حواجز جديدة من شوارع العاصمة دمشق"


def test_every_command_takes_pages_and_r_reads_them(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    shutil.copytree(PAGES, folder)
    (folder / "gold.tsv").unlink()
    parsed = run_installed(["parse", "-r", str(folder)])
    assert [json.loads(x)["format"] for x in parsed.stdout.decode().splitlines()] == ["html"] * 6
    stats = run_installed(["stats", "--format", "json", "-r", str(folder)])
    assert json.loads(stats.stdout)["articles"] == 6
    shown = run_installed(["show", str(folder / "amp-page.html")])
    assert "ما بين بلديّة رام الله وبلديّة البيرة" in shown.stdout.decode()
    only_txt = run_installed(["parse", "-r", "--glob", "*.txt", str(folder)])
    assert only_txt.stdout == b""


def test_explain_numbers_a_pages_candidates_by_its_source_lines(tmp_path: Path) -> None:
    """The lines ``explain`` names are the ones the record's dates and ``check`` name: the page's
    source lines, not the lines of its visible text."""
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset='utf-8'>\n<title>t</title>\n</head>\n"
        "<body>\n<div class='menu'>\n</div>\n"
        "<h1>الحكومة تقر الموازنة العامة للعام المقبل</h1>\n"
        "<p>نشر في 12 مارس 2023</p>\n"
        "<p>أقرت الحكومة في جلستها اليوم الموازنة العامة للعام المقبل بعد نقاش طويل استمر"
        " ساعات، وقال وزير المالية إن الموازنة تركز على دعم القطاعات الإنتاجية"
        " وتحسين الخدمات.</p>\n"
        "</body>\n</html>\n",
        "utf-8",
    )
    dates = record(page)["dates"]
    assert [(d["text"], d["line"]) for d in dates] == [("12 مارس 2023", 11)]
    explained = run_cli(["explain", str(page)]).stdout
    assert " * +" in explained and "line 11: 12 مارس 2023" in explained
    assert "line 10: الحكومة تقر الموازنة العامة للعام المقبل" in explained
