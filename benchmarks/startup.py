"""Start-up time: `newsctl --version` and `newsctl parse <reference>` against `import click`.

Run: .venv/bin/python benchmarks/startup.py [--runs 40]

Each command runs --runs times as a fresh process (after two warm-up runs, so the regex cache
and the OS file cache are warm, as in a shell loop); the script prints each median wall time and
its ratio to the bare `python -c "import click"`. Target: both newsctl commands within 1.5 times.
The package's bytecode is compiled first, as `pip install` does (an editable checkout run with
PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module from source at every start).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWSCTL = str(Path(sys.executable).parent / "newsctl")
REFERENCE = str(ROOT / "samples" / "abna-mehr-reference.txt")

COMMANDS = {
    "python -c 'import click'": [sys.executable, "-c", "import click"],
    "newsctl --version": [NEWSCTL, "--version"],
    "newsctl parse <reference article>": [NEWSCTL, "parse", REFERENCE],
}


def median_time(argv: list[str], runs: int) -> float:
    for _ in range(2):
        subprocess.run(argv, stdout=subprocess.DEVNULL, check=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def compile_bytecode() -> None:
    import compileall
    import importlib

    for name in ("newsctl", "newsctl.cli"):
        for folder in importlib.import_module(name).__path__:
            compileall.compile_dir(folder, quiet=1)  # the wings (text, dates, articles) too


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=40)
    args = ap.parse_args()
    compile_bytecode()
    results = {name: median_time(argv, args.runs) for name, argv in COMMANDS.items()}
    base = results["python -c 'import click'"]
    for name, seconds in results.items():
        print(f"{name:36} {seconds * 1000:7.1f} ms   {seconds / base:4.2f} x import click")


if __name__ == "__main__":
    main()
