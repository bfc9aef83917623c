"""``newsctl zones``: the place names newsctl reads as time zones."""

from __future__ import annotations

import click

from .env import Env

EPILOG = """\b
Examples:
  newsctl zones
  newsctl zones | grep Tehran
"""


@click.command("zones", epilog=EPILOG)
@click.pass_obj
def command(env: Env) -> int:
    """List the zone words (cities, countries, Greenwich) and the IANA zone each stands for.

    Any of these, or any IANA name (Asia/Tehran), is accepted by --tz.
    """
    from newsctl.dates.zones import ZONE_WORDS

    for zone, words in ZONE_WORDS.items():
        env.stdout.write(f"{zone}\t{'، '.join(words)}\n".encode())
    env.stdout.flush()
    return env.status
