"""``newsctl digits``: write every digit in one system, leave every other byte alone."""

from __future__ import annotations

import click

from newsctl.text.digits import DIGIT_SYSTEMS

from .env import Env
from .inputs import filter_lines, write_text

EPILOG = """\b
Examples:
  newsctl digits '١٩ يناير ٢٠٢٢'                  # 19 يناير 2022
  newsctl digits --to arabic < article.txt > arabic-digits.txt
  echo '3.5 و 1,200' | newsctl digits --to arabic --separators   # ٣٫٥ و ١٬٢٠٠
"""


@click.command("digits", epilog=EPILOG)
@click.argument("texts", nargs=-1, metavar="[TEXT]...")
@click.option(
    "--to",
    "target",
    type=click.Choice(DIGIT_SYSTEMS),
    default="latin",
    show_default=True,
    help="The digit system to write.",
)
@click.option(
    "--separators",
    is_flag=True,
    help="Also convert decimal and thousands separators between digits (. , <-> ٫ ٬).",
)
@click.pass_obj
def command(env: Env, texts: tuple[str, ...], target: str, separators: bool) -> int:
    """Convert digits between Latin, Arabic-Indic and Persian.

    A filter: standard input to standard output (or each TEXT argument on its own line). Only
    digits change (and, with --separators, the separators between them); every other character,
    line ending and undecodable byte is written back unchanged.
    """
    from newsctl.text.digits import convert_digits

    for text, end in filter_lines(env, texts):
        write_text(env, convert_digits(text, target, separators=separators) + end)  # type: ignore[arg-type]
    env.stdout.flush()
    return env.status
