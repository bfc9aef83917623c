"""Setting up a run of a command over inputs: usage checks, the zone, the runner, the inputs.

Shared by `parse`, `check`, `show` and `stats`.
"""

from __future__ import annotations

from typing import Any

import click

from newsctl.articles.corpus import CORPUS_GLOBS

from .env import Env
from .runner import Options, Runner
from .sources import Selection, gather
from .status import ExitStatus


def check_usage(opts: dict[str, Any]) -> None:
    if opts["append"] and opts["output"] is None:
        raise click.UsageError("--append needs -o/--output FILE")
    if opts["append"] and opts.get("fmt", "jsonl") != "jsonl":
        raise click.UsageError("--append works with --format jsonl only (whole lines)")
    if opts["new_only"] and opts["state"] is None:
        raise click.UsageError("--new-only needs --state FILE to remember what was done")
    if opts["null"] and opts["files_from"] is None:
        raise click.UsageError("-0/--null goes with --files-from")
    if opts["output"] is not None and opts["state"] is not None and opts["output"] == opts["state"]:
        raise click.UsageError("-o/--output and --state must be different files")


def check_zone(tz: str | None) -> str | None:
    if tz is None:
        return None
    from newsctl.dates.zones import resolve_zone
    from newsctl.errors import UnknownZoneError

    try:
        return resolve_zone(tz)
    except UnknownZoneError as exc:
        raise click.BadParameter(str(exc), param_hint="'--tz'") from None


DEFAULT_SETTLE = 2.0  # seconds: a cron run leaves files this fresh for the next run


def settle_seconds(opts: dict[str, Any]) -> float:
    settle: float | None = opts.get("settle")
    if settle is None:
        return DEFAULT_SETTLE if opts.get("state") else 0.0
    return settle


def open_runner(env: Env, opts: dict[str, Any], zone: str | None, prepare: Any = None) -> Runner:
    options = Options(
        max_bytes=opts["max_bytes"],
        tz=zone,
        jobs=opts["jobs"],
        state=opts["state"],
        new_only=opts["new_only"],
        dedupe=opts["dedupe"] == "id",
        wait=opts["wait"],
        fail_fast=opts["fail_fast"],
        quiet=opts["quiet"],
        settle=settle_seconds(opts),
        now=opts.get("now"),
        mapping=opts.get("mapping") or (),
        prepare=prepare,
    )
    if options.state is None:  # no state: nothing to lock, and sqlite3 need not load
        return Runner(env, options)
    from .state import StateError, StateLocked

    try:
        return Runner(env, options)
    except StateLocked as exc:
        env.error(None, str(exc))
        raise click.exceptions.Exit(ExitStatus.LOCKED) from None
    except StateError as exc:
        env.error(None, str(exc))
        raise click.exceptions.Exit(ExitStatus.ERROR) from None


def sources(env: Env, opts: dict[str, Any]) -> Any:
    if not opts["paths"] and opts["files_from"] is None and env.stdin_isatty:
        raise click.UsageError("no input: give a PATH, `-` for standard input, or pipe an article")
    globs = opts["globs"] or CORPUS_GLOBS
    selection = Selection(recursive=opts["recursive"], globs=globs, hidden=opts["hidden"])
    return gather(
        opts["paths"],
        selection,
        files_from=opts["files_from"],
        null=opts["null"],
        stdin=env.stdin,
        on_empty=lambda folder: env.warn(
            folder, "no file to read in it (names matching " + " ".join(globs) + "; see --glob)"
        ),
    )
