"""The library as a program uses it: an article is a value (made once, compared by what it holds),
the pure functions for clusters answer every input with a record or a record's error, and the
errors name what was wrong."""

from __future__ import annotations

import copy
import json
import pickle

import pytest
from conftest import SAMPLES

import newsctl

REFERENCE = SAMPLES / "abna-mehr-reference.txt"
HEADLINE = "التعاون مع روسيا في سوريا يمكن أن يكون أساساً للعلاقات في كثير من المجالات الأخرى"


def test_an_article_is_never_changed_once_made() -> None:
    article = newsctl.read_article(REFERENCE)
    with pytest.raises(AttributeError, match="an Article is a value: use replace"):
        article.headline = "x"
    other = article.replace(headline="عنوان آخر")
    assert (article.headline, other.headline) == (HEADLINE, "عنوان آخر")


def test_articles_are_equal_when_what_they_hold_is() -> None:
    article = newsctl.read_article(REFERENCE)
    again = newsctl.read_article(REFERENCE)
    copies = [again, copy.deepcopy(article), pickle.loads(pickle.dumps(article))]
    assert all(article == c and hash(article) == hash(c) for c in copies)
    assert len({article, *copies}) == 1
    assert article != article.replace(headline="عنوان آخر")
    assert article != article.to_dict()


@pytest.mark.parametrize("value", ["[1, 2]", '"text"', "3", "null"])
def test_parse_record_answers_a_value_that_is_no_object_with_its_error(value: str) -> None:
    """As ``newsctl parse`` says of such a line of a JSON Lines file: no exception."""
    record = newsctl.parse_record(json.loads(value), "n.jsonl", number=4)
    assert record == {"path": "n.jsonl#4", "error": "not a JSON object"}


def test_an_unknown_digit_system_is_named_with_the_known_ones() -> None:
    with pytest.raises(ValueError, match="unknown digit system 'roman': one of latin, arabic"):
        newsctl.convert_digits("١٩", "roman")  # type: ignore[arg-type]


def test_the_public_api_is_listed_though_it_loads_on_first_use() -> None:
    assert set(newsctl.__all__) <= set(dir(newsctl))
