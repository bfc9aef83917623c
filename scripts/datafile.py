"""What the scripts that write newsctl's data files share: the one source they are given on the
command line, and the file written with a line saying how many rows it holds."""

from __future__ import annotations

import argparse
from pathlib import Path


def source_path(doc: str | None, name: str, about: str) -> Path:
    """The path the command line gives for the script's source (its one argument, ``name``);
    the script's docstring's first paragraph is its description."""
    parser = argparse.ArgumentParser(description=(doc or "").split("\n\n")[0])
    parser.add_argument(name, type=Path, help=about)
    path: Path = getattr(parser.parse_args(), name)
    return path


def write_data(out: Path, header: str, text: str, rows: str) -> None:
    """Write a data file and say how many ``rows`` it holds (its comment header aside)."""
    out.write_text(text, "utf-8")
    print(f"{out}: {text.count(chr(10)) - header.count(chr(10))} {rows}")
