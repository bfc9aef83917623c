"""Options shared by several commands, declared once (one decorator per group of switches).

The groups of switches reach a command as typed objects, not as keys of a dictionary: the inputs
(``InputOptions``, as ``inputs``) and how they are processed (``RunOptions``, as ``run``); a
command without the second gets the defaults. ``--tz`` arrives as a checked zone name.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any, Final, NamedTuple, TypeVar

import click

from newsctl.articles.corpus import CORPUS_GLOBS, FIELDS, READ_GLOBS, parse_mapping
from newsctl.limits import DEFAULT_MAX_BYTES
from newsctl.text.digits import DIGIT_SYSTEMS

F = TypeVar("F", bound=Callable[..., Any])


class InputOptions(NamedTuple):
    """Which inputs a command reads, and how their records are read."""

    paths: tuple[str, ...] = ()
    recursive: bool = False
    globs: tuple[str, ...] = CORPUS_GLOBS
    hidden: bool = False
    files_from: str | None = None
    null: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    mapping: tuple[tuple[str, str], ...] = ()


class RunOptions(NamedTuple):
    """How the inputs are processed: workers, the cron state, stopping, progress."""

    jobs: int = 1
    state: str | None = None
    new_only: bool = False
    dedupe: bool = False
    wait: float = 0.0
    settle: float | None = None  # None: the default (2 s with a state, 0 without)
    fail_fast: bool = False
    quiet: bool = False
    scheduler: str | None = None  # --scheduler: a Dask scheduler's address (cli/cluster.py)
    read_on_workers: bool = False


def _grouped(func: F, name: str, make: Callable[[dict[str, Any]], Any], keys: tuple[str, ...]) -> F:
    """``func`` called with the switches ``keys`` gathered into one object, ``name=make(...)``."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        values = {key: kwargs.pop(key) for key in keys}
        return func(*args, **{name: make(values)}, **kwargs)

    return wrapper  # type: ignore[return-value]


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


def _inputs(values: dict[str, Any]) -> InputOptions:
    if values["null"] and values["files_from"] is None:
        raise click.UsageError("-0/--null goes with --files-from")
    values["globs"] = values["globs"] or CORPUS_GLOBS
    return InputOptions(**values)


INPUT_KEYS = tuple(InputOptions._fields)


def input_options(func: F) -> F:
    """Which inputs: files, directories, lists of paths, the size limit, corpus fields; the
    command gets them as ``inputs``, an ``InputOptions``."""
    return _stack(
        _grouped(func, "inputs", _inputs, INPUT_KEYS),
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
            default=str(DEFAULT_MAX_BYTES),
            show_default="20M",
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


def _run(values: dict[str, Any]) -> RunOptions:
    if values["new_only"] and values["state"] is None:
        raise click.UsageError("--new-only needs --state FILE to remember what was done")
    values["dedupe"] = values["dedupe"] == "id"
    if values["read_on_workers"] and not values["scheduler"]:
        raise click.UsageError("--read-on-workers goes with --scheduler ADDRESS")
    values["scheduler"] = values["scheduler"] or None
    return RunOptions(**values)


def run_options(func: F) -> F:
    """How inputs are processed: parallel jobs, the cron state, stopping, progress; the command
    gets them as ``run``, a ``RunOptions``."""
    return _stack(
        _grouped(func, "run", _run, tuple(RunOptions._fields)),
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
        *cluster_options,
    )


# --- the cluster (cli/cluster.py): the batches run on a Dask cluster's workers
cluster_options = (
    click.option(
        "--scheduler",
        metavar="ADDRESS",
        envvar="NEWSCTL_SCHEDULER",
        help="Run the batches on the workers of the Dask scheduler at ADDRESS (tcp://host:8786; "
        "env NEWSCTL_SCHEDULER); output as with --jobs 1. Needs newsctl[cluster].",
    ),
    click.option(
        "--read-on-workers",
        is_flag=True,
        help="With --scheduler: the workers read the files themselves (paths every worker sees, "
        "a shared file system); default: read here and sent to them.",
    ),
)


def digits_option(func: F) -> F:
    return click.option(
        "--digits",
        type=click.Choice(DIGIT_SYSTEMS),
        default=None,
        help="Write digits in text fields in this system (structured fields are always Latin).",
    )(func)


def _zone(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """The zone named by --tz, checked: an IANA name or an Arabic place name."""
    if value is None:
        return None
    from newsctl.dates.zones import resolve_zone
    from newsctl.errors import UnknownZoneError

    try:
        return resolve_zone(value)
    except UnknownZoneError as exc:
        raise click.BadParameter(f"{exc}; `newsctl zones` lists them") from None


def tz_option(func: F) -> F:
    """``--tz ZONE``: the zone of times that name none, checked (a usage error when unknown)."""
    return click.option(
        "--tz",
        "tz",
        metavar="ZONE",
        default=None,
        callback=_zone,
        help="Zone of times that name none: an IANA name (Asia/Tehran) or an Arabic place (طهران).",
    )(func)


def utc_option(func: F) -> F:
    return click.option(
        "--utc", is_flag=True, help="Express times in UTC (needs a known zone or --tz)."
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


RECORD_FORMATS: Final = ("jsonl", "json", "csv", "tsv")


def format_option(
    human: str, help_text: str, machine: Sequence[str] = RECORD_FORMATS
) -> Callable[[F], F]:
    """``--format``: the command's own form for people (the default), or the formats of the
    output layer, each name meaning the same in every command: ``jsonl`` one object per line,
    ``json`` an array, ``csv`` and ``tsv`` a header row and a row per object."""
    return click.option(
        "--format", "fmt", type=click.Choice([human, *machine]), default=human,
        show_default=True, help=help_text,
    )  # fmt: skip


def report_format_option(help_text: str) -> Callable[[F], F]:
    """``--format text|json`` of the commands that report (check, stats)."""
    return click.option(
        "--format", "fmt", type=click.Choice(["text", "json"]), default="text",
        show_default=True, help=help_text,
    )  # fmt: skip
