"""Running many inputs: batches, worker processes, the cron state, progress, fail-fast.

Inputs are taken in batches; each batch is parsed (in ``--jobs`` worker processes, results kept
in input order), handed to the command, then written out and made durable before the state that
covers it is committed.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from newsctl import files
from newsctl.articles.corpus import RecordError
from newsctl.articles.warc import RecordNote
from newsctl.errors import NewsctlError, unforeseen

from .env import Env
from .ledger import Ledger
from .sources import Source

if TYPE_CHECKING:
    from newsctl.articles.record import Article
    from newsctl.errors import InputError

    from .cluster import Cluster
    from .progress import Bar
    from .sinks import Committed
    from .state import State
    from .workers import Workers

BATCH = 2048


class Options(NamedTuple):
    max_bytes: int
    tz: str | None = None
    jobs: int = 1
    state: str | None = None
    new_only: bool = False
    dedupe: bool = False
    wait: float = 0.0
    fail_fast: bool = False
    quiet: bool = False
    settle: float = 0.0  # files modified less than this many seconds ago are left for later
    now: dt.datetime | None = None  # what relative phrases count from (a record: its own date)
    mapping: tuple[tuple[str, str], ...] = ()  # --map: our field -> a corpus's own name for it
    # Done in the worker to each article before it is sent back (picklable): `parse` turns
    # articles into records there, so the main process only writes them out.
    prepare: Callable[[Article], Any] | None = None
    scheduler: str | None = None  # --scheduler: the batches run on a Dask cluster (cli/cluster)
    read_on_workers: bool = False


class Outcome(NamedTuple):
    """What reading one input gave: its articles, or the reason it could not be read."""

    path: str
    # Article (or what Options.prepare made of it) or RecordError; a corpus file's are read
    # one at a time as the command takes them
    articles: Iterable[Any] = ()
    error: str | None = None
    code: str | None = None
    size: int = 0
    mtime_ns: int = 0
    sha256: str = ""
    window: Any = None  # newsctl.reader.Window: the part of a growing file that was read


def read_input(
    path: str,
    data: bytes | None,
    options: Options,
    digest: bool = False,
) -> Outcome:
    """Read and parse one input (in a worker process, or in the main one for stdin)."""
    from newsctl.reader import (
        items_from_bytes,
        long_article,
    )

    size = mtime_ns = 0
    try:
        if data is None:
            info = files.stat(path)
            size, mtime_ns = info.st_size, info.st_mtime_ns
            long = long_article(path, max_bytes=options.max_bytes, tz=options.tz, now=options.now,
                                mapping=dict(options.mapping))  # fmt: skip
            if long is not None:  # read only as far as it is parsed: its start
                after = files.stat(path)
                if (after.st_size, after.st_mtime_ns) != (size, mtime_ns):
                    return Outcome(path, error=UNSETTLED, code="unsettled")
                sha256 = _file_sha256(path) if digest else ""
                made = [_prepared(item, options.prepare) for item in long]
                return Outcome(path, made, None, None, size, mtime_ns, sha256)
            loaded = load_bytes(path, options, info)
            if isinstance(loaded, Outcome):
                return loaded
            data = loaded
        sha256 = ""
        if digest:  # only the state needs it
            import hashlib

            sha256 = hashlib.sha256(data).hexdigest()
        items = items_from_bytes(
            data, path=path, tz=options.tz, now=options.now, mapping=dict(options.mapping)
        )
        made = [_prepared(item, options.prepare) for item in items]
        return Outcome(path, made, None, None, size, mtime_ns, sha256)
    except Exception as exc:  # one input must never end the run
        return failed(path, exc)


def load_bytes(path: str, options: Options, info: files.Facts) -> bytes | Outcome:
    """A file's bytes, read as the workers parse them (here, or by a cluster's client), or its
    outcome without them: streamed here (a corpus file, a page over the limit), or left for a
    later run (it changed while it was read, ``info`` being how it was before)."""
    from newsctl.errors import InputError
    from newsctl.reader import compression_of, corpus_format_of, read_bytes, streamable

    try:
        data = read_bytes(path, max_bytes=options.max_bytes)
    except InputError as exc:  # a corpus file or a page is streamed whatever its size
        if exc.code == "too-large" and streamable(path):
            return Outcome(path, code=STREAM)
        raise
    if corpus_format_of(data):  # a corpus in a .txt: streamed by the main process
        return Outcome(path, code=STREAM)
    after = files.stat(path)
    grown = len(data) != info.st_size and compression_of(path) is None
    if grown or (after.st_size, after.st_mtime_ns) != (info.st_size, info.st_mtime_ns):
        return Outcome(path, error=UNSETTLED, code="unsettled")
    return data


class RunError(NewsctlError):
    """The run itself cannot go on, whatever input it reads (a cluster lost): never turned into
    one input's failure."""


def failed(path: str, exc: Exception) -> Outcome:
    """The outcome of an input whose reading raised ``exc``: one reason, never a traceback."""
    from newsctl.errors import InputError

    if isinstance(exc, RunError):
        raise exc
    if isinstance(exc, InputError):
        return input_error(path, exc)
    if isinstance(exc, NewsctlError):
        return Outcome(path, error=str(exc), code="unreadable")
    if isinstance(exc, OSError):
        return Outcome(path, error=(exc.strerror or str(exc)).lower(), code="unreadable")
    return Outcome(path, error=unforeseen(exc), code="internal")


def file_facts(path: str, digest: bool) -> tuple[files.Facts, str]:
    """A file's size and time, and its content's sha256 when the state needs it."""
    info = files.stat(path)
    return info, _file_sha256(path) if digest else ""


def guarded(items: Iterable[Any]) -> Iterator[Any]:
    """The items of a corpus stream; an unforeseen exception while reading one ends that input
    with a RecordError (the run goes on with the next input)."""
    iterator = iter(items)
    while True:
        try:
            item = next(iterator)
        except StopIteration:
            return
        except RunError:
            raise
        except Exception as exc:  # one input must never end the run
            yield RecordError(None, f"breaks off: {unforeseen(exc)}")
            return
        yield item


def read_corpus(
    path: str, options: Options, digest: bool = False, window: Any = None
) -> Outcome:
    """A corpus file, read in this process record by record as the command takes them (memory
    does not grow with the file; ``window``: the part of a growing file to read)."""
    from newsctl.reader import iter_items

    try:
        info, sha256 = file_facts(path, digest)
        items = iter_items(
            path,
            max_bytes=options.max_bytes,
            tz=options.tz,
            now=options.now,
            mapping=dict(options.mapping),
            window=window,
        )
        first = next(items, None)  # a file that cannot be read at all fails here, as a whole
    except Exception as exc:  # one input must never end the run
        return failed(path, exc)
    read = items if first is None else itertools.chain((first,), items)
    made = guarded(_prepared(item, options.prepare) for item in read)
    return Outcome(path, made, None, None, info.st_size, info.st_mtime_ns, sha256, window)


SPLIT_FORMATS = frozenset({"sgml", "json", "jsonl", "csv", "tsv"})  # what CorpusRecords reads
RECORDS_PER_BATCH = 256  # records of a corpus file parsed together by a worker
BATCH_CHARS = 8 << 20  # and no more text than this in one batch of records
ParseBatches = Callable[[Iterator[list[Any]], str, str, str], Iterator[list[Any]]]


def split_corpus(path: str, options: Options, digest: bool, parse: ParseBatches) -> Outcome:
    """A corpus file read here as a stream of records, the records parsed elsewhere (worker
    processes, a cluster) by ``parse``, which answers each batch with its parsed items in order:
    the outcome ``read_corpus`` gives, byte for byte, the same failures included."""
    from newsctl.reader import CorpusRecords, corpus_format

    records: CorpusRecords | None = None
    try:
        info, sha256 = file_facts(path, digest)
        if corpus_format(path, look=True) not in SPLIT_FORMATS:  # feeds, archives: read here
            return read_corpus(path, options, digest)
        records = CorpusRecords(path, max_bytes=options.max_bytes, mapping=dict(options.mapping))
        if records.fmt not in SPLIT_FORMATS:  # not a corpus file after all (it changed), or
            records.close()  # one whose records are not split: read as --jobs 1 does
            return read_corpus(path, options, digest)
        stream = iter(records)
        first = next(stream, None)  # a file that is no corpus of articles fails here, whole
    except Exception as exc:  # one input must never end the run
        if records is not None:
            records.close()
        return failed(path, exc)
    read = stream if first is None else itertools.chain((first,), stream)
    fmt, encoding = records.fmt, records.encoding

    def items() -> Iterator[Any]:
        assert records is not None
        try:
            for parsed in parse(_record_batches(read), path, fmt, encoding):
                yield from parsed
        finally:
            records.close()

    return Outcome(path, guarded(items()), None, None, info.st_size, info.st_mtime_ns, sha256)


def _record_batches(read: Iterator[Any]) -> Iterator[list[Any]]:
    batch: list[Any] = []
    chars = 0
    for item in read:
        batch.append(item)
        fields = getattr(item, "fields", None)
        chars += len(fields.get("text") or "") if fields is not None else 0
        if len(batch) >= RECORDS_PER_BATCH or chars >= BATCH_CHARS:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def parse_records(
    items: list[Any], path: str, fmt: str, encoding: str, options: Options
) -> list[Any]:
    """Records of a corpus file, parsed as ``newsctl.reader.iter_items`` parses them."""
    from newsctl.parser import Start, record_item

    out: list[Any] = []
    for item in items:
        if isinstance(item, RecordError):
            out.append(item)
            continue
        start = Start(path, encoding)
        made = record_item(item, path=path, tz=options.tz, now=options.now, fmt=fmt, start=start)
        if isinstance(made, RecordError) or options.prepare is None:
            out.append(made)
            continue
        try:
            out.append(options.prepare(made))
        except Exception as exc:  # one record must never end the run, wherever it is parsed
            out.append(RecordError(item.number, unforeseen(exc)))
    return out


def _file_sha256(path: str) -> str:
    import hashlib

    digest = hashlib.sha256()
    with files.open_binary(path) as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


# What the command line adds to a library message: the option that changes the outcome.
OPTION_HINTS = {"too-large": "--max-bytes"}


def input_error(path: str, exc: InputError) -> Outcome:
    hint = OPTION_HINTS.get(exc.code or "")
    return Outcome(path, error=f"{exc} ({hint})" if hint else str(exc), code=exc.code)


def _prepared(item: Any, prepare: Callable[[Article], Any] | None) -> Any:
    from newsctl.articles.corpus import RecordError
    from newsctl.articles.warc import RecordNote

    if prepare is None or isinstance(item, RecordError | RecordNote):
        return item
    return prepare(item)


# Files that hold something else than articles: under -r a note and a skip, named alone a failure.
NOT_ARTICLES = {"not-articles": "not-corpus", "own-output": "own-output"}
STREAM = "stream"  # the outcome of a corpus file found by a worker: the main process streams it
UNSETTLED = "changed while it was read (still being written?); left for a later run"

WorkItem = tuple[str, Options, bool]
RecordsItem = tuple[list[Any], str, str, str, Options]  # a batch of records of a corpus file


def _work(task: WorkItem) -> Outcome:
    path, options, digest = task
    return read_input(path, None, options, digest)


def _work_records(task: RecordsItem) -> list[Any]:
    return parse_records(*task)


class Handler:
    """What a command does with the results; the runner calls these in input order."""

    reports_failures = False  # True: the handler reports unreadable inputs itself

    def article(self, article: Article) -> None:
        raise NotImplementedError

    def failed(self, outcome: Outcome) -> None:
        """An input that could not be read (reported by the runner already)."""

    def batch_done(self) -> Committed | None:
        """Everything handed over so far is written out; for an appended file, where it now
        ends (made durable: the state is committed next)."""
        return None

    def per_batch_commit(self) -> bool:
        """Whether the state may be committed after each batch (not for atomic output files)."""
        return True


class Runner:
    def __init__(self, env: Env, options: Options) -> None:
        """Opens (and locks) the state first, so a second run stops before touching output."""
        self.env = env
        self.options = options
        self.state: State | None = None
        if options.state is not None:
            from .state import State

            self.state = State(options.state, wait=options.wait)
        self.workers: Workers | Cluster | None = None
        self.record_workers: Workers | None = None  # --jobs: the records of big corpus files
        self.bar: Bar | None = None
        self.stopped = False
        self.ids: set[str] = set()
        self.ledger = Ledger()
        self.reported = False  # the command reports failed inputs in its own output

    # --- the run

    def run(self, sources: Iterable[Source], handler: Handler, output: str | None = None) -> None:
        """Every input, batch by batch; with a state, each batch is committed once its records
        are written and ``handler.batch_done`` made them durable (``output``: an appended file
        whose committed end the state keeps)."""
        self.reported = handler.reports_failures
        items, self.bar = self._with_progress(sources)
        try:
            for batch in _batches(items, BATCH):
                self._batch(batch, handler)
                committed = handler.batch_done()
                if self.state is not None and handler.per_batch_commit():
                    if output is not None and committed is not None:
                        self.state.set_committed(output, committed)
                    self.state.commit()
                if self.stopped:
                    break
        except BaseException:
            self._stop_workers(now=True)
            if self.state is not None:
                self.state.close(commit=False)
                self.state = None
            raise
        finally:
            if self.bar is not None:
                self.bar.stop()
                self.bar = None
        self._stop_workers(now=False)

    def finish(self, committed: Committed | None = None, output: str | None = None) -> None:
        """After the command made its output durable: commit and release the state, and say
        what was not recorded (one line, even under --quiet)."""
        if self.state is not None:
            if output is not None and committed is not None:
                self.state.set_committed(output, committed)
            self.state.close(commit=True)
            self.state = None
        if not self.ledger.complete(reported=self.reported):
            self.env.say("newsctl: " + self.ledger.summary())

    def abandon(self) -> None:
        if self.state is not None:
            self.state.close(commit=False)
            self.state = None

    # --- one batch

    def _batch(self, batch: list[Source], handler: Handler) -> None:
        self.ledger.inputs += len(batch)
        todo = [s for s in batch if s.error is not None or self._wanted(s)]
        skipped = len(batch) - len(todo)
        if self.bar is not None and skipped:
            self.bar.advance(skipped)
        outcomes = self._outcomes([s for s in todo if s.error is None])
        for source in todo:  # in input order, the inputs that failed early included
            if source.error is not None:
                outcome = Outcome(source.path, error=source.error, code="missing")
            else:
                outcome = next(outcomes)
            if self.bar is not None:
                self.bar.advance()
            if outcome.code == STREAM:
                outcome = self._read_corpus(
                    outcome.path, self.state is not None, self._window(outcome.path)
                )
            if outcome.code == "unsettled":
                self.env.warn(outcome.path, outcome.error or UNSETTLED)
                self.ledger.skip("later")
                continue
            if outcome.code in NOT_ARTICLES and source.walked:
                # a folder's index, its newsctl records: not articles, said and skipped
                self.env.warn(outcome.path, f"skipped: {outcome.error}")
                self.ledger.skip(NOT_ARTICLES[outcome.code])
                continue
            if outcome.error is not None:
                self._fail(outcome, handler)
                if self.stopped:
                    return
                continue
            window = outcome.window
            if self.state is not None and outcome.path != "-":
                fresh = window is None or window.start == 0  # a file read on is new content
                if self.options.new_only and fresh and self.state.done_content(outcome.sha256):
                    # the same content under another name, or touched but unchanged: said once,
                    # then done as it is now (the next run passes it over without a word)
                    self.ledger.skip("same-content")
                    if window is None:
                        self.state.add_input(
                            outcome.path, outcome.size, outcome.mtime_ns, outcome.sha256
                        )
                    continue
                if window is None:
                    self.state.add_input(
                        outcome.path, outcome.size, outcome.mtime_ns, outcome.sha256
                    )
            self.ledger.read += 1
            taken = 0
            for article in outcome.articles:
                if isinstance(article, RecordNote):  # records skipped, say: no error
                    self.env.warn(outcome.path, article.message)
                    continue
                taken += 1
                if isinstance(article, RecordError):
                    label = article.where(outcome.path)
                    self.ledger.failed_records += 1
                    self._fail(Outcome(label, error=article.message, code="record"), handler)
                    if self.stopped:
                        return
                    continue
                if self._duplicate(article):
                    self.ledger.duplicates += 1
                    continue
                self.ledger.records += 1
                handler.article(article)
                if self.options.fail_fast and article.errors:
                    self.stopped = True
                    return
            if window is not None and self.state is not None:
                self._grown(outcome, taken)

    def _window(self, path: str) -> Any:
        """With a state, the part of a growing file (JSON Lines, CSV) to read: up to its last
        whole line, and, with --new-only, from where an earlier run's read ended when the file
        only grew since (a file rewritten in place is read again whole, with a note)."""
        from newsctl.articles.corpus import Before
        from newsctl.reader import Window, growing_format, prefix_facts, whole_end

        fmt = growing_format(path) if self.state is not None and not files.is_url(path) else None
        if fmt is None or self.state is None:
            return None
        try:
            size = os.stat(path).st_size
            end = whole_end(path, fmt, size)
            if end < size:
                self.env.warn(path, "its last line is unfinished; left for a later run")
            done = self.state.input(path) if self.options.new_only else None
            if done is None or done.records is None or done.lines is None:
                return Window(0, end)
            if done.size <= end and prefix_facts(path, done.size)[0] == done.sha256:
                return Window(done.size, end, Before(done.records, done.lines))
        except OSError:
            return None  # reading it will say why
        self.env.warn(path, "changed since an earlier run read it (not only grown): read again")
        return Window(0, end)

    def _grown(self, outcome: Outcome, taken: int) -> None:
        """Remember how far a growing file was read: the next run reads on from there."""
        from newsctl.reader import prefix_facts

        window = outcome.window
        assert self.state is not None
        try:
            sha256, lines = prefix_facts(outcome.path, window.end)
        except OSError:
            return  # gone while read: the next run will say so
        records = window.before.records + taken
        self.state.add_input(
            outcome.path, window.end, outcome.mtime_ns, sha256, records, lines
        )

    def _wanted(self, source: Source) -> bool:
        """Whether to read ``source``: not when --new-only knows it unchanged, nor while it may
        still be being written (modified less than --settle seconds ago)."""
        options = self.options
        if source.path == "-" or (self.state is None and not options.settle):
            return True
        try:
            info = files.stat(source.path)
        except OSError:
            return True  # reading it will say why it cannot be read
        if options.settle:
            import time

            age = time.time() - info.st_mtime
            if -options.settle < age < options.settle:
                self.env.warn(
                    source.path,
                    f"modified {max(age, 0):.1f} s ago, maybe still being written; "
                    "left for a later run",
                )
                self.ledger.skip("later")
                return False
        state = self.state
        if state is not None and options.new_only and state.done(
            source.path, info.st_size, info.st_mtime_ns
        ):
            self.ledger.skip("done")
            return False
        return True

    def _duplicate(self, article: Article) -> bool:
        """With --dedupe id: whether the id was seen; the state remembers every id anyway."""
        if article.id is None:
            return False
        state = self.state
        if self.options.dedupe:
            if article.id in self.ids or (state is not None and state.seen_id(article.id)):
                return True
            self.ids.add(article.id)
        if state is not None:
            state.add_id(article.id, article.path or "-", article.record)
        return False

    def _fail(self, outcome: Outcome, handler: Handler) -> None:
        if outcome.code != "record":
            self.ledger.skip("failed")
        if handler.reports_failures:
            self.env.fail()
        else:
            self.env.error(outcome.path, outcome.error or "cannot be read")
        handler.failed(outcome)
        if self.options.fail_fast:
            self.stopped = True

    def _outcomes(self, tasks: list[Source]) -> Iterator[Outcome]:
        """The outcome of each input, in order: corpus files (by their names; by their first
        bytes, once a worker has looked) read here as a stream, other files in the worker
        processes, standard input here."""
        from newsctl.reader import corpus_format

        options = self.options
        digest = self.state is not None
        streamed = {s.path for s in tasks if s.path != "-" and corpus_format(s.path)}
        files: list[WorkItem] = [
            (s.path, options, digest) for s in tasks if s.path != "-" and s.path not in streamed
        ]
        workers = self._workers() if len(files) > 1 or options.scheduler else None
        results = workers.map(files) if workers is not None else map(_work, files)
        for source in tasks:
            if source.path == "-":
                yield self._stdin()
            elif source.path in streamed:
                yield self._read_corpus(source.path, digest, self._window(source.path))
            else:
                yield next(results)

    def _stdin(self) -> Outcome:
        from newsctl.errors import InputError
        from newsctl.reader import read_stream

        options = self.options
        try:
            data = read_stream(self.env.stdin, max_bytes=options.max_bytes)
        except InputError as exc:
            return input_error("-", exc)
        return read_input("-", data, options)

    def _read_corpus(self, path: str, digest: bool, window: Any = None) -> Outcome:
        """A corpus file streamed here (``window``: the part of a growing file to read, read
        here), its records parsed on the cluster, or, with --jobs, in worker processes."""
        if window is not None:
            return read_corpus(path, self.options, digest, window)
        if self.options.scheduler is not None:
            return self._cluster().read_corpus(path, digest)
        if self._jobs() > 1:
            return split_corpus(path, self.options, digest, self._parse_batches)
        return read_corpus(path, self.options, digest)

    def _parse_batches(
        self, batches: Iterator[list[Any]], path: str, fmt: str, encoding: str
    ) -> Iterator[list[Any]]:
        """Batches of a corpus file's records parsed by a pool of their own (the file pool may
        have tasks in flight), answers in order."""
        from .workers import Workers

        if self.record_workers is None:
            self.record_workers = Workers(self._jobs(), _work_records)
        options = self.options
        tasks = ((batch, path, fmt, encoding, options) for batch in batches)
        return self.record_workers.imap(tasks)

    def _jobs(self) -> int:
        return self.options.jobs or os.cpu_count() or 1

    def _cluster(self) -> Cluster:
        """--scheduler: the connection to the cluster, made at first use (cli/cluster.py)."""
        from .cluster import Cluster

        if not isinstance(self.workers, Cluster):
            self.workers = Cluster(self.env, self.options)
        return self.workers

    def _workers(self) -> Workers | Cluster | None:
        if self.options.scheduler is not None:
            return self._cluster()
        jobs = self.options.jobs or os.cpu_count() or 1
        if jobs <= 1:
            return None
        if self.workers is None:
            from .workers import Workers

            self.workers = Workers(jobs, _work)
        return self.workers

    def _stop_workers(self, *, now: bool) -> None:
        """Both pools (files, and records of big corpus files): killed, or let finish."""
        for pool in (self.record_workers, self.workers):
            if pool is not None:
                pool.kill() if now else pool.close()
        self.record_workers = self.workers = None

    # --- progress

    def _with_progress(self, sources: Iterable[Source]) -> tuple[Iterable[Source], Bar | None]:
        """The inputs, and a progress bar over them when one is drawn (a terminal on stderr,
        no --quiet, more than one input)."""
        env = self.env
        if self.options.quiet or not env.stderr_isatty:
            return sources, None
        items = list(sources)
        if len(items) <= 1:
            return items, None
        from .progress import Bar

        return items, Bar(env, len(items))


def _batches(items: Iterable[Source], size: int) -> Iterator[list[Source]]:
    batch: list[Source] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
