"""Showing Arabic in terminals: the console (width, colour, pipes) and bidi reordering.

Many terminals do not apply the Unicode bidirectional algorithm, so right-to-left text comes out
reversed. With ``--bidi on`` each line is wrapped to the width first (in logical order) and then
reordered for display with python-bidi, so a paragraph still reads top to bottom and each line
right to left, with digits and parentheses where they belong. ``off`` leaves the logical order for
terminals that do the work themselves; ``auto`` follows ``NEWSCTL_BIDI`` and otherwise is ``off``.
Letters are not reshaped (no arabic-reshaper): terminals that lack bidi still join Arabic letters
through their fonts, and presentation forms would break copying and searching.
"""

from __future__ import annotations

import io
import re
import shutil
import textwrap
from typing import Any

from .env import Env

_RTL_RE = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def bidi_enabled(choice: str, env: Env) -> bool:
    if choice == "auto":
        choice = env.environ.get("NEWSCTL_BIDI", "off").strip().lower()
    return choice in ("on", "1", "yes", "true")


_LATIN_RE = re.compile(r"[A-Za-z]")


def right_to_left(text: str) -> bool:
    """The paragraph direction: right to left when Arabic letters outnumber Latin ones (an
    Arabic headline quoting "CNN" stays right to left; "2022-01-19 (الأربعاء) — 4 years ago"
    is an English line)."""
    return len(_RTL_RE.findall(text)) > len(_LATIN_RE.findall(text))


def visual_lines(text: str, width: int) -> list[str]:
    """``text`` wrapped to ``width`` columns, each line in display (visual) order."""
    from bidi import get_display

    base = "R" if right_to_left(text) else "L"
    lines = textwrap.wrap(text, width=max(10, width)) or [""]
    return [get_display(line, base_dir=base) if _RTL_RE.search(line) else line for line in lines]


def console(env: Env, *, width: int | None = None, record: bool = False) -> Any:
    """A rich console on the run's stdout: colour only on a terminal and without NO_COLOR."""
    from rich.console import Console

    color = env.stdout_isatty and "NO_COLOR" not in env.environ
    if width is None:
        width = shutil.get_terminal_size((100, 24)).columns if env.stdout_isatty else 100
    return Console(
        file=io.StringIO(),
        width=width,
        force_terminal=color,
        color_system="auto" if color else None,
        no_color=not color,
        highlight=False,
        emoji=False,
        record=record,
        legacy_windows=False,
    )


def flush(env: Env, out: Any) -> None:
    """Write what the console drew to the run's stdout (UTF-8 whatever the locale)."""
    env.stdout.write(out.file.getvalue().encode("utf-8"))
    out.file.seek(0)
    out.file.truncate()
    env.stdout.flush()
