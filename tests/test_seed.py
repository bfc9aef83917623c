"""The reference article gives exactly the record the foundation issue specifies."""

from __future__ import annotations

import json

from conftest import REFERENCE, run_cli, run_installed, shared_path

import newsctl

BODY_FIRST = "وفقا لما أفادته وكالة أهل البيت (ع) للأنباء ــ ابنا ــ"
BODY_LAST = "وأشار الرئيس الروسي إلى إن التجارة بين البلدين"


def check_reference(record: dict[str, object]) -> None:
    assert record["agency"] == "وكالة أهل البيت (ع) للأنباء"
    assert record["source"] == "وكالة مهر"
    assert record["weekday"] == "الأربعاء"
    assert record["date"] == "2022-01-19"
    assert record["time"] == "19:13:41"
    assert record["utc_offset"] is None
    assert record["published"] == "2022-01-19T19:13:41"
    assert record["hijri"] == "1443-06-16"
    assert record["id"] == "1220514"
    assert record["kicker"] == "الرئيس الايراني خلال لقائه نظيره الروسي"
    assert record["headline"] == (
        "التعاون مع روسيا في سوريا يمكن أن يكون أساساً للعلاقات في كثير من المجالات الأخرى"
    )
    assert isinstance(record["lead"], str) and record["lead"].startswith("أكد الرئيس الايراني")
    body = record["body"]
    assert isinstance(body, list) and len(body) == 9
    assert body[0].startswith(BODY_FIRST)
    assert body[-1].startswith(BODY_LAST)
    assert record["end_marker"] == "انتهى/185"
    assert record["warnings"] == []
    assert record["encoding"] == "utf-8"
    assert list(record) == [
        "path", "record", "encoding", "format", "agency", "source", "weekday", "date", "time",
        "utc_offset", "published", "updated", "dates", "hijri", "id", "url", "dateline", "byline",
        "kicker", "headline", "lead", "body", "end_marker", "words", "warnings",
    ]  # fmt: skip
    assert (record["record"], record["updated"], record["dateline"], record["byline"]) == (
        None, None, None, None,
    )  # fmt: skip
    assert record["dates"] == [
        {"text": "١٩ يناير ٢٠٢٢", "line": 6, "date": "2022-01-19", "time": None,
         "utc_offset": None, "role": "published"},
        {"text": "٧:١٣:٤١ م", "line": 8, "date": None, "time": "19:13:41",
         "utc_offset": None, "role": "published"},
    ]  # fmt: skip


def test_library_reads_reference() -> None:
    article = newsctl.read_article(REFERENCE)
    check_reference(article.to_dict())
    assert article.words == 365


def test_cli_jsonl_is_one_compact_utf8_line() -> None:
    result = run_cli(["parse", str(REFERENCE)])
    assert result.status == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert "وكالة مهر" in lines[0]  # not ASCII-escaped
    assert lines[0].startswith('{"path":')
    check_reference(json.loads(lines[0]))


def test_installed_program_on_reference() -> None:
    proc = run_installed(["parse", "samples/abna-mehr-reference.txt"])
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == b""
    record = json.loads(proc.stdout.decode("utf-8"))
    assert record["path"] == "samples/abna-mehr-reference.txt"
    check_reference(record)


def test_sample_is_the_users_article_unchanged() -> None:
    seed = shared_path("seeds", "000_83391a4be8627226.txt")
    assert seed.read_bytes() == REFERENCE.read_bytes()
