"""Corpus files: records per second, peak memory, and dates right, for every corpus format.

Run: .venv/bin/python benchmarks/corpora.py [--sizes 1000,10000,100000] [--memory-mb 10,100]

For each format (SGML like ANT v1.1 and LDC, JSON like SaudiNewsNet, JSON Lines like news-please,
CSV, TSV) it writes generated corpus files of 1k, 10k and 100k records to a temporary folder and
runs the installed `newsctl parse FILE` on each (a fresh process, start-up included), output to
/dev/null: wall time, records per second, peak RSS. It then checks the output of the smallest
files: every record's `published` must be the date written into it (ANT v1.1's three <TIME>
forms: ISO 8601 with zone, dd/mm/yyyy, and 2017-05-12T214300; SaudiNewsNet's date_extracted;
RFC 2822 with -0000). Memory: the same SGML corpus at 10 MB and 100 MB.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

NEWSCTL = str(Path(sys.executable).parent / "newsctl")
_WORDS = (
    "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية وتحسين شبكات الري "
    "وقال الوزير في مؤتمر صحفي إن المشروع سيبدأ الشهر المقبل بتمويل من البنك الدولي "
    "وأضاف أن العمل سيشمل أكثر من مئة قرية في ثلاث محافظات خلال العامين المقبلين"
)
WORDS = _WORDS.split()
START = dt.datetime(2015, 1, 1, 8, 0)


class Item:
    """One generated article: its date and time, headline, text."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.moment = START + dt.timedelta(hours=7 * n, minutes=n % 60)
        self.headline = " ".join(WORDS[(n + k) % len(WORDS)] for k in range(7))
        size = 120 + n % 200  # words
        words = [WORDS[(n * 7 + k) % len(WORDS)] for k in range(size)]
        paragraphs = [" ".join(words[i : i + 40]) + "." for i in range(0, size, 40)]
        self.text = "\n".join(paragraphs)


def ant_time(item: Item) -> tuple[str, str]:
    """ANT v1.1's three <TIME> forms, in turn; the ISO date (and time) newsctl must give."""
    m = item.moment
    form = item.n % 3
    if form == 0:
        return m.strftime("%Y-%m-%dT%H:%M:00+01:00"), m.strftime("%Y-%m-%dT%H:%M:00+01:00")
    if form == 1:
        return m.strftime("%d/%m/%Y"), m.strftime("%Y-%m-%d")
    return m.strftime("%Y-%m-%dT%H%M00"), m.strftime("%Y-%m-%dT%H:%M:00")


def write_sgml(out: TextIO, items: Iterator[Item]) -> list[str]:
    expected = []
    for item in items:
        written, iso = ant_time(item)
        expected.append(iso)
        out.write(
            f"<DOC>\n<DOCNO>ANT_{item.n:07d}</DOCNO>\n<TITLE>{item.headline}</TITLE>\n"
            f"<TIME>{written}</TIME>\n<AUTHOR>مراسل</AUTHOR>\n<SRC>إذاعة</SRC>\n"
            f"<TEXT>\n{item.text}\n</TEXT>\n</DOC>\n"
        )
    return expected


def write_json(out: TextIO, items: Iterator[Item]) -> list[str]:
    """SaudiNewsNet: one array; date_extracted as ``YYYY-MM-DD HH:MM:SS``."""
    expected = []
    out.write("[\n")
    for k, item in enumerate(items):
        stamp = item.moment.strftime("%Y-%m-%d %H:%M:%S")
        expected.append(item.moment.strftime("%Y-%m-%dT%H:%M:%S"))
        record = {
            "source": "aawsat",
            "url": f"http://aawsat.com/node/{item.n}",
            "date_extracted": stamp,
            "title": item.headline,
            "author": "الرياض",
            "content": item.text,
        }
        out.write(("" if k == 0 else ",\n") + json.dumps(record, ensure_ascii=False, indent=1))
    out.write("\n]\n")
    return expected


def write_jsonl(out: TextIO, items: Iterator[Item]) -> list[str]:
    """news-please: ``date_publish`` as ``YYYY-MM-DD HH:MM:SS``, authors as a list."""
    expected = []
    for item in items:
        expected.append(item.moment.strftime("%Y-%m-%dT%H:%M:%S"))
        record = {
            "authors": ["سارة أحمد"],
            "date_publish": item.moment.strftime("%Y-%m-%d %H:%M:%S"),
            "title": item.headline,
            "maintext": item.text,
            "url": f"https://example.org/{item.n}",
            "source_domain": "example.org",
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return expected


def tabular(delimiter: str) -> Callable[[TextIO, Iterator[Item]], list[str]]:
    """A dataset export: ``id, head_line, date (RFC 2822, -0000), text`` with a header row."""

    def write(out: TextIO, items: Iterator[Item]) -> list[str]:
        writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
        writer.writerow(["id", "head_line", "date", "text"])
        expected = []
        for item in items:
            stamp = item.moment.strftime("%a, %d %b %Y %H:%M:%S -0000")
            expected.append(item.moment.strftime("%Y-%m-%dT%H:%M:%S"))
            writer.writerow([item.n, item.headline, stamp, item.text])
        return expected

    return write


FORMATS: dict[str, tuple[str, Callable[[TextIO, Iterator[Item]], list[str]]]] = {
    "sgml": (".xml", write_sgml),
    "json": (".json", write_json),
    "jsonl": (".jsonl", write_jsonl),
    "csv": (".csv", tabular(",")),
    "tsv": (".tsv", tabular("\t")),
}


def write(folder: Path, fmt: str, count: int) -> tuple[Path, list[str]]:
    suffix, writer = FORMATS[fmt]
    path = folder / f"{fmt}-{count}{suffix}"
    with open(path, "w", encoding="utf-8", newline="") as out:
        expected = writer(out, (Item(n) for n in range(count)))
    return path, expected


def run(path: Path, output: str = os.devnull, jobs: int = 1) -> tuple[float, int]:
    """Wall time and peak RSS (MiB, of the main process) of `newsctl parse --jobs N PATH`."""
    start = time.perf_counter()
    with open(output, "wb") as out:
        args = [NEWSCTL, "parse", "-q", "--jobs", str(jobs), str(path)]
        proc = subprocess.Popen(args, stdout=out)
        _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"newsctl parse {path} failed with {os.waitstatus_to_exitcode(status)}")
    return elapsed, usage.ru_maxrss // 1024


def dates_right(path: Path, expected: list[str], folder: Path) -> int:
    out = folder / "out.jsonl"
    run(path, str(out))
    with open(out, encoding="utf-8") as handle:
        got = [json.loads(line)["published"] for line in handle]
    return sum(g == e for g, e in zip(got, expected, strict=True))


def sgml_of_size(folder: Path, megabytes: int) -> Path:
    """An SGML corpus file of about ``megabytes`` MB."""
    path = folder / f"sgml-{megabytes}MB.xml"
    with open(path, "w", encoding="utf-8") as out:
        n = 0
        while out.tell() < megabytes * 1_000_000:
            buffer = io.StringIO()
            write_sgml(buffer, (Item(k) for k in range(n, n + 500)))
            out.write(buffer.getvalue())
            n += 500
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,100000", help="records per file")
    ap.add_argument("--memory-mb", default="10,100", help="sizes of the memory check, MB")
    ap.add_argument("--formats", default=",".join(FORMATS))
    ap.add_argument(
        "--jobs", default="1", help="worker processes, a list: one corpus file's records spread"
    )
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    jobs = [int(j) for j in args.jobs.split(",")]
    with tempfile.TemporaryDirectory(prefix="newsctl-corpora-") as name:
        folder = Path(name)
        print(f"{'format':6} {'records':>8} {'MB':>7} {'jobs':>4} {'seconds':>8} "
              f"{'records/s':>10} {'RSS MiB':>8}")  # fmt: skip
        for fmt in args.formats.split(","):
            for count in sizes:
                path, expected = write(folder, fmt, count)
                mb = path.stat().st_size / 1e6
                for n in jobs:
                    seconds, rss = run(path, jobs=n)
                    print(f"{fmt:6} {count:>8} {mb:>7.1f} {n:>4} {seconds:>8.2f} "
                          f"{count / seconds:>10.0f} {rss:>8}")  # fmt: skip
                if count == sizes[0]:
                    right = dates_right(path, expected, folder)
                    print(f"{'':6} dates right: {right}/{count}")
                path.unlink()
        for megabytes in (int(m) for m in args.memory_mb.split(",") if m):
            path = sgml_of_size(folder, megabytes)
            seconds, rss = run(path)
            print(f"memory: SGML corpus of {path.stat().st_size / 1e6:.0f} MB: peak RSS {rss} MiB "
                  f"({seconds:.1f} s)")  # fmt: skip
            path.unlink()


if __name__ == "__main__":
    main()
