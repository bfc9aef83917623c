"""The development set of real saved pages: a manifest of pages kept as test data in public
repositories (tests/realpages/manifest.tsv: repository, path, commit, the page's public address
where known, and gold read from the page: date, time and zone where it states them, headline),
and the folder that holds them on this machine, named by ``NEWSCTL_REALPAGES`` (laid out as
``<owner>+<repo>/<path>``, see benchmarks/realpages.md). The pages themselves are never part of
this repository. Shared by tests/test_realpages.py and ``benchmarks/accuracy.py --real``."""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from pathlib import Path
from typing import Any, NamedTuple

MANIFEST = Path(__file__).resolve().parent / "realpages" / "manifest.tsv"
ENV = "NEWSCTL_REALPAGES"


class RealPage(NamedTuple):
    repository: str
    path: str
    commit: str
    url: str
    date: str
    time: str
    zone: str
    headline: str

    def file(self, root: Path) -> Path:
        return root / self.repository.replace("/", "+") / self.path

    @property
    def name(self) -> str:
        return f"{self.repository}:{self.path}"


def pages() -> list[RealPage]:
    lines = MANIFEST.read_text("utf-8").splitlines()
    return [RealPage(*line.split("\t")) for line in lines[1:] if line.strip()]


def folder() -> tuple[Path | None, str]:
    """The folder of the pages, or None with the reason it cannot be used."""
    value = os.environ.get(ENV)
    if not value:
        return None, f"{ENV} is not set (see benchmarks/realpages.md to lay out the real pages)"
    root = Path(value)
    if not root.is_dir():
        return None, f"{ENV}={value} is not a folder"
    missing = [p.name for p in pages() if not p.file(root).is_file()]
    if missing:
        return None, f"{len(missing)} pages of the manifest are missing under {root}: {missing[0]}"
    return root, ""


def read_page(path: Path) -> bytes:
    data = path.read_bytes()
    if path.suffix == ".gz":
        import gzip

        data = gzip.decompress(data)
    return data


# --- scoring -----------------------------------------------------------------------------------

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def same_headline(got: str | None, gold: str) -> bool:
    """Equal once Unicode, spaces, quotes and dashes are normalized and case folded."""
    if not got:
        return False

    def norm(text: str) -> str:
        return " ".join(unicodedata.normalize("NFKC", text).translate(_QUOTES).split()).casefold()

    return norm(got) == norm(gold)


def _offset(text: str) -> dt.timedelta | None:
    m = re.fullmatch(r"([+-])(\d\d):?(\d\d)", text or "")
    if m is None:
        return None
    delta = dt.timedelta(hours=int(m.group(2)), minutes=int(m.group(3)))
    return -delta if m.group(1) == "-" else delta


def date_right(record: dict[str, Any], page: RealPage) -> bool:
    """The day alone."""
    return bool(record.get("date") == page.date)


def moment_right(record: dict[str, Any], page: RealPage) -> bool:
    """The day, and the time and zone where the gold states them: a time with a zone on both
    sides is compared as a moment (a page may give it in UTC and in local time alike)."""
    if not page.time:
        return date_right(record, page)
    got_time, got_zone = record.get("time"), _offset(record.get("utc_offset") or "")
    if not got_time or not record.get("date"):
        return False
    gold_zone = _offset(page.zone)
    if page.zone and gold_zone is not None:
        if got_zone is None:
            return False
        ours = dt.datetime.fromisoformat(f"{record['date']}T{got_time[:5]}") - got_zone
        gold = dt.datetime.fromisoformat(f"{page.date}T{page.time}") - gold_zone
        return ours == gold
    return date_right(record, page) and got_time[:5] == page.time
