"""Every input accounted for (issue 19): nothing lost, nothing doubled, nothing silent.

Each case runs the installed program the way a user (or a cron line) would, and checks the
records, the lines on stderr and the exit status.
"""

from __future__ import annotations

import json
from pathlib import Path

from conftest import REFERENCE, run_installed

DEEP = "[" * 1000 + "]" * 1000


def records(stdout: bytes) -> list[dict[str, object]]:
    return [json.loads(line) for line in stdout.decode("utf-8").splitlines()]


def test_json_nested_a_thousand_deep_fails_its_input_only(tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "a-deep.jsonl").write_text(f'{{"title": "x", "text": "نص", "x": {DEEP}}}\n')
    (drop / "b-deep.html").write_text(
        f'<html><head><script type="application/ld+json">{{"a": {DEEP}}}</script></head>'
        "<body><h1>عنوان الخبر</h1><p>نص الخبر هنا</p></body></html>"
    )
    (drop / "c-deep.json").write_text(f'[{{"title": "x", "text": "نص", "x": {DEEP}}}]')
    (drop / "d.txt").write_bytes(REFERENCE.read_bytes())
    proc = run_installed(["parse", "-r", str(drop), "-q", "--fields", "path,headline"])
    assert proc.returncode == 1
    assert b"internal error" not in proc.stderr and b"Traceback" not in proc.stderr
    assert proc.stderr.decode().splitlines() == [
        f"newsctl: {drop}/a-deep.jsonl#1: line 1: JSON nested more than 100 levels deep",
        f"newsctl: {drop}/c-deep.json#1: JSON nested more than 100 levels deep",
        "newsctl: 2 records from 4 inputs; 2 records failed",
    ]
    got = records(proc.stdout)
    assert [r["path"] for r in got] == [f"{drop}/b-deep.html", f"{drop}/d.txt"]
    assert got[0]["headline"] == "عنوان الخبر"  # the page is read, its JSON-LD block ignored


def test_the_summary_line_is_written_under_quiet(tmp_path: Path) -> None:
    proc = run_installed(["parse", "-q", str(tmp_path / "nope.txt"), str(REFERENCE)])
    assert proc.returncode == 1
    assert proc.stderr.decode().splitlines() == [
        f"newsctl: {tmp_path}/nope.txt: no such file",
        "newsctl: 1 record from 1 input; 1 input failed",
    ]


def test_a_complete_run_says_nothing(tmp_path: Path) -> None:
    proc = run_installed(["parse", "-q", str(REFERENCE)])
    assert proc.returncode == 0
    assert proc.stderr == b""


def test_check_select_still_reports_unreadable_inputs(tmp_path: Path) -> None:
    proc = run_installed(["check", "--select", "no-date", str(tmp_path / "nope.txt")])
    assert proc.returncode == 1
    assert proc.stdout.decode() == f"{tmp_path}/nope.txt:1: unreadable-input: no such file\n"


def test_dedupe_says_what_it_dropped(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(REFERENCE.read_bytes())
    (tmp_path / "b.txt").write_bytes(REFERENCE.read_bytes())
    proc = run_installed(["parse", "--dedupe", "id", "-r", str(tmp_path), "-q"])
    assert proc.returncode == 0
    assert len(records(proc.stdout)) == 1
    assert proc.stderr.decode() == "newsctl: 1 record from 2 inputs; 1 duplicate dropped\n"


# --- inputs as published


def test_a_zip_archive_is_read_member_by_member(tmp_path: Path) -> None:
    import zipfile

    archive = tmp_path / "corpus.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(REFERENCE, "articles/a.txt")
        z.writestr(
            "records.jsonl",
            '{"title": "عنوان أول", "text": "نص", "date": "2015-07-21"}\n{not json\n',
        )
        z.writestr("__MACOSX/._a.txt", b"\x00\x05\x16\x07")
    proc = run_installed(["parse", str(archive), "--fields", "path,record,published,headline"])
    assert proc.returncode == 1
    assert records(proc.stdout) == [
        {
            "path": f"{archive}!articles/a.txt",
            "record": None,
            "published": "2022-01-19T19:13:41",
            "headline": "التعاون مع روسيا في سوريا يمكن أن يكون أساساً للعلاقات في كثير من "
            "المجالات الأخرى",
        },
        {
            "path": f"{archive}!records.jsonl",
            "record": "1",
            "published": "2015-07-21",
            "headline": "عنوان أول",
        },
    ]
    assert proc.stderr.decode().splitlines() == [
        f"newsctl: {archive}!records.jsonl#2: line 2: not JSON (Expecting property name "
        "enclosed in double quotes)",
        "newsctl: 2 records from 1 input; 1 record failed",
    ]


def test_a_windows_1256_file_ending_with_a_nul_is_text(tmp_path: Path) -> None:
    text = "{عاجل} وزير الخارجية يلتقي نظيره في القاهرة\nنص الخبر عن الاجتماع الذي عقد أمس\n"
    path = tmp_path / "anc.txt"
    path.write_bytes(text.encode("cp1256") + b"\x00")
    proc = run_installed(["parse", str(path), "--fields", "format,encoding,headline"])
    assert proc.returncode == 0, proc.stderr
    assert records(proc.stdout) == [
        {
            "format": "text",
            "encoding": "cp1256",
            "headline": "{عاجل} وزير الخارجية يلتقي نظيره في القاهرة",
        }
    ]


def test_one_json_article_with_lists_of_objects_is_one_record(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(
        json.dumps(
            {
                "title": "عنوان الخبر",
                "text": "نص الخبر",
                "date": "2021-05-03",
                "tags": [{"id": 1, "title": "وسم"}, {"id": 2, "title": "آخر"}],
            },
            ensure_ascii=False,
        )
    )
    wordpress = tmp_path / "wp.json"
    wordpress.write_text(
        json.dumps(
            {
                "id": 81,
                "date": "2021-05-03T10:00:00",
                "title": {"rendered": "عنوان &#8211; من ووردبريس"},
                "content": {"rendered": "<p>الفقرة الأولى.</p><p>الفقرة الثانية.</p>"},
            },
            ensure_ascii=False,
        )
    )
    proc = run_installed(
        ["parse", str(one), str(wordpress), "--fields", "path,published,headline,lead"]
    )
    assert proc.returncode == 0
    assert records(proc.stdout) == [
        {
            "path": str(one),
            "published": "2021-05-03",
            "headline": "عنوان الخبر",
            "lead": "نص الخبر",
        },
        {
            "path": str(wordpress),
            "published": "2021-05-03T10:00:00",
            "headline": "عنوان – من ووردبريس",
            "lead": "الفقرة الأولى.",
        },
    ]


def test_date_field_names_and_numeric_dates(tmp_path: Path) -> None:
    path = tmp_path / "scraped.jsonl"
    rows = [
        {"title": "أ", "text": "نص", "pub_date": "1437475500"},
        {"title": "ب", "description": "نص الوصف", "publication_date": "20150721"},
        {"title": "ج", "summary": "ملخص", "pubDate": "1437475500000"},
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    proc = run_installed(["parse", str(path), "--fields", "published,lead"])
    assert records(proc.stdout) == [
        {"published": "2015-07-21T10:45:00+00:00", "lead": "نص"},
        {"published": "2015-07-21", "lead": "نص الوصف"},
        {"published": "2015-07-21T10:45:00+00:00", "lead": "ملخص"},
    ]


def test_files_that_hold_no_articles(tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "a.txt").write_bytes(REFERENCE.read_bytes())
    (drop / "index.json").write_text('{"files": ["a.txt"], "count": 1}')
    (drop / "prices.csv").write_text("sku,price\n1,2\n3,4\n")
    (drop / "big.csv").write_text(
        "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a\nsize 12345\n"
    )
    own = run_installed(["parse", str(REFERENCE)]).stdout
    (drop / "records.jsonl").write_bytes(own)
    proc = run_installed(["parse", "-r", str(drop), "-q", "--fields", "path"])
    assert proc.returncode == 1  # the LFS pointer: the data is missing
    assert records(proc.stdout) == [{"path": f"{drop}/a.txt"}]
    assert proc.stderr.decode().splitlines() == [
        f"newsctl: {drop}/big.csv: a Git LFS pointer, not the file itself (`git lfs pull` "
        "fetches it)",
        f"newsctl: warning: {drop}/index.json: skipped: no field names a text, headline or date "
        "(its fields: files, count); say which is which with --map "
        "text=NAME,headline=NAME,date=NAME",
        f"newsctl: warning: {drop}/prices.csv: skipped: no field names a text, headline or date "
        "(its fields: sku, price); say which is which with --map "
        "text=NAME,headline=NAME,date=NAME",
        f"newsctl: warning: {drop}/records.jsonl: skipped: records written by newsctl (its own "
        "output), not articles",
        "newsctl: 1 record from 1 input; 1 input failed, 2 files skipped (not articles), "
        "1 file of newsctl records skipped",
    ]
    alone = run_installed(["parse", str(drop / "prices.csv")])
    assert alone.returncode == 1
    assert alone.stderr.decode().splitlines()[0] == (
        f"newsctl: {drop}/prices.csv: no field names a text, headline or date (its fields: sku, "
        "price); say which is which with --map text=NAME,headline=NAME,date=NAME"
    )
    mapped = run_installed(["parse", "--map", "text=sku", str(drop / "prices.csv"), "-q"])
    assert mapped.returncode == 0 and len(records(mapped.stdout)) == 2


def test_a_zone_in_the_story_never_joins_the_record_own_date(tmp_path: Path) -> None:
    path = tmp_path / "saudi.jsonl"
    path.write_text(
        json.dumps(
            {
                "title": "خبر",
                "date": "2015-07-21 10:45",
                "text": "الرياض 21 يوليو 2015 الساعة 10:45 بتوقيت جرينتش أعلن الوزير",
            },
            ensure_ascii=False,
        )
        + "\n"
    )
    plain = run_installed(["parse", str(path), "--fields", "published"])
    assert records(plain.stdout) == [{"published": "2015-07-21T10:45"}]
    utc = run_installed(["parse", "--utc", str(path), "--fields", "published,warnings"])
    assert records(utc.stdout) == [
        {
            "published": "2015-07-21T10:45",
            "warnings": [
                {"code": "no-zone", "message": "the time names no zone; it is left as written"}
            ],
        }
    ]
