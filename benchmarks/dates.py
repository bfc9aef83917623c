"""Date benchmark: newsctl against dateparser on ../shared/bench/arabic_dates_1000.tsv.

Run: .venv/bin/pip install -e '.[bench]' && .venv/bin/python benchmarks/dates.py

Both parse every string of the file in the same run; the script prints each one's throughput
(strings per second, best of several passes), accuracy against the expected values, and the ratio.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

from _shared import shared_file


def load() -> list[tuple[str, str]]:
    lines = shared_file("bench", "arabic_dates_1000.tsv").read_text("utf-8").splitlines()[1:]
    rows = []
    for line in lines:
        text, expected = line.split("\t")
        rows.append((text, expected))
    return rows


def newsctl_parser() -> Callable[[str], str | None]:
    from newsctl import NewsctlError, parse_date

    def parse(text: str) -> str | None:
        try:
            r = parse_date(text)
        except NewsctlError:
            return None
        clock = r.time.isoformat() if r.time else "00:00:00"
        return f"{r.date.isoformat()}T{clock}"

    return parse


def dateparser_parser() -> Callable[[str], str | None] | None:
    try:
        import dateparser
    except ImportError:
        return None
    settings: dict[str, Any] = {"PREFER_DAY_OF_MONTH": "first"}

    def parse(text: str) -> str | None:
        moment = dateparser.parse(text, languages=["ar"], settings=settings)
        return None if moment is None else moment.replace(tzinfo=None).isoformat()

    return parse


def measure(
    parse: Callable[[str], str | None], rows: list[tuple[str, str]], passes: int
) -> tuple[float, int, list[tuple[str, str, str | None]]]:
    """(strings per second, best pass; correct answers; the wrong ones)."""
    best = float("inf")
    wrong: list[tuple[str, str, str | None]] = []
    for _ in range(passes):
        wrong = []
        start = time.perf_counter()
        for text, expected in rows:
            got = parse(text)
            if got != expected:
                wrong.append((text, expected, got))
        best = min(best, time.perf_counter() - start)
    return len(rows) / best, len(rows) - len(wrong), wrong


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passes", type=int, default=5, help="passes over the file (best is kept)")
    args = ap.parse_args()
    rows = load()
    ours = newsctl_parser()
    ours(rows[0][0])  # load the tables and compile the grammar outside the timing
    rate, correct, wrong = measure(ours, rows, args.passes)
    print(f"newsctl:    {rate:>10,.0f} strings/s   {correct}/{len(rows)} correct")
    for text, expected, got in wrong[:5]:
        print(f"  wrong: {text!r} expected {expected} got {got}")
    theirs = dateparser_parser()
    if theirs is None:
        print("dateparser: not installed (pip install -e '.[bench]'); no comparison")
        return
    theirs(rows[0][0])
    their_rate, their_correct, _ = measure(theirs, rows, max(1, args.passes // 2))
    print(f"dateparser: {their_rate:>10,.0f} strings/s   {their_correct}/{len(rows)} correct")
    print(f"ratio:      {rate / their_rate:>10,.0f} x")


if __name__ == "__main__":
    main()
