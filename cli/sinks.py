"""Where output goes: standard output, a file replaced atomically, or a file appended to.

``-o FILE`` writes a temporary file in the same folder and renames it into place only when the run
is complete, so a run that dies leaves the previous file intact. ``--append`` adds whole lines to
a JSON Lines file and remembers (in ``--state``) how far the file was safely written; a later run
cuts a half-written tail before it appends.
"""

from __future__ import annotations

import contextlib
import os
from typing import BinaryIO

from newsctl.errors import NewsctlError


class OutputError(NewsctlError):
    """The output cannot be written (folder missing or read-only, disk full)."""


class Sink:
    """Standard output (or any open binary stream)."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream

    def write(self, data: bytes) -> None:
        if data:
            self.stream.write(data)

    def flush(self) -> None:
        """Make what was written so far durable; called before the state is committed."""
        self.stream.flush()

    def size(self) -> int | None:
        return None

    def commit(self) -> None:
        self.stream.flush()

    def abort(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.stream.flush()


class FileSink(Sink):
    """A sink on a file: an OS error while writing becomes one clear OutputError."""

    path: str
    durable = False  # fsync on every flush

    def write(self, data: bytes) -> None:
        try:
            super().write(data)
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot write: {exc.strerror}") from None

    def flush(self) -> None:
        try:
            self.stream.flush()
            if self.durable:
                os.fsync(self.stream.fileno())
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot write: {exc.strerror}") from None


class AtomicFileSink(FileSink):
    """A temporary file beside ``path``, renamed onto it by ``commit``; ``abort`` removes it."""

    def __init__(self, path: str) -> None:
        self.path = path
        import tempfile

        folder = os.path.dirname(os.path.abspath(path))
        try:
            fd, self.temp = tempfile.mkstemp(
                prefix=f".{os.path.basename(path)}.", suffix=".tmp", dir=folder
            )
        except OSError as exc:
            raise _open_error(path, exc) from None
        super().__init__(os.fdopen(fd, "wb"))

    def commit(self) -> None:
        try:
            self.stream.flush()
            os.fsync(self.stream.fileno())
            self.stream.close()
            _keep_mode(self.path, self.temp)
            os.replace(self.temp, self.path)
            _sync_folder(self.path)
        except OSError as exc:
            self.abort()
            raise OutputError(f"{self.path}: cannot write: {exc.strerror}") from None

    def abort(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.stream.close()
        with contextlib.suppress(OSError):
            os.unlink(self.temp)


class AppendSink(FileSink):
    """Whole lines appended to a JSON Lines file; ``flush`` makes them durable."""

    durable = True

    def __init__(self, path: str, committed: int | None) -> None:
        self.path = path
        try:
            stream = open(path, "ab")  # noqa: SIM115 - closed by commit/abort
        except OSError as exc:
            raise _open_error(path, exc) from None
        super().__init__(stream)
        self.final_size = 0
        self._repair(committed)

    def _repair(self, committed: int | None) -> None:
        """Cut what a killed run wrote after its last commit, or a half-written last line."""
        size = os.fstat(self.stream.fileno()).st_size
        keep = size
        if committed is not None and committed <= size:
            keep = committed
        elif size:
            with open(self.path, "rb") as reader:
                reader.seek(max(0, size - 1))
                if reader.read(1) != b"\n":
                    reader.seek(0)
                    data = reader.read()
                    keep = data.rfind(b"\n") + 1
        if keep != size:
            os.truncate(self.path, keep)

    def size(self) -> int | None:
        return self.final_size if self.stream.closed else self.stream.tell()

    def commit(self) -> None:
        self.flush()
        self.final_size = self.stream.tell()
        self.stream.close()

    def abort(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.stream.flush()
            self.stream.close()


def _open_error(path: str, exc: OSError) -> OutputError:
    """Why an output file cannot be opened, in one line naming the file (and its folder)."""
    folder = os.path.dirname(os.path.abspath(path))
    if isinstance(exc, FileNotFoundError):
        return OutputError(f"{path}: the output folder {folder} does not exist")
    if isinstance(exc, PermissionError):
        if os.path.exists(path) and not os.access(path, os.W_OK):
            return OutputError(f"{path}: permission denied")
        return OutputError(f"{path}: the output folder {folder} is not writable")
    return OutputError(f"{path}: cannot open a file in {folder}: {exc.strerror}")


def _keep_mode(path: str, temp: str) -> None:
    """The replaced file keeps its permissions; a new one gets the usual 0666 & ~umask."""
    try:
        mode = os.stat(path).st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(temp, mode)


def _sync_folder(path: str) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(os.path.dirname(os.path.abspath(path)), os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
