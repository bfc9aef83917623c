"""Fault injection over the README's cron line (issue 19), with a fixed seed.

A drop folder goes through a sequence of runs of the cron command; between runs the harness does
what users and machines do: adds articles, grows a JSON Lines file a scraper appends to (its last
line sometimes half-written), rewrites one in place, restores an old backup of the state or of the
output, empties or deletes the state, damages the SQLite file, fills the disk during a run (the
file size limit, which fails writes as a full disk does), and kills runs with SIGKILL.

After each run: either the run refused, with a message, and changed nothing (the output is byte for
byte what it was), and the harness then mends things as the message says (``newsctl state
reconcile``, or a damaged state removed first); or every record in the output is whole JSON and no
article is recorded twice. After a final clean run, every article in the folder is recorded
exactly once.
"""

from __future__ import annotations

import json
import os
import random
import resource
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest
from conftest import newsctl_executable
from crash_harness import article

REFUSED = ("Nothing was changed", "not a newsctl state", "the state cannot be read or written",
           "not a usable state file")  # fmt: skip


class Drop:
    def __init__(self, root: Path, seed: int) -> None:
        self.root = root
        self.rng = random.Random(seed)
        self.drop = root / "drop"
        self.drop.mkdir()
        self.next_id = 5000
        self.feed_lines: list[str] = []  # whole lines of drop/feed.jsonl, by id
        self.log: list[str] = []
        self.backup: bytes | None = None  # a copy of the state taken between runs
        self.old_output: bytes | None = None  # a copy of the output taken between runs

    # --- what changes between runs

    def add_articles(self) -> None:
        for _ in range(self.rng.randint(1, 3)):
            self.next_id += 1
            path = self.drop / f"a{self.next_id}.txt"
            path.write_text(article(self.next_id, f"مشروع {self.next_id}"), "utf-8")
            self._age(path)

    def grow_feed(self) -> None:
        feed = self.drop / "feed.jsonl"
        text = feed.read_text("utf-8") if feed.exists() else ""
        if text and not text.endswith("\n"):  # the scraper finishes the line it was writing
            text = "\n".join(self.feed_lines) + "\n"
        for _ in range(self.rng.randint(1, 3)):
            self.next_id += 1
            row = {"id": str(self.next_id), "title": f"خبر {self.next_id}", "text": "نص الخبر"}
            line = json.dumps({**row, "date": "2022-01-19T10:00:00"}, ensure_ascii=False)
            self.feed_lines.append(line)
            text += line + "\n"
        if self.rng.random() < 0.5:  # the next line half-written
            self.next_id += 1
            text += f'{{"id": "{self.next_id}", "title": "خبر'
            self.pending = self.next_id
        feed.write_text(text, "utf-8")
        self._age(feed)

    def rewrite_feed(self) -> None:
        feed = self.drop / "feed.jsonl"
        if not self.feed_lines:
            return self.grow_feed()
        self.feed_lines = self.feed_lines[-1:]  # the scraper starts a new file in place
        feed.write_text(self.feed_lines[0] + "\n", "utf-8")
        self._age(feed)
        return None

    def _age(self, path: Path) -> None:
        past = time.time() - 3600
        os.utime(path, (past, past))

    # --- expected ids

    def ids(self) -> set[str]:
        found = {p.stem[1:] for p in self.drop.glob("a*.txt")}
        found |= {json.loads(line)["id"] for line in self.feed_lines}
        return found

    # --- the cron command

    def run(self, *, kill_after: float | None = None, size_limit: int | None = None) -> tuple[
        int, str
    ]:
        args = [newsctl_executable(), "parse", "-r", "drop", "--state", "state.db", "--new-only",
                "--dedupe", "id", "--wait", "5", "--append", "-o", "records.jsonl", "-q"]  # fmt: skip  # noqa: E501

        def limits() -> None:
            if size_limit is not None:
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
                resource.setrlimit(resource.RLIMIT_FSIZE, (size_limit, size_limit))

        proc = subprocess.Popen(
            args, cwd=self.root, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            preexec_fn=limits,
        )  # fmt: skip
        if kill_after is not None:
            time.sleep(kill_after)
            proc.send_signal(signal.SIGKILL)
        _out, err = proc.communicate(timeout=120)
        return proc.returncode, err.decode("utf-8", "replace")

    def output(self) -> bytes:
        path = self.root / "records.jsonl"
        return path.read_bytes() if path.exists() else b""

    def recorded(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for line in self.output().splitlines():
            counts[json.loads(line)["id"]] += 1  # every line whole JSON
        return counts

    def mend(self, message: str) -> None:
        """Do what the refusal says."""
        if "an empty file (0 bytes)" in message:
            (self.root / "state.db").unlink()  # as the message says
        proc = subprocess.run(
            [newsctl_executable(), "state", "reconcile", "state.db", "records.jsonl"],
            cwd=self.root, capture_output=True, timeout=60,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stderr
        self.log.append("mended: " + proc.stderr.decode().strip())


def step(drop: Drop, fault: str) -> None:
    root = drop.root
    state = root / "state.db"
    before = drop.output()
    kill_after = size_limit = None
    if fault == "articles":
        drop.add_articles()
    elif fault == "grow":
        drop.grow_feed()
    elif fault == "rewrite":
        drop.rewrite_feed()
    elif fault == "kill":
        drop.add_articles()
        kill_after = drop.rng.uniform(0.05, 0.6)
    elif fault == "full-disk":
        drop.add_articles()
        size_limit = len(before) + drop.rng.randint(0, 4000)
    elif fault == "old-state" and drop.backup is not None:
        for name in ("state.db-wal", "state.db-shm"):
            (root / name).unlink(missing_ok=True)
        state.write_bytes(drop.backup)
    elif fault == "old-output" and drop.old_output is not None:
        (root / "records.jsonl").write_bytes(drop.old_output)
        before = drop.output()
    elif fault == "empty-state" and state.exists():
        state.write_bytes(b"")
    elif fault == "delete-state" and state.exists():
        for name in ("state.db", "state.db-wal", "state.db-shm"):
            (root / name).unlink(missing_ok=True)
    elif fault == "damage" and state.exists():
        data = bytearray(state.read_bytes())
        for i in range(4096, len(data), drop.rng.randint(300, 900)):
            data[i] ^= 0x5A
        state.write_bytes(bytes(data))
    else:
        drop.add_articles()
    status, err = drop.run(kill_after=kill_after, size_limit=size_limit)
    drop.log.append(f"{fault}: exit {status}: {err.strip()[:200]}")
    assert "Traceback" not in err and "internal error" not in err, drop.log
    if status == 1 and any(r in err for r in REFUSED):
        assert drop.output() == before, drop.log  # refused: nothing changed
        drop.mend(err)
    counts = drop.recorded()  # whole JSON lines
    twice = {i: n for i, n in counts.items() if n > 1}
    assert not twice, (twice, drop.log)
    if drop.rng.random() < 0.4 and state.exists():  # a backup of the state, or of the output
        drop.backup = state.read_bytes()
    if drop.rng.random() < 0.3:
        drop.old_output = drop.output()


FAULTS = ("articles", "grow", "rewrite", "kill", "full-disk", "old-state", "old-output",
          "empty-state", "delete-state", "damage")  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("seed", [19, 2026])
def test_every_article_exactly_once_through_faults(tmp_path: Path, seed: int) -> None:
    drop = Drop(tmp_path, seed)
    drop.add_articles()
    drop.grow_feed()
    for _ in range(24):
        step(drop, drop.rng.choice(FAULTS))
    # the last line of the feed finished, then a clean run: everything exactly once
    feed = drop.drop / "feed.jsonl"
    feed.write_text("\n".join(drop.feed_lines) + "\n", "utf-8")
    drop._age(feed)
    status, err = drop.run()
    if status == 1 and any(r in err for r in REFUSED):
        drop.mend(err)
        status, err = drop.run()
    assert status == 0, (err, drop.log)
    counts = drop.recorded()
    assert drop.ids() <= set(counts), (drop.ids() - set(counts), drop.log)
    assert set(counts.values()) == {1}, drop.log


def test_workers_leave_when_the_run_is_killed(tmp_path: Path) -> None:
    """``kill -9`` of a ``--jobs 2`` run: its worker processes leave too (held, they would keep
    the state's lock, and every later cron run would give up waiting for it)."""
    drop = tmp_path / "drop"
    drop.mkdir()
    for ident in range(1, 1501):
        (drop / f"a{ident}.txt").write_text(article(ident, "مشروع الطريق"), encoding="utf-8")
    args = [newsctl_executable(), "parse", "-r", "drop", "--state", "state.db", "--new-only",
            "--dedupe", "id", "--append", "-o", "records.jsonl", "-q", "--settle", "0",
            "--jobs", "2"]  # fmt: skip
    proc = subprocess.Popen(args, cwd=tmp_path, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)  # fmt: skip
    records = tmp_path / "records.jsonl"
    deadline = time.monotonic() + 60
    while not (records.exists() and records.stat().st_size) and time.monotonic() < deadline:
        time.sleep(0.05)  # the workers are at work
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    left = True
    for _ in range(100):  # its process group empties: no worker outlives it
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            left = False
            break
        time.sleep(0.05)
    if left:
        os.killpg(proc.pid, signal.SIGKILL)
    assert not left
    again = subprocess.run([*args, "--wait", "0"], cwd=tmp_path, capture_output=True, timeout=120)
    assert again.returncode == 0, again.stderr
    titles = Counter(json.loads(line)["headline"] for line in records.read_bytes().splitlines())
    assert len(titles) == 1500 and set(titles.values()) == {1}  # every article exactly once
