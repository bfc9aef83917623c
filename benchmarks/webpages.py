"""Web pages per second: newsctl against htmldate's ``find_date`` and trafilatura's
``extract_metadata``, page by page, on the development set of real saved pages.

Run: NEWSCTL_REALPAGES=~/realpages .venv/bin/python benchmarks/webpages.py [--rounds 5] [--list]

The pages (tests/realpages/manifest.tsv, laid out as benchmarks/realpages.md says) are read into
memory first; each tool is then given each page's bytes, one after the other in every round
(paired, so that a busy machine slows all alike), and its process time per page is the median over
the rounds. newsctl parses the whole record (every field, from the bytes); htmldate finds the date
(as ``benchmarks/accuracy.py`` calls it: the original date, then any); trafilatura reads the
metadata of the page it has parsed. The table gives, for each tool, the total time over the set
(the sum of the per-page medians), the pages per second, and the median page; then newsctl's
speed over each. Needs the ``bench`` extra for the peers.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from accuracy import htmldate_finder  # noqa: E402
from real_pages import folder, pages, read_page  # noqa: E402

from newsctl.reader import items_from_bytes  # noqa: E402


def tools() -> dict[str, Callable[[bytes], Any]]:
    found: dict[str, Callable[[bytes], Any]] = {
        "newsctl": lambda data: list(items_from_bytes(data, path="page.html")),
    }
    finder = htmldate_finder()
    if finder is not None:
        found["htmldate find_date"] = finder  # type: ignore[assignment]
    trafilatura: Any = None
    with contextlib.suppress(ImportError):
        trafilatura = importlib.import_module("trafilatura")
    if trafilatura is not None:

        def metadata(data: bytes) -> Any:
            return trafilatura.extract_metadata(trafilatura.load_html(data))

        found["trafilatura extract_metadata"] = metadata
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--list", action="store_true", help="each page's times")
    args = parser.parse_args()
    root, reason = folder()
    if root is None:
        sys.exit(f"skipped: {reason}")
    rows = pages()
    data = [read_page(page.file(root)) for page in rows]
    timed = tools()
    times: dict[str, list[list[float]]] = {name: [[] for _ in data] for name in timed}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for tool in timed.values():  # a warm-up: imports, tables, caches
            tool(data[0])
        for _ in range(args.rounds):
            for i, source in enumerate(data):
                for name, tool in timed.items():
                    start = time.process_time()
                    tool(source)
                    times[name][i].append(time.process_time() - start)
    medians = {name: [statistics.median(t) for t in per] for name, per in times.items()}
    n = len(rows)
    print(f"{n} real saved pages, {args.rounds} rounds, process time")
    print("| tool | total | pages/s | median page | newsctl faster by |")
    print("| --- | --- | --- | --- | --- |")
    ours = sum(medians["newsctl"])
    for name, per in medians.items():
        total = sum(per)
        ratio = "" if name == "newsctl" else f"{total / ours:.2f}x"
        print(
            f"| {name} | {total:.2f} s | {n / total:,.0f} | {statistics.median(per) * 1000:.1f} ms"
            f" | {ratio} |"
        )
    if args.list:
        for i, page in enumerate(rows):
            cells = "  ".join(
                f"{name.split()[0]} {per[i] * 1000:7.1f} ms" for name, per in medians.items()
            )
            print(f"  {page.name}: {cells}")


if __name__ == "__main__":
    main()
