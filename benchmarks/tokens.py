"""newsctl's tokenizer against html.parser: the same events and pages on many mutated pages, and
the time each takes to tokenize the real saved pages.

Run: NEWSCTL_REALPAGES=~/realpages .venv/bin/python benchmarks/tokens.py [--cases 5000] [--rounds 5]

The comparison is tests/test_tokens.py's (``compare``: the events of html.parser and of
``newsctl.articles.tokens.Tokenizer``, and ``read_webpage``'s results with each, whole and in
random chunks), on ``--cases`` pages cut and mutated from the tests' HTML, the samples, the text
pages as HTML and the real pages, and as many made of markup pieces alone (seed ``--seed``).
Then the real pages (when ``NEWSCTL_REALPAGES`` names them) are tokenized by each, the handlers
doing nothing, then read by ``read_webpage``'s reader driven by each (the same reader: what is
left is the tokenizer's share), interleaved in every round; process time, the median round.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_tokens import (  # noqa: E402
    _OldReader,
    compare,
    mutated,
    random_markup,
    real_pages,
    sample_pages,
    test_fixtures,
    text_pages,
)

from newsctl.articles.tokens import Tokenizer  # noqa: E402
from newsctl.articles.webpage import _read, _Reader  # noqa: E402


def check(cases: int, seed: int) -> int:
    base = test_fixtures() + sample_pages() + text_pages()[:50] + real_pages()
    rng = random.Random(seed)
    done = 0
    for page in mutated(base, cases, seed):
        compare(page, rng)
        done += 1
    for page in random_markup(cases, seed):
        compare(page, rng)
        done += 1
    return done


def timed(pages: list[str], rounds: int) -> dict[str, float]:
    def old_tokens() -> None:
        for page in pages:
            parser = HTMLParser(convert_charrefs=True)
            parser.feed(page)
            parser.close()

    def new_tokens() -> None:
        for page in pages:
            tokenizer = Tokenizer()
            tokenizer.feed(page)
            tokenizer.close()

    def old_pages() -> None:
        for page in pages:
            _read(_OldReader(), (page,))

    def new_pages() -> None:
        for page in pages:
            _read(_Reader(), (page,))

    runs: dict[str, Callable[[], None]] = {
        "html.parser, tokens only": old_tokens,
        "tokens.Tokenizer, tokens only": new_tokens,
        "the page reader, driven by html.parser": old_pages,
        "the page reader, driven by tokens.Tokenizer (read_webpage)": new_pages,
    }
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            start = time.process_time()
            run()
            times[name].append(time.process_time() - start)
    return {name: statistics.median(t) for name, t in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    start = time.monotonic()
    done = check(args.cases, args.seed)
    print(f"{done} mutated pages: the same events and pages ({time.monotonic() - start:.0f} s)")
    pages = real_pages()
    if not pages:
        print("NEWSCTL_REALPAGES is not set: no times")
        return
    medians = timed(pages, args.rounds)
    print(f"{len(pages)} real saved pages, {args.rounds} rounds, process time (median round)")
    print("| reading | total | per page |")
    print("| --- | --- | --- |")
    for name, total in medians.items():
        print(f"| {name} | {total:.3f} s | {total / len(pages) * 1000:.1f} ms |")


if __name__ == "__main__":
    main()
