"""News feeds (RSS 2.0, RSS 1.0/RDF, Atom) read as corpus files, one record per item, through the
installed program: the fields a feed gives, HTML inside read as a page, feeds told by their content
and their name, a cron run over saved feeds recording each item once, hostile feeds refused."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLES, run_installed

FEEDS = SAMPLES / "feeds"


def records(*args: str, stdin: bytes | None = None, status: int = 0) -> list[dict[str, Any]]:
    proc = run_installed(["parse", *args], stdin=stdin or b"")
    assert proc.returncode == status, proc.stderr
    return [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]


def fields(record: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(
        record[k] for k in ("record", "format", "id", "url", "published", "updated", "byline",
                            "headline")
    )  # fmt: skip


def test_rss2_one_record_per_item_with_arabic_rfc822_dates() -> None:
    got = records(str(FEEDS / "agency-rss2.rss"))
    assert [fields(r) for r in got] == [
        ("news-1001", "feed", "news-1001", "https://news.example.org/article/1001",
         "2024-05-05T10:30:00+03:00", None, "سامي الخطيب",
         "وزير الصحة يفتتح مستشفى جديدا في المدينة"),
        ("https://news.example.org/article/1002", "feed", "https://news.example.org/article/1002",
         "https://news.example.org/article/1002", "2024-05-05T08:15:00+00:00", None,
         "قسم الاقتصاد", "ارتفاع أسعار النفط مع تراجع المخزونات"),
        ("news-1003", "feed", "news-1003", "https://news.example.org/article/1003",
         "2024-05-04T22:40:00+03:00", None, None,
         "الأمطار تعود إلى المناطق الشمالية نهاية الأسبوع"),
    ]  # fmt: skip
    # content:encoded is read as a page (its script left out), before the description
    assert got[0]["lead"] == (
        "افتتح وزير الصحة اليوم مستشفى جديدا في المدينة يضم مئتي سرير ويخدم أكثر من مئة ألف نسمة "
        "من سكان المنطقة."
    )
    assert got[0]["body"] == ["وقال الوزير إن المستشفى سيبدأ استقبال المرضى الأسبوع المقبل."]
    # an escaped HTML description, &nbsp; included
    assert got[1]["lead"] == (
        "ارتفعت أسعار النفط اليوم الأحد بعد أن أظهرت بيانات تراجع المخزونات الأمريكية أكثر من "
        "المتوقع."
    )
    assert [r["dates"][0]["line"] for r in got] == [13, 22, 30]  # the feed's own lines
    assert all(r["warnings"] == [] for r in got)


def test_atom_entry_published_updated_author_name_and_html_content() -> None:
    (got,) = records(str(FEEDS / "blog-atom.atom"))
    assert fields(got) == (
        "tag:opinion.example.org,2024:post-77", "feed", "tag:opinion.example.org,2024:post-77",
        "https://opinion.example.org/2024/05/city-memory", "2024-05-05T18:20:00+02:00",
        "2024-05-06T08:45:00+02:00", "منى الحسن", "في معنى المدينة & ذاكرتها",
    )  # fmt: skip
    assert got["body"] == ["وحين تتغير الأحياء يبقى شيء من أهلها في أسماء الأزقة."]


def test_rss1_rdf_in_a_dot_xml_file_is_a_feed_by_its_content() -> None:
    (got,) = records(str(FEEDS / "rdf-rss1.xml"))
    assert fields(got) == (
        "https://wire.example.org/n/55", "feed", "https://wire.example.org/n/55",
        "https://wire.example.org/n/55", "2024-05-04T11:00:00+03:00", None, "وكالة النشرة",
        "افتتاح معرض الكتاب بمشاركة ثلاثمئة دار نشر",
    )  # fmt: skip


def test_a_feed_by_its_content_whatever_its_name_and_on_standard_input(tmp_path: Path) -> None:
    data = (FEEDS / "blog-atom.atom").read_bytes()
    saved = tmp_path / "feed.txt"
    saved.write_bytes(data)
    assert [r["format"] for r in records(str(saved))] == ["feed"]
    assert [r["headline"] for r in records("-", stdin=data)] == ["في معنى المدينة & ذاكرتها"]


def test_r_reads_rss_and_atom_files_by_default(tmp_path: Path) -> None:
    shutil.copytree(FEEDS, tmp_path / "feeds")
    got = records("-r", str(tmp_path / "feeds"))
    names = [Path(r["path"]).name for r in got]
    assert names == ["agency-rss2.rss"] * 3 + ["blog-atom.atom", "rdf-rss1.xml"]


NEW_ITEM = """  <item>
    <title>الحكومة تقر موازنة العام المقبل</title>
    <link>https://news.example.org/article/1004</link>
    <guid isPermaLink="false">news-1004</guid>
    <pubDate>الأحد، 05 مايو 2024 12:00:00 +0300</pubDate>
    <description>أقرت الحكومة في جلستها اليوم مشروع موازنة العام المقبل.</description>
  </item>
"""


def test_a_cron_job_over_saved_feeds_records_each_item_once(tmp_path: Path) -> None:
    """Each fetch of a feed is saved as a new file holding the items of the last one again:
    ``--state --new-only --dedupe id`` records every item once, across runs."""
    drop, out, state = tmp_path / "drop", tmp_path / "records.jsonl", tmp_path / "state.db"
    drop.mkdir()
    first = (FEEDS / "agency-rss2.rss").read_text("utf-8")
    (drop / "feed-0900.rss").write_text(first, "utf-8")
    cron = ["parse", "-r", str(drop), "--state", str(state), "--new-only", "--dedupe", "id",
            "--settle", "0", "--append", "-o", str(out), "-q"]  # fmt: skip
    assert run_installed(cron).returncode == 0
    start = first.index("  <item>")
    second = first[:start] + NEW_ITEM + first[start:]
    (drop / "feed-1000.rss").write_text(second, "utf-8")
    for _ in range(2):  # the second run, then a third with nothing new
        proc = run_installed(cron)
        assert proc.returncode == 0, proc.stderr
    ids = [json.loads(line)["id"] for line in out.read_text("utf-8").splitlines()]
    assert ids == ["news-1001", "https://news.example.org/article/1002", "news-1003", "news-1004"]


@pytest.mark.parametrize(
    ("feed", "message"),
    [
        ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
         '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n'
         "<rss><channel><item><title>&lol2;</title></item></channel></rss>\n",
         "the feed declares entities (refused: they are never expanded)"),
        ('<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
         "<rss><channel><item><title>&x;</title></item></channel></rss>\n",
         "the feed declares entities (refused: they are never expanded)"),
        ("<rss><channel><item><title>خبر</title><description>نص الخبر</description></item>\n"
         "<item><title>خبر آخر",
         "breaks off: not well-formed XML (no element found: line 2, column 20)"),
    ],
    ids=["billion-laughs", "external-entity", "cut-off"],
)  # fmt: skip
def test_hostile_or_broken_feeds_are_one_line_and_exit_1(
    tmp_path: Path, feed: str, message: str
) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(feed, "utf-8")
    proc = run_installed(["parse", str(path)])
    assert proc.returncode == 1
    read = 1 if "breaks off" in message else 0  # the items before the break are read
    summary = f"newsctl: {read} record{'s' * (read != 1)} from 1 input; 1 record failed"
    assert proc.stderr.decode("utf-8") == f"newsctl: {path}: {message}\n{summary}\n"
    if "breaks off" in message:  # the items before the break are read
        assert [json.loads(x)["headline"] for x in proc.stdout.decode().splitlines()] == ["خبر"]


def test_a_feed_in_the_charset_its_xml_declaration_names(tmp_path: Path) -> None:
    """An Arabic feed in Windows-1256, as its ``<?xml encoding>`` says."""
    text = (FEEDS / "agency-rss2.rss").read_text("utf-8")
    feed = tmp_path / "cp1256.rss"
    feed.write_bytes(text.replace('encoding="UTF-8"', 'encoding="windows-1256"').encode("cp1256"))
    got = records(str(feed))
    assert [(r["encoding"], r["headline"]) for r in got] == [
        ("cp1256", "وزير الصحة يفتتح مستشفى جديدا في المدينة"),
        ("cp1256", "ارتفاع أسعار النفط مع تراجع المخزونات"),
        ("cp1256", "الأمطار تعود إلى المناطق الشمالية نهاية الأسبوع"),
    ]
