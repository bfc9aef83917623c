"""Accuracy on real pages: every field of the development corpus (tests/pages, 231 replicas of real
pages from 225 outlets), printed for its tuning and validation parts (split by outlet, see
tests/page_scores.py), the publication dates of ../shared/corpus, and the saved web pages of
samples/html, beside dateparser and htmldate.

Run: .venv/bin/pip install -e '.[bench]' && .venv/bin/python benchmarks/accuracy.py [--list]
     NEWSCTL_REALPAGES=~/realpages .venv/bin/python benchmarks/accuracy.py --real [--list]

``--real`` scores the development set of real saved pages (tests/realpages/manifest.tsv, the pages
laid out as benchmarks/realpages.md says) field by field, beside htmldate (date) and trafilatura
(date and title), each given the page's bytes in the same process; and the main text of the pages
that tests/realpages/maintext.tsv gives a gold for: token F1 (words, case folded; see
tests/real_pages.py) of the record's lead and body, and of trafilatura's ``extract`` (default
settings, the page's address given), against the page's visible text between the gold's anchors.

For newsctl, a date is right when the date is (and its time and offset, where the gold gives
them), and "no date" is right when the gold says "-"; headline, byline, dateline and updated are
compared as written. For dateparser, the obvious alternative for text, the first hit of
``search_dates(text, languages=['ar'])`` is compared on the date alone; for htmldate, the
alternative for web pages, ``find_date`` (original date first, then the updated one) on the date
alone, in the same process. The development corpus is also given to both as bare web pages (each
line a ``<p>``, no metadata), to see what each reads of the visible text alone. ``--list`` prints
every tuning page newsctl gets wrong (validation pages are scored, never listed).
"""

from __future__ import annotations

import argparse
import contextlib
import html
import importlib
import sys
import warnings
from pathlib import Path
from statistics import mean
from typing import Any

import newsctl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the scoring is shared with the test suite

from _shared import SHARED  # noqa: E402
from page_scores import FIELDS, PAGES, PARTS, Row, date_right, score  # noqa: E402

HTML_PAGES = ROOT / "samples" / "html"


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


def htmldate_finder() -> object:
    try:
        from htmldate import find_date
    except ImportError:
        return None

    def first(html: str) -> str | None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = find_date(html, original_date=True, outputformat="%Y-%m-%d")
            if found is None:
                found = find_date(html, original_date=False, outputformat="%Y-%m-%d")
        return None if found is None else str(found)

    return first


def bare_html(text: str) -> str:
    """A text page as the barest web page: each line a paragraph, no metadata."""
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    head = '<!DOCTYPE html>\n<html lang="ar"><head><meta charset="utf-8"></head>'
    return f"{head}<body>\n{body}\n</body></html>\n"


def html_scores(rows: list[Row], finder: object, *, bare: bool) -> tuple[int, int | None]:
    """newsctl's and htmldate's right dates on the pages as web pages."""
    ours = theirs = 0
    for row in rows:
        page = row.path.read_text("utf-8", "replace")
        if bare:
            page = bare_html(page)
            article = newsctl.parse_article(page, path=str(row.path))
            ours += date_right(Row(row.path, row.gold, article))
        else:
            ours += date_right(row)
        if finder is not None:
            expected = None if row.gold["date"] in ("", "-") else row.gold["date"]
            theirs += finder(page) == expected  # type: ignore[operator]
    return ours, None if finder is None else theirs


def real_pages(show: bool) -> None:
    """newsctl, htmldate and trafilatura on the development set of real saved pages."""
    from real_pages import date_right, folder, moment_right, pages, read_page, same_headline

    root, reason = folder()
    if root is None:
        print(f"skipped: {reason}")
        return
    finder = htmldate_finder()
    trafilatura: Any = None
    with contextlib.suppress(ImportError):
        trafilatura = importlib.import_module("trafilatura")
    rows = pages()
    counts = {k: 0 for k in ("date", "moment", "headline", "empty", "hd", "td", "tt")}
    for page in rows:
        path = page.file(root)
        record = newsctl.read_article(path).to_dict()
        wrong = []
        for key, right in (
            ("date", date_right(record, page)),
            ("moment", moment_right(record, page)),
            ("headline", same_headline(record["headline"], page.headline)),
        ):
            counts[key] += right
            if not right:
                wrong.append(key)
        counts["empty"] += any(w["code"] == "empty" for w in record["warnings"])
        data = read_page(path)
        if finder is not None:
            counts["hd"] += finder(data) == page.date  # type: ignore[operator]
        if trafilatura is not None:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                meta = trafilatura.extract_metadata(trafilatura.load_html(data))
            counts["td"] += meta is not None and meta.date == page.date
            counts["tt"] += meta is not None and same_headline(meta.title, page.headline)
        if show and wrong:
            got = (record["date"], record["time"], record["utc_offset"], record["headline"])
            print(f"    {page.name}: {', '.join(wrong)}: {got}")
    n = len(rows)
    sites = len({p.url.split("/")[2] if p.url else p.path for p in rows})

    def cell(right: int | None) -> str:
        return "not installed" if right is None else f"{right}/{n} ({100 * right / n:.0f}%)"

    print(f"real saved pages: {n} pages, {sites} sites; empty records: {counts['empty']}")
    print("| field | newsctl | htmldate 1.11 | trafilatura 2.3 |")
    print("| --- | --- | --- | --- |")
    hd = counts["hd"] if finder is not None else None
    td = counts["td"] if trafilatura is not None else None
    tt = counts["tt"] if trafilatura is not None else None
    print(f"| date (the day) | {cell(counts['date'])} | {cell(hd)} | {cell(td)} |")
    print(f"| date with its time and zone, where the page states them | "
          f"{cell(counts['moment'])} | - | - |")  # fmt: skip
    print(f"| headline | {cell(counts['headline'])} | - | {cell(tt)} |")
    main_text(root, trafilatura, show)


def main_text(root: Path, trafilatura: Any, show: bool) -> None:
    """Token F1 of the article's main text (the record's lead and body; trafilatura's ``extract``
    with its default settings and the page's address) against the gold of tests/realpages/
    maintext.tsv: the page's visible text between two anchors read from the page."""
    from real_pages import (
        Overlap,
        anchor_faults,
        gold_text,
        median,
        pages,
        read_page,
        record_text,
        text_golds,
        token_f1,
        visible_text,
    )

    def prf(score: Overlap) -> str:
        return f"P {score.precision:.2f} R {score.recall:.2f} F1 {score.f1:.2f}"

    manifest = {(p.repository, p.path): p for p in pages()}
    ours: list[float] = []
    theirs: list[float] = []
    faults = 0
    for gold in text_golds():
        page = manifest[(gold.repository, gold.path)]
        data = read_page(page.file(root))
        text = visible_text(data)
        expected = gold_text(text, gold)
        problems = anchor_faults(text, gold)
        if expected is None or problems:
            faults += 1
            print(f"    {gold.name}: {'; '.join(problems)}")
            if expected is None:
                continue
        record = newsctl.read_article(page.file(root)).to_dict()
        mine = token_f1(record_text(record), expected)
        ours.append(mine.f1)
        line = f"    {gold.name}: newsctl {prf(mine)}"
        if trafilatura is not None:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                extracted = trafilatura.extract(data, url=page.url or None)
            other = token_f1(extracted or "", expected)
            theirs.append(other.f1)
            line += f"; trafilatura {prf(other)}"
        if show:
            print(line)
    n = len(ours)
    print(f"main text (lead and body): token F1 against the gold of {n} pages "
          f"(tests/realpages/maintext.tsv); anchors not found or not single: {faults}")  # fmt: skip
    if not ours:
        return
    missing = "not installed"
    print("| main text, token F1 | newsctl | trafilatura 2.3 |")
    print("| --- | --- | --- |")
    for name, measure in (("mean", mean), ("median", median)):
        cell = missing if trafilatura is None else f"{measure(theirs):.3f}"
        print(f"| {name} ({n} pages) | {measure(ours):.3f} | {cell} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--list",
        action="store_true",
        help="print the pages newsctl gets wrong (of the tuning part only: validation is scored, "
        "never read for fixes); with --real, also each page's main-text precision, recall and F1",
    )
    parser.add_argument(
        "--real", action="store_true", help="score the real saved pages of $NEWSCTL_REALPAGES"
    )
    args = parser.parse_args()
    if args.real:
        real_pages(args.list)
        return
    first = dateparser_first_hit()
    finder = htmldate_finder()
    tables: list[tuple[str, Path, str | None]] = [
        (f"{name} (tests/pages)", PAGES / "gold.tsv", name) for name in PARTS
    ]
    tables.append(("  both parts", PAGES / "gold.tsv", None))
    shared = SHARED / "corpus" / "gold.tsv"
    if shared.exists():
        tables.append(("../shared/corpus", shared, None))
    else:
        print(f"skipped: {shared} is absent (the shared data is only beside the CI checkout)")
    tables.append(("saved web pages (samples/html)", HTML_PAGES / "gold.tsv", None))
    print(f"{'corpus':34} {'pages':>5}  " + "  ".join(f"{f:>9}" for f in FIELDS) + "  other tool")
    for name, table, only in tables:
        pages, right, rows = score(table, only)
        cells = "  ".join(
            f"{right[f]:>4} {100 * right[f] / pages:3.0f}%" if f in right else f"{'-':>9}"
            for f in FIELDS
        )
        if table.parent == HTML_PAGES:
            _, theirs = html_scores(rows, finder, bare=False)
            shown = "htmldate not installed" if theirs is None else f"htmldate {theirs}/{pages}"
        else:
            theirs = their_score(rows, first)
            shown = "not installed" if theirs is None else f"dateparser {theirs}/{pages}"
        print(f"{name:34} {pages:>5}  {cells}  {shown}")
        if args.list and only != "validation" and not (table == PAGES / "gold.tsv" and not only):
            for row in rows:
                wrong = [f for f in right if not (date_right(row) if f == "date" else row.right(f))]
                for f in wrong:
                    print(f"    {row.path.name}: {f}")
        if table.parent == PAGES and only is None:
            ours, theirs = html_scores(rows, finder, bare=True)
            shown = "htmldate not installed" if theirs is None else f"htmldate {theirs}/{pages}"
            label = "  the same as bare web pages"
            print(f"{label:34} {pages:>5}  {ours:>4} {100 * ours / pages:3.0f}%  (date)  {shown}")


if __name__ == "__main__":
    main()
