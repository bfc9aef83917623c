"""Crash consistency of the README's cron line, as a property.

The harness runs the cron line of README.md (the program path and the folder substituted, ``\\%``
unescaped as cron does) over a drop folder many times in a row. Between runs it adds, removes,
renames and rewrites articles and leaves some half-copied (a file still being written); during
runs it kills ``newsctl`` with SIGKILL, SIGTERM or SIGINT at random moments: after a random number
of output lines, at a random time, or not at all. After a final clean run it checks that

- every line of ``records.jsonl`` is whole JSON;
- every article version is recorded at most once, and every article in the drop folder exactly
  once (each version has its own id; a half-copied version is never recorded);
- the state agrees with the output: its committed size is the file's size, and it knows every
  input of the folder by size and content hash;
- no temporary file is left, and the log holds no traceback and only the statuses that the
  signals sent explain.

Everything is drawn from one seeded ``random.Random``: a failure replays with its seed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAM_IN_README = "/opt/newsctl/.venv/bin/newsctl"
FOLDER_IN_README = "/srv/news"
CRON_PATH = "/usr/bin:/bin"  # cron's own PATH: the virtual environment is not on it
KEPT = {"records.jsonl", "state.db", "state.db-wal", "state.db-shm", "state.db.lock",
        "newsctl.log", "drop"}  # fmt: skip
STATUS_OF: dict[int | None, set[int]] = {
    None: {0}, signal.SIGKILL: {0, 137}, signal.SIGTERM: {0, 143}, signal.SIGINT: {0, 130},
}  # fmt: skip


def readme_cron_line() -> str:
    """The crontab line of the README's Cron section."""
    text = (ROOT / "README.md").read_text("utf-8")
    section = text.split("### Cron", 1)[1]
    for line in section.splitlines():
        if line.startswith("* * * * * "):
            return line
    raise AssertionError("README.md has no crontab line in its Cron section")


def cron_command(line: str, folder: Path, program: str) -> str:
    """What cron hands to /bin/sh: the command field, ``\\%`` made ``%`` (an unescaped ``%`` would
    end the command), with this harness's folder and program."""
    command = line.split(None, 5)[5]
    assert re.search(r"(?<!\\)%", command) is None, "an unescaped % in the crontab line"
    command = command.replace("\\%", "%")
    assert PROGRAM_IN_README in command and FOLDER_IN_README in command
    return command.replace(PROGRAM_IN_README, program).replace(FOLDER_IN_README, str(folder))


def article(ident: int, story: str) -> str:
    """A short article in the reference layout, its id and headline naming its version."""
    return (
        "وكالة أهل البيت (ع) للأنباء\nالمصدر : وكالة مهر\nالأربعاء\n١٩ يناير ٢٠٢٢\n٧:١٣:٤١ م\n"
        f"{ident}\nخبر رقم {ident} عن {story} في العاصمة\n"
        f"أكد المسؤولون اليوم أن {story} يسير كما خطط له، وأن الأعمال ستنتهي قبل نهاية العام.\n"
        f"وأضافوا أن المرحلة الثانية من {story} ستبدأ في الربيع المقبل.\n"
        "...............\nانتهى/185\n"
    )


@dataclass
class Version:
    ident: int
    data: bytes
    sha256: str


@dataclass
class Harness:
    folder: Path
    program: str
    seed: int
    files: int = 2500  # more than one batch of the runner, so runs commit in the middle
    rng: random.Random = field(init=False)
    current: dict[str, Version] = field(default_factory=dict)  # name in drop -> its content now
    partial: dict[str, Version] = field(default_factory=dict)  # half-copied: what it will be
    versions: dict[int, Version] = field(default_factory=dict)
    next_id: int = 10_000_000
    runs: int = 0
    signals: list[int | None] = field(default_factory=list)
    recorded: set[int] = field(default_factory=set)  # ids seen in the output after each run

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.drop = self.folder / "drop"
        self.drop.mkdir(parents=True, exist_ok=True)
        self.command = cron_command(readme_cron_line(), self.folder, self.program)
        for _ in range(self.files):
            self._write_new()

    # --- the drop folder

    def _version(self) -> Version:
        ident = self.next_id
        self.next_id += 1
        story = self.rng.choice(["مشروع المترو", "بناء الجسر", "توسعة الميناء", "حملة التشجير"])
        data = article(ident, story).encode()
        version = Version(ident, data, hashlib.sha256(data).hexdigest())
        self.versions[ident] = version
        return version

    def _settled(self, path: Path) -> None:
        """A copy finished a while ago (older than any --settle)."""
        past = time.time() - self.rng.uniform(60, 3600)
        os.utime(path, (past, past))

    def _write_new(self, name: str | None = None) -> None:
        name = name or f"n{self.next_id}.txt"
        version = self._version()
        path = self.drop / name
        path.write_bytes(version.data)
        self._settled(path)
        self.current[name] = version

    def mutate(self) -> None:
        """Between two runs: what happens in a real drop folder."""
        rng = self.rng
        for name, version in list(self.partial.items()):  # copies under way: some finished
            path = self.drop / name
            if rng.random() < 0.7:
                path.write_bytes(version.data)
                self._settled(path)
                self.current[name] = version
                del self.partial[name]
            else:  # still being written: a few more bytes, just now
                done = path.stat().st_size
                path.write_bytes(version.data[: rng.randint(done, len(version.data) - 1)])
        bulk = rng.random() < 0.3  # now and then a large delivery, and a clean-up of old files
        for _ in range(rng.randint(1500, 2600) if bulk else rng.randint(0, 40)):
            self._write_new()
        names = sorted(self.current)
        changes = rng.randint(1000, 1800) if bulk else rng.randint(0, 15)
        for name in rng.sample(names, k=min(len(names), changes)):
            action = rng.choice(["remove", "rewrite", "rename"])
            if action == "remove":
                (self.drop / name).unlink()
                del self.current[name]
            elif action == "rewrite":
                self._write_new(name)
            else:  # the same content under another name: --new-only knows it already
                new = f"r{self.next_id}-{name}"
                self.next_id += 1
                (self.drop / name).rename(self.drop / new)
                self.current[new] = self.current.pop(name)
        for _ in range(rng.randint(0, 3)):  # a copy still under way: half of the bytes, just now
            name = f"p{self.next_id}.txt"
            version = self._version()
            (self.drop / name).write_bytes(version.data[: rng.randint(1, len(version.data) - 1)])
            self.partial[name] = version

    # --- runs

    def run(self, kill: int | None) -> None:
        """One run of the cron line; ``kill`` is the signal to stop newsctl with, or None."""
        self.runs += 1
        self.signals.append(kill)
        out = self.folder / "records.jsonl"
        start_size = out.stat().st_size if out.exists() else 0
        home = self.folder.with_name(self.folder.name + "-home")  # the user's, not the folder
        home.mkdir(exist_ok=True)
        env = {"PATH": CRON_PATH, "HOME": str(home), "LANG": "C", "SHELL": "/bin/sh"}
        shell = subprocess.Popen(["/bin/sh", "-c", self.command], env=env, cwd=self.folder)
        pending = sum(v.ident not in self.recorded for v in self.current.values())
        copying = threading.Event()
        copier = threading.Thread(target=self._keep_copying, args=(copying,))
        copier.start()
        try:
            if kill is not None:
                self._kill_later(shell, kill, out, start_size, pending)
            shell.wait(timeout=300)
        finally:
            copying.set()
            copier.join()
            if shell.poll() is None:
                shell.kill()
                shell.wait()
        self._note_recorded(out)

    def _keep_copying(self, stop: threading.Event) -> None:
        """While a run goes on, the copies under way go on too: a few more bytes now and then
        (never the whole file: a copy finishes between runs)."""
        rng = random.Random(self.rng.random())  # its own generator: the thread's timing varies
        while not stop.wait(0.25):
            for name, version in self.partial.items():
                path = self.drop / name
                done = path.stat().st_size
                with path.open("ab") as handle:
                    handle.write(
                        version.data[done : min(done + rng.randint(0, 40), len(version.data) - 1)]
                    )
                os.utime(path)  # still being written, even when no byte came this time

    def _note_recorded(self, out: Path) -> None:
        for raw in (out.read_bytes() if out.exists() else b"").splitlines():
            try:
                ident = json.loads(raw)["id"]
            except (ValueError, KeyError):
                continue
            if ident is not None:
                self.recorded.add(int(ident))

    def _kill_later(
        self, shell: subprocess.Popen[bytes], kill: int, out: Path, start: int, pending: int
    ) -> None:
        """Send ``kill`` to newsctl after a random number of new output lines (up to the number
        of articles the run has to do), or after a random time."""
        rng = self.rng
        lines = rng.randint(1, max(1, pending))
        by_time = rng.random() < 0.3
        deadline = time.monotonic() + rng.uniform(0.05, 2.5)
        child: int | None = None
        offset, written = start, 0
        while shell.poll() is None:
            child = child or _child_of(shell.pid)
            if child is not None:
                if by_time:
                    due = time.monotonic() >= deadline
                else:
                    offset, count = _whole_lines(out, offset)
                    written += count
                    due = written >= lines
                if due:
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(child, kill)
                    return
            time.sleep(0.002)

    # --- the property

    def check(self) -> list[str]:
        """What is wrong after a final clean run, as sentences (empty: all is well)."""
        problems: list[str] = []
        out = self.folder / "records.jsonl"
        data = out.read_bytes() if out.exists() else b""
        if data and not data.endswith(b"\n"):
            problems.append("records.jsonl ends in a half-written line")
        seen: dict[int, int] = {}
        for number, raw in enumerate(data.splitlines(), start=1):
            try:
                record = json.loads(raw)
            except ValueError:
                problems.append(f"line {number} is not whole JSON: {raw[:60]!r}")
                continue
            if record["id"] is None:
                problems.append(f"line {number}: a record without an id: {record['path']}")
                continue
            ident = int(record["id"])
            seen[ident] = seen.get(ident, 0) + 1
            if record["end_marker"] is None:
                problems.append(f"line {number}: a half-copied version of {ident} was recorded")
        doubled = sorted(i for i, n in seen.items() if n > 1)
        if doubled:
            problems.append(f"{len(doubled)} versions recorded twice or more, e.g. {doubled[:5]}")
        missing = sorted(v.ident for v in self.current.values() if v.ident not in seen)
        if missing:
            problems.append(f"{len(missing)} articles of the folder never recorded: {missing[:5]}")
        unknown = sorted(set(seen) - set(self.versions))
        if unknown:
            problems.append(f"records of unknown versions: {unknown[:5]}")
        problems += self._check_state(len(data))
        strays = sorted(p.name for p in self.folder.iterdir() if p.name not in KEPT)
        strays += sorted(p.name for p in self.drop.iterdir() if p.name.endswith(".tmp"))
        if strays:
            problems.append(f"files left behind: {strays[:5]}")
        problems += self._check_log()
        return problems

    def _check_state(self, size: int) -> list[str]:
        db = sqlite3.connect(self.folder / "state.db")
        try:
            committed = db.execute("SELECT committed_size FROM newsctl_outputs").fetchall()
            inputs = {
                row[0]: row[1:]
                for row in db.execute("SELECT path, size, sha256 FROM newsctl_inputs")
            }
        finally:
            db.close()
        problems = []
        if committed != [(size,)]:
            problems.append(f"the state's committed size {committed} is not the file's {size}")
        for name, version in self.current.items():
            known = inputs.get(f"drop/{name}")
            if known is not None and tuple(known) != (len(version.data), version.sha256):
                problems.append(f"the state has drop/{name} as {known}, not as it is now")
            if known is None and version.sha256 not in {v[1] for v in inputs.values()}:
                problems.append(f"the state does not know drop/{name}")
        return problems

    def _check_log(self) -> list[str]:
        log = (self.folder / "newsctl.log").read_text("utf-8", "replace")
        problems = []
        if "Traceback" in log or "internal error" in log:
            problems.append("the log holds a traceback or an internal error")
        statuses = [int(s) for s in re.findall(r"exit (\d+)$", log, re.M)]
        if len(statuses) != self.runs:
            problems.append(f"{len(statuses)} status lines in the log for {self.runs} runs")
        for run, (status, sent) in enumerate(zip(statuses, self.signals, strict=False), 1):
            if status not in STATUS_OF[sent]:
                problems.append(f"run {run}: exit {status} after signal {sent}")
        return problems


def _whole_lines(path: Path, offset: int) -> tuple[int, int]:
    """The end of the whole lines written to ``path`` after ``offset``, and how many they are."""
    try:
        with path.open("rb") as handle:
            handle.seek(offset)
            data = handle.read()
    except OSError:
        return offset, 0
    end = data.rfind(b"\n") + 1
    return offset + end, data.count(b"\n", 0, end)


def _child_of(pid: int) -> int | None:
    """The first child process of ``pid`` (the newsctl that the shell started), if any."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return None
    return int(children[0]) if children else None


def cycle(harness: Harness, kills: int) -> list[str]:
    """``kills`` runs, each killed by a random signal (or left to finish now and then) with the
    drop folder changing between them; then a clean run and the check."""
    rng = harness.rng
    for _ in range(kills):
        harness.mutate()
        kill = rng.choice([signal.SIGKILL, signal.SIGKILL, signal.SIGTERM, signal.SIGINT, None])
        harness.run(kill)
    for name, version in list(harness.partial.items()):  # every copy finishes in the end
        path = harness.drop / name
        path.write_bytes(version.data)
        os.utime(path, (time.time() - 120,) * 2)
        harness.current[name] = version
    harness.partial.clear()
    harness.run(None)
    return harness.check()
