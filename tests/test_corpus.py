"""The real articles of ../shared/corpus: every publication date (and time, offset) right."""

from __future__ import annotations

import csv

import pytest
from conftest import SHARED

import newsctl

CORPUS = SHARED / "corpus"


def gold_rows() -> list[dict[str, str]]:
    gold = CORPUS / "gold.tsv"
    if not gold.exists():
        return []
    with gold.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


ROWS = gold_rows()


@pytest.mark.skipif(not ROWS, reason=f"{CORPUS} is absent: the shared corpus is only beside CI")
def test_the_whole_corpus_is_there() -> None:
    assert len(ROWS) == 17


@pytest.mark.parametrize("row", ROWS, ids=[r["file"] for r in ROWS])
def test_gold_publication_date(row: dict[str, str]) -> None:
    article = newsctl.read_articles(CORPUS / row["file"])[0]
    expected_date = None if row["date"] == "-" else row["date"]
    assert article.date is None if expected_date is None else article.date is not None
    assert (article.date.isoformat() if article.date else None) == expected_date
    if row["time"]:
        assert article.time == row["time"]
    if row["utc_offset"]:
        assert article.utc_offset == row["utc_offset"]
    if expected_date is None:
        assert [w.code for w in article.warnings if w.code == "no-date"] == ["no-date"]


FIELDS = [
    ("youm7_1.txt", "byline", "أسماء نصار"),
    (
        "youm7_1.txt",
        "headline",
        "وزير الرى يشهد توقيع عقد دراسة تحديد السحب الآمن للخزانات الجوفية مع جامعة القاهرة",
    ),
    ("akhbarelyom_1.txt", "headline", "36 عامًا.. سر رحيل نعيمة عاكف في سن مبكر"),
    ("sadaelbalad_1.txt", "byline", "ضحى عرفة"),
    ("sputnikarabic_1.txt", "updated", "2020-03-17T17:49+00:00"),
    ("alyaum_1.txt", "headline", "طهران تدفن «زادة».. وتتهم المعارضة الإيرانية باغتياله"),
    ("albayan_1.txt", "source", "أبوظبي - البيان"),
    ("almadenahnews_1.txt", "end_marker", "--(بترا)"),
    ("almadenahnews_1.txt", "dateline", "المدينة نيوز"),
    ("assabah_tn_1.txt", "byline", "آسيا العتروس"),
    ("khabaronline_fa_1.txt", "id", "1353889"),
    ("cnnarabic_1.txt", "dateline", "دبي، الإمارات العربية المتحدة (CNN)"),
    ("cnnarabic_1.txt", "record", "CN-middleEast-836-20180508"),
    ("france24_1.txt", "end_marker", "فرانس24/ أ ف ب"),
    ("sabanews_1.txt", "dateline", "واشنطن ـ سبأنت"),
    ("sabanews_1.txt", "end_marker", "سبأ"),
    ("assabah_tn_2.txt", "dateline", "دمشق (وكالات الانباء)"),
]


@pytest.mark.skipif(not ROWS, reason=f"{CORPUS} is absent: the shared corpus is only beside CI")
@pytest.mark.parametrize(("name", "key", "value"), FIELDS, ids=[f"{n}-{k}" for n, k, _ in FIELDS])
def test_header_fields(name: str, key: str, value: str) -> None:
    record = newsctl.read_articles(CORPUS / name)[0].to_dict()
    assert record[key] == value


@pytest.mark.skipif(not ROWS, reason=f"{CORPUS} is absent: the shared corpus is only beside CI")
def test_page_and_body_dates_are_not_publication_dates() -> None:
    record = newsctl.read_articles(CORPUS / "youm7_1.txt")[0].to_dict()
    roles = {(d["text"], d["role"]) for d in record["dates"]}
    assert ("الإثنين، 24 أغسطس 2020 09:56 ص", "page") in roles
    assert ("الإثنين، 24 أغسطس 2020 09:23 ص", "published") in roles
    event = newsctl.read_articles(CORPUS / "bbcarabic_2.txt")[0].to_dict()
    assert [d["role"] for d in event["dates"]] == ["mention"]
    assert event["date"] is None
