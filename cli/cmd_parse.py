"""``newsctl parse``: articles in, one metadata record per article out."""

from __future__ import annotations

from typing import Any, NamedTuple

import click

from .env import Env
from .formats import FORMATS, Table
from .options import (
    RELATIVE_HELP,
    InputOptions,
    RunOptions,
    digits_option,
    input_options,
    now_option,
    output_options,
    run_options,
    tz_option,
    utc_option,
)
from .runner import Handler, Runner
from .runs import open_runner, sources
from .sinks import (
    AppendSink,
    AtomicFileSink,
    Committed,
    DirectSink,
    Sink,
    agreement,
    output_kind,
)

EPILOG = """\b
Examples:
  newsctl parse samples/abna-mehr-reference.txt
  newsctl parse --format json samples/*.txt
  cat article.txt | newsctl parse - | jq -r .published
  newsctl parse -r samples --format csv --fields path,published,headline -o out.csv
  newsctl parse -r /drop --state state.db --new-only --append -o records.jsonl
  find /drop -name '*.txt' -print0 | newsctl parse --files-from - -0 --jobs 0
  newsctl parse samples/feeds/agency-rss2.rss
  newsctl parse -r feeds/ --state state.db --new-only --dedupe id --append -o items.jsonl
  newsctl parse samples/warc/crawl.warc.gz     (pip install 'newsctl[warc]')
"""


@click.command("parse", epilog=EPILOG)
@input_options
@output_options(*FORMATS)
@click.option("--fields", metavar="A,B,C", help="Keys to output, in this order (every format).")
@click.option("--no-header", is_flag=True, help="CSV/TSV without the header row.")
@click.option(
    "-o", "--output", metavar="FILE", help="Write to FILE (atomically) instead of stdout."
)
@click.option("--append", is_flag=True, help="With -o and jsonl: append whole lines to FILE.")
@digits_option
@tz_option
@utc_option
@now_option(RELATIVE_HELP)
@run_options
@click.pass_obj
def command(env: Env, /, inputs: InputOptions, run: RunOptions, **opts: Any) -> int:
    """Parse articles and print their metadata records.

    Each PATH is an article file (or, with -r, a directory of them), or a URL read through fsspec
    (s3://bucket/drop/*.txt, with the cluster extra); `-` (or no PATH at all) reads one article
    from standard input. Saved web pages (.html, or told by their content) are read
    as a browser shows them. Corpus files (SGML/XML, JSON, JSON Lines, CSV, TSV), news feeds
    (RSS 2.0, RSS 1.0/RDF, Atom: one record per item) and web archives (.warc, .warc.gz: one
    record per HTML page, with the warc extra) give one record each.
    The output is JSON Lines by default (one object per line), or a JSON array, CSV, TSV or a
    table. An input that cannot be read is reported on stderr as `newsctl: PATH: reason`; the
    others are still processed and the exit status is 1.
    """
    fields = check_fields(opts["fields"])
    check_output(opts, run)
    runner = open_runner(
        env,
        inputs,
        run,
        tz=opts["tz"],
        now=opts["now"],
        prepare=Prepare(
            opts["digits"], opts["utc"], opts["fmt"], tuple(fields) if fields else None
        ),
    )
    output: str | None = opts["output"]
    try:
        sink = open_sink(env, opts, runner)
    except Exception:
        runner.abandon()
        raise
    handler = RecordHandler(env, sink, opts, fields)
    appended = output if isinstance(sink, AppendSink) else None
    try:
        runner.run(sources(env, inputs), handler, appended)
        handler.close()
        committed = handler.batch_done()
        if committed is not None:  # the run ends here: no line after this commit is its own
            committed = committed._replace(open=False)
        if isinstance(sink, AtomicFileSink) and runner.ledger.nothing_read() and sink.replaces():
            sink.abort()  # a share not mounted, a mistyped folder: yesterday's file stays
            env.warn(output, "left as it was: no record could be read")
        else:
            sink.commit()
    except BaseException:
        sink.abort()
        runner.abandon()
        raise
    runner.finish(committed, appended)
    return env.status


def check_output(opts: dict[str, Any], run: RunOptions) -> None:
    """Usage errors of the output switches."""
    if opts["append"] and opts["output"] is None:
        raise click.UsageError("--append needs -o/--output FILE")
    if opts["append"] and opts["fmt"] != "jsonl":
        raise click.UsageError("--append works with --format jsonl only (whole lines)")
    if opts["output"] is not None and opts["output"] == run.state:
        raise click.UsageError("-o/--output and --state must be different files")


def open_sink(env: Env, opts: dict[str, Any], runner: Runner) -> Sink:
    """Standard output, a device written directly, a file appended to, or a file replaced
    atomically (through a symbolic link, beside its target)."""
    output: str | None = opts["output"]
    if output is None:
        return Sink(env.stdout)
    kind = output_kind(output, env.stdout_fd())
    if kind in ("stdout", "special") and (opts["append"] or runner.state is not None):
        what = "standard output" if kind == "stdout" else "a device, FIFO or socket"
        flag = "--append" if opts["append"] else "--state"
        raise click.UsageError(
            f"{flag} needs a regular file for -o/--output, and {output} is {what}"
        )
    if kind == "stdout":
        return Sink(env.stdout)
    if kind == "special":
        return DirectSink(output)
    if not opts["append"]:
        return AtomicFileSink(output)
    state = runner.state
    # With a state, the output must be what the state committed (or the run stops here, having
    # touched nothing); what a killed run wrote after its last commit is cut.
    keep = None if state is None else agreement(output, state.committed(output), state.path)
    sink = AppendSink(output, stateful=state is not None, keep=keep)
    if state is not None:
        # Where our lines start (after the repair), before any is written: a run killed before
        # its first commit is cut back to here by the next one.
        state.set_committed(output, sink.committed(sink.marked, open=True))
        state.commit()
    return sink


class Prepared(NamedTuple):
    """An article turned into output bytes in the worker (what the runner and handler need)."""

    path: str | None
    record: str | None
    label: str  # PATH or PATH#RECORD, as messages name it
    id: str | None
    errors: list[Any]
    encoded: bytes
    data: dict[str, Any] | None  # the record itself, only for the table format


class Prepare(NamedTuple):
    """Picklable: to_utc, to_dict and encoding, done in the worker process."""

    digits: str | None
    utc: bool
    fmt: str
    fields: tuple[str, ...] | None

    def __call__(self, article: Any) -> Prepared:
        from .formats import make

        if self.utc:
            article = article.with_utc()
        record = article.to_dict(digits=self.digits)
        encoded = make(self.fmt, self.fields).encode(record)
        table = record if self.fmt == "table" else None
        return Prepared(
            article.path, article.record, article.label, article.id, article.errors, encoded, table
        )


class RecordHandler(Handler):
    def __init__(self, env: Env, sink: Sink, opts: dict[str, Any], fields: list[str] | None):
        from newsctl.articles.record import RECORD_KEYS

        from .formats import make

        self.env = env
        self.sink = sink
        self.formatter = make(
            opts["fmt"], fields, header=not opts["no_header"], columns=RECORD_KEYS
        )
        self.started = False
        self.atomic = isinstance(sink, AtomicFileSink)

    def article(self, article: Any) -> None:
        where = article.label
        for problem in article.errors:
            self.env.error(where, problem.message)
        if not self.started:
            self.sink.write(self.formatter.start())
            self.started = True
        self.sink.write(self.formatter.add(article.encoded, article.data))

    def batch_done(self) -> Committed | None:
        if not isinstance(self.sink, AppendSink):
            self.sink.flush()
            return None
        end = self.sink.end()
        self.sink.mark(end)  # before the state is committed: an abort never cuts below it
        return self.sink.committed(end, open=True)

    def per_batch_commit(self) -> bool:
        return not self.atomic

    def close(self) -> None:
        if not self.started:
            self.sink.write(self.formatter.start())
        self.sink.write(self.formatter.finish())
        if isinstance(self.formatter, Table):
            import io
            import shutil

            table = io.BytesIO()
            color = self.env.stdout_isatty and "NO_COLOR" not in self.env.environ
            width = shutil.get_terminal_size().columns if self.env.stdout_isatty else 120
            self.formatter.draw(table, width=width, color=color)
            self.sink.write(table.getvalue())


def check_fields(value: str | None) -> list[str] | None:
    from newsctl.articles.record import RECORD_KEYS

    if value is None:
        return None
    fields = [f.strip() for f in value.split(",") if f.strip()]
    unknown = [f for f in fields if f not in RECORD_KEYS]
    if unknown or not fields:
        raise click.BadParameter(
            f"unknown field {', '.join(map(repr, unknown)) or '(none given)'}; "
            f"valid fields: {', '.join(RECORD_KEYS)}",
            param_hint="'--fields'",
        )
    return fields
