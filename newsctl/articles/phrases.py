"""The words of page furniture, the one table of each: labels of dates, bylines, sources and ids,
chrome (share buttons, copyright, breadcrumbs, navigation), lists of other articles, editorial
furniture, end markers. Patterns that read a line's folded form (``newsctl.articles.lines``) are
built by ``phrase``, which folds them with the text's own fold (أ/إ/آ to ا, ة to ه, ى to ي, no
tatweel or diacritics): write them as pages do. The few that read a line as written say so. The
labels of dates are listed once, in ``newsctl.dates.labels``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from newsctl.articles.agencies import is_agency
from newsctl.articles.lexicons import (
    PERSON_WORDS,
    PLACE_WORDS,
    names,
    person_name,
    place_opening,
)
from newsctl.dates.labels import (
    JOINED_LABELS,
    STRONG_PUBLISH,
    UPDATE_LABELS,
    UPDATE_WORDS_RE,
    WEAK_PUBLISH,
    alternatives,
)
from newsctl.dates.weekdays import WEEKDAYS
from newsctl.text.fold import fold_key, fold_text


def phrase(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern of words in their natural spelling, folded as the text is. The regex syntax is
    ASCII and stays; the other characters are folded (letters, marks, dashes), and a character
    that folds to ASCII (– to -) is escaped, so that it stays a character to match."""
    return re.compile(_NON_ASCII_RE.sub(_fold_run, pattern), flags)


_NON_ASCII_RE: Final = re.compile(r"[^\x00-\x7f]+")


def _fold_run(m: re.Match[str]) -> str:
    return "".join(re.escape(c) if c.isascii() else c for c in fold_text(m.group()))


def words(text: str) -> frozenset[str]:
    """A set of words written naturally, folded."""
    return frozenset(fold_text(w) for w in text.split())


def folded(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(fold_text(i) for i in items)


_W: Final = r"(?![^\W\d_])"  # the end of a word

# Labels before a publication date: نشر في, تاريخ النشر, التاريخ:, Time. The strong ones name
# publishing and count wherever they stand; the weak ones (بتاريخ, "on the date") only when they
# open a line, as stamps do, not inside a sentence.
# (English labels take their preposition: Published on, Posted at)
_ON: Final = r"(?:\s+(?:on|at))?"
# A publication label ending a title's line as written, its stamp after it (TITLEpublié le DATE,
# TITLE - نشر في DATE): at a word's start, or where Latin letters follow Arabic ones unspaced
LABEL_END_RE: Final = re.compile(
    r"(?:(?<![^\W\d_])|(?<=[\u0600-\u06ff])(?=[A-Za-z]))(?:"
    + "|".join(map(re.escape, STRONG_PUBLISH))
    + r")\s*+[:：]?\s*+$",
    re.IGNORECASE,
)
STRONG_LABEL_RE: Final = phrase(rf"(?:{alternatives(STRONG_PUBLISH)}){_ON}\W{{0,3}}$", re.I)
PUBLISH_LABEL_RE: Final = phrase(
    rf"(?:{alternatives(STRONG_PUBLISH + WEAK_PUBLISH)}){_ON}\W{{0,3}}$", re.IGNORECASE
)
# Labels before an update date: آخر تحديث, مُحدَّثة, updated.
UPDATE_LABEL_RE: Final = phrase(rf"(?:{alternatives(UPDATE_LABELS)})\W{{0,3}}$", re.IGNORECASE)
# A line that opens with an update label, its date a few words on (a forum's "التعديل الأخير تم
# بواسطة : NAME بتاريخ DATE", "Last edited by NAME; DATE")
UPDATE_OPENS_RE: Final = phrase(rf"^(?:{alternatives(UPDATE_LABELS)})(?![^\W\d_])", re.IGNORECASE)
UPDATE_LINE_WORDS: Final = 16
# A line that ends with a date's label, its value on the next line (``... آخر تحديث في``): a
# stamp's first half, not a title.
DANGLING_LABEL_RE: Final = phrase(
    rf"(?:^|\s)(?:{alternatives(STRONG_PUBLISH + UPDATE_LABELS)})(?:\s+(?:في|بتاريخ|on|at))?"
    r"\W{0,3}$",
    re.IGNORECASE,
)
# A member's or contributor's joining date (forums, blogs): not the article's.
JOINED_LABEL_RE: Final = phrase(rf"(?:{alternatives(JOINED_LABELS)})\W{{0,3}}$", re.IGNORECASE)
# Update words anywhere in the few words before a date (التحديث الأخير بتاريخ): UPDATE_WORDS_RE,
# from newsctl.dates.labels (its one home), read by the page's readers as phrases.UPDATE_WORDS_RE.
__all__ = ["UPDATE_WORDS_RE"]
# "نشر بواسطة: فلان في 12 مارس 2023": a line that says it was published, with a name in it.
PUBLISHED_WORD_RE: Final = phrase(r"(?<![^\W\d_])(?:نشر|بواسطة|published|posted)" + _W, re.I)
# "الموضوع في 'بحوث' بواسطة سمر, بتاريخ 20 ديسمبر 2013.", "Posted by NAME on DATE": who posted it
POSTED_BY_RE: Final = phrase(r"(?<![^\W\d_])(?:بواسطة|(?:posted|published) by)" + _W, re.I)
# Who wrote or posted it, then "on" before the date (تحرير NAME على DATE, كتب NAME في DATE, a
# theme's "Written by NAME on DATE"): the words before a stamp, not a title's
POSTER_BEFORE_RE: Final = phrase(
    r"^(?:كتب|كتبت|بقلم|تحرير|اعداد|نشر|نشرت|اضيف|ارسل)\s+\S+(?:\s+\S+){0,3}?"
    r"\s+(?:على|في|بتاريخ|يوم)\W*$"
)

BYLINE_RE: Final = phrase(
    r"^(?:كتبت|كتبه|كتب|بقلم|حوار|حاوره|تحقيق|اعداد|تقرير|متابعه|تابع الجلسه|الكاتب|الكاتبه"
    r"|(?i:(?:article |written |story )?by))"
    + _W
    + r"\s*[:：\-/ـ]?\s*(.+)$"
)
# A title that names its own day before the date, as bulletins do (نشرة ... ليوم الخميس في,
# الموجز المسائي لنهار السبت (, مقدمات النشرات لليوم, أسرار الصحف الصادرة اليوم السبت في): the date
# is the bulletin's, not an event's.
OWN_DAY_RE: Final = phrase(
    r"(?:^|\s)(?:ليوم|لليوم|لنهار|ليله|لليله|الصادرة اليوم|الصادرة)(?:\s+\S+)?(?:\s+في)?"
    r"\s*[(\[-]?\s*$"
)
# The first days of a span or a list of days before a date (19-27 أيار/مايو 2025, أيام 4و5و6 ماي,
# من 4 إلى 6 ماي): the date is the last day, an event's (a meeting, a festival), not a stamp (a
# time before it, 10:30 - , is not). Read on the folded text (إلى is الي). A date after "until"
# alone (أرشيف الموقع حتى 31 - 05 - 2004, يستمر المعرض لغاية ...) ends a span too.
DAY_SPAN_RE: Final = phrase(
    r"(?<![\d:./])\d{1,2}\s*(?:-|و|الي|حتي)\s*$|(?:^|\s)(?:حتى|لغاية|until)\s*$", re.IGNORECASE
)
# A site's clock labelled as the day's date (تاريخ اليوم : 28 مايو 2023): the visit's day.
TODAY_LABEL_RE: Final = phrase(r"(?:^|\s)تاريخ اليوم\W{0,3}$")
# A date the text calls today (عقد المجلس اليوم الخميس 22 يناير 2026): under a dispatch's wire
# dateline, the day it was filed; glued after a headline with its time, the stamp's first word.
TODAY_RE: Final = phrase(r"(?<![^\W\d_])اليوم\s*[،,]?\s*$")
# The day a story calls today, yesterday or tomorrow by its weekday (أعلن اليوم الخميس, مساء أمس
# الأحد, غدا السبت): the story was written on that weekday, the day after yesterday's, the day
# before tomorrow's (STORY_DAY_SHIFT: days to add to the named weekday).
_STORY_WEEKDAYS: Final = {
    fold_text(name): number
    for number, names in WEEKDAYS.items()
    for name in names
    if name.startswith("ال")
}
STORY_DAY_RE: Final = phrase(
    r"(اليوم|أمس|البارحة|غدا)\s+("  # غداً, غدًا: folded without the tanween
    + "|".join(sorted(_STORY_WEEKDAYS, key=len, reverse=True))
    + r")(?![^\W\d_])"
)
# A wire's day between commas (أعلنت الوزارة، الأربعاء، أن ...): the day it reports, today.
WIRE_DAY_RE: Final = phrase(
    r"[،,]\s*(" + "|".join(sorted(_STORY_WEEKDAYS, key=len, reverse=True)) + r")\s*[،,]"
)
STORY_DAY_SHIFT: Final = {fold_text(k): v for k, v in
                          {"اليوم": 0, "أمس": 1, "البارحة": 1, "غدا": -1}.items()}  # fmt: skip


def story_weekday(folded: str) -> int | None:
    """The weekday (Monday 0) on which a folded story was written, by the first day it names
    as today, yesterday or tomorrow; None when it names none."""
    for m in STORY_DAY_RE.finditer(folded):  # a word of its own (not في اليومين, بالأمس ...)
        if m.start() == 0 or not folded[m.start() - 1].isalpha():
            return (_STORY_WEEKDAYS[m.group(2)] + STORY_DAY_SHIFT[m.group(1)]) % 7
    wire = WIRE_DAY_RE.search(folded)
    return None if wire is None else _STORY_WEEKDAYS[wire.group(1)]


# What follows a byline label when it is a title's first word instead: a quotation.
QUOTED_RE: Final = re.compile(r"^[\"«“„']")
SOURCE_RE: Final = phrase(r"^\*?\s*(?:ال)?مصدر\s*[:\-]?\s*(.*)$")
ID_RE: Final = phrase(
    r"^(?:(?:رقم|رمز|كود|كد) ?(?:ال)?خبر|الرقم|id|news id)?\s*+[:#]?\s*+(\d{3,15})$", re.IGNORECASE
)

# Page chrome, on short lines: a line starting with one of these (then not a letter).
CHROME_START_RE: Final = phrase(
    r"(?:\*\s|\*$|©|\(c\)|copyright|الرئيسيه|رئيسيه|الصفحه الرئيسيه|home\b|share on|tweet$|"
    r"whatsapp$|"
    r"facebook$|twitter$|telegram$|انسخ الرابط|تم نسخ الرابط|"
    r"تابعونا علي|تابعونا|تابعنا|اشترك|site icon|اين يمكنك متابعتنا|اقرا ايضا|اقرا المزيد|"
    r"الاكثر قراءه|الاكثر مشاهده|اخبار ذات صله|مواضيع ذات صله|image \d|"
    # a Blogger label page's header: "Showing posts with label X. Show all posts"
    r"إظهار الرسائل ذات التسميات|عرض الرسائل ذات التسميات|إظهار كافة الرسائل|"
    r"showing posts with label|"
    r"(?:رئيس مجلس الاداره|رئيس التحرير|مدير التحرير|الاشراف العام|المؤسس|المدير العام|"
    r"رئيس مجلس الاداره ورئيس التحرير)\s*[:\-]?)" + _W,
    re.IGNORECASE,
)
# Buttons: an action word alone or with what it acts on and where (شارك عبر فيسبوك, أرسل لصديق),
# never a sentence that begins with the verb (شارك الوزير في الافتتاح).
_BUTTON_WORDS = "شارك مشاركه طباعه اطبع ارسل استمع اشترك حفظ احفظ نسخ انسخ"
BUTTON_WORDS: Final = words(_BUTTON_WORDS)
# A link that asks to be clicked (لتحميل النشرة pdf اضغط هنا, الأسماء غير المطابقة (اضغط هنا)):
# a line of a few words saying it is the page's, not a title.
CLICK_RE: Final = phrase(
    r"(?<![^\W\d_])(?:اضغط|انقر|اضغطوا|انقروا)\s+(?:هنا|علي الرابط)(?![^\W\d_])|click here",
    re.IGNORECASE,
)
# The names of the networks and services that share buttons name, alone on their row.
SHARE_NAMES: Final = words(
    """فيسبوك تويتر اكس واتساب تلغرام تيليجرام تليجرام لينكدان انستغرام انستجرام يوتيوب facebook
twitter whatsapp telegram email e-mail x linkedin print share link copy pinterest reddit tumblr
messenger instagram youtube snapchat tiktok addtoany sharethis yahoo myspace delicious google live
digg stumbleupon gmail hotmail blogger rss buzz friendfeed
تيلقرام تيلغرام تيليغرام تلجرام تلقرام بينتيريست بينترست بنترست انستقرام الانستغرام الانستجرام
ماسنجر سناب شات تيك توك ريديت"""
)  # the bookmarking services of older share widgets (AddThis, ShareThis); the Arabic spellings
_BUTTON_OBJECTS = """الخبر المقال الموضوع الصفحه الرابط النص علي عبر في مع من الي لصديق صديق بالبريد
البريد الالكتروني فيس بوك واتس اب send الان هنا"""
BUTTON_OBJECTS: Final = words(_BUTTON_OBJECTS) | SHARE_NAMES
CHROME_WORDS_MAX: Final = 12  # a line with more words is text, whatever its first word
# Particles that put the date after them in a sentence (في 12/08/2014, منذ 3 مايو): an event's
SENTENCE_PARTICLES: Final = words("في منذ حتى قبل بعد من إلى خلال عن بين")
# "On the day" before a date: a sentence's adverb (حضرت يوم السبت 7 ديسمبر 2019م ندوة), not a
# stamp after a section's name
ADVERB_DAY_OPENINGS: Final = (fold_key("يوم "), fold_key("يوم "))
# A preposition joined to "date" (بتاريخ: on the date of): what follows is a sentence's adverb,
# not a section's name before a stamp
DATE_PREPOSITIONS: Final = words("بتاريخ")
# A call to the reader: an imperative of joining, sharing, following or downloading, and a word
# that speaks to the reader or of the site's own (انضم/ي إلى مجتمع قرائنا, شارك التطبيق مع
# أصدقائك); a headline with the same verb (شارك الوزير في ...) speaks of neither.
CALL_VERBS: Final = words(
    "انضم انضموا شارك شاركوا حمل حملوا نزل اشترك اشتركوا سجل تابع تابعوا ادخل اقرا اقرؤوا"
)
CALL_WORDS: Final = words(
    "اصدقائك اصدقاءك بريدك بريدكم حسابك هاتفك جوالك ليصلك يصلك لتصلك قناتنا مجتمعنا قرائنا"
    " نشرتنا صفحتنا تطبيقنا موقعنا حساباتنا معنا"
)
CALL_WORDS_MAX: Final = 14
# A weather widget: a temperature and its place (29℃ القاهرة, 23.9°القدس, 38°C)
WEATHER_RE: Final = re.compile(r"(?<![\d.,])\d{1,2}(?:[.,]\d{1,2})?\s*(?:℃|℉|°)")
WEATHER_WORDS: Final = 6
# A currency widget's line: a currency's name (and its country) and its rate, nothing else
# (دولار امريكي - 3.3, اليورو - 3.9699, 4.7دينار أردني); a headline about a rate says what it did
# (الدولار يتراجع إلى 3.5 شيكل).
CURRENCIES: Final = words(
    "دولار يورو دينار جنيه ليرة ريال درهم فرنك كرون ين روبل روبية شيكل شيقل يوان باوند"
)
RATE_LETTER_WORDS: Final = 2
# Chrome anywhere on a line that is not long text.
COPYRIGHT: Final = folded(
    ("©", "جميع الحقوق محفوظه", "حقوق النشر محفوظه", "الحقوق محفوظه", "all rights reserved")
)
COPYRIGHT_RE: Final = re.compile("|".join(map(re.escape, COPYRIGHT)), re.IGNORECASE)
CHROME_ANYWHERE: Final = COPYRIGHT + folded(
    # يتم التشغيل بواسطة: Blogger's "Powered by", in its Arabic footer
    ("powered by", "managed by", "رئيس مجلس الاداره", "رئيس التحرير", "يتم التشغيل بواسطة")
)
# The same, in one search of a line (derived: CHROME_ANYWHERE is the table).
CHROME_ANYWHERE_RE: Final = re.compile("|".join(map(re.escape, CHROME_ANYWHERE)))
CHROME_ANYWHERE_WORDS_MAX: Final = 30
# A reading-time widget (Read Time:3 Minute, 53 Second, 5 min read, وقت القراءة: 4 دقائق,
# 3 دقائق للقراءة): the theme's, on a short line
READING_TIME_RE: Final = phrase(
    r"\bread(?:ing)? time\b|\bmin(?:ute)?s? read\b|(?:وقت|مدة|زمن) القراءة"
    r"|(?:دقيقة|دقائق|دقيقتان|دقيقتين) (?:لل)?قراءة",
    re.IGNORECASE,
)
READING_TIME_WORDS: Final = 8
# A post's age and its section, as social feeds print them (3 ساعة ·ذكاء اصطناعي, 2 د · رياضة):
# the age of the visit, no headline
AGE_LINE_RE: Final = phrase(
    r"^\d{1,3}\s*(?:ساعة|ساعات|دقيقة|دقائق|يوم|أيام|أسبوع|أسابيع|شهر|أشهر|سنة|سنوات|د|س|ي)"
    r"\s*[·•]"
)
AGE_LINE_WORDS: Final = 8
# The basmala alone on its line opens a post, a statement or a sermon: a formula, no title.
# The invocation that opens a text (بسم الله الرحمن الرحيم), and the formulas that go on from it
# (بسم الله و الصلاة و السلام على رسول الله): no headline opens with it
BASMALA_RE: Final = phrase(
    r"^\W*بسم الله(?:\W*$|\W+(?:الرحمن|و\s*الصلاة|و\s*الحمد))"
)

# A list of other articles starts here: what follows is not the body.
# A link to the previous or next article, its title after the word (السابق TITLE, المقال التالي
# TITLE): the theme's navigation, not the page's headline
NAV_LINK_RE: Final = phrase(
    r"^(?:(?:المقال|المقالة|الخبر|الموضوع|التدوينة)\s+)?(?:السابق|التالي|السابقة|التالية)"
    r"(?:\s*+[:：])?\s++\S++\s++\S"
)
RELATED_RE: Final = phrase(
    r"^(?:اقرا ايضا|اقرا المزيد|الاكثر قراءه|الاكثر مشاهده|اخبار ذات صله|مواضيع ذات صله|"
    r"اخبار متعلقه|قد يهمك|المزيد من|اخبار اخري|مقالات ذات صله|شاهد ايضا|احدث الاخبار|"
    r"اخر الاخبار|اخبار مشابهه|مقالات مشابهه|ذات صله|"
    # forums' widgets of other topics (Forumotion's "Latest topics", vBulletin's and phpBB's)
    r"المواضيع الأخيرة|آخر المواضيع|أحدث المواضيع|آخر المشاركات|"
    r"(?:related|read more|more articles|see also|most read|most popular|more from|more stories|"
    r"you may also like|recommended for you)(?![a-z]))",
    re.IGNORECASE,
)
# An embedded social post's signature: "— Name (@handle) October 28, 2019".
EMBED_RE: Final = re.compile(r"\(@\w{1,30}\)|pic\.twitter\.com|^— ", re.IGNORECASE)
# A print issue's stamp names its issue: العدد 47203.
ISSUE_RE: Final = phrase(r"العدد|issue no", re.IGNORECASE)
# What may follow a wire dateline's date: a separator, an agency in parentheses, an era letter.
WIRE_AFTER_RE: Final = re.compile(r"^\s*+(?:م|ه)?\s*+[(\[\]/\-–ـ:|]")

# End markers, each a short line of its own: انتهى/185, // انتهى //, انتهي *** س.م (not a sentence
# that begins with the word: after it comes the end of the line, a slash, a star, a number),
# --(بترا), a Reuters footer (إعداد ... تحرير ...), "The post ... appeared first on ...".
END_RE: Final = phrase(
    "|".join(
        [
            r"^[/\s*\-–]*انتهي(?:\s*$|\s*[/*\-–(.:]|\s+\d)",
            r"^[-–ـ]{1,}\s*\(([^()]{2,30})\)\s*$",  # --(بترا)
            r"^\(\s*اعداد\b.*(?:تحرير|للنشرة).*\)$",  # Reuters footer
            r"^the post .* (?:appeared first|first appeared) on",
        ]
    ),
    re.IGNORECASE,
)
# (END_RE's alternatives are all anchored at the start: lines read it with match.)
END_WORDS_MAX: Final = 40  # "The post <its title> appeared first on <site>" is the longest

# Editorial furniture: a masthead's staff lines (a name follows them) and banners (a date just
# above them is the site's, not the article's).
_STAFF = (
    r"رئيس مجلس الاداره|رئيس التحرير|مدير التحرير|المدير العام|المدير المسؤول|الاشراف العام|"
    r"^(?:رئيس|نائب رئيس|مدير|مديره|المشرف) (?:\S+ ?){1,3}$"
)
STAFF_RE: Final = phrase(rf"(?:{_STAFF})")
# The roles a writer is given after a dash in a byline (كتب: NAME – مسؤول صفحة ...): not the name
ROLE_WORDS: Final = words(
    "مسؤول مسؤولة مدير مديرة رئيس رئيسة نائب محرر محررة مراسل مراسلة صحفي صحفية كاتب كاتبة"
    " باحث باحثة خبير خبيرة أستاذ أستاذة عضو عضوة منسق منسقة"
)
# A breaking-news label alone on its line: the item under it is the ticker's, not the story
BREAKING_RE: Final = phrase(r"^(?:عاجل|خبر عاجل|أخبار عاجلة|breaking(?: news)?)\W*$", re.I)
# A sign-up box addresses the reader: your e-mail, the mailing list, the newsletter
_SIGNUP = r"بريدك الإلكتروني|القائمة البريدية|النشرة البريدية|اشترك في النشرة|اشترك في نشرتنا"
FURNITURE_RE: Final = phrase(
    rf"(?:{_SIGNUP}|°|weather|"
    r"^عاجل$|^الرئيسيه\b|^اخر الاخبار$|^اخبار عاجله$|^breaking\b)",
    re.IGNORECASE,
)
# The widgets of Arabic sites: prayer times, the next prayer, the weather (their times and dates
# are the visit's, no article's); a widget's label is a few words (a headline about prayer times
# is a headline)
WIDGET_RE: Final = phrase(
    r"مواقيت الصلاة|أوقات الصلاة|الصلاة القادمة|الصلاة التالية|حالة الطقس|الطقس اليوم|طقس اليوم"
)
# A weather widget's reading (folded text): a temperature in degrees, alone or beside its city
# (21.3 C, beirut weather 19.41 ° c, 9°c, 25 درجه مئويه, 21 °م): the site's furniture
TEMPERATURE_RE: Final = re.compile(
    r"(?<![\w.\-])-?\d{1,2}(?:[.,]\d{1,2})?\s*+(?:°\s*+[cfم]?|℃|℉|[cf](?![^\W\d_])|درجه مئويه)"
)
TEMPERATURE_WORDS: Final = 4  # a widget's line: the reading, its city, a weather word

# Credits that end a photo caption: (رويترز), (أرشيفية), (تصوير: ...).
CREDIT_RE: Final = phrase(r"[(\[]([^()\[\]]{1,30})[)\]]\s*$")  # (رويترز), [حقوق الصورة لـ ...]
CREDIT_WORDS_RE: Final = phrase(
    r"تصوير|ارشيف|(?:من )?المصدر$|حقوق الصورة|getty|afp|reuters|epa", re.IGNORECASE
)
# ... لدى مخاطبته اللقاء الجماهيري : المصدر : وكالة السودان للانباء: a photo's source after it
SOURCE_CREDIT_RE: Final = phrase(r"\S\s+[:：|\-–]?\s*المصدر\s*[:：]\s*(\S[^:：]{1,40})$")
# A photo of an event, its caption alone on a short line: جانب من الاجتماع, جانب من صلاة العيد
# (a view of ...): no title opens so
VIEW_CAPTION_RE: Final = phrase(r"^جانب من\s")
VIEW_CAPTION_WORDS: Final = 12
CAPTION_START_RE: Final = phrase(
    r"^(?:(?:ال)?صوره\s*[:：]|صوره ارشيفيه|تصوير\s*[:：]|ارشيفيه\s*[:：]|حقوق الصورة\s*[:：]|"
    # a fact-check's screenshot, dated when it was taken: صورة ملتقطة من الشاشة بتاريخ DATE
    r"(?:صورة ملتقطة|لقطة) (?:من )?الشاشة|لقطة شاشة|"
    r"photo\s*:|image\s*:)",
    re.I,
)

# A line that names an outlet: "صحيفة صدى الشعب", "أخبار عالمية, جريدة الدستور", a forum
# ("منتديات ..."), or ends as outlets' names do: "شبكة ... الإخبارية", "... نيوز", or holds a
# site's domain name ("Arab News 24.ca اخبار العرب24-كندا"): a headline names no domain in a few
# words.
_DOMAIN = (
    r"(?<![a-z0-9-])[a-z0-9][a-z0-9-]*+\.(?:com|net|org|info|news|tv|online|site|me|co|ca|uk|fr|de|us|"
    r"ma|dz|tn|ly|eg|sd|mr|sa|ae|qa|kw|bh|om|ye|iq|sy|lb|jo|ps)(?![a-z0-9]|/[^\s)])"
)  # not a link's address with its path (a print view's "(https://site.net/vb/forumdisplay...)")
OUTLET_RE: Final = phrase(
    r"(?:^|[\s,،|])(?:صحيفه|جريده|مجله|موقع|بوابه|وكاله|اذاعه|قناه|منتديات|newspaper)\s"
    rf"|\s(?:الإخبارية|الإخباري|نيوز|news|انفو|info)$|{_DOMAIN}",
    re.IGNORECASE,
)
# English banners of the software that serves a page: cookie consent, trials, subscriptions,
# the accessibility link to the content (a line in Latin letters on an Arabic page that says them
# is no headline).
BANNER_RE: Final = re.compile(
    r"\b(?:cookies?|consent|privacy policy|free trial|subscribe|subscription|sign (?:in|up)|"
    r"log ?in|advertise|newsletter|skip to (?:main )?content|skip navigation|"
    # the U.S. Web Design System's banner, on every U.S. government site (usembassy.gov ...)
    r"official website of the united states government|here's how you know|gov websites?|"
    # a theme's notice to the site's owner (Jannah Theme License is not validated, Go to the
    # theme options page ...)
    r"license is not validated|theme options)\b",
    re.IGNORECASE,
)
# The accessibility link to the content that themes print first (WCAG's skip link), in the
# translations themes give it: تخطى إلى المحتوى, التجاوز إلى المحتوى الرئيسي, انتقل للمحتوى
SKIP_LINK_RE: Final = phrase(
    r"^(?:ال)?(?:تخطي|تخطى|تجاوز|انتقال|انتقل|ذهاب|اذهب)\s++"
    r"(?:(?:إلى|الى)\s++(?:ال)?|لل?)(?:محتوى|محتويات)(?:\s++(?:الرئيسي|الأساسي|الاساسي))?\s*+$"
)
OUTLET_WORDS: Final = 6
# A short line that opens with a body's kind (معهد, مركز, جامعة, ...) names the body that runs the
# site (an institute's, a university's, a council's pages), as an outlet's name does: no gold
# headline of the tuning part is one (they name the body and say what it did: longer).
ORGANIZATION_RE: Final = phrase(
    r"^(?:ال)?(?:معهد|مركز|جامعة|مؤسسة|جمعية|منظمة|اتحاد|هيئة|مجلس|نقابة|أكاديمية)\s[^\d:：]*$"
)
ORGANIZATION_WORDS: Final = 5
# A greeting opens a letter or a forum post, not a headline (السلام عليكم يا رواد المنتدى ...,
# مرحبا بكم ...)
GREETING_RE: Final = phrase(
    r"^(?:السلام عليكم|سلام الله عليكم|مرحبا|اهلا وسهلا|صباح الخير|مساء الخير)(?!\S)"
)
# A line ending with a dash, a comma or a word that needs what follows (a preposition, a
# conjunction, a verb of saying: ... بدر بن سعود –, يحكى أن, ... ويقول) runs on into the next
# line: the start of a wrapped sentence, not a headline (not على: folded, it is the name علي)
RUNS_ON_RE: Final = phrase(
    r"(?:\s[-–—]|[،,]|(?<!\S)(?:في|من|إلى|عن|أن|إن|لأن|التي|الذي|الذين|و|قال|وقال|يقول"
    r"|ويقول|حيث|بين|مع|أو|ثم|بل|لكن|كما))\s*$"
)
# The verbs in the past tense that open a story's sentences, and so its paragraphs (أعلن ...,
# وأوضح ..., وأشارت ...): the words that open the story paragraphs of the tuning part most often
# (benchmarks/openings.py), those that are verbs of the third person, in both genders. A headline
# says what happens in the present tense or with a noun; a long line opening with one is a lead.
# (A verb that is also a common noun is kept in its feminine form only: نقلت, not نقل, transport;
# طالبت, not طالب, a student; and فتح, the movement, is left out.)
LEAD_VERBS: Final = words(
    "أوضح أوضحت قال قالت أعلن أعلنت شدد شددت ذكر ذكرت أفاد أفادت أكد أكدت أشار أشارت افتتح"
    " افتتحت أضاف أضافت تابع تابعت لفت لفتت استقبل استقبلت شهد شهدت عقد عقدت التقى التقت أصدر"
    " أصدرت كشف كشفت أبدى أبدت انطلق انطلقت دعا دعت قدم قدمت حضر حضرت نقلت تناول تناولت"
    " شارك شاركت قرر قررت وجهت وصل وصلت صرح صرحت استهل استهلت اعتبر اعتبرت زار زارت رفعت"
    " لقي لقيت اجتمع اجتمعت دشن دشنت تحدث تحدثت أطلق أطلقت سجلت أقام أقامت"
    " نفى نفت اطلع اطلعت علق علقت نبه نبهت طالبت جدد جددت أغلق أغلقت انضم انضمت أقر أقرت"
    " انعقد انعقدت احتفل احتفلت استعرض استعرضت تفقد تفقدت نظم نظمت شكرت فاز فازت أظهر"
    " أظهرت أجرى أجرت بحثت تولى تولت"
)


# The words that open prose, not a title: a sentence joined to what came before it, or hedged
# (قد يأتي أحياناً سؤال ..., ربما يتعجب بعضكم ..., كما أكد ...); none opens a headline of the
# tuning part's gold
DISCOURSE_OPENINGS: Final = words(
    "قد لقد ربما وقد فقد ولقد كما حيث لكن ولكن لكنه إذ ثم أظن أعتقد إنه"
)


def discourse_opening(folded: str) -> bool:
    """The folded line opens with a word of ``DISCOURSE_OPENINGS``."""
    first = folded.split(maxsplit=1)[0] if folded.strip() else ""
    return first in DISCOURSE_OPENINGS


def lead_verb(folded: str) -> bool:
    """The folded line opens with a verb of ``LEAD_VERBS``, with or without و before it."""
    first = folded.split(maxsplit=1)[0] if folded.strip() else ""
    return first in LEAD_VERBS or (first[:1] == "و" and first[1:] in LEAD_VERBS)


# A document's date: a law, a decision or a letter issued or dated on it (الصادر في, الصادر
# بتاريخ, المؤرخ في), or another outlet's article the page cites (نشرت جريدة النهار بتاريخ):
# the document's, not the page's, even after بتاريخ
ISSUED_RE: Final = phrase(
    r"(?:(?:الصادر|الصادرة|المؤرخ|المؤرخة)\s+(?:في|بتاريخ)?"
    r"|(?:نشرت|ذكرت|أوردت|قالت)\s++(?:جريدة|صحيفة|مجلة|وكالة|موقع)(?:\s++\S++){1,3}?\s++"
    r"(?:في|بتاريخ))\s*[:：]?\s*$"
)
# Honorifics before a name: د. محمد, أ.د. محمود, الدكتور ...
HONORIFIC_RE: Final = phrase(
    r"^(?:د\s?\.|ا\s?\.\s?د\s?\.|ا\s?\.|م\s?\.|الدكتور|الاستاذ|المهندس|الشيخ|dr\.)", re.I
)
# Decoration before a headline or a byline: a bullet, a star, a bar, a symbol or an emoji (arrows
# to dingbats, ✍️ 🔴 📌, with their variation selector and joiner), then a space.
DECORATION_RE: Final = re.compile(
    r"^[*•●|\-–\u2190-\u2bff\ufe0f\u200d\U0001f000-\U0001faff]++\s+"
)
# An outlet's credit before a byline, set apart by a colon or a slash (القلعه نيوز : بقلم : NAME)
_CREDIT_BEFORE_RE: Final = re.compile(r"^[^\s:/]++(?: [^\s:/]++){0,2} ?[:/] ?")  # folded: ： is :


def byline_match(folded: str) -> re.Match[str] | None:
    """A byline line's match of BYLINE_RE (its name is group 1), after a bullet or an outlet's
    credit that may stand before it."""
    undecorated = DECORATION_RE.sub("", folded, count=1)
    found = BYLINE_RE.match(undecorated)
    if found is None and (credit := _CREDIT_BEFORE_RE.match(undecorated)) is not None:
        found = BYLINE_RE.match(undecorated[credit.end() :])
    return found
# Parts of a browser's title set apart: "HEADLINE – SITE – SLOGAN", "A | B | C", "A @ B :: C".
TITLE_PARTS_RE: Final = re.compile(r"\s(?:[|–-]|::|@)\s")
# A title given with its label: "العنوان: ...".
# Forums label a thread's title too: vBulletin's archive (مشاهدة النسخة كاملة : TITLE, "View Full
# Version"), a post's header (الموضوع: TITLE; Forumotion's مُساهمةموضوع: TITLE, glued).
TITLE_LABEL_RE: Final = re.compile(
    r"^(?:العنوان|عنوان (?:الخبر|المقال|المقالة|الموضوع|التقرير|الدراسة|البحث)|title"
    r"|مشاهدة النسخة كاملة|عرض كامل الموضوع|(?:مُ?ساهمة\s*)?(?:ال)?موضوع(?=\s*[:：]))"
    r"\s*[:：\-]?\s+(.+)$",
    re.I,
)
# The alt text of vBulletin's default post icon, copied before a post's title: افتراضي TITLE
POST_ICON_RE: Final = re.compile(r"^افتراضي\s+(?=\S)")
# A line of page metadata: views, readings, comments, page and issue numbers.
META_RE: Final = phrase(
    r"(?:^|\s)(?:المشاهدات|مشاهدات|عدد المشاهدات|القراءات|قراءات|عدد القراءات|عدد الزيارات|"
    r"التعليقات|الردود|"
    r"المشاركات|نشر في العدد|نشر في الصفحه|views|comments|العدد \d+)(?:\s|:|$)",
    re.IGNORECASE,
)
META_WORDS: Final = 20
# The little words of sentences: a long line without them is a menu, not text.
FUNCTION_WORDS: Final = frozenset(
    {"في", "من", "علي", "الي", "ان", "عن", "مع", "التي", "الذي", "هذا", "هذه", "قد", "كان",
     "بين", "الذين", "او", "لا", "ما", "حيث", "بعد", "قبل", "خلال", "منذ", "حتي", "عند", "لم",
     "لن", "تم", "كما", "ذلك", "وقد", "وفي", "ومن", "الا", "اذا", "لكن", "ثم", "بان", "انه"}
)  # fmt: skip
MENU_WORDS: Final = 16  # a line this long with at most one little word is a menu

# Words that may stand around the dates of a date line without making it a sentence: labels,
# and the weekday, apart from its date (الثلاثاء في 18/07/2017)
DATE_LINE_FILLERS: Final = frozenset(
    {"الساعه", "يوم", "في", "بتاريخ", "التاريخ", "تاريخ", "الموافق", "نشر", "ص", "م", "ه", "|",
     "اخر", "تحديث", "النشر", "published", "updated", "time", "date", "at", "on"}
    | {fold_key(day).lower() for days in WEEKDAYS.values() for day in days if " " not in day}
)  # fmt: skip

# Bylines without a label, on a line of their own under the headline: "City: Name", "Name - City".
CITY_NAME_RE: Final = re.compile(r"^[^\d\s:]{2,20}\s*:\s*([^\d:،,.!؟?()«»\"“”‘’]{3,40})$")
NAME_CITY_RE: Final = re.compile(r"^([^\d\W][^\d:“”\"«»]{2,40}?)\s+[-–]\s+[^\d\s:]{2,20}$")
# A credit standing alone above the story: "أوج – طرابلس", "بغداد - IQ", "«عكاظ» (جدة)".
# "خاص بـ «المنصة»", "- المغرب - خاص بـ " وكالة أخبار المرأة "": a credit that the story is
# the outlet's own (a special as in مؤتمر خاص بالشباب is glued to its noun)
EXCLUSIVE_RE: Final = phrase(r"(?<![^\W\d_])خاص\s+[بل](?:\s|[\"«“])")
CREDIT_LINE_RE: Final = re.compile(r"^[^\s\-–ـ/|()]+(?: [^\s\-–ـ/|()]+)?\s*(?:[\-–ـ/|]|\()")
CREDIT_WORDS: Final = 4
# An aggregator's auto-posting template wrapped around the title it copies (read as written):
# "نقدم لكم زوارنا الكرام أهم وآخر المستجدات كما وردت في المقال التالي: TITLE", "شكرا لقرائتكم
# خبر TITLE ونؤكد لكم ..."
AGGREGATOR_WRAP_RE: Final = re.compile(
    r"^(?:(?:نقدم|نعرض) لكم (?:زوارنا|متابعينا)[^:\n]{0,80}(?:التالي|الاتي|الآتي)"
    r"\s*+:\s*+(?P<after>.+)|شكرا لقر[اآ][ئء]تكم خبر (?P<inside>.+?) ونؤكد لك)"
)
# WordPress's feed footer names the post: "The post TITLE appeared first on SITE."
POST_FOOTER_RE: Final = re.compile(r"^the post (.+?) (?:first appeared|appeared first) on ", re.I)
BYLINE_NAME_WORDS: Final = (2, 4)  # a name is two to four words


def byline_name(text: str) -> str | None:
    """The name of an unlabelled byline line (``بيروت: كارولين عاكوم``), or None."""
    for pattern in (NAME_CITY_RE, CITY_NAME_RE):
        m = pattern.match(text)
        if m is not None and name_words(m.group(1)):
            return m.group(1).strip()
    credit = place_credit(text)
    return credit[1] if credit is not None else credit_name(text)


# What sets a credit's parts apart: a spaced dash or underscore, a slash, a bar, a colon
CREDIT_PARTS_RE: Final = re.compile(r"(?<!\s)\s++[-–—_]\s+|(?<!\s)\s*+[/|:：]\s*")
_CREDIT_MARKS: Final = ("-", "–", "—", "_", "/", "|", ":", "：")
CREDIT_PART_WORDS: Final = 5  # the outlet's, the place's or the office's part of a credit
CREDIT_NAME_WORDS: Final = (2, 3)


def credit_name(text: str) -> str | None:
    """The person's name of a credit line (``credit_parts``), or None."""
    parts = credit_parts(text)
    return None if parts is None else parts[0]


def credit_place(text: str) -> str | None:
    """The rest of a credit line when it opens with a known place (``الديوانية /ساجد سليم``:
    الديوانية; ``زايد جرو - الرشيدية / جديد انفو``: الرشيدية / جديد انفو), the credit's dateline;
    None when it is an outlet's name or an office (``تيلي سبورت : محمد بوحتة``)."""
    parts = credit_parts(text)
    if parts is None or place_opening(parts[1]) is None:
        return None
    return parts[1]


def credit_parts(text: str) -> tuple[str, str] | None:
    """The person's name of a credit line: a name and an outlet, a place or an office, set apart
    by dashes, slashes, bars or a colon (``زايد جرو - الرشيدية / جديد انفو``, ``علي حسن نصير /
    إعلام مستشفى الشطرة العام``, ``تيلي سبورت : محمد بوحتة``). The name is known by its first word,
    a given name (newsctl/data/names.tsv), and by its form (two or three words of letters; three:
    a name as ``person_name`` reads it). A name before a colon opens a quotation (``محمد صلاح: لن
    أرحل``), not a credit. (name, the rest of the line as written), or None."""
    if not any(map(text.__contains__, _CREDIT_MARKS)):
        return None  # a cheap reject first: nothing sets parts apart
    if len(text.split()) > CREDIT_NAME_WORDS[1] + 2 * (CREDIT_PART_WORDS + 1):
        return None  # longer than a name and two parts with their marks
    text = text.strip(" .*")
    parts = [p.strip() for p in CREDIT_PARTS_RE.split(text)]
    if not 2 <= len(parts) <= 3 or not all(parts):
        return None
    found = [i for i, p in enumerate(parts) if _credited(p) and not OUTLET_RE.search(fold_text(p))]
    if len(found) != 1:
        return None
    i = found[0]
    if i < len(parts) - 1 and ":" in text[: text.index(parts[i + 1])]:
        return None  # NAME: what they said
    others = parts[:i] + parts[i + 1 :]
    if any(len(p.split()) > CREDIT_PART_WORDS or any(c.isdigit() for c in p) for p in others):
        return None
    if any(is_agency(p) for p in others):
        return None  # أنقرة/ محمد شيخ يوسف/ الأناضول: a wire dateline, read whole
    if any(p.endswith(("?", "؟", "!")) for p in parts):
        return None
    name = parts[i]
    start = text.index(name)
    rest = text[: start] + text[start + len(name) :]
    return name, rest.strip(" -–—_/|:：")


def _credited(part: str) -> bool:
    words = part.split()
    low, high = CREDIT_NAME_WORDS
    if not low <= len(words) <= high or not all(w.isalpha() for w in words):
        return False
    folded = fold_key(part)
    if len(words) == 2:
        return names().get(folded.split()[0]) == "given"
    return person_name(folded)


# A credit line standing alone: its parts set apart by a dash or an underscore (spaced, or an
# underscore glued: كنعان_نابلس), a slash, a bar, a colon, a comma, dots or brackets, each part a
# known place, agency, outlet or body, a person's name or a desk's word (مأرب برس ـ خاص, الحدث –
# وكالات, عمّان – الجمعية الملكية لحماية الطبيعة, بلدية خان يونس – المكتب الإعلامي); it reads
# the line as written
KNOWN_CREDIT_RE: Final = re.compile(
    r"(?<!\s)\s++[-–—_ـ]++\s*+|(?<![\s\-–—_ـ])[-–—_ـ]++\s++|(?<=\S)_(?=\S)"
    r"|(?<!\s)\s*+(?:[/|:：،,]++|\.\.++|…|[()])\s*+"
)  # each run starts after a word's end: linear on long runs of spaces or marks
_KNOWN_CREDIT_MARKS: Final = (
    "-", "–", "—", "_", "ـ", "/", "|", ":", "：", "،", ",", "..", "…", "(",
)  # fmt: skip
KNOWN_CREDIT_WORDS: Final = 9
KNOWN_CREDIT_PARTS: Final = (2, 4)
UNKNOWN_CREDIT_WORDS: Final = 3  # the one part not known (an outlet's name: مأرب برس), at most
# The words of a desk that stand for a writer in a credit: exclusive, follow-up, agencies, the
# media office
DESK_WORDS: Final = frozenset(
    fold_key(w)
    for w in (
        "خاص", "متابعة", "متابعات", "متابعة خاصة", "متابعات خاصة", "وكالات", "مراسلة خاصة",
        "مراسلنا", "المكتب الإعلامي",
        "مكتب الإعلام", "حوار ومتابعة",
    )
)
DESK_OPENINGS: Final = (fold_key("خاص "), fold_key("إعلام "), fold_key("مكتب "))


def known_credit(text: str) -> tuple[str | None, ...] | None:
    """The kinds of a credit line's parts (``known_credit_part``), when the line is a credit and
    nothing else: every part known, or all but one of three words at most beside a desk's word
    or an agency (``مأرب برس ـ خاص``, ``خطوة || وكالات``, ``العاصمة أونلاين - متابعة خاصة``) or
    beside a reporter's name and a place (the outlet's: ``واكب ـ مرعي قاسم – مكة المكرمة``);
    never names alone (a credit names a place, an outlet or a desk), never a question or a
    figure. None for any other line."""
    if not any(map(text.__contains__, _KNOWN_CREDIT_MARKS)):
        return None  # a cheap reject first: nothing sets parts apart
    line = text.strip(" .*:-–")
    if len(line.split()) > KNOWN_CREDIT_WORDS or line.endswith(("?", "؟", "!")):
        return None
    if any(c.isdigit() for c in line):
        return None
    parts = [p.strip() for p in KNOWN_CREDIT_RE.split(line) if p.strip()]
    low, high = KNOWN_CREDIT_PARTS
    if not low <= len(parts) <= high or any(len(p.split()) > CREDIT_PART_WORDS for p in parts):
        return None
    kinds = tuple(known_credit_part(p) for p in parts)
    if None not in kinds:
        return None if set(kinds) == {"name"} else kinds
    unknown = kinds.index(None)
    if (
        kinds.count(None) == 1
        and len(parts[unknown].split()) <= UNKNOWN_CREDIT_WORDS
        and ({"desk", "agency"} & set(kinds) or {"name", "place"} <= set(kinds))
        and ":" not in line
    ):
        return kinds
    return None


def known_credit_part(part: str) -> str | None:
    """What a credit's part is: ``desk``, ``place``, ``agency``, ``body`` (an outlet, an
    organization), ``name`` (a person's), or None."""
    folded = fold_key(part)
    if folded in DESK_WORDS or (folded.startswith(DESK_OPENINGS) and len(folded.split()) <= 4):
        return "desk"
    if place_opening(part) == part:
        return "place"
    if is_agency(part):
        return "agency"
    text = fold_text(part)
    if OUTLET_RE.search(text) or ORGANIZATION_RE.match(text):
        return "body"
    return "name" if _credited(part) else None


# What sets a reporter's name apart from the place before it: a dash (not a colon: غزة: استشهاد
# ثلاثة is a headline)
_CREDIT_DASHES: Final = ("-", "–", "—", "ـ")
CREDIT_DASH_RE: Final = re.compile(r"(?<!\s)\s*+(?:-{1,2}|–|—|ـ++)\s*+")


def place_credit(text: str) -> tuple[str, str] | None:
    """(place, name) of a reporter's credit that opens with a known place: ``الدار البيضاء ـ
    محمد رشيد``, ``المنامة – جمال الياقوت :`` (places: newsctl/data/places.tsv), or with no dash
    when what follows the place is a person's name (``البريمي ناصر العبري``; names:
    newsctl/data/names.tsv)."""
    dashed = any(map(text.__contains__, _CREDIT_DASHES))
    if not dashed and not _name_after_place(text.split()):
        return None  # a cheap reject first: no dash, and no given name where a name would open
    place = place_opening(text)
    if place is None:
        return None
    after = text.index(place) + len(place)
    m = CREDIT_DASH_RE.match(text, after) if dashed else None
    if m is None:
        name = text[after:].strip()
        if not person_name(fold_key(name)):
            return None
    else:
        name = text[m.end() :].strip().removesuffix(":").strip()
    if not name_words(name) or not all(w.isalpha() for w in name.split()):
        return None
    if place_opening(name) is not None:
        return None  # not بغداد - البصرة: two places
    folded_name = fold_text(name)
    if OUTLET_RE.search(folded_name) is not None or ORGANIZATION_RE.match(folded_name):
        return None  # الخليل-مصدر الإخبارية, عمّان – الجمعية الملكية ...: a body, not a reporter
    return place, name


def _name_after_place(words: list[str]) -> bool:
    """Whether a given name stands where a name after a place would open (after its first one
    to three words), in a line no longer than a place and a name."""
    if not PERSON_WORDS[0] + 1 <= len(words) <= PERSON_WORDS[1] + PLACE_WORDS:
        return False
    opening = words[1 : PLACE_WORDS + 1]
    if not all(w.isalpha() for w in opening):
        return False  # digits or marks: no place's and name's words
    known = names()
    return any(known.get(w) == "given" for w in fold_key(" ".join(opening)).split())


# A writer named inside a title line: at its end after بقلم or كتب (TITLE .. بقلم : NAME, TITLE //
# بقلم NAME, TITLE...كتبت NAME), or at its start before يكتب (NAME يكتب: TITLE), as opinion pages
# print them: two to six words (بن and its like), an honorific kept with them (الشيخ, د.)
_HONOURED = r"(?:(?:د|ا|م)\s?\.\s*)?"  # د. ، م. : its dot is no word
_PEN_NAME = r"((?:" + _HONOURED + r")[^\s\d:：.،,/]+(?: [^\s\d:：.،,/]+){1,5})"
PEN_AT_END_RE: Final = phrase(
    r"(?:^|[\s.،,/])(?:بقلم|كتبت|كتب)\s*[:：]?\s*" + _PEN_NAME + r"\s*\.?$"
)
WRITES_AT_START_RE: Final = phrase(r"^" + _PEN_NAME + r"\s+(?:يكتب|تكتب)\s*[:：]")


def name_words(text: str) -> bool:
    low, high = BYLINE_NAME_WORDS
    return low <= len(text.split()) <= high
