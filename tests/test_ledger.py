"""Every input accounted for (issue 19): nothing lost, nothing doubled, nothing silent.

Each case runs the installed program the way a user (or a cron line) would, and checks the
records, the lines on stderr and the exit status.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from conftest import REFERENCE, run_installed

DEEP = "[" * 1000 + "]" * 1000


def write_json(path: Path, *values: object, lines: bool = False) -> Path:
    """``values`` written as JSON (UTF-8 as it is): one document, or JSON Lines."""
    texts = [json.dumps(v, ensure_ascii=False) for v in values]
    path.write_text("".join(t + "\n" for t in texts) if lines else texts[0], "utf-8")
    return path


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


def test_a_json_document_cut_short_is_said_invalid_in_plain_words(tmp_path: Path) -> None:
    """A saved API answer cut inside a string (a raw line break in it): one clear line, the
    other input still read."""
    cut = tmp_path / "cut.txt"
    cut.write_text('{"id": 12320, "title": {"rendered": "\u0645\u062c\n', "utf-8")
    proc = run_installed(["parse", "-q", "--fields", "path", str(cut), str(REFERENCE)])
    assert proc.returncode == 1
    assert proc.stderr.decode().splitlines() == [
        f"newsctl: {cut}: not valid JSON (Invalid control character, line 1)",
        "newsctl: 1 record from 2 inputs; 1 record failed",
    ]
    assert [r["path"] for r in records(proc.stdout)] == [str(REFERENCE)]


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


def test_a_corpus_archives_readme_and_spreadsheet_are_no_articles(tmp_path: Path) -> None:
    """A published corpus's zip holds its README, its licence, a spreadsheet of its sources:
    passed over by their names (as ``-r`` passes over a folder's), and said once."""
    import zipfile

    archive = tmp_path / "corpus.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(REFERENCE, "corpus/a.txt")
        z.writestr("corpus/README.md", "# The corpus\nArticles of 2022, one per file.\n")
        z.writestr("LICENSE.txt", "CC BY 4.0\n")
        z.writestr("sources.xlsx", b"PK\x03\x04\x00\x00")
    proc = run_installed(["parse", str(archive), "--fields", "path"])
    assert proc.returncode == 0
    assert records(proc.stdout) == [{"path": f"{archive}!corpus/a.txt"}]
    assert proc.stderr.decode() == (
        f"newsctl: warning: {archive}: 3 members skipped by name, not articles (corpus/README.md,"
        " LICENSE.txt, sources.xlsx)\n"
    )


def test_a_semicolon_csv_and_an_apis_nested_list(tmp_path: Path) -> None:
    """A spreadsheet's export set apart by semicolons, and an API's answer that keeps its list
    of articles inside an object of its own: read as they are, no --map needed."""
    table = tmp_path / "export.csv"
    table.write_text("id;title;text;date\n1;عنوان أول;نص;2023-01-01\n2;عنوان ثان;نص;2023-01-02\n")
    answer = tmp_path / "answer.json"
    write_json(answer, {"status": "ok", "data": {"total": 2, "articles": [
        {"title": "عنوان أول", "text": "نص", "date": "2023-01-01"},
        {"title": "عنوان ثان", "text": "نص", "date": "2023-01-02"},
    ]}})  # fmt: skip
    for path in (table, answer):
        proc = run_installed(["parse", str(path), "--fields", "headline,date"])
        assert proc.returncode == 0, proc.stderr
        assert records(proc.stdout) == [
            {"headline": "عنوان أول", "date": "2023-01-01"},
            {"headline": "عنوان ثان", "date": "2023-01-02"},
        ]


@pytest.mark.parametrize("mark", [",", ";", "\t"])
def test_a_table_on_standard_input_is_known_by_its_header(mark: str) -> None:
    table = mark.join(["id", "title", "text", "date"]) + "\n" + mark.join(
        ["7", "عنوان الخبر", "نص الخبر", "2023-01-01"]
    ) + "\n"
    proc = run_installed(["parse", "-", "--fields", "record,headline,date"], stdin=table.encode())
    assert (proc.returncode, records(proc.stdout)) == (
        0, [{"record": "7", "headline": "عنوان الخبر", "date": "2023-01-01"}]
    )


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
    tags = [{"id": 1, "title": "وسم"}, {"id": 2, "title": "آخر"}]
    one = write_json(
        tmp_path / "one.json",
        {"title": "عنوان الخبر", "text": "نص الخبر", "date": "2021-05-03", "tags": tags},
    )
    wordpress = write_json(
        tmp_path / "wp.json",
        {
            "id": 81,
            "date": "2021-05-03T10:00:00",
            "title": {"rendered": "عنوان &#8211; من ووردبريس"},
            "content": {"rendered": "<p>الفقرة الأولى.</p><p>الفقرة الثانية.</p>"},
        },
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
        {"title": "د", "text": "نص", "date": 1437475500.0},  # a Unix time as a float
        {"title": "هـ", "text": "نص", "date": "Sun, 12 Mar 23 22:15:00 +0300"},  # RFC 822, yy
    ]
    write_json(path, *rows, lines=True)
    proc = run_installed(["parse", str(path), "--fields", "published,lead"])
    assert records(proc.stdout) == [
        {"published": "2015-07-21T10:45:00+00:00", "lead": "نص"},
        {"published": "2015-07-21", "lead": "نص الوصف"},
        {"published": "2015-07-21T10:45:00+00:00", "lead": "ملخص"},
        {"published": "2015-07-21T10:45:00+00:00", "lead": "نص"},
        {"published": "2023-03-12T22:15:00+03:00", "lead": "نص"},
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
    story = "الرياض 21 يوليو 2015 الساعة 10:45 بتوقيت جرينتش أعلن الوزير"
    path = write_json(
        tmp_path / "saudi.jsonl",
        {"title": "خبر", "date": "2015-07-21 10:45", "text": story},
        lines=True,
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


# --- the output and the state agree, or the run stops before touching anything


def cron(folder: Path) -> list[str]:
    """The README's cron command (without the log redirection)."""
    return ["parse", "-r", "drop", "--state", "state.db", "--new-only", "--dedupe", "id",
            "--append", "-o", "records.jsonl", "-q", "--settle", "0"]  # fmt: skip


def drop_files(folder: Path, *names: str) -> None:
    from conftest import SAMPLES

    (folder / "drop").mkdir(exist_ok=True)
    for name in names:
        (folder / "drop" / name).write_bytes((SAMPLES / name).read_bytes())


def test_a_restored_old_state_stops_the_run_and_reconcile_mends_it(tmp_path: Path) -> None:
    drop_files(tmp_path, "abna-mehr-reference.txt", "abna-bom.txt")
    assert run_installed(cron(tmp_path), cwd=tmp_path).returncode == 0
    backup = (tmp_path / "state.db").read_bytes()
    drop_files(tmp_path, "abna-crlf.txt")
    assert run_installed(cron(tmp_path), cwd=tmp_path).returncode == 0
    delivered = (tmp_path / "records.jsonl").read_bytes()
    assert len(delivered.splitlines()) == 3
    (tmp_path / "state.db").write_bytes(backup)  # a backup restored
    for extra in ("state.db-wal", "state.db-shm"):
        (tmp_path / extra).unlink(missing_ok=True)
    refused = run_installed(cron(tmp_path), cwd=tmp_path)
    assert refused.returncode == 1
    after = len(delivered.splitlines(keepends=True)[-1])  # the record the backup lacks
    assert refused.stderr.decode().startswith(
        f"newsctl: records.jsonl holds {after} bytes after the state's last commit, and no run "
        "was interrupted there"
    )
    assert "`newsctl state reconcile state.db records.jsonl`" in refused.stderr.decode()
    assert (tmp_path / "records.jsonl").read_bytes() == delivered  # nothing cut
    mend = run_installed(["state", "reconcile", "state.db", "records.jsonl"], cwd=tmp_path)
    assert mend.returncode == 0
    assert mend.stderr.decode() == (
        "newsctl: state.db rebuilt from records.jsonl: 3 records, 3 ids, 3 inputs marked done\n"
    )
    again = run_installed(cron(tmp_path), cwd=tmp_path)
    assert again.returncode == 0 and again.stderr == b""
    assert (tmp_path / "records.jsonl").read_bytes() == delivered  # nothing doubled


def test_an_input_touched_or_copied_unchanged_is_said_once(tmp_path: Path) -> None:
    """A file touched (its time changed, not its content) or copied under another name: the
    run says so once, then the file is done as it is now and later runs pass it over."""
    drop_files(tmp_path, "abna-mehr-reference.txt")
    assert run_installed(cron(tmp_path), cwd=tmp_path).returncode == 0
    original = tmp_path / "drop" / "abna-mehr-reference.txt"
    os.utime(original, ns=(original.stat().st_atime_ns, original.stat().st_mtime_ns + 10**9))
    (tmp_path / "drop" / "copy.txt").write_bytes(original.read_bytes())
    again = run_installed(cron(tmp_path), cwd=tmp_path)
    assert (again.returncode, again.stderr.decode()) == (
        0, "newsctl: 0 records from 0 inputs; 2 inputs with the content of one done\n"
    )
    quiet = run_installed(cron(tmp_path), cwd=tmp_path)
    assert (quiet.returncode, quiet.stderr) == (0, b"")
    assert len((tmp_path / "records.jsonl").read_bytes().splitlines()) == 1


def test_reconcile_with_a_mistyped_output_leaves_the_state_as_it_was(tmp_path: Path) -> None:
    drop_files(tmp_path, "abna-mehr-reference.txt")
    assert run_installed(cron(tmp_path), cwd=tmp_path).returncode == 0
    state = (tmp_path / "state.db").read_bytes()
    typo = run_installed(["state", "reconcile", "state.db", "records.json"], cwd=tmp_path)
    assert typo.returncode == 1
    assert typo.stderr.decode() == (
        "newsctl: records.json: no such file; state.db was left as it was (give the output the"
        " cron line writes; to start afresh, delete the state)\n"
    )
    assert (tmp_path / "state.db").read_bytes() == state
    again = run_installed(cron(tmp_path), cwd=tmp_path)
    assert again.returncode == 0 and again.stderr == b""


def test_an_emptied_or_deleted_state_never_appends_again(tmp_path: Path) -> None:
    drop_files(tmp_path, "abna-mehr-reference.txt", "abna-bom.txt")
    assert run_installed(cron(tmp_path), cwd=tmp_path).returncode == 0
    delivered = (tmp_path / "records.jsonl").read_bytes()
    (tmp_path / "state.db").write_bytes(b"")
    empty = run_installed(cron(tmp_path), cwd=tmp_path)
    assert empty.returncode == 1
    assert empty.stderr.decode() == (
        "newsctl: state.db: an empty file (0 bytes), not a newsctl state: it was left untouched. "
        "Remove it to start a new state, or rebuild it from the output with `newsctl state "
        "reconcile state.db OUTPUT`\n"
    )
    (tmp_path / "state.db").unlink()
    deleted = run_installed(cron(tmp_path), cwd=tmp_path)
    assert deleted.returncode == 1
    assert deleted.stderr.decode().startswith(
        f"newsctl: records.jsonl already holds {len(delivered)} bytes of records that the state "
        "does not know"
    )
    assert (tmp_path / "records.jsonl").read_bytes() == delivered


def test_an_output_older_than_the_state_stops_the_run(tmp_path: Path) -> None:
    drop_files(tmp_path, "abna-mehr-reference.txt")
    assert run_installed(cron(tmp_path), cwd=tmp_path).returncode == 0
    old = (tmp_path / "records.jsonl").read_bytes()
    drop_files(tmp_path, "abna-bom.txt")
    assert run_installed(cron(tmp_path), cwd=tmp_path).returncode == 0
    (tmp_path / "records.jsonl").write_bytes(old)  # yesterday's copy restored
    drop_files(tmp_path, "abna-crlf.txt")
    refused = run_installed(cron(tmp_path), cwd=tmp_path)
    assert refused.returncode == 1
    assert "before the state's last commit" in refused.stderr.decode()
    assert (tmp_path / "records.jsonl").read_bytes() == old
    replaced = old.replace(b"1220514", b"1220515")  # same size, other content
    (tmp_path / "records.jsonl").write_bytes(replaced + b"x" * 2000 + b"\n")
    changed = run_installed(cron(tmp_path), cwd=tmp_path)
    assert changed.returncode == 1
    assert "does not hold what the state committed" in changed.stderr.decode()


def test_a_damaged_state_is_one_line(tmp_path: Path) -> None:
    drop_files(tmp_path, "abna-mehr-reference.txt")
    assert run_installed(cron(tmp_path), cwd=tmp_path).returncode == 0
    data = bytearray((tmp_path / "state.db").read_bytes())
    for i in range(4096, len(data), 997):  # every page but the header's
        data[i] = (data[i] + 91) % 256
    (tmp_path / "state.db").write_bytes(bytes(data))
    drop_files(tmp_path, "abna-bom.txt")
    proc = run_installed(cron(tmp_path), cwd=tmp_path)
    assert proc.returncode == 1
    assert b"Traceback" not in proc.stderr and b"internal error" not in proc.stderr
    assert proc.stderr.decode().startswith("newsctl: state.db")
    assert len(proc.stderr.decode().splitlines()) == 1


# --- bounded, escaped, and yesterday's file kept


def test_line_filters_stop_on_an_endless_line() -> None:
    import subprocess

    from conftest import newsctl_executable

    for command in (["date", "-"], ["digits"], ["normalize"]):
        with open("/dev/zero", "rb") as zero:
            proc = subprocess.run(
                [newsctl_executable(), *command], stdin=zero, capture_output=True, timeout=60
            )
        assert proc.returncode == 1, command
        assert proc.stderr == (
            b"newsctl: standard input: line 1 is longer than 20971520 bytes; stopped\n"
        )


def test_files_from_is_read_in_blocks_and_bounded() -> None:
    proc = run_installed(["parse", "--files-from", "-"], stdin=b"a" * 300_000)
    assert proc.returncode == 1
    assert proc.stderr == (
        b"newsctl: --files-from: a path longer than 65536 bytes (not a list of paths?)\n"
    )
    listed = run_installed(
        ["parse", "--files-from", "-", "--fields", "id"], stdin=str(REFERENCE).encode() + b"\n"
    )
    assert records(listed.stdout) == [{"id": "1220514"}]


@pytest.mark.parametrize("case", ["share not mounted", "error page saved as records"])
def test_output_is_kept_when_no_record_could_be_read(tmp_path: Path, case: str) -> None:
    """A folder not mounted (no input read), or a server's error page saved as the day's JSON
    Lines (every record failed): yesterday's file stays, and the run says so."""
    out = tmp_path / "records.jsonl"
    out.write_text("yesterday\n")
    if case == "share not mounted":
        given = tmp_path / "not-mounted"
        args = ["-r", str(given)]
        why, last = f"newsctl: {given}: no such file", "0 records from 0 inputs; 1 input failed"
    else:
        given = tmp_path / "today.jsonl"
        given.write_text("<html>502 Bad Gateway</html>\n")
        args = [str(given)]
        why = f"newsctl: {given}#1: line 1: not JSON (Expecting value)"
        last = "0 records from 1 input; 1 record failed"
    proc = run_installed(["parse", *args, "-o", str(out)])
    assert proc.returncode == 1
    assert out.read_text() == "yesterday\n"
    assert proc.stderr.decode().splitlines() == [
        why, f"newsctl: warning: {out}: left as it was: no record could be read", f"newsctl: {last}"
    ]
    fresh = run_installed(["parse", str(REFERENCE), "-o", str(out)])
    assert fresh.returncode == 0 and len(out.read_text().splitlines()) == 1


def test_a_stats_report_is_kept_when_no_input_could_be_read(tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    report.write_text("<p>yesterday</p>")
    stats = run_installed(["stats", str(tmp_path / "nope.txt"), "--html", str(report)])
    assert stats.returncode == 1
    assert report.read_text() == "<p>yesterday</p>"
    assert f"newsctl: warning: {report}: left as it was" in stats.stderr.decode()


def test_names_with_newlines_and_escapes_stay_on_one_inert_line(tmp_path: Path) -> None:
    name = tmp_path / "bad\nname\x1b[31m.txt"
    name.write_bytes(b"")
    check = run_installed(["check", str(name)])
    assert check.stdout.decode() == (
        f"{tmp_path}/bad\\x0aname\\x1b[31m.txt:1: empty-input: empty file\n"
    )
    parse = run_installed(["parse", str(name)])
    assert parse.stderr.decode().splitlines()[0] == (
        f"newsctl: {tmp_path}/bad\\x0aname\\x1b[31m.txt: empty file"
    )


def test_help_to_a_full_device_is_one_line() -> None:
    import subprocess

    from conftest import newsctl_executable

    with open("/dev/full", "wb") as full:
        proc = subprocess.run(
            [newsctl_executable(), "--help"], stdout=full, stderr=subprocess.PIPE, timeout=60
        )
    assert proc.returncode == 1
    assert proc.stderr == b"newsctl: standard output: no space left on device\n"


def test_append_cuts_its_own_broken_line_when_the_file_cannot_grow(tmp_path: Path) -> None:
    """A write refused half-way (here the file size limit, as a full disk refuses it) leaves
    whole records only."""
    import resource
    import signal
    import subprocess

    from conftest import SAMPLES, newsctl_executable

    out = tmp_path / "records.jsonl"
    out.write_text('{"id": "earlier"}\n')
    limit = 6000  # room for the earlier line and a record or two, not for all

    def small_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    args = ["parse", "-r", str(SAMPLES), "--glob", "abna-*.txt", "--append", "-o", str(out)]
    proc = subprocess.run(
        [newsctl_executable(), *args],
        capture_output=True,
        preexec_fn=small_files,
        timeout=120,
    )
    assert proc.returncode == 1
    assert b"Traceback" not in proc.stderr
    assert proc.stderr.decode().startswith(f"newsctl: {out}: cannot write: File too large")
    data = out.read_bytes()
    assert data.endswith(b"\n") and data.startswith(b'{"id": "earlier"}\n')
    assert all(json.loads(line) for line in data.splitlines())  # whole records only


def test_a_growing_json_lines_file_is_read_on_from_where_it_stopped(tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    feed = drop / "feed.jsonl"
    table = drop / "t.csv"

    def line(title: str, day: int) -> str:
        row = {"title": title, "text": "نص الخبر", "date": f"2021-01-0{day}"}
        return json.dumps(row, ensure_ascii=False) + "\n"

    def run() -> list[tuple[object, object]]:
        proc = run_installed(cron(tmp_path), cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        got = records((tmp_path / "records.jsonl").read_bytes())
        return [(r["record"], r["headline"]) for r in got]

    feed.write_text(line("أ", 1) + line("ب", 2))
    table.write_text("title,text,date\nج,نص,2021-01-03\n")
    assert run() == [("1", "أ"), ("2", "ب"), ("1", "ج")]
    with feed.open("a") as handle:  # a scraper appends, the last line not yet whole
        handle.write(line("د", 4) + line("ه", 5)[:20])
    with table.open("a") as handle:
        handle.write("ح,نص,2021-01-05\n")
    assert run() == [("1", "أ"), ("2", "ب"), ("1", "ج"), ("3", "د"), ("2", "ح")]
    with feed.open("a") as handle:
        handle.write(line("ه", 5)[20:])
    assert run()[-1] == ("4", "ه")
    assert len(run()) == 6  # nothing new: nothing again
    feed.write_text(line("X", 1))  # rewritten in place: read again whole, with a note
    proc = run_installed(cron(tmp_path), cwd=tmp_path)
    assert proc.stderr.decode() == (
        "newsctl: warning: drop/feed.jsonl: changed since an earlier run read it (not only "
        "grown): read again\n"
    )
    assert records((tmp_path / "records.jsonl").read_bytes())[-1]["headline"] == "X"


def test_a_csv_rows_unfinished_end_is_left_for_a_later_run(tmp_path: Path) -> None:
    """A row a scraper is still writing (no line end yet, or a quoted field still open) is left
    for the next run, as a JSON line is: never recorded cut short."""
    drop = tmp_path / "drop"
    drop.mkdir()
    table = drop / "s.csv"

    def run() -> list[tuple[object, object, object]]:
        proc = run_installed(cron(tmp_path), cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        got = records((tmp_path / "records.jsonl").read_bytes())
        return [(r["record"], r["headline"], r["date"]) for r in got]

    table.write_text("id,title,text,date\n1,عنوان1,نص1,2023-01-01\n")
    assert run() == [("1", "عنوان1", "2023-01-01")]
    with table.open("a") as handle:
        handle.write("2,عنوان2,نص")
    assert run() == [("1", "عنوان1", "2023-01-01")]
    with table.open("a") as handle:
        handle.write('2,2023-01-02\n3,"عنوان3\n')  # a quoted field holding a line end, open
    assert run()[-1] == ("2", "عنوان2", "2023-01-02")
    with table.open("a") as handle:
        handle.write('الطويل",نص3,2023-01-03\n')
    assert run()[-1] == ("3", "عنوان3\nالطويل", "2023-01-03")
    assert len(run()) == 3
    with table.open("a") as handle:  # a quote inside a field is a character, not an opening
        handle.write('4,شاشة 5" بوصات,نص4,2023-01-04\n5,عنوان5,نص5,2023-01-05\n')
    assert run()[-2:] == [("4", 'شاشة 5" بوصات', "2023-01-04"), ("5", "عنوان5", "2023-01-05")]


def test_csv_rows_of_the_wrong_shape_are_reported(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_text(
        "id,title,text,date\n1,أ,نص,2023-01-01\n2,ب,نص,2023-01-02,extra,more\n3,ج\n"
        '4,د,نص,2023-01-04\n5,"هـ مكسور,نص,2023-01-05\n6,و,نص,2023-01-06\n'
    )
    proc = run_installed(["parse", str(table), "--fields", "record"])
    assert proc.returncode == 1
    assert records(proc.stdout) == [{"record": "1"}, {"record": "4"}]
    assert proc.stderr.decode().splitlines() == [
        f"newsctl: {table}#2: line 3: 6 fields where the header row has 4",
        f"newsctl: {table}#3: line 4: 2 fields where the header row has 4",
        f"newsctl: {table}#5: line 6: a quote opened in this row is never closed: lines 6 to 7"
        " read as one row",
        "newsctl: 2 records from 1 input; 3 records failed",
    ]


def test_a_first_record_without_fields_does_not_decide_what_a_file_holds(tmp_path: Path) -> None:
    """An empty first object (``{}``) says nothing of the file: the next one does."""
    (tmp_path / "e.jsonl").write_text(
        '{}\n{"title": "عنوان", "text": "نص الخبر", "date": "2023-01-02"}\n'
    )
    proc = run_installed(["parse", "-r", str(tmp_path), "--fields", "record,date"])
    assert records(proc.stdout) == [{"record": "1", "date": None},
                                    {"record": "2", "date": "2023-01-02"}]  # fmt: skip


def test_the_records_of_one_corpus_file_spread_over_jobs(tmp_path: Path) -> None:
    corpus = tmp_path / "big.jsonl"
    with corpus.open("w", encoding="utf-8") as handle:
        for i in range(1200):
            story = "الرياض 3 مايو 2021 أعلن الوزير اليوم أن المشروع سيبدأ. " * 5
            row = {"id": str(i), "title": f"عنوان {i}", "date": "2021-05-03", "text": story}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            if i in (17, 700):
                handle.write("{not json\n")
    one = run_installed(["parse", "--jobs", "1", str(corpus)], timeout=300)
    two = run_installed(["parse", "--jobs", "2", str(corpus)], timeout=300)
    assert one.returncode == two.returncode == 1
    assert two.stdout == one.stdout and two.stderr == one.stderr
    assert len(one.stdout.splitlines()) == 1200
    assert one.stderr.decode().splitlines()[-1] == (
        "newsctl: 1,200 records from 1 input; 2 records failed"
    )


def test_a_record_that_breaks_the_reader_fails_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Something unforeseen while one record is read (here made to happen) is that record's
    failure, the same wherever it is parsed; the other records of the file are still read."""
    from conftest import run_cli

    import newsctl.parser

    real = newsctl.parser.parse_record

    def breaking(record: Any, **kwargs: Any) -> Any:
        if record.number == 2:
            raise RuntimeError("boom")
        return real(record, **kwargs)

    monkeypatch.setattr(newsctl.parser, "parse_record", breaking)
    path = tmp_path / "three.jsonl"
    write_json(path, *({"title": t, "text": "نص"} for t in "ابج"), lines=True)
    result = run_cli(["parse", str(path), "--fields", "record,headline"])
    assert result.status == 1
    assert [json.loads(x) for x in result.stdout.splitlines()] == [
        {"record": "1", "headline": "ا"},
        {"record": "3", "headline": "ج"},
    ]
    assert result.stderr.splitlines() == [
        f"newsctl: {path}#2: cannot be read (internal error: RuntimeError: boom)",
        "newsctl: 2 records from 1 input; 1 record failed",
    ]
