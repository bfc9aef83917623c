"""Date benchmark: newsctl against dateparser on three sets, each printed.

Run: .venv/bin/pip install -e '.[bench]' && .venv/bin/python benchmarks/dates.py

1. ``../shared/bench/arabic_dates_1000.tsv``: 1,000 date strings with their expected values
   (``parse_date`` against ``dateparser.parse``): throughput, accuracy, and how many strings
   took ``parse_date``'s quick path (a string split on spaces, no grammar).
2. Date strings cut from the development corpus's pages (``tests/pages/*.txt``): every span the
   date grammar finds in them (``find_dates``), in the proportions the pages have them (dates,
   times, relative expressions, every form), each given alone to ``parse_date`` and to
   ``dateparser.parse``: throughput, and how many each reads as a date.
3. The pages whole: ``find_dates`` against ``dateparser.search.search_dates``: pages per second.

Both run in the same process on the same strings; each rate is the best of several passes
(``--passes``; dateparser gets half as many in sets 1 and 3). In set 2 the two tools' passes are
interleaved (newsctl, dateparser, newsctl, ...) and the ratio is taken from those paired bests: on
a shared machine, passes run one tool after the other gave ratios from 15x to 34x in three runs.
"""

from __future__ import annotations

import argparse
import datetime
import time
from collections.abc import Callable
from typing import Any

from _shared import ROOT, shared_file

PAGES = ROOT / "tests" / "pages"


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
        start = time.process_time()
        for text, expected in rows:
            got = parse(text)
            if got != expected:
                wrong.append((text, expected, got))
        best = min(best, time.process_time() - start)
    return len(rows) / best, len(rows) - len(wrong), wrong


def page_texts(limit: int) -> list[str]:
    return [p.read_text("utf-8") for p in sorted(PAGES.glob("*.txt"))][:limit]


def page_strings(texts: list[str]) -> list[tuple[str, str]]:
    """Every span the date grammar finds in the pages, as written (no expected value: '')."""
    from newsctl import find_dates

    return [(m.text, "") for text in texts for m in find_dates(text)]


def quick_share(rows: list[tuple[str, str]]) -> int:
    """How many strings ``parse_date`` reads on its quick path (no grammar)."""
    from newsctl import NewsctlError
    from newsctl.dates.parse import SIMPLE_CHARS, _simple
    from newsctl.text.fold import fold_text

    count = 0
    now = datetime.datetime.now()  # a relative count (منذ عام) is read from a moment
    for text, _ in rows:
        folded = fold_text(text)
        if len(folded) >= SIMPLE_CHARS:
            continue
        try:
            count += _simple(folded, now) is not None
        except NewsctlError:
            count += 1  # a lone time: no date, said at once
    return count


def rate(func: Callable[[], object], count: int, passes: int) -> float:
    best = float("inf")
    for _ in range(passes):
        start = time.process_time()
        func()
        best = min(best, time.process_time() - start)
    return count / best


def paired_rates(
    ours: Callable[[str], object], theirs: Callable[[str], object], texts: list[str], passes: int
) -> tuple[float, float]:
    """Both parsers' best rates over the same strings, their passes interleaved (ours, theirs,
    ours, ...): a machine shared with other jobs slows both alike, where passes run one set
    after the other would give one tool the quiet minutes and the other the busy ones."""
    best = [float("inf"), float("inf")]
    for _ in range(passes):
        for k, func in enumerate((ours, theirs)):
            start = time.process_time()
            for text in texts:
                func(text)
            best[k] = min(best[k], time.process_time() - start)
    return len(texts) / best[0], len(texts) / best[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--passes", type=int, default=5, help="passes over each set (best is kept)")
    ap.add_argument("--pages", type=int, default=1000, help="pages of tests/pages to use")
    ap.add_argument("--sets", default="1,2,3", help="which sets to run")
    args = ap.parse_args()
    sets = args.sets.split(",")
    ours = newsctl_parser()
    theirs = dateparser_parser()
    if theirs is None:
        print("dateparser: not installed (pip install -e '.[bench]'); no comparison")
    if "1" in sets:
        rows = load()
        ours(rows[0][0])  # load the tables and compile the grammar outside the timing
        our_rate, correct, wrong = measure(ours, rows, args.passes)
        print(f"1. the 1,000 strings of ../shared/bench ({quick_share(rows)} of them on the "
              "quick path)")  # fmt: skip
        print(f"   newsctl:    {our_rate:>10,.0f} strings/s   {correct}/{len(rows)} correct")
        for text, expected, got in wrong[:5]:
            print(f"     wrong: {text!r} expected {expected} got {got}")
        if theirs is not None:
            theirs(rows[0][0])
            their_rate, their_correct, _ = measure(theirs, rows, max(1, args.passes // 2))
            print(f"   dateparser: {their_rate:>10,.0f} strings/s   "
                  f"{their_correct}/{len(rows)} correct")  # fmt: skip
            print(f"   ratio:      {our_rate / their_rate:>10,.1f} x")
    texts = page_texts(args.pages)
    if "2" in sets:
        rows = page_strings(texts)
        ours(rows[0][0])
        our_rate, _, wrong = measure(ours, rows, args.passes)
        read = sum(got is not None for _, _, got in wrong)
        print(f"2. {len(rows)} date strings cut from {len(texts)} pages of tests/pages "
              f"({quick_share(rows)} of them on the quick path)")  # fmt: skip
        if theirs is None:
            print(f"   newsctl:    {our_rate:>10,.0f} strings/s   {read} read as a date")
        else:
            _, _, their_wrong = measure(theirs, rows, 1)
            their_read = sum(got is not None for _, _, got in their_wrong)
            strings = [text for text, _ in rows]
            our_rate, their_rate = paired_rates(ours, theirs, strings, args.passes)
            print(f"   newsctl:    {our_rate:>10,.0f} strings/s   {read} read as a date")
            print(f"   dateparser: {their_rate:>10,.0f} strings/s   {their_read} read as a date")
            print(f"   ratio:      {our_rate / their_rate:>10,.1f} x (passes interleaved)")
    if "3" in sets:
        from newsctl import find_dates

        our_rate = rate(lambda: [find_dates(t) for t in texts], len(texts), args.passes)
        print(f"3. {len(texts)} pages of tests/pages, whole")
        print(f"   newsctl find_dates:      {our_rate:>8,.1f} pages/s")
        if theirs is not None:
            from dateparser.search import search_dates

            def search() -> None:
                for t in texts:
                    search_dates(t, languages=["ar"])

            their_rate = rate(search, len(texts), max(1, args.passes // 2))
            print(f"   dateparser search_dates: {their_rate:>8,.1f} pages/s")
            print(f"   ratio:                   {our_rate / their_rate:>8,.1f} x")


if __name__ == "__main__":
    main()
