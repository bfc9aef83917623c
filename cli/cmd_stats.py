"""``newsctl stats``: figures over a folder or corpus, in the terminal, as JSON or as HTML."""

from __future__ import annotations

from typing import Any

import click

from .display import console, flush
from .env import Env
from .options import (
    RELATIVE_HELP,
    InputOptions,
    RunOptions,
    input_options,
    now_option,
    report_format_option,
    run_options,
    tz_option,
)
from .runner import Handler, Outcome
from .runs import open_runner, sources

EPILOG = """\b
Examples:
  newsctl stats -r samples
  newsctl stats -r /drop --format json | jq .per_source
  newsctl stats -r /drop --html report.html -q     # a self-contained page to mail
"""


@click.command("stats", epilog=EPILOG)
@input_options
@report_format_option("text: tables and a bar chart; json: the same figures for scripts.")
@click.option(
    "--html", "html_path", metavar="FILE", help="Also write a self-contained HTML report."
)
@click.option("--width", type=click.IntRange(min=40), help="Columns (default: the terminal's).")
@tz_option
@now_option(RELATIVE_HELP)
@run_options
@click.pass_obj
def command(env: Env, /, inputs: InputOptions, run: RunOptions, **opts: Any) -> int:
    """Figures over many articles: how many, which dates, per day, month, agency and source.

    Also warnings per code, duplicate ids, encodings and month-name systems seen, and the
    articles without a date. Inputs that cannot be read are reported on stderr and counted.
    """
    from newsctl.stats import Stats

    runner = open_runner(env, inputs, run, tz=opts["tz"], now=opts["now"])
    handler = StatsHandler(Stats())
    try:
        runner.run(sources(env, inputs), handler)
    except BaseException:
        runner.abandon()
        raise
    runner.finish()
    figures = handler.stats.to_dict()
    if opts["html_path"]:
        import os

        from .report import write_report

        if runner.ledger.nothing_read() and os.path.exists(opts["html_path"]):
            env.warn(opts["html_path"], "left as it was: no record could be read")
        else:
            write_report(opts["html_path"], figures)
    if opts["fmt"] == "json":
        from .formats import document

        env.stdout.write(document(figures))
        env.stdout.flush()
    else:
        out = console(env, width=opts["width"])
        out.print(render(figures, out.width))
        flush(env, out)
    return env.status


class StatsHandler(Handler):
    def __init__(self, stats: Any) -> None:
        self.stats = stats

    def article(self, article: Any) -> None:
        self.stats.add(article)

    def failed(self, outcome: Outcome) -> None:
        if outcome.code == "record":  # one record of a corpus file; its file was read
            self.stats.records_failed += 1
        else:
            self.stats.inputs_failed += 1


def bar(count: int, most: int, width: int) -> str:
    """A bar of ``count`` against ``most`` in ``width`` cells, with eighth blocks."""
    if most <= 0:
        return ""
    eighths = round(count / most * width * 8)
    full, rest = divmod(eighths, 8)
    return "█" * full + ("" if rest == 0 else " ▏▎▍▌▋▊▉"[rest])


def render(figures: dict[str, Any], width: int) -> Any:
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    parts: list[Any] = []
    summary = Table.grid(padding=(0, 2))
    summary.add_column(style="dim")
    summary.add_column(style="bold")
    summary.add_row("articles", str(figures["articles"]))
    summary.add_row("dates", f"{figures['first_date'] or '-'} … {figures['last_date'] or '-'}")
    summary.add_row("without a date", str(len(figures["without_date"])))
    summary.add_row("inputs that failed", str(figures["inputs_failed"]))
    if figures["records_failed"]:
        summary.add_row("records that failed", str(figures["records_failed"]))
    summary.add_row("duplicate ids", str(len(figures["duplicate_ids"])))
    parts.append(summary)

    def counts(
        title: str,
        data: dict[str, int],
        *,
        chart: bool = False,
        limit: int = 15,
        last: bool = False,
    ) -> None:
        if not data:
            return
        table = Table(title=title, title_justify="left", show_header=False, box=None,
                      padding=(0, 1))  # fmt: skip
        table.add_column(no_wrap=True)
        table.add_column(justify="right")
        if chart:
            table.add_column(style="cyan", no_wrap=True)
        most = max(data.values())
        items = list(data.items())
        shown = items[-limit:] if last else items[:limit]
        if last and len(items) > limit:
            table.add_row(f"… {len(items) - limit} earlier", "")
        for key, value in shown:
            cells = [key, str(value)] + ([bar(value, most, max(10, width - 30))] if chart else [])
            table.add_row(*cells)
        if not last and len(items) > limit:
            table.add_row(f"… {len(items) - limit} more", "")
        parts.append(Text(""))
        parts.append(table)

    counts("articles per day", figures["per_day"], chart=True, limit=31, last=True)
    counts("per month", figures["per_month"], chart=True, limit=24, last=True)
    counts("per agency", figures["per_agency"])
    counts("per source", figures["per_source"])
    counts("warnings", figures["warnings"])
    counts("encodings", figures["encodings"])
    counts("month-name systems", figures["month_systems"])
    if figures["duplicate_ids"]:
        dup = Table(title="duplicate ids", title_justify="left", box=None, show_header=False)
        for article_id, paths in figures["duplicate_ids"].items():
            dup.add_row(article_id, ", ".join(paths))
        parts.append(Text(""))
        parts.append(dup)
    if figures["without_date"]:
        parts.append(Text(""))
        parts.append(Text("without a date: " + ", ".join(figures["without_date"])))
    return Group(*parts)
