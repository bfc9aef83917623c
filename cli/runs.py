"""Setting up a run of a command over inputs: the runner and the inputs, from the typed option
groups. Shared by `parse`, `check`, `explain`, `show` and `stats`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import click

from .env import Env
from .options import InputOptions, RunOptions
from .runner import Options, Runner
from .sources import Selection, Source, gather
from .status import ExitStatus

DEFAULT_SETTLE = 2.0  # seconds: a cron run leaves files this fresh for the next run


def settle_seconds(run: RunOptions) -> float:
    if run.settle is None:
        return DEFAULT_SETTLE if run.state else 0.0
    return run.settle


def open_runner(
    env: Env,
    inputs: InputOptions,
    run: RunOptions = RunOptions(),  # noqa: B008 - an immutable NamedTuple
    *,
    tz: str | None = None,
    now: dt.datetime | None = None,
    prepare: Any = None,
) -> Runner:
    options = Options(
        max_bytes=inputs.max_bytes,
        tz=tz,
        jobs=run.jobs,
        state=run.state,
        new_only=run.new_only,
        dedupe=run.dedupe,
        wait=run.wait,
        fail_fast=run.fail_fast,
        quiet=run.quiet,
        settle=settle_seconds(run),
        now=now,
        mapping=inputs.mapping,
        prepare=prepare,
        scheduler=run.scheduler,
        read_on_workers=run.read_on_workers,
    )
    if run.scheduler is not None:  # one line, before anything is opened, without the extra
        from .cluster import require_extra

        require_extra(env)
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


def sources(env: Env, inputs: InputOptions) -> Iterator[Source]:
    if not inputs.paths and inputs.files_from is None and env.stdin_isatty:
        raise click.UsageError("no input: give a PATH, `-` for standard input, or pipe an article")
    selection = Selection(recursive=inputs.recursive, globs=inputs.globs, hidden=inputs.hidden)
    return gather(
        inputs.paths,
        selection,
        files_from=inputs.files_from,
        null=inputs.null,
        stdin=env.stdin,
        on_empty=lambda folder: env.warn(
            folder,
            "no file to read in it (names matching " + " ".join(inputs.globs) + "; see --glob)",
        ),
    )
