"""Phrases are written as pages write them and folded when compiled (issue 20)."""

from __future__ import annotations

import re

import pytest

from newsctl.articles import phrases
from newsctl.dates import labels
from newsctl.text.fold import Folded

LABEL_PATTERNS = [
    (labels.STRONG_PUBLISH, phrases.STRONG_LABEL_RE),
    (labels.STRONG_PUBLISH + labels.WEAK_PUBLISH, phrases.PUBLISH_LABEL_RE),
    (labels.UPDATE_LABELS, phrases.UPDATE_LABEL_RE),
    (labels.JOINED_LABELS, phrases.JOINED_LABEL_RE),
    (labels.UPDATE_WORDS, phrases.UPDATE_WORDS_RE),
]


@pytest.mark.parametrize(("words", "pattern"), LABEL_PATTERNS)
def test_every_label_matches_in_its_natural_spelling(
    words: tuple[str, ...], pattern: re.Pattern[str]
) -> None:
    for word in words:
        line = Folded(f"{word}: ").text  # a line as the readers see it
        assert pattern.search(line), word


def test_a_label_added_in_natural_spelling_matches() -> None:
    added = phrases.phrase(r"(?:تاريخ الإصدار|للنشرة|مُحدَّثة)\W{0,3}$")
    for page in ("تاريخ الإصدار:", "تاريخ الاصدار:", "للنشرة", "محدثة -", "مـحـدثـة"):
        assert added.search(Folded(page).text), page


def test_no_pattern_holds_a_character_the_fold_removes() -> None:
    """A phrase pattern is in the folded text's own alphabet: nothing in it is unreachable."""
    compiled = [v for v in vars(phrases).values() if isinstance(v, re.Pattern)]
    assert len(compiled) > 20
    as_written = {phrases.NAME_CITY_RE, phrases.CITY_NAME_RE, phrases.CREDIT_LINE_RE,
                  phrases.TITLE_LABEL_RE, phrases.TITLE_PARTS_RE, phrases.DECORATION_RE,
                  phrases.EMBED_RE, phrases.POST_FOOTER_RE, phrases.WIRE_AFTER_RE,
                  phrases.CREDIT_DASH_RE, phrases.CREDIT_PARTS_RE,
                  phrases.KNOWN_CREDIT_RE, phrases.AGGREGATOR_WRAP_RE,
                  phrases.LABEL_END_RE}  # fmt: skip
    for pattern in compiled:
        if pattern in as_written:
            continue  # these read a line as written
        assert phrases.phrase(pattern.pattern, pattern.flags).pattern == pattern.pattern


def test_word_sets_are_folded() -> None:
    for table in (phrases.BUTTON_WORDS, phrases.BUTTON_OBJECTS, phrases.FUNCTION_WORDS):
        assert all(Folded(word).text == word for word in table)


def test_the_reuters_footer_word_is_reachable() -> None:
    """للنشرة could never match when patterns were written folded by hand (ة folds to ه)."""
    line = Folded("(إعداد محمد علي للنشرة العربية - تحرير أحمد)").text
    assert phrases.END_RE.search(line)


def test_the_golden_files_are_what_the_script_writes() -> None:
    """scripts/regen_golden.py rewrites samples/*.json; here it only checks (exit 0: no diff)."""
    import subprocess
    import sys

    from conftest import ROOT

    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "regen_golden.py"), "--check"],
        capture_output=True, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout.decode()[-2000:]
    assert proc.stdout.decode().endswith("0 expected record file(s) differ\n")


def test_a_record_key_is_declared_in_one_place() -> None:
    """The record's keys are RECORD_KEYS; Article stores them (but the computed ones) and
    declares each one's type (mypy reads those)."""
    from newsctl.articles.record import COMPUTED, RECORD_KEYS, STORED, Article

    assert Article.__slots__ == (*STORED, "choices")
    assert set(RECORD_KEYS) - COMPUTED == set(STORED)
    assert set(Article.__annotations__) == set(Article.__slots__)
    assert list(Article().to_dict()) == list(RECORD_KEYS)
