"""Codes are emitted through the registry only (issue 20): every code the library or the command
line writes as a literal is registered, and every registered code is emitted somewhere."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from conftest import ROOT

from newsctl.articles.record import Article, ArticleBuilder, ArticleWarning, registered
from newsctl.codes import CODES

SOURCES = [p for d in ("newsctl", "cli") for p in (ROOT / d).rglob("*.py")]
EMITTERS = {"warn", "ArticleWarning", "registered", "code", "report"}


def emitted() -> dict[str, list[str]]:
    """Each string literal given as the code of a warning (first argument of warn,
    ArticleWarning, registered, code, report's third), and where."""
    found: dict[str, list[str]] = {}
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in EMITTERS or not node.args:
                continue
            if isinstance(func, ast.Attribute) and getattr(func.value, "id", "") == "warnings":
                continue  # Python's own warnings module
            arg = node.args[2] if name == "report" and len(node.args) > 2 else node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.setdefault(arg.value, []).append(f"{path.name}:{node.lineno}")
    return found


def test_every_code_written_as_a_literal_is_registered() -> None:
    unregistered = {c: w for c, w in emitted().items() if c not in CODES}
    assert unregistered == {}


def test_every_registered_code_is_emitted_somewhere() -> None:
    text = "\n".join(p.read_text("utf-8") for p in SOURCES if p.name != "codes.py")
    unreachable = [name for name in CODES if f'"{name}"' not in text]
    assert unreachable == []


def test_an_unregistered_code_fails_where_it_is_made() -> None:
    with pytest.raises(ValueError, match="'no-such-code' is not a registered code"):
        registered("no-such-code")
    with pytest.raises(ValueError):
        ArticleBuilder().warn("no-such-code", "a message")
    with pytest.raises(ValueError):
        Article().with_warning(ArticleWarning("no-such-code", "a message"))


def test_check_rules_live_in_the_library(tmp_path: Path) -> None:
    import datetime as dt

    from conftest import REFERENCE

    from newsctl.checks import SeenIds, future_date
    from newsctl.reader import read_article

    article = read_article(REFERENCE)
    found = future_date(article, dt.datetime(2022, 1, 1, 12, 0))
    assert found is not None
    assert (found.code, found.message) == (
        "future-date",
        "published 2022-01-19T19:13:41, after 2022-01-01T12:00",
    )
    assert future_date(article, dt.datetime(2022, 1, 20)) is None
    seen = SeenIds()
    assert seen.check(article, "a.txt") is None
    again = seen.check(article, "b.txt")
    assert again is not None and again.message == "id 1220514 was already in a.txt"
