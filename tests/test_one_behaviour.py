"""One rule, one behaviour across commands (issue 20)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_cli

RELATIVE = "عنوان الخبر عن الاجتماع\nنشر منذ 3 ساعات\nاجتمع الوزراء اليوم في العاصمة لبحث الأزمة.\n"
WRONG_DAY = (
    "وكالة أهل البيت (ع) للأنباء\nالمصدر : وكالة مهر\nالخميس\n١٩ يناير ٢٠٢٢\n٧:١٣:٤١ م\n"
    "1220514\nعنوان الخبر هنا\nنص الخبر هنا وهو طويل بما يكفي.\n"
)


def test_explain_takes_now_as_parse_does(tmp_path: Path) -> None:
    path = tmp_path / "relative.txt"
    path.write_text(RELATIVE, "utf-8")
    parsed = json.loads(run_cli(["parse", "--now", "2022-01-20T12:00", str(path)]).stdout)
    assert parsed["published"] == "2022-01-20T09:00"
    without = json.loads(run_cli(["explain", "--format", "jsonl", str(path)]).stdout)
    assert without["choices"][0]["candidates"] == []
    explained = run_cli(["explain", "--format", "json", "--now", "2022-01-20T12:00", str(path)])
    (article,) = json.loads(explained.stdout)  # json is an array in every command
    choice = article["choices"][0]
    assert choice["field"] == "published"
    assert [c["text"] for c in choice["candidates"]] == ["منذ 3 ساعات"]


def test_show_prints_the_date_own_weekday_and_the_written_one_apart(tmp_path: Path) -> None:
    path = tmp_path / "wrong-day.txt"
    path.write_text(WRONG_DAY, "utf-8")
    shown = run_cli(["show", "--now", "2022-01-20", str(path)]).stdout
    date_line = next(line for line in shown.splitlines() if " date " in line)
    assert "2022-01-19  (الأربعاء)" in date_line and "الخميس" not in date_line
    assert any("written day" in line and "الخميس" in line for line in shown.splitlines())


def test_the_same_format_names_mean_the_same_in_every_command(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    check = run_cli(["check", "--format", "csv", missing])
    assert check.stdout == (
        f"path,line,code,message\r\n{missing},1,unreadable-input,no such file\r\n"
    )
    lines = run_cli(["check", "--format", "jsonl", missing]).stdout.splitlines()
    assert [json.loads(x)["code"] for x in lines] == ["unreadable-input"]
    array = json.loads(run_cli(["check", "--format", "json", missing]).stdout)
    assert [x["code"] for x in array] == ["unreadable-input"]
    dates = run_cli(["date", "--format", "tsv", "19 يناير 2022"]).stdout.splitlines()
    assert dates[0].split("\t")[:3] == ["input", "date", "time"]
    assert dates[1].split("\t")[:3] == ["19 يناير 2022", "2022-01-19", ""]
    assert json.loads(run_cli(["date", "--format", "json", "19 يناير 2022"]).stdout)[0]["date"] == (
        "2022-01-19"
    )


def test_month_lengths_live_in_calendars_only() -> None:
    from newsctl.dates import calendars

    assert [calendars.month_length(2024, m) for m in (1, 2, 4)] == [31, 29, 30]
    assert [calendars.month_length(y, 2) for y in (1900, 2000, 2023)] == [28, 29, 28]
    package = Path(calendars.__file__).parent.parent
    holders = sorted(
        str(p.relative_to(package))
        for p in package.rglob("*.py")
        if "31, 28, 31" in p.read_text("utf-8") or "% 400" in p.read_text("utf-8")
    )
    assert holders == ["dates/calendars.py"]


def test_the_month_system_is_kept_on_the_date_note(tmp_path: Path) -> None:
    import newsctl
    from newsctl import stats

    path = tmp_path / "levantine.txt"
    path.write_text("عنوان الخبر عن الاجتماع\nدمشق 19 كانون الثاني 2022\nنص الخبر.\n", "utf-8")
    (article,) = newsctl.read_articles(str(path))
    published = [n for n in article.dates if n.role == "published"]
    assert [(n.date, n.month_system) for n in published] == [("2022-01-19", "levantine")]
    assert "month_system" not in published[0].to_dict()  # the record's output is unchanged
    figures = stats.Stats()
    figures.add(article)
    assert figures.to_dict()["month_systems"] == {"levantine": 1}
    assert "find_dates" not in Path(stats.__file__).read_text("utf-8")  # no second scan


def test_line_endings_are_made_lf_in_one_place() -> None:
    from newsctl.text import decode

    package = Path(decode.__file__).parent.parent
    holders = sorted(
        str(p.relative_to(package))
        for p in package.rglob("*.py")
        if 'replace("\\r\\n"' in p.read_text("utf-8")
        or "getincrementaldecoder" in p.read_text("utf-8")
    )
    assert holders == ["text/decode.py"]
