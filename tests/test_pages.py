"""The development corpus: 3,078 replicas of real pages from 3,070 outlets, with gold read off the
pages (tests/pages/gold.tsv), split by outlet into a tuning and a validation part. newsctl must
stay right on them, field by field; the validation part is scored, its misses never listed."""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest
from conftest import shared_path
from page_scores import PAGES, PARTS, date_right, load, outlet, part, score

# Tuning pages whose publication date newsctl gets wrong, and why (a change that fixes one
# removes it from here; one that breaks another page fails). Validation misses are never listed.
DATE_MISSES = {
    # the hundred-and-thirtieth to hundred-and-thirty-third batches (29 pages), first read at the
    # end of the session that made them
    "manamapost_1.txt": "a site's clock in English at the page's top (Friday 13,Feb,2026 20:24)"
    " over a page with no stamp: taken",
    "mu_1.txt": "no stamp of its own: the next post's date glued to the story's credit below the"
    " previous post's link (مارس 30, 2017المثنى / NAME): taken",
    # the hundred-and-twenty-sixth to hundred-and-twenty-ninth batches (22 pages), first read at
    # the end of the session that made them
    "alikhbariah_1.txt": "a site's clock with its Hijri twin (الأربعاء 13 جمادى الآخرة 1447 هـ –"
    " 3 كانون الأول 2025) above a story of days before: taken",
    # the hundred-and-twenty-second to hundred-and-twenty-fifth batches (24 pages), first read
    # after the links to the previous article
    "wilaya-tindouf_1.txt": "no stamp: the day a title ending with a colon speaks of (المصادف"
    " ل03 ماي 2023 :) taken",
    # the hundred-and-fourteenth to hundred-and-seventeenth batches (36 pages), first read at the
    # end of the session that made them
    "sadamisr_1.txt": "no stamp: the league's start in the story (إنطلق في 30 أغسطس 2020), the"
    " only full date of a copy cut short: taken",
    # the hundred-and-sixth to hundred-and-ninth batches (37 pages), first read after the places
    # that open two lines
    "agharras_1.txt": "a blog's English date header (Tuesday, January 18, 2011) on the copy's"
    " first line, read as a site's clock: none taken",
    "alyaqoutalsouri_1.txt": "no stamp, no title: the evening's date in the story's first line"
    " (امسية شعرية يوم الثلاثاء 2/7/2019) taken",
    # the hundred-and-second to hundred-and-fifth batches (44 pages), first read after the
    # breadcrumb's quotation marks
    "almustagbal_1.txt": "a stamp with seconds under a weather widget's label (Weather Kuwait),"
    " read as the site's furniture: none taken",
    "e3rfsport_1.txt": "one moment printed twice on a line (السبت 08/نوفمبر/2025 - 10:21 م"
    " 11/8/2025 10:21:40 PM): the first print's time, without the seconds, taken",
    # the ninety-eighth to hundred-and-first batches (37 pages), first read after the story's day
    # read a numeric date's order
    "alnahrainnews_1.txt": "a site's clock with its weekday on the copy's first line above the"
    " headline, over a story years older: taken",
    "expresstv_1.txt": "no stamp: the event's day opening the lead (يوم الجمعة 25 يوليوز 2025)"
    " under a broadcaster's player labels: taken",
    "goudcar_1.txt": "a masthead clock with its time (الخميس 21 نوفمبر 2024 08:28 مـ) above the"
    " site's name, over a story of 2022: taken",
    # the eighty-second to eighty-fifth batches (32 pages), first read after the photo's rights
    # the seventy-eighth to eighty-first batches (25 pages), first read after the photo's rights
    "hadaf_1.txt": "a masthead clock with its time and Hijri twin above the headline, on a copy"
    " cut after the story's first words: taken",
    # the seventieth to seventy-third batches (42 pages), first read at the start of the session
    # that made them
    "cakenitra_1.txt": "a court's speech whose date opens the title's line (4-2-2019 : TITLE) on a"
    " copy with no paragraph: the event's date in the speech taken",
    # the sixty-seventh to sixty-ninth batches (31 pages), first read after the words that open
    # prose
    "vdbunem79_1.txt": "a blog's date header on the copy's first line above a post title that is"
    " itself the date (top-of-page, furniture): none taken",
    # the sixty-fourth to sixty-sixth batches (19 pages), first read after the words that open
    # prose
    "azzamn_1.txt": "a blog's year archive: the first post's date header on the copy's first"
    " line, above its title (top-of-page): none taken",
    # the sixty-first to sixty-third batches (28 pages), first read after the share buttons'
    # Arabic spellings
    "aldeerah_1.txt": "a forum post's meeting nights in Hijri dates on lines of their own, with"
    " no stamp of the post: taken",
    "hkawymisrya_1.txt": "a road's handover date on a line of its own in a blog post cut to its"
    " body: taken",
    # the fifty-third to sixtieth batches (70 pages), first read after the credits of known parts
    "almwatenalmasry_1.txt": "a masthead clock with its Hijri twin, alone at the top of a copy"
    " cut before the story's stamp: taken",
    "wikiminya_1.txt": "a blog's date header under the widgets' labels, read as one of a list of"
    " other articles (page-list): no date",
    "emiratenewsday_1.txt": "a box of trending articles with their dates above the headline; the"
    " story's own date is glued to its byline and reading time: a trending item's date taken",
    # the forty-seventh to forty-ninth batches (36 pages), first read after the offsets of
    # times counted from now
    "sharqtoday_1.txt": "a dividend table's dates (تاريخ التوزيع ... 17/09/2023) on a page that"
    " states none of its own: a row of the table taken as the stamp",
    "orema_1.txt": "a time copied in visual order, minutes first (الساعة 32 : 14): hour 32 is"
    " impossible, and the stamp with it",
    "elbinaa_1.txt": "a date with underscores between its numbers (يوم:04_04_2018), a form the"
    " grammar does not read",
    # the forty-fourth to forty-sixth batches (36 pages), first read after the dateline written
    # date first
    "kfarbou-magazine_1.txt": "a ticker's greeting at the top (الاثنين 1يناير 2024: هيئة التحرير"
    " ... تبارك للجميع ...) over an undated article: its date taken as the stamp",
    # the forty-first to forty-third batches (36 pages), first read after the sentence's بتاريخ
    "nafhamag_1.txt": "a site's clock with its weekday (الخميس، 4 مارس 2021) over an interview"
    " years older, the page's own date only in its address: the clock taken",
    # the thirty-ninth batch (12 pages), first read after the documents' dates
    # the thirty-eighth batch (23 pages), first read after the thirty-seventh
    "commune-monastir_1.txt": "a stamp split over two lines, the day and the month's English"
    " abbreviation on one (13-Feb), the year on the next (2020): no date read",
    "tarbaweya_1.txt": "the only date is in a trail to the daily report the item belongs to"
    " (التقرير التربوي اليومي :: التقرير التربوي اليومي 20-6-2019), read as a section's title",
    # the thirty-seventh batch (23 pages), first read after the dual-date datelines
    "syria-stocks_1.txt": "a forum's default stamp (08-02-2011, 11:24 AM) read month first, as"
    " the boards of the corpus mostly print it; this board writes day first (both days Tuesdays)",
    "almehwarnews_1.txt": "no stamp in the copy; the date under the links to the previous and"
    " next articles (المقال السابق / المقال التالي), above the headline, taken for the article's",
    # the thirty-fifth batch (20 pages), first read after the trails of links
    "sawtalfarah_1.txt": "no stamp in the copy; the headline opens with the station's founding"
    " day (7 كانون الأول 1989), printed twice, taken for the page's",
    "imi-ouassif-aitmzal_1.txt": "a blog's French date header (mercredi 4 juillet 2018) above the"
    " title, and the event's day on a line of its own under it (30/06/2018) taken for the post's",
    # the thirty-fourth batch (22 pages), first read after the lead verbs
    "canadavoice_1.txt": "a copy run into one line: the byline's stamp (by admin 11 مارس، 2024)"
    " stands among the story's words, read as a date inside the story",
    "soufaouraktakhafia_1.txt": "a blog's date header over a post titled with a magazine's name"
    " (مجلة الجديد الثقافية اللندنية), read as the site's name: its date as the site's furniture",
    # the thirty-third batch (48 pages), first read after the thirty-second's rules
    "elalem-elidara_1.txt": "no stamp in the copy; the site's clock in its header"
    " (13 January 2026) taken for the article's",
    "koura_1.txt": "no stamp in the copy; the site's clock heading the page (• Thu 12 Feb, 2026)"
    " taken for the article's",
    # the thirty-first batch (36 pages), first read after the thirtieth's rules
    "wa7y_1.txt": "a blog's archive of two days: the newer day's header (its post cut off in the"
    " copy) taken for the older post's, whose own header stands below it",
    "almadar_1.txt": "no stamp in the copy; the site's clock heading the page"
    " (السبت. فبراير 21st, 2026) taken for the article's",
    # the thirtieth batch (47 pages), first read after this session's rules
    "elbalad_1.txt": "no stamp in the copy; a ticker of other titles above the story holds a date"
    " in a title (سعر الدولار اليوم السبت 6-12-2025), taken for the article's",
    # the twenty-ninth batch (50 pages), first read after this session's rules
    # forums' default stamps (07-05-2012, 09:37 PM) read month first; these two boards' gold reads
    # them day first (one by the story's weekday, one as doubtful): nothing on the stamp tells
    "albwadnah_1.txt": "a forum's 07-05-2012, 09:37 PM read month first; the gold day first",
    "musandam_1.txt": "a forum's 01-09-2012, 06:07 PM read month first; the gold day first",
    "alwelayah_1.txt": "the Hijri dateline of 2001 against a page date of 2007",
    "aldawlanews_1.txt": "the gold's date is the story's own (اليوم الإثنين ... الموافق 17/7/2023م)"
    " under a masthead clock years later: no date taken",
    "almenassa_1.txt": "a site clock (ISO date, then a 12-hour time) beside the title, thirteen"
    " days after the story (known only from the address): taken",
    "asharqalarabi_1.txt": "the page's date sits under the masthead's staff line (furniture);"
    " the footer's 'archive until 31 - 05 - 2004' is taken",
    "maydany_1.txt": "an unlabelled Hijri and Gregorian pair at the top of a print view, a day off"
    " the story's weekday (doubtful gold: it may be the item's stamp): taken",
    "alrayanews_1.txt": "no stamp; the gold takes the story's 'صباح اليوم الأحد 12 أكتوبر 2025'"
    " (a story's today without a dispatch's dateline is read as an event's)",
    "tadwinet_1.txt": "a listing page's header date of the visit on its first line: taken",
    "dubaialyum_1.txt": "a tag page's site clock (English date, Hijri twin) above its first item:"
    " taken",
    "iraqalyoum_1.txt": "a visitor counter's record date, labelled 'في تاريخ :': taken",
    "unizwa_1.txt": "a university's item stamped '|   17 سبتمبر 2024م' on its first line, above"
    " the pager and the titles (the top of the page, as a site's clock stands): none taken",
    "tna_1.txt": "a theatre's programme of shows, each day on a line of its own (السبت 10 جويلية"
    " 2021 / الساعة 16:00) and no stamp: the first show's day is taken, flagged uncertain",
    "orouba_1.txt": "a bulletin's two stamps beside its name (printed twice: the site's), and no"
    " headline left once 'لتحميل النشرة pdf اضغط هنا' is a link: none reaches the threshold",
    "alsabahpress_1.txt": "the masthead's date (Wednesday 20, August 2025) over a ticker: taken",
    "somaliagate_1.txt": "the page gives '19 نوفمبر' (no year; the gold's year is the address's)",
    "alkhabarma_1.txt": "a bare 02/11/2026 read day-first; the gold reads it month-first",
    # the eighth batch (80 pages), first read after this session's rules
    "taleea_1.txt": "the issue's day on the masthead's staff line (chrome), the founding day beside"
    " it: neither reaches the threshold",
    "afaqattaiseer_1.txt": "a forum thread: the first post's stamp and a reply's, equal scores; the"
    " last is taken (uncertain)",
    "mecc_1.txt": "a listing: the second item's dateline date taken for the first item's"
    " (uncertain)",
    "yallasy_1.txt": "a category page's date banner over the copy, nothing else to tell it apart",
    "nayrouz_1.txt": "the site's date line and a ticker only: the date line taken (uncertain)",
    "elmogaz_1.txt": "the site header's today-stamp: taken",
    # the ninth batch (80 pages), first read after this session's rules
    "alhoukoul_1.txt": "a digest's dated title over three titles of other days' digests, all"
    " alike: the last is taken (uncertain)",
    # the tenth batch (80 pages), first read after this session's rules
    "sudaneseonline_1.txt": "the reader's last visit ('اخر زيارك لك: 12-16-2024', misspelt)"
    " near the title: taken over the post's stamp",
    "parlgate_1.txt": "a print view's site clock under the editor's line, the only full date:"
    " taken",
    # the eleventh batch (71 pages), first read after this session's rules
    "safipress_1.txt": "the site's day banner with an issue counter (العدد : 4329): read as a"
    " print issue's stamp",
    "thegoset_1.txt": "a forum stamp glued to an image's alt text ('Emptyالخميس يناير 12,"
    " 2012 2:20 pm') inside the post: read as the story's",
    # the twelfth batch (66 pages), first read after this session's rules
    "albankaldawli_1.txt": "'10/07/2019' is month-first on that site (the gold goes by the"
    " address); read day-first",
    "gov-krd_1.txt": "no stamp; the lead's 'اليوم الاثنين ٣ شباط (فبراير) ٢٠٢٠' after the"
    " portal's credit read as a dispatch's date (the gold calls it the story's)",
    "iom_1.txt": "a dateline without a year ('أنقرة، 5 فبراير'); the gold's year is inferred",
    "syriauntold_1.txt": "the date alone under the title, beside the site's furniture: under the"
    " threshold",
    "balagh_1.txt": "the site's day line (Gregorian and Hijri) above its name: taken",
    # the thirteenth batch (68 pages), first read after this session's rules
    "petra_1.txt": "a wire dateline without a year ('عمان 2شباط (بترا)'); the gold's year is"
    " inferred from the story",
    "jaridatalwijdan_1.txt": "a blog's day header over a poem signed 'تونس ...24/ 12 /2021': the"
    " signature's day taken (uncertain)",
    "kenanaonline_1.txt": "the stamp stands under a run of other articles' excerpts read as the"
    " story: in-story, under the threshold",
    # the fourteenth batch (74 pages), first read after this session's rules
    "pressetarabic_1.txt": "the site's today banner above the copy, nothing else to tell it apart:"
    " taken",
    "afaq-ku_1.txt": "an issue's date in words with dashes between its parts (السبت - الثالث"
    " والعشرين من - اكتوبر - لسنة - 2021): no number beside a month to anchor it",
    "thiqar_1.txt": "the stamp's month names garbled by a text-encoding error: not read",
    "zamanalwsl_1.txt": "no stamp; the story's first sentence names the day (يوافق السبت"
    " 1/6/2013), read as a dispatch's date (the gold calls it the story's)",
    "islamqa-zadapps_1.txt": "the whole page mis-decoded (Windows-874 mojibake): no date to read",
    # the fifteenth batch (68 pages), first read after this session's rules
    "ncr-iran_1.txt": "the site's clock (الجمعة,29مارس,2024) on the copy's first line over a"
    " list of titles: taken",
    "yennayri_1.txt": "a listing: an older item's stamp, the page's gold, under a video list"
    " whose newest item is taken",
    "lcparty_1.txt": "the only date closes the statement's title, under a contact notice read as"
    " the story's first paragraph: in-story",
    "abnamisr_1.txt": "the site's clock with its Hijri twin on the first line: taken",
    "palinfo_1.txt": "the site's clock over a story that calls its day Thursday (the clock says"
    " Sunday): taken, with that evidence against it",
    # the sixteenth batch (74 pages), first read after this session's rules
    "24-24_1.txt": "the site's today-date line (7 أكتوبر، 2025) under a weather widget: taken",
    "fasanea_1.txt": "no stamp and no title: the only date opens the lead (يوم الاثنين 5 محرم 1439"
    " الموافق 25 سبتمبر 2017), at the very top: not taken",
    "timesofisrael_1.txt": "an English photo caption's date printed twice, the page's only date:"
    " taken (uncertain)",
    # the seventeenth batch (70 pages), first read after this session's rules
    # the eighteenth batch (75 pages), first read after this session's rules
    "leqatarien_1.txt": "no post stamp in the copy; a translator's note gives the Belgian paper's"
    " day (نشر في إحدى الصحف البلجيكية / يوم 10 مارس 2012): taken",
    "ad3t_1.txt": "no post stamp; the Hijri day of the flood the post tells of (في ٨/١٢/١٤٣٠):"
    " taken",
    "amin-alsheraa_1.txt": "a listing's date badges without a year (سبتمبر / 09); the gold's year"
    " comes from another post: the next post's whole date is taken",
    "niya-maroc_1.txt": "the site's date banner (الثلاثاء 23 دجنبر 2025), printed twice over the"
    " story: taken",
    # the nineteenth batch (50 pages), first read after this session's rules
    "almeezan_1.txt": "a law's article page: its effective date (تاريخ بدء العمل: 19/08/1969)"
    " ties with the site's Hijri date banner and is taken (uncertain)",
    # the twentieth batch (53 pages), first read after this session's rules
    "tarbawiyat_1.txt": "the site's clock banner (« الجمعة 19 أبريل 2024 م // 10 شوال 1445 هـ »)"
    " on the first line: taken",
    # the twenty-first batch (49 pages), first read after this session's rules
    # the twenty-second batch (53 pages), first read after this session's rules
    "aydy2008_1.txt": "a blog's date header over the title, the post opening on its own line"
    " with اليوم 4/5/2005 ... (a slip for 2008): that line is taken as the stamp under the title",
    "shbketmsr24_1.txt": "the site's clock with its named zone (... 10:36 م توقيت القاهرة) in the"
    " masthead over an old story: taken",
    "heartps_1.txt": "a forum's month-first 07-29-2016 opening the copy; a later 07-27-2025 (a"
    " member's last visit) under the title is taken",
    "journal-alyamama_1.txt": "a free site builder's page: the head run into one line, its date"
    " 01-12-2020 on a line among widgets: not taken",
    # the twenty-third batch (46 pages), first read after this session's rules
    "kriyadh_1.txt": "a blog archive's date header (الأحد، 13 مارس، 2011) on the first line,"
    " over a post whose title is missed: not taken (top of the page)",
    # the twenty-fourth batch (60 pages), first read after this session's rules
    "tulkarmgov_1.txt": "a governorate portal's date banner (27/02/2026) on the first line, over"
    " the site's name: taken",
    "hyattabib_1.txt": "a memoir's episode: the remembered night's day under the title"
    " (الخميس: 30 سبتمبر 2010 – بعد منتصف الليل..): taken",
    "du-damietta_1.txt": "a one-sentence copy: the event's day in its only line of text, read as a"
    " date line: taken",
    "epc-ae_1.txt": "a publication page's list of related items (مركز ... | 11 يناير 2021): the"
    " first item's date taken",
    "idraksy_1.txt": "the site's date bar (أبريل 19, 2024) on the first line, over a digest of"
    " 2016: taken",
    "bahethat_1.txt": "the forum's closing day in the lead (يوم السبت الموافق 21 /11/ 1436 هـ):"
    " taken as a wire dateline's",
}


@pytest.fixture(scope="module")
def scored() -> tuple[int, dict[str, int], list]:  # type: ignore[type-arg]
    return score(PAGES / "gold.tsv")


def test_the_corpus_is_large_and_varied() -> None:
    gold = load(PAGES / "gold.tsv")
    assert len(gold) >= 300
    assert len({outlet(g["url"]) for g in gold}) >= 250
    assert {p.name for p in PAGES.glob("*.txt")} == {g["file"] for g in gold}
    assert len({g["country"] for g in gold}) >= 30


def test_publication_dates() -> None:
    # the tuning part only: the validation part is scored (figures.json), its misses never listed
    pages, right, rows = score(PAGES / "gold.tsv", "tuning")
    wrong = {row.path.name for row in rows if not date_right(row)}
    assert wrong <= set(DATE_MISSES), sorted(wrong - set(DATE_MISSES))
    # and every listed miss is still one: a page a rule set right leaves the list
    assert set(DATE_MISSES) <= wrong, sorted(set(DATE_MISSES) - wrong)
    # issue 21's target (93%) as a floor; figures.json keeps the count from dropping. 95% held
    # on the first 390 pages; the next 234, many with only a site's clock, brought it to 94%, the
    # twelfth batch (forums, blogs' archives, official pages) to 92.9%, its listings rule to 93.4%;
    # the thirteenth to 92.7%, its day-archive labels, Maghreb hours and banners to 93.1%; the
    # fourteenth to 92.6%, glued stamps, padded years and guests' notices to 93.1%; the fifteenth
    # to 92.7%, titles' own days and two sentences read with their vowel signs to 93.0%; the
    # sixteenth to 92.9%, dates inside files' names to 93.0%; the seventeenth kept it (93.0%);
    # the eighteenth to 92.6%, ids before counters, listings' heads at the top, times after a
    # bullet and blogs' archives of two posts to 93.2%; the nineteenth to 93.3%; the twentieth
    # (and the lead line's echo) to 93.5%; the twenty-first kept it (93.6%), the twenty-second
    # too (93.5%), the twenty-third to 93.3%; the twenty-fourth to 92.9%, places glued to their
    # date by an underscore and the date a page was added (تاريخ الإضافة) to 93.05%; the
    # twenty-fifth (blogs, universities, local and sport sites) to 93.2%; the twenty-sixth (press
    # releases) kept it (93.2%), the twenty-seventh (forums) too (93.15%), asctime stamps 93.2%;
    # the twenty-eighth (cultural, sport, religious and charity bodies) kept it (93.2%), forums'
    # default stamps read month first 93.4%; the twenty-ninth (forums, papers, magazines) 93.5%
    assert right["date"] >= 0.93 * pages


def test_headlines_bylines_datelines_updates(
    scored: tuple[int, dict[str, int], list],  # type: ignore[type-arg]
) -> None:
    _, right, _ = scored
    # the figures of README.md's accuracy table: a change may raise them, never lower them
    assert right["headline"] >= 118
    assert right["byline"] >= 101
    assert right["dateline"] >= 100
    assert right["updated"] >= 131


@pytest.mark.parametrize("name", PARTS)
def test_each_part_keeps_its_figures(name: str) -> None:
    """The split by outlet: tuning pages are read for fixes, validation pages only scored; neither
    part may fall below the figures recorded in tests/pages/figures.json."""
    recorded = json.loads((PAGES / "figures.json").read_text("utf-8"))[name]
    pages, right, _ = score(PAGES / "gold.tsv", name)
    assert pages == recorded["pages"]
    assert all(right[f] >= recorded[f] for f in right), (right, recorded)


def test_no_outlet_is_in_both_parts() -> None:
    gold = load(PAGES / "gold.tsv")
    parts: dict[str, set[str]] = {}
    for page in gold:
        parts.setdefault(outlet(page["url"]), set()).add(part(page))
    assert all(len(p) == 1 for p in parts.values())
    validation = sum(part(page) == "validation" for page in gold)
    assert 0.25 * len(gold) <= validation <= 0.42 * len(gold)
    assert outlet("https://amp.skynewsarabia.com/x") == outlet("https://www.skynewsarabia.com/y")
    assert outlet("https://elgazwi.blogspot.com/2019/") == "elgazwi.blogspot.com"
    assert outlet("http://www.ahram.org.eg/News/1") == "ahram.org.eg"


@pytest.mark.parametrize(
    ("name", "published", "headline"),
    [
        ("alhewarnews_1.txt", None, "المرشح الرئاسي عبدالسند يمامة يتفقد اللجان الانتخابية بمصر "
         "الجديدة"),  # a site clock between the site's name and itself is not the date
        ("palhadath_1.txt", "2023-11-16", "القدس : مستعمرون يقتحمون المسجد “الأقصى”"),
        ("arsco_1.txt", "2019-08-24T11:07", None),
        ("kooora_1.txt", "2019-07-05T16:09", None),
        ("syriadailynews_1.txt", "2019-12-09T09:55:15", None),
    ],
)  # fmt: skip
def test_pages_read_exactly(name: str, published: str | None, headline: str | None) -> None:
    """Pages of the tuning part read exactly (the validation part is held by its figures only:
    a page of it pinned here would be read for fixes)."""
    import newsctl

    assert part(next(g for g in load(PAGES / "gold.tsv") if g["file"] == name)) == "tuning"
    article = newsctl.read_articles(PAGES / name)[0]
    assert article.published == published
    if headline is not None:
        assert article.headline == headline


# Publishers newsctl is measured on, under other domains than the held-out list and the shared
# corpus name (the tests above compare domains and file names): found by hand, kept out.
MEASURED_ELSEWHERE = {
    "center-lcrc.com": "center-lcrc.net",
    "almanar.com.lb": "almanartv.com.lb",
    "saba.ye": "sabanews.net",
    "lana-news.ly": "lana.gov.ly",
}


def test_no_page_comes_from_a_measured_publisher_under_another_domain() -> None:
    for gold in load(PAGES / "gold.tsv"):
        assert outlet(gold["url"]) not in MEASURED_ELSEWHERE, gold["file"]


def test_no_page_comes_from_an_outlet_newsctl_is_measured_on() -> None:
    held_out = shared_path("outlets-held-out.txt").read_text("utf-8")
    hosts = {
        line.split()[0].lower()
        for line in held_out.splitlines()
        if line.strip() and not line.startswith("#")
    }
    shared = {re.sub(r"_\d+\.txt$", "", p.name) for p in shared_path("corpus").glob("*_*.txt")}
    for gold in load(PAGES / "gold.tsv"):
        host = urlsplit(gold["url"]).hostname or ""
        host = host.removeprefix("www.").removeprefix("ar.").removeprefix("arabic.")
        assert not any(host == h or host.endswith("." + h) for h in hosts), gold["file"]
        assert re.sub(r"_\d+\.txt$", "", gold["file"]) not in shared, gold["file"]
