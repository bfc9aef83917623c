"""Cron runs and output targets through the installed program: kill cycles, signals, files still
being written, symbolic links, devices, full disks, standard input limits, the progress bar."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import stat
import subprocess
import threading
import time
from pathlib import Path

import pytest
from conftest import REFERENCE, newsctl_executable, run_cli, run_installed
from crash_harness import Harness, cycle, readme_cron_line
from test_pipeline import make_articles, popen, wait_for_growth, wait_for_partial_output


def wait_for_first_commit(state: Path, out: Path, proc: subprocess.Popen[bytes]) -> None:
    """Until the run committed its first batch and wrote some of the next one."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the run ended before it could be killed"
        try:
            with sqlite3.connect(f"file:{state}?mode=ro", uri=True) as db:
                row = db.execute("SELECT committed_size FROM newsctl_outputs").fetchone()
                done = db.execute("SELECT count(*) FROM newsctl_inputs").fetchone()[0]
        except sqlite3.Error:
            row, done = None, 0
        if row is not None and done:
            wait_for_growth(out, row[0], proc)
            return
        time.sleep(0.01)
    raise AssertionError("the run never committed")


# --- the README's cron line under kills --------------------------------------------------------


@pytest.mark.parametrize("seed", [11, 12])
@pytest.mark.slow
def test_cron_line_survives_a_seeded_sequence_of_kills(tmp_path: Path, seed: int) -> None:
    """Six runs killed at random (SIGKILL, SIGTERM, SIGINT, or left alone) with the drop folder
    changing between them, then a clean run: every article once, nothing broken or left over.
    A failure replays with its seed (benchmarks/crash.py runs hundreds of cycles)."""
    harness = Harness(tmp_path / "news", newsctl_executable(), seed)
    assert cycle(harness, kills=6) == []


def test_readme_cron_line_runs_under_cron_as_written() -> None:
    line = readme_cron_line()
    command = line.split(None, 5)[5]
    assert re.search(r"(?<!\\)%", command) is None  # cron would cut the command at a bare %
    program = command.split("&&", 1)[1].split()[0]
    assert program.startswith("/") and program.endswith("/newsctl")  # cron's PATH lacks the venv
    assert "; s=$?; echo" in command  # the status of newsctl, not of date, under any shell


def test_a_skipped_batch_commits_the_real_end_of_the_file(tmp_path: Path) -> None:
    """Killed twice in a row, the second time after a batch that --new-only skipped whole: the
    committed end is the file's real end, so the third run doubles nothing."""
    drop = tmp_path / "drop"
    make_articles(drop, 2300)  # two batches
    out, state = tmp_path / "records.jsonl", tmp_path / "state.db"
    args = ["parse", "-r", str(drop), "--state", str(state), "--new-only", "--dedupe", "id",
            "--append", "-o", str(out), "-q"]  # fmt: skip
    first = popen(args, keep_output=False)
    wait_for_first_commit(state, out, first)  # into the second batch
    first.kill()
    first.wait()
    second = popen(args, keep_output=False)  # skips the first batch, then writes
    wait_for_growth(out, out.stat().st_size, second)
    second.kill()
    second.wait()
    assert run_installed(args, timeout=300).returncode == 0
    ids = [json.loads(line)["id"] for line in out.read_text("utf-8").splitlines()]
    assert len(ids) == len(set(ids)) == 2300
    with sqlite3.connect(state) as db:
        assert db.execute("SELECT committed_size FROM newsctl_outputs").fetchone() == (
            out.stat().st_size,
        )


# --- signals -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("signum", "status", "message"),
    [(signal.SIGTERM, 143, "newsctl: terminated"), (signal.SIGHUP, 129, "newsctl: hung up")],
)
def test_sigterm_and_sighup_end_a_run_like_ctrl_c(
    tmp_path: Path, signum: int, status: int, message: str
) -> None:
    drop = tmp_path / "drop"
    make_articles(drop, 1500)
    out = tmp_path / "out" / "records.jsonl"
    out.parent.mkdir()
    out.write_text("previous\n")
    for jobs in ("1", "2"):
        proc = popen(["parse", "-r", str(drop), str(drop), "--jobs", jobs, "-o", str(out)])
        wait_for_partial_output(out.parent, proc)
        proc.send_signal(signum)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == status
        assert err.decode().strip() == message
        assert out.read_text() == "previous\n"
        assert sorted(p.name for p in out.parent.iterdir()) == ["records.jsonl"]


def test_sigterm_during_an_appending_state_run_cuts_back_to_the_last_commit(
    tmp_path: Path,
) -> None:
    drop = tmp_path / "drop"
    make_articles(drop, 2300)
    out, state = tmp_path / "records.jsonl", tmp_path / "state.db"
    args = ["parse", "-r", str(drop), "--state", str(state), "--new-only", "--append",
            "-o", str(out), "-q"]  # fmt: skip
    proc = popen(args, keep_output=False)
    wait_for_first_commit(state, out, proc)  # in the second batch
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=60)
    assert proc.returncode == 143
    with sqlite3.connect(state) as db:
        (committed,) = db.execute("SELECT committed_size FROM newsctl_outputs").fetchone()
        done = db.execute("SELECT count(*) FROM newsctl_inputs").fetchone()[0]
    lines = out.read_bytes().splitlines()
    assert out.stat().st_size == committed  # nothing written after the last commit is kept
    assert len(lines) == done == 2048  # exactly the first batch, committed
    assert run_installed(args, timeout=300).returncode == 0
    assert len(out.read_bytes().splitlines()) == 2300


def test_a_later_run_removes_temporary_files_of_killed_runs(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    dead = tmp_path / ".out.jsonl.4194999.abcd1234.tmp"  # above Linux's largest PID: no such run
    live = tmp_path / f".out.jsonl.{os.getpid()}.abcd1234.tmp"  # a run still going
    other = tmp_path / ".notes.txt.4194999.abcd1234.tmp"  # another file's: not ours to remove
    for path in (dead, live, other):
        path.write_text("half")
    assert run_installed(["parse", str(REFERENCE), "-o", str(out)]).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([out.name, live.name, other.name])


# --- files still being written -----------------------------------------------------------------


def test_settle_leaves_files_still_being_written_for_a_later_run(tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    make_articles(drop, 2)
    fresh = drop / "fresh.txt"
    fresh.write_bytes(REFERENCE.read_bytes()[:700])  # half copied, just now
    args = ["parse", "-r", str(drop), "--state", str(tmp_path / "s.db"), "--new-only",
            "--fields", "path,id"]  # fmt: skip
    first = run_installed(args)
    assert first.returncode == 0
    assert [json.loads(x)["path"] for x in first.stdout.splitlines()] == [
        f"{drop}/a00000.txt",
        f"{drop}/a00001.txt",
    ]
    assert first.stderr.decode().startswith(f"newsctl: warning: {fresh}: modified ")
    assert first.stderr.decode().endswith(
        "maybe still being written; left for a later run\n"
        "newsctl: 2 records from 2 inputs; 1 file left for later\n"
    )
    fresh.write_bytes(REFERENCE.read_bytes())  # the copy is complete
    past = time.time() - 60
    os.utime(fresh, (past, past))
    second = run_installed(args)
    assert second.returncode == 0 and second.stderr == b""
    assert [json.loads(x) for x in second.stdout.splitlines()] == [
        {"path": str(fresh), "id": "1220514"}
    ]
    without_state = run_installed(["parse", str(fresh), "--settle", "0", "--fields", "id"])
    assert without_state.stdout == b'{"id":"1220514"}\n'


def test_utf8_cut_inside_a_character_is_utf8_with_a_warning(tmp_path: Path) -> None:
    cut = tmp_path / "cut.txt"
    cut.write_bytes(REFERENCE.read_bytes()[:700])  # `head -c 700`: inside an Arabic letter
    result = run_installed(["parse", str(cut)])
    assert result.returncode == 0
    record = json.loads(result.stdout)
    assert record["encoding"] == "utf-8"
    assert (record["source"], record["id"], record["date"]) == (
        "وكالة مهر",
        "1220514",
        "2022-01-19",
    )
    assert record["warnings"][0] == {
        "code": "truncated-input",
        "message": "the input ends inside a UTF-8 character (1 of its 2 bytes): cut short or "
        "still being written",
    }


# --- output targets ----------------------------------------------------------------------------


def test_output_through_a_symbolic_link_writes_its_target(tmp_path: Path) -> None:
    target_dir = tmp_path / "data"
    target_dir.mkdir()
    target = target_dir / "records.jsonl"
    target.write_text("old\n")
    link = tmp_path / "records.jsonl"
    link.symlink_to(target)
    assert (
        run_installed(["parse", str(REFERENCE), "-o", str(link), "--fields", "id"]).returncode == 0
    )
    assert link.is_symlink()
    assert target.read_text() == '{"id":"1220514"}\n'
    assert sorted(p.name for p in target_dir.iterdir()) == ["records.jsonl"]
    append = run_installed(["parse", str(REFERENCE), "-o", str(link), "--append", "--fields", "id"])
    assert append.returncode == 0
    assert link.is_symlink() and target.read_text() == '{"id":"1220514"}\n' * 2


def test_output_to_dev_stdout_and_to_a_fifo_is_written_directly(tmp_path: Path) -> None:
    with (tmp_path / "shell-redirect.jsonl").open("wb") as handle:
        proc = subprocess.run(
            [newsctl_executable(), "parse", str(REFERENCE), "-o", "/dev/stdout", "--fields", "id"],
            stdout=handle, stderr=subprocess.PIPE, timeout=60,
        )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "shell-redirect.jsonl").read_text() == '{"id":"1220514"}\n'
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode) and os.path.islink("/dev/stdout")

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = run_installed(["parse", str(REFERENCE), "-o", str(fifo), "--fields", "id"])
    reader.join(timeout=30)
    assert result.returncode == 0
    assert received == [b'{"id":"1220514"}\n']
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert run_installed(["parse", str(REFERENCE), "-o", "/dev/null"]).returncode == 0
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.parametrize(
    ("extra", "flag"), [(["--append"], "--append"), (["--state", "STATE"], "--state")]
)
def test_append_and_state_refuse_a_device_or_fifo(
    tmp_path: Path, extra: list[str], flag: str
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    extra = [str(tmp_path / "s.db") if x == "STATE" else x for x in extra]
    for target, what in (
        (str(fifo), "a device, FIFO or socket"),
        ("/dev/null", "a device, FIFO or socket"),
    ):
        result = run_installed(["parse", str(REFERENCE), "-o", target, *extra])
        assert result.returncode == 2
        assert (
            f"Error: {flag} needs a regular file for -o/--output, and {target} is {what}"
            in result.stderr.decode()
        )


# --- full disks and limits ---------------------------------------------------------------------


@pytest.mark.parametrize("args", [["parse", str(REFERENCE)], ["date", "19 يناير 2022"]])
def test_a_full_standard_output_is_one_clear_line(args: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        proc = subprocess.run(
            [newsctl_executable(), *args], stdout=full, stderr=subprocess.PIPE, timeout=60
        )
    assert proc.returncode == 1
    assert proc.stderr == b"newsctl: standard output: no space left on device\n"


def test_max_bytes_applies_to_standard_input() -> None:
    data = REFERENCE.read_bytes()
    result = run_installed(["parse", "--max-bytes", "1k", "-"], stdin=data)
    assert result.returncode == 1
    assert result.stderr == (
        b"newsctl: -: more than 1024 bytes (--max-bytes)\n"
        b"newsctl: 0 records from 0 inputs; 1 input failed\n"
    )
    assert result.stdout == b""
    whole = run_installed(
        ["parse", "--max-bytes", str(len(data)), "--fields", "id", "-"], stdin=data
    )
    assert whole.stdout == b'{"id":"1220514"}\n'


# --- the progress bar --------------------------------------------------------------------------


def test_messages_during_the_progress_bar_stand_on_their_own_lines(tmp_path: Path) -> None:
    make_articles(tmp_path, 3)
    missing = tmp_path / "missing.txt"
    files = sorted(str(p) for p in tmp_path.glob("a*.txt"))
    result = run_cli(["parse", files[0], str(missing), *files[1:]], tty=True)
    assert result.status == 1
    lines = [
        re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", x).strip("\r") for x in result.stderr.split("\n")
    ]
    assert f"newsctl: {missing}: no such file" in lines
    assert len(result.stdout.splitlines()) == 3
