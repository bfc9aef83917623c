"""The ``--state`` file of cron runs: inputs already done, article ids seen, output committed.

SQLite from the standard library, in WAL mode. Changes are committed only after the records they
cover are safely written, so a run killed at any moment (kill -9 included) and run again yields
every record exactly once. A lock file beside the state keeps two runs from working at once.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sqlite3
import time
from typing import IO, NamedTuple

from newsctl.errors import NewsctlError

from .sinks import Committed

SCHEMA = """
CREATE TABLE IF NOT EXISTS newsctl_inputs (
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL, done_at TEXT NOT NULL, records INTEGER, lines INTEGER
);
CREATE INDEX IF NOT EXISTS newsctl_inputs_sha256 ON newsctl_inputs (sha256);
CREATE TABLE IF NOT EXISTS newsctl_articles (
    id TEXT PRIMARY KEY, path TEXT NOT NULL, record TEXT
);
CREATE TABLE IF NOT EXISTS newsctl_outputs (
    path TEXT PRIMARY KEY, committed_size INTEGER NOT NULL, ident TEXT, tail TEXT,
    open INTEGER NOT NULL DEFAULT 0
);
"""
# Columns added since newsctl 0.1, added to an older state when it is opened.
ADDED = {
    "newsctl_outputs": {"ident": "TEXT", "tail": "TEXT", "open": "INTEGER NOT NULL DEFAULT 0"},
    "newsctl_inputs": {"records": "INTEGER", "lines": "INTEGER"},
}


class Done(NamedTuple):
    """What the state knows of an input: its size, time and hash when it was read (for a
    growing file, of the part read), and, for a growing file, its records and lines."""

    size: int
    mtime_ns: int
    sha256: str
    records: int | None
    lines: int | None


class StateError(NewsctlError):
    """The state file cannot be used (corrupt, not ours, unwritable)."""


class StateLocked(StateError):
    """Another run holds the state's lock."""


class State:
    def __init__(self, path: str, *, wait: float = 0.0) -> None:
        self.path = path
        self._lock = _acquire(path + ".lock", wait)
        try:
            if os.path.isfile(path) and os.path.getsize(path) == 0:
                raise StateError(
                    f"{path}: an empty file (0 bytes), not a newsctl state: it was left "
                    "untouched. Remove it to start a new state, or rebuild it from the output "
                    f"with `newsctl state reconcile {path} OUTPUT`"
                )
            self.db = sqlite3.connect(path, isolation_level=None, timeout=30)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")
            tables = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master")}
            if tables and not any(t.startswith("newsctl_") for t in tables):
                raise StateError(f"{path}: an SQLite file that is not a newsctl state; left as is")
            self.db.executescript(SCHEMA)
            for table, added in ADDED.items():  # a state written by an older newsctl
                columns = {r[1] for r in self.db.execute(f"PRAGMA table_info({table})")}
                for column, kind in added.items():
                    if column not in columns:
                        self.db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
            self.db.execute("BEGIN")
        except sqlite3.DatabaseError as exc:
            self._release()
            raise StateError(
                f"{path}: not a usable state file ({exc}); it was left untouched"
            ) from None
        except StateError:
            self._release()
            raise

    # --- questions

    def done(self, path: str, size: int, mtime_ns: int) -> bool:
        row = self._query(
            "SELECT 1 FROM newsctl_inputs WHERE path = ? AND size = ? AND mtime_ns = ?",
            (path, size, mtime_ns),
        ).fetchone()
        return row is not None

    def input(self, path: str) -> Done | None:
        row = self._query(
            "SELECT size, mtime_ns, sha256, records, lines FROM newsctl_inputs WHERE path = ?",
            (path,),
        ).fetchone()
        return None if row is None else Done(*row)

    def done_content(self, sha256: str) -> bool:
        row = self._query("SELECT 1 FROM newsctl_inputs WHERE sha256 = ?", (sha256,))
        return row.fetchone() is not None

    def seen_id(self, article_id: str) -> bool:
        row = self._query("SELECT 1 FROM newsctl_articles WHERE id = ?", (article_id,))
        return row.fetchone() is not None

    def committed(self, output: str) -> Committed | None:
        """Where the last committed line of the appended ``output`` ends, and in which file."""
        row = self._query(
            "SELECT committed_size, ident, tail, open FROM newsctl_outputs WHERE path = ?",
            (os.path.abspath(output),),
        ).fetchone()
        return None if row is None else Committed(int(row[0]), row[1], row[2], bool(row[3]))

    # --- changes (pending until commit)

    def add_input(
        self,
        path: str,
        size: int,
        mtime_ns: int,
        sha256: str,
        records: int | None = None,
        lines: int | None = None,
    ) -> None:
        """An input read (``records`` and ``lines``: a growing file, read up to ``size``)."""
        self._query(
            "INSERT OR REPLACE INTO newsctl_inputs "
            "(path, size, mtime_ns, sha256, done_at, records, lines) "
            "VALUES (?, ?, ?, ?, datetime('now'), ?, ?)",
            (path, size, mtime_ns, sha256, records, lines),
        )

    def add_id(self, article_id: str, path: str, record: str | None) -> None:
        self._query(
            "INSERT OR IGNORE INTO newsctl_articles VALUES (?, ?, ?)", (article_id, path, record)
        )

    def set_committed(self, output: str, committed: Committed) -> None:
        self._query(
            "INSERT OR REPLACE INTO newsctl_outputs (path, committed_size, ident, tail, open) "
            "VALUES (?, ?, ?, ?, ?)",
            (
                os.path.abspath(output),
                committed.size,
                committed.ident,
                committed.tail,
                int(committed.open),
            ),
        )

    def clear(self) -> None:
        """Forget every input, id and output (``newsctl state reconcile`` rebuilds them)."""
        for table in ("newsctl_inputs", "newsctl_articles", "newsctl_outputs"):
            self._query(f"DELETE FROM {table}")

    def _query(self, sql: str, parameters: tuple[object, ...] = ()) -> sqlite3.Cursor:
        """One statement; a damaged file (a bad page, a full disk) is one clear StateError."""
        try:
            return self.db.execute(sql, parameters)
        except sqlite3.Error as exc:
            raise StateError(
                f"{self.path}: the state cannot be read or written ({exc}); nothing more was "
                "committed"
            ) from None

    def commit(self) -> None:
        try:
            self.db.execute("COMMIT")
            self.db.execute("BEGIN")
        except sqlite3.Error as exc:
            raise StateError(f"{self.path}: cannot write the state: {exc}") from None

    def close(self, *, commit: bool) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.db.execute("COMMIT" if commit else "ROLLBACK")
        with contextlib.suppress(sqlite3.Error):
            self.db.close()
        self._release()

    def _release(self) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(self._lock, fcntl.LOCK_UN)
            self._lock.close()


def _acquire(lock_path: str, wait: float) -> IO[bytes]:
    try:
        handle = open(lock_path, "ab")  # noqa: SIM115 - held for the run, closed by _release
    except OSError as exc:
        raise StateError(f"{lock_path}: cannot open the lock file: {exc.strerror}") from None
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return handle
        except BlockingIOError:
            if time.monotonic() >= deadline:
                handle.close()
                state = lock_path.removesuffix(".lock")
                raise StateLocked(
                    f"{state}: another newsctl run is using this state"
                    + (f" (waited {wait:g} s)" if wait else " (use --wait SECONDS to wait for it)")
                ) from None
            time.sleep(0.1)
