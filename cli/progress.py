"""The progress bar of long runs: on a terminal only, on stderr only, one step per input done.

While the bar is drawn, the run's messages (``newsctl: PATH: reason``) are printed above it on
their own lines (``Env.notify``); the bar is removed before the run ends, however it ends.
"""

from __future__ import annotations

import io
from typing import Any

from .env import Env


class Bar:
    """A bar over ``total`` inputs; ``advance`` after each one is done, ``stop`` at the end."""

    def __init__(self, env: Env, total: int) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            ProgressColumn,
            Task,
            TextColumn,
            TimeRemainingColumn,
        )
        from rich.text import Text

        class Rate(ProgressColumn):
            def render(self, task: Task) -> Text:
                return Text(f"{task.speed:,.0f} files/s" if task.speed else "")

        self.env = env
        self.stream = io.TextIOWrapper(env.stderr, encoding="utf-8", write_through=True)
        self.console = Console(file=self.stream, stderr=True)
        columns: list[Any] = [
            TextColumn("newsctl"),
            BarColumn(),
            MofNCompleteColumn(),
            Rate(),
            TimeRemainingColumn(),
        ]
        self.progress = Progress(*columns, console=self.console, transient=True)
        self.task = self.progress.add_task("inputs", total=total)
        self.progress.start()
        env.notify = self.message

    def advance(self, count: int = 1) -> None:
        self.progress.advance(self.task, count)

    def message(self, line: str) -> None:
        self.console.print(line, markup=False, highlight=False, soft_wrap=True)

    def stop(self) -> None:
        self.env.notify = None
        try:
            self.progress.stop()
        finally:
            self.stream.detach()
