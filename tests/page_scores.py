"""Scoring newsctl against a gold table of real pages: the development corpus (tests/pages) and
the shared corpus (../shared/corpus). Shared by tests/test_pages.py and benchmarks/accuracy.py.

A page's date is right when the date is, and its time and offset too where the gold gives them;
"no date" (``-``) is right when newsctl gives none. The other fields are compared as written, a
missing value (empty, or ``-`` for the headline) against None.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

import newsctl

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "pages"
FIELDS = ("date", "updated", "headline", "byline", "dateline")
PARTS = ("tuning", "validation")

# Hosts that serve many publishers: the outlet is the sub-domain (a blog), not the host.
_PLATFORMS = ("blogspot.com", "wordpress.com", "blogs.com")
# Second-level labels under a country code: ahram.org.eg, okaz.com.sa, alqudsalarabi.co.uk.
# second-level labels under a country's code (gov.sa, ac.id; or.id and go.id, Indonesia's and
# Japan's bodies: arsip.muhammadiyah.or.id is muhammadiyah.or.id, not the outlet or.id)
_SECOND_LEVEL = {"com", "co", "org", "or", "net", "gov", "go", "edu", "ac", "info", "news"}


class Row(NamedTuple):
    path: Path
    gold: dict[str, str]
    article: newsctl.Article

    def right(self, field: str) -> bool:
        return got(self.article, field) == wanted(self.gold, field)


def load(table: Path) -> list[dict[str, str]]:
    with table.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def outlet(url: str) -> str:
    """The outlet a page is from: the registered domain of its address (``amp.skynewsarabia.com``
    and ``skynewsarabia.com`` are one outlet; a blog on a blog host is an outlet of its own)."""
    host = (urlsplit(url).hostname or url).lower().rstrip(".").removeprefix("www.")
    if re.fullmatch(r"[\d.]+", host):
        return host
    labels = host.split(".")
    for platform in _PLATFORMS:
        if host.endswith("." + platform):
            return ".".join(labels[-len(platform.split(".")) - 1 :])
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def part(gold: dict[str, str]) -> str:
    """The fixed split by outlet, never changed: the first byte of the SHA-256 of the outlet's
    domain below 86 (about a third) puts every page of that outlet in validation, the rest in
    tuning. Rules and weights are changed while looking at tuning pages only."""
    first = hashlib.sha256(outlet(gold["url"]).encode()).digest()[0]
    return "validation" if first < 86 else "tuning"


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


def score(table: Path, only: str | None = None) -> tuple[int, dict[str, int], list[Row]]:
    """(pages, right answers per field, the rows) for a gold table, or for one part of it."""
    all_rows = [row for row in rows(table) if only is None or part(row.gold) == only]
    right = {field: 0 for field in FIELDS if field in all_rows[0].gold} if all_rows else {}
    for row in all_rows:
        for field in right:
            right[field] += date_right(row) if field == "date" else row.right(field)
    return len(all_rows), right, all_rows
