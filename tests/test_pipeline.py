"""Pipelines and cron through the installed program: inputs, formats, output files, the state,
signals, pipes, parallel jobs."""

from __future__ import annotations

import collections
import csv
import io
import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from conftest import REFERENCE, ROOT, SAMPLES, newsctl_executable, run_cli, run_installed


def make_articles(folder: Path, count: int) -> list[Path]:
    """``count`` seed-size articles with distinct ids, copied in an hour ago (settled)."""
    folder.mkdir(parents=True, exist_ok=True)
    text = REFERENCE.read_text("utf-8")
    paths = []
    past = time.time() - 3600
    for i in range(count):
        path = folder / f"a{i:05d}.txt"
        path.write_text(text.replace("1220514", str(7_000_000 + i)), "utf-8")
        os.utime(path, (past, past))
        paths.append(path)
    return paths


def popen(args: list[str], *, keep_output: bool = True) -> subprocess.Popen[bytes]:
    stdout = subprocess.PIPE if keep_output else subprocess.DEVNULL
    return subprocess.Popen([newsctl_executable(), *args], stdout=stdout, stderr=subprocess.PIPE)


def wait_for_growth(path: Path, size: int, proc: subprocess.Popen[bytes]) -> int:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        now = path.stat().st_size if path.exists() else 0
        if now > size:
            return now
        assert proc.poll() is None, "the run ended before it could be killed"
        time.sleep(0.005)
    raise AssertionError("the output did not grow")


def wait_for_partial_output(folder: Path, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        temps = [p for p in folder.iterdir() if p.name.endswith(".tmp")]
        if temps and temps[0].stat().st_size > 0:
            return
        assert proc.poll() is None, "the run ended before it could be interrupted"
        time.sleep(0.01)
    raise AssertionError("no partial output appeared")


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("many")
    make_articles(folder, 1500)
    return folder


# --- inputs ---------------------------------------------------------------------------------


def test_recursive_sorted_hidden_glob_and_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    for name in ("b/2.txt", "b/1.txt", "a/9.txt", ".hidden.txt", "notes.md"):
        (tmp_path / name).write_bytes(REFERENCE.read_bytes())
    os.symlink(tmp_path, tmp_path / "b" / "loop")
    result = run_cli(["parse", "-r", str(tmp_path), "--fields", "path", "--format", "tsv"])
    paths = result.stdout.splitlines()[1:]
    assert paths == [str(tmp_path / p) for p in ("a/9.txt", "b/1.txt", "b/2.txt")]
    assert result.stderr == (
        f"newsctl: {tmp_path / 'b' / 'loop'}: symbolic link loop (directory already being read)\n"
        "newsctl: 3 records from 3 inputs; 1 input failed\n"
    )
    assert result.status == 1
    hidden = run_cli(["parse", "-r", "--hidden", "--glob", "*.md", str(tmp_path), "-q"])
    assert [json.loads(x)["path"] for x in hidden.stdout.splitlines()] == [
        str(tmp_path / "notes.md")
    ]


def test_directory_without_r_and_files_from_with_nul(tmp_path: Path) -> None:
    result = run_cli(["parse", str(SAMPLES)])
    assert result.status == 1
    assert result.stderr == (
        f"newsctl: {SAMPLES}: is a directory (use -r to read the files in it)\n"
        "newsctl: 0 records from 0 inputs; 1 input failed\n"
    )
    names = [SAMPLES / "abna-bom.txt", SAMPLES / "abna-crlf.txt"]
    listed = b"\0".join(str(p).encode() for p in names) + b"\0"
    result = run_cli(["parse", "--files-from", "-", "-0", "--fields", "id"], stdin=listed)
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["1450912", "1000733"]
    listing = tmp_path / "list.txt"
    listing.write_text("\n".join(map(str, names)) + "\n", "utf-8")
    result = run_cli(["parse", "--files-from", str(listing), "--fields", "id"])
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["1450912", "1000733"]


def test_max_bytes(tmp_path: Path) -> None:
    result = run_cli(["parse", "--max-bytes", "1k", str(REFERENCE), str(SAMPLES / "abna-bom.txt")])
    assert result.status == 1
    size = REFERENCE.stat().st_size
    assert result.stderr == (
        f"newsctl: {REFERENCE}: {size} bytes is over the limit of 1024 (--max-bytes)\n"
        "newsctl: 1 record from 1 input; 1 input failed\n"
    )
    assert json.loads(result.stdout)["id"] == "1450912"


# --- formats and fields ---------------------------------------------------------------------


SAMPLE_FILES = sorted(str(p.relative_to(ROOT)) for p in SAMPLES.glob("abna-*.txt"))


def test_formats_carry_the_same_records(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    lines = run_cli(["parse", *SAMPLE_FILES]).stdout.splitlines()
    records = [json.loads(x) for x in lines]
    array = json.loads(run_cli(["parse", "--format", "json", *SAMPLE_FILES]).stdout)
    assert array == records
    fields = "path,published,id,body,warnings"
    rows = list(csv.DictReader(io.StringIO(
        run_cli(["parse", "--format", "csv", "--fields", fields, *SAMPLE_FILES]).stdout
    )))  # fmt: skip
    assert [r["path"] for r in rows] == [r["path"] for r in records]
    assert [r["published"] for r in rows] == [r["published"] or "" for r in records]
    assert rows[0]["body"] == "\n\n".join(records[0]["body"])
    tsv = run_cli(["parse", "--format", "tsv", "--fields", fields, *SAMPLE_FILES]).stdout
    tsv_lines = tsv.splitlines()
    assert tsv_lines[0] == "path\tpublished\tid\tbody\twarnings"
    assert len(tsv_lines) == len(records) + 1
    assert all(line.count("\t") == 4 for line in tsv_lines)
    no_header = run_cli(
        ["parse", "--format", "csv", "--no-header", "--fields", "id", *SAMPLE_FILES]
    )
    assert no_header.stdout.split() == [r["id"] or '""' for r in records]


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "tsv", "table"])
def test_field_selection_works_for_every_format(fmt: str) -> None:
    result = run_cli(["parse", "--format", fmt, "--fields", "id,date", str(REFERENCE)])
    assert result.status == 0
    if fmt == "jsonl":
        assert result.stdout == '{"id":"1220514","date":"2022-01-19"}\n'
    elif fmt == "json":
        assert json.loads(result.stdout) == [{"id": "1220514", "date": "2022-01-19"}]
    elif fmt == "csv":
        assert result.stdout == "id,date\r\n1220514,2022-01-19\r\n"
    elif fmt == "tsv":
        assert result.stdout == "id\tdate\n1220514\t2022-01-19\n"
    else:
        assert "1220514" in result.stdout and "2022-01-19" in result.stdout
        assert "\x1b[" not in result.stdout  # not a terminal: no escape codes


def test_usage_errors_of_the_pipeline_options(tmp_path: Path) -> None:
    unknown = run_cli(["parse", "--fields", "id,nope", str(REFERENCE)])
    assert unknown.status == 2
    assert "unknown field 'nope'; valid fields: path, record" in unknown.stderr
    assert run_cli(["parse", "--append", str(REFERENCE)]).status == 2
    out = str(tmp_path / "x.csv")
    assert run_cli(["parse", "--append", "-o", out, "--format", "csv", str(REFERENCE)]).status == 2
    assert run_cli(["parse", "--new-only", str(REFERENCE)]).status == 2
    assert run_cli(["parse", "-0", str(REFERENCE)]).status == 2


# --- output files ---------------------------------------------------------------------------


def test_output_file_is_replaced_atomically_and_keeps_no_temp(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n")
    out.chmod(0o640)
    result = run_cli(["parse", "-o", str(out), str(REFERENCE)])
    assert result.status == 0 and result.stdout == ""
    assert json.loads(out.read_text("utf-8"))["id"] == "1220514"
    assert oct(out.stat().st_mode & 0o777) == "0o640"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_output_folder_missing_is_one_clear_line(tmp_path: Path) -> None:
    out = tmp_path / "gone" / "out.jsonl"
    result = run_cli(["parse", "-o", str(out), str(REFERENCE)])
    assert result.status == 1
    assert result.stderr == (
        f"newsctl: {out}: the output folder {tmp_path / 'gone'} does not exist\n"
    )


def test_append_adds_whole_lines_and_repairs_a_torn_tail(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"kept":1}\n{"torn":')
    assert run_cli(["parse", "--append", "-o", str(out), str(REFERENCE)]).status == 0
    lines = out.read_text("utf-8").splitlines()
    assert lines[0] == '{"kept":1}'
    assert json.loads(lines[1])["id"] == "1220514"
    assert len(lines) == 2


# --- parallel jobs --------------------------------------------------------------------------


def test_jobs_give_the_same_bytes(many: Path) -> None:
    one = run_installed(["parse", "-r", str(many), "-q", "--jobs", "1"], timeout=300)
    two = run_installed(["parse", "-r", str(many), "-q", "--jobs", "2"], timeout=300)
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert one.stdout.count(b"\n") == 1500


# --- pipes and signals ----------------------------------------------------------------------


def test_head_ends_quietly(many: Path) -> None:
    for jobs in ("1", "2"):
        proc = subprocess.run(
            f"'{newsctl_executable()}' parse -r '{many}' --jobs {jobs} | head -1",
            shell=True, capture_output=True, timeout=120,
        )  # fmt: skip
        assert proc.stdout.count(b"\n") == 1
        assert json.loads(proc.stdout)["path"].endswith("a00000.txt")
        assert proc.stderr == b""


def test_sigint_exits_130_without_traceback_or_partial_file(many: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n")
    for jobs in ("1", "2"):
        proc = popen(
            ["parse", "-r", str(many), str(many), str(many), "--jobs", jobs, "-o", str(out)]
        )
        wait_for_partial_output(tmp_path, proc)  # the run is in its middle: records half written
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 130
        assert err.decode().strip() == "newsctl: interrupted"
        assert out.read_text() == "previous\n"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_kill_9_during_a_state_run_then_rerun_gives_each_record_once(
    many: Path, tmp_path: Path
) -> None:
    out, state = tmp_path / "records.jsonl", tmp_path / "state.db"
    args = ["parse", "-r", str(many), "--state", str(state), "--new-only", "--append",
            "-o", str(out), "-q"]  # fmt: skip
    written = 0
    for _ in range(2):  # killed twice in the middle, each time after more records were written
        proc = popen(args, keep_output=False)
        written = wait_for_growth(out, written, proc)
        proc.kill()
        proc.wait()
    final = run_installed(args, timeout=300)
    assert final.returncode == 0, final.stderr
    ids = [json.loads(line)["id"] for line in out.read_text("utf-8").splitlines()]
    counts = collections.Counter(ids)
    assert len(ids) == 1500 and max(counts.values()) == 1
    again = run_installed(args, timeout=300)
    assert again.returncode == 0
    assert len(out.read_text("utf-8").splitlines()) == 1500  # nothing new: nothing appended


def test_two_runs_on_one_state(many: Path, tmp_path: Path) -> None:
    state = str(tmp_path / "state.db")
    first = popen(
        ["parse", "-r", str(many), str(many), str(many), "--state", state, "-q",
         "-o", str(tmp_path / "first.jsonl")],
        keep_output=False,
    )  # fmt: skip
    wait_for_partial_output(tmp_path, first)  # it holds the state while it writes
    second = run_installed(["parse", str(REFERENCE), "--state", state])
    assert second.returncode == 75
    assert second.stderr.decode() == (
        f"newsctl: {state}: another newsctl run is using this state "
        "(use --wait SECONDS to wait for it)\n"
    )
    waited = run_installed(["parse", str(REFERENCE), "--state", state, "--wait", "120"])
    assert waited.returncode == 0
    assert json.loads(waited.stdout)["id"] == "1220514"
    first.communicate(timeout=120)
    assert first.returncode == 0


def test_corrupt_state_is_refused_and_left_untouched(tmp_path: Path) -> None:
    state = tmp_path / "state.db"
    state.write_bytes(b"this is not a database, but someone's notes\n" * 50)
    before = state.read_bytes()
    result = run_cli(["parse", str(REFERENCE), "--state", str(state)])
    assert result.status == 1
    assert result.stderr == (
        f"newsctl: {state}: not a usable state file (file is not a database); "
        "it was left untouched\n"
    )
    assert state.read_bytes() == before
    assert result.stdout == ""


def test_new_only_and_dedupe(tmp_path: Path) -> None:
    folder = tmp_path / "drop"
    make_articles(folder, 3)
    state = str(tmp_path / "state.db")
    first = run_cli(["parse", "-r", str(folder), "--state", state, "--new-only", "--fields", "id"])
    assert len(first.stdout.splitlines()) == 3
    make_articles(tmp_path / "more", 1)
    (tmp_path / "more" / "a00000.txt").rename(folder / "b.txt")  # same content as a00000
    (folder / "c.txt").write_text(
        REFERENCE.read_text("utf-8").replace("1220514", "7000001").replace("الروسي", "الروسي."),
        "utf-8",
    )
    second = run_cli(
        ["parse", "-r", str(folder), "--state", state, "--new-only", "--dedupe", "id",
         "--fields", "path"]
    )  # fmt: skip
    assert second.stdout == ""  # b.txt: content already done; c.txt: id 7000001 already seen
    same_run = run_cli(["parse", str(REFERENCE), str(REFERENCE), "--dedupe", "id"])
    assert len(same_run.stdout.splitlines()) == 1


# --- check -------------------------------------------------------------------------------------


def test_check_clean_sample_exits_0() -> None:
    result = run_cli(["check", str(REFERENCE)])
    assert (result.status, result.stdout, result.stderr) == (0, "", "")


def test_check_reports_exact_lines(tmp_path: Path) -> None:
    feb31 = tmp_path / "feb31.txt"
    feb31.write_text(REFERENCE.read_text("utf-8").replace("١٩ يناير ٢٠٢٢", "٣١ فبراير ٢٠٢٢"))
    thursday = tmp_path / "thursday.txt"
    thursday.write_text(REFERENCE.read_text("utf-8").replace("الأربعاء", "الخميس", 1))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.bin"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    result = run_cli(
        ["check", "--now", "2022-01-01T00:00", str(REFERENCE), str(feb31), str(thursday),
         str(empty), str(binary), str(SAMPLES / "gulf-hijri-dual-date-mismatch.txt"),
         str(SAMPLES / "wire-partial-date-dateline.txt"), str(tmp_path / "missing.txt")]
    )  # fmt: skip
    assert result.status == 1
    assert result.stderr == ""
    gulf, wire = (
        SAMPLES / "gulf-hijri-dual-date-mismatch.txt",
        SAMPLES / "wire-partial-date-dateline.txt",
    )
    assert result.stdout.splitlines() == [
        f"{REFERENCE}:6: future-date: published 2022-01-19T19:13:41, after 2022-01-01T00:00",
        f"{feb31}:6: impossible-date: impossible date '٣١ فبراير ٢٠٢٢': "
        "February 2022 has 28 days, not 31",
        f"{feb31}:1: duplicate-id: id 1220514 was already in {REFERENCE}",
        f"{thursday}:6: weekday-mismatch: الخميس is written, but 2022-01-19 is a الأربعاء",
        f"{thursday}:6: future-date: published 2022-01-19T19:13:41, after 2022-01-01T00:00",
        f"{thursday}:1: duplicate-id: id 1220514 was already in {REFERENCE}",
        f"{empty}:1: empty-input: empty file",
        f"{binary}:1: binary-input: binary data, not text (NUL bytes)",
        f"{gulf}:2: hijri-mismatch: stated Hijri date 1444-09-03 is -1 day(s) "
        "from Umm al-Qura (1444-09-04)",
        f"{gulf}:2: future-date: published 2023-03-26, after 2022-01-01T00:00",
        f"{wire}:2: partial-date: '15 يناير' has a day and month but no year",
        f"{tmp_path / 'missing.txt'}:1: unreadable-input: no such file",
    ]


def test_check_ignore_select_list_and_json(tmp_path: Path) -> None:
    wire = str(SAMPLES / "wire-partial-date-dateline.txt")
    ignored = run_cli(["check", "--ignore", "partial-date", wire])
    assert (ignored.status, ignored.stdout) == (0, "")
    as_json = run_cli(["check", "--format", "json", wire])
    assert json.loads(as_json.stdout) == [
        {"path": wire, "line": 2, "code": "partial-date",
         "message": "'15 يناير' has a day and month but no year"},
    ]  # fmt: skip
    bad = run_cli(["check", "--ignore", "no-such-code", wire])
    assert bad.status == 2
    assert "unknown code 'no-such-code'; see newsctl check --list-codes" in bad.stderr
    # a page copied cleanly passes; a reference header without its source line does not
    assert run_cli(["check", str(SAMPLES / "page-labelled-date-updated-masthead.txt")]).status == 0
    no_source = tmp_path / "no-source.txt"
    no_source.write_text(REFERENCE.read_text("utf-8").replace("المصدر : وكالة مهر\n", ""))
    found = run_cli(["check", "--now", "2030-01-01", str(no_source)])
    assert found.stdout == (
        f"{no_source}:1: missing-source: the header has no source (المصدر) line, or an empty one\n"
    )
    only = run_cli(
        ["check", "--select", "future-date,no-date", "--now", "2020-01-01", str(REFERENCE)]
    )
    assert only.stdout == (
        f"{REFERENCE}:6: future-date: published 2022-01-19T19:13:41, after 2020-01-01T00:00\n"
    )
    codes = run_cli(["check", "--list-codes"])
    assert codes.status == 0
    assert "impossible-date\terror\tchecked\ta date that does not exist" in codes.stdout
    assert "no-zone\tnote\tonly-with-select\t" in codes.stdout


def test_fail_fast_stops_at_the_first_failure(tmp_path: Path) -> None:
    result = run_cli(["parse", "--fail-fast", str(tmp_path / "nope"), str(REFERENCE)])
    assert result.status == 1
    assert result.stdout == ""


def test_large_folders_are_sorted_in_bounded_memory(tmp_path: Path) -> None:
    from newsctl.cli.sources import sorted_names

    names = [f"n{(i * 7919) % 1000:03d}-{i}.txt" for i in range(1000)]
    for name in names:
        (tmp_path / name).touch()
    assert list(sorted_names(str(tmp_path), chunk=64)) == sorted(names)  # 16 spilled runs merged
    assert list(sorted_names(str(tmp_path))) == sorted(names)


def test_ctrl_c_at_any_stage_never_hangs(many: Path, tmp_path: Path) -> None:
    """Interrupts at the stages of a --jobs 2 run, each reached before the signal is sent (no
    sleeping on the clock): as soon as the workers start writing, then after more and more
    output. Every run ends at once with 130, no traceback, no temporary file."""
    out = tmp_path / "o.jsonl"
    for grown in range(6):  # the temporary output seen, then grown 0 to 5 more times
        proc = popen(
            ["parse", "-r", str(many), str(many), str(many), "--jobs", "2", "-o", str(out)]
        )
        wait_for_partial_output(tmp_path, proc)
        (temp,) = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        size = 0
        for _ in range(grown):
            size = wait_for_growth(temp, size, proc)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=15)  # a hang fails here
        assert proc.returncode == 130, err
        assert b"Traceback" not in err
        assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
