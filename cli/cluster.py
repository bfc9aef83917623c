"""``--scheduler ADDRESS``: the runner's work done on the workers of a Dask cluster.

The runner consumes this object as it consumes the local worker pool (``cli/workers.py``): the
outcomes of the inputs, in input order; so writing, ``--state``, ``--new-only``, ``--dedupe`` and
``--append`` stay where they are, in this process, and the state is committed only after the
records it covers are written, as with ``--jobs``. What changes is where the parsing runs:

- files are sent in batches of ``FILES_PER_BATCH``: read here and their bytes sent (default), or
  read by the workers themselves (``--read-on-workers``: paths every worker sees);
- a corpus file is split into its records here (a stream: memory does not grow with the file) and
  its records are parsed on the workers in batches of ``RECORDS_PER_BATCH``;
- at most ``window`` batches are in flight (two per worker thread): the client's memory stays
  flat whatever the number of inputs, and results are taken in submission order.

A task is a pure function of its arguments, so a worker lost mid-batch is retried elsewhere by the
scheduler; the client only ever sees each batch's result once. Dask is imported only here, and
only when ``--scheduler`` is given (``pip install 'newsctl[cluster]'``).
"""

from __future__ import annotations

import uuid
from collections import deque
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from newsctl import files

from .runner import (
    Options,
    Outcome,
    RunError,
    WorkItem,
    failed,
    load_bytes,
    parse_records,
    read_input,
    split_corpus,
)

if TYPE_CHECKING:
    from .env import Env

EXTRA = "pip install 'newsctl[cluster]'"
MISSING = f"--scheduler needs the cluster extra (Dask's distributed scheduler): {EXTRA}"
FILES_PER_BATCH = 32  # inputs per task: a task costs the scheduler about a millisecond
BATCHES_PER_THREAD = 2  # in flight: one running and one waiting on each worker thread
MIN_WINDOW = 4
RESIZE_EVERY = 32  # batches
CONNECT_TIMEOUT = "10s"

Loaded = tuple[str, bytes, int, int]  # path, bytes, size, mtime_ns: a file read by the client


class ClusterError(RunError):
    """The cluster cannot be reached, or was lost (one line, exit status 1)."""


def loopback_cluster(workers: int) -> Any:
    """A local Dask cluster on 127.0.0.1 only, of ``workers`` single-threaded worker processes,
    dashboards on free ports (the tests, the benchmark, trying ``--scheduler`` on one machine)."""
    from distributed import LocalCluster

    return LocalCluster(n_workers=workers, processes=True, threads_per_worker=1,
                        host="127.0.0.1", dashboard_address="127.0.0.1:0",
                        worker_dashboard_address="127.0.0.1:0")  # fmt: skip


def require_extra(env: Env) -> None:
    """Without ``distributed``: say which extra to install, exit 2 (the run cannot start)."""
    try:
        import distributed  # noqa: F401 - only whether it is there
    except ImportError:
        import click

        from .status import ExitStatus

        env.say(f"newsctl: {MISSING}")
        raise click.exceptions.Exit(ExitStatus.USAGE) from None


# --- what runs on the workers: module-level functions of their arguments alone


class WrongVersion(RunError):
    """A worker runs another newsctl than the client: its records could differ."""


def checked(version: str, func: Any, *args: Any) -> Any:
    """``func(*args)`` on a worker whose newsctl is the client's ``version``."""
    from newsctl import __version__

    if __version__ != version:
        raise WrongVersion(
            f"a Dask worker runs newsctl {__version__} and this client {version}: "
            "install the same version on every worker"
        )
    return func(*args)


def parse_loaded(entries: list[Loaded | Outcome], options: Options, digest: bool) -> list[Outcome]:
    """Files read by the client: parsed as ``--jobs`` parses them (outcomes pass through)."""
    out: list[Outcome] = []
    for entry in entries:
        if isinstance(entry, Outcome):
            out.append(entry)
            continue
        path, data, size, mtime_ns = entry
        outcome = read_input(path, data, options, digest)
        out.append(outcome._replace(size=size, mtime_ns=mtime_ns))
    return out


def read_files(paths: list[str], options: Options, digest: bool) -> list[Outcome]:
    """``--read-on-workers``: files read and parsed where the task runs."""
    return [read_input(path, None, options, digest) for path in paths]


# --- the client side


def load(path: str, options: Options) -> Loaded | Outcome:
    """A file read here to be parsed on a worker: what ``runner.read_input`` does before it
    parses (``runner.load_bytes``: the same checks, the same outcomes)."""
    try:
        info = files.stat(path)
        loaded = load_bytes(path, options, info)
    except Exception as exc:  # one input must never end the run
        return failed(path, exc)
    if isinstance(loaded, Outcome):
        return loaded
    return (path, loaded, info.st_size, info.st_mtime_ns)


class Cluster:
    """The connection to a Dask scheduler, used by the runner as its pool of workers."""

    def __init__(self, env: Env, options: Options) -> None:
        import logging
        import warnings

        try:
            from distributed import Client
        except ImportError:
            raise ClusterError(MISSING) from None
        # The client's own log lines and warnings (a large batch, versions) would mix with the
        # run's messages: newsctl says what matters itself.
        quiet = logging.CRITICAL + 1
        for name in ("distributed", *logging.root.manager.loggerDict):
            if name == "distributed" or name.startswith("distributed."):
                logger = logging.getLogger(name)
                logger.setLevel(quiet)
                logger.propagate = False
                for handler in logger.handlers:
                    handler.setLevel(quiet)
        for module in ("distributed", "dask", "tornado"):
            warnings.filterwarnings("ignore", module=module)
        import dask

        address = options.scheduler
        try:
            # The client keeps its last messages to the scheduler for debugging (1,000 by default,
            # each with a batch's bytes): none, or its memory would grow with the run.
            with dask.config.set({"distributed.admin.low-level-log-length": 0}):
                self.client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            reason = " ".join(str(exc).split()) or type(exc).__name__
            raise ClusterError(f"cannot reach the Dask scheduler at {address} ({reason})") from None
        self.options = options
        self.address = address
        self.window = MIN_WINDOW
        self.taken = 0  # results taken: the window follows the workers every RESIZE_EVERY
        self._resize()
        self.run = uuid.uuid4().hex[:12]  # task keys: newsctl-<what>-<run>-<n> on the dashboard
        self.count = 0
        self.pending: set[Any] = set()  # futures submitted and not yet taken
        if env.stderr_isatty and not options.quiet:  # once, with the progress bar
            link = self._dashboard()
            if link is not None:
                env.say(f"newsctl: dashboard: {link}")

    def _dashboard(self) -> str | None:
        """The scheduler's dashboard, or None when it has none (bokeh is not installed there)."""
        try:
            link = self.client.dashboard_link
        except (KeyError, AttributeError, OSError):
            return None
        return str(link) if link else None

    # --- the runner's side (as cli/workers.Workers)

    def map(self, tasks: Sequence[WorkItem]) -> Iterator[Outcome]:
        """The outcomes of ``tasks`` (files), in order, batch by batch."""
        batches = (tasks[i : i + FILES_PER_BATCH] for i in range(0, len(tasks), FILES_PER_BATCH))
        for outcomes in self._in_order(self._submit_files(batch) for batch in batches):
            yield from outcomes

    def read_corpus(self, path: str, digest: bool) -> Outcome:
        """A corpus file: read here as a stream, its records parsed on the workers (what
        ``runner.read_corpus`` gives, the same failures included)."""
        return split_corpus(path, self.options, digest, self._parse_batches)

    def close(self) -> None:
        """After a run: nothing of ours left on the cluster, the connection closed."""
        self._cancel()
        self.client.close(timeout=5)

    def kill(self) -> None:
        """On an error or a signal: the same, without waiting for anything."""
        import contextlib

        with contextlib.suppress(Exception):
            self._cancel()
        with contextlib.suppress(Exception):
            self.client.close(timeout=2)

    # --- batches

    def _parse_batches(
        self, batches: Iterator[list[Any]], path: str, fmt: str, encoding: str
    ) -> Iterator[list[Any]]:
        options = self.options
        return self._in_order(
            self._submit("records", parse_records, batch, path, fmt, encoding, options)
            for batch in batches
        )

    def _submit_files(self, batch: Sequence[WorkItem]) -> Any:
        options = self.options
        digest = bool(batch) and batch[0][2]
        if options.read_on_workers:
            return self._submit("files", read_files, [t[0] for t in batch], options, digest)
        entries = [load(path, options) for path, _, _ in batch]
        return self._submit("files", parse_loaded, entries, options, digest)

    def _submit(self, what: str, func: Any, *args: Any) -> Any:
        from newsctl import __version__

        self.count += 1
        key = f"newsctl-{what}-{self.run}-{self.count}"
        future = self.client.submit(checked, __version__, func, *args, key=key)
        self.pending.add(future)
        return future

    def _in_order(self, futures: Iterator[Any]) -> Iterator[Any]:
        """The results of ``futures`` in their order, at most ``window`` submitted ahead (the
        next batches are read and sent only as results are taken: back-pressure)."""
        queue: deque[Any] = deque()
        while True:
            while len(queue) < self.window:
                future = next(futures, None)
                if future is None:
                    break
                queue.append(future)
            if not queue:
                return
            future = queue.popleft()
            result = self._result(future)
            self.pending.discard(future)
            future.release()
            self.taken += 1
            if self.taken % RESIZE_EVERY == 0:  # workers may have joined or left
                self._resize()
            yield result

    def _resize(self) -> None:
        threads = sum(self.client.nthreads().values())
        self.window = max(MIN_WINDOW, BATCHES_PER_THREAD * threads)

    def _result(self, future: Any) -> Any:
        from concurrent.futures import CancelledError

        from distributed import KilledWorker

        try:
            return future.result()
        except KilledWorker as exc:
            raise ClusterError(
                f"a batch was lost with the workers running it, too many times ({exc}); "
                "see the workers' logs"
            ) from None
        except RuntimeError as exc:
            if "deserializ" not in str(exc):
                raise
            raise ClusterError(
                f"the Dask scheduler at {self.address} cannot read newsctl's batches: install "
                "this newsctl beside the scheduler and every worker"
            ) from None
        except (CancelledError, OSError, TimeoutError) as exc:
            reason = " ".join(str(exc).split()) or type(exc).__name__
            raise ClusterError(f"lost the Dask scheduler at {self.address} ({reason})") from None

    def _cancel(self) -> None:
        if self.pending:
            self.client.cancel(list(self.pending), force=True)
            self.pending.clear()
