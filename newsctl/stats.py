"""Figures over many articles: counts per day, month, agency, source, warnings, encodings.

Pure data: ``newsctl stats`` draws them in the terminal, as JSON, or as an HTML report.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from newsctl.articles.record import Article


@dataclass
class Stats:
    articles: int = 0
    inputs_failed: int = 0
    records_failed: int = 0  # records of a corpus file that could not be read
    first_date: str | None = None
    last_date: str | None = None
    per_day: Counter[str] = field(default_factory=Counter)
    per_month: Counter[str] = field(default_factory=Counter)
    per_agency: Counter[str] = field(default_factory=Counter)
    per_source: Counter[str] = field(default_factory=Counter)
    warnings: Counter[str] = field(default_factory=Counter)
    encodings: Counter[str] = field(default_factory=Counter)
    month_systems: Counter[str] = field(default_factory=Counter)
    ids: dict[str, list[str]] = field(default_factory=dict)
    without_date: list[str] = field(default_factory=list)

    def add(self, article: Article) -> None:
        where = article.path or "-"
        if article.record is not None:
            where = f"{where}#{article.record}"
        self.articles += 1
        if article.date is not None:
            day = article.date.isoformat()
            self.per_day[day] += 1
            self.per_month[day[:7]] += 1
            self.first_date = min(self.first_date or day, day)
            self.last_date = max(self.last_date or day, day)
            system = _month_system(article)
            if system is not None:
                self.month_systems[system] += 1
        else:
            self.without_date.append(where)
        self.per_agency[article.agency or "(none)"] += 1
        self.per_source[article.source or "(none)"] += 1
        for warning in article.warnings:
            self.warnings[warning.code] += 1
        self.encodings[article.encoding or "(text)"] += 1
        if article.id is not None:
            self.ids.setdefault(article.id, []).append(where)

    @property
    def duplicate_ids(self) -> dict[str, list[str]]:
        return {i: paths for i, paths in sorted(self.ids.items()) if len(paths) > 1}

    def to_dict(self) -> dict[str, Any]:
        def ranked(counter: Counter[str]) -> dict[str, int]:
            return dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))

        return {
            "articles": self.articles,
            "inputs_failed": self.inputs_failed,
            "records_failed": self.records_failed,
            "first_date": self.first_date,
            "last_date": self.last_date,
            "per_day": dict(sorted(self.per_day.items())),
            "per_month": dict(sorted(self.per_month.items())),
            "per_agency": ranked(self.per_agency),
            "per_source": ranked(self.per_source),
            "warnings": ranked(self.warnings),
            "encodings": ranked(self.encodings),
            "month_systems": ranked(self.month_systems),
            "duplicate_ids": self.duplicate_ids,
            "without_date": sorted(self.without_date),
        }


def _month_system(article: Article) -> str | None:
    """The month-name system of the publication date as written (egyptian, levantine, ...)."""
    systems = [
        note.month_system
        for note in article.dates
        if note.role == "published" and note.date and note.month_system
    ]
    # a dual date counts by its Gregorian half (the Hijri one is checked, not the date)
    return next((s for s in systems if s != "hijri"), systems[0] if systems else None)
