"""Options shared by several commands, declared once (one decorator per group of switches)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from newsctl.articles.corpus import FIELDS, READ_GLOBS, parse_mapping

F = TypeVar("F", bound=Callable[..., Any])

DIGIT_CHOICES = ("latin", "arabic", "persian")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def _stack(func: F, *decorators: Callable[[F], F]) -> F:
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def output_options(*formats: str, default: str = "jsonl") -> Callable[[F], F]:
    """``--format`` with the given choices."""

    def decorator(func: F) -> F:
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(formats),
            default=default,
            show_default=True,
            help="Output format: " + ", ".join(formats) + ".",
        )(func)

    return decorator


def _parse_size(ctx: click.Context, param: click.Parameter, value: str) -> int:
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    text = value.strip().lower().removesuffix("b")
    try:
        if text and text[-1] in units:
            return int(float(text[:-1]) * units[text[-1]])
        return int(text)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a size such as 20M, 512k or 1000000") from None


def _parse_mapping(
    ctx: click.Context, param: click.Parameter, value: str | None
) -> tuple[tuple[str, str], ...]:
    if not value:
        return ()
    try:
        return tuple(parse_mapping(value).items())
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def input_options(func: F) -> F:
    """Which inputs: files, directories, lists of paths, and the size limit."""
    return _stack(
        func,
        click.argument("paths", nargs=-1, metavar="[PATH]..."),
        click.option("-r", "--recursive", is_flag=True, help="Read the files in directories."),
        click.option(
            "--glob",
            "globs",
            multiple=True,
            metavar="PATTERN",
            help="With -r, the file names to read (repeat for several). Default: articles and "
            "corpus files: " + " ".join(READ_GLOBS) + ", and the same compressed (.gz .bz2 .xz).",
        ),
        click.option("--hidden", is_flag=True, help="With -r, also read hidden files and folders."),
        click.option(
            "--files-from",
            metavar="FILE",
            help="Read the paths to process from FILE (`-`: standard input), one per line.",
        ),
        click.option("-0", "--null", is_flag=True, help="With --files-from, paths end with NUL."),
        click.option(
            "--max-bytes",
            default="20M",
            show_default=True,
            callback=_parse_size,
            metavar="SIZE",
            help="Refuse inputs larger than this (in a corpus file: records larger than this).",
        ),
        click.option(
            "--map",
            "mapping",
            callback=_parse_mapping,
            metavar="FIELD=NAME,...",
            help="Corpus files: which of a record's own fields is which "
            "(headline=title_ar,date=pub_date). Fields: " + ", ".join(FIELDS) + ".",
        ),
    )


def run_options(func: F) -> F:
    """How inputs are processed: parallel jobs, the cron state, stopping, progress."""
    return _stack(
        func,
        click.option(
            "-j",
            "--jobs",
            type=click.IntRange(min=0),
            default=1,
            show_default=True,
            help="Worker processes (0: one per core); output keeps the input order.",
        ),
        click.option(
            "--state",
            metavar="FILE",
            help="SQLite file remembering inputs and ids done (for cron runs).",
        ),
        click.option("--new-only", is_flag=True, help="With --state, skip inputs already done."),
        click.option(
            "--dedupe",
            type=click.Choice(["id"]),
            default=None,
            help="Drop an article whose id was already seen (in this run, or in --state).",
        ),
        click.option(
            "--wait",
            type=click.FloatRange(min=0),
            default=0,
            metavar="SECONDS",
            help="Wait this long for another run holding --state to finish.",
        ),
        click.option(
            "--settle",
            type=click.FloatRange(min=0),
            default=None,
            metavar="SECONDS",
            help="Leave files modified less than this long ago for a later run (they may still "
            "be being written). Default: 2 with --state, 0 without.",
        ),
        click.option("--fail-fast", is_flag=True, help="Stop at the first input that fails."),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar."),
    )


def digits_option(func: F) -> F:
    return click.option(
        "--digits",
        type=click.Choice(DIGIT_CHOICES),
        default=None,
        help="Write digits in text fields in this system (structured fields are always Latin).",
    )(func)


def tz_option(func: F) -> F:
    func = click.option(
        "--utc", is_flag=True, help="Express times in UTC (needs a known zone or --tz)."
    )(func)
    return click.option(
        "--tz",
        "tz",
        metavar="ZONE",
        default=None,
        help="Zone of times that name none: an IANA name (Asia/Tehran) or an Arabic place (طهران).",
    )(func)


def _parse_now(ctx: click.Context, param: click.Parameter, value: str | None) -> Any:
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO 8601 date-time") from None


RELATIVE_HELP = (
    "What relative phrases (منذ ساعتين) count from, as ISO 8601. Default: they stay without a "
    "date, so that every run gives the same output; in a corpus record, its own date."
)


def now_option(help_text: str) -> Callable[[F], F]:
    """``--now ISO``: a reference time, as a datetime (None when not given: each command says
    what it does then)."""
    return click.option("--now", callback=_parse_now, metavar="ISO", help=help_text)


def report_format_option(help_text: str) -> Callable[[F], F]:
    """``--format text|json`` of the commands that report (check, stats)."""
    return click.option(
        "--format", "fmt", type=click.Choice(["text", "json"]), default="text",
        show_default=True, help=help_text,
    )  # fmt: skip
