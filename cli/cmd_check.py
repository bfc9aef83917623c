"""``newsctl check``: validate articles and report each problem on its own line."""

from __future__ import annotations

import datetime as dt
from typing import Any

import click

from .env import Env, printable
from .formats import Writer, make
from .options import (
    InputOptions,
    RunOptions,
    format_option,
    input_options,
    now_option,
    run_options,
    tz_option,
)
from .runner import Handler, Outcome
from .runs import open_runner, sources
from .sinks import Sink

_INPUT_CODES = {"empty": "empty-input", "binary": "binary-input"}


def _codes_help() -> str:
    from newsctl.codes import CODES

    return "\n".join(
        f"  {c.name:18} {c.severity:5}  {c.meaning}{'' if c.checked else ' (only with --select)'}"
        for c in CODES.values()
    )


EPILOG = """\b
Examples:
  newsctl check samples/*.txt
  newsctl check -r /drop --ignore no-date --ignore weekday-mismatch
  newsctl check -r /drop --select impossible-date,future-date
  newsctl check --format json -r /drop | jq -r '.[].code' | sort | uniq -c
  newsctl check --list-codes

\b
Codes (severity error: the record is wrong or incomplete; note: worth knowing):
""" + _codes_help()


def _code_list(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> set[str]:
    """Codes given as repeated options and/or comma-separated lists, each one registered."""
    from newsctl.codes import CODES

    names = {n.strip() for v in value for n in v.split(",") if n.strip()}
    unknown = sorted(names - set(CODES))
    if unknown:
        raise click.BadParameter(
            f"unknown code {', '.join(map(repr, unknown))}; see newsctl check --list-codes"
        )
    return names


def _list_codes(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    env: Env = ctx.find_object(Env) or Env.from_sys()
    from newsctl.codes import CODES

    for c in CODES.values():
        default = "checked" if c.checked else "only-with-select"
        env.stdout.write(f"{c.name}\t{c.severity}\t{default}\t{c.meaning}\n".encode())
    env.stdout.flush()
    ctx.exit(0)


@click.command("check", epilog=EPILOG)
@input_options
@format_option(
    "text",
    "text: PATH:LINE: CODE: message; jsonl, json (an array), csv, tsv: path, line, code, message.",
)
@click.option(
    "--select",
    multiple=True,
    callback=_code_list,
    metavar="CODES",
    help="Report only these codes (comma-separated or repeated), as ruff --select does.",
)
@click.option(
    "--ignore",
    multiple=True,
    callback=_code_list,
    metavar="CODES",
    help="Do not report these codes (comma-separated or repeated).",
)
@click.option(
    "--list-codes",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_list_codes,
    help="List every code with its severity and meaning, and exit.",
)
@now_option(
    "What relative phrases (منذ ساعتين) count from, and the limit of future-date, as ISO 8601 "
    "(default: relative phrases stay without a date; future-date: the present clock)."
)
@tz_option
@run_options
@click.pass_obj
def command(env: Env, /, inputs: InputOptions, run: RunOptions, **opts: Any) -> int:
    """Validate articles: one line per problem, exit status 1 when anything is reported.

    Reports dates that are missing, impossible, partial, in the future, or disagree with their
    weekday or Hijri date; missing headlines; a missing source where the layout has a source
    line; repaired encodings; ids already seen in another input; and inputs that are empty,
    binary or unreadable. --select and --ignore choose the codes (see --list-codes).
    """
    runner = open_runner(env, inputs, run, tz=opts["tz"], now=opts["now"])
    handler = CheckHandler(env, opts)
    try:
        runner.run(sources(env, inputs), handler)
        handler.close()
    except BaseException:
        runner.abandon()
        raise
    runner.finish()
    if handler.reported:
        env.fail()
    return env.status


PROBLEM = ("path", "line", "code", "message")  # the keys of a problem in the record formats


class CheckHandler(Handler):
    reports_failures = True  # an unreadable input is a line of the report, not a stderr line

    def __init__(self, env: Env, opts: dict[str, Any]) -> None:
        self.env = env
        self.sink = Sink(env.stdout)
        from newsctl.codes import CODES

        selected = opts["select"] or {c.name for c in CODES.values() if c.checked}
        self.codes = selected - opts["ignore"]
        self.now: dt.datetime = opts["now"] or dt.datetime.now()
        fmt = opts["fmt"]
        self.writer = None if fmt == "text" else Writer(env.stdout, make(fmt, columns=PROBLEM))
        from newsctl.checks import SeenIds

        self.ids = SeenIds()
        self.reported = 0

    def report(
        self, path: str, line: int, code: str, message: str, *, always: bool = False
    ) -> None:
        """One problem, when its code is selected (``always``: an input or record that could
        not be read, which --select and --ignore never hide)."""
        if code not in self.codes and not always:
            return
        self.reported += 1
        if self.writer is not None:
            self.writer.write({"path": path, "line": line, "code": code, "message": message})
        else:
            text = f"{printable(path)}:{line}: {code}: {' '.join(printable(message).split())}"
            self.sink.write((text + "\n").encode("utf-8", "backslashreplace"))

    def failed(self, outcome: Outcome) -> None:
        code = _INPUT_CODES.get(outcome.code or "", "unreadable-input")
        self.report(outcome.path, 1, code, outcome.error or "cannot be read", always=True)

    def article(self, article: Any) -> None:
        from newsctl.checks import future_date

        path = article.label
        for warning in article.warnings:
            self.report(path, warning.line or 1, warning.code, warning.message)
        for found in (future_date(article, self.now), self.ids.check(article, path)):
            if found is not None:
                self.report(path, found.line or 1, found.code, found.message)

    def batch_done(self) -> None:
        self.sink.flush()

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.sink.flush()
