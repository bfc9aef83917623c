"""`--scheduler` against `--jobs` on one machine: records per second, the overhead per batch, and
the client's memory.

Run: .venv/bin/pip install -e '.[cluster]' && .venv/bin/python benchmarks/cluster.py
     [--files 2000] [--records 20000] [--workers 1,2,4] [--repeat 2]

It writes N seed-size articles and a JSON Lines corpus of M records to a temporary folder, then
runs the installed `newsctl parse` (a fresh process each time, start-up and connecting included,
output to /dev/null) on each:
- with `--jobs 1` and `--jobs 2`;
- with `--scheduler` on a LocalCluster of 1, 2 and 4 single-threaded worker processes on
  127.0.0.1 (started once per size, outside the timing), files read by the client and by the
  workers (`--read-on-workers`);
and checks that every output is byte for byte the `--jobs 1` one. The overhead per batch is the
round trip of an empty task through the same scheduler, submitted as newsctl submits its batches
(a bounded window, results taken in order). Every figure is the best of --repeat runs; the
memory is the client's own peak (VmHWM).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from throughput import write_articles

NEWSCTL = str(Path(sys.executable).parent / "newsctl")


def write_corpus(path: Path, count: int) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for n in range(count):
            record = {
                "id": f"gen-{n}",
                "title": f"خبر رقم {n} عن الاقتصاد والزراعة",
                "date_publish": f"2021-{1 + n % 12:02d}-{1 + n % 28:02d} {n % 24:02d}:00:00",
                "maintext": (
                    f"أعلنت الحكومة اليوم عن خطة رقم {n} لدعم المزارعين في المناطق الريفية. "
                    "وقال الوزير في مؤتمر صحفي إن المشروع سيبدأ الشهر المقبل بتمويل دولي.\n"
                )
                * 3,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def run(argv: list[str], output: Path) -> tuple[float, int]:
    """Wall time and peak RSS (MiB) of `newsctl ARGV`, its output to ``output``. The peak is the
    process's own VmHWM, read while it runs: its ``ru_maxrss`` would include this process's
    (a child inherits the high-water mark of the process it was forked from)."""
    start = time.perf_counter()
    peak = 0
    with open(output, "wb") as out:
        proc = subprocess.Popen([NEWSCTL, *argv], stdout=out)
        while proc.poll() is None:
            peak = max(peak, vm_hwm(proc.pid))
            time.sleep(0.02)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"newsctl {' '.join(argv)} exited with {proc.returncode}")
    return elapsed, peak // 1024


def vm_hwm(pid: int) -> int:
    """The peak resident set size of a running process, in KiB (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def best(argv: list[str], output: Path, repeat: int) -> tuple[float, int]:
    runs = [run(argv, output) for _ in range(repeat)]
    return min(t for t, _ in runs), max(m for _, m in runs)


def noop(x: int) -> int:
    return x


def overhead(client: Any, tasks: int = 500, window: int = 8) -> float:
    """Seconds per empty task, submitted with ``window`` in flight and taken in order."""
    from collections import deque

    start = time.perf_counter()
    queue: deque[Any] = deque()
    for n in range(tasks):
        queue.append(client.submit(noop, n, key=f"bench-noop-{start}-{n}"))
        if len(queue) >= window:
            queue.popleft().result()
    while queue:
        queue.popleft().result()
    return (time.perf_counter() - start) / tasks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--records", type=int, default=20000)
    parser.add_argument("--workers", default="1,2,4")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--memory-files", type=int, default=0, help="also: the client's peak over this many files"
    )
    args = parser.parse_args()
    from distributed import Client
    from newsctl.cli.cluster import loopback_cluster

    print(f"cores: {os.cpu_count()}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        articles = folder / "articles"
        write_articles(articles, args.files)
        corpus = folder / "corpus.jsonl"
        write_corpus(corpus, args.records)
        inputs = {
            "files": (["-r", str(articles)], args.files),
            "corpus": ([str(corpus)], args.records),
        }
        expected: dict[str, bytes] = {}
        rows: list[tuple[str, str, float, int, int]] = []
        for name, (paths, count) in inputs.items():
            for jobs in (1, 2):
                out = folder / f"{name}-jobs{jobs}.jsonl"
                elapsed, rss = best(["parse", "-q", "--jobs", str(jobs), *paths], out, args.repeat)
                rows.append((name, f"--jobs {jobs}", elapsed, count, rss))
                expected.setdefault(name, out.read_bytes())
                assert out.read_bytes() == expected[name], f"--jobs {jobs} differs"
        overheads: list[tuple[int, float]] = []
        for workers in (int(w) for w in args.workers.split(",")):
            with (
                loopback_cluster(workers) as cluster,
                Client(cluster, set_as_default=False) as client,
            ):
                client.wait_for_workers(workers, timeout=120)
                overhead(client, 50)  # warm up
                overheads.append((workers, overhead(client)))
                address = cluster.scheduler_address
                for name, (paths, count) in inputs.items():
                    modes = ([], ["--read-on-workers"]) if name == "files" else ([],)
                    for mode in modes:
                        out = folder / f"{name}-cluster.jsonl"
                        argv = ["parse", "-q", "--scheduler", address, *mode, *paths]
                        elapsed, rss = best(argv, out, args.repeat)
                        label = f"{workers} worker{'s' if workers > 1 else ''} " + (
                            "(read on workers)" if mode else "(read by the client)"
                        )
                        rows.append((name, label, elapsed, count, rss))
                        assert out.read_bytes() == expected[name], f"{label} differs"
        if args.memory_files:  # the client's memory stays flat: 10x the files, 2 workers
            many = folder / "many"
            write_articles(many, args.memory_files)
            with (
                loopback_cluster(2) as cluster,
                Client(cluster, set_as_default=False),
            ):
                for mode in ([], ["--read-on-workers"]):
                    argv = ["parse", "-q", "--scheduler", cluster.scheduler_address, *mode]
                    elapsed, rss = run([*argv, "-r", str(many)], folder / "many.jsonl")
                    label = "2 workers " + ("(read on workers)" if mode else "(read by the client)")
                    rows.append(("files", label, elapsed, args.memory_files, rss))
        print("| input | run | records/s | wall time | client peak RSS |")
        print("| --- | --- | --- | --- | --- |")
        for name, label, elapsed, count, rss in rows:
            what = f"{count:,} articles" if name == "files" else f"a corpus of {count:,} records"
            print(f"| {what} | {label} | {count / elapsed:,.0f} | {elapsed:.1f} s | {rss} MiB |")
        print()
        for workers, seconds in overheads:
            print(f"empty task round trip, {workers} worker(s): {seconds * 1000:.2f} ms")
        print("every output byte for byte the --jobs 1 one")


if __name__ == "__main__":
    main()
