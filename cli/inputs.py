"""Inputs of the text filters (`date`, `digits`, `normalize`): arguments, or standard input."""

from __future__ import annotations

from collections.abc import Iterator

from .env import Env


def text_inputs(env: Env, texts: tuple[str, ...]) -> Iterator[str]:
    """Each argument is one input; with none (or `-`), each line of standard input is one."""
    if texts and texts != ("-",):
        yield from texts
        return
    for raw in env.stdin:
        yield raw.decode("utf-8", "surrogateescape").rstrip("\r\n")


def filter_lines(env: Env, texts: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """(text, line end) pairs for a byte-exact filter: undecodable bytes and CRLF survive."""
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
