"""A small pool of worker processes that keeps input order and stops at once when told to.

Task *i* goes to worker *i mod N* and each worker answers its tasks in the order it got them, so
reading the answers round-robin gives them back in input order with no reordering buffer. No
threads and no shared locks: on Ctrl-C (or any error) the workers are killed and reaped at once,
so an interrupted run can never hang (``multiprocessing.Pool.terminate`` can).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection
from typing import Any

WINDOW_PER_WORKER = 4  # tasks in flight per worker: enough to keep it busy, few enough to bound


def _serve(conn: Connection, func: Callable[[Any], Any], theirs: list[Connection]) -> None:
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):  # the main process decides
        signal.signal(signum, signal.SIG_IGN)  # what a signal means, and stops the workers
    for other in theirs:  # the main process's ends, copied by fork: held here, a pipe would
        other.close()  # never end, and a worker would outlive a main process killed (kill -9)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        conn.send(func(task))


class Workers:
    def __init__(self, count: int, func: Callable[[Any], Any]) -> None:
        context = multiprocessing.get_context("fork")
        self.conns: list[Connection] = []
        self.procs: list[Any] = []
        for _ in range(count):
            parent, child = context.Pipe()
            theirs = [parent, *self.conns]
            proc = context.Process(target=_serve, args=(child, func, theirs), daemon=True)
            proc.start()
            child.close()
            self.conns.append(parent)
            self.procs.append(proc)

    def map(self, tasks: Sequence[Any]) -> Iterator[Any]:
        """The answers to ``tasks``, in order."""
        count = len(self.conns)
        window = WINDOW_PER_WORKER * count
        sent = 0
        for received in range(len(tasks)):
            while sent < len(tasks) and sent - received < window:
                self.conns[sent % count].send(tasks[sent])
                sent += 1
            yield self.conns[received % count].recv()

    def imap(self, tasks: Iterator[Any]) -> Iterator[Any]:
        """The answers to ``tasks``, taken as they come (a stream), in order. One task in
        flight per worker: a task is sent only to a worker that has answered, so a large task
        and a large answer can never wait on each other in the pipes; memory stays flat however
        many tasks there are."""
        count = len(self.conns)
        window = count
        sent = received = 0
        pending = True
        while True:
            while pending and sent - received < window:
                task = next(tasks, None)
                if task is None:
                    pending = False
                    break
                self.conns[sent % count].send(task)
                sent += 1
            if received == sent:
                return
            yield self.conns[received % count].recv()
            received += 1

    def close(self) -> None:
        """Let the workers finish and leave."""
        for conn in self.conns:
            with contextlib.suppress(OSError):
                conn.send(None)
        for proc in self.procs:
            proc.join(timeout=5)
        self.kill()

    def kill(self) -> None:
        """Stop every worker now (SIGKILL) and reap it."""
        for proc in self.procs:
            if proc.is_alive():
                with contextlib.suppress(OSError):
                    os.kill(proc.pid, signal.SIGKILL)
            proc.join()
        for conn in self.conns:
            conn.close()
        self.procs, self.conns = [], []
