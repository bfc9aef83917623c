"""Accuracy on real pages: every field of the development corpus (tests/pages, 133 replicas of real
pages from 128 outlets) and the publication dates of ../shared/corpus, beside dateparser.

Run: .venv/bin/pip install -e '.[bench]' && .venv/bin/python benchmarks/accuracy.py [--list]

For newsctl, a date is right when the date is (and its time and offset, where the gold gives
them), and "no date" is right when the gold says "-"; headline, byline, dateline and updated are
compared as written. For dateparser, the obvious alternative, the first hit of
``search_dates(text, languages=['ar'])`` is compared on the date alone. ``--list`` prints every
page newsctl gets wrong.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the scoring is shared with the test suite

from _shared import SHARED  # noqa: E402
from page_scores import FIELDS, PAGES, Row, date_right, score  # noqa: E402


def dateparser_first_hit() -> object:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None

    def first(text: str) -> str | None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            hits = search_dates(text, languages=["ar"])
        return hits[0][1].date().isoformat() if hits else None

    return first


def their_score(rows: list[Row], first: object) -> int | None:
    if first is None:
        return None
    right = 0
    for row in rows:
        hit = first(row.path.read_text("utf-8", "replace"))  # type: ignore[operator]
        expected = None if row.gold["date"] in ("", "-") else row.gold["date"]
        right += hit == expected
    return right


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print the pages newsctl gets wrong")
    args = parser.parse_args()
    first = dateparser_first_hit()
    tables = [("development corpus (tests/pages)", PAGES / "gold.tsv")]
    shared = SHARED / "corpus" / "gold.tsv"
    if shared.exists():
        tables.append(("../shared/corpus", shared))
    else:
        print(f"skipped: {shared} is absent (the shared data is only beside the CI checkout)")
    print(f"{'corpus':34} {'pages':>5}  " + "  ".join(f"{f:>9}" for f in FIELDS) + "  dateparser")
    for name, table in tables:
        pages, right, rows = score(table)
        cells = "  ".join(
            f"{right[f]:>4} {100 * right[f] / pages:3.0f}%" if f in right else f"{'-':>9}"
            for f in FIELDS
        )
        theirs = their_score(rows, first)
        shown = "not installed" if theirs is None else f"{theirs}/{pages} dates"
        print(f"{name:34} {pages:>5}  {cells}  {shown}")
        if args.list:
            for row in rows:
                wrong = [f for f in right if not (date_right(row) if f == "date" else row.right(f))]
                for f in wrong:
                    print(f"    {row.path.name}: {f}")


if __name__ == "__main__":
    main()
