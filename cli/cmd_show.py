"""``newsctl show``: an article as a panel for people, Arabic included."""

from __future__ import annotations

import datetime as dt
from typing import Any

import click

from .display import bidi_enabled, console, flush, right_to_left, visual_lines
from .env import Env
from .formats import Writer, make
from .options import (
    InputOptions,
    RunOptions,
    input_options,
    now_option,
    report_format_option,
    tz_option,
)
from .runner import Handler
from .runs import open_runner, sources

EPILOG = """\b
Examples:
  newsctl show samples/abna-mehr-reference.txt
  newsctl show --body samples/abna-crlf.txt | less -R
  newsctl show --bidi on samples/*.txt          # a terminal without bidi support
  NEWSCTL_BIDI=on newsctl show -r samples
  newsctl show --format json samples/abna-no-id.txt | jq .[0].published
"""


@click.command("show", epilog=EPILOG)
@input_options
@click.option("--body", is_flag=True, help="Also show the full text, paragraph by paragraph.")
@click.option(
    "--bidi",
    type=click.Choice(["auto", "on", "off"]),
    default="auto",
    show_default=True,
    help="on: reorder Arabic for terminals without bidi support; auto: $NEWSCTL_BIDI, else off.",
)
@click.option("--width", type=click.IntRange(min=40), help="Columns (default: the terminal's).")
@report_format_option("text: panels for people; json: the records, as `parse --format json`.")
@now_option(
    "What relative phrases count from, as for parse, and the reference for 'how long ago' "
    "(default: relative phrases stay without a date, 'how long ago' counts from now)."
)
@tz_option
@click.pass_obj
def command(env: Env, /, inputs: InputOptions, **opts: Any) -> int:
    """Show articles as panels: headline, dates, source, lead and warnings at a glance.

    Colour and frames are drawn on a terminal; through a pipe the output is plain text (and
    NO_COLOR turns colour off). Arabic keeps its logical order unless --bidi on (or
    NEWSCTL_BIDI=on) reorders it for terminals that do not.
    """
    runner = open_runner(env, inputs, RunOptions(quiet=True), tz=opts["tz"], now=opts["now"])
    if opts["fmt"] == "json":
        writer = Writer(env.stdout, make("json"))
        runner.run(sources(env, inputs), RecordsHandler(writer))
        writer.close()
        runner.finish()
        return env.status
    out = console(env, width=opts["width"])
    handler = ShowHandler(env, out, opts)
    runner.run(sources(env, inputs), handler)
    runner.finish()
    return env.status


class RecordsHandler(Handler):
    """``--format json``: the records through the output layer, as ``parse`` writes them."""

    def __init__(self, writer: Writer) -> None:
        self.writer = writer

    def article(self, article: Any) -> None:
        self.writer.write(article.to_dict())


class ShowHandler(Handler):
    def __init__(self, env: Env, out: Any, opts: dict[str, Any]) -> None:
        self.env = env
        self.out = out
        self.body = opts["body"]
        self.bidi = bidi_enabled(opts["bidi"], env)
        self.now: dt.datetime = opts["now"] or dt.datetime.now()

    def article(self, article: Any) -> None:
        self.out.print(render(article, bidi=self.bidi, body=self.body, now=self.now,
                              width=self.out.width))  # fmt: skip
        flush(self.env, self.out)


def ago(published: dt.date, now: dt.datetime) -> str:
    days = (now.date() - published).days
    if days < 0:
        return f"in {-days} day{'s' if days != -1 else ''}"
    if days == 0:
        return "today"
    for unit, size in (("year", 365), ("month", 30), ("week", 7), ("day", 1)):
        if days >= size:
            n = days // size
            return f"{n} {unit}{'s' if n > 1 else ''} ago"
    return "today"


def hijri_words(iso: str | None) -> str | None:
    """``1443-06-16`` as ``16 جمادى الآخرة 1443 هـ``."""
    if iso is None:
        return None
    from newsctl.dates.months import month_name

    year, month, day = (int(x) for x in iso.split("-"))
    return f"{day} {month_name('hijri', month)} {year} هـ"


def render(article: Any, *, bidi: bool, body: bool, now: dt.datetime, width: int) -> Any:
    """The rich renderable of one article."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    inner = width - 4

    def text(value: str, style: str = "") -> Text:
        if not bidi:
            return Text(value, style=style)
        joined = "\n".join(visual_lines(value, inner - 14))
        if right_to_left(value):
            return Text(joined, style=style, justify="right")
        return Text(joined, style=style, justify="left")

    parts: list[Any] = []
    if article.kicker:
        parts.append(text(article.kicker, "bold magenta"))
    parts.append(text(article.headline or "(no headline)", "bold underline"))
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="dim", no_wrap=True)
    facts.add_column()
    published = next((d for d in article.dates if d.role == "published"), None)

    def row(label: str, value: str | None, style: str = "") -> None:
        if value:
            facts.add_row(label, text(value, style))

    row("agency", article.agency)
    row("source", article.source)
    if article.date is not None:
        row("written", published.text if published else None)
        from newsctl.dates.weekdays import arabic_name

        # the date's own weekday (the one written may be another day: weekday-mismatch says so)
        weekday = arabic_name(article.date.weekday())
        row("date", f"{article.date.isoformat()}  ({weekday})  —  {ago(article.date, now)}", "bold")
        if article.weekday and article.weekday != weekday:
            row("written day", article.weekday)
        row("hijri", hijri_words(article.hijri))
        if article.time:
            row("time", f"{article.time} {article.utc_offset or '(zone not stated)'}")
    row("updated", article.updated)
    row("id", article.id)
    row("dateline", article.dateline)
    row("byline", article.byline)
    row("words", str(article.words))
    row("file", article.label)
    parts.append(facts)
    if article.lead:
        parts.append(Text(""))
        parts.append(text(article.lead, "italic"))
    if body:
        for paragraph in article.body:
            parts.append(Text(""))
            parts.append(text(paragraph))
    if article.end_marker:
        parts.append(text(article.end_marker, "dim"))
    for warning in article.warnings:
        style = "bold red" if warning.code in ("impossible-date",) else "bold yellow"
        parts.append(text(f"⚠ {warning.code}: {warning.message}", style))
    return Panel(Group(*parts), width=width, padding=(0, 1))
