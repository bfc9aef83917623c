"""Peak memory and speed of `newsctl parse` on a large web archive: memory must stay flat whatever
the archive's size.

Run: .venv/bin/pip install -e '.[warc]' && .venv/bin/python benchmarks/warc.py --sizes 100M,1G

For each size it writes, with warcio, a gzipped WARC to a temporary folder as a news crawl holds
them: the saved pages of samples/html as responses (each with its request), and between them
large responses newsctl skips (images of 1 MiB, and pages not found), until the archive reaches the
size; then it runs `newsctl parse ARCHIVE -o /dev/null` once and reports the pages read, the time
and the peak resident memory of that process (its max RSS, from the kernel's accounting).
"""

from __future__ import annotations

import argparse
import io
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "samples" / "html").glob("*.html"))
NEWSCTL = str(Path(sys.executable).parent / "newsctl")
UNITS = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}


def size_of(text: str) -> int:
    text = text.strip().upper()
    return int(float(text[:-1]) * UNITS[text[-1]]) if text[-1] in UNITS else int(text)


def build(path: Path, size: int, seed: int = 7) -> int:
    """A gzipped WARC of at least ``size`` bytes; the number of HTML pages of status 200."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(seed)
    pages = [p.read_bytes() for p in PAGES]
    html = [("Content-Type", "text/html; charset=utf-8")]
    count = 0
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)

        def write(uri: str, status: str, headers: list[tuple[str, str]], payload: bytes) -> None:
            http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(payload), http_headers=http
            )
            writer.write_record(record)

        n = 0
        while out.tell() < size:
            n += 1
            write(f"https://news.example.org/{n}", "200 OK", html, pages[n % len(pages)])
            count += 1
            if n % 4 == 0:  # an image, incompressible: the archive's bulk
                image = rng.randbytes(1 << 20)
                write(f"https://news.example.org/{n}.jpg", "200 OK",
                      [("Content-Type", "image/jpeg")], image)  # fmt: skip
            if n % 10 == 0:
                write(f"https://news.example.org/gone/{n}", "404 Not Found", html, b"<html></html>")
    return count


def measure(archive: Path) -> tuple[int, float, int]:
    """(records written, seconds, peak RSS in KiB) of one `newsctl parse` run."""
    start = time.perf_counter()
    proc = subprocess.run(
        [NEWSCTL, "parse", str(archive), "-o", os.devnull, "-q"], capture_output=True
    )
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"newsctl failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return proc.returncode, elapsed, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100M,1G", help="archive sizes (K, M, G)")
    args = parser.parse_args()
    print("| archive (gzip) | HTML pages | other records | time | pages/s | peak RSS |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for text in args.sizes.split(","):
            archive = Path(folder) / f"crawl-{text}.warc.gz"
            pages = build(archive, size_of(text))
            others = pages // 4 + pages // 10
            _, elapsed, peak = measure(archive)  # RUSAGE_CHILDREN: the largest child so far
            archive_mb = archive.stat().st_size / (1 << 20)
            print(f"| {archive_mb:,.0f} MiB | {pages:,} | {others:,} | {elapsed:.1f} s | "
                  f"{pages / elapsed:,.0f} | {peak / 1024:.0f} MiB |")  # fmt: skip
            archive.unlink()


if __name__ == "__main__":
    main()
