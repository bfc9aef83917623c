"""Web archives (.warc, .warc.gz) read through the installed program: each HTML page of status 200
an article named by the archive and its record, the target URI kept, the capture as the moment
relative dates count from, other responses skipped and counted; without the warc extra, one line."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

from conftest import SAMPLES, newsctl_executable, run_installed

ARCHIVE = SAMPLES / "warc" / "crawl.warc.gz"
SKIPPED = "3 records skipped (1 not HTML, 2 not status 200)"


def fields(line: str) -> tuple[Any, ...]:
    """What the archive's reading decides; the confidence notes (uncertain-date, ...) move with
    each refit of the model on tests/pages and are tested in tests/test_confidence.py."""
    r = json.loads(line)
    warnings = [w for w in r["warnings"] if not w["code"].startswith("uncertain-")]
    return (r["record"], r["format"], r["encoding"], r["url"], r["published"], r["headline"],
            warnings)  # fmt: skip


EXPECTED: list[tuple[Any, ...]] = [
    ("urn:uuid:6e657773-0000-0000-0000-000000000003", "warc", "utf-8",
     "https://news.example.net/node/51200", "2023-09-21T16:43+03:00",
     "النظام يزيل حواجز جديدة من شوارع العاصمة دمشق", []),
    ("urn:uuid:6e657773-0000-0000-0000-000000000005", "warc", "utf-8",
     "https://amp.example.org/2023/09/27/ramallah-albireh", "2023-09-27T16:44+03:00",
     "ما بين بلديّة رام الله وبلديّة البيرة", []),
    ("urn:uuid:6e657773-0000-0000-0000-000000000007", "warc", "utf-8",
     "https://example.com/news/kaaba-barriers", "2022-08-03T15:16:38+03:00",
     "إزالة الحواجز المحيطة بالكعبة المشرفة", []),
    # "منذ 3 ساعات" counted from the capture (WARC-Date 2024-01-10T12:00:00Z)
    ("urn:uuid:6e657773-0000-0000-0000-000000000008", "warc", "utf-8",
     "https://city.example.org/power-cut", "2024-01-10T09:00+00:00",
     "انقطاع الكهرباء عن أحياء في وسط المدينة", []),
]  # fmt: skip


def test_each_html_page_of_an_archive_is_an_article() -> None:
    proc = run_installed(["parse", str(ARCHIVE)])
    assert proc.returncode == 0, proc.stderr
    assert [fields(x) for x in proc.stdout.decode("utf-8").splitlines()] == EXPECTED
    assert proc.stderr.decode() == f"newsctl: warning: {ARCHIVE}: {SKIPPED}\n"
    assert {json.loads(x)["path"] for x in proc.stdout.decode().splitlines()} == {str(ARCHIVE)}


def test_check_names_the_archive_and_the_record(tmp_path: Path) -> None:
    """A page whose markup disagrees with its text, inside an archive: PATH#RECORD:LINE."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = (SAMPLES / "html" / "markup-disagrees.html").read_bytes()
    archive = tmp_path / "crawl.warc"
    with archive.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        import io

        record = writer.create_warc_record(
            "https://example.org/a", "response", payload=io.BytesIO(page), http_headers=http,
            warc_headers_dict={"WARC-Record-ID": "<urn:uuid:1>",
                               "WARC-Date": "2023-11-17T00:00:00Z"},
        )  # fmt: skip
        writer.write_record(record)
    proc = run_installed(["check", str(archive)])
    assert proc.returncode == 1
    assert f"{archive}#urn:uuid:1:17: markup-disagrees:" in proc.stdout.decode()


def test_r_reads_archives_by_default(tmp_path: Path) -> None:
    shutil.copy(ARCHIVE, tmp_path / "crawl.warc.gz")
    proc = run_installed(["parse", "-r", str(tmp_path)])
    assert proc.returncode == 0
    assert [fields(x) for x in proc.stdout.decode("utf-8").splitlines()] == EXPECTED


def test_an_archive_that_breaks_off_keeps_what_came_before(tmp_path: Path) -> None:
    data = gzip.decompress(ARCHIVE.read_bytes())
    cut = tmp_path / "cut.warc"
    end = data.index(b"WARC-Target-URI: https://city.example.org/power-cut")
    cut.write_bytes(data[: end + 500])
    proc = run_installed(["parse", str(cut)])
    assert proc.returncode == 1
    assert [fields(x) for x in proc.stdout.decode("utf-8").splitlines()] == EXPECTED[:3]
    assert proc.stderr.decode() == (
        f"newsctl: {cut}: breaks off: the archive ends inside "
        "urn:uuid:6e657773-0000-0000-0000-000000000008\n"
        "newsctl: 3 records from 1 input; 1 record failed\n"
    )


def test_without_the_warc_extra_one_line_naming_it(tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.mkdir()
    (blocked / "warcio.py").write_text("raise ImportError('not installed')\n")
    env = {**os.environ, "PYTHONPATH": str(blocked), "LC_ALL": "C"}
    proc = subprocess.run(
        [newsctl_executable(), "parse", str(ARCHIVE), str(SAMPLES / "abna-no-id.txt")],
        capture_output=True, env=env, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 1
    assert proc.stderr.decode() == (
        f"newsctl: {ARCHIVE}: reading a web archive needs the warc extra: "
        "pip install 'newsctl[warc]'\n"
        "newsctl: 1 record from 1 input; 1 input failed\n"
    )
    assert len(proc.stdout.decode().splitlines()) == 1  # the other input is read


def test_an_archive_on_standard_input_is_one_line() -> None:
    data = gzip.decompress(ARCHIVE.read_bytes())
    proc = run_installed(["parse", "-"], stdin=data[: data.index(b"https://example.com/logo")])
    assert proc.returncode == 1
    assert proc.stderr.decode() == (
        "newsctl: -: a web archive is read from its file, not from standard input\n"
        "newsctl: 0 records from 0 inputs; 1 input failed\n"
    )


def test_a_compressed_archive_on_standard_input_is_one_line() -> None:
    proc = run_installed(["parse", "-"], stdin=ARCHIVE.read_bytes())
    assert proc.returncode == 1
    assert proc.stderr.decode() == (
        "newsctl: -: a web archive is read from its file, not from standard input\n"
        "newsctl: 0 records from 0 inputs; 1 input failed\n"
    )


def test_parse_bytes_reads_an_archive_compressed_or_not() -> None:
    """A program hands the archive's bytes (fsspec's compression="infer" gives them
    decompressed): one record per page, as ``newsctl parse`` gives them."""
    import newsctl

    cli = [
        fields(line) for line in run_installed(["parse", str(ARCHIVE)]).stdout.decode().splitlines()
    ]
    raw = ARCHIVE.read_bytes()
    for data, name in [(raw, "crawl.warc.gz"), (gzip.decompress(raw), "crawl.warc"),
                       (gzip.decompress(raw), None)]:  # fmt: skip
        records = newsctl.parse_bytes(data, name)
        assert [fields(json.dumps(r)) for r in records] == cli
        assert {r["path"] for r in records} == {name}


def test_a_revisit_is_skipped_and_counted(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    archive = tmp_path / "again.warc.gz"
    shutil.copy(ARCHIVE, archive)
    with archive.open("ab") as out:
        writer = WARCWriter(out, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_revisit_record(
            "https://news.example.net/node/51200", digest="sha1:AAAA", refers_to_uri=
            "https://news.example.net/node/51200", refers_to_date="2023-09-21T14:02:11Z",
            http_headers=headers)  # fmt: skip
        writer.write_record(record)
    proc = run_installed(["parse", str(archive)])
    assert proc.returncode == 0
    assert len(proc.stdout.decode().splitlines()) == len(EXPECTED)
    assert proc.stderr.decode() == (
        f"newsctl: warning: {archive}: 4 records skipped"
        " (1 not HTML, 2 not status 200, 1 revisit)\n"
    )
