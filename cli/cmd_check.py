"""``newsctl check``: validate articles and report each problem on its own line."""

from __future__ import annotations

import datetime as dt
from typing import Any

import click

from .env import Env
from .formats import Formatter
from .options import input_options, now_option, report_format_option, run_options
from .runner import Handler, Outcome
from .runs import check_usage, check_zone, open_runner, sources
from .sinks import Sink

# code -> what it means; `newsctl check --help` and the README list them.
CODES = {
    "no-date": "no publication date found",
    "impossible-date": "a date that does not exist (31 فبراير) or is out of range",
    "weekday-mismatch": "the stated weekday is not the date's",
    "hijri-mismatch": "a stated Hijri date differs from Umm al-Qura",
    "partial-date": "a day and month without a year",
    "future-date": "published after --now",
    "missing-headline": "no headline",
    "missing-source": "no source (المصدر) line",
    "encoding-repaired": "mojibake was repaired",
    "duplicate-id": "an article id already seen in another input",
    "empty-input": "an empty or whitespace-only input",
    "binary-input": "binary data, not text",
    "unreadable-input": "missing, unreadable, undecodable or too large",
}
_INPUT_CODES = {"empty": "empty-input", "binary": "binary-input"}
_FROM_WARNINGS = {
    "no-date", "impossible-date", "weekday-mismatch", "hijri-mismatch", "partial-date",
    "missing-headline", "encoding-repaired",
}  # fmt: skip

EPILOG = """\b
Examples:
  newsctl check samples/*.txt
  newsctl check -r /drop --ignore missing-source --ignore no-date
  newsctl check --format json -r /drop | jq -r '.[].code' | sort | uniq -c

\b
Codes:
""" + "\n".join(f"  {code:18} {meaning}" for code, meaning in CODES.items())


@click.command("check", epilog=EPILOG)
@input_options
@report_format_option("text: PATH:LINE: CODE: message; json: an array of objects.")
@click.option(
    "--ignore",
    multiple=True,
    type=click.Choice(list(CODES)),
    metavar="CODE",
    help="Do not report this code (repeatable).",
)
@now_option("Reference for future-date (default: now).")
@click.option("--tz", "tz", metavar="ZONE", help="Zone of times that name none.")
@run_options
@click.pass_obj
def command(env: Env, /, **opts: Any) -> int:
    """Validate articles: one line per problem, exit status 1 when anything is reported.

    Reports dates that are missing, impossible, partial, in the future, or disagree with their
    weekday or Hijri date; missing headlines and sources; repaired encodings; ids already seen in
    another input; and inputs that are empty, binary or unreadable.
    """
    opts.update(append=False, output=None)
    check_usage(opts)
    runner = open_runner(env, opts, check_zone(opts["tz"]))
    handler = CheckHandler(env, opts)
    try:
        runner.run(sources(env, opts), handler)
        handler.close()
    except BaseException:
        runner.abandon()
        raise
    runner.finish()
    if handler.reported:
        env.fail()
    return env.status


class CheckHandler(Handler):
    reports_failures = True  # an unreadable input is a line of the report, not a stderr line

    def __init__(self, env: Env, opts: dict[str, Any]) -> None:
        self.env = env
        self.sink = Sink(env.stdout)
        self.ignore = set(opts["ignore"])
        self.now: dt.datetime = opts["now"]
        self.json = opts["fmt"] == "json"
        self.formatter = Formatter("json", None) if self.json else None
        self.ids: dict[str, str] = {}
        self.reported = 0

    def report(self, path: str, line: int, code: str, message: str) -> None:
        if code in self.ignore:
            return
        self.reported += 1
        if self.formatter is not None:
            problem = {"path": path, "line": line, "code": code, "message": message}
            self.sink.write(self.formatter.record(problem))
        else:
            self.sink.write(f"{path}:{line}: {code}: {' '.join(message.split())}\n".encode())

    def failed(self, outcome: Outcome) -> None:
        code = _INPUT_CODES.get(outcome.code or "", "unreadable-input")
        self.report(outcome.path, 1, code, outcome.error or "cannot be read")

    def article(self, article: Any) -> None:
        path = article.path if article.record is None else f"{article.path}#{article.record}"
        for warning in article.warnings:
            if warning.code in _FROM_WARNINGS:
                self.report(path, warning.line or 1, warning.code, warning.message)
        published = next((d for d in article.dates if d.role == "published"), None)
        line = published.line if published else 1
        if article.date is not None and article.date > self.now.date():
            self.report(
                path,
                line,
                "future-date",
                f"published {article.published}, after {self.now.isoformat(timespec='minutes')}",
            )
        if article.source is None:
            self.report(path, 1, "missing-source", "no source (المصدر) line")
        if article.id is not None:
            first = self.ids.setdefault(article.id, path)
            if first != path:
                self.report(path, 1, "duplicate-id", f"id {article.id} was already in {first}")

    def batch_done(self) -> None:
        self.sink.flush()

    def close(self) -> None:
        if self.formatter is not None:
            self.sink.write(self.formatter.finish())
        self.sink.flush()
