"""Every compiled regular expression of the package runs in linear time on long runs of the
characters it names, and the ``normalize`` tatweel rule does linear work.

A pattern that backtracks does its work inside one call, where no call can be counted: the sweep
compares the process time of a pattern on 100 KB against 10 KB of the same run (linear work gives
about 10x; a pattern tried from every position of a run and scanning to its end gives 100x). The
limit is generous (30x): this is a check of growth, not a speed target; the figures are the
benchmarks' (README)."""

from __future__ import annotations

import importlib
import pkgutil
import re
import time
from collections.abc import Callable, Iterator
from typing import Final

import pytest
from test_hostile import LINEAR, calls

import newsctl
from newsctl.text import chars
from newsctl.text.normalize import _STRETCH_RE, normalize

KB = 1024
GROWTH = 30.0  # process time growth allowed per 10x of input (linear work gives about 10)
GRAIN = 0.004  # seconds: a step that takes less is too short to judge
_CLASSES = {  # what an escape names, as characters of its class
    "d": "1١۱",
    "s": " \t",
    "w": "aبـ1",
    "S": "بa.",
    "W": ".-",
    "D": "بa",
    "b": "",
    "B": "",
}
# the characters every pattern is tried on: Arabic letters, digits, spaces, tatweel,
# punctuation, marks and controls
_COMMON = "بعا1١ \nـ.,:;-/|–«»()!؟?،\u200f\u064e"
_SPECIALS = set("\\^$.|?*+()[]{}")


def patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    """Each compiled pattern of the package, once, named by its module and variable."""
    seen: set[int] = set()
    for info in pkgutil.walk_packages(newsctl.__path__, "newsctl."):
        module = importlib.import_module(info.name)
        for name, value in sorted(vars(module).items()):
            values = value if isinstance(value, (tuple, list)) else (value,)
            if isinstance(value, dict):
                values = tuple(value.values())
            for k, p in enumerate(values):
                if isinstance(p, re.Pattern) and isinstance(p.pattern, str) and id(p) not in seen:
                    seen.add(id(p))
                    yield (f"{info.name}.{name}" + (f"[{k}]" if len(values) > 1 else "")), p


def named_characters(pattern: str) -> str:
    """The characters a pattern names: its literals, the members of its classes (ranges by
    their ends), representatives of its escapes, and the common set."""
    out: set[str] = set(_COMMON)
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            e = pattern[i + 1]
            out.update(_CLASSES.get(e, e if not e.isalnum() else ""))
            i += 2
            continue
        if c not in _SPECIALS:
            out.add(c)
        i += 1
    return "".join(sorted(out))


SHAPES: Final = (" {c}", "{c}ب", "{c}1")  # in turn with a space, a letter, a digit


def runs(pattern: str) -> Iterator[tuple[str, Callable[[int], str]]]:
    """Texts of n characters, each with its name: a long run of each character the pattern
    names between two spaces, one text each; then for each shape, a run of it for each character
    named, the runs one after another, set apart by a space (a run that costs its length
    squared still shows: each run grows 10x with the text)."""
    named = named_characters(pattern)
    for c in named:

        def alone(n: int, c: str = c) -> str:
            return " " + c * (n - 2) + " "

        yield repr(c), alone
    for shape in SHAPES:

        def make(n: int, shape: str = shape) -> str:
            each = max(1, n // len(named) // (len(shape) - 2))
            return " ".join(shape.format(c=c) * each for c in named)

        yield repr(shape), make


def cost(p: re.Pattern[str], text: str, repeat: int) -> float:
    """The least process time, of ``repeat`` tries, of every way the package uses a pattern:
    search from every position (each match let go at once), and match at the start."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for _ in p.finditer(text):
            pass
        p.match(text)
        best = min(best, time.process_time() - start)
    return best


ALL = sorted(patterns())


def test_the_sweep_finds_the_patterns() -> None:
    names = [name for name, _ in ALL]
    assert len(names) >= 70
    assert "newsctl.text.normalize._STRETCH_RE" in names
    assert "newsctl.dates.scan.CHAIN_RE" in names
    assert "newsctl.articles.tokens._TOKEN_RE" in names  # the web pages' tokenizer
    assert "newsctl.articles.tokens._START_TAG_END_RE" in names


@pytest.mark.parametrize(("name", "pattern"), ALL, ids=[name for name, _ in ALL])
def test_every_pattern_is_linear_on_long_runs(name: str, pattern: re.Pattern[str]) -> None:
    for shape, make in runs(pattern.pattern):
        ratio = growth(pattern, make)
        assert ratio < GROWTH, f"{name} on runs of {shape}: {ratio:.0f}x the time for 10x the text"


def growth(pattern: re.Pattern[str], make: Callable[[int], str]) -> float:
    """The worst time growth of a pattern from 1 KB to 10 KB and from 10 KB to 100 KB of a
    text (100 KB is not tried when 10 KB grew too much already: a quadratic pattern takes
    minutes there). A step whose larger text takes under ``GRAIN`` is not judged: too short
    to measure, and no cost to fear."""
    worst = 0.0
    small = cost(pattern, make(KB), 3)
    for size in (10 * KB, 100 * KB):
        large = cost(pattern, make(size), 1)
        if large > GRAIN:
            if large > GROWTH * small:  # measured again before failing: a busy machine
                large = min(large, cost(pattern, make(size), 2))
            worst = max(worst, large / max(small, 1e-6))
            if worst >= GROWTH:
                break
        small = large
    return worst


def test_the_stretch_pattern_tries_a_run_once() -> None:
    """A run of tatweel is tried from its first character only, and taken whole: not from every
    tatweel of the run with a letter looked for after it (quadratic on a run between spaces)."""
    t = chars.TATWEEL
    assert f"(?<!{t}){t}++" in _STRETCH_RE.pattern
    assert f"{t}+(" not in _STRETCH_RE.pattern and f"{t}+|" not in _STRETCH_RE.pattern
    assert normalize("المـــؤســـس") == "المؤسس"
    assert normalize("ــ ابنا ــ") == "ــ ابنا ــ"
    assert normalize("دبي ـ العربية.نت ـ" + t * 3 + "1") == "دبي ـ العربية.نت ـ" + t * 3 + "1"
    assert normalize("1" + t * 3 + "ب") == "1ب"


@pytest.mark.parametrize(
    "unit", ["ـ", " ـ", "ـ ", "بـ", "ـب ", "1ـ", " ـــــ ب", "ــ ابنا ــ "], ids=repr
)
def test_normalize_work_grows_linearly(unit: str) -> None:
    """The work of ``normalize`` on 100 KB of a tatweel shape against 10 KB, counted."""

    def text(n: int) -> str:
        return " " + unit * (n // len(unit.encode("utf-8"))) + " "

    small, large = text(10 * KB), text(100 * KB)
    count_small = calls(lambda: normalize(small))
    count_large = calls(lambda: normalize(large))
    assert count_large <= LINEAR * count_small, f"{count_small} calls, then {count_large}"
