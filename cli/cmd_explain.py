"""``newsctl explain``: why newsctl chose the publication date, the update and the headline."""

from __future__ import annotations

from typing import Any

import click

from .env import Env
from .formats import Writer, make
from .options import (
    RELATIVE_HELP,
    InputOptions,
    RunOptions,
    format_option,
    input_options,
    now_option,
    tz_option,
)
from .runner import Handler
from .runs import open_runner, sources

EPILOG = """\b
Examples:
  newsctl explain samples/page-labelled-date-updated-masthead.txt
  newsctl explain --field published tests/pages/alsaa_1.txt
  newsctl explain --format jsonl article.txt | jq '.choices[0].candidates[0]'

\b
Each candidate is shown with its score and the signals that made it, one per line:
  published: 2 candidates; the first (*) is chosen, reaching the threshold 2
   * +11  line 6: الخميس 12 مايو 2022 - 08:15 م
          +6 label: a publication label stands before it (نشر في, تاريخ النشر)
          ...
"""


@click.command("explain", epilog=EPILOG)
@input_options
@click.option(
    "--field",
    "fields",
    multiple=True,
    type=click.Choice(["published", "updated", "headline"]),
    help="Explain only this choice (repeatable; default: all three).",
)
@format_option(
    "text",
    "text: for people; jsonl: one object per article per line; json: an array of them.",
    machine=("jsonl", "json"),
)
@tz_option
@now_option(RELATIVE_HELP)
@click.pass_obj
def command(env: Env, /, inputs: InputOptions, **opts: Any) -> int:
    """Explain the choices of date and headline: every candidate, its signals and its score.

    newsctl chooses the publication date, the update and the headline among candidates, by
    signals with names and weights (a label before a date, nearness to the headline, a list of
    other articles, a headline printed twice ...). This prints them, so that a reader who
    disagrees with a record sees why it says what it says.
    """
    runner = open_runner(env, inputs, RunOptions(quiet=True), tz=opts["tz"], now=opts["now"])
    handler = ExplainHandler(env, opts)
    runner.run(sources(env, inputs), handler)
    handler.close()
    runner.finish()
    return env.status


class ExplainHandler(Handler):
    def __init__(self, env: Env, opts: dict[str, Any]) -> None:
        self.env = env
        self.fields = set(opts["fields"]) or {"published", "updated", "headline"}
        fmt = opts["fmt"]
        self.writer = None if fmt == "text" else Writer(env.stdout, make(fmt))

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()

    def article(self, article: Any) -> None:
        where = article.label
        choices = [c for c in article.choices if c.field in self.fields]
        if self.writer is not None:
            self.writer.write({"path": article.path, "record": article.record,
                               "choices": [c.to_dict() for c in choices]})  # fmt: skip
            return
        lines = [f"== {where}"]
        for choice in choices:
            lines.extend(choice.lines())
        self.env.stdout.write(("\n".join(lines) + "\n\n").encode("utf-8"))
        self.env.stdout.flush()
