"""``newsctl date``: Arabic date strings in, ISO values (or objects) out, one per input."""

from __future__ import annotations

import datetime as dt

import click

from .env import Env
from .formats import Writer, make
from .inputs import text_inputs
from .options import format_option, now_option, tz_option, utc_option

# The keys of a date's object (jsonl, json, csv, tsv), in order.
DATE_KEYS = ("input", "date", "time", "utc_offset", "hijri", "calendar", "weekday", "relative",
             "forms", "warnings")  # fmt: skip

EPILOG = """\b
Examples:
  newsctl date 'الأربعاء ١٩ يناير ٢٠٢٢ ٧:١٣:٤١ م'        # 2022-01-19T19:13:41
  newsctl date --to hijri 2022-01-19                    # 1443-06-16
  newsctl date --to gregorian '16 جمادى الآخرة 1443 هـ'   # 2022-01-19
  newsctl date '٧:١٣ م ١٩ كانون الثاني ٢٠٢٢ بتوقيت طهران'  # 2022-01-19T19:13+03:30
  newsctl date --tz Asia/Tehran --utc '19 يناير 2022 7:13 م'  # 2022-01-19T15:43+00:00
  newsctl date --now 2022-01-20T12:00 'منذ 3 أيام'      # 2022-01-17
  newsctl date --format jsonl < dates.txt | jq .hijri
"""


@click.command("date", epilog=EPILOG)
@click.argument("texts", nargs=-1, metavar="[TEXT]...")
@format_option(
    "iso",
    "iso: one value per line; jsonl, json (an array), csv, tsv: objects with every field.",
)
@click.option(
    "--to",
    "target",
    type=click.Choice(["gregorian", "hijri", "jalali"]),
    default=None,
    help="Print the date (no time) in this calendar.",
)
@now_option("Reference time for relative dates (منذ 3 أيام, أمس); default: now.")
@tz_option
@utc_option
@click.pass_obj
def command(
    env: Env,
    texts: tuple[str, ...],
    fmt: str,
    target: str | None,
    now: dt.datetime | None,
    tz: str | None,
    utc: bool,
) -> int:
    """Read Arabic dates and print them as ISO 8601.

    Each TEXT is one date string; with none (or `-`), each line of standard input is one. Every
    month system (Egyptian, Levantine, Maghrebi, Moroccan, English), Hijri with هـ or الموافق,
    Solar Hijri, any digits, times with ص/م, zones in words and relative dates are read. A string
    that holds no date, or an impossible one (31 فبراير), is reported on stderr and skipped; the
    exit status is then 1.
    """
    from newsctl.dates.parse import parse_date
    from newsctl.errors import DateError, NewsctlError
    from newsctl.text.chars import excerpt

    zone = tz
    writer = Writer(env.stdout, make(fmt, columns=DATE_KEYS)) if fmt != "iso" else None
    for text in text_inputs(env, texts):
        if not text.strip():
            continue
        try:
            result = parse_date(text, now=now, tz=zone)
            if utc:
                result = result.to_utc()
            value = result.converted(target) if target else result.iso()  # type: ignore[arg-type]
        except DateError as exc:
            fragment = exc.fragment
            where = f" (in {excerpt(fragment)})" if fragment and fragment != text else ""
            env.error(excerpt(text), f"{exc}{where}")
            continue
        except NewsctlError as exc:
            env.error(excerpt(text), str(exc))
            continue
        for code, message in result.warnings:
            env.warn(excerpt(text), f"{code}: {message}")
        if writer is None:
            env.stdout.write((value + "\n").encode("utf-8"))
        else:
            writer.write({"input": text, **result.to_dict()})
    if writer is not None:
        writer.close()
    env.stdout.flush()
    return env.status
