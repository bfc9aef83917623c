"""``newsctl state reconcile``: a cron run's ``--state`` rebuilt from the output it appended to.

A run with ``--state --append -o FILE`` stops, having changed nothing, when the state and the
output disagree (a backup of either restored, the state emptied or deleted, the output replaced):
cutting or appending would lose or double records. This command makes them agree again, from the
output, which holds what was delivered: every record's id is remembered, every input named in a
record and still present is marked done, and the output's end is committed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from typing import TYPE_CHECKING, BinaryIO

import click

from .env import Env
from .status import ExitStatus

if TYPE_CHECKING:
    from .state import State

EPILOG = """\b
Examples:
  cd /srv/news && newsctl state reconcile state.db records.jsonl
"""


@click.group("state")
def command() -> None:
    """Rebuild a cron run's --state file from its output."""


@command.command("reconcile", epilog=EPILOG)
@click.argument("state_path", metavar="STATE")
@click.argument("output", metavar="OUTPUT")
@click.option(
    "--wait",
    type=click.FloatRange(min=0),
    default=0.0,
    metavar="SECONDS",
    help="When a run holds the state, wait for it this long.",
)
@click.pass_obj
def reconcile(env: Env, state_path: str, output: str, wait: float) -> int:
    """Rebuild STATE from the records of OUTPUT (a JSON Lines file written with --append).

    Run it from the folder the cron line runs in (the records name their inputs as that line
    does). Every id in OUTPUT is remembered (--dedupe id), every input a record names that still
    exists is marked done as it is now (--new-only; JSON Lines and CSV files, which grow, are read
    again whole, and --dedupe id drops what OUTPUT has), and OUTPUT's end becomes the last commit.
    What STATE remembered before is replaced. OUTPUT itself is not changed.
    """
    from newsctl.reader import growing_format

    from .sinks import Committed, file_ident, tail_hash
    from .state import StateError, StateLocked

    try:
        handle = open(output, "rb")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        if os.path.isfile(state_path) and os.path.getsize(state_path) > 0:
            # a mistyped name would empty a state that remembers what was done: refuse
            env.error(output, f"no such file; {state_path} was left as it was (give the output"
                      " the cron line writes; to start afresh, delete the state)")  # fmt: skip
            return ExitStatus.ERROR
        handle = None  # no output yet: the state starts empty, the next run makes the file
    except OSError as exc:
        env.error(output, (exc.strerror or str(exc)).lower())
        return ExitStatus.ERROR
    committed: Committed | None = None
    ids: dict[str, str] = {}
    inputs: list[str] = []
    records = bad = 0
    partial = False
    if handle is not None:
        with handle:
            ids, inputs, records, bad, end = _read_records(handle)
            info = os.fstat(handle.fileno())
            partial = info.st_size > end  # a half-written last line: the next run cuts it
            committed = Committed(end, file_ident(info), tail_hash(handle.fileno(), end), partial)
    with contextlib.suppress(OSError):
        if os.path.isfile(state_path) and os.path.getsize(state_path) == 0:
            os.unlink(state_path)  # an empty file holds nothing to keep
    try:
        state = _open_cleared(env, state_path, wait)
    except StateLocked as exc:
        env.error(None, str(exc))
        return ExitStatus.LOCKED
    except StateError as exc:
        env.error(None, str(exc))
        return ExitStatus.ERROR
    try:
        for article_id, path in ids.items():
            state.add_id(article_id, path, None)
        done = gone = again = 0
        for path in inputs:
            if growing_format(path) is not None:  # how much of it the output holds is unknown
                again += 1
                continue
            digest = _file_state(path)
            if digest is None:
                gone += 1
                continue
            state.add_input(path, *digest)
            done += 1
        if committed is not None:
            state.set_committed(output, committed)
    except BaseException:
        state.close(commit=False)
        raise
    state.close(commit=True)
    if bad:
        env.warn(output, f"{bad} lines are not newsctl records; they stay in the file")
    gone_note = f" ({gone} no longer exist)" if gone else ""
    if again:
        gone_note += (
            f"; {again} JSON Lines or CSV files will be read again whole (--dedupe id drops the "
            "records the output has)"
        )
    partial_note = "; its half-written last line will be cut by the next run" if partial else ""
    env.say(
        f"newsctl: {state_path} rebuilt from {output}: {records} records, {len(ids)} ids, "
        f"{done} inputs marked done{gone_note}{partial_note}"
    )
    return env.status


def _open_cleared(env: Env, path: str, wait: float) -> State:
    """The state at ``path``, emptied; a damaged one is kept aside as ``PATH.damaged`` and a
    new one made in its place."""
    from .state import State, StateError, StateLocked

    try:
        state = State(path, wait=wait)
    except StateLocked:
        raise
    except StateError:
        state = None
    if state is not None:
        try:
            state.clear()
            return state
        except StateError:
            state.close(commit=False)
    aside = path + ".damaged"
    try:
        os.replace(path, aside)
        for extra in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.replace(path + extra, aside + extra)
    except OSError as exc:
        raise StateError(f"{path}: damaged, and it cannot be moved aside: {exc.strerror}") from None
    env.warn(path, f"damaged: kept aside as {aside}; a new state is made")
    return State(path, wait=wait)


def _read_records(handle: BinaryIO) -> tuple[dict[str, str], list[str], int, int, int]:
    """The ids (with the input of each), the inputs named, the count of records and of lines
    that are not records, and the end of the last whole line."""
    ids: dict[str, str] = {}
    inputs: dict[str, None] = {}
    records = bad = end = 0
    for raw in handle:
        if not raw.endswith(b"\n"):
            break  # a half-written last line
        end += len(raw)
        try:
            record = json.loads(raw)
        except ValueError:
            bad += 1
            continue
        if not isinstance(record, dict):
            bad += 1
            continue
        records += 1
        path = record.get("path")
        if isinstance(path, str) and path != "-":
            path = _input_of(path)
            inputs.setdefault(path, None)
        if isinstance(record.get("id"), str):
            ids.setdefault(record["id"], path if isinstance(path, str) else "-")
    return ids, list(inputs), records, bad, end


def _input_of(path: str) -> str:
    """The input a record's path names: the archive of ``ARCHIVE!MEMBER``."""
    archive, bang, _member = path.partition("!")
    return archive if bang and os.path.isfile(archive) else path


def _file_state(path: str) -> tuple[int, int, str] | None:
    """(size, modification time, sha256) of an input as it is now; None when it is gone."""
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            digest = hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns, digest
