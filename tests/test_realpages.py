"""The development set of real saved pages (tests/realpages/manifest.tsv), when the pages are laid
out on this machine (``NEWSCTL_REALPAGES``, see benchmarks/realpages.md); skipped otherwise.
Through the installed program: no page that shows an article gives an empty record, and the
fields stay at least as right as measured (the README's table; benchmarks/accuracy.py --real).
The main text too: every anchor of tests/realpages/maintext.tsv is found once in its page's
visible text, and the mean token F1 of the records' lead and body against that gold stays at
least at the figure of tests/realpages/figures.json, less its margin."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_installed
from real_pages import (
    MANIFEST,
    anchor_faults,
    date_right,
    folder,
    gold_text,
    moment_right,
    pages,
    read_page,
    record_text,
    same_headline,
    text_golds,
    token_f1,
    tokens,
    visible_text,
)

ROOT, REASON = folder()
# measured on this set (benchmarks/accuracy.py --real): a change that reads fewer right fails here
AT_LEAST = {"date": 76, "moment": 74, "headline": 76}
FIGURES = json.loads((MANIFEST.parent / "figures.json").read_text("utf-8"))["maintext"]


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


def test_the_main_text_gold_is_well_formed() -> None:
    golds = text_golds()
    manifest = {(p.repository, p.path) for p in pages()}
    assert len(golds) >= 24
    assert len({(g.repository, g.path) for g in golds}) == len(golds)
    assert [g.name for g in golds if (g.repository, g.path) not in manifest] == []
    # anchors, not text: a few words each (or a short phrase of a script written without spaces)
    sizes = {g.name: (len(tokens(g.first)), len(tokens(g.last))) for g in golds}
    assert {name: n for name, n in sizes.items() if not all(4 <= k <= 30 for k in n)} == {}
    assert FIGURES["pages"] == len(golds)


def test_tokens_and_their_f1() -> None:
    words = ["the", "u", "s", "12", "000", "jobs", "we", "re"]
    assert tokens("The U.S. -- 12,000 jobs; we’re") == words
    assert tokens("谷歌在2014年") == ["谷", "歌", "在", "2014", "年"]
    assert tokens("أُعلِنَت الـنتيجة") == tokens("اعلنت النتيجه")
    assert token_f1("a b c d", "a b c d").f1 == 1.0
    assert token_f1("", "a b").f1 == 0.0
    half = token_f1("a b", "a b c d")
    assert (half.precision, half.recall) == (1.0, 0.5)


def test_the_gold_is_cut_from_the_visible_text_between_its_anchors() -> None:
    from real_pages import TextGold

    page = (
        b"<html><head><title>Menu words</title></head><body><nav>Home News</nav>"
        b"<h1>A headline</h1><p>First words of <b>the</b> story here.</p><script>x = 1</script>"
        b"<p>Last words of the story.</p><footer>Share this</footer></body></html>"
    )
    text = visible_text(page)
    gold = TextGold("r", "p", "First words of the", "of the story.")
    assert gold_text(text, gold) == "First words of the story here. Last words of the story."
    assert anchor_faults(text, gold) == []
    assert anchor_faults(text, gold._replace(last="Share that")) == [
        "last anchor found 0 times: 'Share that'"
    ]


@pytest.mark.skipif(ROOT is None, reason=REASON)
def test_main_text_anchors_are_found_and_f1_stays_as_measured() -> None:
    assert ROOT is not None
    manifest = {(p.repository, p.path): p for p in pages()}
    golds = text_golds()
    files = {g.name: manifest[(g.repository, g.path)].file(ROOT) for g in golds}
    texts = {name: visible_text(read_page(path)) for name, path in files.items()}
    faults = {g.name: anchor_faults(texts[g.name], g) for g in golds}
    assert {name: f for name, f in faults.items() if f} == {}
    paths = [str(files[g.name]) for g in golds]
    proc = run_installed(["parse", *paths], timeout=600)
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert [Path(r["path"]) for r in records] == [Path(p) for p in paths]
    scores = []
    for record, gold in zip(records, golds, strict=True):
        expected = gold_text(texts[gold.name], gold)
        assert expected is not None
        scores.append(token_f1(record_text(record), expected).f1)
    mean = sum(scores) / len(scores)
    assert mean >= FIGURES["newsctl"]["mean"] - FIGURES["margin"], round(mean, 3)
