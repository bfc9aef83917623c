"""Every sample article parses to exactly the record stored beside it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES, run_cli

import newsctl

ARTICLES = sorted(p for p in SAMPLES.glob("*.txt") if p.with_suffix(".json").exists())


def expected(path: Path) -> list[dict[str, object]]:
    """The stored records: one object, or a list for a corpus file holding several articles."""
    stored = json.loads(path.with_suffix(".json").read_text("utf-8"))
    return stored if isinstance(stored, list) else [stored]


def test_there_are_enough_samples() -> None:
    assert len(ARTICLES) >= 11
    orphans = [p.name for p in SAMPLES.glob("*.txt") if not p.with_suffix(".json").exists()]
    assert orphans == []


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_sample_record(path: Path) -> None:
    relative = str(path.relative_to(ROOT))
    assert [a.to_dict() for a in newsctl.read_articles(relative)] == expected(path)


def test_all_samples_in_one_cli_call_keep_order(monkeypatch: pytest.MonkeyPatch) -> None:
    paths = [str(p.relative_to(ROOT)) for p in ARTICLES]
    monkeypatch.chdir(ROOT)
    result = run_cli(["parse", *paths])
    assert result.status == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records == [record for p in ARTICLES for record in expected(p)]


@pytest.mark.parametrize(
    ("name", "encoding", "published"),
    [
        ("abna-bom.txt", "utf-8-sig", "2024-04-15T08:00:00"),
        ("abna-cp1256.txt", "cp1256", "2018-05-10T15:20:15"),
        ("abna-utf16.txt", "utf-16", "2025-11-05T21:10:00"),
        ("abna-crlf.txt", "utf-8", "2019-12-28T18:45:22"),
        ("abna-midnight-12am.txt", "utf-8", "2022-08-07T00:05:10"),
        ("abna-noon-12pm.txt", "utf-8", "2020-10-01T12:30:00"),
        ("abna-persian-digits.txt", "utf-8", "2021-06-12T22:30:00"),
        ("abna-no-time.txt", "utf-8", "2021-02-02"),
        ("abna-tehran-zone.txt", "utf-8", "2024-01-10T19:13+03:30"),
    ],
)
def test_sample_key_facts(name: str, encoding: str, published: str) -> None:
    """The facts each sample exists for, spelled out (independently of the stored JSON)."""
    article = newsctl.read_article(SAMPLES / name)
    assert article.encoding == encoding
    assert article.published == published


def test_crlf_sample_really_has_crlf_and_no_cr_survives() -> None:
    assert b"\r\n" in (SAMPLES / "abna-crlf.txt").read_bytes()
    record = newsctl.read_article(SAMPLES / "abna-crlf.txt").to_dict()
    assert "\r" not in json.dumps(record)


@pytest.mark.parametrize(
    ("name", "key", "value"),
    [
        ("page-published-updated-zone-mecca.txt", "published", "2023-03-12T10:15+03:00"),
        ("page-published-updated-zone-mecca.txt", "updated", "2023-03-12T11:02+03:00"),
        ("page-published-updated-zone-mecca.txt", "source", "الجزيرة + وكالات"),
        ("gulf-dual-date-city-byline.txt", "byline", "كارولين عاكوم"),
        ("gulf-dual-date-city-byline.txt", "hijri", "1444-08-14"),
        ("wire-dateline-on-its-own-line.txt", "dateline", "أنقرة/ محمد شيخ يوسف/ الأناضول"),
        ("wire-dateline-on-its-own-line.txt", "byline", "محمد شيخ يوسف"),
        ("page-labelled-date-updated-masthead.txt", "published", "2022-05-12T20:15"),
        ("page-labelled-date-updated-masthead.txt", "updated", "2022-05-12T21:02"),
        ("wire-sana-dateline-desk-codes.txt", "end_marker", "انتهي *** س.م / ع.ح"),
        ("wire-reuters-footer-gmt.txt", "dateline", "(رويترز)"),
        ("opinion-no-date-byline.txt", "byline", "د. سامي الخطيب"),
        ("title-twice-attribution-post-footer.txt", "agency", "وكالة أهل البيت (ع) للأنباء"),
    ],
)
def test_layout_facts(name: str, key: str, value: str) -> None:
    """What each layout sample exists for, spelled out apart from the stored JSON."""
    assert newsctl.read_articles(SAMPLES / name)[0].to_dict()[key] == value
