"""The development set of real saved pages (tests/realpages/manifest.tsv), when the pages are laid
out on this machine (``NEWSCTL_REALPAGES``, see benchmarks/realpages.md); skipped otherwise.
Through the installed program: no page that shows an article gives an empty record, and the
fields stay at least as right as measured (the README's table; benchmarks/accuracy.py --real)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_installed
from real_pages import date_right, folder, moment_right, pages, same_headline

ROOT, REASON = folder()
# measured on this set (benchmarks/accuracy.py --real): a change that reads fewer right fails here
AT_LEAST = {"date": 73, "moment": 65, "headline": 73}


def test_the_manifest_is_well_formed() -> None:
    rows = pages()
    assert len(rows) >= 60
    assert len({(p.repository, p.path) for p in rows}) == len(rows)
    assert all(len(p.commit) == 40 and p.date and p.headline for p in rows)


@pytest.mark.skipif(ROOT is None, reason=REASON)
def test_real_pages_give_records_and_stay_as_right_as_measured() -> None:
    assert ROOT is not None
    paths = [str(p.file(ROOT)) for p in pages()]
    proc = run_installed(["parse", *paths], timeout=600)
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert [Path(r["path"]) for r in records] == [Path(p) for p in paths]
    assert [r["path"] for r in records if r["words"] == 0 or r["lead"] is None] == []
    right = {"date": 0, "moment": 0, "headline": 0}
    for record, page in zip(records, pages(), strict=True):
        right["date"] += date_right(record, page)
        right["moment"] += moment_right(record, page)
        right["headline"] += same_headline(record["headline"], page.headline)
    assert {k: right[k] >= AT_LEAST[k] for k in right} == dict.fromkeys(right, True), right
