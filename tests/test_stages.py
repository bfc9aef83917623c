"""Unit tests of the stages on their own (issue 20): fold, decode, lines, evidence. The CLI tests
read them together; these say what each one promises, with exact values and properties."""

from __future__ import annotations

import codecs
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsctl.articles import evidence
from newsctl.articles.lines import attach, kind_of, split_lines
from newsctl.dates.scan import find_in
from newsctl.errors import InputError
from newsctl.text.decode import decode_bytes, decoded_chunks, newlines
from newsctl.text.fold import Folded, fold_key, fold_text

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويأإآةىءئؤـًٌٍَُِّْ ١٢٣٤٥٦٧٨٩٠0123456789\n"
ARABIC = st.text(alphabet=st.sampled_from(list(LETTERS)), max_size=200)

# --- fold


def test_fold_exact_values() -> None:
    assert fold_text("أإآٱ ة ى ـمـحـمـد مُحَمَّد ١٢٣ ۴۵۶") == "اااا ه ي محمد محمد 123 456"
    assert fold_key("  تاريخ   الإصدار  ") == "تاريخ الاصدار"
    assert fold_text("Published – 12") == "Published - 12"


@given(ARABIC)
def test_fold_is_idempotent_and_keeps_lines(text: str) -> None:
    once = fold_text(text)
    assert fold_text(once) == once
    assert once.count("\n") == text.count("\n")


@given(ARABIC)
def test_folded_offsets_point_back_into_the_original(text: str) -> None:
    folded = Folded(text)
    assert folded.text == fold_text(text)
    for i in range(0, len(folded.text) + 1, 7):
        j = folded.index(i)
        assert 0 <= j <= len(text)


# --- decode


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        ("نص".encode(), "نص", "utf-8"),
        (codecs.BOM_UTF8 + "نص".encode(), "نص", "utf-8-sig"),
        ("نص\r\nثان\r".encode("utf-16"), "نص\nثان\n", "utf-16"),
        ("نص عربي طويل بما يكفي".encode("cp1256"), "نص عربي طويل بما يكفي", "cp1256"),
        ("نص\n".encode() + b"\x00", "نص\n", "utf-8"),  # a NUL of padding at the end
    ],
)
def test_decode_exact_values(data: bytes, text: str, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert (decoded.text, decoded.encoding) == (text, encoding)


@pytest.mark.parametrize(
    ("data", "code"),
    [(b"", "empty"), (b"  \n\t ", "empty"), (bytes(range(256)) * 4, "binary")],
)
def test_decode_refuses_with_a_code(data: bytes, code: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_bytes(data)
    assert caught.value.code == code


@given(st.text(min_size=1, max_size=300).filter(lambda t: t.strip() and "\x00" not in t))
def test_decode_reads_any_utf8_text_back(text: str) -> None:
    try:
        decoded = decode_bytes(text.encode("utf-8"))
    except InputError:
        return  # control characters: refused as binary, never misread
    assert decoded.text == newlines(text)


@given(
    st.text(alphabet="ab\r\nع", max_size=60),
    st.integers(1, 7),
    st.sampled_from(["utf-8", "utf-16"]),
)
def test_streams_end_lines_as_whole_texts_do(text: str, chunk: int, encoding: str) -> None:
    """One home of line endings: a stream read in chunks of any size (a CRLF or a character
    split between two of them) gives the text ``decode_bytes`` would, line ends made LF."""
    data = text.encode(encoding)
    stream = io.BytesIO(data)
    head = stream.read(chunk)
    chunks = list(decoded_chunks(stream, head, encoding, chunk=chunk))
    assert "".join(chunks) == newlines(text)
    assert all("\r" not in part for part in chunks)


def test_a_stream_byte_outside_its_encoding_is_replaced_or_raises() -> None:
    bad = "خبر\r\n".encode() + b"\xff" + "نص".encode()
    replaced = decoded_chunks(io.BytesIO(bad[2:]), bad[:2], "utf-8", errors="replace", chunk=3)
    assert "".join(replaced) == "خبر\n\ufffdنص"
    with pytest.raises(UnicodeDecodeError):
        list(decoded_chunks(io.BytesIO(bad[2:]), bad[:2], "utf-8", chunk=3))


# --- lines


def lines_of(text: str) -> list[tuple[int, str, str]]:
    folded = Folded(text)
    lines = attach(split_lines(folded), find_in(folded, now=None))
    return [(line.number, line.text, line.kind) for line in lines]


STORY = "وأكد الوزير في تصريح صحفي اليوم أن المشروع سيبدأ خلال الأسابيع المقبلة في العاصمة."


def test_lines_are_numbered_as_the_file_and_classified_once() -> None:
    text = (
        "وكالة الأنباء\n\nالمصدر : وكالة مهر\nالأربعاء 19 يناير 2022\n1220514\n"
        "نشر في:\nعنوان الخبر هنا\nكتب: محمد علي\n"
        "وأكد الوزير في تصريح صحفي اليوم أن المشروع سيبدأ خلال الأسابيع المقبلة في العاصمة.\n"
        "انتهى/185\n"
    )
    assert lines_of(text) == [
        (1, "وكالة الأنباء", "short"),
        (3, "المصدر : وكالة مهر", "source"),
        (4, "الأربعاء 19 يناير 2022", "date"),
        (5, "1220514", "id"),
        (6, "نشر في:", "label"),
        (7, "عنوان الخبر هنا", "title"),
        (8, "كتب: محمد علي", "byline"),
        (9, STORY, "paragraph"),
        (10, "انتهى/185", "end"),
    ]


def test_a_line_kind_depends_on_the_line_alone() -> None:
    folded = Folded("شارك عبر فيسبوك\nشارك الوزير في الافتتاح الرسمي للمعرض الدولي للكتاب\n")
    lines = attach(split_lines(folded), [])
    assert [kind_of(x) for x in lines] == ["chrome", "title"]  # a sentence that begins with the
    # button's verb is no button


def test_a_call_to_the_reader_is_chrome_a_headline_with_its_verb_is_not() -> None:
    text = (
        "انضمّ/ ي إلى مجتمع قرّائنا الدائمين\nشارك التطبيق مع أصدقائك\n"
        "انضم إلى قائمة الإشعارات البريدية ليصلك كل جديد\n"
        "انضم اللاعب إلى نادي الهلال حتى نهاية الموسم\nشارك الوزير في افتتاح المعرض الدولي\n"
    )
    lines = attach(split_lines(Folded(text)), [])
    assert [kind_of(x) for x in lines] == ["chrome", "chrome", "chrome", "title", "title"]


def test_headlines_set_apart_by_a_mark_are_a_ticker_a_stamps_parts_are_not() -> None:
    item = "وزير الصحة يفتتح مستشفى جديدا"
    text = (
        f"{item} :|: {item} في المدينة :|: {item} في الريف :|: {item} في الجنوب\n"
        "| 22 يناير 2026 • بواسطة فريق التحرير الأسبوعي • #العدد 24 • عرض في المتصفح |\n"
    )
    lines = attach(split_lines(Folded(text)), [])
    assert [kind_of(x) for x in lines] == ["chrome", "title"]


def test_a_weather_widget_is_chrome_a_headline_with_a_temperature_is_not() -> None:
    text = "• 29℃ القاهرة, مصر\n23.9°القدس\n38°C weather\nالحرارة تصل إلى 45° في الظل غدا بمصر\n"
    lines = attach(split_lines(Folded(text)), [])
    assert [kind_of(x) for x in lines] == ["chrome", "chrome", "chrome", "title"]


# --- evidence


def test_evidence_scores_are_the_sum_of_named_signals_and_ties_keep_page_order() -> None:
    first = evidence.date_candidate("a", "12 مايو 2022", 3)
    first.add("label")
    first.add("full-date")
    second = evidence.date_candidate("b", "13 مايو 2022", 9)
    second.add("label")
    second.add("full-date")
    weights = evidence.DATE_SIGNALS
    assert first.score == weights["label"].weight + weights["full-date"].weight
    choice = evidence.choose("published", [first, second], threshold=2)
    assert choice.chosen is first  # equal scores: the first on the page
    assert evidence.choose("published", [first, second], threshold=2, last=True).chosen is second
    assert evidence.choose("published", [first], threshold=first.score + 1).chosen is None


def test_every_signal_has_a_name_a_weight_and_a_reason() -> None:
    from newsctl.articles.certainty import MODELS, SIGNAL

    for field, table in (("published", evidence.DATE_SIGNALS),
                         ("headline", evidence.HEADLINE_SIGNALS)):  # fmt: skip
        for name, signal in table.items():
            assert name and signal.reason, name
            # a weight of 0 is a signal to remove, unless the confidence model reads it
            read = MODELS[field].weights.get(SIGNAL + name, 0.0) != 0
            assert signal.weight != 0 or read, f"{name}: weight 0, and no weight for confidence"


def test_a_declared_charset_goes_through_the_same_checks() -> None:
    """The declared-charset door of decoding refuses what decode_bytes refuses (issue 20)."""
    from newsctl.text.decode import decode_declared

    page = '<html><head><meta charset="windows-1256"></head><body>{}</body></html>'
    binary = page.format("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13").encode()
    with pytest.raises(InputError) as caught:
        decode_declared(binary, "windows-1256")
    assert caught.value.code == "binary"
    text = page.format("نص\r\nثان").encode("cp1256")
    decoded = decode_declared(text, "windows-1256")
    assert decoded is not None and "نص\nثان" in decoded.text
    assert decode_declared(b"\x81\x90", "no-such-codec") is None


@pytest.mark.parametrize(
    ("written", "number"),
    [("الأربعاء", 2), ("الاربعاء،", 2), (" - الأربعاء - ", 2), ("Wednesday,", 2), ("الخميس:", 3),
     ("الأربعاء 19", None), ("يوم", None)],
)  # fmt: skip
def test_one_reading_of_a_written_weekday(written: str, number: int | None) -> None:
    from newsctl.dates.lexicon import weekday_of

    assert weekday_of(written) == number
