"""Options shared by several commands, declared once (one decorator per group of switches)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

DIGIT_CHOICES = ("latin", "arabic", "persian")


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
