"""Copied-page layouts that need more than one line of text to show: what goes and what stays."""

from __future__ import annotations

import json

import pytest

import newsctl
from newsctl.articles import lines

PAGE_WITH_LINKS = "\n".join(
    [
        "الرئيسية",
        "وزير الري يفتتح محطة جديدة لمعالجة المياه في الفيوم",
        "الإثنين، 13 مارس 2023 11:20 ص",
        "كتب محمد السيد",
        "افتتح وزير الموارد المائية والري اليوم محطة جديدة لمعالجة المياه في محافظة الفيوم "
        "بطاقة مئة ألف متر مكعب يوميا، ضمن خطة الدولة لتحسين جودة المياه.",
        "اقرأ أيضا: وزير الري يتفقد أعمال تبطين الترع في الدقهلية",
        "وأكد الوزير أن المحطة ستخدم أكثر من نصف مليون مواطن في القرى المحيطة، وأن العمل "
        "جار في محطات أخرى بعدة محافظات.",
        "اقرأ أيضا",
        "12 مارس 2023 | افتتاح مشروع جديد",
        "© 2023 جميع الحقوق محفوظة",
    ]
)


def test_read_also_inside_the_story_is_dropped_and_after_it_cuts_the_page() -> None:
    record = newsctl.parse_article(PAGE_WITH_LINKS).to_dict()
    assert record["published"] == "2023-03-13T11:20"
    assert record["weekday"] == "الإثنين"
    assert record["byline"] == "محمد السيد"
    assert record["headline"] == "وزير الري يفتتح محطة جديدة لمعالجة المياه في الفيوم"
    assert record["lead"].startswith("افتتح وزير الموارد المائية")
    assert record["body"] == [
        "وأكد الوزير أن المحطة ستخدم أكثر من نصف مليون مواطن في القرى المحيطة، وأن العمل "
        "جار في محطات أخرى بعدة محافظات."
    ]
    assert [(d["text"], d["role"]) for d in record["dates"]] == [
        ("الإثنين، 13 مارس 2023 11:20 ص", "published"),
        ("12 مارس 2023", "page"),
    ]


def test_a_labelled_date_below_a_story_first_page() -> None:
    text = (
        "مشروع جديد لتحلية المياه في العقبة\n"
        "قال وزير المياه إن المشروع سيبدأ قريبا في عدد من المحافظات وسيشمل آلاف المستفيدين "
        "من الأسر الفقيرة والمتوسطة.\n"
        "وأضاف أن الحكومة رصدت الميزانية اللازمة.\n"
        "تاريخ النشر: 12/3/2023\n"
    )
    assert newsctl.parse_article(text).published == "2023-03-12"
    event = text.replace("تاريخ النشر: 12/3/2023", "وفي تاريخ 12 مارس 2020 وقع الحادث.")
    assert newsctl.parse_article(event).published is None  # an event in the story is not it


def test_published_by_line_with_a_name() -> None:
    text = (
        "الحكومة تقر خطة جديدة للنقل العام في العاصمة\n"
        "نشر بواسطة: محمد علي في 12 مارس 2023 الساعة 10:00 ص ضمن قسم الأخبار المحلية\n"
        "قال الوزير إن المشروع سيبدأ قريبا في عدد من المحافظات وسيشمل آلاف المستفيدين من "
        "الأسر الفقيرة والمتوسطة.\n"
    )
    assert newsctl.parse_article(text).published == "2023-03-12T10:00"


def test_a_time_apart_on_the_date_line_is_the_publication_time() -> None:
    text = (
        "عنوان الخبر التجريبي هنا\nMarch 11, 2023 at 10:30 AM\n"
        "قال الوزير إن المشروع سيبدأ قريبا في عدد من المحافظات وسيشمل آلاف المستفيدين من "
        "الأسر الفقيرة والمتوسطة.\n"
    )
    article = newsctl.parse_article(text)
    assert article.published == "2023-03-11T10:30"
    assert [(d.text, d.role) for d in article.dates] == [
        ("March 11, 2023", "published"),
        ("10:30 AM", "published"),
    ]


def test_explain_shows_every_candidate_its_signals_and_its_score() -> None:
    from conftest import SAMPLES, run_cli

    from newsctl.articles.certainty import MODELS, confidence, features

    page = SAMPLES / "page-labelled-date-updated-masthead.txt"
    result = run_cli(["explain", "--field", "updated", "--field", "headline", str(page)])
    signals = ["title-words", "first-title", "before-story", "before-date", "echoed"]
    sure = confidence(MODELS["headline"], features(5, 5, None, 0, 1, signals))
    assert result.status == 0
    assert result.stdout.splitlines() == [
        f"== {page}",
        "updated: 1 candidate; the first (*) is chosen, reaching the threshold 0",
        " * +5  line 7: الخميس 12 مايو 2022 - 09:02 م",
        "        +5 update-label: an update label stands before it (آخر تحديث)",
        "headline: 1 candidate; the first (*) is chosen, reaching the threshold 3",
        f"  margin +5, confidence {sure:g} (sure: cut {MODELS['headline'].cut:g}): chosen +8, "
        "threshold 3, no other candidate",
        " * +8  line 5: محافظ الإسكندرية يفتتح محطة جديدة لتحلية مياه البحر",
        "        +2 title-words: as long as a headline: 3 to 40 words, not a sentence",
        "        +1 first-title: the first title of the page (a copy often starts at the headline)",
        "        +2 before-story: the last title above the story",
        "        +2 before-date: a date or byline line follows it",
        "        +1 echoed: the story's opening (or a lead line under it) repeats two of its words",
        "",
    ]
    as_json = run_cli(["explain", "--format", "json", "--field", "published", str(page)])
    ((choice,),) = [a["choices"] for a in json.loads(as_json.stdout)]  # an array, one article
    assert (choice["field"], choice["chosen"], choice["threshold"]) == ("published", 0, 2.0)
    best = choice["candidates"][0]
    assert (best["text"], best["line"], best["score"]) == ("الخميس 12 مايو 2022 - 08:15 م", 6, 17)
    assert {"name": "label", "weight": 6, "reason": "a publication label stands before it "
            "(نشر في, تاريخ النشر)"} in best["signals"]  # fmt: skip
    # the margin over the best candidate of another day (or the threshold), and how the time
    # and the zone were found
    assert (choice["margin"], choice["uncertain"]) == (15.0, False)
    assert choice["candidates"][choice["runner_up"]]["line"] == 11
    assert choice["notes"] == ["time: 'الخميس 12 مايو 2022 - 08:15 م' written with the date",
                               "zone: none written"]  # fmt: skip


def test_ten_lines_without_prose_end_the_story() -> None:
    """A newsletter box and a live feed's times and names under the story: ten lines in a row
    that are neither paragraphs nor sentences end it; the feed's own paragraphs below are not the
    story's."""
    story = [
        "وزير الري يفتتح محطة جديدة لمعالجة المياه في الفيوم",
        "افتتح وزير الموارد المائية والري اليوم محطة جديدة لمعالجة المياه في محافظة الفيوم "
        "بطاقة مئة ألف متر مكعب يوميا، ضمن خطة الدولة لتحسين جودة المياه.",
        "وأكد الوزير أن المحطة ستخدم أكثر من نصف مليون مواطن في القرى المحيطة، وأن العمل "
        "جار في محطات أخرى بعدة محافظات.",
    ]
    times = [f"14:{i:02d} خبر عاجل رقم {i} عن المدينة" for i in range(8)]
    feed = ["اشترك في النشرة", "مباشر", *times]
    later = (
        "وفي خبر آخر أعلنت وزارة الصحة اليوم عن حملة جديدة للتطعيم في المدارس الحكومية "
        "تستمر أسبوعين وتشمل كل المحافظات."
    )
    record = newsctl.parse_article("\n".join([*story, *feed, later])).to_dict()
    assert record["headline"] == story[0]
    assert (record["lead"], record["body"]) == (story[1], [story[2]])
    fewer = newsctl.parse_article("\n".join([*story, *feed[:6], later])).to_dict()
    assert fewer["body"][-1] == later  # six such lines may be intertitles and captions


def test_a_ranked_list_run_together_is_no_story() -> None:
    """"Most read" above the story, its items run together on one line (1 ... 2 ... 3 ...): a
    list of other articles, not the story's first paragraph."""
    from newsctl.articles.lines import ranked

    items = " ".join(
        f"{i} وزير يعلن عن خطة جديدة لتطوير النقل العام في المدن الكبرى والقرى" for i in range(1, 6)
    )
    assert ranked(items)
    assert not ranked("1 مليون دولار و2 مليون دينار")  # numbers in a sentence
    story = (
        "افتتح وزير الموارد المائية والري اليوم محطة جديدة لمعالجة المياه في محافظة الفيوم "
        "بطاقة مئة ألف متر مكعب يوميا، ضمن خطة الدولة لتحسين جودة المياه."
    )
    text = "\n".join(["وزير الري يفتتح محطة جديدة في الفيوم", "الأكثر قراءة", items, story])
    assert newsctl.parse_article(text).to_dict()["lead"] == story


def test_an_agency_signing_off_ends_the_story_above_other_news() -> None:
    """The agency's name alone on a line signs the story off, even when other news in whole
    sentences follows it (a live feed, teasers): they are not the story's."""
    lead = (
        "افتتح وزير الموارد المائية والري اليوم محطة جديدة لمعالجة المياه في محافظة الفيوم "
        "بطاقة مئة ألف متر مكعب يوميا، ضمن خطة الدولة لتحسين جودة المياه."
    )
    second = "وأكد الوزير أن المحطة ستخدم أكثر من نصف مليون مواطن في القرى المحيطة بالمدينة."
    others = [
        "وفي خبر آخر أعلنت وزارة الصحة اليوم عن حملة جديدة للتطعيم في المدارس الحكومية.",
        "وقالت الأرصاد إن الطقس سيكون معتدلا في معظم المناطق خلال الأيام المقبلة.",
        "وأعلنت وزارة التعليم مواعيد الامتحانات النهائية للعام الدراسي الحالي.",
        "وافتتح محافظ المدينة معرضا للكتاب يستمر عشرة أيام بمشاركة مئة دار نشر.",
    ]
    text = "\n".join(["وزير الري يفتتح محطة جديدة في الفيوم", lead, second, "أ ف ب", *others])
    record = newsctl.parse_article(text).to_dict()
    assert (record["lead"], record["body"]) == (lead, [second])


def test_a_short_title_between_the_posts_date_and_its_story_is_the_headline() -> None:
    """A blog prints the post's date, its title (one or two words: ملل) and the post: a title so
    framed is the headline, however short."""
    page = "\n".join(
        [
            "الخميس، 31 يوليو 2008",
            "ملل",
            "لا شيء يتغير في هذه المدينة الصغيرة، الأيام تتشابه والوجوه نفسها تمر كل صباح أمام "
            "النافذة، والمقهى نفسه يفتح أبوابه في الموعد ذاته منذ سنوات طويلة.",
            "أكتب هذه السطور لأن الكتابة وحدها ما زالت قادرة على كسر هذا الرتابة الثقيلة، ولو "
            "لساعة واحدة في آخر النهار قبل أن يعود كل شيء كما كان.",
        ]
    )
    record = newsctl.parse_article(page).to_dict()
    assert (record["headline"], record["published"]) == ("ملل", "2008-07-31")


STORY = (
    "افتتح وزير الصحة اليوم مستشفى جديدا يخدم سكان المدينة والقرى المجاورة لها، وقال إن العمل"
    " جار في مستشفيات أخرى في عدة محافظات."
)


def _date_signals(stamp: str) -> list[str]:
    article = newsctl.parse_article(f"وزير الصحة يفتتح مستشفى جديدا\n{stamp}\n{STORY}\n")
    choice = next(c for c in article.choices if c.field == "published")
    assert choice.chosen is not None
    return list(choice.chosen.signals)


def test_a_date_that_reads_either_way_says_so_for_the_confidence() -> None:
    assert "either-order" in _date_signals("07/10/2019")
    assert "either-order" in _date_signals("٠٧/١٠/٢٠١٩")
    assert "either-order" not in _date_signals("25/10/2019")  # a day over 12
    assert "either-order" not in _date_signals("2019/07/10")  # a year first
    assert "either-order" not in _date_signals("10/10/2019")  # the same either way
    assert "either-order" not in _date_signals("الخميس 07/10/2019")  # the weekday tells
    assert "either-order" not in _date_signals("7 أكتوبر 2019")


def test_prose_whose_copy_left_wide_gaps_is_the_story_not_a_ticker() -> None:
    """A paragraph whose marks the copy turned into wide gaps is prose (long clauses, commas),
    where a ticker's headlines between gaps are short and have none."""
    clause = "وهي معضلة ثقافية قبل كل شيء إذ يتناولها الإعلام من زاوية الخير المطلق والشر المطلق"
    prose = "   ".join(
        [f"لكي نفهم عمق المعضلة التي نعيشها اليوم، {clause}",
         f"فكل طرف يرى نفسه خيرا مطلقا، {clause}",
         f"والواقع أن تاريخنا قام منذ بدايته على اعتبار الآخر شرا مطلقا، {clause}"]
    )  # fmt: skip
    record = newsctl.parse_article(f"السبت، 17 يونيو 2017\nميتافيزيقيا الأزمة\n{prose}\n").to_dict()
    assert record["headline"] == "ميتافيزيقيا الأزمة"
    assert record["lead"].startswith("لكي نفهم عمق المعضلة")
    headlines = ["وزير الصحة يفتتح مستشفى جديدا في العاصمة"] * 3 + ["الأمطار تغمر شوارع المدينة"]
    ticker = "   ".join(headlines)
    assert lines.ticker(ticker)


def test_a_stamp_glued_to_the_storys_first_line_is_the_stamp() -> None:
    """TITLE NAME DATE - TIME STORY on one line (the copy lost its line breaks there): the stamp
    among the line's first words, with its time, is the article's, not an event of the story;
    a date after a comma is the story's."""
    story = (
        "لعدد اليوم الوطني السعودي مكانة خاصة في قلوب القراء، إذ نحتفي فيه بالوطن وأهله وبما"
        " تحقق من إنجازات كبيرة في مختلف المجالات خلال السنوات الماضية."
    )
    more = "ويضم العدد ملفات خاصة عن تاريخ المملكة وتراثها وفنونها، ومقابلات مع شخصيات بارزة."
    glued = f"عزنا بطبعنا\n\nعزنا بطبعنا فائقة مزرعاني Sun, 09/21/2025 - 06:00 {story}\n{more}\n"
    assert newsctl.parse_article(glued).to_dict()["published"] == "2025-09-21T06:00"
    event = f"احتضنت مدينة خريبكة، يوم السبت 20 سبتمبر 2025 على الساعة 15:30 {story}\n{more}\n"
    assert newsctl.parse_article(f"دوري كرة السلة\n\n{event}").to_dict()["published"] is None


def test_a_sign_off_with_a_weekday_apart_from_its_date_is_a_stamp() -> None:
    """The outlet signs the story off with its day (``“محكمة”- الثلاثاء في 18/07/2017.``): a
    weekday apart from its date is part of the stamp, not a sentence's word."""
    page = "\n".join(
        [
            "بعلبك تاريخ وكفى تشويها إعلاميا",
            "تصر بعض وسائل الإعلام على تسليط الضوء على الحوادث الأمنية في المنطقة، متجاهلة ما"
            " تزخر به من تاريخ وآثار ومواسم ثقافية تجذب الزوار من كل مكان.",
            "وكان محافظ بعلبك قد رفع شكوى في هذا الشأن إلى وزير الإعلام، مطالبا بوضع حد لهذا"
            " التشويه المتعمد لصورة المدينة وأهلها.",
            "“محكمة”- الثلاثاء في 18/07/2017.",
        ]
    )
    assert newsctl.parse_article(page).to_dict()["published"] == "2017-07-18"


def test_a_writers_name_between_the_date_and_its_lone_time() -> None:
    """DATE / NAME / TIME under the headline: the time alone on its line is the date's, a short
    name between them or not; a marker glued to the time (م13:53:42) is no line between."""
    story = (
        "وجدت الجامعة الملكية المغربية لكرة القدم نفسها أمام ضغط كبير من الأندية، بعدما طالبت"
        " بتحديد موعد نهائي للمباراة النهائية لكأس العرش في أقرب وقت ممكن."
    )
    page = f"الرجاء يجبر الجامعة على الحسم\n\n10 يوليو 2023\nإم. إف. إم\n18:00\n{story}\n"
    assert newsctl.parse_article(page).to_dict()["published"] == "2023-07-10T18:00"
    longer = page.replace("إم. إف. إم", "كتب محمد علي من الدار البيضاء للموقع")
    assert newsctl.parse_article(longer).to_dict()["published"] == "2023-07-10"


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("الرئيسيةأخبار ← رمضان كريم في المدينة", "رمضان كريم في المدينة"),  # a trail's last item
        ("عرض كامل الموضوع : افتتاح مستشفى جديد", "افتتاح مستشفى جديد"),  # a forum's archive
    ],
)
def test_a_title_printed_at_the_end_of_a_trail_or_after_a_label(line: str, headline: str) -> None:
    story = (
        "افتتح وزير الصحة اليوم مستشفى جديدا يخدم سكان المدينة والقرى المجاورة لها، وقال إن"
        " العمل جار في مستشفيات أخرى في عدة محافظات خلال العام الجاري."
    )
    page = f"{line}\n15/05/2018\n{story}\n"
    assert newsctl.parse_article(page).to_dict()["headline"] == headline


def test_a_date_line_that_opens_with_a_place_is_no_clock_beside_the_sites_name() -> None:
    story = (
        "نقلت الصحيفة عن مصادر مطلعة أن الاجتماع المقبل سيعقد في العاصمة النمساوية، وأن الوفود"
        " ستناقش ملفات عدة تتعلق بالطاقة والتجارة والأمن في المنطقة خلال الأيام المقبلة."
    )
    page = f"فيينا / السبت 14 . 02 . 2026\nوكالة السيمر الاخبارية\nد. فاضل حسن شريف\n{story}\n"
    assert newsctl.parse_article(page).to_dict()["published"] == "2026-02-14"


def test_a_line_that_says_the_article_was_published_is_its_stamp_between_paragraphs() -> None:
    """A flipbook's copy prints ``Published by NAME, DATE`` between its pages' text: a line that
    says it was published is the stamp wherever it stands, not an event of the story."""
    para = (
        "تواصل الحكومة تنفيذ برنامجها لدعم صناعة الحافلات الكهربائية في المغرب، عبر شراكات مع"
        " مستثمرين أجانب ومحليين لتطوير سلاسل الإنتاج وخلق فرص الشغل في عدة جهات."
    )
    site = (
        "The words you are searching are inside this book. To get more targeted content, please"
        " make full-text search by clicking here.\nDiscover the best professional documents and"
        " content resources in this digital library, free for every reader.\nSearch"
    )
    page = f"{site}\nPublished by arrissalaalalam, 2022-11-02 06:34:38\n{para}\n"
    assert newsctl.parse_article(page).to_dict()["published"] == "2022-11-02T06:34:38"
