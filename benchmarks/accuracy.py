"""Publication-date accuracy on ../shared/corpus (gold.tsv): newsctl beside dateparser.

Run: .venv/bin/pip install -e '.[bench]' && .venv/bin/python benchmarks/accuracy.py

For newsctl, an article is right when its date (and its time and offset, where gold.tsv gives
them) is right, and "no date" is right when gold says "-". For dateparser, the obvious alternative,
the first hit of ``search_dates(text, languages=['ar'])`` is compared on the date alone.
"""

from __future__ import annotations

import csv
import warnings

from _shared import shared_file

import newsctl


def main() -> None:
    gold_path = shared_file("corpus", "gold.tsv")
    with gold_path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    try:
        from dateparser.search import search_dates
    except ImportError:
        search_dates = None
    ours = theirs = 0
    print(f"{'file':24} {'gold':26} {'newsctl':26} {'dateparser (first hit)':22}")
    for row in rows:
        path = gold_path.parent / row["file"]
        article = newsctl.read_articles(path)[0]
        got = article.date.isoformat() if article.date else "-"
        right = got == row["date"]
        if row["time"]:
            right = right and article.time == row["time"]
        if row["utc_offset"]:
            right = right and article.utc_offset == row["utc_offset"]
        ours += right
        shown = f"{got} {article.time or ''} {article.utc_offset or ''}".strip()
        their = "not installed"
        if search_dates is not None:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                hits = search_dates(path.read_text("utf-8"), languages=["ar"])
            their = hits[0][1].date().isoformat() if hits else "-"
            theirs += their == row["date"]
        wanted = f"{row['date']} {row['time']} {row['utc_offset']}".strip()
        print(f"{row['file']:24} {wanted:26} {shown:26} {their:22}")
    print(f"\nnewsctl:    {ours}/{len(rows)} right (date, and time and offset where given)")
    if search_dates is not None:
        print(f"dateparser: {theirs}/{len(rows)} right (date only, first hit of search_dates)")


if __name__ == "__main__":
    main()
