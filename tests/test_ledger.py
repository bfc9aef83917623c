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
