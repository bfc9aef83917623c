"""The tuning pages newsctl gets wrong, field by field: the file, the gold value and what newsctl
gave. Validation pages are never listed (they are scored as a whole by benchmarks/accuracy.py).

Run: .venv/bin/python benchmarks/misses.py [--field date|updated|headline|byline|dateline]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the scoring is shared with the test suite

from page_scores import FIELDS, PAGES, Row, date_right, got, part, rows, wanted  # noqa: E402


def right(row: Row, field: str) -> bool:
    return date_right(row) if field == "date" else row.right(field)


def shown(row: Row, field: str) -> tuple[str | None, str | None]:
    """(gold, got) as the scoring compares them."""
    if field != "date":
        return wanted(row.gold, field), got(row.article, field)
    article = row.article
    given = None
    if article.date is not None:
        parts = (article.date.isoformat(), article.time, article.utc_offset)
        given = " ".join(x for x in parts if x)
    return wanted(row.gold, "date"), given


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--field", choices=FIELDS, action="append")
    args = parser.parse_args()
    fields = args.field or list(FIELDS)
    for row in rows(PAGES / "gold.tsv"):
        if part(row.gold) != "tuning":
            continue
        for field in fields:
            if not right(row, field):
                gold, given = shown(row, field)
                print(f"{row.path.name}\t{field}\tgold: {gold!r}\tgot: {given!r}")


if __name__ == "__main__":
    main()
