"""Corpus files as researchers publish them: one record per article, in every format, through
the installed program; fields, dates with their zones, ids; streaming, --map, --now, -r."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SAMPLES, run_cli, run_installed

CORPORA = SAMPLES / "corpora"


def records(stdout: bytes | str) -> list[dict[str, Any]]:
    text = stdout.decode("utf-8") if isinstance(stdout, bytes) else stdout
    return [json.loads(line) for line in text.splitlines()]


def fields(record: dict[str, Any], *keys: str) -> tuple[Any, ...]:
    return tuple(record[k] for k in keys)


KEYS = ("record", "id", "published", "headline", "byline", "agency", "url")


def test_ant_radio_sgml_every_time_form() -> None:
    proc = run_installed(["parse", "samples/corpora/ant-radio.xml"])
    assert proc.returncode == 0, proc.stderr
    got = records(proc.stdout)
    assert [fields(r, "id", "published", "headline", "agency") for r in got] == [
        ("ANT_2017_0001", "2017-01-20T21:43:00+01:00",
         "افتتاح الدورة الجديدة لمعرض تونس الدولي للكتاب", "إذاعة موزاييك"),
        ("ANT_2015_0412", "2015-04-01", "أمطار غزيرة في ولايات الشمال", "إذاعة موزاييك"),
        ("ANT_2017_0588", "2017-05-12T21:43:00", "حملة وطنية للتلقيح في المدارس", "إذاعة موزاييك"),
        ("ANT_2015_0726", "2015-07-27T09:30:00", "اختتام ملتقى الشعر العربي في القيروان",
         "إذاعة موزاييك"),
    ]  # fmt: skip
    assert got[0]["byline"] is None  # a GUID in <AUTHOR> is not a name
    # a story that opens with شارك ("took part") keeps its first paragraph
    assert got[0]["lead"] == (
        "شارك وزير الثقافة مساء اليوم في افتتاح الدورة الجديدة للمعرض بحضور عدد من الناشرين."
    )
    # a story that opens with انتهى ("... ended") is not an end marker
    assert got[1]["lead"].startswith("انتهى اجتماع خلية الأزمة")
    assert got[1]["end_marker"] is None
    assert all(r["warnings"] == [] for r in got)


def test_relative_phrases_count_from_the_records_own_date() -> None:
    (first, *_) = records(run_installed(["parse", "samples/corpora/ant-radio.xml"]).stdout)
    assert [(d["text"], d["date"], d["time"], d["role"]) for d in first["dates"]] == [
        ("2017-01-20T21:43:00+01:00", "2017-01-20", "21:43:00", "published"),
        ("منذ ساعتين", "2017-01-20", "19:43", "mention"),  # two hours before the record's time
    ]  # "قبل ساعة من الافتتاح" (an hour before the opening) is no date at all


def test_a_record_without_a_date_leaves_relative_phrases_without_one() -> None:
    proc = run_installed(["parse", "samples/corpora/newsplease.jsonl"])
    second = records(proc.stdout)[1]
    assert [(d["text"], d["date"]) for d in second["dates"]] == [("قبل ثلاث ساعات", None)]
    assert second["published"] is None
    assert proc.returncode == 0
    with_now = run_installed(
        ["parse", "--now", "2019-03-06T12:00", "samples/corpora/newsplease.jsonl"]
    )
    assert records(with_now.stdout)[1]["dates"][0]["date"] == "2019-03-06"


def test_zone_unknown_takes_tz_and_check_finds_nothing_wrong() -> None:
    """RFC 2822 ``-0000`` says the zone is not known: --tz gives it; ANT records have <SRC> (no
    missing-source) and a Hijri date that agrees with its Gregorian twin (no hijri-mismatch)."""
    plain = records(run_installed(["parse", "samples/corpora/ant-radio.xml"]).stdout)
    assert plain[3]["utc_offset"] is None
    tunis = run_installed(["parse", "--tz", "Africa/Tunis", "samples/corpora/ant-radio.xml"])
    got = records(tunis.stdout)
    assert got[3]["published"] == "2015-07-27T09:30:00+01:00"
    assert got[0]["published"] == "2017-01-20T21:43:00+01:00"  # its own zone is kept
    check = run_installed(["check", "samples/corpora/ant-radio.xml"])
    assert (check.returncode, check.stdout, check.stderr) == (0, b"", b"")


def test_ldc_sgml_headline_dateline_paragraphs_and_the_date_in_the_id() -> None:
    proc = run_installed(["parse", "samples/corpora/ldc-afp.sgml"])
    first, second = records(proc.stdout)
    assert fields(first, "id", "published", "headline", "dateline") == (
        "AFP_ARB_20010103.0007", "2001-01-03", "مصر تستضيف مؤتمرا اقتصاديا اقليميا في الربيع",
        "القاهرة 3-1 (اف ب) -",
    )  # fmt: skip
    assert first["body"] == ["وقال متحدث باسم وزارة الاقتصاد ان المؤتمر سيعقد في شرم الشيخ."]
    assert fields(second, "id", "published") == ("AFP_ARB_20010104.0112", "2001-01-04")


def test_saudinewsnet_json_array() -> None:
    proc = run_installed(["parse", "samples/corpora/saudinewsnet-2015-07-21.json"])
    assert proc.returncode == 0
    assert [fields(r, *KEYS) for r in records(proc.stdout)] == [
        ("1", None, "2015-07-21T02:51:32", "مجلس الوزراء يقر تنظيما جديدا للنقل العام في المدن",
         "الرياض: سعد الحربي", "aawsat", "http://aawsat.com/home/article/414621"),
        ("2", None, "2015-07-21T03:10:07", "ارتفاع مؤشر السوق في ختام تعاملات الأسبوع", None,
         "aleqtisadiya", "http://www.aleqt.com/2015/07/21/article_977001.html"),
    ]  # fmt: skip


def test_newsplease_json_lines() -> None:
    first = records(run_installed(["parse", "samples/corpora/newsplease.jsonl"]).stdout)[0]
    assert fields(first, *KEYS, "updated") == (
        "1", None, "2019-03-04T10:15:00", "افتتاح حديقة عامة جديدة وسط المدينة",
        "سارة أحمد، مازن يوسف", "example-news.org", "https://example-news.org/local/park-1",
        "2019-03-04T12:00:00",
    )  # fmt: skip


def test_csv_with_a_paragraph_break_inside_a_quoted_field() -> None:
    proc = run_installed(["parse", "samples/corpora/export.csv"])
    first, second = records(proc.stdout)
    assert fields(first, "record", "id", "published", "headline", "agency") == (
        "1001", "1001", "2015-07-20T10:15:00", "وزارة التعليم تعلن مواعيد الامتحانات",
        "صحيفة المساء",
    )  # fmt: skip
    assert first["body"] == ["وأكدت أن النتائج ستصدر خلال أسبوعين."]
    assert second["published"] == "2015-07-21T18:30:00+03:00"


def test_map_names_a_corpus_own_fields() -> None:
    path = "samples/corpora/export-mapped.tsv"
    unmapped = records(run_installed(["parse", path]).stdout)[0]
    # pub_date is a common name (scraped datasets write it); title_ar is this export's own
    assert (unmapped["headline"], unmapped["published"]) == (None, "2020-06-03")
    proc = run_installed(["parse", "--map", "id=doc_id,headline=title_ar,date=pub_date", path])
    assert fields(records(proc.stdout)[0], "id", "published", "headline") == (
        "77", "2020-06-03", "انطلاق مهرجان الموسيقى العربية"
    )  # fmt: skip
    bad = run_cli(["parse", "--map", "title=x", path])
    assert bad.status == 2
    assert "unknown field 'title'; fields: id, url, headline, date" in bad.stderr


@pytest.mark.parametrize("opener", [gzip.open, bz2.open, lzma.open], ids=["gz", "bz2", "xz"])
def test_compressed_corpus_files(tmp_path: Path, opener: Any) -> None:
    suffix = {"gzip": ".gz", "bz2": ".bz2", "lzma": ".xz"}[opener.__module__]
    target = tmp_path / f"ant-radio.xml{suffix}"
    with opener(target, "wb") as out:
        out.write((CORPORA / "ant-radio.xml").read_bytes())
    proc = run_installed(["parse", str(target)])
    assert proc.returncode == 0, proc.stderr
    assert [r["id"] for r in records(proc.stdout)][:2] == ["ANT_2017_0001", "ANT_2015_0412"]


def test_a_truncated_gzip_reports_where_it_breaks_off(tmp_path: Path) -> None:
    data = gzip.compress((CORPORA / "ant-radio.xml").read_bytes() * 2000)
    target = tmp_path / "cut.xml.gz"
    target.write_bytes(data[: len(data) // 2])
    proc = run_installed(["parse", str(target)])
    assert proc.returncode == 1
    assert proc.stderr.decode().startswith(f"newsctl: {target}: breaks off: corrupt or truncated")
    assert len(records(proc.stdout)) > 4  # the records before the cut are all there


def test_a_bad_record_is_reported_and_the_others_are_kept(tmp_path: Path) -> None:
    target = tmp_path / "mixed.jsonl"
    lines = (CORPORA / "newsplease.jsonl").read_text("utf-8").splitlines()
    target.write_text(f"{lines[0]}\n{{not json\n[1, 2]\n{lines[1]}\n", "utf-8")
    proc = run_installed(["parse", str(target)])
    assert proc.returncode == 1
    assert proc.stderr.decode().splitlines() == [
        f"newsctl: {target}#2: line 2: not JSON (Expecting property name enclosed in double "
        "quotes)",
        f"newsctl: {target}#3: line 3: not a JSON object",
        "newsctl: 2 records from 1 input; 2 records failed",
    ]
    assert [r["record"] for r in records(proc.stdout)] == ["1", "4"]


def test_recursive_reads_corpus_extensions_and_says_when_nothing_matched(tmp_path: Path) -> None:
    folder = tmp_path / "corpora"
    shutil.copytree(CORPORA, folder)
    (folder / "notes.md").write_text("not read", "utf-8")
    proc = run_installed(["parse", "-r", str(folder)])
    assert proc.returncode == 0, proc.stderr
    got = records(proc.stdout)
    assert len(got) == 4 + 1 + 2 + 2 + 2 + 2  # ant, tsv, csv, ldc, jsonl, json: sorted by name
    assert got[0]["path"].endswith("ant-radio.xml")
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    (empty / "sub" / "notes.md").write_text("x", "utf-8")
    nothing = run_installed(["parse", "-r", str(empty)])
    assert nothing.returncode == 0
    assert nothing.stdout == b""
    assert nothing.stderr.decode().startswith(
        f"newsctl: warning: {empty}: no file to read in it (names matching *.txt *.html *.htm"
    )


def test_two_runs_give_the_same_bytes() -> None:
    args = ["parse", "-r", "samples/corpora", "samples/trec-two-docs.txt"]
    first, second = run_installed(args), run_installed(args)
    assert first.returncode == 0
    assert first.stdout == second.stdout


def test_a_corpus_in_a_txt_file_and_on_standard_input_is_sniffed() -> None:
    data = (CORPORA / "saudinewsnet-2015-07-21.json").read_bytes()
    proc = run_installed(["parse", "-"], stdin=data)
    assert [r["published"] for r in records(proc.stdout)] == [
        "2015-07-21T02:51:32", "2015-07-21T03:10:07"
    ]  # fmt: skip
    sgml = run_installed(["parse", "-"], stdin=(CORPORA / "ldc-afp.sgml").read_bytes())
    assert [r["id"] for r in records(sgml.stdout)] == [
        "AFP_ARB_20010103.0007", "AFP_ARB_20010104.0112"
    ]  # fmt: skip


def test_a_large_corpus_is_streamed_record_by_record(tmp_path: Path) -> None:
    """The reader holds one record at a time: counted through the library's iterator (the
    memory figure is measured by benchmarks/corpora.py, not here)."""
    from newsctl.reader import iter_items

    one = (CORPORA / "ldc-afp.sgml").read_text("utf-8")
    target = tmp_path / "big.sgml"
    target.write_text(one * 3000, "utf-8")
    items = iter_items(target)
    first = next(items)
    assert first.id == "AFP_ARB_20010103.0007"  # type: ignore[union-attr]
    assert sum(1 for _ in items) == 6000 - 1


def test_record_fields_in_any_case_and_misspelt(tmp_path: Path) -> None:
    target = tmp_path / "abu.xml"
    target.write_text(
        "<ID>1</ID>\n<Healine>عنوان بتهجئة خاطئة</Healine>\n<dateline>08/ديسمبر/2009</dateline>\n"
        "<Text>واشنطن ـ سبأنت: نص الخبر الأول هنا.</Text>\n"
        "<id>2</id>\n<HEADLINE>عنوان ثان</HEADLINE>\n<DATELINE>2009-12-09</DATELINE>\n"
        "<TEXT>نص ثان.</TEXT>\n",
        "utf-8",
    )
    got = records(run_installed(["parse", str(target)]).stdout)
    assert [fields(r, "id", "published", "headline", "dateline") for r in got] == [
        ("1", "2009-12-08", "عنوان بتهجئة خاطئة", "واشنطن ـ سبأنت"),
        ("2", "2009-12-09", "عنوان ثان", None),
    ]


def test_corpus_samples_are_ours() -> None:
    """The corpus samples are written for newsctl (no file of a published corpus)."""
    names = sorted(p.name for p in CORPORA.iterdir())
    assert names == [
        "ant-radio.xml", "export-mapped.tsv", "export.csv", "ldc-afp.sgml", "newsplease.jsonl",
        "saudinewsnet-2015-07-21.json",
    ]  # fmt: skip
    assert ROOT in CORPORA.parents
