"""Saved pages as real sites write them: the text a browser shows is the text read (HTML5's tree
construction for the common cases), the size limit is the text's, the declared charset is checked
against the bytes, and the markup gives the time the text lacks. Through the installed program, on
small pages built here, one case each."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import run_installed

TITLE = "وزير الصحة يفتتح مستشفى جديدا في المدينة"
LEAD = (
    "افتتح وزير الصحة اليوم مستشفى جديدا في المدينة يضم مئتي سرير ويخدم أكثر من مئة ألف نسمة "
    "من سكان المنطقة."
)
BODY = "وقال الوزير إن المستشفى سيبدأ استقبال المرضى الأسبوع المقبل."
HEAD = f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>'
ARTICLE = f"<h1>{TITLE}</h1><p>الأحد 5 مايو 2024 - 10:30</p><p>{LEAD}</p><p>{BODY}</p>"
STALE = "نص قديم معلق لا يظهر في المتصفح أبدا وهو طويل جدا ويجب ألا يكون من المقال أبدا"


def parsed(tmp_path: Path, html: str | bytes, name: str = "page.html") -> dict[str, Any]:
    page = tmp_path / name
    if isinstance(html, str):
        page.write_text(html, "utf-8")
    else:
        page.write_bytes(html)
    proc = run_installed(["parse", str(page)])
    assert proc.returncode == 0, proc.stderr
    (line,) = proc.stdout.decode("utf-8").splitlines()
    return json.loads(line)  # type: ignore[no-any-return]


def assert_article(got: dict[str, Any]) -> None:
    assert (got["format"], got["published"], got["headline"]) == ("html", "2024-05-05T10:30", TITLE)
    assert (got["lead"], got["body"], got["words"]) == (LEAD, [BODY], 29)
    assert got["warnings"] == []


@pytest.mark.parametrize(
    "page",
    [
        # ASP.NET WebForms: the whole body is one <form>
        HEAD + '<form method="post" action="./news.aspx?id=5" id="form1">'
        '<input type="hidden" name="__VIEWSTATE" value="abc">' + ARTICLE + "</form></body></html>",
        # void elements, hidden, never closed (<embed> included)
        HEAD + '<div><img src="x.gif" style="display:none"><input type=hidden name=a value=b>'
        '<embed src="x.swf" hidden></div>' + ARTICLE + "</body></html>",
        # a hidden <li> and a hidden <p> whose end tags are implied
        HEAD + '<ul><li style="display: none">مخفي<li>تابعونا</ul>' + ARTICLE + "</body></html>",
        HEAD + '<div><p hidden>مخفي</div>' + ARTICLE + "</body></html>",
        # a hidden span closed by the end of its block
        HEAD + '<div><span aria-hidden="true">مخفي</div>' + ARTICLE + "</body></html>",
        # an unclosed comment runs to the end of the page; so does an unclosed script
        HEAD + ARTICLE + f"<!-- <p>{STALE}</p>",
        HEAD + ARTICLE + f"<script>var x = '<p>{STALE}</p>';",
        # <template> content is never shown; an iframe's content neither (raw text)
        HEAD + ARTICLE + f"<template><p>{STALE}</p></template>"
        f"<iframe src=x><p>{STALE}</p><div></iframe></body></html>",
        # the head's end tag and <body> left out, and content after </body></html>
        f'<html><head><meta charset="utf-8"><title>{TITLE}</title>'
        f"<h1>{TITLE}</h1><p>الأحد 5 مايو 2024 - 10:30</p><p>{LEAD}</p></body></html><p>{BODY}</p>",
    ],
    ids=["aspnet-form", "hidden-void", "hidden-li", "hidden-p", "hidden-span",
         "unclosed-comment", "unclosed-script", "template-iframe", "no-head-end"],
)  # fmt: skip
def test_the_text_a_browser_shows(tmp_path: Path, page: str) -> None:
    assert_article(parsed(tmp_path, page))


def test_noscript_is_read_as_a_browser_without_scripts_shows_it(tmp_path: Path) -> None:
    page = HEAD + f"<h1>{TITLE}</h1><noscript><p>الأحد 5 مايو 2024 - 10:30</p><p>{LEAD}</p>"
    got = parsed(tmp_path, page + f"</noscript><p>{BODY}</p></body></html>")
    assert_article(got)


def test_markup_written_as_the_text_of_a_noscript_is_left_out(tmp_path: Path) -> None:
    """A page saved by a browser that ran its scripts writes a <noscript>'s content as escaped
    text (a tracking pixel, an ad): never a line of the article."""
    pixel = '<noscript>&lt;img id="pixel" src="/px.gif" width="1" height="1" alt=""&gt;</noscript>'
    ad = '<div><noscript>&lt;div&gt;&lt;a href="http://ads.example/jump"&gt;&lt;img src="b.gif"'
    page = HEAD + f"<h1>{TITLE}</h1><p>الأحد 5 مايو 2024 - 10:30</p><p>{LEAD}</p>{pixel}"
    assert_article(parsed(tmp_path, page + f"{ad}&gt;&lt;/a&gt;</noscript></div><p>{BODY}</p>"))


def test_a_notice_above_the_title_the_markup_names_is_not_the_story(tmp_path: Path) -> None:
    """A paragraph above the page's title (a site's notice, an affiliate disclaimer) does not
    make the title and its stamp lines of the story."""
    notice = (
        "<p>هذا الموقع مدعوم من قرائه. عندما تشترون عبر الروابط في موقعنا قد نحصل على عمولة.</p>"
    )
    page = HEAD.replace("<body>", "<body>" + notice) + ARTICLE + "</body></html>"
    assert_article(parsed(tmp_path, page))


def test_the_date_part_of_a_browsers_title_when_nothing_else_dates_the_page(
    tmp_path: Path,
) -> None:
    head = f"<!DOCTYPE html><html><head><title>{TITLE} - 07.12.2017 - الموقع</title></head><body>"
    got = parsed(tmp_path, head + f"<h1>{TITLE}</h1><p>{LEAD}</p><p>{BODY}</p></body></html>")
    assert (got["date"], got["headline"]) == ("2017-12-07", TITLE)


def test_the_story_ends_where_its_sentences_end(tmp_path: Path) -> None:
    """Lines after the story's last paragraph that end no sentence (other headlines with no
    heading over them, tags, a share count, a footer) are not its body; a short closing
    sentence is."""
    closing = "وأكد أن العمل سيستمر."
    around = (
        "<ul><li><a href=/1>الأمطار تغمر شوارع المدينة القديمة في الشتاء</a></li>"
        "<li><a href=/2>افتتاح معرض الكتاب بمشاركة عشرات الدور</a></li></ul>"
        "<p>الصحة المستشفيات المدينة</p><p>1250 مشاهدة</p><p>جميع الحقوق محفوظة 2024</p>"
    )
    got = parsed(tmp_path, HEAD + ARTICLE + f"<p>{closing}</p>" + around + "</body></html>")
    assert (got["lead"], got["body"]) == (LEAD, [BODY, closing])


def test_br_and_layout_tables_end_lines(tmp_path: Path) -> None:
    page = (
        HEAD + f"<table><tr><td>{TITLE}<td>الأحد 5 مايو 2024 - 10:30<tr><td colspan=2>{LEAD}"
        f"</br>{BODY}</table></body></html>"
    )
    got = parsed(tmp_path, page)
    assert (got["published"], got["headline"], got["lead"]) == ("2024-05-05T10:30", TITLE, LEAD)
    assert got["body"] == [BODY]


def test_the_size_limit_is_the_texts_not_the_sources(tmp_path: Path) -> None:
    """A page saved as a single file: a 4.6 MB inline image before a 3 KB article."""
    image = base64.b64encode(b"\x89PNG" * 900_000).decode("ascii")
    page = HEAD + f'<p><img src="data:image/png;base64,{image}"></p>' + ARTICLE + "</body></html>"
    assert len(page) > 4_600_000
    assert_article(parsed(tmp_path, page))


def test_a_declared_charset_the_bytes_belie(tmp_path: Path) -> None:
    page = (HEAD + ARTICLE + "</body></html>").replace('charset="utf-8"', 'charset="iso-8859-1"')
    got = parsed(tmp_path, page.encode("utf-8"))
    assert got["encoding"] == "utf-8"
    assert_article(got)


def test_a_time_only_the_markup_gives(tmp_path: Path) -> None:
    head = HEAD.replace("<title>", '<meta property="article:published_time" content="2024-05-05">'
                        "<title>")  # fmt: skip
    page = (
        head + f'<h1>{TITLE}</h1><p><time datetime="2024-05-05T10:30">5 مايو 2024</time></p>'
        f"<p>{LEAD}</p><p>{BODY}</p></body></html>"
    )
    got = parsed(tmp_path, page)
    assert (got["published"], got["time"]) == ("2024-05-05T10:30", "10:30")


def test_a_last_updated_stamp_as_the_only_visible_date_keeps_its_time(tmp_path: Path) -> None:
    head = HEAD.replace("<title>", '<meta property="article:published_time" content="2024-05-05">'
                        "<title>")  # fmt: skip
    page = (
        head + f"<h1>{TITLE}</h1><p>آخر تحديث: 5 مايو 2024 - 10:30</p><p>{LEAD}</p><p>{BODY}</p>"
        "</body></html>"
    )
    got = parsed(tmp_path, page)
    assert (got["published"], got["updated"]) == ("2024-05-05", "2024-05-05T10:30")
    assert got["warnings"] == []


def test_text_that_stylesheets_hide_is_not_read(tmp_path: Path) -> None:
    """Text for screen readers, hidden by the site's CSS ("skip to content", "opens in a new
    window") is not read."""
    page = (
        HEAD + '<a class="screen-reader-text skip-link" href="#main">Skip to main content</a>'
        f"<h1>{TITLE}</h1><p>الأحد 5 مايو 2024 - 10:30</p>"
        f'<p>{LEAD}<span class="sr-only"> يفتح في نافذة جديدة</span></p><p>{BODY}</p></body></html>'
    )
    assert_article(parsed(tmp_path, page))


def test_the_headline_is_the_line_the_markup_names(tmp_path: Path) -> None:
    """Breadcrumbs first, the <h1> after the date: the markup's title is the headline (a guard:
    the real pages of tests/test_realpages.py are where the reading chose chrome before)."""
    head = HEAD.replace("<title>", f'<meta property="og:title" content="{TITLE}"><title>')
    page = (
        head + '<div class="crumbs">الرئيسية &gt; أخبار &gt; محليات &gt; الصحة</div>'
        f"<p>الأحد 5 مايو 2024 - 10:30</p><h1>{TITLE}</h1><p>{LEAD}</p><p>{BODY}</p></body></html>"
    ).replace(f"<title>{TITLE}</title>", "<title>أخبار محلية - موقع المدينة</title>")
    got = parsed(tmp_path, page)
    assert (got["published"], got["headline"]) == ("2024-05-05T10:30", TITLE)


def test_the_zone_of_a_time_written_apart_from_its_date(tmp_path: Path) -> None:
    """``5 مايو 2024`` and ``الساعة 10:30`` apart, the markup's moment in UTC: the zone."""
    head = HEAD.replace(
        "<title>", '<meta property="article:published_time" content="2024-05-05T07:30:00+00:00">'
        "<title>"
    )  # fmt: skip
    page = (
        head + f"<h1>{TITLE}</h1><p>5 مايو 2024</p><p>الساعة 10:30</p><p>{LEAD}</p><p>{BODY}</p>"
        "</body></html>"
    )
    got = parsed(tmp_path, page)
    assert (got["published"], got["utc_offset"]) == ("2024-05-05T10:30+03:00", "+03:00")


def test_a_page_larger_than_max_bytes_is_read_as_a_stream(tmp_path: Path) -> None:
    """A page saved as one file (inline images of several megabytes) over ``--max-bytes`` is
    streamed, its visible text bounded, not its source; a text file over it is still refused."""
    image = base64.b64encode(b"\x89PNG" * 400_000).decode("ascii")
    images = f'<p><img src="data:image/png;base64,{image}"></p>' * 2
    page = tmp_path / "single-file.html"
    page.write_text(HEAD + images + ARTICLE + images + "</body></html>", "utf-8")
    assert page.stat().st_size > 8_000_000
    proc = run_installed(["parse", "--max-bytes", "1M", str(page)])
    assert proc.returncode == 0, proc.stderr
    (line,) = proc.stdout.decode("utf-8").splitlines()
    got = json.loads(line)
    assert got["encoding"] == "utf-8"
    assert_article(got)
    text = tmp_path / "big.txt"
    text.write_text("كلام " * 300_000, "utf-8")
    refused = run_installed(["parse", "--max-bytes", "1M", str(text)])
    assert refused.returncode == 1
    assert refused.stderr.decode() == (
        f"newsctl: {text}: {text.stat().st_size} bytes is over the limit of 1048576 (--max-bytes)\n"
        "newsctl: 0 records from 0 inputs; 1 input failed\n"
    )


SITE_IN_H1 = """<!doctype html><html><head><meta charset="utf-8">
<title>افتتاح مستشفى جديد في المدينة بحضور الوزير - المدينة اليوم</title></head>
<body><h1>المدينة اليوم</h1><nav>الرئيسية</nav>
<p>تقارير وحوارات من المدينة وضواحيها</p>
<p>افتتح وزير الصحة اليوم مستشفى جديدا يخدم سكان المدينة والقرى المجاورة لها، بطاقة مئتي
سرير وبكلفة بلغت عشرين مليون دينار.</p>
<h2>افتتاح مستشفى جديد في المدينة بحضور الوزير</h2>
<p>وقال الوزير إن المستشفى سيبدأ استقبال المرضى الأسبوع المقبل، وإن العمل جار في مستشفيات
أخرى بعدة محافظات.</p>
</body></html>"""


def test_the_part_of_the_title_that_names_the_site_is_no_headline() -> None:
    """``HEADLINE - SITE`` in the page's <title> and the site's name in an <h1> (a logo): the
    title's shorter part names the site; the headline is the part the page shows as a heading."""
    from newsctl import Article
    from newsctl.articles.markup import hints
    from newsctl.articles.webpage import read_webpage
    from newsctl.reader import items_from_bytes

    assert hints(read_webpage(SITE_IN_H1).markup).sites == frozenset({"المدينه اليوم"})
    (article,) = items_from_bytes(SITE_IN_H1.encode(), path="page.html")
    assert isinstance(article, Article)
    assert article.headline == "افتتاح مستشفى جديد في المدينة بحضور الوزير"
