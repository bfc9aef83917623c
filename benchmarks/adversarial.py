"""Hostile input: texts built to make regular expressions backtrack, at 100 KB and at 1 MB.

Run: .venv/bin/python benchmarks/adversarial.py

For each kind of input, the parser (`parse_articles`) and the date engine (`find_dates`) run on
a 100 KB and a 1 MB version; the script prints both times and their ratio. Linear time gives a
ratio near 10; the target is 10 to 12, and nothing above two seconds.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import newsctl

KB = 1024


def repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit.encode("utf-8")) + 1))[: size // 2]


# name -> unit repeated to the size (sizes are in UTF-8 bytes, roughly)
KINDS: dict[str, Callable[[int], str]] = {
    "digits": lambda n: repeat("1234567890", n),
    "digits and slashes": lambda n: repeat("1/", n),
    "digits and colons": lambda n: repeat("12:", n),
    "spaced separators": lambda n: repeat("1 / 1 - 1 . ", n),
    "month names": lambda n: repeat("يناير ", n),
    "day and month names": lambda n: repeat("1 يناير ", n),
    "paired months": lambda n: repeat("1 كانون الثاني / يناير / ", n),
    "repeated الموافق": lambda n: repeat("1 محرم 1443 هـ الموافق ", n),
    "weekdays and times": lambda n: repeat("الأربعاء ١٢:١٢ م ", n),
    "bidi controls": lambda n: repeat("\u200f\u202a\u202c\u200e", n),
    "tatweel": lambda n: repeat("ـ", n),
    "bidi between digits": lambda n: repeat("1\u200f/\u200f", n),
    "one long Arabic line": lambda n: repeat("وقال الرئيس إن التعاون مع روسيا مهم ", n),
    "zone words": lambda n: repeat("10:30 (بتوقيت مكة المكرمة) ", n),
    "relative words": lambda n: repeat("منذ قبل منذ 3 ", n),
    "presentation forms": lambda n: repeat("ﻻ ﷺ ﺍﻟﺨﻤﻴﺲ 1 ", n),
    "header lines": lambda n: repeat("المصدر : وكالة\nالأربعاء\n١٩ يناير ٢٠٢٢\n", n),
    "corpus tags": lambda n: repeat("<DOC><TEXT>1 يناير 2020</TEXT></DOC>\n", n),
}


def timed(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def measure(text: str) -> float:
    """Seconds for the slower of the parser and the date engine on ``text``."""
    return max(
        timed(lambda: newsctl.parse_articles(text, path="x")),
        timed(lambda: newsctl.find_dates(text)),
    )


def main() -> None:
    newsctl.parse_articles("١٩ يناير ٢٠٢٢", path="warm-up")
    worst_ratio, worst_time = 0.0, 0.0
    print(f"{'input':24} {'100 KB':>9} {'1 MB':>9} {'ratio':>6}")
    for name, make in KINDS.items():
        small, large = measure(make(100 * KB)), measure(make(1000 * KB))
        ratio = large / small if small else float("inf")
        worst_ratio, worst_time = max(worst_ratio, ratio), max(worst_time, large)
        print(f"{name:24} {small:8.3f}s {large:8.3f}s {ratio:6.1f}")
    print(f"\nworst ratio {worst_ratio:.1f}, slowest 1 MB input {worst_time:.2f} s")


if __name__ == "__main__":
    main()
