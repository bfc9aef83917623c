"""The line forms of issue 21, each on a constructed line, read by general rules or lexicon
entries: Iraqi month abbreviations, zone abbreviations and offsets in brackets, wire datelines
whose agency code follows the date without punctuation, a publication label before a stamp run
on with the story, the label منشور."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import run_cli

HEADLINE = "وزير الصحة يفتتح مستشفى جديدا في المدينة\n"


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("5 ت2 2023", "2023-11-05"),  # Iraqi abbreviations of تشرين الثاني, كانون الأول
        ("12 ك1 2019", "2019-12-12"),
        ("الأحد, 15 يناير/كانون ثان 2012 03:29", "2012-01-15T03:29"),
        ("BJT 08:10 21-04-2015", "2015-04-21T08:10+08:00"),  # Beijing time
        ("12 مارس 2020 10:15 MSK", "2020-03-12T10:15+03:00"),
        ("الخميس 12 مارس 2020 10:15:05 PM - GMT (+3 )", "2020-03-12T22:15:05+03:00"),
        ("يونيو 4, 2021, 09:05 م", "2021-06-04T21:05"),  # English order
        ("اقتصاديونيو 4, 2021, 09:05 م", "2021-06-04T21:05"),  # glued to a section's name
        ("رياضةمارس 12، 2022", "2022-03-12"),
        ("alfalgNovember 30, 2025", "2025-11-30"),  # a writer's Latin name glued to it
        ("خميس, 08/01/2019 - 09:34", "2019-08-01T09:34"),  # month first: its weekday says so
        ("الثلاثاء 08/01/2019", "2019-01-08"),  # day first, the Arabic way, and the weekday agrees
        ("Dec 28 Sat 2013 00:28", "2013-12-28T00:28"),  # a theme's parts: the weekday inside
    ],
)  # fmt: skip
def test_stamps(text: str, published: str) -> None:
    result = run_cli(["date", text])
    assert (result.status, result.stdout.strip()) == (0, published)


@pytest.mark.parametrize("text", ["تمارس 3 أنشطة في 2020", "يمارس 12 رياضيا الآن"])
def test_a_verb_ending_like_a_month_is_no_stamp(text: str) -> None:
    result = run_cli(["date", text])
    assert "-03-" not in result.stdout


@pytest.mark.parametrize(
    ("story", "published"),
    [
        ("جدة 3 رجب 1445 هـ الموافق 15 يناير 2024 م واس يعقد مجلس الوزراء جلسته الأسبوعية.",
         "2024-01-15"),  # the era letters, then the agency's code with no punctuation
        ("رام الله 8-7-2013 وفا- قال رئيس الوزراء إن الحكومة ستواصل عملها في المدن كافة.",
         "2013-07-08"),
        (" date 2025-10-23 قالت الوزارة اليوم إنها أنهت أعمال الصيانة في المحطة الرئيسية.",
         "2025-10-23"),  # a label alone before a stamp that runs on into the story
        ("خبر منشور الثلاثاء 12 سبتمبر 2023 قالت الوزارة إنها أنهت أعمال الصيانة في المحطة.",
         "2023-09-12"),  # the label منشور
        (" date 2025-01-09 فلان - القاهرة في الخميس 9 يناير 2025 03:33 مساءً - أعلنت الوزارة "
         "اليوم نتائج الامتحانات.", "2025-01-09T15:33"),  # the same day again, with its time
        ("بوابة الخبر – كييف في 01 اكتوبر 2021-.افتتح المعرض أمس أبوابه للزوار من كل مكان.",
         "2021-10-01"),  # outlet – city في date -. story: the dash is not a word
    ],
)  # fmt: skip
def test_wire_datelines_and_labels(story: str, published: str) -> None:
    result = run_cli(["parse", "-"], stdin=(HEADLINE + story + "\n").encode("utf-8"))
    assert json.loads(result.stdout)["published"] == published


def test_an_empty_label_then_a_wire_dateline() -> None:
    text = HEADLINE + "نشر بتاريخ:\n\nالقاهرة 12 مارس 2021 م (أ ش أ) – أعلنت الوزارة حملة جديدة.\n"
    record = json.loads(run_cli(["parse", "-"], stdin=text.encode("utf-8")).stdout)
    assert (record["published"], record["dateline"]) == (
        "2021-03-12",
        "القاهرة 12 مارس 2021 م (أ ش أ)",
    )


def test_a_line_of_interface_strings_is_not_a_headline() -> None:
    """phpBB's 'mark all forums read' above a stamp would be a title; its translation file says
    it is the forum software's button (newsctl/data/interface.tsv)."""
    text = (
        "اعتبر جميع المنتديات مقروءة\nالثلاثاء 3 مارس 2022\n"
        "افتتح وزير الصحة اليوم مستشفى جديدا يخدم سكان المدينة والقرى المجاورة لها.\n"
    )
    record = json.loads(run_cli(["parse", "-"], stdin=text.encode("utf-8")).stdout)
    assert (record["headline"], record["published"]) == (None, "2022-03-03")


def test_a_drupal_skip_link_is_not_a_headline() -> None:
    """A Drupal site's skip link, first line of a copied page above an untitled story: the
    translation file Drupal sites print it from says it is chrome, not the article's title."""
    text = (
        "تجاوز إلى المحتوى الرئيسي\nالأحد 5 مايو 2024\n"
        "افتتح وزير الصحة اليوم مستشفى جديدا يخدم سكان المدينة والقرى المجاورة لها.\n"
    )
    record = json.loads(run_cli(["parse", "-"], stdin=text.encode("utf-8")).stdout)
    assert (record["headline"], record["published"]) == (None, "2024-05-05")


@pytest.mark.parametrize(
    ("line", "made_of_them"),
    [("أضف تعليق", True), ("رد مع اقتباس | اقتباس", True), ("تعليقات (3)", True),
     ("التعليقات مغلقة.", True), ("وزير الصحة يفتتح مستشفى", False), ("الرئيسية » أخبار", False),
     # forums (NodeBB, SMF, MySmartBB) and CMSs (Joomla, PHP-Fusion)
     ("رد مع الاقتباس | اقتبس", True), ("الرد السريع", True), ("المواضيع المتشابهه", True),
     ("الأكثر قراءة", True), ("متابعة القراءة", True), ("أترك تعليقاً", True),
     ("الأكثر قراءة في العالم العربي هذا العام", False),
     # WordPress 5.4 and its Twenty themes: a skip link, a sticky post's badge
     ("التخطي إلى المحتوى", True), ("مقالة مثبتة", True), ("التخطي إلى المحتوى في الموقع", False),
     # a phrase of three words or more and one word that qualifies it: another theme's wording
     ("التخطي إلى المحتوى الرئيسي", True), ("أضف تعليق جديد", False),
     # Drupal (Varbase's translation): its skip link, its pager, its "submitted by"
     ("تجاوز إلى المحتوى الرئيسي", True), ("‹ السابق | التالي ›", True),
     ("الذهاب إلى الصفحة التالية", True), ("تم الإرسال من طرف", True),
     ("تجاوز الحكومة إلى المحتوى الرئيسي", False)],
)  # fmt: skip
def test_interface_lines(line: str, made_of_them: bool) -> None:
    from newsctl.articles.lexicons import interface_line

    assert interface_line(line) is made_of_them


def test_the_interface_lexicon_names_its_sources() -> None:
    from newsctl.articles.lexicons import DATA

    text = (DATA / "interface.tsv").read_text("utf-8")
    header = [x for x in text.splitlines() if x.startswith("#")]
    rows = [x.split("\t") for x in text.splitlines() if x and not x.startswith("#")]
    sources = {row[1] for row in rows}
    assert all(len(row) == 3 for row in rows) and len(rows) >= 100
    for source in sources:  # each source is described, with its licence, in the header
        assert any(line.startswith(f"# {source} ") for line in header), source
    assert sum("GPL-2.0" in line for line in header) >= 2


def test_a_site_clock_above_everything_is_not_the_date() -> None:
    """A clock at the very top of a page, above the logo and the headline, prints the day's right
    weekday: that agreement says nothing about the article, which here has no stamp."""
    text = (
        "الوضع المظلم\nالجمعة 27 ديسمبر 2024\nLogo\n"
        "  • أنصار الحزب يرفعون صورة زعيمهم أمام مبنى السفارة\n\n"
        "أنصار الحزب يرفعون صورة زعيمهم أمام مبنى السفارة\n"
        "أنصار الحزب يرفعون صورة زعيمهم أمام مبنى السفارة\n"
        "رفع محتجون صورة كبيرة لزعيمهم على بناية مرتفعة أمام السفارة في العاصمة اليوم.\n"
    )
    record = json.loads(run_cli(["parse", "-"], stdin=text.encode("utf-8")).stdout)
    assert record["published"] is None


STORY = "افتتح وزير الصحة اليوم مستشفى جديدا يخدم سكان المدينة والقرى المجاورة لها.\n"


def test_a_site_clock_above_the_headline_with_a_stamp_below_it() -> None:
    """A clock heading the page (weekday, Hijri: it agrees with itself) just above the headline,
    the article's own stamp under the headline: the stamp is the date."""
    text = (
        "الأحد 12 ماي 2024 ميلادي, الموافق لـ 4 ذو القعدة 1445 هجري\n" + HEADLINE + "3/5/2019\n"
        + STORY
    )  # fmt: skip
    assert _record(text)["published"] == (
        "2019-05-03"
    )


@pytest.mark.parametrize(
    "line",
    [
        "شبكة الفجر الإخبارية",  # an outlet's name: ... الإخبارية, ... نيوز
        "الفجر نيوز",
        "We use cookies to give you the best experience on our website",  # English banners
        "Start your free trial now",
    ],
)
def test_site_names_and_english_banners_are_no_headline(line: str) -> None:
    text = line + "\n12 مارس 2020\n" + STORY
    record = _record(text)
    assert record["headline"] is None


def test_the_writers_name_on_a_line_of_its_own_is_a_name() -> None:
    """A byline gives the name; the same name alone above it is the writer's box: it gets the
    signal name, and chosen for want of any other title, it is as sure as explain says."""
    text = "سامي خليل منصور\n12 مارس 2020\nبقلم: سامي خليل منصور\n" + STORY
    record = _record(text)
    assert record["byline"] == "سامي خليل منصور"
    explained = run_cli(["explain", "--field", "headline", "-"], stdin=text.encode()).stdout
    assert "-3 name: a person's name" in explained
    uncertain = "uncertain-headline" in [w["code"] for w in record["warnings"]]
    assert uncertain == ("(uncertain: cut" in explained)


def test_a_title_opening_with_a_byline_word_and_a_quotation() -> None:
    """تقرير then a quoted name is a title (a report of the outlet), not a byline."""
    text = 'تقرير "الصباح" الاقتصادي الأسبوعي\n12 مارس 2020\n' + STORY
    record = _record(text)
    assert record["headline"] == 'تقرير "الصباح" الاقتصادي الأسبوعي'


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("النشرة الصباحية ليوم الأحد (15-03-2020)", "النشرة الصباحية ليوم الأحد (15-03-2020)"),
        (" date 2020-03-15 النشرة الصباحية لأخبار المحافظة", "النشرة الصباحية لأخبار المحافظة"),
    ],
)
def test_titles_that_carry_their_date(line: str, headline: str) -> None:
    """A bulletin's title with its date is the headline; a theme's label and stamp run on before
    a title are not part of it."""
    record = _record(line + "\n" + STORY)
    assert (record["headline"], record["published"]) == (headline, "2020-03-15")


@pytest.mark.parametrize(
    "title",
    [
        "ما جاء في افتتاحيات الصحف لليوم 14/03/2020",
        "نشرة الأخبار الرئيسية ليوم السبت في 14-03-2020",
    ],
)
def test_a_bulletin_dated_in_its_title_only(title: str) -> None:
    """A title that names its own day (ليوم, لليوم, لنهار) before the date: with no other stamp,
    that is the bulletin's date, not an event the story is about."""
    record = _record(title + "\n" + STORY)
    assert (record["headline"], record["published"]) == (title, "2020-03-14")


def test_a_date_in_a_title_is_still_what_the_story_is_about() -> None:
    title = "الحكومة تحيي ذكرى الاستقلال الواقع في 14/03/2020 باحتفال كبير"
    record = _record(title + "\n" + STORY)
    assert (record["headline"], record["published"]) == (title, None)


def test_a_headline_glued_to_its_lead() -> None:
    """A copy ran the headline on into the lead's opening words; the lead follows in full: the
    words before it are the headline."""
    lead = "قال وزير الصحة اليوم إن المستشفى الجديد سيفتح أبوابه للمرضى الأسبوع المقبل."
    text = "مستشفى جديد في المدينة.. متى يفتح؟! " + lead + "\n" + lead + "\n" + STORY
    record = _record(text)
    assert record["headline"] == "مستشفى جديد في المدينة.. متى يفتح؟!"


def test_a_site_clock_above_the_outlets_name_is_not_the_columns_date() -> None:
    """The clock heads the page, the outlet's name (جريدة ...) stands between it and the
    column's headline: the clock is the site's, and the column's own date is at its foot."""
    text = (
        "الأحد 12 ماي 2024 ميلادي, الموافق لـ 4 ذو القعدة 1445 هجري\nجريدة الصباح\nمقالات\n"
        + HEADLINE + "بقلم: سامي خليل\n" + STORY
        + "وقال الوزير إن المستشفى يضم مئتي سرير وقسما للطوارئ يعمل على مدار الساعة.\n"
        + "3 مارس 2019\n"
    )  # fmt: skip
    record = _record(text)
    assert record["published"] == "2019-03-03"


def test_a_section_and_a_stamp_run_into_a_lead_broken_at_a_comma() -> None:
    """The copy ran the section's name and the stamp into the lead, and broke the lead's line
    at a comma: that line is story text (not a title), opened by the article's stamp."""
    text = (
        "حدائق المدينة في الربيع\n"
        "منوعات الأحد 15-3-2020 أزهار وأشجار وينابيع تملأ الحدائق العامة في المدينة كل ربيع، "
        "ويقصدها الزوار من القرى القريبة والبعيدة،\n"
        "فتمتلئ الممرات بالعائلات والأطفال حتى ساعة متأخرة من الليل.\n"
    )
    record = _record(text)
    assert (record["headline"], record["published"]) == ("حدائق المدينة في الربيع", "2020-03-15")


@pytest.mark.parametrize(("before", "section"), [("منوعات ", True), ("في ", False), ("", False),
                                                 ("اخبار محليه ", False)])  # fmt: skip
def test_only_a_sections_name_stands_before_a_stamp_opening_the_story(
    before: str, section: bool
) -> None:
    from newsctl.articles.page import _section_before

    assert _section_before(before) is section


@pytest.mark.parametrize(
    ("line", "story_text"),
    [
        ("في الجولة الأولى من الانتخابات التي جرت أمس بأكثر من نصف الأصوات.فمن هو الفائز؟", True),
        ("د. سامي خليل يفتتح مؤتمر الطب الحديث في العاصمة اليوم بحضور وزير الصحة", False),
        ("Dr. Sami Khalil opens the medical conference in the capital with the minister", False),
    ],
)  # fmt: skip
def test_two_sentences_on_a_line_are_story_text(line: str, story_text: bool) -> None:
    from newsctl.articles.lines import is_paragraph

    assert is_paragraph(line) is story_text


@pytest.mark.parametrize(
    ("line", "story_text"),
    [
        # 26 words, three clauses set apart by commas, no full stop: the lead's first sentence
        ("أعلن وزير الصحة خالد سامي في مؤتمر صحفي عقده اليوم في العاصمة، بحضور عدد من "
         "المسؤولين والأطباء، عن افتتاح مستشفى جديد يضم مئتي سرير ويخدم سكان المنطقة", True),
        # a digest's headline of three items: commas, but a headline's length
        ("سقوط صواريخ قرب المطار، الحكومة تعرض خطة جديدة على البرلمان، وعشرات المصابين "
         "في حادث سير", False),
    ],
)  # fmt: skip
def test_a_long_sentence_of_clauses_is_story_text(line: str, story_text: bool) -> None:
    from newsctl.articles.lines import is_paragraph

    assert is_paragraph(line) is story_text


def test_a_breadcrumb_run_into_the_headline_above_it() -> None:
    """The copy ran the breadcrumb into the headline's first print (``الرئيسيةمحلياتHEADLINE``)
    and printed the headline again on its own below: that one is the headline."""
    title = HEADLINE.strip()
    text = f"الرئيسيةمحليات{title}\n\n{title}\n\n" + STORY
    record = _record(text)
    assert record["headline"] == title


@pytest.mark.parametrize(
    ("line", "trail"),
    [
        ("الرئيسية > أخبار محلية > الاقتصاد", True),
        ("منتدى الموقع > قسم الأخبار العامة والمقالات > " + "كلمة " * 30, True),  # long as well
        ("الرئيسية » رياضة » كرة القدم", True),
        ("وزير الصحة يفتتح «مستشفى المدينة» اليوم", False),  # quotation marks set apart nothing
    ],
)
def test_a_trail_of_links_is_chrome(line: str, trail: bool) -> None:
    from newsctl.articles.lines import crumbs
    from newsctl.text.fold import fold_text

    assert crumbs(fold_text(line)) is trail


def _only_kind(line: str) -> str:
    """The kind of a page of one line."""
    from newsctl.articles.lines import attach, split_lines
    from newsctl.dates.scan import find_in
    from newsctl.text.fold import Folded

    folded = Folded(line)
    (only,) = attach(split_lines(folded), find_in(folded, now=None))
    return only.kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("عربي السعودية آخر تحديث في", "label"),  # the value is on the next line
        ("أخبار محلية نشر في", "label"),
        ("Published on", "label"),
        ("وزير الصحة ينشر في الجريدة مقالا عن المستشفى", "title"),
    ],
)
def test_a_line_ending_with_a_dates_label_is_that_label(line: str, kind: str) -> None:
    assert _only_kind(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("حوار بين والي الجهة ورئيس المجلس البلدي", "title"),  # a little word: no name
        ("حوار: سمير الأحمد", "byline"),
        ("كتب / يسلم بن علي", "byline"),  # على folded is the name علي
    ],
)
def test_a_bylines_label_before_a_sentence_opens_a_title(line: str, kind: str) -> None:
    assert _only_kind(line) == kind


def test_a_stamps_label_above_the_headline_is_no_headline() -> None:
    text = "عربي السعودية آخر تحديث في\n\n" + HEADLINE + "\n" + STORY
    record = _record(text)
    assert record["headline"] == HEADLINE.strip()


def test_a_stamp_with_its_credit_is_no_dated_title() -> None:
    """A date line whose other words are a credit (place/outlet/خاص) is a stamp, not a
    bulletin's title carrying its date."""
    stamp = "الأربعاء 09/04/2025م- المكلا/موقع محافظة حضرموت/خاص"
    text = stamp + "\n" + STORY
    record = _record(text)
    assert (record["headline"], record["published"]) == (None, "2025-04-09")


def _record(text: str) -> dict[str, Any]:
    """The record ``newsctl parse -`` prints for the text."""
    result = run_cli(["parse", "-"], stdin=text.encode())
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def _headline(text: str) -> str | None:
    return _record(text)["headline"]  # type: ignore[no-any-return]


def test_a_lead_sentence_and_a_name_make_no_list_of_headlines() -> None:
    """Headline, the writer's name, a caption, then a lead of one short sentence ending with a
    full stop: three short lines in a row, but a sentence is no item of a list of headlines."""
    title = "عاجل| وزير الصحة يفتتح مستشفى جديدا في المدينة"  # a breaking mark, not a ticker
    lead = "افتتح الوزير المستشفى الجديد اليوم."
    text = f"{title}\n\nسامي خالد\nوزير الصحة في المستشفى\n\n{lead}\n\n"
    assert _headline(text + STORY) == title


def test_a_line_that_introduces_what_follows_is_no_item_of_a_list() -> None:
    title = "أهم أخبار المدينة اليوم .. افتتاح مستشفى جديد"
    intro = "حملت أخبار اليوم أحداثا مهمة، ونعرض لكم أبرزها :-"
    text = f"{title}\n{intro}\nالوزير: المستشفى يخدم سكان المنطقة كلها\n" + STORY
    assert _headline(text) == title


def test_headlines_run_together_on_one_line_are_chrome() -> None:
    from newsctl.articles.lines import run_together

    ticker = " ".join(
        f"الوزير {i}: المستشفى «الجديد» يفتح أبوابه.. والسكان يرحبون بالخطوة" for i in range(9)
    )
    assert run_together(ticker, len(ticker.split()))
    prose = ticker.replace("..", "،")  # commas: prose, however long
    assert not run_together(prose, len(prose.split()))
    text = f"جريدة المدينة\n{ticker}\n\n{HEADLINE}\n" + STORY
    assert _headline(text) == HEADLINE.strip()


def test_a_version_of_the_headline_printed_with_it_below() -> None:
    """A line under the headline prints another version of it, then the headline again: the
    headline is the one printed twice, not the longer line."""
    title = HEADLINE.strip()
    variant = "وزير الصحة والسكان يفتتح مستشفى جديدا في المدينة"
    text = f"أخبار محلية\n\n{title}\n\n{variant} {title}\n\n" + STORY
    assert _headline(text) == title


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("الأحد 08 مارس 2026 11:27 م / بتوقيت القدس", "2026-03-08T23:27+02:00"),  # after a slash
        ("الأحد 08 مارس 2026 11:27 م +2GMT", "2026-03-08T23:27+02:00"),  # offset, then GMT
        ("الأحد 08 مارس 2026 11:27 م +3 GMT", "2026-03-08T23:27+03:00"),
        ("الأحد 08 مارس 2026 11:27 م +2", "2026-03-08T23:27"),  # a bare +2 names no zone
    ],
)
def test_zones_after_a_slash_and_offsets_before_greenwich(text: str, published: str) -> None:
    result = run_cli(["date", text])
    assert (result.status, result.stdout.strip()) == (0, published)


def test_a_sign_up_box_and_the_editor_in_charge_are_furniture() -> None:
    from newsctl.articles import phrases
    from newsctl.text.fold import fold_text

    for line in ("أرسل بريدك الإلكتروني ليصل إليك جديدنا", "اشترك في النشرة البريدية"):
        assert phrases.FURNITURE_RE.search(fold_text(line)), line
    assert phrases.STAFF_RE.search(fold_text("الرئيسة المدير المسؤول : زهير سالم"))
    text = f"أرسل بريدك الإلكتروني ليصل إليك جديدنا\n{HEADLINE}" + STORY
    assert _headline(text) == HEADLINE.strip()


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("February 1, 2016: 1:28 AM ET", "2016-02-01T01:28-05:00"),
        ("2/26/2015 7:11 AM PST", "2015-02-26T07:11-08:00"),
        ("Published 11:34 PM EST Nov 19, 2019", "2019-11-19T23:34-05:00"),
        ("12 يوليو 2020 10:00 EDT", "2020-07-12T10:00-04:00"),  # New York's summer time
        ("12 يوليو 2020 10:00 CST", "2020-07-12T10:00"),  # ambiguous: China, or Chicago
    ],
)
def test_american_zone_abbreviations(text: str, published: str) -> None:
    result = run_cli(["date", text])
    assert (result.status, result.stdout.strip()) == (0, published)


def test_the_headline_printed_again_cut_short_under_it() -> None:
    """An image's text under the headline prints its first words, three times over (alternative
    text, title, caption): the whole headline is the one printed again, and those words are no
    writer's name either."""
    title = "ولي العهد يستقبل أمراء المناطق خلال الاجتماع السنوي في جدة"
    short = "ولي العهد يستقبل"
    text = f"{title}\n\nالخميس 28/مارس/2024 - 07:38 م\n{short}\n{short}\n{short}\n\n" + STORY
    record = _record(text)
    assert (record["headline"], record["byline"]) == (title, None)


def test_a_headline_printed_twice_names_no_site_by_its_opening() -> None:
    """``Name: slogan`` names a site when the name opens another line; the headline printed
    twice (``Speaker: words``) opens one line, twice: its speaker is no site name."""
    title = "زاخاروفا: لا أحد يستطيع تخيل العالم اليوم من دون الإعلام الحر"
    text = f"{title}\nالخارجية الروسية تحتفل بالذكرى العشرين للقناة\n\n{title}\n\n" + STORY
    assert _headline(text) == title


def test_a_country_opening_a_headline_and_a_sentence_is_no_site_name() -> None:
    """``مصر: HEADLINE`` over the story and ``مصر تعلن ...`` in a list below: the name opens a
    sentence there, not set apart as a site's name is (مدار الساعة - أكد, مدار الساعة: ...)."""
    title = "مصر: افتتاح أكبر محطة لمعالجة المياه في الشرق الأوسط"
    text = (
        f"{title}\nالمحطة تخدم خمسة ملايين مواطن في أربع محافظات\n\n{STORY}"
        "\nاقرأ أيضا\nمصر تعلن موعد الانتخابات البرلمانية المقبلة\n"
    )
    assert _headline(text) == title


def test_a_lone_bullet_decorates_the_headline() -> None:
    """A bullet marks an item of a list when a bulleted line stands beside it; alone, before
    the headline, it decorates it."""
    title = "القائد: عودة الأرض إلى أهلها أمر حتمي، وعلينا أن نثق بالوعد"
    text = f"نشاطات شهر صفر\n2007-08-02\n* {title}\nطهران / 2 صفر 1422هـ\n" + STORY
    assert _headline(text) == title
    listed = f"نشاطات شهر صفر\n2007-08-02\n* {title}\n* القائد يستقبل الوفود\n" + STORY
    assert _headline(listed) != title  # two bulleted lines: a list


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("قوات الاحتلال تواصل عدوانها على الضفة الغربية - أرشيفية", True),
        ("الوزير خلال افتتاح المستشفى – تصوير محمد علي", True),
        ("الوزير يفتتح المستشفى - القاهرة", False),  # a place after the dash: no photo's credit
    ],
)
def test_a_photo_credit_after_a_dash_ends_a_caption(line: str, caption: bool) -> None:
    from newsctl.articles.lines import is_caption
    from newsctl.text.fold import fold_text

    assert is_caption(fold_text(line)) is caption


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("رئيس الوزراء لدى مخاطبته اللقاء الجماهيري ببحري : المصدر : وكالة السودان للأنباء", True),
        ("الوزير يتفقد المشروع الجديد - المصدر: سبأ", True),
        ("المصدر : وكالة مهر للأنباء", False),  # the header's source line, alone
        ("المصدر: تقرير وزارة الصحة السنوي عن حالات الإصابة المسجلة", False),  # too long a credit
    ],
)
def test_a_photo_source_after_a_caption_ends_it(line: str, caption: bool) -> None:
    """A photo's source credit (المصدر : AGENCY) closing a line of other words: a caption."""
    from newsctl.articles.lines import is_caption
    from newsctl.text.fold import fold_text

    assert is_caption(fold_text(line)) is caption


def test_the_next_prayer_widget_is_furniture() -> None:
    text = "• الصلاة القادمة\n\n    الفجر 04:23\n\nمنذ ثانية واحدة\n\n" + STORY
    assert _headline(text) is None


def test_a_label_before_the_headline_printed_again_below() -> None:
    """An archive page's label over the headline (``أرشيف الوسم : HEADLINE``), the headline
    printed again on its own below: that one is the headline."""
    title = HEADLINE.strip()
    excerpt = (  # an archive's excerpt: sentences set apart by wide gaps, cut short
        "تستمر الاحتجاجات في المدينة للشهر الثاني على التوالي، مطالبة بتحسين الخدمات.   وقد "
        "انطلقت التظاهرة بعد صلاة الجمعة أمام مبنى المحافظة وسط المدينة.   ورفع …"
    )
    text = f"أخبار عاجلة\n\nأرشيف الوسم : {title}\n\n{title}\n\n{excerpt}\n\nأكمل القراءة »\n"
    assert _headline(text) == title


def test_the_link_that_skips_to_the_content_is_no_headline() -> None:
    from newsctl.articles import phrases

    for line in ("Skip to main content", "Skip to content", "Skip navigation"):
        assert phrases.BANNER_RE.search(line), line
    text = "Skip to main content\n\n" + STORY
    assert _headline(text) is None  # the only title above the story is the link


def test_furniture_is_a_short_line_not_a_headline_or_a_paragraph_naming_it() -> None:
    from newsctl.articles.lines import attach, furniture, split_lines
    from newsctl.text.fold import Folded

    lines = attach(
        split_lines(
            Folded(
                "مواقيت الصلاة\n"
                "الصلاة القادمة: العصر 15:32\n"
                "رئيس التحرير: أحمد محمود\n"
                "مواقيت الصلاة اليوم في محافظة أسيوط اليوم السبت 10 مايو 2025\n"
                "استقبل المحافظ في مكتبه اليوم المدير العام للمؤسسة وعددا من المسؤولين"
                " وبحث معهم سير العمل في المشاريع الجارية وخطط العام المقبل في المحافظة"
                " وسبل تذليل العقبات.\n"
            )
        ),
        [],
    )
    assert [furniture(x) for x in lines] == [True, True, True, False, False]
    # a weather widget's clock at the top of the page is the visit's, not the article's
    text = "حالة الطقس\nيوم الجمعة\n22 أوت 2025\nالساعة: 1:34:06\n" + HEADLINE + STORY * 3
    record = _record(text)
    assert record["headline"] == HEADLINE.strip()
    assert "uncertain-date" in {w["code"] for w in record["warnings"]}  # beside the widget
    # a headline about prayer times, its date inside it: the headline, and the date
    text = "مواقيت الصلاة اليوم في محافظة أسيوط اليوم السبت 10 مايو 2025\n\n" + STORY * 3
    record = _record(text)
    assert (record["headline"], record["date"]) == (
        "مواقيت الصلاة اليوم في محافظة أسيوط اليوم السبت 10 مايو 2025",
        "2025-05-10",
    )


def test_a_line_that_says_who_posted_it_and_when_is_a_stamp() -> None:
    # a forum's thread: its two-word title, who posted it and when, the post's own first line
    text = (
        "مفهوم البورصة\n\nالموضوع في 'بحوث و دراسات' بواسطة سمر, بتاريخ 20 ديسمبر 2013.\n\n"
        "ماهي البورصة ؟؟\n\n" + STORY * 3
    )
    record = _record(text)
    assert record["date"] == "2013-12-20"
    assert record["headline"] != "الموضوع في 'بحوث و دراسات' بواسطة سمر, بتاريخ 20 ديسمبر 2013."
    text = f"{HEADLINE}\nPosted by Samar on 20 December 2013\n\n" + STORY * 3
    record = _record(text)
    assert (record["headline"], record["date"]) == (HEADLINE.strip(), "2013-12-20")


def test_a_sites_counters_are_no_headline() -> None:
    from newsctl.articles.lines import counter

    for line in ("المتواجدون حالياً :46", "عدد الزيارات : 74569927", "أكثر عدد زيارات كان : 216057",
                 "عدد  مرات الظهور : 47,895,126"):  # fmt: skip
        assert counter(line, len(line.split())), line
    for line in ("الحصيلة ترتفع إلى 46", "الدولار: 1500 دينار في السوق الموازية", "الساعة : 10:30"):
        assert not counter(line, len(line.split())), line
    text = "المتواجدون حالياً :46\nعدد الزيارات : 74569927\nأكثر عدد زيارات كان : 216057\n\n"
    story = "".join(f"{STORY.strip()[:-1]} في يومه رقم {n}.\n" for n in range(1, 4))
    record = _record(text + story)
    assert record["headline"] is None


def test_a_short_line_with_a_domain_name_is_the_site_not_the_headline() -> None:
    from newsctl.articles import phrases
    from newsctl.text.fold import fold_text

    for line in ("Arab News 24.ca اخبار العرب24-كندا", "موقع almasry-news.com", "alyaum.sa",
                 "منتديات للامريم للتكنولوجيا الحديثة"):  # a forum is an outlet too
        assert phrases.OUTLET_RE.search(" " + fold_text(line)), line
    for line in ("مونديال 2026 في كندا", "الإمارات تفوز 2.0 على قطر"):
        assert not phrases.OUTLET_RE.search(" " + fold_text(line)), line
    story = "".join(f"{STORY.strip()[:-1]} في يومه رقم {n}.\n" for n in range(1, 4))
    text = "Arab News 24.ca اخبار العرب24-كندا\n\nمنتخبنا يخسر أمام الإمارات\n\n" + story
    record = _record(text)
    assert record["headline"] == "منتخبنا يخسر أمام الإمارات"


def test_a_sites_description_above_its_footer_is_not_the_story() -> None:
    story = "".join(f"{STORY.strip()[:-1]} في يومه رقم {n}.\n" for n in range(1, 4))
    text = (
        "• الصفحة الرئيسية\n• كرة القدم\n\n"
        "الموقع هو وجهتك الشاملة للأخبار الرياضية، نقدم لك أحدث الأخبار والتحديثات من عالم"
        " الرياضة بدءا من كرة القدم وحتى الرياضات المائية والقتالية في كل يوم.\n\n"
        "روابط\n• الرئيسية\n\nجميع الحقوق محفوظة © 2026\n\n"
        f"{HEADLINE}\nالأربعاء، 19 نيسان 2023\n\n" + story
    )
    record = _record(text)
    assert (record["headline"], record["date"]) == (HEADLINE.strip(), "2023-04-19")


def test_a_date_above_the_sites_menu_is_the_sites_clock() -> None:
    story = "".join(f"{STORY.strip()[:-1]} في يومه رقم {n}.\n" for n in range(1, 4))

    def read(top: str) -> tuple[str | None, set[str]]:
        text = f"الإثنين، 20 شوال 1445 ، 29 أبريل 2024\n\n{top}{HEADLINE}\n" + story
        record = _record(text)
        assert record["headline"] == HEADLINE.strip()
        return record["date"], {w["code"] for w in record["warnings"]}

    date, codes = read("")
    assert (date, "uncertain-date" in codes) == ("2024-04-29", False)
    # the menu between them: the site's clock, under the threshold (no date, and it says so)
    date, codes = read("من نحن\n\nاتصل بنا\n\n")
    assert (date, "no-date" in codes) == (None, True)


def test_an_exclusive_credit_is_no_headline() -> None:
    from newsctl.articles import phrases
    from newsctl.text.fold import fold_text

    for line in ('- المغرب - خاص بـ " وكالة أخبار المرأة "', "خاص لـ«المنصة»",
                 "القاهرة - خاص ب «الوطن»"):  # fmt: skip
        assert phrases.EXCLUSIVE_RE.search(fold_text(line)), line
    for line in ("مؤتمر خاص بالشباب في القاهرة", "برنامج خاص لذوي الإعاقة"):
        assert not phrases.EXCLUSIVE_RE.search(fold_text(line)), line
    story = "".join(f"{STORY.strip()[:-1]} في يومه رقم {n}.\n" for n in range(1, 4))
    text = '- المغرب - خاص بـ " وكالة أخبار المرأة "\n\n' + story
    record = _record(text)
    assert record["headline"] is None


def test_a_long_line_ending_with_a_colon_introduces_what_follows() -> None:
    lead_in = (
        "أصدر محافظ حضرموت الأستاذ مبخوت مبارك بن ماضي، اليوم، القرار رقم (76) لسنة 2022م،"
        " ونصّه:"
    )
    story = "".join(f"{STORY.strip()[:-1]} في يومه رقم {n}.\n" for n in range(1, 4))
    record = _record(f"{lead_in}\n{story}")
    assert record["headline"] is None
    text = f"{HEADLINE}\n{lead_in}\n{story}"
    record = _record(text)
    assert record["headline"] == HEADLINE.strip()


def test_a_stamp_glued_after_the_headline_is_not_part_of_it() -> None:
    story = "".join(f"{STORY.strip()[:-1]} في يومه رقم {n}.\n" for n in range(1, 4))
    title = "كل ما تريد معرفته عن الجالية اليمنية في الكويت - اخبارك الان"
    text = f"{title}, اليوم السبت 22 مارس 2025 03:48 صباحاً\n\n" + story
    record = _record(text)
    assert (record["headline"], record["published"]) == (title, "2025-03-22T03:48")
    # a date without its time is what the title is about: it stays
    title = "مواقيت الصلاة اليوم في محافظة أسيوط اليوم السبت 10 مايو 2025"
    record = _record(f"{title}\n\n{story}")
    assert record["headline"] == title


def test_a_long_headline_with_figures_and_few_little_words_is_no_menu() -> None:
    from newsctl.articles.lines import menu
    from newsctl.text.fold import fold_key

    title = (
        "اتحاد الغرف العربية يعقد دورته الـ 131 في دبي ويجدد لأمين عام الاتحاد خالد حنفي"
        " لولاية ثانية"
    )
    assert not menu(fold_key(title), len(title.split()))
    row = (
        "الرئيسية أخبار محلية دولية اقتصاد رياضة ثقافة فنون منوعات صحة تكنولوجيا مقالات رأي"
        " فيديو صور اتصل بنا"
    )
    assert menu(fold_key(row), len(row.split()))
    story = "".join(f"{STORY.strip()[:-1]} في يومه رقم {n}.\n" for n in range(1, 4))
    record = _record(f"{title}\n\n{story}")
    assert record["headline"] == title


def test_a_row_of_networks_names_is_share_buttons() -> None:
    from newsctl.articles.lines import is_button
    from newsctl.text.fold import fold_key

    for row in (
        "addtoany link whatsapp telegram twitter facebook",
        "فيسبوك تويتر واتساب",
        "yahoo Facebook yahoo Twitter Myspace delicious Live Google",  # an older widget's row
    ):
        assert is_button(fold_key(row)), row
    for row in ("فيسبوك تحذف حسابات", "twitter x"):  # a headline; too short to be a row
        assert not is_button(fold_key(row)), row
    story = "".join(f"{STORY.strip()[:-1]} في يومه رقم {n}.\n" for n in range(1, 4))
    text = f"{HEADLINE}\nأ أ\naddtoany link whatsapp telegram twitter facebook\n\n" + story
    record = _record(text)
    assert record["headline"] == HEADLINE.strip()


def test_a_dispatch_that_calls_its_date_today_is_dated_by_it() -> None:
    rest = "".join(f"{STORY.strip()[:-1]} في يومه رقم {n}.\n" for n in range(1, 3))
    lead = "جدة (يونا) – عقد المجلس التنفيذي، اليوم الخميس 22 يناير 2026، دورته السابعة عن بعد.\n"
    record = _record(lead + rest)
    assert record["date"] == "2026-01-22"
    # without the dispatch's dateline, a date in the story is an event's
    lead = "عقد المجلس التنفيذي، اليوم الخميس 22 يناير 2026، دورته السابعة عن بعد.\n"
    record = _record(lead + rest)
    assert record["date"] is None


def test_a_dated_title_naming_an_agency_is_no_site_name() -> None:
    story = "".join(f"{STORY.strip()[:-1]} في يومه رقم {n}.\n" for n in range(1, 4))
    title = "مخطط مركز وكالة أنباء هاوار 19-4-2019"
    record = _record(f"{title}\n\n{story}")
    assert record["headline"] == title
    text = f"وكالة أنباء هاوار\n\n{story}"
    record = _record(text)
    assert record["headline"] is None  # the agency's name alone


def test_a_month_glued_to_the_word_before_it_is_found_in_a_text() -> None:
    from newsctl import find_dates

    for text, day in (("ماذا وراء تأجيل الانتخابات؟ alfalgNovember 30, 2025 أرجأت السلطات",
                       "2025-11-30"),
                      ("أخبار اقتصاديونيو 4, 2021 قررت الحكومة", "2021-06-04")):  # fmt: skip
        assert [str(m.date) for m in find_dates(text)] == [day], text
    assert find_dates("تمارس 3 أنشطة في 2020 منذ سنوات") == [] or all(
        m.date is None or m.date.month != 3 for m in find_dates("تمارس 3 أنشطة في 2020")
    )


def test_a_link_that_asks_to_be_clicked_is_no_headline() -> None:
    from newsctl.articles.lines import is_chrome
    from newsctl.text.fold import fold_key

    for line in ("لتحميل النشرة pdf اضغط هنا", "الأسماء غير المطابقة (اضغط هنا)", "Click here"):
        assert is_chrome(fold_key(line), len(line.split())), line
    assert not is_chrome(fold_key("اضغط هنالك على الزر"), 4)
    story = "".join(f"{STORY.strip()[:-1]} في يومه رقم {n}.\n" for n in range(1, 4))
    text = f"{HEADLINE}\nلتحميل النشرة pdf اضغط هنا\n\n" + story
    record = _record(text)
    assert record["headline"] == HEADLINE.strip()


def test_a_headline_is_the_title_whose_words_the_lead_repeats() -> None:
    """Two titles above the story: the first line of the copy, the last one above the story.
    The lead repeats the words of the first (a school's notice, not repeated, is another item)."""
    lead = (
        "افتتح وزير الصحة اليوم مستشفى جديدا في وسط المدينة بحضور عدد من المسؤولين والأطباء،"
        " وقال إن المستشفى يضم مئتي سرير وأقساما للطوارئ والأطفال وسيخدم سكان الأحياء الشرقية"
        " التي كانت تفتقر إلى الخدمات الصحية منذ سنوات طويلة.\n"
    )
    notice = "مدرسة النور الأهلية تحتفل بتخريج دفعتها الأولى"
    text = f"{HEADLINE}{notice}\n\n{lead}"
    record = _record(text)
    assert record["headline"] == HEADLINE.strip()
    assert "uncertain-headline" not in {w["code"] for w in record["warnings"]}
    # the lead repeats the other title: it is the headline now
    lead = (
        "احتفلت مدرسة النور الأهلية أمس بتخريج دفعتها الأولى من الطلاب بحضور أولياء الأمور"
        " والمعلمين، وألقى مدير المدرسة كلمة شكر فيها الأسر على ثقتها ووعد بتوسيع المدرسة"
        " وإضافة فصول جديدة في العام الدراسي القادم لاستيعاب الأعداد المتزايدة من الطلاب.\n"
    )
    text = f"{HEADLINE}{notice}\n\n{lead}"
    record = _record(text)
    assert record["headline"] == notice


def test_a_date_under_a_block_of_counters_is_their_records_day() -> None:
    story = "".join(f"{STORY.strip()[:-1]} في يومه رقم {n}.\n" for n in range(1, 4))

    def choice(text: str) -> dict[str, object]:
        result = run_cli(["explain", "--format", "json", "--field", "published", "-"],
                         stdin=text.encode())  # fmt: skip
        ((found,),) = [a["choices"] for a in json.loads(result.stdout)]
        return found  # type: ignore[no-any-return]

    counters = "عدد الزيارات : 74569927\nأكثر عدد زيارات كان : 216057\n"
    text = f"{counters}في تاريخ : 18 /04 /2019\n{HEADLINE}\n{story}"
    record = _record(text)
    # a publication label (في تاريخ) but the counters' day: given, with evidence against it
    assert record["date"] == "2019-04-18"
    counted = choice(text)
    assert counted["against"] == 8  # page-list
    # one line of a label and a number is the article's id: the date under it is the stamp
    text = f"رمز الخبر: 21640\nتاريخ النشر: 18 /04 /2019\n{HEADLINE}\n{story}"
    record = _record(text)
    assert record["date"] == "2019-04-18"
    assert "uncertain-date" not in {w["code"] for w in record["warnings"]}
    stamp = choice(text)
    assert stamp["against"] == 0
    assert counted["confidence"] < stamp["confidence"]  # type: ignore[operator]


def test_a_hijri_date_beside_the_gregorian_one_is_no_evidence_for_it() -> None:
    """Sites' clocks print both calendars (الموافق ... هـ); the tuning part said the agreement
    speaks for a site's clock as often as for a stamp: it weighs nothing."""
    scores = []
    for stamp in ("الأحد 12 مايو 2024 الموافق 4 ذو القعدة 1445 هـ", "الأحد 12 مايو 2024"):
        text = f"{stamp}\n{HEADLINE}{STORY}"
        result = run_cli(["explain", "--format", "json", "--field", "published", "-"],
                         stdin=text.encode())  # fmt: skip
        ((choice,),) = [a["choices"] for a in json.loads(result.stdout)]
        best = choice["candidates"][choice["chosen"]]
        assert "hijri-agrees" not in [s["name"] for s in best["signals"]]
        scores.append(best["score"])
    assert scores == [8, 8]


@pytest.mark.parametrize(
    ("lead", "signal", "score"),
    [
        ("أعلن وزير الصحة اليوم السبت افتتاح مستشفى جديد في المدينة.", "story-day", 9),
        ("أعلن وزير الصحة مساء أمس الجمعة افتتاح مستشفى جديد في المدينة.", "story-day", 9),
        ("أعلن وزير الصحة اليوم الخميس افتتاح مستشفى جديد في المدينة.", "story-day-disagrees", 6),
        ("أعلن وزير الصحة افتتاح مستشفى جديد في المدينة.", None, 8),
    ],
)  # fmt: skip
def test_the_day_the_story_calls_today_weighs_for_or_against_a_date(
    lead: str, signal: str | None, score: int
) -> None:
    rest = " ويضم المستشفى مئتي سرير وأقساما للطوارئ والأطفال ويخدم سكان الأحياء الشرقية."
    text = f"السبت 12 يوليو 2025\n{HEADLINE}{lead}{rest}\n"
    result = run_cli(["explain", "--format", "json", "--field", "published", "-"],
                     stdin=text.encode())  # fmt: skip
    ((choice,),) = [a["choices"] for a in json.loads(result.stdout)]
    best = choice["candidates"][choice["chosen"]]
    names = {s["name"] for s in best["signals"]}
    assert names & {"story-day", "story-day-disagrees"} == ({signal} if signal else set())
    assert best["score"] == score


def test_the_weekday_a_story_was_written_on() -> None:
    from newsctl.articles.phrases import story_weekday
    from newsctl.text.fold import fold_text

    for text, weekday in (("قال اليوم الخميس إن", 3), ("مساء أمس الأحد", 0),
                          ("يعقد غداً السبت اجتماعه", 4), ("قال يوم الخميس إن", None),
                          ("الخميسين", None)):  # fmt: skip
        assert story_weekday(fold_text(text)) == weekday, text


@pytest.mark.parametrize(
    "label",
    ["عنوان الموضوع :", "عنوان المقالة:", "عنوان التقرير -", "مشاهدة النسخة كاملة :", "الموضوع:",
     "افتراضي"],
)  # fmt: skip
def test_a_forums_title_label_gives_the_headline(label: str) -> None:
    story = "".join(f"{STORY.strip()[:-1]} في يومه رقم {n}.\n" for n in range(1, 4))
    text = f"{label} {HEADLINE}مقدم من طرف منتديات العندليب\n\n{story}"
    record = _record(text)
    assert record["headline"] == HEADLINE.strip()


def test_a_known_outlets_name_alone_is_no_headline() -> None:
    """newsctl/data/outlets.tsv (public data: Wikidata, iptv-org) names outlets that no word of
    their name marks as one (بي بي سي عربي, القدس العربي)."""
    from newsctl.articles.lexicons import outlets
    from newsctl.text.fold import fold_key

    assert {fold_key("بي بي سي عربي"), fold_key("القدس العربي")} <= outlets()
    text = f"بي بي سي عربي\n\n{STORY}"
    record = _record(text)
    assert record["headline"] is None
    text = f"بي بي سي عربي\n\n{HEADLINE}\n{STORY}"
    record = _record(text)
    assert record["headline"] == HEADLINE.strip()


def test_the_outlets_lexicon_names_its_sources() -> None:
    from newsctl.articles.lexicons import DATA

    text = (DATA / "outlets.tsv").read_text("utf-8")
    header = [x for x in text.splitlines() if x.startswith("#")]
    rows = [x.split("\t") for x in text.splitlines() if x and not x.startswith("#")]
    assert all(len(row) == 5 for row in rows) and len(rows) >= 200
    for source in {row[3] for row in rows}:  # each source is described in the header
        assert any(line.startswith(f"# {source} ") for line in header), source


def test_two_days_of_one_calendar_side_by_side_are_two_dates() -> None:
    """A masthead's founding day beside its issue's day is no date written twice (as a Hijri
    date and its Gregorian day are): each is a candidate, with its own weekday."""
    text = f"صدر العدد الأول في 22 يونيو 1962 الأربعاء 23 مايو 2007\n{HEADLINE}{STORY}"
    result = run_cli(["explain", "--format", "json", "--field", "published", "-"],
                     stdin=text.encode())  # fmt: skip
    ((choice,),) = [a["choices"] for a in json.loads(result.stdout)]
    found = {c["text"]: {s["name"] for s in c["signals"]} for c in choice["candidates"]}
    assert set(found) == {"22 يونيو 1962", "الأربعاء 23 مايو 2007"}
    assert "weekday-agrees" in found["الأربعاء 23 مايو 2007"]
    assert "weekday-disagrees" not in found["22 يونيو 1962"]
    # a Hijri date and its Gregorian day, side by side, stay one date
    text = f"11 شوال 1441هـ - 03 يونيو 2020م\n{HEADLINE}{STORY}"
    result = run_cli(["explain", "--format", "json", "--field", "published", "-"],
                     stdin=text.encode())  # fmt: skip
    ((choice,),) = [a["choices"] for a in json.loads(result.stdout)]
    assert len(choice["candidates"]) == 1


def date_of(text: str) -> str | None:
    """The date ``newsctl parse`` gives a page."""
    date: str | None = _record(text)["date"]
    return date


def test_a_date_labelled_as_todays_is_the_sites_clock() -> None:
    assert date_of(f"تاريخ اليوم : 28 مايو 2023\n{HEADLINE}{STORY}") is None
    assert date_of(f"تاريخ النشر : 28 مايو 2023\n{HEADLINE}{STORY}") == "2023-05-28"


def test_a_digest_of_the_papers_issued_today_is_dated_by_them() -> None:
    story = "".join(f"{STORY.strip()[:-1]} في يومه رقم {n}.\n" for n in range(1, 4))
    title = "أسرار الصحف اللبنانية الصادرة اليوم السبت في 28 حزيران 2025"
    record = _record(f"{title}\n{story}")
    assert record["date"] == "2025-06-28"


def test_the_last_day_of_a_span_of_days_is_an_events() -> None:
    from newsctl.articles.phrases import DAY_SPAN_RE

    assert DAY_SPAN_RE.search("جنيف، 19-") and DAY_SPAN_RE.search("من 3 - ")
    assert not DAY_SPAN_RE.search("10:30 - ") and not DAY_SPAN_RE.search("2025-")
    assert date_of(f"{HEADLINE}الدورة الثامنة، جنيف، 19-27 أيار/مايو 2025\n{STORY}") is None
    assert date_of(f"{HEADLINE}الثلاثاء 10:30 - 27 أيار/مايو 2025\n{STORY}") == "2025-05-27"
    # a list of days joined by و, or a span from one day to another: the meeting's last day
    for days in ("أيام 4و5و6 ماي 2012", "أيام 4 و 5 و 6 ماي 2012", "من 4 إلى 6 ماي 2012"):
        line = f"أقام المجلس الوطني {days} بمراكش لقاء وطنيا جمع أعضاءه"
        assert date_of(f"{HEADLINE}{line}\n{STORY}") is None, days


@pytest.mark.parametrize("name", ["معهد البحوث الفلكية", "مركز الدراسات الاستراتيجية",
                                  "الجمعية الوطنية للمتقاعدين"])  # fmt: skip
def test_a_bodys_name_alone_is_neither_headline_nor_byline(name: str) -> None:
    text = f"{name}\n\n{STORY}"
    record = _record(text)
    assert (record["headline"], record["byline"]) == (None, None)
    text = f"{name}\n{HEADLINE}\n{STORY}"
    record = _record(text)
    assert (record["headline"], record["byline"]) == (HEADLINE.strip(), None)
    # a headline that names the body says what it did: longer, and it stays
    title = f"{name} يعلن نتائج دراسته السنوية عن المناخ"
    record = _record(f"{title}\n\n{STORY}")
    assert record["headline"] == title


def test_a_headline_copied_from_a_table_cell_is_given_without_its_bars() -> None:
    """A newsletter's table: its rows keep their bars, and a row is no item of a list."""
    row = "| 22 يناير 2026 • بواسطة نشرة الأخبار الأسبوعية • #العدد 24 • عرض في المتصفح |"
    text = f"| {HEADLINE.strip()} |\n{row}\n|\n| تحية طيبة للقراء |\n|\n{STORY}"
    record = _record(text)
    assert record["headline"] == HEADLINE.strip()
    assert record["date"] == "2026-01-22"


def test_a_copy_run_into_one_line_keeps_its_stamp_under_the_title() -> None:
    """Line breaks lost (a search hit, a one-line paste): the first whole date among the first
    words stands where a stamp does, and the words before it are the title; a date deep in the
    run is the story's."""
    story = " ".join([STORY.strip()] * 3)
    title = HEADLINE.strip()
    assert date_of(f"أخبار محلية {title} محرر الموقع نوفمبر 15, 2022 {story}") == "2022-11-15"
    flat = f"{title} 23 نوفمبر 2020 {story}"
    record = _record(flat)
    assert (record["date"], record["headline"]) == ("2020-11-23", title)  # the words before it
    # a date after a particle of a sentence (في, منذ ...) is the story's, even at its start
    assert date_of(f"ومن المنتظر أن يكتمل المشروع في 12/08/2014 بكلفة كبيرة {story}") is None
    deep = " ".join([STORY.strip()] * 6)
    assert date_of(f"{title} {deep} وكان ذلك في 23 نوفمبر 2020 {story}") is None
    # with its line breaks, a date inside the story stays the story's
    assert date_of(f"{title}\n{STORY}وكان ذلك في 23 نوفمبر 2020 حين {STORY}") is None


@pytest.mark.parametrize(
    "credit",
    ["زاد الاردن الاخباري -", "وكالة الأنباء الرسمية –", "صحيفة الوطن :", "بوابة البرلمان"],
)
def test_an_outlets_credit_over_the_story_is_no_headline(credit: str) -> None:
    story = "".join(f"{STORY.strip()[:-1]} في يومه رقم {n}.\n" for n in range(1, 4))
    record = _record(f"{credit}\n{story}")
    assert record["headline"] is None


FORUM_POST = (
    "منتدى الهجرة والعمل | الهجرة إلى كندا | الهجرة إلى أستراليا\n"
    "وَهُوَ الَّذِي فِي السَّمَاءِ إِلَٰهٌ وَفِي الْأَرْضِ إِلَٰهٌ وَهُوَ الْحَكِيمُ الْعَلِيمُ، تبارك الذي"
    " بيده الملك وهو على كل شيء قدير، والحمد لله رب العالمين حمدا كثيرا.\n"
    "محصول البلح في فلسطين هذا العام\n"
    "إضافة رد\n"
    "قديم 26th September 2013, 07:28 PM عضو المنتدى غير متواجد حالياً\n"
    "رقم المشاركة : 1\n"
    f"{STORY}{STORY}"
    "التعديل الأخير تم بواسطة : عضو المنتدى بتاريخ 27-09-2013 الساعة 02:09 PM\n"
)


def test_a_forum_posts_stamp_and_its_last_edit() -> None:
    """vBulletin in Arabic: قديم (Old) opens a post's stamp; التعديل الأخير تم بواسطة ... بتاريخ
    (last edited by ... on) gives the update, not the publication."""
    record = _record(FORUM_POST)
    assert (record["date"], record["time"]) == ("2013-09-26", "19:28")
    assert record["updated"] == "2013-09-27T14:09"


@pytest.mark.parametrize("site", ["منتديات المطاريد", "بي بي سي عربي", "وكالة الأنباء العربية"])
def test_a_browsers_title_on_the_copy_gives_the_headline_without_the_site(site: str) -> None:
    story = "".join(f"{STORY.strip()[:-1]} في يومه رقم {n}.\n" for n in range(1, 4))
    text = f"{HEADLINE.strip()} - {site}\n{story}"
    record = _record(text)
    assert record["headline"] == HEADLINE.strip()
    # a title whose last part is no site's name keeps it
    title = f"{HEADLINE.strip()} - تفاصيل الخطة الجديدة"
    record = _record(f"{title}\n{story}")
    assert record["headline"] == title


def test_a_long_line_in_clauses_is_prose_not_the_headline() -> None:
    """16 words or more in clauses set apart by commas, even without a full stop (a lead cut off
    by the copy), read as prose: the short title above it is the headline."""
    lead = ("أعلن وزير الصحة، اليوم الخميس، أن البلاد باتت خالية من ثلاثة أمراض هي البلهارسيا"
            " والملاريا والتراخوما بعد حملات استمرت سنوات")  # fmt: skip
    story = "".join(f"{STORY.strip()[:-1]} في يومه رقم {n}.\n" for n in range(1, 3))
    text = f"الصحة تعلن خلو البلاد من ثلاثة أمراض خطيرة\n\n{lead}\n\n{story}"
    record = _record(text)
    assert record["headline"] == "الصحة تعلن خلو البلاد من ثلاثة أمراض خطيرة"


def test_the_item_under_a_breaking_news_label_is_the_tickers_not_the_story() -> None:
    item = " ".join(["مصر تثمن التعامل البناء مع تطورات الأوضاع في المنطقة وتؤكد دعمها للحوار"] * 6)
    story = "".join(f"{STORY.strip()[:-1]} في يومه رقم {n}.\n" for n in range(1, 3))
    site = "بوابة البرلمان"  # printed twice, as a headline is: a portal's name all the same
    text = f"×\nعاجل\n{item}\n{site}\nرئيس التحرير أحمد علي\n{HEADLINE}{site}\n{story}"
    record = _record(text)
    assert record["headline"] == HEADLINE.strip()
    assert record["lead"].startswith(STORY.strip()[:-1])


def test_a_home_pages_title_site_slogan_site_is_the_sites_name() -> None:
    story = "".join(f"{STORY.strip()[:-1]} في يومه رقم {n}.\n" for n in range(1, 3))
    title = "الاقتصادية - الموقع الرسمي لأخبار الاقتصاد والأسواق | الاقتصادية"
    text = f"{title}\nالخميس, 9 أكتوبر 2025\n{story}"
    record = _record(text)
    assert record["headline"] is None


def test_a_forum_posts_header_gives_its_title_without_label_or_stamp() -> None:
    """Forumotion's post header, label and stamp glued: مُساهمةموضوع: TITLE   STAMP."""
    story = "".join(f"{STORY.strip()[:-1]} في يومه رقم {n}.\n" for n in range(1, 3))
    header = f"مُساهمةموضوع: {HEADLINE.strip()}   الأحد نوفمبر 07, 2010 6:38 am"
    record = _record(f"{header}\n{story}")
    assert (record["headline"], record["date"]) == (HEADLINE.strip(), "2010-11-07")


@pytest.mark.parametrize(
    ("text", "iso"),
    [("lundi 16 janvier 2017", "2017-01-16"), ("jeudi 28 août 2008", "2008-08-28"),
     ("Mercredi 3 Février 2021 à 10:30", "2021-02-03T10:30"), ("15 decembre 2019", "2019-12-15")],
)  # fmt: skip
def test_french_date_headers_of_the_maghrebs_bilingual_pages(text: str, iso: str) -> None:
    result = run_cli(["date", "--format", "jsonl", text])
    assert result.status == 0, result.stderr
    record = json.loads(result.stdout)
    stamp = record["date"] + (f"T{record['time']}" if record.get("time") else "")
    assert stamp == iso


def test_a_listing_newest_first_is_dated_by_its_first_item() -> None:
    """An archive, a category page, a blog's posts: dates one after another, each older than the
    one above; the page is its first item's (dates out of that order are no listing)."""
    items = [("2017-07-07", "الأول"), ("2017-07-06", "الثاني"), ("2017-06-28", "الثالث")]
    text = "".join(f"{day}\n{STORY.strip()[:-1]} في مقاله {n}.\n" for day, n in items)
    assert date_of(f"موقع الرأي الحر\n{text}") == "2017-07-07"
    explained = run_cli(["explain", "--field", "published", "-"], stdin=text.encode()).stdout
    assert "list-head" in explained
    mixed = "".join(f"{day}\n{STORY.strip()[:-1]} في مقاله {n}.\n" for day, n in
                    [items[1], items[0], items[2]])  # fmt: skip
    explained = run_cli(["explain", "--field", "published", "-"], stdin=mixed.encode()).stdout
    assert "list-head" not in explained


@pytest.mark.parametrize("label", ["أرشيف يوم:", "الأرشيفات اليومية:", "Daily Archives:"])
def test_a_days_archive_label_dates_its_listing(label: str) -> None:
    """A day's archive (WordPress's "Daily Archives: %s") under the site's clock: the listing's
    articles are of that day, not of the visit's."""
    text = f"الأربعاء , 27 - نوفمبر - 2024\n\n{label} 2018-09-15\n\n{HEADLINE}\n{STORY}"
    record = _record(text)
    assert record["date"] == "2018-09-15"


def test_a_banner_in_latin_letters_above_the_arabic_text_is_not_the_story() -> None:
    """The U.S. Web Design System's banner (every U.S. government site prints it) above an
    Arabic statement: its sentences are no story, so the stamp under the title stands above it."""
    banner = (
        "A .gov website belongs to an official government organization in the United States.\n\n"
        "A lock or https:// means you have safely connected to the .gov website.\n\n"
    )
    story = "".join(f"{STORY.strip()[:-1]} في يومه رقم {n}.\n" for n in range(1, 4))
    text = f"{banner}بيان صحفي\n14 آب/أغسطس 2022\n\n{story}"
    record = _record(text)
    assert record["date"] == "2022-08-14"


@pytest.mark.parametrize(
    "line",
    [
        "تاريخ النشر : 2012/06/20 نقابة الصحفيين تكرم الفائزين بجوائزها // بقلم محمد علي",
        "نقابة الصحفيين تكرم الفائزين بجوائزها - بقلم محمد علي",
    ],
)
def test_a_stamp_and_a_byline_run_on_with_the_title_are_left_out(line: str) -> None:
    """One line of the copy: a labelled stamp, the title, the byline after a separator."""
    story = "".join(f"{STORY.strip()[:-1]} في يومه رقم {n}.\n" for n in range(1, 4))
    assert _headline(f"{line}\n{story}") == "نقابة الصحفيين تكرم الفائزين بجوائزها"


def test_a_notice_made_of_interface_phrases_is_not_the_story() -> None:
    """A forum's notice to guests holds two of the software's phrases (إنشاء حساب جديد, تسجيل
    الدخول: newsctl/data/interface.tsv) in a sentence: chrome, not a paragraph of the story."""
    from newsctl.articles.lines import attach, split_lines
    from newsctl.text.fold import Folded

    notice = ("هل تريد التفاعل مع هذه المساهمة؟ كل ما عليك هو إنشاء حساب جديد ببضع خطوات"
              " أو تسجيل الدخول للمتابعة.")  # fmt: skip
    lines = attach(split_lines(Folded(f"{notice}\n{STORY}")), [])
    assert [x.kind for x in lines] == ["chrome", "paragraph"]


def test_one_interface_phrase_in_a_sentence_is_still_text() -> None:
    from newsctl.articles.lexicons import interface_sentence
    from newsctl.text.fold import fold_key

    line = "وأعلنت الوزارة أن تسجيل الدخول إلى البوابة الإلكترونية متاح للمواطنين منذ اليوم."
    assert not interface_sentence(fold_key(line))


@pytest.mark.parametrize(
    ("line", "menu"),
    [
        ("من نحن ؟ اتصل بنا الصفحة الرئيسية", True),  # the software's links in a row
        ("الصفحة الرئيسية | اتصل بنا | سياسة الخصوصية", True),
        # a title that names two of them among its own words
        ("خطوات إنشاء حساب جديد في منصة التعليم الوطنية وطريقة تسجيل الدخول إليها", False),
        ("اتصل بنا", False),  # one phrase: the interface line's, not the menu's
    ],
)
def test_a_row_of_interface_links_is_chrome_a_title_naming_them_is_not(
    line: str, menu: bool
) -> None:
    from newsctl.articles.lexicons import interface_menu
    from newsctl.articles.lines import attach, split_lines
    from newsctl.text.fold import Folded, fold_key

    assert interface_menu(fold_key(line)) is menu
    kind = attach(split_lines(Folded(line)), [])[0].kind
    assert (kind == "chrome") is menu or kind == "short"


@pytest.mark.parametrize(
    "line",
    ["إظهار الرسائل ذات التسميات رياضة. إظهار كافة الرسائل", "Showing posts with label news"],
)
def test_a_blogger_label_pages_header_is_chrome(line: str) -> None:
    """A blog's label page opens with "Showing posts with label X. Show all posts": the
    platform's words, no headline."""
    from newsctl.articles.lines import attach, split_lines
    from newsctl.text.fold import Folded

    assert [x.kind for x in attach(split_lines(Folded(line)), [])] == ["chrome"]
    assert _headline(f"{line}\n{STORY}") is None  # the header alone over a story: no title


def test_a_date_in_the_headline_is_the_pages_when_no_other_date_stands() -> None:
    """A statement's or a bulletin's title carries its day (بيان ... 7/12/2012): alone on the page
    it is the publication date; beside a stamp it is what the story is about."""
    story = "".join(f"{STORY.strip()[:-1]} في يومه رقم {n}.\n" for n in range(1, 4))
    title = "بيان المكتب السياسي للحزب حول الأوضاع الراهنة 7/12/2012"
    record = _record(f"{title}\n\n{story}")
    assert record["date"] == "2012-12-07"
    stamped = f"{title}\nنشر في: 9 ديسمبر 2012\n\n{story}"
    record = _record(stamped)
    assert record["date"] == "2012-12-09"


def test_two_sentences_on_a_line_are_prose_whatever_the_vowel_signs() -> None:
    from newsctl.articles.lines import is_paragraph

    line = "كانت أول صحافية في اليمن، ومن أبرز الشخصيات في تاريخ اليمن عموماً. رحلت الدكتورة"
    assert is_paragraph(line)
    assert not is_paragraph("د. محمد علي يفتتح المعرض الدولي للكتاب في دورته الجديدة")


@pytest.mark.parametrize(
    "line", ["بسم الله الرحمن الرحيم", "﴿ بسم الله الرحمن الرحيم ﴾", "يتم التشغيل بواسطة Blogger."]
)
def test_a_formula_and_a_blogs_footer_are_no_titles(line: str) -> None:
    """The basmala alone opens a post or a statement; Blogger's footer says what runs the blog."""
    from newsctl.articles.lines import attach, split_lines
    from newsctl.text.fold import Folded

    assert [x.kind for x in attach(split_lines(Folded(line)), [])] == ["chrome"]


@pytest.mark.parametrize("tail", [" [fr]", " - [more]", " | [PDF]"])
def test_a_links_bracketed_label_after_the_title_is_left_out(tail: str) -> None:
    story = "".join(f"{STORY.strip()[:-1]} في يومه رقم {n}.\n" for n in range(1, 4))
    assert _headline(f"{HEADLINE.strip()}{tail}\n{story}") == HEADLINE.strip()


@pytest.mark.parametrize("line", ["3 ساعة ·ذكاء اصطناعي", "2 د · رياضة"])
def test_a_posts_age_and_section_is_no_title(line: str) -> None:
    """A social feed's line: the post's age (3 ساعة, 2 د) and its section after a dot."""
    from newsctl.articles.lines import attach, split_lines
    from newsctl.text.fold import Folded

    assert [x.kind for x in attach(split_lines(Folded(line)), [])] == ["chrome"]


def test_a_date_inside_a_file_name_is_no_stamp() -> None:
    """A date glued to underscores belongs to a file's or an image's name, not to the page."""
    from newsctl import find_dates

    result = run_cli(["date", "88552_ALR_14-10-2019_p32-1"])
    assert result.status == 1
    assert "no date found" in result.stderr
    text = "صورة_14-10-2019.jpg نشر في 12-10-2019 و img_2019-10-15_1 ثم 16-10-2019_p2"
    assert [m.date.isoformat() for m in find_dates(text) if m.date] == ["2019-10-12"]
    # a place glued to its date by an underscore, the story after a space: a dateline's date
    assert [m.text for m in find_dates("رام الله_18/2/2025 أعلنت الشرطة")] == ["18/2/2025"]
    lead = "رام الله_18/2/2025 شارك جهاز الضابطة الجمركية في اجتماع المجلس لحماية المستهلك"
    story = f"{lead} الذي انعقد في مقر الوزارة، وتناول خطة الحكومة لضبط السوق خلال الشهر.\n"
    assert _record(f"الضابطة الجمركية تشارك في اجتماع حماية المستهلك\n{story}")["date"] == (
        "2025-02-18"
    )


def test_the_date_a_page_says_it_was_added_is_its_publication() -> None:
    """``تاريخ الإضافة`` ("date added"), on a row of the page's counters set apart by wide gaps."""
    title = "ورشة عمل لفروع ومكاتب المؤسسة في العالم"
    stamp = (
        "تاريخ الإضافة الخميس 26 آذار 2009 - 3:01 م    عدد الزيارات 5683    التعليقات 0"
        "    القسم أخبار المؤسسة"
    )
    story = (
        "في سياق متابعتها لما تشهده المدينة من تطورات، عقدت المؤسسة ورشة عمل لفروعها ومكاتبها"
        " في العالم استمرت يومين وتضمنت برنامجا لمواكبة التطورات ومناقشة خطط العمل المقبلة.\n"
    )
    assert _record(f"{title}\n\n{stamp}\n\n{story}")["published"] == "2009-03-26T15:01"


def test_a_call_to_follow_after_a_purpose_is_chrome() -> None:
    """A line that asks the readers to follow a channel, after what it is for, is the site's."""
    from newsctl.articles.lines import calls_the_reader
    from newsctl.text.fold import fold_text

    call = "لمتابعة أهم الأخبار أولاً بأول تابعوا قناتنا على تيليجرام ( فجر نيوز )"
    assert calls_the_reader(fold_text(call))
    assert not calls_the_reader(fold_text("تابعوا التفاصيل: الوزير يتابع سير الامتحانات"))
    assert not calls_the_reader(fold_text("لمتابعة الملف تابع الوزير قناتنا الرسمية"))  # no call
    title = "ملحم ينفي إعلان الحكومة عطلة السبت المقبل"
    story = "نفى المتحدث باسم الحكومة ما تناقلته مواقع عن عطلة رسمية يوم السبت المقبل في البلاد.\n"
    assert _headline(f"{title}\n\n{call}\n\n{story}") == title
    # a blog's slogan asks them to read along: اقرأ معنا
    slogan = "اقرا معنا احدث الاخبار الصحفية قبل نشرها بالصحف ووكالات الانباء"
    assert calls_the_reader(fold_text(slogan))
    assert not calls_the_reader(fold_text("اقرأ أيضا: الوزير يتابع سير الامتحانات"))
    assert _headline(f"{slogan}\n\n{title}\n\n{story}") == title


def test_a_line_opening_with_a_plural_imperative_calls_the_readers() -> None:
    """A blog's header that opens with a plural imperative (تابعوا, اشتركوا) speaks to its
    readers: no headline, and no title above the post's date."""
    from newsctl.articles.lines import calls_the_reader
    from newsctl.text.fold import fold_text

    call = "تابعوا جميع اخبار ليبيا و اخبار ليبيا اليوم"
    assert calls_the_reader(fold_text(call))
    assert not calls_the_reader(fold_text("تابع الوزير جميع أخبار المدينة"))  # a past verb
    story = (
        "ألقت الحكومة المسؤولية على القوات المسلحة في ما حدث بالمدينة، وقالت في بيان إن "
        "الأوضاع عادت إلى طبيعتها بعد ظهر اليوم.\n"
    )
    assert _headline(f"{story}\n{call}\nالأحد، 31 مايو 2015\nالاشتراك في:\n") is None


@pytest.mark.parametrize(
    ("line", "widget"),
    [
        ("دولار امريكي - 3.3", True),
        ("اليورو - 3.9699", True),
        ("ليرة لبناني 10 - 0.0218", True),
        ("4.7دينار أردني", True),
        ("الدولار يتراجع إلى 3.5 شيكل", False),  # a headline says what the rate did
        ("دولار امريكي", False),  # no rate
    ],
)
def test_a_currency_widgets_line_is_chrome(line: str, widget: bool) -> None:
    from newsctl.articles.lines import is_chrome
    from newsctl.text.fold import fold_text

    assert is_chrome(fold_text(line), len(line.split())) is widget


def test_a_byline_after_the_outlets_credit() -> None:
    """``OUTLET : بقلم : NAME``: the outlet's credit, then the byline; no headline."""
    text = (
        "القلعه نيوز : بقلم : محمد خليل الشريف\n"
        "كل من تابع مونديال قطر يعرف أن المنتخبات العربية قدمت أداء لافتا هذه المرة، وأن"
        " الجماهير ملأت المدرجات في كل مباراة لعبها منتخب عربي في البطولة.\n"
    )
    record = _record(text)
    assert (record["byline"], record["headline"]) == ("محمد خليل الشريف", None)


def test_prose_before_a_one_line_copys_stamp_is_no_title() -> None:
    """A copy run into one line whose words before the stamp are two sentences: a story's
    opening, no headline (the stamp is still its date)."""
    prose = (
        "أفادت وسائل إعلام نقلا عن مسؤولين بأن مسلحين يطوقون المدينة التاريخية منذ أيام."
        " وذكرت المصادر أن المسلحين قطعوا جميع الطرق المؤدية إلى المدينة."
    )
    record = _record(f"{prose} ثلاثاء, 22/08/2023 - 20:21")
    assert (record["date"], record["headline"]) == ("2023-08-22", None)


def test_a_line_printed_five_times_is_the_sites() -> None:
    """A logo's text on every block of the page is the site's, however often it is printed."""
    title = "الإسكندرية في ألفين وثلاثمئة وخمسين عاما"
    story = (
        "تولى السلطان حسين كامل الحكم خلفا للخديوي عباس حلمي الثاني في الإسكندرية، وشهدت المدينة"
        " في عهده تحولات كبيرة في عمرانها وتجارتها وحياة أهلها اليومية.\n"
    )
    sections = "بانوراما\nفرعونيات\nبلاد وشركات\nالحدث السياحي\nسحر الشرق\n"
    text = (
        "abou-alhool\n" * 5 + f"abou-alhool الرئيسية abou-alhool\n{sections}abou-alhool\n"
        f"{title}\n-ج6-\n{title}\n-ج6-\nعدد : 09-2019\nبقلم المهندس / طارق بدراوى\n\n{story}"
    )
    assert _headline(text) == title
    result = run_cli(["explain", "--format", "json", "-"], stdin=text.encode())
    explained = json.loads(result.stdout)
    headline = next(c for c in explained[0]["choices"] if c["field"] == "headline")
    logo = next(c for c in headline["candidates"] if c["text"] == "abou-alhool")
    assert "printed-often" in {s["name"] for s in logo["signals"]}
    assert logo["score"] <= headline["threshold"]


def test_a_news_code_is_the_articles_id_not_a_counter() -> None:
    """``رمز الخبر: 456411`` under the stamp is the article's id (Iranian agencies' label), not a
    site's counter beside which a date would be the site's; a stray letter fills no headline."""
    story = (
        "أشاد رئيس المجلس الأعلى للحوزة العلمية في لقاء مع أعضاء المجلس بنشاطات الحوزة في العام"
        " الماضي، ودعا إلى مواصلة العمل في البرامج التعليمية والتبليغية في المحافظات.\n"
    )
    text = f"04 July 2020 - 14:56\nرمز الخبر: 456411\nپ\n{story}"
    record = _record(text)
    assert (record["date"], record["time"], record["id"]) == ("2020-07-04", "14:56", "456411")
    assert record["headline"] is None


def test_a_blogs_archive_is_dated_by_its_first_post_even_at_the_top() -> None:
    """A monthly archive: date headers newest first, each over a post; the first header, at the
    very top of the copy, dates the page (its place is a listing's, not a site clock's)."""
    text = (
        "السبت، 30 أبريل 2011\n\nاعتقال أحد المعتصمين في ظفار\n\n"
        "الجمعة، 29 أبريل 2011\n\nالمظاهرة الثانية في صلالة\n\n"
        "دارت الخطبة في ميدان الاعتصام حول مطالب المعتصمين وما تحقق منها حتى الآن، ودعا الخطيب"
        " إلى الصبر والثبات حتى تتحقق المطالب كلها.\n\n"
        "الثلاثاء، 26 أبريل 2011\n\nمدينة المستنقعات\n\n"
        "الجمعة، 22 أبريل 2011\n\nصور مظاهرة الجمعة في ظفار\n\n"
        "هذه صور من المظاهرة التي خرج فيها المعتصمون بعد صلاة الجمعة في ساحة الاعتصام.\n"
    )
    assert date_of(text) == "2011-04-30"


def test_a_blogs_archive_of_two_posts_is_dated_by_the_first() -> None:
    """Two date headers of one form, the first opening the copy, days apart: a blog's archive,
    dated by its first post; a site's clock years above the stamp is not such a header."""
    post = (
        "انطلقت حملة النظافة في المدينة بمشاركة البلدية والجمعيات المحلية، وشملت الأحياء"
        " الشعبية والأسواق والحدائق العامة طوال يومين كاملين.\n"
    )
    archive = (
        "vendredi 25 octobre 2013\n\nالقائمة الاسمية للتلاميذ الملحقين بالمعهد النموذجي\n\n"
        f"samedi 19 octobre 2013\n\nحملة نظافة بمدينة القيروان\n\n{post}"
    )
    assert date_of(archive) == "2013-10-25"
    clock = (
        "الجمعة، 22 نوفمبر 2024 07:13 م\n\nأول تصريح من رئيس الصومال بعد توليه مهامه\n\n"
        f"الإثنين، 23 مايو 2022 07:00 م\n\n{post}"
    )
    assert date_of(clock) == "2022-05-23"


_WRITERS = "مخلد السلمان وفرحان الفحيمان وعبدالله النسيس وسليمان السعيدي"
_VILLAGE = "أخبار قرية الملك"


@pytest.mark.parametrize(
    ("head", "name", "headline"),
    [
        # ``| كتب NAME وNAME وNAME وNAME |``: a table's row as a copy keeps it, its bars no words
        (f"| كتب {_WRITERS} |", _WRITERS, None),
        # an emoji before the label, a writer's role after a dash
        (f"{_VILLAGE}\n✍️ كتب: مصطفى حماده – مسؤول صفحة أخبار القرية", "مصطفى حماده", _VILLAGE),
        (f"{_VILLAGE}\n🖊 بقلم: سعاد الحكيم", "سعاد الحكيم", _VILLAGE),
        (f"{_VILLAGE}\nكتب: مصطفى حماده - مراسل الموقع في القرية", "مصطفى حماده", _VILLAGE),
        (f"{_VILLAGE}\nكتب: حسن الطيب – محمد عمر", "حسن الطيب – محمد عمر", _VILLAGE),  # 2 names
        # an English label, in any case
        (f"{_VILLAGE}\nArticle by Zeina Mansour", "Zeina Mansour", _VILLAGE),
        (f"{_VILLAGE}\nBY Ahmed Ali", "Ahmed Ali", _VILLAGE),
        # the outlet's credit before it, set apart by a slash; a label with no name is none
        ("كنال تطوان / الكاتب : المنتصر", "المنتصر", None),
        (f"{_VILLAGE}\nالمعلومة/متابعة ..", None, _VILLAGE),
        # a footnote's star, an underscore, a full stop left around the name
        (f"{_VILLAGE}\nبقلم: محمد عاصم*", "محمد عاصم", _VILLAGE),
        (f"{_VILLAGE}\nكتب _ جوان رسول", "جوان رسول", _VILLAGE),
        (f"{_VILLAGE}\nبقلم: احمد طاهر.", "احمد طاهر", _VILLAGE),
        (f"{_VILLAGE}\nبقلم الكاتب شوقي مسلماني", "شوقي مسلماني", _VILLAGE),  # a title as label
        # a writer named inside the title line: NAME يكتب: TITLE, TITLE .. بقلم : NAME
        ("أيمن بدر يكتب: ماذا ينتظر المصريون من الحكومة الجديدة؟", "أيمن بدر",
         "أيمن بدر يكتب: ماذا ينتظر المصريون من الحكومة الجديدة؟"),
        ("وداعا يا صديقي .. بقلم : الشيخ مالك الفيصل", "الشيخ مالك الفيصل",
         "وداعا يا صديقي .. بقلم : الشيخ مالك الفيصل"),
        (f"{_VILLAGE}\nمدرسة جديدة في القرية // بقلم د. سمير الأحمد", "د. سمير الأحمد",
         "مدرسة جديدة في القرية"),
    ],
)
def test_a_bylines_name_without_its_bars_label_emoji_or_role(
    head: str, name: str, headline: str | None
) -> None:
    story = (
        "شهدت القرية أمس افتتاح مدرسة جديدة بحضور عدد من الأهالي والمسؤولين، وأكد المتحدثون أن"
        " المدرسة ستخدم مئات التلاميذ في القرى المجاورة خلال العام الدراسي المقبل.\n"
    )
    record = _record(f"{head}\n{story}")
    assert (record["byline"], record["headline"]) == (name, headline)


def test_a_listings_first_item_gives_the_headline() -> None:
    """A blog's archive dated by its first post: the title under that date heads the page."""
    first = "شبيه بن لادن في مدينة ورزازات"
    story = (
        "مدينة ورزازات في جنوب المغرب يعرفها العالم بهوليود إفريقيا، فقد صورت فيها أفلام كثيرة"
        " منذ عقود، ويعمل كثير من سكانها ممثلين ثانويين في هذه الأفلام ويبيعون السلع في الأسواق"
        " بين موسم تصوير وآخر.\n"
    )
    text = (
        f"31/01/2012\n\n{first}\n\nصار شبيه بن لادن أشهر كومبارس في المدينة\n\n"
        f"30/01/2012\n\nهوليود افريقيا ورزازات ( المغرب )\n\n{story}"
    )
    assert (date_of(text), _headline(text)) == ("2012-01-31", first)


@pytest.mark.parametrize("left", ["news-picture", "![]()", "الرابط: file:///C:/Users/report.pdf"])
def test_an_images_text_or_a_link_is_no_dateline(left: str) -> None:
    """What a copy leaves where a dateline stands (an image's alt text, a link) names no place."""
    story = (
        "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة يخدم آلاف السكان في القرى"
        " المجاورة، بعد سنوات من العمل على إنشائه وتجهيزه بأحدث المعدات الطبية.\n"
    )
    assert _record(f"{HEADLINE}\n{left}\n{story}")["dateline"] is None
    assert _record(f"{HEADLINE}\nبغداد:\n{story}")["dateline"] == "بغداد"


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("سرايا - قررت الحكومة", "سرايا"),
        ("الوئام الوطني ـ أفادت اللجنة", "الوئام الوطني"),
        ("المركزية- انقضت أربعون سنة", "المركزية"),
        ("كتب – خالد بن راشد العدوي", None),  # a byline's verb
        ("حســـــام يرحب بالأعضاء", None),  # a tatweel draws the word out
    ],
)
def test_an_outlets_credit_opening_the_lead_is_its_dateline(
    opening: str, dateline: str | None
) -> None:
    """``OUTLET - VERB ...``: the credit before the dash that opens the lead is the dateline."""
    lead = (
        f"{opening} في جلستها الأسبوعية فرض قيود جديدة على التنقل بين المحافظات، على أن"
        " تبدأ من يوم الجمعة المقبل وتستمر أسبوعين كاملين بحسب ما أعلنه الناطق الرسمي.\n"
    )
    assert _record(f"{HEADLINE}\n{lead}")["dateline"] == dateline


# Pages made of the forms that headline rules read, each with the headline it must give (None: the
# page has none). One case per rule; the id names what the case shows.
_OFFICIAL = (
    "الوزيرة تطالب المدير العام لمنظمة العمل الدولية بالضغط على الاحتلال لتطبيق معايير"
    " العمل الدولية"
)
_POST = (
    "لي صديق أكنيه أبا اليمن، وأقصد أبا اليسر والبركة، عرفته منذ سنوات طويلة في المدينة.\n"
    "وفي هذه الأيام يكثر الحديث عن البركة في كل مجلس، فتذكرت صاحبي وما كان يقوله لنا.\n"
)
_DEATH = "مصرع شابة عربية في حادث مروع خارج البلاد"
_SUMMARY = (
    "أوقفت السلطات والد الشابة وشقيقها للتحقيق معهما بشبهة التورط في الحادث بعد أن بثت"
    " وسائل إعلام محلية شريطا مصورا يظهر لحظة وصول الشرطة إلى المنزل الذي كانت تقيم فيه"
    " العائلة منذ أشهر"
)
_DEATH_STORY = (
    "شابة عربية أخرى تفقد حياتها خارج البلاد في ظروف غامضة، بحسب ما أفادت به مصادر محلية"
    " اليوم، فيما تتواصل التحقيقات لمعرفة ملابسات الحادث.\n"
    "وكانت وسائل الإعلام قد بثت شريطا يوثق توقيف الوالد والشقيق في المطار قبل سفرهما.\n"
)
_DIGEST = "أضواء على الصحافة الإسرائيلية 6 أيلول 2018"
_DIGEST_ITEM = "باراجواي تقرر إعادة السفارة من القدس إلى تل أبيب وإسرائيل ترد بإعادة سفيرها"
_DIGEST_STORY = (
    "تقول صحيفة هآرتس إن وزارة خارجية باراجواي أعلنت إعادة سفارتها من القدس إلى تل أبيب،"
    " وإن إسرائيل ردت بإعادة سفيرها إلى البلاد للتشاور في الصحافة الإسرائيلية اليوم.\n"
)
_LEAD = (
    "واشنطن – أعلنت وزارة الخارجية الأمريكية، اليوم الجمعة، أن الاقتراع الذي نظم في البلاد"
    " جرى في أجواء هادئة، وأشادت بمشاركة الناخبين في مختلف الجهات."
)
_QUOTE = "د.سمير صبحي: المجلس البلدي يصادق بالأغلبية على ميزانية البلدية للعام المقبل"
_BUDGET = (
    "أقر المجلس البلدي هذا الأسبوع، بأغلبية كبيرة، ميزانية البلدية العادية للعام المقبل، بعد"
    " نقاش طويل حول أولويات الصرف على التعليم والبنى التحتية في المدينة.\n"
)
_SAHEL = "المشهد الإخباري لتحالف دول الساحل | 21 مايو 2025"
_SAHEL_STORY = (
    "1) الرئيس غويتا يستقبل وفدا إماراتيا رفيعا في زيارة رسمية إلى مالي\n\n"
    "استقبل الرئيس الانتقالي في مالي وفدا إماراتيا رفيعا في زيارة رسمية بحثت التعاون بين"
    " البلدين في مجالات الأمن والتنمية والاستثمار في الأسابيع المقبلة، وأكد الجانبان"
    " رغبتهما في توسيع الشراكة بين البلدين في السنوات القادمة.\n"
)
_TEAM = "منتخبنا الوطني بطل غرب آسيا"
_TEAM_LEAD = "ألف ألف مبروك لمنتخبنا الوطني الرديف على فوزه في نهائي بطولة غرب آسيا أمس"
_TEAM_STORY = (
    "ونحن نقول للمسؤولين عن الرياضة في البلد إن الشباب يستحقون الاهتمام والدعم، فقد فرحنا"
    " ببطولة لم يدر عنها أحد، ونأمل أن تتبعها بطولات أخرى في الخليج والقارة في الأعوام"
    " القادمة بإذن الله.\n"
)
_VOTE = "انتخابات العراق 2014"
_VOTE_STORY = (
    "يتوجه العراقيون إلى صناديق الاقتراع لاختيار ممثليهم في مؤسسات السلطة، في ثالث انتخابات"
    " تشريعية منذ عام 2003 وأول انتخابات بعد انسحاب القوات الأجنبية، وسط انقسام عميق.\n"
)
_LONG_HEAD = (
    "محافظ المنطقة الشمالية يستقبل وفد منظمة الصحة العالمية ويبحث معه سبل دعم المستشفيات "
    "الحكومية والمراكز الصحية بالمحافظة"
)
_LONG_STORY = (
    "استقبل محافظ المنطقة الشمالية اليوم وفد منظمة الصحة العالمية، وبحث معه سبل دعم "
    "المستشفيات الحكومية والمراكز الصحية في المحافظة، وأكد أهمية التعاون المشترك في تطوير "
    "الخدمات المقدمة للمواطنين وتدريب الكوادر الطبية وتوفير الأدوية والمستلزمات.\n"
)
_MENU = (
    "الرئيسية أخبار محلية عربي ودولي اقتصاد رياضة ثقافة فنون منوعات تقارير حوارات مقالات "
    "صحة تكنولوجيا اتصل بنا من نحن"
)
_PREFACE = (
    "هذه مدونة شخصية أكتب فيها عن الكتب التي أقرأها والأماكن التي أزورها، وعن أشياء أخرى "
    "كثيرة تهمني وتهم أصدقائي من القراء الكرام في كل مكان."
)
_CLUB = "حدث في مثل هذا اليوم تأسيس نادي الرجاء الرياضي"
_CLUB_STORY = (
    "تأسس نادي الرجاء الرياضي في مثل هذا اليوم بحي درب السلطان في الدار البيضاء، على يد "
    "نقابيين ووطنيين أرادوا ناديا للشعب، وصار النادي من أكبر أندية القارة.\n"
)
_HEADLINE_CASES = [
    # a Forumotion post's title with its icon's alt text and the title again: the title
    pytest.param(
        f"{_CLUB} Empty {_CLUB}\n\n{_CLUB_STORY}", _CLUB, id="forum-icon-alt-text"
    ),
    # a greeting opens a forum post or a letter: no headline
    pytest.param(
        f"السلام عليكم يا رواد منتدى القرية الكرام ورحمة الله\n\n{_LONG_STORY}", None, id="greeting"
    ),
    # a blog's description above the post (PREFACE / DATE / TITLE / POST): the title under the
    # stamp heads it
    pytest.param(
        f"{_PREFACE}\n\nالجمعة، 20 مارس 2020\n\n{_CLUB}\n\n{_CLUB_STORY}", _CLUB, id="preface-date"
    ),
    # a headline of 17 words without punctuation or little words reads like a menu; the story
    # telling its words again makes it the headline, and a true menu stays a menu
    pytest.param(f"{_LONG_HEAD}\n\n{_LONG_STORY}", _LONG_HEAD, id="long-headline-no-little-words"),
    pytest.param(f"{_MENU}\n\n{_LONG_STORY}", None, id="menu-over-a-story"),
    # a masthead's staff line is a few names and titles, or opens with a title; a headline that
    # names an official (المدير العام) in its sentence is a headline
    pytest.param(
        "جريدة النهار المصرية رئيس مجلس الإدارة ورئيس التحرير أسامة شرشر\n\n"
        f"{_OFFICIAL}\n\n{STORY}",
        _OFFICIAL,
        id="official-named-in-a-headline",
    ),
    # a blog prints DATE / TITLE / POST: a title of one or two words there is the headline;
    # alone, two words are no sure title
    pytest.param(
        f"الأربعاء، 28 سبتمبر 2011\n\nأبو اليمن\n\n{_POST}", "أبو اليمن", id="blog-short-title"
    ),
    pytest.param(f"أبو اليمن\n\n{_POST}", None, id="two-words-alone"),
    # HEADLINE / a standfirst of 30 words / the stamp / the story: the short title heads it
    pytest.param(
        f"{_DEATH}\n\n{_SUMMARY}\n\n07 فبراير 2019 | 16:20\n\n{_DEATH_STORY}",
        _DEATH,
        id="standfirst",
    ),
    # a digest's title with its day, printed twice above its first item: the page's headline
    pytest.param(
        f"اخبار اقليميه\n\n{_DIGEST}\n\n{_DIGEST}\n\n{_DIGEST_ITEM}\n\n{_DIGEST_STORY}",
        _DIGEST,
        id="digest-dated-title",
    ),
    # a story's lead printed twice (a teaser over the story), a paragraph of clauses ending with
    # a full stop, is prose: the page has no headline
    pytest.param(
        f"{_LEAD}\n\nسبتمبر 5, 2015 اخبار دولية\n\n{_LEAD}\n\nوقال المتحدث إن الانتخابات خطوة.\n",
        None,
        id="lead-printed-twice",
    ),
    # د. NAME: what they said is a headline quoting someone; د. NAME – title is a name
    pytest.param(
        f"{_QUOTE}\n\nد. سمير صبحي – رئيس البلدية\n* إلى أهلي في بلدي…\n{_BUDGET}",
        _QUOTE,
        id="quote-after-an-honorific",
    ),
    # a digest's title, then its items numbered 1), 2): the title heads the page
    pytest.param(f"{_SAHEL}\n\n{_SAHEL_STORY}", _SAHEL, id="numbered-item"),
    # a blog post's title, then its first sentence on a line of its own (no full stop) that
    # repeats the title's words, then the story: the title heads it, echoed by the line under it
    pytest.param(
        f"الاثنين، 4 أكتوبر 2010\n\n{_TEAM}\n{_TEAM_LEAD}\n{_TEAM_STORY}", _TEAM, id="lead-line"
    ),
    # a theme's "Written by NAME on DATE" (تحرير NAME على DATE) is a stamp, no dated title
    pytest.param(
        f"تحرير أماني على الإثنين، 28 نيسان/أبريل 2014\nفئة: منوعات\n\n{_VOTE}\n\n{_VOTE_STORY}",
        _VOTE,
        id="written-by-on",
    ),
    # a label right before the date (... بتاريخ DATE) makes the line a stamp, no dated title
    pytest.param(
        f"نشر في الجريدة الرسمية رقم 1589 بتاريخ 23 / 03 / 2025\n\n{_BUDGET}", None, id="labelled"
    ),
]


@pytest.mark.parametrize(("text", "headline"), _HEADLINE_CASES)
def test_the_headline_of_a_page_of_known_forms(text: str, headline: str | None) -> None:
    assert _headline(text) == headline


def test_a_datelines_closing_slash_sets_the_story_apart() -> None:
    """``طهران / وكالات /`` on its line above the story: the closing slash is no part of it."""
    text = (
        "إيران تعلن عن مناورات عسكرية واسعة في الخليج\n\nطهران / وكالات /\n\n"
        "أعلن الجيش الإيراني اليوم بدء مناورات عسكرية واسعة في مياه الخليج"
        " تستمر خمسة أيام بمشاركة وحدات بحرية وجوية.\n"
    )
    assert _record(text)["dateline"] == "طهران / وكالات"


def test_an_outlets_name_before_a_colon_opening_the_story_is_its_credit() -> None:
    """``الوقائع الإخبارية : - قال ...``: an outlet's name (``... الإخبارية``) opens the story as
    its credit; a speaker before a colon is no dateline."""
    story = (
        " قال مدير المكتب الإعلامي في المدينة إن الحكومة تشكك في الأرقام التي نشرتها المنظمة"
        " الدولية عن عدد السكان، وطالب بمراجعتها قبل نهاية الشهر الجاري.\n"
    )
    head = "الحكومة تشكك في أرقام المنظمة الدولية\n\n"
    assert _record(f"{head}الوقائع الإخبارية : -{story}")["dateline"] == "الوقائع الإخبارية"
    assert _record(f"{head}الوزير سمير :{story}")["dateline"] is None


@pytest.mark.parametrize(
    ("text", "published", "updated"),
    [
        # a line that opens with the update label dates the update by its first date only
        ("Home Depot Stock Is Falling After Its Earnings Release\n"
         "Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET\n"
         "Home Depot stock was falling on Tuesday after the retailer reported earnings that beat"
         " expectations but sales that missed them, and it cut its outlook for the year.\n",
         "2019-11-19T08:02-05:00", "2019-11-19T08:21-05:00"),
        # French pages and the Maghreb's bilingual ones label their update ``Mis à jour``
        ("Un troisième Français mort dans le séisme au Népal\n"
         "AFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)\n"
         "Le corps d'un troisième Français a été retrouvé au Népal, a annoncé jeudi le ministère,"
         " une semaine après le séisme qui a fait plus de six mille morts dans le pays.\n",
         "2015-04-30T07:19", "2015-04-30"),
        # the update's time alone after its label: the day is the stamp's, before it
        ("معارضون يسيطرون على مخازن للصواريخ بريف دمشق\n"
         "الأحد، 04 آب/اغسطس 2013، آخر تحديث 02:21 (GMT+0400)\n"
         "دمشق، سوريا (CNN) -- سيطر معارضون مسلحون على مخازن للصواريخ في ريف دمشق، بحسب ما"
         " أفاد ناشطون، في وقت تواصلت فيه الاشتباكات في عدة مناطق من البلاد.\n",
         "2013-08-04", "2013-08-04T02:21+04:00"),
    ],
)  # fmt: skip
def test_a_stamp_and_its_update_on_one_line(text: str, published: str, updated: str) -> None:
    record = _record(text)
    assert (record["published"], record["updated"]) == (published, updated)


_FOOT_STORY = (
    "Markets on a high while the economy slows\n"
    "Stocks scaled a new all-time high in the morning trade on Wednesday, even as the latest"
    " figures showed the economy growing at its slowest pace in six years.\n"
    "related news\n"
    "Banks lead the rally for a third day\n"
    "What is driving the market this week\n"
    "Analysts say the market is pricing in a recovery that the figures do not yet show, and"
    " they expect some consolidation in the weeks ahead.\n"
    "Disclaimer: the views expressed by the analysts are their own and not those of the site.\n"
)


@pytest.mark.parametrize(
    ("foot", "published"),
    [
        ("First Published on Nov 20, 2019 01:38 pm\n", "2019-11-20T13:38"),
        ("نشر في 20 نوفمبر 2019\n", "2019-11-20"),
        # two labelled stamps under the story: a list of other articles, each with its day
        ("Published on Nov 20, 2019\nPublished on Nov 19, 2019\n", None),
        # no label: a date at the foot of the page, in its lists, is not the article's
        ("Nov 20, 2019 01:38 pm\n", None),
    ],
)  # fmt: skip
def test_the_pages_one_labelled_stamp_at_its_foot(foot: str, published: str | None) -> None:
    """A stamp under the story, past a box of related links inside it, is the article's when its
    label says published and no other labelled stamp stands on the page."""
    assert _record(_FOOT_STORY + foot)["published"] == published


_GRADUATION = (
    "وها هم أبناء الجامعة يكللون سنوات الجهد في مسيرتهم العلمية، ونظمت الجامعة اليوم السبت"
    " أكبر حفل تخرج في تاريخها أعده اتحاد طلبتها الذين لم يتوقفوا عن العمل ليلا ونهارا سعيا"
    " لبلوغ الغاية وتتويج جهود الخريجين، وحضر الحفل رئيس الحكومة ووزير التعليم العالي.\n"
)


@pytest.mark.parametrize(
    ("above", "headline"),
    [
        ("حفل تخرج\n", "حفل تخرج"),  # two words the story tells again: its title
        ("الرئيسية\nحفل تخرج\n", "حفل تخرج"),
        ("أخبار الجامعة\n", None),  # two words the story does not tell again: a section
        ("طرابلس\n", None),  # one word: a place's or a section's name
        # a longer title above the story: the two words are a section's link over it
        ("حفل تخرج\nالجامعة تحتفل بتخريج دفعة جديدة من طلبتها\n",
         "الجامعة تحتفل بتخريج دفعة جديدة من طلبتها"),
    ],
)  # fmt: skip
def test_a_title_of_two_words_the_story_tells_again(above: str, headline: str | None) -> None:
    assert _record(above + _GRADUATION)["headline"] == headline


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # vBulletin's default stamp (m-d-Y, h:i A): month first, alone or after its label
        ("07-02-2010, 10:38 AM", "2010-07-02T10:38"),
        ("قديم 12-08-2012, 08:56 PM", "2012-12-08T20:56"),
        ("16-05-2017, 02:06 PM", "2017-05-16T14:06"),  # a day over 12: only day first reads
        ("07-02-2010 10:38 AM", "2010-02-07T10:38"),  # not the forum's form: the Arabic order
        ("07-02-2010, 10:38 م", "2010-02-07T22:38"),
    ],
)  # fmt: skip
def test_a_forums_default_stamp_is_month_first(text: str, published: str) -> None:
    result = run_cli(["date", text])
    assert (result.status, result.stdout.strip()) == (0, published)


def test_a_boards_stamps_are_read_in_the_order_its_others_prove() -> None:
    """A board whose stamps are day first (one with a day over 12 says so) has its ambiguous
    ones read day first too."""
    post = "نص المشاركة عن سوق الأسهم وتداولات الأسبوع الماضي في البورصة المحلية.\n"
    month_first = _record(f"قديم 07-02-2010, 10:38 AM\n{post}")
    day_first = _record(f"قديم 07-02-2010, 10:38 AM\n{post}قديم 16-05-2010, 02:06 PM\n{post}")
    assert [d["date"] for d in month_first["dates"]] == ["2010-07-02"]
    assert [d["date"] for d in day_first["dates"]] == ["2010-02-07", "2010-05-16"]


def test_a_forums_latest_topics_above_the_post_are_a_list() -> None:
    """A forum's widget of other topics (Forumotion's "المواضيع الأخيرة") above the post, each
    topic with its stamp: their days are not the post's."""
    widget = "".join(
        f"» موضوع آخر رقم {n} في المنتدى\nالأربعاء مايو {day}, 2016 7:32 pm من طرف المدير\n"
        for n, day in ((1, 25), (2, 20), (3, 16))
    )
    post = (
        "فوائد حب الرشاد\n"
        "حب الرشاد نبات عرفه الناس منذ القدم، ويذكر أهل الطب الشعبي أنه يفيد في علاج أمراض"
        " كثيرة، ويؤكل مطحونا مع العسل أو منقوعا في الماء، وينصح بعدم الإكثار منه.\n"
    )
    with_widget = _record(f"منتدى الإبداع\nالمواضيع الأخيرة\n{widget}{post}")
    assert with_widget["published"] is None
    assert [d["role"] for d in with_widget["dates"]] == ["page", "page", "page"]
    # a heading of other articles over the post's own stamp (a menu's link) is no list
    menu = _record(f"منتدى الإبداع\nأحدث الأخبار\nالأربعاء مايو 25, 2016 7:32 pm\n{post}")
    assert menu["published"] == "2016-05-25T19:32"


def test_a_places_name_and_its_colon_over_the_headline_is_its_kicker() -> None:
    record = _record(
        "اليمن:\nالحكومة تعلن خطة جديدة لدعم الكهرباء في عدن\nالقاهرة (رويترز) -\n"
        "أعلنت الحكومة اليمنية اليوم الأحد خطة جديدة لدعم قطاع الكهرباء في مدينة عدن، وقال وزير"
        " الكهرباء إن الخطة تشمل محطات جديدة وصيانة الشبكة خلال العام المقبل.\n"
    )
    assert (record["kicker"], record["headline"], record["dateline"]) == (
        "اليمن", "الحكومة تعلن خطة جديدة لدعم الكهرباء في عدن", "القاهرة (رويترز)"
    )


PRINT_VIEW = (
    "منتديات المعرفة التعليمية\n"
    "منتديات المعرفة التعليمية (https://www.almaarifa-forum.net/vb/index.php)\n"
    "-   قسم المواضيع العامة (https://www.almaarifa-forum.net/vb/forumdisplay.php?f=2)\n"
    "-   -   مشروع جديد لتأهيل المدارس القديمة (https://www.almaarifa-forum.net/vb/showthread.php?t=5)\n"
    "كماشين 03-05-2009 03:38\n"
    "مشروع جديد لتأهيل المدارس القديمة\n"
)


def test_a_print_views_links_are_no_site_name_beside_the_posts_stamp() -> None:
    """A forum's print view prints its trail of links each with its address in brackets, then
    the poster and the post's stamp: the links' addresses (a path after the domain) are no site
    name, so the stamp is not the site's furniture; a line with an address is no headline."""
    story = "".join(f"{STORY.strip()[:-1]} في يومه رقم {n}.\n" for n in range(1, 4))
    record = _record(PRINT_VIEW + story)
    assert (record["date"], record["time"]) == ("2009-05-03", "03:38")
    assert record["headline"] == "مشروع جديد لتأهيل المدارس القديمة"
    result = run_cli(["explain", "--format", "json", "-"], stdin=(PRINT_VIEW + story).encode())
    published = next(c for c in json.loads(result.stdout)[0]["choices"]
                     if c["field"] == "published")  # fmt: skip
    signals = [s["name"] for s in published["candidates"][published["chosen"]]["signals"]]
    assert "furniture" not in signals


def test_a_permalinks_line_is_no_headline() -> None:
    story = "".join(f"{STORY.strip()[:-1]} في يومه رقم {n}.\n" for n in range(1, 4))
    text = f"وصلة دائمة لهذا المحتوى : http://www.example.sa/845882/\n\n{story}"
    assert _headline(text) is None


@pytest.mark.parametrize("label", ["أخر زيارة :", "آخر زيارة:", "Last Visit:"])
def test_a_members_last_visit_is_not_the_posts_date(label: str) -> None:
    """A forum's member block beside the post: joined, last visit; neither is the post's."""
    story = "".join(f"{STORY.strip()[:-1]} في يومه رقم {n}.\n" for n in range(1, 4))
    block = f"رقم العضوية : 12 |\nتاريخ التسجيل : Jun 2016 |\n{label} 07-27-2025 (06:30 AM) |\n"
    assert _record(f"مشروع جديد لتأهيل المدارس\n{block}\n{story}")["date"] is None
    stamped = f"مشروع جديد لتأهيل المدارس\nنشر في 12 مارس 2024\n{block}\n{story}"
    assert _record(stamped)["date"] == "2024-03-12"


@pytest.mark.parametrize(
    "line", ["أرشيف الموقع حتى 31 - 05 - 2004", "العروض سارية لغاية 5 مايو 2024"]
)
def test_a_date_after_until_ends_a_span_and_is_no_stamp(line: str) -> None:
    story = "".join(f"{STORY.strip()[:-1]} في يومه رقم {n}.\n" for n in range(1, 4))
    assert _record(f"مشروع جديد لتأهيل المدارس\n{line}\n\n{story}")["date"] is None
    stamped = f"مشروع جديد لتأهيل المدارس\n{line}\nنشر في 12 مارس 2024\n\n{story}"
    assert _record(stamped)["date"] == "2024-03-12"


def test_a_title_set_apart_by_blank_lines_is_no_item_of_the_lines_below() -> None:
    """A blog post's title, then a gap of blank lines, then the post in short lines with no
    full stop (a poem, a hard-wrapped text): the lines below are in a row with each other, not
    with the title set apart above them."""
    title = "في ذكرى اليوم الوطني .. كلمة حب للوطن"
    post = [
        "كتبت في العام الماضي عن هذا اليوم وعن معناه",
        "وعن الأرض التي نعيش عليها ونحبها",
        "واليوم أعود إلى الفكرة ذاتها وإلى الهدف نفسه",
        "فالوطن باق والناس يرحلون جيلا بعد جيل",
        "ويبقى لنا أن نحفظ ما تركه المؤسسون لنا",
    ]
    text = "Tuesday, 30 November 2010\n\n" + title + "\n\n\n\n\n" + "\n".join(post) + "\n"
    assert _headline(text) == title


def test_a_short_heading_starts_the_list_below_it() -> None:
    """A bulletin's headline, then a short heading over a list of other titles: the heading
    opens the list, the headline above it is no item of it."""
    title = "الحكومة تتوقع نمو الاقتصاد بنسبة 4% في العام المقبل"
    others = [
        "ارتفاع أسعار النفط في الأسواق العالمية بعد قرار أوبك",
        "البنك المركزي يبقي أسعار الفائدة دون تغيير هذا الشهر",
        "هيئة السوق توافق على طرح أسهم شركة جديدة للاكتتاب",
        "الصادرات غير النفطية تسجل أعلى مستوى لها منذ سنوات",
    ]
    text = f"نشرة الاقتصاد\n\n{title}\n\nأهم العناوين\n\n" + "\n\n".join(others) + "\n\n" + STORY
    assert _headline(text) == title


@pytest.mark.parametrize(
    "line",
    ["المحافظ يزور المصابين في المستشفى ويقول", "المحافظ يزور المصابين في المستشفى –",
     "المحافظ يزور المصابين في المستشفى، ثم", "المحافظ يزور المصابين ويؤكد أن"],
)  # fmt: skip
def test_a_line_that_runs_on_into_the_next_is_no_headline(line: str) -> None:
    """A line ending with a dash, a comma or a word that needs the next line (a wrapped
    sentence's start) is no headline, even right above the story that echoes it."""
    title = "حادث سير على الطريق الدولي يودي بحياة ثلاثة أشخاص"
    story = "زار المحافظ المصابين في المستشفى اليوم وقال إن حالتهم مستقرة بعد الحادث.\n"
    assert _headline(f"{title}\n\n{line}\n12 مارس 2024\n\n{story}") == title


def test_a_line_that_runs_on_is_no_writers_name() -> None:
    record = _record("• 27 أيار 2015\n• يحكى أن\n\n" + STORY)
    assert (record["headline"], record["byline"]) == (None, None)


def test_a_stamp_with_the_pages_counters_is_no_dated_title() -> None:
    """A labelled stamp and the page's counters on one line (its date, then its visits and
    comments, set apart by wide gaps) is a stamp, not a title that carries its date."""
    stamp = "تاريخ الإضافة الثلاثاء 2 آب 2011 - 2:05 م    عدد الزيارات 929    التعليقات 0"
    title = "الإصلاح الانتخابي بين النسبية والصوت الفردي"
    record = _record(f"{stamp}\n\nالسفير، 2 آب 2011\n\n{title}\n\n" + STORY)
    assert (record["headline"], record["date"], record["time"]) == (title, "2011-08-02", "14:05")


def test_a_speakers_long_label_introduces_a_quote_not_a_headline() -> None:
    """A line of five words or more ending with a colon (a speaker and her role) introduces
    what she said: the line under it is no headline under its kicker."""
    title = "الهدوء يعود إلى المدينة بعد مواجهات ليلية في الشارع الرئيسي"
    text = (
        f"الأكثر قراءة\n{title}\n\nمحمد كريم -\nنُشر: 09/11/14 18:20\n\n"
        "الناطقة بلسان الشرطة للإعلام العربي لوبا السمري:\n\n"
        "قامت قوات من الشرطة بمعالجة الموضوع وتفريق المخلين بالنظام\n\n"
        "ذكر مراسلنا أن قوات الشرطة قامت بمعالجة الموضوع وتفريق المخلين بالنظام قرب الساحة "
        "العامة في المدينة، وأن الحركة عادت طبيعية صباح اليوم. وأضاف أن عددا من الشبان أحرقوا "
        "إطارات مطاطية قبل أن تصل القوات وتفتح الطريق أمام السيارات.\n"
    )
    assert _headline(text) == title


def test_a_round_bullet_opens_an_item_even_alone() -> None:
    """A line opening with a round bullet (•) is an item (a story's highlight), alone too; a
    star may decorate a headline (test above)."""
    title = "شبكة الإنترنت الجديدة تصل إلى المدينة بعد سبع سنوات من الانتظار"
    highlight = "• بدأت الشبكة خطوتها الأولى في المكلا وتسعى لمد خطوتها الثانية إلى سيئون"
    story = (
        "بدأت الشبكة خطوتها الأولى في المكلا، وتسعى الشركة إلى مد خطوتها الثانية إلى سيئون خلال "
        "الأشهر المقبلة، بعد أن وصلت خدمتها إلى آلاف المشتركين في المدينة خلال الشهر الماضي، "
        "كما قال مدير الشركة في مؤتمر صحفي عقده اليوم.\n"
    )
    assert _headline(f"الرئيسية\n{title}\n\n{highlight}\n\n{story}") == title


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Read Time:3 Minute, 53 Second", True),
        ("5 min read", True),
        ("وقت القراءة: 4 دقائق", True),
        ("3 دقائق للقراءة", True),
        ("الوزير يقرأ بيانا في دقيقة واحدة أمام البرلمان", False),
    ],
)
def test_a_reading_time_widget_is_chrome(line: str, chrome: bool) -> None:
    from newsctl.articles.lines import is_chrome
    from newsctl.text.fold import fold_text

    assert is_chrome(fold_text(line), len(line.split())) is chrome


def test_a_reading_time_widget_is_no_headline() -> None:
    text = "0 0\nRead Time:3 Minute, 53 Second\n\n" + STORY
    assert _headline(text) is None


def test_a_weak_label_inside_a_paragraph_is_the_sentences() -> None:
    """بتاريخ inside a paragraph (وتحديدا بتاريخ 14 نوفمبر 2012، نشرت صحفنا ...) dates an
    event the sentence tells, not the page."""
    title = "هل تكون مثل المدينة الشمالية ؟!"
    paragraph = (
        "قبل نحو عامين، وتحديدا بتاريخ 14 نوفمبر2012م، نشرت صحفنا المحلية خبرا عن مشروع المدينة "
        "الجديدة وما ينتظر سكانها من خدمات، ثم غاب الحديث عنه حتى اليوم"  # a copy cut here
    )
    record = _record(f"راصد\n\n{title}\n\n{paragraph}\n\nراصد\n\nكيف خرجوا بدونهم ؟!\n")
    assert (record["headline"], record["date"]) == (title, None)


def test_a_labelled_stamp_and_its_writer_on_one_line_is_no_title() -> None:
    """``تاريخ النشر: DATE | كتب: NAME ROLE`` is a stamp and its writer; a title run on after
    its stamp (``تاريخ النشر : DATE TITLE // بقلم NAME``) stays a title."""
    stamp = "تاريخ النشر: 2025-06-15 | كتب: دكتور محمد رفعت استشاري ورئيس قسم الجراحة العامة"
    story = (
        "تمثل السمنة المفرطة عبئا على كثيرين، إذ تنال من صحتهم وتزيد من خطر إصابتهم بأمراض "
        "القلب والسكري، كما يشرح الدكتور محمد رفعت في حديثه عن جراحات السمنة وأنواعها.\n"
    )
    record = _record(f"{stamp}\n{story}")
    assert (record["headline"], record["date"]) == (None, "2025-06-15")


@pytest.mark.parametrize(
    ("line", "is_menu"),
    [
        ("قرار يحدد قواعد توزيع الارقام التعريفية المخصصة لقوائم المترشحين تحت لواء الأحزاب "
         "السياسة و القوائم المستقلة", False),  # a verb in the present: a headline
        ("الرئيسية أخبار محلية عربي ودولي اقتصاد رياضة ثقافة وفنون تكنولوجيا صحة منوعات "
         "تقارير وتحقيقات مقالات الرأي فيديو صور اتصل بنا", True),
    ],
)  # fmt: skip
def test_a_long_line_with_a_present_verb_is_no_menu(line: str, is_menu: bool) -> None:
    from newsctl.articles.lines import menu
    from newsctl.text.fold import fold_text

    assert menu(fold_text(line), len(line.split())) is is_menu


def test_a_title_ending_with_a_colon_printed_twice_is_the_headline() -> None:
    """A line ending with a colon reads as a kicker; printed twice, as pages print their
    headline, it is the headline (a list follows it in the story)."""
    title = "مجموع أهداف الفريق في المنافسات القارية:"
    story = (
        "سجل الفريق في مشاركاته القارية منذ تأسيسه أكثر من مئتي هدف، توزعت على دوري الأبطال "
        "وكأس الاتحاد وكأس الكؤوس، وهذه حصيلته في كل منافسة على حدة.\n"
    )
    assert _headline(f"الرئيسية\n{title}\n\n{title}\n\n{story}") == title


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("حميد النعيمي خلال زيارة قاعة أمين الشرفاء بمنطقة مشيرف. (من المصدر)", True),
        ("الوزير يفتتح المستشفى الجديد (المصدر)", True),
        ("المصدر يكشف تفاصيل الاتفاق الجديد (خاص)", False),
        # the photo's rights in square brackets or opening the line
        ("شرطة المحافظة تشارك في عرض بمناسبة العيد الوطني. [حقوق الصورة لقيادة الشرطة]", True),
        ("حقوق الصورة: مكتب الإعلام في الوزارة", True),
        ("الوزير يفتتح المستشفى الجديد [فيديو]", False),
    ],
)
def test_a_photo_credited_to_its_source_is_a_caption(line: str, caption: bool) -> None:
    from newsctl.articles.lines import is_caption
    from newsctl.text.fold import fold_text

    assert is_caption(fold_text(line)) is caption


def test_a_long_line_opening_with_a_leads_verb_is_no_headline() -> None:
    """A copy that starts at the story's first sentence, hard-wrapped (``وافتتح ...``, ``كشف
    ...``), has no headline: a line of ten words or more that opens with a verb in the past tense
    is a lead. A short headline opening with one stays a headline."""
    story = (
        "وأوضح المدير في كلمته أن المركز يستقبل المرضى من المحافظات كافة، وأن خدماته ستتوسع "
        "في الأشهر المقبلة لتشمل أقساما جديدة للأطفال والنساء وكبار السن في المنطقة.\n"
    )
    lead = "كشف مستشفى المدينة العام عن عدد العمليات الجراحية التي أجراها في الشهر الماضي"
    assert _headline(f"{lead}\n{story}") is None
    assert _headline(f"و{lead}\n{story}") is None
    title = "قرر رئيس الوزراء إجازة عيد الفطر ستة أيام"
    assert _headline(f"{title}\n{story}") == title


@pytest.mark.parametrize(
    ("line", "opens"),
    [
        ("أعلنت الوزارة اليوم", True),
        ("وأوضح المدير", True),
        ("وزير الخارجية يستقبل نظيره", False),  # a word opening with و that is no verb
        ("طالب جامعي يفوز بجائزة", False),  # طالب: a student (the verb is kept as طالبت)
        ("فتح تدين الاعتداء", False),  # the movement
    ],
)
def test_the_lead_verbs(line: str, opens: bool) -> None:
    from newsctl.articles import phrases
    from newsctl.text.fold import fold_text

    assert phrases.lead_verb(fold_text(line)) is opens


def test_a_trail_of_links_is_no_headline() -> None:
    """A page's breadcrumbs (``التصنيفات » التقديرات النصف شهرية``) at the top are not its
    headline; a title quoting words between « and » is one."""
    stamp = "30-4-2023"
    story = (
        "يحاول الاحتلال توظيف كل فرصة متاحة لاستعادة قدرته على الردع التي تراجعت في الأشهر "
        "الأخيرة، فيما تتابع الفصائل الفلسطينية تطورات الموقف الميداني في الضفة والقطاع.\n"
    )
    title = "ملخص التقدير الفلسطيني"
    page = f"التصنيفات » التقديرات النصف شهرية\n\n{stamp}\n\n{title}\n\n{stamp}\n\n{story}"
    assert _headline(page) == title
    quoted = "حكومة النظام تدرس «بيع حصة من أنابيب النفط»"
    assert _headline(f"{quoted}\n{stamp}\n{story}") == quoted


@pytest.mark.parametrize(
    ("line", "is_menu"),
    [
        ("روضة رياحين الرفيعة بجمعية أم الحمام تسهم ببصمة أثر في «يوم الطفل الخليجي» بمركز "
         "التنمية الاجتماعية بالقطيف", False),  # a title quoting a day's name: no menu
        ("روضة رياحين الرفيعة بجمعية أم الحمام تسهم ببصمة أثر في يوم الطفل الخليجي بمركز "
         "التنمية الاجتماعية بالقطيف", True),  # the same words unquoted read as a row of links
    ],
)  # fmt: skip
def test_a_long_line_with_quotation_marks_is_no_menu(line: str, is_menu: bool) -> None:
    """A row of menu items quotes nothing: a long line with « » or quotation marks is a title."""
    from newsctl.articles.lines import menu
    from newsctl.text.fold import fold_text

    assert menu(fold_text(line), len(line.split())) is is_menu


@pytest.mark.parametrize(
    ("story", "published"),
    [
        ("بريدة 09 ربيع الأول 1447 هـ الموافق 31 أغسطس 2025 م أقام المركز الوطني ملتقى المعرفة "
         "للصحة النباتية بمشاركة عدد من الخبراء والباحثين.", "2025-08-31"),  # a city's dateline
        ("يوم الأحد 25 ذي القعدة 1445هـ الموافق 02 يونيو 2024م، أشرف مدير المركز على انطلاق "
         "الدروس بمشاركة عدد من الأئمة والطلبة.", None),  # a sentence's event day
    ],
)  # fmt: skip
def test_a_city_then_a_dual_date_opening_the_story_is_its_dateline(
    story: str, published: str | None
) -> None:
    """A city's name, then the Hijri date and its Gregorian one (الموافق), then the story with
    no punctuation and no agency's code: a dispatch's dateline, the page's date."""
    assert _record(HEADLINE + story + "\n")["published"] == published


def test_a_place_written_with_its_vowel_signs_opens_a_credit() -> None:
    """A place's name written with a vowel sign (``عمّان``, its shadda) is the place it names; a
    body's name after it (``الجمعية الملكية ...``) is no reporter's."""
    from newsctl.articles import phrases
    from newsctl.articles.lexicons import place_opening

    assert place_opening("عمّان – الجمعية الملكية لحماية الطبيعة") == "عمّان"
    assert phrases.place_credit("عمّان – محمد أحمد") == ("عمّان", "محمد أحمد")
    assert phrases.place_credit("عمّان – الجمعية الملكية لحماية الطبيعة") is None


@pytest.mark.parametrize(
    "line",
    [
        "تعليق على قرار المحكمة الاتحادية بالرقم (9/اتحادية/2023) الصادر بتاريخ 14 /11 /2023",
        "قراءة في قانون الاستثمار المؤرخ في 07 أفريل 2021",
    ],
)
def test_a_documents_date_is_not_the_pages(line: str) -> None:
    """A date after الصادر بتاريخ or المؤرخ في is a law's or a decision's (``issued``), even
    after the weak label بتاريخ: a page that states no other date has none."""
    story = (
        "تناقش هذه الورقة حجية الأسباب التي تبنى عليها قرارات المحاكم العليا ومدى إلزامها "
        "للسلطات الأخرى، وتعرض آراء الفقهاء في المسألة وما استقر عليه القضاء في السنوات الأخيرة.\n"
    )
    record = _record(f"{line}\n{story}")
    assert (record["headline"], record["published"]) == (line, None)


def test_of_two_tied_dates_a_day_apart_the_later_is_the_pages() -> None:
    """A page's stamp above a wire dateline of the day before, the two equal in evidence: a
    page is published on or after the days it gives, so the later day is the page's; dates
    further apart are left to page order (the one nearest the story)."""
    story = (
        "  أديس أبابا، 7 يناير 2026 (إينا) — عرفت إثيوبيا منذ زمن بعيد بعمقها التاريخي وتنوعها "
        "الثقافي، وتشهد السياحة فيها انتعاشا ملحوظا مع احتفالات عيد الميلاد في لاليبيلا.\n"
    )
    record = _record(HEADLINE + "Jan 8, 2026\n" + story)
    assert record["published"] == "2026-01-08"
    far = _record(HEADLINE + "Jan 18, 2026\n" + story)
    assert far["published"] == "2026-01-07"


def test_a_story_opening_on_the_date_of_is_a_sentence_not_a_dateline() -> None:
    """``بتاريخ 15 يونيو 2006 أصدرت الوزارة ...`` opens the story with an adverb (on the date
    of): the date is the sentence's, not a wire dateline's; the post's own stamp above it is the
    page's. A label run into the story (``date 2025-12-29 أنهت ...``) is still its stamp."""
    story = (
        "بتاريخ 15 يونيو 2006 أصدرت الوزارة المذكرة 97 المنظمة للحركة الجهوية، وحددت فيها "
        "شروط المشاركة ومعايير الانتقال بين الجهات والأقاليم وآجال إيداع الطلبات.\n"
    )
    record = _record("السبت 28 أغسطس 2010\n" + HEADLINE + story)
    assert record["published"] == "2010-08-28"
    run_in = _record(HEADLINE + "date 2025-12-29 " + story.removeprefix("بتاريخ 15 يونيو 2006 "))
    assert run_in["published"] == "2025-12-29"


def test_a_dateline_written_date_first_is_the_dispatchs() -> None:
    """``الإثنين 12 شعبان 1438 الموافق 08-05-2017 مقديشو (صوت الصومال) ــ أنهى ...``: the date,
    then the city and the agency, open the story: a dispatch's dateline written date first, its
    date the page's (it was read as a date in the story: no date)."""
    story = (
        "الإثنين 12 شعبان 1438 الموافق08 -05-2017 مقديشو (صوت الصومال) ــ  أنهى مجلس الشيوخ "
        "الصومالي الليلة الماضية دورته الأولى بعد أشهر من العمل على تأسيس لجانه الدائمة.\n"
    )
    assert _record(HEADLINE + story)["published"] == "2017-05-08"


@pytest.mark.parametrize(
    "reading", ["12.1 C", "Beirut weather 19.41 ° C", "٢١ °م", "25 درجة مئوية"]
)
def test_a_weather_widgets_reading_is_the_sites_furniture(reading: str) -> None:
    """A temperature alone on its line (a weather widget: ``12.1 C`` then the city) is the
    site's furniture: the date beside it is likely the site's clock (``furniture``, -4), and the
    record says it is unsure; a name with a number (``COVID-19 C``) is no reading."""
    from newsctl.articles import phrases
    from newsctl.text.fold import fold_key

    assert phrases.TEMPERATURE_RE.search(fold_key(reading))
    assert not phrases.TEMPERATURE_RE.search(fold_key("COVID-19 C"))
    story = (
        "قررت الشركة الوطنية للطيران تعليق رحلاتها إلى عدد من العواصم حتى إشعار آخر، "
        "وذلك بسبب الأوضاع الأمنية في المنطقة وما تشهده من تطورات متسارعة.\n"
    )
    page = f"{reading}\nعمان\nالإثنين, ديسمبر 23, 2024\n{HEADLINE}{story}"
    result = run_cli(["explain", "--format", "json", "--field", "published", "-"],
                     stdin=page.encode())  # fmt: skip
    ((choice,),) = [a["choices"] for a in json.loads(result.stdout)]
    signals = choice["candidates"][choice["chosen"]]["signals"]
    assert "furniture" in [s["name"] for s in signals]
    assert "uncertain-date" in [w["code"] for w in _record(page)["warnings"]]


@pytest.mark.parametrize(
    "credit",
    [
        "مأرب برس ـ خاص",  # an outlet's name and a desk's word
        "عمّان – الجمعية الملكية لحماية الطبيعة",  # a place and a body
        "بلدية خان يونس – المكتب الإعلامي",  # a body and its media office
        "النيل الإلكترونية_متابعات",  # an underscore glued
        "خطوة || وكالات",
        "العاصمة أونلاين - متابعة خاصة",  # a desk's word of two (a special follow-up)
        "الصباح اليمني_ متابعات خاصة",
        "واكب ـ مرعي قاسم – مكة المكرمة",  # the outlet's, a reporter's name and a place
    ],
)
def test_a_credit_of_known_parts_alone_is_the_dateline(credit: str) -> None:
    """A line whose parts are each a place, an agency, an outlet or a body, a name or a desk's
    word (all but one short part, beside a desk's word or an agency, or beside a name and a
    place) is a credit: the dateline,
    never the headline, nor a byline; a headline after a desk's word and a dash stays one (its
    words are more than a credit's part not known)."""
    with_headline = _record(HEADLINE + credit + "\n" + STORY)
    assert (with_headline["headline"], with_headline["dateline"]) == (HEADLINE.strip(), credit)
    assert with_headline["byline"] is None
    alone = _record(credit + "\n" + STORY)
    assert (alone["headline"], alone["dateline"]) == (None, credit)
    title = "خاص – افتتاح مستشفى جديد في إدلب"
    assert _record(title + "\n" + STORY)["headline"] == title


def test_a_row_of_share_buttons_in_arabic_spellings_is_no_headline() -> None:
    """The networks' Arabic spellings (تيلقرام, بينتيريست, الانستغرام) and what the buttons act on
    beside them (البريد الإلكتروني) make a row of share buttons: chrome, not the title above the
    story."""
    row = "فيسبوك تويتر لينكدإن بينتيريست تيلقرام البريد الإلكتروني\n"
    record = _record("مال واعمال\n" + HEADLINE + "\n" + row + STORY)
    assert record["headline"] == HEADLINE.strip()
    assert _record("فيسبوك X (Twitter) الانستغرام\n" + HEADLINE + STORY)["headline"] == (
        HEADLINE.strip()
    )


def test_a_reading_time_glued_to_an_iso_date_leaves_the_date() -> None:
    """``فريق التحرير2024-06-242 دقائق``: a theme's meta line that lost its spaces; the day ends
    before the reading time's number."""
    record = _record(HEADLINE + "فريق التحرير2024-06-242 دقائق\n" + STORY)
    assert [d["date"] for d in record["dates"]] == ["2024-06-24"]
    assert record["published"] == "2024-06-24"


@pytest.mark.parametrize("word", ["زوال", "حضرت", "ظهر"])
def test_on_the_day_after_a_word_opens_a_sentence_not_a_stamp(word: str) -> None:
    """``حضرت يوم السبت 7 ديسمبر 2019م ندوة ...``: a word, then "on the day" and the date, opens
    the story's sentence (the day of what it tells), not a section's name before its stamp (``منوعات
    السبت 30-3-2013 ...``, still one)."""
    story = (
        f"{word} يوم السبت 7 ديسمبر 2019م ندوة علمية خصصت للهجرات اليمنية وأنواعها وما لها من "
        "أهمية، عقدت في فندق بصنعاء بحضور عدد من الباحثين والمهتمين بالتاريخ.\n"
    )
    assert _record(HEADLINE + story)["published"] is None
    section = story.replace(f"{word} يوم السبت 7 ديسمبر 2019م", "منوعات السبت 7-12-2019")
    assert _record(HEADLINE + section)["published"] == "2019-12-07"


@pytest.mark.parametrize("title", ["نــادي الشارقة في سطـــور", "سلطــنة عمان الامبراطوريــة"])
def test_a_stretched_word_is_no_credits_dash(title: str) -> None:
    """A tatweel between two letters stretches a word (kashida): it does not set a credit's
    parts apart, so the title is no dateline; a tatweel with a space beside it still does
    (``دمشق ـ سانا``)."""
    record = _record(title + "\n" + STORY)
    assert (record["headline"], record["dateline"]) == (title, None)
    assert _record(HEADLINE + "دمشق ـ سانا\n" + STORY)["dateline"] == "دمشق ـ سانا"


def test_a_line_that_opens_like_prose_is_no_headline() -> None:
    """A line opening with a word that joins or hedges a sentence (``أظن``, ``قد``, ``ربما``,
    ``كما``: none of the tuning part's headlines opens so) is prose cut by the copy's line
    breaks (``discourse``, -3), not the title of the post."""
    from newsctl.articles import phrases
    from newsctl.text.fold import fold_key

    line = "أظن أن مباراة الرائد و أبها أقيمت في نهاية الاسبوع"
    assert phrases.discourse_opening(fold_key(line))
    assert not phrases.discourse_opening(fold_key("قدم الوزير استقالته"))  # a verb, not قد
    assert _record(line + "\n" + STORY)["headline"] is None


def test_a_browser_titles_site_name_printed_on_the_page_is_cut() -> None:
    """``HEADLINE - ويكي منيا`` (a browser's title kept on the copy) under a page that prints
    ``ويكي منيا`` on a line of its own: the site's name, cut from the headline."""
    title = "تاريخ الصحافة الإقليمية بالمنيا.. حلقة 1: هل يعود عصر الصحف الورقية؟"
    page = f"{title} - ويكي منيا\n\nويكي منيا\n\nالاثنين، 21 يونيو 2021\n\n{STORY}"
    assert _record(page)["headline"] == title


@pytest.mark.parametrize(
    "line", ["بسم الله و الصلاة و السلام على رسول الله", "بسم الله الرحمن الرحيم", "بسم الله"]
)
def test_the_invocation_and_its_formulas_are_no_headline(line: str) -> None:
    """The invocation that opens a text (بسم الله الرحمن الرحيم) and the formulas that go on from
    it (بسم الله و الصلاة و السلام على رسول الله) are furniture: no headline opens with them."""
    assert _record(line + "\n" + STORY)["headline"] is None


def test_a_themes_notice_to_the_owner_is_a_banner_not_the_story() -> None:
    """``Jannah Theme License is not validated, Go to the theme options page ...``: a paragraph in
    Latin letters above the Arabic text that speaks to the site's owner is a banner, and the
    story starts under the headline that follows it."""
    notice = (
        "Jannah Theme License is not validated, Go to the theme options page to validate the "
        "license, You need a single license for each domain name.\n"
    )
    assert _record(notice + "دولي\n" + HEADLINE + STORY)["headline"] == HEADLINE.strip()


def test_a_trails_last_item_prints_the_headline_again() -> None:
    """``• الرئيسية / • تعليم / • TITLE.`` then ``TITLE.``: the trail's last item, behind its
    bullet, prints the headline again, and a headline printed twice is a title even when it
    ends with a full stop (a count of prints reads a line without its bullet)."""
    title = (
        "المحافظ يهنئ جامعة المدينة بتصدر الجامعات الوطنية وحصد المرتبة الأولى بين الجامعات "
        "العربية."
    )
    page = f"• الرئيسية\n• تعليم\n• {title}\n{title}\n{STORY}"
    assert _record(page)["headline"] == title


@pytest.mark.parametrize(
    "line",
    [
        "نقدم لكم زوارنا الكرام أهم وآخر المستجدات كما وردت في المقال التالي: {title}",
        "شكرا لقرائتكم خبر {title} ونؤكد لكم باننا نسعى دائما لارضائكم والان مع التفاصيل",
    ],
)
def test_an_aggregators_template_around_the_title_is_cut(line: str) -> None:
    """An aggregator's auto-posting template printed around the title it copies: the headline is
    the title alone."""
    title = HEADLINE.strip()
    assert _headline(line.format(title=title) + "\n" + STORY) == title


@pytest.mark.parametrize(
    ("opening", "published"),
    [
        # 4 June 2022 is a Saturday, 6 April a Wednesday: the story's day reads it month first
        ("أنقرة - تحتفل الوكالة، الأربعاء، بمرور 102 عام على تأسيسها", "2022-04-06"),
        ("أعلنت الوزارة اليوم الأربعاء أنها ستفتتح المستشفى الجديد", "2022-04-06"),
        # a Saturday: the story's day agrees with the first reading, day first
        ("أعلنت الوزارة، السبت، أنها ستفتتح المستشفى الجديد", "2022-06-04"),
        ("أعلنت الوزارة أنها ستفتتح المستشفى الجديد", "2022-06-04"),  # no day: day first
    ],
)
def test_the_storys_day_reads_a_numeric_date_either_way(opening: str, published: str) -> None:
    """``4/6/2022`` reads either way; the day the story reports (a wire's day between commas,
    a day it calls today) falls on one reading only: that one is the date."""
    story = opening + " " + STORY
    assert _record(HEADLINE + "4/6/2022\n" + story)["published"] == published


def test_the_time_of_the_pages_stamp_of_the_chosen_day() -> None:
    """The story's own date opens its lead (``يوم الجمعة 16 يناير 2026، ...``) and the page's
    stamp of that day stands above it with its time: the record has the day and that time."""
    page = HEADLINE + "مراكش الإخبارية 2026-01-16 23:00\n\nيوم الجمعة 16 يناير 2026، " + STORY
    record = _record(page)
    assert (record["published"], record["time"]) == ("2026-01-16T23:00", "23:00")


def test_a_breadcrumb_glued_to_the_title_in_other_quotation_marks() -> None:
    """``الرئيسيةالتكنولوجياTITLE`` over ``TITLE``, the trail's print of it in straight quotes
    and the title's own in curly ones: the trail prints the headline again, and the headline is
    the title's own line."""
    title = "جوجل توسع “وضع الذكاء الاصطناعي” في محرك البحث ليشمل العربية"
    trail = "الرئيسيةالتكنولوجيا" + title.replace("“", '"').replace("”", '"')
    assert _headline(f"{trail}\n\n{title}\n\n{STORY}") == title


@pytest.mark.parametrize(
    "caption",
    ["صورة ملتقطة من الشاشة بتاريخ 2025/08/10 للادعاء المتداول", "لقطة شاشة بتاريخ 2025/08/10"],
)
def test_a_screenshots_date_is_not_the_articles(caption: str) -> None:
    """A fact-check dates the screenshot of the claim it checks (``صورة ملتقطة من الشاشة
    بتاريخ DATE``): a caption's date, not the article's."""
    claim = "ونشرت صفحات على فيسبوك صورة قالت إنها للمستشفى الجديد قبل افتتاحه بأيام.\n"
    page = HEADLINE + "She Checks\n" + STORY + caption + "\n" + claim
    assert _record(page)["published"] is None


def test_a_place_opening_the_title_and_the_story_is_no_sites_name() -> None:
    """``وهران: TITLE`` over ``وهران: STORY``: a name opening two lines before a colon is the
    site's (``SITE: slogan``) unless it is a place, which a dateline and a title both open with."""
    title = "وهران: تحضيرات استثنائية وهياكل جديدة لضمان دخول مريح لأزيد من 448 ألف تلميذ"
    story = "وهران: تعيش الولاية هذه الأيام أجواء تحضير خاصة قبيل الدخول المدرسي. " + STORY
    assert _headline(f"{title}\n{story}") == title


def test_a_french_publication_label_glued_to_the_title() -> None:
    """``TITLEpublié le 2023-11-06`` (a Maghreb site's bilingual stamp run on after its title):
    ``publié le`` is a publication label, as ``mis à jour`` is an update's, the date after it the
    article's, not a date the title speaks of, and the headline the title without them."""
    title = "مراجعة القائمة الإنتخابية لقنصلية الجزائر لوجدة"
    lead = "تعلن القنصلية عن مراجعة القائمة من 05 نوفمبر إلى 05 ديسمبر 2023 في مقرها بوجدة.\n"
    record = _record(f"{title}publié le 2023-11-06\n{lead}{STORY}")
    assert (record["published"], record["headline"]) == ("2023-11-06", title)


@pytest.mark.parametrize("word", ["السابق", "التالي", "المقال السابق", "المقال التالي:"])
def test_a_link_to_the_previous_article_is_no_headline(word: str) -> None:
    """``السابق TITLE`` (a theme's link to the previous or next article, the word run on before
    its title) is the page's navigation: a page whose copy opens with it has no headline."""
    link = f"{word} البطريرك يجدد الالتزام بحماية الوجود المسيحي في القدس"
    assert _headline(f"{link}\n{STORY}") is None


def test_a_time_on_its_own_bulleted_line_below_the_date() -> None:
    """``• 4/6/2022`` / ``• 00:00`` (a theme's list of the article's facts, one bullet each):
    the bullet of the time's line is no text between the date and its time."""
    title = "الأناضول تحيي الذكرى 102 لتأسيسها"
    record = _record(f"{title}\n  • 4/6/2022\n  • 00:00\n  • 3\n{STORY}")
    assert (record["published"], record["time"]) == ("2022-06-04T00:00", "00:00")


@pytest.mark.parametrize(
    "link",
    ["تخطى إلى المحتوى", "الانتقال إلى المحتوى", "انتقل للمحتوى الرئيسي",
     "تجاوز إلى المحتوى الأساسي"],
)  # fmt: skip
def test_the_themes_skip_link_is_no_headline_nor_name(link: str) -> None:
    """``تخطى إلى المحتوى`` (the accessibility link past the menus, first on a theme's page, in
    the translations themes give it) is chrome: no headline, no writer's name over a title
    too long to be a headline."""
    title = (
        "جامعة طرطوس:11 كلية و3 معاهد و30 ألف طالب في مبان لا تلبي الحاجة.. المباني الموزعة "
        "على 15 موقعاً تنتظر أرضاً تم استملاكها منذ 11 عاماً..!"
    )
    record = _record(f"{link}\n\n{title}\n\n{STORY}")
    assert record["headline"] != link and record["byline"] is None
    assert _headline(f"{link}\n\n{STORY}") is None


def test_the_title_after_a_forums_post_icon_is_the_posts() -> None:
    """``افتراضي TITLE`` (the alt text of vBulletin's default post icon run on before the post's
    title, below the poster's card): the post's title, over the poster's name printed above."""
    card = (
        "قديم 01-06-2010, 08:06 PM   #71\n\nAbo-mohnad\n\nالصورة الرمزية Abo-mohnad\n\n"
        "تاريخ التسجيل: Nov 2008\nالتخصص: إدارة عامة - عام\nالمشاركات: 213\n"
    )
    title = "رد: ارجو مساعدتي في فهم بحوث العمليات351"
    assert _headline(f"{card}افتراضي {title}\n\n{STORY}") == title


def test_of_two_tied_stamps_the_updates_day_is_not_the_publication() -> None:
    """``آخر تحديث : DAY2 ...`` then two bare stamps, ``DAY1`` and ``DAY2`` (a theme's published and
    modified dates): equal by their evidence, the one on the update's day is the modification,
    the other the publication."""
    stamps = "آخر تحديث : الأربعاء 12 مايو 2021 - 5:55 مساءً\n2021 05 11\n2021 05 12\n"
    record = _record(HEADLINE + stamps + STORY)
    assert (record["published"], record["updated"]) == ("2021-05-11", "2021-05-12T17:55")


def test_the_date_of_another_outlets_article_the_page_cites() -> None:
    """``نشرت جريدة النهار بتاريخ DATE الخبر التالي :`` (a reprint's attribution under the page's
    own stamp): the newspaper's date, a document's as ``القرار الصادر بتاريخ``, not the page's."""
    cited = "نشرت جريدة النهار بتاريخ 24 آذار 2014 الخبر التالي :\n"
    record = _record("٢٨ أذار ٢٠١٤\n\n" + cited + STORY)
    assert record["published"] == "2014-03-28"


def test_a_forums_first_post_below_its_sections_description() -> None:
    """A thread's page: the section's description (a paragraph of the forum's own) above the
    poster's card, then ``افتراضي TITLE`` and the post: the story starts under the post's title,
    which is the headline; a sentence's ``هذا الموضوع -`` opening the post is no credit."""
    section = (
        "قسم ( ملامح النقود الإسلامية والأسواق العربية عبر العصور مقارنة بالحاضر ) يعرض فيه "
        "الأعضاء بحوثهم ومقالاتهم عن النقود والأسواق، ويناقشونها مع الزوار والمشرفين.\n\n"
    )
    card = "قديم 07-23-2010, 02:00 AM\nمحمدالحسيني غير متصل\nمشرف قسم\nالمشاركات: 583\n"
    title = "بحث تعرف على الدرهم الكسروي الساساني الذي كان متداول في مكة"
    post = "هذا الموضوع - بحث قصير جداً نتعرف فيه على الدرهم الكسروي الساساني. " + STORY
    record = _record(f"{section}{card}افتراضي {title}\n\n\n{post}")
    assert (record["headline"], record["dateline"]) == (title, None)


def test_a_posts_title_printed_again_under_the_post_icons_text() -> None:
    """``افتراضي TITLE`` then ``TITLE`` again (with its vowel marks), under the forum's
    description: one title printed twice, not a list of titles; over the thread's tools above
    the poster's card."""
    tools = (
        "منتدى للقصة والرواية والمقالة والبحث، يكتب فيه الأعضاء ويتبادلون الرأي في "
        "نصوصهم بحرية واحترام، تحت إشراف لجنة من الأدباء والنقاد.\n\n"
        "مواقع النشر المفضلة (انشر هذا الموضوع ليصل للملايين خلال ثوان)\n \n"
        "أدوات الموضوع تقييم الموضوع انواع عرض الموضوع\nقديم 29-11-2007, 03:42 PM\n"
    )
    card = (
        "معلومات العضو\nخضر أبو إسماعيل\nأقلامي\n \nالصورة الرمزية خضر أبو إسماعيل\n \n\n \n\n \n"
        "إحصائية العضو" + "\n" * 8 + "خضر أبو إسماعيل غير متصل\n\n\n"
        "إرسال رسالة عبر MSN إلى خضر أبو إسماعيل\n\n"
    )
    page = f"{tools}{card}افتراضي سلمية في سطور تاريخا ومعاصرة\n\nسلمْيَة في سطور تاريخاً ومعاصرة\n"
    story = (
        "سَلَمْيَةُ مدينةٌ هادئةٌ على أطراف بادية الشام، تبعد عن حماة ثلاثين كيلومتراً، "
        "ويعمل أهلها في الزراعة والتجارة منذ قرون طويلة.\n"
    )
    assert _headline(page + story + STORY) == "سلمية في سطور تاريخا ومعاصرة"


@pytest.mark.parametrize(
    ("under", "kept"),
    [("28 يوليوز, 2021\n", True), ("الإمارات – أبو ظبي – ٢٠-١-٢٠١٨\n", True), ("", False)],
)
def test_a_title_written_as_a_sentence_over_a_stamp_opens_the_copy(under: str, kept: bool) -> None:
    """``TITLE.`` (a sentence of 12 to 24 words with its full stop, the copy's first line), then a
    stamp or a dateline, then the story: the title; a sentence straight over the story is the
    lead's first paragraph, no headline."""
    title = (
        "بلاغ المجلس الأعلى للسلطة القضائية عقب اجتماعه الاسبوعي المنعقد يوم الثلاثاء 27 يوليوز"
        " 2021."
    )
    story = (
        "قرر المجلس الأعلى للسلطة القضائية، في اجتماعه الأسبوعي الذي عقده يوم الثلاثاء، "
        "إحالة عدد من الملفات على التفتيش القضائي، وتعيين قضاة جدد في محاكم المملكة.\n"
    )
    assert _headline(f"{title}\n{under}{story}{STORY}") == (title if kept else None)


def test_a_date_inside_the_agencys_bracket_of_the_dateline() -> None:
    """``الدوحة – (قنا:16/11/2013): STORY`` (the agency and the day in one bracket closing the
    dateline, the copy's first line): the dispatch's date, not a day the story tells of."""
    lead = "الدوحة – (قنا:16/11/2013): أسدل الستار في الدوحة على البرنامج التدريبي للمحامين.\n"
    assert _record(lead + STORY)["published"] == "2013-11-16"


def test_a_view_of_the_event_is_a_photos_caption() -> None:
    """``جانب من صلاة العيد`` (a view of ..., a photo's caption on a short line, printed under
    the photo and again in its gallery): no headline, though printed twice."""
    title = "في حضور 50 ألف.. مؤسسة شباب في الخير بإيطاليا تنظم صلاةالعيد"
    caption = "جانب من صلاة العيد\nجانب من صلاة العيد\n"
    assert _headline(f"{title}\n{caption}{STORY}") == title


def test_the_poster_over_a_forums_stamp_is_no_headline() -> None:
    """``NAME`` / ``06-25-2012, 01:03 AM`` / POST (a forum's archive view: the poster's name over
    the post's stamp): a name, no headline; the stamp is the post's."""
    page = "شاعرة بلا هوية\n06-25-2012, 01:03 AM\n" + STORY
    record = _record(page)
    assert (record["headline"], record["published"]) == (None, "2012-06-25T01:03")


def test_a_trail_from_a_section_before_the_title_is_cut() -> None:
    """``اخبار متفرقة > TITLE`` (a trail of links from a section, not from the home page, run on
    before the title): the trail's last item is the headline; ``«»`` stay, a headline's quotes."""
    title = "اتحاد عمال الجنوب : تحية لعمال ومزارعي جبل عامل"
    assert _headline(f"اخبار متفرقة > {title}\nالوفاء : 1-5-2021\n{STORY}") == title
    quoted = "«الصحة» تعلن افتتاح مستشفى جديد في المدينة"
    assert _headline(f"{quoted}\nالوفاء : 1-5-2021\n{STORY}") == quoted
