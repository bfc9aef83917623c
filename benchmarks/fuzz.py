"""A long fuzzing run: random bytes and text into every entry point, only newsctl's own errors.

Run: .venv/bin/python benchmarks/fuzz.py --minutes 10

Hypothesis generates inputs for `decode_bytes`/`read_article` (arbitrary bytes, and real
articles with bytes flipped, cut or spliced), `parse_articles`, `parse_date` and `find_dates`
(text built from date-like tokens, invisible characters, digits of every system and random
Unicode). Any exception other than NewsctlError is a crash: it is printed with the input that
caused it (shrunk), and the run exits 1. Each crash found becomes a test in tests/.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsctl
from newsctl.errors import NewsctlError

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [p.read_bytes() for p in sorted((ROOT / "samples").glob("*.txt"))]
TOKENS = [
    *"0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹/-.:،, ()\n\t+هـمصى<>*",
    "يناير", "كانون الثاني", "شوال", "ذو الحجة", "بهمن", "الساعة", "بتوقيت", "طهران", "GMT",
    "منذ", "ساعتين", "الموافق", "الأربعاء", "المصدر :", "انتهى/", "كتب", "<DOC>", "</DOC>",
    "<TEXT>", "</TEXT>", "<Text>", "</Text>", "<TIME>", "</TIME>", "\u200f", "\u202a", "ـ",
    "ﻻ", "ﷺ", "\ufeff", "\u00a0", "©", "نشر في", "آخر تحديث", "(رويترز) –", "دمشق-سانا",
]  # fmt: skip
text = st.one_of(
    st.lists(st.sampled_from(TOKENS), max_size=200).map("".join),
    st.text(max_size=400),
)


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(0, 20))):
        if not data:
            break
        i = draw(st.integers(0, len(data) - 1))
        data[i] = draw(st.integers(0, 255))
    cut = draw(st.integers(0, len(data)))
    return bytes(data[:cut]) + draw(st.binary(max_size=64))


def one(data: bytes, txt: str) -> None:
    for call in (
        lambda: newsctl.reader.articles_from_bytes(data, path="x"),
        lambda: newsctl.parse_articles(txt, path="x"),
        lambda: newsctl.parse_date(txt),
        lambda: newsctl.find_dates(txt),
    ):
        try:
            result = call()
        except NewsctlError:
            continue
        if isinstance(result, list):
            for item in result:
                to_dict = getattr(item, "to_dict", None)
                if to_dict is not None:
                    to_dict()


def main() -> None:
    import newsctl.reader  # noqa: F401 - used through the package in one()

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=10)
    args = ap.parse_args()
    deadline = time.monotonic() + args.minutes * 60
    rounds = 0
    counter = [0]

    @settings(
        max_examples=2000, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(st.one_of(st.binary(max_size=600), damaged()), text)
    def run(data: bytes, txt: str) -> None:
        counter[0] += 1
        one(data, txt)

    while time.monotonic() < deadline:
        run()
        rounds += 1
        print(f"round {rounds}: {counter[0]} inputs so far, no crash", flush=True)
    examples = counter[0]
    print(f"done: {examples} inputs in {args.minutes:g} minutes, no crash")


if __name__ == "__main__":
    main()
