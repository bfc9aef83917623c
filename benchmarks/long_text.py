"""Peak memory and time of `newsctl parse` on one long plain-text article: only its start is
parsed (4,000,000 characters, ``too-long``), and only its start should be read.

Run: .venv/bin/python benchmarks/long_text.py [--sizes 10M,100M] [--runs 3]

Each size is a file of ordinary article text (the reference article's story, repeated) in
UTF-8, run through the installed program with GNU time (``/usr/bin/time -f '%U %S %M'``), a fresh
process each time; the figures are the least of ``--runs`` runs.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWSCTL = str(Path(sys.executable).parent / "newsctl")
TIME = "/usr/bin/time"
REFERENCE = ROOT / "samples" / "abna-mehr-reference.txt"
MB = 1024 * 1024


def write(path: Path, size: int) -> None:
    text = REFERENCE.read_text("utf-8")
    unit = (text[text.index("أكد") :] + "\n").encode("utf-8")
    with path.open("wb") as out:
        written = 0
        while written < size:
            out.write(unit)
            written += len(unit)


def run(path: Path) -> tuple[float, int]:
    """CPU seconds (user and system) and peak RSS (MiB) of `newsctl parse FILE`."""
    with tempfile.NamedTemporaryFile(prefix="newsctl-rss-") as report:
        subprocess.run(
            [TIME, "-f", "%U %S %M", "-o", report.name, NEWSCTL, "parse", "--max-bytes", "200M",
             str(path)],
            stdout=subprocess.DEVNULL,
            check=True,
        )  # fmt: skip
        user, system, peak = Path(report.name).read_text().split()[-3:]
        return float(user) + float(system), int(peak) // 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--sizes", default="10M,100M")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsctl-long-") as name:
        for label in args.sizes.split(","):
            size = int(float(label.rstrip("M")) * MB)
            path = Path(name) / "long.txt"
            write(path, size)
            results = [run(path) for _ in range(args.runs)]
            seconds = min(s for s, _ in results)
            peak = min(m for _, m in results)
            print(f"{label:>6}: peak {peak} MiB, {seconds:.2f} CPU s (least of {args.runs} runs)")
            path.unlink()


if __name__ == "__main__":
    main()
