"""Hostile inputs stay linear: every 100 KB case of benchmarks/adversarial.py well within time.

The figures (100 KB against 1 MB, the ratio) are measured by the benchmark and written in the
README; this only guards against a regression to backtracking with a generous limit.
"""

from __future__ import annotations

import importlib.util
import sys
import time

import pytest
from conftest import ROOT

import newsctl

GENEROUS_SECONDS = 5.0


def load_benchmark() -> object:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location(
        "adversarial", ROOT / "benchmarks" / "adversarial.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ADVERSARIAL = load_benchmark()
KINDS = ADVERSARIAL.KINDS  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(KINDS))
def test_100_kb_of_hostile_input_is_handled_quickly(name: str) -> None:
    text = KINDS[name](100 * 1024)
    start = time.perf_counter()
    articles = newsctl.parse_articles(text, path="hostile")
    mentions = newsctl.find_dates(text)
    elapsed = time.perf_counter() - start
    assert elapsed < GENEROUS_SECONDS, f"{name}: {elapsed:.2f} s"
    assert articles and all(a.to_dict()["path"] == "hostile" for a in articles)
    assert isinstance(mentions, list)


def test_a_long_line_of_dual_dates_gives_each_mention() -> None:
    text = "1 محرم 1443 هـ الموافق 9 أغسطس 2021 م، " * 2000
    mentions = newsctl.find_dates(text)
    assert len(mentions) == 4000
    assert {m.date.isoformat() for m in mentions if m.date} == {"2021-08-09"}
