"""Inputs of the text filters (`date`, `digits`, `normalize`): arguments, or standard input."""

from __future__ import annotations

from collections.abc import Iterator

import click

from .env import Env


def _check_stdin(env: Env, texts: tuple[str, ...]) -> None:
    if not texts and env.stdin_isatty:  # nothing given and nobody piping: say so, do not hang
        raise click.UsageError("no input: give TEXT arguments, `-`, or pipe lines in")


def text_inputs(env: Env, texts: tuple[str, ...]) -> Iterator[str]:
    """Each argument is one input; with none (or `-`), each line of standard input is one."""
    _check_stdin(env, texts)
    if texts and texts != ("-",):
        yield from texts
        return
    for raw in env.stdin:
        yield raw.decode("utf-8", "surrogateescape").rstrip("\r\n")


def filter_lines(env: Env, texts: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """(text, line end) pairs for a byte-exact filter: undecodable bytes and CRLF survive."""
    _check_stdin(env, texts)
    if texts and texts != ("-",):
        for text in texts:
            yield text, "\n"
        return
    for raw in env.stdin:
        line = raw.decode("utf-8", "surrogateescape")
        body = line.rstrip("\r\n")
        yield body, line[len(body) :]


def write_text(env: Env, text: str) -> None:
    env.stdout.write(text.encode("utf-8", "surrogateescape"))
