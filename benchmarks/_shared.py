"""Helpers for the benchmark scripts: where ../shared is, and how to stop when it is absent."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def shared_file(*parts: str) -> Path:
    """A file in ../shared, or exit with the reason (a user's clone does not have it)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        sys.exit(f"skipped: {path} is absent (the shared data is only beside the CI checkout)")
    return path


def compile_bytecode() -> None:
    """The package's bytecode, compiled as ``pip install`` does (an editable checkout run with
    PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module from source at every start)."""
    import compileall
    import importlib

    for name in ("newsctl", "newsctl.cli"):
        for folder in importlib.import_module(name).__path__:
            compileall.compile_dir(folder, quiet=1)  # the wings (text, dates, articles) too
