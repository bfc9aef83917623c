"""Start-up time: `newsctl --version` and `newsctl parse <reference>` against `import click`.

Run: .venv/bin/python benchmarks/startup.py [--runs 40] [--wheel]

Each command runs --runs times as a fresh process (after two warm-up runs, so the regex cache
and the OS file cache are warm, as in a shell loop); the script prints each median wall time and
its ratio to the bare `python -c "import click"`. Target: both newsctl commands within 1.5 times.
The package's bytecode is compiled first, as `pip install` does (an editable checkout run with
PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module from source at every start).
With ``--wheel`` the same is measured a second time with newsctl built as a wheel and installed
alone in a temporary virtual environment (no editable install's import hook), beside the first.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _shared import compile_bytecode

ROOT = Path(__file__).resolve().parent.parent
NEWSCTL = str(Path(sys.executable).parent / "newsctl")
REFERENCE = str(ROOT / "samples" / "abna-mehr-reference.txt")

def commands(python: str, newsctl: str) -> dict[str, list[str]]:
    return {
        "python -c 'import click'": [python, "-c", "import click"],
        "newsctl --version": [newsctl, "--version"],
        "newsctl parse <reference article>": [newsctl, "parse", REFERENCE],
    }


COMMANDS = commands(sys.executable, NEWSCTL)


def median_time(argv: list[str], runs: int) -> float:
    for _ in range(2):
        subprocess.run(argv, stdout=subprocess.DEVNULL, check=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=40)
    ap.add_argument("--wheel", action="store_true", help="also from a wheel installed alone")
    args = ap.parse_args()
    compile_bytecode()
    report("editable install", COMMANDS, args.runs)
    if args.wheel:
        import tempfile

        with tempfile.TemporaryDirectory(prefix="newsctl-wheel-") as name:
            folder = Path(name)
            build = [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir",
                     str(folder / "dist"), str(ROOT)]  # fmt: skip
            subprocess.run(build, check=True, capture_output=True)
            subprocess.run([sys.executable, "-m", "venv", str(folder / "venv")], check=True)
            wheel = next((folder / "dist").glob("newsctl-*.whl"))
            bin_dir = folder / "venv" / "bin"
            pip = [str(bin_dir / "pip"), "install", "-q", str(wheel)]
            subprocess.run(pip, check=True, capture_output=True)
            report("wheel", commands(str(bin_dir / "python"), str(bin_dir / "newsctl")), args.runs)


def report(mode: str, argvs: dict[str, list[str]], runs: int) -> None:
    results = {name: median_time(argv, runs) for name, argv in argvs.items()}
    base = results["python -c 'import click'"]
    for name, seconds in results.items():
        ratio = seconds / base
        print(f"{mode:17} {name:36} {seconds * 1000:7.1f} ms   {ratio:4.2f} x import click")

if __name__ == "__main__":
    main()
