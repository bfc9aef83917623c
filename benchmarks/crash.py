"""Crash consistency of the README's cron line over many kill cycles (tests/crash_harness.py).

Run: .venv/bin/python benchmarks/crash.py [--cycles 200] [--kills-per-round 10] [--seed 1]

Each round starts a new drop folder of 2,500 articles and runs the README's cron line
``--kills-per-round`` times, each run killed at a random moment with SIGKILL, SIGTERM or SIGINT (or
left to finish now and then) while articles are added, removed, renamed, rewritten and half-copied
between runs; a final clean run follows and the harness checks that every article is recorded
exactly once, no line is broken, the state agrees with the output and no temporary file is left.
Rounds go on until ``--cycles`` runs have been killed (runs left alone to finish, about one in
five, do not count). The seed of each round is printed: a failure
replays with ``--seed N --cycles K`` where K is that round's number of kills.
"""

from __future__ import annotations

import argparse
import shutil
import signal
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the harness is shared with the test suite

from crash_harness import Harness, cycle  # noqa: E402

NEWSCTL = str(Path(sys.executable).parent / "newsctl")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cycles", type=int, default=200, help="runs killed, in all")
    parser.add_argument("--kills-per-round", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1, help="seed of the first round")
    args = parser.parse_args()
    killed = 0
    signals: Counter[str] = Counter()
    failures = 0
    seed = args.seed
    started = time.monotonic()
    while killed < args.cycles:
        kills = min(args.kills_per_round, args.cycles - killed)
        folder = Path(tempfile.mkdtemp(prefix="newsctl-crash-"))
        try:
            harness = Harness(folder / "news", NEWSCTL, seed)
            problems = cycle(harness, kills)
            signals.update(
                "none" if s is None else signal.Signals(s).name for s in harness.signals[:-1]
            )
            records = len((folder / "news" / "records.jsonl").read_bytes().splitlines())
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        killed += sum(s is not None for s in harness.signals[:-1])  # runs left alone do not count
        status = "ok" if not problems else "FAILED"
        print(f"seed {seed}: {kills} runs, {records} records, {status}", flush=True)
        for problem in problems:
            print(f"    {problem}")
        failures += bool(problems)
        seed += 1
    minutes = (time.monotonic() - started) / 60
    shown = ", ".join(f"{name} {count}" for name, count in sorted(signals.items()))
    verdict = (
        f"{failures} rounds FAILED"
        if failures
        else "every article exactly once, no broken line, no temporary file"
    )
    print(f"\n{killed} runs in {seed - args.seed} rounds ({shown}), {minutes:.1f} min: {verdict}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
