"""Hostile inputs cost work in proportion to their size: for each family fixed after the sweep of
benchmarks/adversarial.py, the work done on 100 KB is at most 12 times that on 10 KB. Work is
counted, not timed: the function calls made (Python and C, through ``sys.setprofile``) and the
characters the patterns that used to backtrack are given. The times themselves are the
benchmark's (README)."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import Any

import pytest
from conftest import ROOT, run_installed

from newsctl.dates.parse import parse_date
from newsctl.errors import DateError
from newsctl.reader import items_from_bytes

KB = 1024
LINEAR = 12.0  # work growth allowed per 10x of input


def load_families() -> dict[str, Callable[[int], str | bytes]]:
    spec = importlib.util.spec_from_file_location(
        "adversarial", ROOT / "benchmarks" / "adversarial.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.FAMILIES  # type: ignore[no-any-return]


FAMILIES = load_families()


def data(family: str, size: int) -> bytes:
    value = FAMILIES[family](size)
    return value if isinstance(value, bytes) else value.encode("utf-8")


def calls(func: Callable[[], object]) -> int:
    """The work ``func`` does: function calls (Python and C) and lines run, loop rounds
    included (``sys.settrace`` and ``sys.setprofile``), counted rather than timed."""
    count = 0

    def trace(frame: object, event: str, arg: object) -> Any:
        nonlocal count
        count += 1
        return trace

    def profile(frame: object, event: str, arg: object) -> None:
        nonlocal count
        if event == "c_call":
            count += 1

    sys.settrace(trace)
    sys.setprofile(profile)
    try:
        func()
    finally:
        sys.settrace(None)
        sys.setprofile(None)
    return count


def parse(blob: bytes) -> Callable[[], object]:
    return lambda: items_from_bytes(blob, path="hostile")


def date_one_line(blob: bytes) -> Callable[[], object]:
    text = blob.decode("utf-8", "replace").replace("\n", " ")

    def run() -> None:
        with suppress(DateError):
            parse_date(text)

    return run


# families fixed after the sweep: the loop or pattern that grew faster than the input
FIXED = {
    "mixed date forms": "every date looked for its time among all the mentions (rules.clock_for)",
    "header lines": "the same search, one per date line",
    "digit run": "the chain pattern backtracked over a run of digits (scan.CHAIN_RE)",
    "tatweel between digits": "the same, the tatweel folded away",
    "digits and slashes": "a 1 MB line tokenized to check whether it is a weekday",
    "tatweel": "the dateline dash pattern backtracked over a line of tatweel",
    "Hijri months": "-",
    "corpus records": "-",
    "repeated open tags": "the records of '<DOC>' + '<TEXT>' * n, each searched to its end",
    "punctuation lead": "-",
    "HTML: blocks in inline elements": "each <div> looked for an open <p> through every element",
    "HTML: unclosed cells": "each cell looked for an open cell through every element",
    "HTML: stray end tags": "each end tag looked for its element through every element",
    "HTML: blocks under a paragraph's table": "the same search, bounded in depth",
    # pages that are all header: every candidate for the headline looked at the lines after it
    "distinct title lines": "each candidate sliced the lines after it and rescanned the header "
    "for its title copy (page.Page.headline, _titled)",
    "page without a paragraph": "the same",
    "short lines printed twice": "the same, for two-word lines printed twice",
    "titles and date labels": "the same",
    "titles printed twice": "the same",
    "titles with the site name": "the same",
    "bulleted titles": "each title walked its run of titles of one shape (page.Page._in_list)",
    "kickers over titles": "the same",
}


@pytest.mark.parametrize("family", sorted(FIXED))
def test_parse_work_grows_linearly(family: str) -> None:
    small, large = calls(parse(data(family, 10 * KB))), calls(parse(data(family, 100 * KB)))
    assert large <= LINEAR * small, f"{family}: {small} calls at 10 KB, {large} at 100 KB"


@pytest.mark.parametrize(
    "family", ["mixed date forms", "digit run", "Hijri months", "digits and slashes"]
)
def test_date_of_one_long_line_work_grows_linearly(family: str) -> None:
    small = calls(date_one_line(data(family, 10 * KB)))
    large = calls(date_one_line(data(family, 100 * KB)))
    assert large <= LINEAR * small, f"{family}: {small} calls at 10 KB, {large} at 100 KB"


class Recording:
    """A compiled pattern that records the length of every string it is given."""

    def __init__(self, pattern: re.Pattern[str], seen: list[int]) -> None:
        self.pattern, self.seen = pattern, seen

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.pattern, name)

        def call(string: str, *args: Any) -> Any:
            self.seen.append(len(string))
            return method(string, *args)

        return call


@contextmanager
def recording(module: Any, name: str) -> Iterator[list[int]]:
    seen: list[int] = []
    original = getattr(module, name)
    if isinstance(original, tuple):
        setattr(module, name, tuple(Recording(p, seen) for p in original))
    else:
        setattr(module, name, Recording(original, seen))
    try:
        yield seen
    finally:
        setattr(module, name, original)


def test_dateline_patterns_see_the_start_of_a_line_only() -> None:
    from newsctl.articles import datelines

    with recording(datelines, "_PATTERNS") as seen:
        items_from_bytes(data("tatweel", 100 * KB), path="hostile")
    assert seen and max(seen) <= datelines.DATELINE_CHARS


def test_many_records_in_one_text_are_each_read_once() -> None:
    from newsctl.articles import sgml

    blob = data("repeated open tags", 100 * KB)
    with recording(sgml, "_TAG_RE") as seen:
        items_from_bytes(blob, path="hostile.xml")
    assert sum(seen) <= 2 * len(blob)  # each record's text given to the tag pattern once


def test_a_text_of_dates_stops_at_the_mention_limit() -> None:
    from newsctl.dates.scan import MAX_MENTIONS

    (article,) = items_from_bytes(data("day and month names", 100 * KB), path="hostile")
    assert len(article.dates) == MAX_MENTIONS  # type: ignore[union-attr]
    assert ("too-many-dates", f"only the first {MAX_MENTIONS} date mentions were read") in [
        (w.code, w.message)
        for w in article.warnings  # type: ignore[union-attr]
    ]


def test_messages_quote_a_short_excerpt_of_a_huge_line() -> None:
    line = "٣١ فبراير ٢٠٢٢ " + "ـ" * 1_000_000
    proc = run_installed(["date", "-"], stdin=line.encode("utf-8"))
    assert proc.returncode == 1
    message = proc.stderr.decode("utf-8")
    assert message.startswith("newsctl: '٣١ فبراير ٢٠٢٢ ـــ")
    assert "'…: " in message
    assert len(message) < 300


def test_the_chain_pattern_never_gives_back_digits() -> None:
    """Backtracking inside a pattern is not a call to count: the pattern that skips chains of
    numbers (``1/2/3/4/5/6/7``) starts only where a run of digits starts and takes its parts
    possessively, so it visits each character a bounded number of times."""
    from newsctl.dates.scan import CHAIN_RE

    assert CHAIN_RE.pattern.startswith(r"(?<!\d)\d++")
    assert r"\d+(" not in CHAIN_RE.pattern and r"\d+)" not in CHAIN_RE.pattern
    run = "1234567890" * 10_000
    assert CHAIN_RE.search(run) is None
    chain = CHAIN_RE.search("12/08/2020 " + "1/" * 7 + "1")
    assert chain is not None and chain.span() == (11, 26)
