"""Hostile and huge input: a sweep of input families at several sizes, through the real program.

Run: .venv/bin/python benchmarks/adversarial.py [--sizes 10K,100K,1M,10M] [--modes parse,...]
     .venv/bin/python benchmarks/adversarial.py --memory 20M      # peak memory at 20 MiB

Each family is a text (or bytes) built to stress one of this domain's patterns: digit runs with
every separator, month, Hijri, الموافق, الساعة, منذ/قبل runs, bidi controls, tatweel and zero-width
characters between digits and letters, corpus tags repeated, unclosed and nested, one huge line
against many short lines, punctuation-only leads, invalid UTF-8, Windows-1256, presentation forms.
Each is written to a file at every size and run through the installed program, a fresh process
each time:

- ``parse``: ``newsctl parse FILE``
- ``check``: ``newsctl check FILE``
- ``date1``: ``newsctl date -`` with the whole text on one line
- ``dateN``: ``newsctl date -`` with the text in lines of about 80 characters

For each family and mode it prints the wall time and peak RSS at each size, the growth of the time
per 10x of input (linear work gives about 10; the limit is 12) and the ratio of the 1 MB time to
that of 1 MB of ordinary article text (the limit is 10). A run over ``--timeout`` seconds is shown
as ``>T``. ``--memory SIZE`` prints the peak memory of ``parse`` on every family at that size (the
limit is 300 MiB for 20 MiB).
"""

from __future__ import annotations

import argparse
import itertools
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWSCTL = str(Path(sys.executable).parent / "newsctl")
TIME = "/usr/bin/time"  # GNU time (Debian: apt install time), for the peak memory
REFERENCE = ROOT / "samples" / "abna-mehr-reference.txt"
KB = 1024
MB = 1024 * KB


def repeat(unit: str, size: int) -> str:
    """``unit`` repeated to about ``size`` bytes of UTF-8."""
    count = max(1, size // max(1, len(unit.encode("utf-8"))))
    return unit * count


def ordinary(size: int) -> str:
    """Ordinary article text: the reference article's story paragraphs, repeated."""
    text = REFERENCE.read_text("utf-8")
    story = text[text.index("أكد") :]
    return repeat(story + "\n", size)


def cp1256(size: int) -> bytes:
    return ordinary(size).encode("cp1256", errors="replace")


def invalid_utf8(size: int) -> bytes:
    unit = "وقال الرئيس ".encode() + b"\xff\xfe\xc3(" + "١٩ يناير ٢٠٢٢\n".encode()
    return unit * max(1, size // len(unit))


# words of headlines, combined into distinct lines (a page of many titles, none printed twice)
VOCABULARY = ("مجلس", "الوزراء", "يبحث", "خطة", "جديدة", "لدعم", "التعليم", "في", "المدن", "الكبرى",
              "وزير", "الخارجية", "يلتقي", "نظيره", "الروسي", "بشأن", "الأزمة", "السورية", "اليوم",
              "غدا")  # fmt: skip


def distinct(template: str, words: int = 4) -> Callable[[int], str]:
    """Lines from ``template`` (``{t}`` for a title of ``words`` words, ``{a}``/``{b}`` for two
    words of two parts), each title different, to about n bytes."""

    def build(n: int) -> str:
        out, size = [], 0
        for combo in itertools.product(VOCABULARY, repeat=words):
            half = len(combo) // 2
            unit = template.format(
                t=" ".join(combo), a="".join(combo[:half]), b="".join(combo[half:])
            )
            out.append(unit)
            size += len(unit.encode("utf-8"))
            if size >= n:
                break
        return "".join(out)

    return build


def headline_then(unit: str) -> Callable[[int], str]:
    return lambda n: "عنوان الخبر الرئيسي اليوم\n" + repeat(unit, n)


# name -> the text (or bytes) of about n bytes
FAMILIES: dict[str, Callable[[int], str | bytes]] = {
    "ordinary article text": ordinary,
    "digit run": lambda n: repeat("1234567890", n),
    "digits and slashes": lambda n: repeat("1/", n),
    "digits and colons": lambda n: repeat("12:", n),
    "digits and dashes": lambda n: repeat("1-", n),
    "digits and dots": lambda n: repeat("1.", n),
    "spaced separators": lambda n: repeat("1 / 1 - 1 . ", n),
    "Arabic-Indic digits and slashes": lambda n: repeat("١٢/٣/", n),
    "month names": lambda n: repeat("يناير ", n),
    "day and month names": lambda n: repeat("1 يناير ", n),
    "paired months": lambda n: repeat("1 كانون الثاني / يناير / ", n),
    "Hijri months": lambda n: repeat("محرم 1443 هـ ", n),
    "repeated الموافق": lambda n: repeat("1 محرم 1443 هـ الموافق ", n),
    "repeated الساعة": lambda n: repeat("الساعة ", n),
    "منذ and قبل runs": lambda n: repeat("منذ قبل منذ 3 ", n),
    "weekdays and times": lambda n: repeat("الأربعاء ١٢:١٢ م ", n),
    "English ordinals": lambda n: repeat("1st January ", n),
    "ISO stamps": lambda n: repeat("2020-01-01T10:00:00Z ", n),
    "mixed date forms": lambda n: repeat(
        "١٩ يناير ٢٠٢٢ - 2020-01-01T10:00Z - 3/4/2021 - ١ محرم ١٤٤٣ هـ - منذ ساعتين\n", n
    ),
    "bidi controls": lambda n: repeat("\u200f\u202a\u202c\u200e", n),
    "bidi between digits": lambda n: repeat("1\u200f/\u200f", n),
    "tatweel": lambda n: repeat("ـ", n),
    "tatweel between digits": lambda n: repeat("1ـ2ـ", n),
    "zero-width between letters": lambda n: repeat("ي\u200bن\u200cا\u200dي\u200bر ", n),
    "zone words": lambda n: repeat("10:30 (بتوقيت مكة المكرمة) ", n),
    "presentation forms": lambda n: repeat("ﻻ ﷺ ﺍﻟﺨﻤﻴﺲ 1 ", n),
    "header lines": lambda n: repeat("المصدر : وكالة\nالأربعاء\n١٩ يناير ٢٠٢٢\n", n),
    "corpus records": lambda n: repeat("<DOC><TEXT>1 يناير 2020</TEXT></DOC>\n", n),
    "repeated open tags": lambda n: "<DOC>" + repeat("<TEXT>", n) + "</DOC>",
    "nested containers": lambda n: repeat("<DOC>", n // 2) + repeat("</DOC>", n // 2),
    "unclosed tags": lambda n: "<DOC>\n" + repeat("<HEADLINE>عنوان <P>", n),
    "JSON Lines of small objects": lambda n: repeat('{"title": "ع", "date": "2020-01-01"}\n', n),
    "one long Arabic line": lambda n: repeat("وقال الرئيس إن التعاون مع روسيا مهم ", n),
    "many short lines": lambda n: repeat("كلمة\n", n),
    "one-letter lines": lambda n: repeat("أ\n", n),
    "punctuation lead": headline_then("…!"),
    "punctuation lines": headline_then("…!\n"),
    "HTML: blocks in inline elements": lambda n: "<html><body>" + repeat("<b><div>خبر ", n),
    "HTML: unclosed cells": lambda n: "<html><body><table>" + repeat("<tr><td>خبر ", n),
    "HTML: stray end tags": lambda n: (
        "<html><body>" + repeat("<div>", n // 2) + repeat("</span>", n // 2)
    ),
    "HTML: blocks under a paragraph's table": lambda n: (
        "<html><body><p><table>" + repeat("<div>خبر ", n)
    ),
    "HTML: unclosed comment": lambda n: "<html><body><p>خبر</p><!-- " + repeat("<p>نص ", n),
    "invalid UTF-8": invalid_utf8,
    # pages that are all header (no paragraph): every line a headline candidate
    "distinct title lines": distinct("{t}\n"),
    "page without a paragraph": distinct("{t}\nكتب: محمد علي\n١٩ يناير ٢٠٢٢\nعاجل:\n"),
    "short lines printed twice": distinct("{a} {b}\n{a} {b}\n"),
    "titles and date labels": distinct("{t}\nنشر :\n١٩ يناير ٢٠٢٢ ١٠:٣٠\n"),
    "titles printed twice": distinct("{t}\n{t}\n"),
    "titles with the site name": distinct("{t}\n{t} - الموقع\n"),
    "bulleted titles": distinct("• {t}\n"),
    "kickers over titles": distinct("عاجل:\n{t}\n"),
    "Windows-1256": cp1256,
}
MODES = ("parse", "check", "date1", "dateN")
LINEAR = 12.0  # the limit of time growth per 10x of input
ORDINARY_LIMIT = 10.0  # the limit of the 1 MB time against ordinary text


def as_bytes(value: str | bytes) -> bytes:
    return value if isinstance(value, bytes) else value.encode("utf-8")


def lines_of(data: bytes, width: int = 80) -> bytes:
    text = data.decode("utf-8", errors="replace").replace("\n", " ")
    return "\n".join(text[i : i + width] for i in range(0, len(text), width)).encode("utf-8")


def run(argv: list[str], stdin: Path | None, timeout: float) -> tuple[float | None, int]:
    """Wall time (None past the timeout) and peak RSS in MiB of one run. The peak is measured
    by GNU time around the command: a child forked from this process would count this process's
    own memory (the input it holds) as its peak."""
    if not os.path.exists(TIME):  # no GNU time here: the times alone, peak memory 0
        return _run_plain(argv, stdin, timeout), 0
    report = Path(tempfile.mkstemp(prefix="newsctl-rss-")[1])
    start = time.perf_counter()
    try:
        with open(stdin or os.devnull, "rb") as source:
            proc = subprocess.Popen(
                [TIME, "-f", "%M", "-o", str(report), *argv],
                stdin=source,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                start_new_session=True,  # past the timeout, time and newsctl are killed together
            )
            try:
                _, err = proc.communicate(timeout=timeout)
                seconds: float | None = time.perf_counter() - start
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.communicate()
                seconds, err = None, b""
        if b"internal error" in err or b"Traceback" in err:
            raise SystemExit(f"{argv}: {err.decode(errors='replace')[-500:]}")
        text = report.read_text().strip().splitlines()
        rss = int(text[-1]) // 1024 if text and text[-1].isdigit() else 0
        return seconds, rss
    finally:
        report.unlink()


def _run_plain(argv: list[str], stdin: Path | None, timeout: float) -> float | None:
    start = time.perf_counter()
    with open(stdin or os.devnull, "rb") as source:
        try:
            proc = subprocess.run(argv, stdin=source, capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return None
    err = proc.stderr
    if b"internal error" in err or b"Traceback" in err:
        raise SystemExit(f"{argv}: {err.decode(errors='replace')[-500:]}")
    return time.perf_counter() - start


def measure(
    family: str, mode: str, size: int, folder: Path, timeout: float
) -> tuple[float | None, int]:
    data = as_bytes(FAMILIES[family](size))
    if mode == "date1":
        data = data.replace(b"\n", b" ")
    elif mode == "dateN":
        data = lines_of(data)
    path = folder / "input.txt"
    path.write_bytes(data)
    if mode in ("parse", "check"):
        return run([NEWSCTL, mode, "-q", "--max-bytes", "100M", str(path)], None, timeout)
    return run([NEWSCTL, "date", "-"], path, timeout)


def parse_size(text: str) -> int:
    units = {"K": KB, "M": MB}
    return int(float(text[:-1]) * units[text[-1].upper()]) if text[-1].isalpha() else int(text)


def show(seconds: float | None, timeout: float) -> str:
    return f">{timeout:.0f}" if seconds is None else f"{seconds:.2f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--sizes", default="10K,100K,1M,10M")
    ap.add_argument("--modes", default=",".join(MODES))
    ap.add_argument("--families", default="", help="comma-separated names (default: all)")
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("--memory", default="", help="only the peak memory of parse at this size")
    ap.add_argument("--check", action="store_true", help="exit 1 when a limit is passed")
    args = ap.parse_args()
    families = [f for f in args.families.split(",") if f] or list(FAMILIES)
    failed = []
    with tempfile.TemporaryDirectory(prefix="newsctl-hostile-") as name:
        folder = Path(name)
        if args.memory:
            size = parse_size(args.memory)
            print(f"peak memory of `newsctl parse` at {args.memory}:")
            for family in families:
                seconds, rss = measure(family, "parse", size, folder, args.timeout)
                print(f"  {family:32} {rss:>5} MiB {show(seconds, args.timeout):>7} s")
                if rss > 300:
                    failed.append(f"{family}: {rss} MiB")
        else:
            sizes = [parse_size(s) for s in args.sizes.split(",")]
            labels = args.sizes.split(",")
            base: dict[str, float] = {}
            header = "  ".join(f"{label:>13}" for label in labels)
            print(f"{'family':32} {'mode':5}  {header}  {'growth':>6} {'x ordinary':>10}")
            for family in ["ordinary article text"] + [
                f for f in families if f != "ordinary article text"
            ]:
                for mode in args.modes.split(","):
                    cells, times = [], []
                    for size in sizes:
                        seconds, rss = measure(family, mode, size, folder, args.timeout)
                        times.append(seconds)
                        cells.append(f"{show(seconds, args.timeout):>6}s {rss:>4}M")
                    growth = _growth(times, sizes)
                    at_1m = times[sizes.index(MB)] if MB in sizes else None
                    if family == "ordinary article text" and at_1m is not None:
                        base[mode] = at_1m
                    ratio = at_1m / base[mode] if at_1m is not None and base.get(mode) else None
                    shown_growth = "-" if growth is None else f"{growth:.1f}"
                    shown_ratio = "-" if ratio is None else f"{ratio:.1f}"
                    print(f"{family:32} {mode:5}  {'  '.join(cells)}  {shown_growth:>6} "
                          f"{shown_ratio:>10}", flush=True)  # fmt: skip
                    if None in times or (growth or 0) > LINEAR or (ratio or 0) > ORDINARY_LIMIT:
                        failed.append(f"{family} {mode}")
    if failed:
        print("\nover a limit: " + "; ".join(failed))
        if args.check:
            sys.exit(1)


def _growth(times: list[float | None], sizes: list[int]) -> float | None:
    """Time growth per 10x of input between the two largest sizes that finished (small inputs
    are dominated by start-up, so only sizes of 1 MB and more count, or the two largest)."""
    done = [(s, t) for s, t in zip(sizes, times, strict=True) if t is not None]
    if len(done) < 2:
        return None
    (s1, t1), (s2, t2) = done[-2], done[-1]
    if t1 <= 0:
        return None
    import math

    return float((t2 / t1) ** (1 / math.log10(s2 / s1)))


if __name__ == "__main__":
    main()
