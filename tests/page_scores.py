"""Scoring newsctl against a gold table of real pages: the development corpus (tests/pages) and
the shared corpus (../shared/corpus). Shared by tests/test_pages.py and benchmarks/accuracy.py.

A page's date is right when the date is, and its time and offset too where the gold gives them;
"no date" (``-``) is right when newsctl gives none. The other fields are compared as written, a
missing value (empty, or ``-`` for the headline) against None.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import newsctl

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "pages"
FIELDS = ("date", "updated", "headline", "byline", "dateline")


class Row(NamedTuple):
    path: Path
    gold: dict[str, str]
    article: newsctl.Article

    def right(self, field: str) -> bool:
        return got(self.article, field) == wanted(self.gold, field)


def load(table: Path) -> list[dict[str, str]]:
    with table.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def rows(table: Path) -> Iterator[Row]:
    for gold in load(table):
        path = table.parent / gold["file"]
        yield Row(path, gold, newsctl.read_articles(path)[0])


def wanted(gold: dict[str, str], field: str) -> str | None:
    """The gold value of a field, in the form ``got`` gives it."""
    if field == "date":
        if gold["date"] in ("", "-"):
            return None
        return " ".join(x for x in (gold["date"], gold.get("time"), gold.get("utc_offset")) if x)
    value = (gold.get(field) or "").strip()
    return None if value in ("", "-") else value


def got(article: newsctl.Article, field: str) -> str | None:
    if field == "date":
        if article.date is None:
            return None
        return article.date.isoformat()
    value = getattr(article, field)
    return None if value is None else str(value).strip()


def date_right(row: Row) -> bool:
    """The date, and the time and offset where the gold gives them."""
    gold, article = row.gold, row.article
    if gold["date"] in ("", "-"):
        return article.date is None
    if article.date is None or article.date.isoformat() != gold["date"]:
        return False
    if gold.get("time") and article.time != gold["time"]:
        return False
    return not gold.get("utc_offset") or article.utc_offset == gold["utc_offset"]


def score(table: Path) -> tuple[int, dict[str, int], list[Row]]:
    """(pages, right answers per field, the rows) for a gold table."""
    all_rows = list(rows(table))
    right = {field: 0 for field in FIELDS if field in all_rows[0].gold} if all_rows else {}
    for row in all_rows:
        for field in right:
            right[field] += date_right(row) if field == "date" else row.right(field)
    return len(all_rows), right, all_rows
