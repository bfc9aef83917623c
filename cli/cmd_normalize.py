"""``newsctl normalize``: text made uniform for search and matching, step by step."""

from __future__ import annotations

from collections.abc import Callable

import click

from .env import Env
from .inputs import filter_lines, write_text
from .options import F

EPILOG = """\b
Examples:
  newsctl normalize 'صـباحًا ١٢ ﻻ'                 # صباحا 12 لا
  newsctl normalize --alef --maqsura --teh < article.txt | grep -c 'الي'
  newsctl normalize --no-digits --no-diacritics < quran-quote.txt
"""


def _switch(name: str, default: bool, help_text: str) -> Callable[[F], F]:
    return click.option(f"--{name}/--no-{name}", default=default, show_default=True, help=help_text)


@click.command("normalize", epilog=EPILOG)
@click.argument("texts", nargs=-1, metavar="[TEXT]...")
@_switch("digits", True, "Arabic-Indic and Persian digits to Latin.")
@_switch("tatweel", True, "Remove tatweel stretching a word (a tatweel used as a dash stays).")
@_switch("diacritics", True, "Remove harakat, tanween, shadda, sukun and Quranic marks.")
@_switch("presentation", True, "Decompose presentation forms from PDFs (NFKC, only those).")
@_switch("invisible", True, "Remove bidi controls, zero-width spaces and BOMs (ZWNJ stays).")
@_switch("spaces", True, "No-break and other odd spaces to a plain space.")
@_switch("persian", True, "Persian letters to their Arabic twins (ی to ي, ک to ك).")
@_switch("alef", False, "Fold أ إ آ ٱ to ا (changes letters).")
@_switch("maqsura", False, "Fold ى to ي, never to ا (changes letters).")
@_switch("teh", False, "Fold ة to ه (changes letters).")
@click.pass_obj
def command(env: Env, /, texts: tuple[str, ...], digits: bool, **steps: bool) -> int:
    """Normalize Arabic text for search and matching.

    A filter: standard input to standard output (or each TEXT argument on its own line). The
    default steps change how text is encoded, not which letters it has; the three folding steps
    that change letters (--alef, --maqsura, --teh) are off unless asked for. Latin text,
    punctuation and emoji are never removed.
    """
    from newsctl.text.normalize import Steps, normalize

    chosen = Steps(digits="latin" if digits else None, **steps)
    for text, end in filter_lines(env, texts):
        write_text(env, normalize(text, chosen) + end)
    env.stdout.flush()
    return env.status
