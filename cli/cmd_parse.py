"""``newsctl parse``: articles in, one metadata record per article out."""

from __future__ import annotations

import click

from .env import Env
from .options import digits_option, output_options, tz_option
from .output import RecordWriter

EPILOG = """\b
Examples:
  newsctl parse samples/abna-mehr-reference.txt
  newsctl parse --format json samples/*.txt
  cat article.txt | newsctl parse - | jq -r .published
  newsctl parse --digits arabic --tz Asia/Tehran samples/abna-mehr-reference.txt
"""


@click.command("parse", epilog=EPILOG)
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@output_options("jsonl", "json")
@digits_option
@tz_option
@click.pass_obj
def command(
    env: Env, paths: tuple[str, ...], fmt: str, digits: str | None, tz: str | None, utc: bool
) -> int:
    """Parse articles and print their metadata records.

    Each PATH is an article file; `-` (or no PATH at all) reads one article from standard input.
    The output is one JSON object per line (--format jsonl, the default) or a JSON array
    (--format json). An input that cannot be read is reported on stderr as `newsctl: PATH:
    reason`; the others are still processed and the exit status is 1.
    """
    from newsctl.errors import NewsctlError
    from newsctl.reader import articles_from_bytes, read_bytes

    zone = check_zone(tz)
    writer = RecordWriter(env.stdout, fmt)
    for path in paths or ("-",):
        try:
            data = env.stdin.read() if path == "-" else read_bytes(path)
            articles = articles_from_bytes(data, path=path, tz=zone)
        except NewsctlError as exc:
            env.error(path, str(exc))
            continue
        for article in articles:
            if utc:
                article.to_utc()
            where = path if article.record is None else f"{path}#{article.record}"
            for problem in article.errors:
                env.error(where, problem.message)
            writer.write(article.to_dict(digits=digits))  # type: ignore[arg-type]
    writer.close()
    return env.status


def check_zone(tz: str | None) -> str | None:
    if tz is None:
        return None
    from newsctl.errors import UnknownZoneError
    from newsctl.zones import resolve_zone

    try:
        return resolve_zone(tz)
    except UnknownZoneError as exc:
        raise click.BadParameter(str(exc), param_hint="'--tz'") from None
