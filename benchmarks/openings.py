"""The words that open a story's paragraphs, counted on the tuning part of tests/pages: the data
behind ``phrases.LEAD_VERBS`` (the verbs in the past tense that open a story's sentences and so
its paragraphs, with or without و: أعلن, وأوضح, وأشارت; a headline says what happens in the
present tense or with a noun, so a long line that opens with one of them is a lead).

Run: .venv/bin/python benchmarks/openings.py [--least 3]

Each tuning page counts a word once (the first word of each paragraph of its lead and body, as
newsctl reads them, a و before it taken off); the validation part is not read. The lexicon keeps,
by hand, the words of this list that are verbs in the past tense of the third person (not كان,
which opens tales and headlines alike, nor بين and عبر, which are also prepositions), each in
both genders.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from page_scores import PAGES, part, rows  # noqa: E402

from newsctl.articles import phrases  # noqa: E402
from newsctl.text.fold import fold_text  # noqa: E402

CONJUNCTION = "و"


def opening(paragraph: str) -> str | None:
    """The paragraph's first word, folded, its و taken off (وأوضح: أوضح)."""
    found = fold_text(paragraph).split()
    if not found:
        return None
    word = found[0]
    return word[1:] if word.startswith(CONJUNCTION) and len(word) > 3 else word


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--least", type=int, default=3, help="pages a word must open (3)")
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    pages = 0
    for row in rows(PAGES / "gold.tsv"):
        if part(row.gold) != "tuning":
            continue
        pages += 1
        paragraphs = [row.article.lead or "", *row.article.body]
        counts.update({w for w in map(opening, paragraphs) if w})
    print(f"first words of the story paragraphs of {pages} tuning pages, on {args.least}+ pages")
    print("(* a word of phrases.LEAD_VERBS)")
    for word, n in counts.most_common():
        if n < args.least:
            break
        print(f"{n:4d}  {word}{'  *' if word in phrases.LEAD_VERBS else ''}")


if __name__ == "__main__":
    main()
