"""End-to-end throughput and memory of `newsctl parse` on a folder of articles.

Run: .venv/bin/python benchmarks/throughput.py [--files 2000] [--memory-files 10000] [--pages]

It writes N varied seed-size articles (``--pages``: the development corpus's pages,
``tests/pages/*.txt``, each in turn) to a temporary folder and measures, in the same run:
- the practical limit: a plain Python process that only reads, decodes and JSON-dumps each file;
- `newsctl parse -r FOLDER` (files to JSON Lines) with --jobs 1 and --jobs 2;
- the peak memory (max RSS) of `newsctl parse` over 10x and 100x as many small files;
- with --stages, the share of each stage of the per-article work (in process, cProfile).
Each figure is the best of --repeat runs; every run is a fresh process, start-up included (the
package's bytecode compiled first, as ``pip install`` does).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _shared import compile_bytecode

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "samples" / "abna-mehr-reference.txt"
PAGES = ROOT / "tests" / "pages"
NEWSCTL = str(Path(sys.executable).parent / "newsctl")

PLAIN_LOOP = """
import json, os, sys
out = open(os.devnull, "w", encoding="utf-8")
folder = sys.argv[1]
for name in sorted(os.listdir(folder)):
    path = os.path.join(folder, name)
    with open(path, "rb") as handle:
        text = handle.read().decode("utf-8")
    out.write(json.dumps({"path": path, "text": text}, ensure_ascii=False) + "\\n")
"""

MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو")
DIGITS = "٠١٢٣٤٥٦٧٨٩"


def arabic(number: int) -> str:
    return "".join(DIGITS[int(c)] for c in str(number))


def write_articles(folder: Path, count: int, *, small: bool = False) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    seed = REFERENCE.read_text("utf-8")
    head, _, _ = seed.partition("أكد الرئيس")
    for i in range(count):
        day, month = 1 + i % 28, MONTHS[i % len(MONTHS)]
        text = seed if not small else head + "نص قصير.\n"
        text = text.replace("١٩ يناير", f"{arabic(day)} {month}").replace("1220514", str(10**6 + i))
        text = text.replace("الأربعاء\n", "")  # the weekday would not match every day
        (folder / f"article-{i:06d}.txt").write_text(text, "utf-8")


def write_pages(folder: Path, count: int) -> int:
    """``count`` files: the pages of ``tests/pages`` in turn (each under its own new name);
    their mean size in bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    pages = [p.read_bytes() for p in sorted(PAGES.glob("*.txt"))]
    for i in range(count):
        (folder / f"page-{i:06d}.txt").write_bytes(pages[i % len(pages)])
    return sum(len(pages[i % len(pages)]) for i in range(count)) // count


# The stages of one article as ``parse`` runs them (cli.runner.read_input), each named by the
# function that runs it: (label, module file, function name, run inside items_from_bytes).
STAGES = (
    ("read the file (stat, open, read)", "newsctl/reader.py", "read_bytes", False),
    ("decode, sniff, reference header", "newsctl/reader.py", "items_from_bytes", False),
    ("fold", "newsctl/text/fold.py", "__init__", True),
    ("split lines", "newsctl/articles/lines.py", "split_lines", True),
    ("date scan (find_dates)", "newsctl/dates/scan.py", "find_in", True),
    ("lines classified", "newsctl/articles/lines.py", "attach", True),
    ("page read by evidence", "newsctl/articles/page.py", "read_page", True),
    ("record built", "newsctl/parser.py", "build", True),
    ("record written (to_dict, JSON)", "cli/runner.py", "_prepared", False),
)


def stage_profile(folder: Path, passes: int) -> None:
    """The share of each stage in ``parse --jobs 1``'s per-article work, in process (cProfile's
    cumulative time of the function that runs it; start-up and the output stream left out)."""
    import cProfile
    import pstats

    from newsctl.cli.cmd_parse import Prepare
    from newsctl.cli.runner import Options, read_input

    paths = sorted(str(p) for p in folder.iterdir())
    options = Options(max_bytes=20_000_000, prepare=Prepare(None, False, "jsonl", None))

    def work() -> None:
        for _ in range(passes):
            for path in paths:
                read_input(path, None, options)

    work()  # tables loaded, patterns compiled
    profile = cProfile.Profile()
    profile.runcall(work)
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    cumulative: dict[str, float] = {}
    total = 0.0
    for (file, _, name), (_, _, _, cum, _) in stats.items():
        if name == "read_input" and file.endswith("cli/runner.py"):
            total += cum
        for label, module, function, _ in STAGES:
            if name == function and file.endswith(module):
                cumulative[label] = cumulative.get(label, 0.0) + cum
    inner = sum(cumulative.get(label, 0.0) for label, _, _, inside in STAGES if inside)
    cumulative["decode, sniff, reference header"] -= inner
    count = passes * len(paths)
    print(f"per-stage profile of parse --jobs 1, in process ({count} articles, cProfile):")
    for label, _, _, _ in STAGES:
        value = cumulative.get(label, 0.0)
        print(f"  {label:<34} {100 * value / total:5.1f}%  {1e6 * value / count:8.0f} us")
    rest = total - sum(cumulative.values())
    print(f"  {'the rest (runner, warnings, ...)':<34} {100 * rest / total:5.1f}%  "
          f"{1e6 * rest / count:8.0f} us")  # fmt: skip


def run(argv: list[str]) -> tuple[float, int, float]:
    """Wall time, peak RSS (KiB) and CPU time (user and system, its workers included) of one
    child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode() if proc.stderr else ""
    # 1: some article had a problem said on stderr (a page of tests/pages gives an impossible
    # date, 0000-00-00), its record still written; anything else is a failure of the run
    if os.waitstatus_to_exitcode(status) not in (0, 1) or "internal error" in err:
        raise SystemExit(f"{argv[:3]} failed: {err}")
    return elapsed, usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def best(argv: list[str], repeat: int) -> tuple[float, float]:
    """The best wall time and the best CPU time of ``repeat`` runs."""
    runs = [run(argv) for _ in range(repeat)]
    return min(r[0] for r in runs), min(r[2] for r in runs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--memory-files", type=int, default=10000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--pages", action="store_true", help="the pages of tests/pages in turn, not the seed"
    )
    ap.add_argument(
        "--stages", action="store_true", help="also print a per-stage profile (in process)"
    )
    args = ap.parse_args()
    compile_bytecode()
    work = Path(tempfile.mkdtemp(prefix="newsctl-bench-"))
    try:
        folder = work / "articles"
        if args.pages:
            size = write_pages(folder, args.files)
            what = f"pages of tests/pages in turn ({size} bytes each on average)"
        else:
            write_articles(folder, args.files)
            what = f"seed-size articles ({REFERENCE.stat().st_size} bytes each)"
        n = args.files
        limit, limit_cpu = best([sys.executable, "-c", PLAIN_LOOP, str(folder)], args.repeat)
        one, one_cpu = best([NEWSCTL, "parse", "-r", str(folder), "-q", "--jobs", "1"], args.repeat)
        two, _ = best([NEWSCTL, "parse", "-r", str(folder), "-q", "--jobs", "2"], args.repeat)
        print(f"files: {n} {what}")
        print(f"plain read+decode+json loop: {n / limit:>9,.0f} files/s  (the practical limit)")
        print(
            f"newsctl parse --jobs 1:      {n / one:>9,.0f} files/s  "
            f"({limit / one:.3f} of the limit; in CPU time {limit_cpu / one_cpu:.3f})"
        )
        print(
            f"newsctl parse --jobs 2:      {n / two:>9,.0f} files/s  ({one / two:.2f} x --jobs 1)"
        )
        if args.stages:
            stage_profile(folder, max(1, 1000 // n))
        shutil.rmtree(folder)
        small, large = args.memory_files, args.memory_files * 10
        write_articles(work / "small", small, small=True)
        write_articles(work / "large", large, small=True)
        _, rss_small, _ = run([NEWSCTL, "parse", "-r", str(work / "small"), "-q"])
        _, rss_large, _ = run([NEWSCTL, "parse", "-r", str(work / "large"), "-q"])
        print(
            f"peak memory, {small:,} files: {rss_small / 1024:.1f} MiB; "
            f"{large:,} files: {rss_large / 1024:.1f} MiB ({rss_large / rss_small:.2f} x)"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
