"""The checks that look beyond one record's own reading: a date after the reference time, and an
id already seen in another input. ``newsctl check`` filters what they find; the rules are here.
"""

from __future__ import annotations

import datetime as dt

from newsctl.articles.record import Article, ArticleWarning
from newsctl.codes import code


def future_date(article: Article, now: dt.datetime) -> ArticleWarning | None:
    """``future-date``: the article is published after ``now`` (the day is compared)."""
    if article.date is None or article.date <= now.date():
        return None
    published = next((d for d in article.dates if d.role == "published"), None)
    return ArticleWarning(
        code("future-date").name,
        f"published {article.published}, after {now.isoformat(timespec='minutes')}",
        published.line if published else 1,
    )


class SeenIds:
    """``duplicate-id``: an article id already seen in another input of the run."""

    def __init__(self) -> None:
        self.first: dict[str, str] = {}  # id -> the label of the input it was first seen in

    def check(self, article: Article, where: str) -> ArticleWarning | None:
        if article.id is None:
            return None
        first = self.first.setdefault(article.id, where)
        if first == where:
            return None
        return ArticleWarning(
            code("duplicate-id").name, f"id {article.id} was already in {first}", 1
        )
