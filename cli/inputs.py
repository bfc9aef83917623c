"""Inputs of the text filters (`date`, `digits`, `normalize`): arguments, or standard input."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

import click

from newsctl.limits import MAX_LINE_BYTES

from .env import Env


class LineTooLong(click.ClickException):
    """A line of standard input over the limit: the filter stops (exit 1), never growing without
    bound on an endless line (``< /dev/zero``)."""

    exit_code = 1

    def __init__(self, number: int, limit: int) -> None:
        super().__init__(f"standard input: line {number} is longer than {limit} bytes; stopped")

    def format_message(self) -> str:
        return self.message

    def show(self, file: object = None) -> None:
        import sys

        print(f"newsctl: {self.message}", file=file or sys.stderr)  # type: ignore[arg-type]


def stdin_lines(stream: BinaryIO, limit: int = MAX_LINE_BYTES) -> Iterator[bytes]:
    """The lines of a binary stream with their ends, each read no further than ``limit`` bytes
    (so a signal is handled between reads, and memory stays bounded)."""
    number = 0
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        number += 1
        if len(raw) > limit:
            raise LineTooLong(number, limit)
        yield raw


def _check_stdin(env: Env, texts: tuple[str, ...]) -> None:
    if not texts and env.stdin_isatty:  # nothing given and nobody piping: say so, do not hang
        raise click.UsageError("no input: give TEXT arguments, `-`, or pipe lines in")


def text_inputs(env: Env, texts: tuple[str, ...]) -> Iterator[str]:
    """Each argument is one input; with none (or `-`), each line of standard input is one."""
    _check_stdin(env, texts)
    if texts and texts != ("-",):
        yield from texts
        return
    for raw in stdin_lines(env.stdin):
        yield raw.decode("utf-8", "surrogateescape").rstrip("\r\n")


def filter_lines(env: Env, texts: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """(text, line end) pairs for a byte-exact filter: undecodable bytes and CRLF survive."""
    _check_stdin(env, texts)
    if texts and texts != ("-",):
        for text in texts:
            yield text, "\n"
        return
    for raw in stdin_lines(env.stdin):
        line = raw.decode("utf-8", "surrogateescape")
        body = line.rstrip("\r\n")
        yield body, line[len(body) :]


def write_text(env: Env, text: str) -> None:
    env.stdout.write(text.encode("utf-8", "surrogateescape"))
