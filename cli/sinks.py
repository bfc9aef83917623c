"""Where output goes: standard output, a file replaced atomically, a file appended to, or a device.

``-o FILE`` writes a temporary file beside FILE (beside its target, when FILE is a symbolic link)
and renames it into place only when the run is complete, so a run that dies leaves the previous
file intact. A device, a FIFO or ``/dev/stdout`` is written directly: there is nothing to rename.
``--append`` adds whole lines to a JSON Lines file; with ``--state`` the state remembers where the
last committed line ends, a later run cuts what a killed run wrote after it, and an interrupted
run cuts it itself before it exits.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from typing import BinaryIO, Literal, NamedTuple

from newsctl.errors import NewsctlError


class OutputError(NewsctlError):
    """The output cannot be written (folder missing or read-only, disk full)."""


class GuardedStream:
    """A binary stream whose write errors (a full disk behind ``> file``, ``/dev/full``, EIO)
    become one OutputError naming it; a reader that went away stays a BrokenPipeError."""

    def __init__(self, stream: BinaryIO, name: str) -> None:
        self.stream = stream
        self.name = name

    def write(self, data: bytes) -> int:
        try:
            return self.stream.write(data)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(f"{self.name}: {_reason(exc)}") from None

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(f"{self.name}: {_reason(exc)}") from None

    def fileno(self) -> int:
        return self.stream.fileno()


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


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

    def commit(self) -> None:
        self.stream.flush()

    def abort(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.stream.flush()


class FileSink(Sink):
    """A sink on a file: an OS error while writing becomes one clear OutputError."""

    path: str

    def write(self, data: bytes) -> None:
        try:
            super().write(data)
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot write: {exc.strerror}") from None

    def flush(self) -> None:
        try:
            self.stream.flush()
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot write: {exc.strerror}") from None


class DirectSink(FileSink):
    """A device or FIFO (``/dev/null``, a named pipe): opened and written as it is."""

    def __init__(self, path: str) -> None:
        self.path = path
        try:
            fd = os.open(path, os.O_WRONLY)
        except OSError as exc:
            raise _open_error(path, exc) from None
        super().__init__(os.fdopen(fd, "wb"))

    def commit(self) -> None:
        self.flush()
        with contextlib.suppress(OSError):
            self.stream.close()

    def abort(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.stream.close()


class AtomicFileSink(FileSink):
    """A temporary file beside the target, renamed onto it by ``commit``; ``abort`` removes it.

    The temporary file is named ``.NAME.PID.XXXXXXXX.tmp``: a run that was killed leaves one,
    and the next run on the same target removes it once no process of that PID is alive."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.target = os.path.realpath(path)  # a symbolic link is written through
        folder, base = os.path.split(self.target)
        remove_stale_temps(folder, base)
        import tempfile

        try:
            fd, self.temp = tempfile.mkstemp(
                prefix=f".{base}.{os.getpid()}.", suffix=".tmp", dir=folder
            )
        except OSError as exc:
            raise _open_error(path, exc) from None
        super().__init__(os.fdopen(fd, "wb"))

    def replaces(self) -> bool:
        """Whether committing would replace an existing file."""
        return os.path.exists(self.target)

    def commit(self) -> None:
        try:
            self.stream.flush()
            os.fsync(self.stream.fileno())
            self.stream.close()
            _keep_mode(self.target, self.temp)
            os.replace(self.temp, self.target)
            _sync_folder(self.target)
        except OSError as exc:
            self.abort()
            raise OutputError(f"{self.path}: cannot write: {exc.strerror}") from None

    def abort(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.stream.close()
        with contextlib.suppress(OSError):
            os.unlink(self.temp)


class Committed(NamedTuple):
    """Where the last committed line of an appended file ends, which file that was, a hash of
    what comes before that end, and whether a run was writing after it."""

    size: int
    ident: str | None  # "device:inode"; None in a state written before it was kept
    tail: str | None = None  # sha256 of the TAIL bytes before ``size``; None: not kept yet
    open: bool = False  # a run went on writing after this commit (until it ends, or is killed)


TAIL = 1 << 16  # bytes before the committed end whose hash the state keeps


def tail_hash(fd: int, size: int) -> str:
    """The sha256 of the TAIL bytes of a file before ``size`` (the whole file when shorter)."""
    import hashlib

    start = max(0, size - TAIL)
    return hashlib.sha256(os.pread(fd, size - start, start)).hexdigest()


class Disagreement(NewsctlError):
    """The appended output and the state disagree: the run stops before touching either."""


def agreement(path: str, committed: Committed | None, state: str) -> int | None:
    """Whether appending to ``path`` under a state that committed ``committed`` keeps every
    record exactly once: the size to cut the file back to (a killed run's lines after the last
    commit, or a half-written line), None to keep it whole. Raises Disagreement when the state is
    older or newer than the output, or the output was replaced: cutting or appending would lose
    or double records."""
    try:
        fd = os.open(os.path.realpath(path), os.O_RDONLY)
    except FileNotFoundError:
        return None  # a new output (rotated away, or the first run): nothing to lose
    except OSError:
        return None  # opening it for writing will say why
    try:
        info = os.fstat(fd)
        size = info.st_size
        fix = RECONCILE.format(output=path, state=state)
        if committed is None:
            if size:
                raise Disagreement(
                    f"{path} already holds {size} bytes of records that the state does not know "
                    "(a new, emptied or deleted state?): appending would record them again. "
                    + fix
                )
            return None
        if size == 0:
            return None  # emptied on purpose (rotated, `> FILE`): a new output
        if size < committed.size:
            raise Disagreement(
                f"{path} ends at byte {size}, before the state's last commit at byte "
                f"{committed.size}: the output is older than the state (restored from a "
                "backup?) or was cut. " + fix
            )
        if committed.tail is not None and tail_hash(fd, committed.size) != committed.tail:
            raise Disagreement(
                f"{path} does not hold what the state committed (its content before byte "
                f"{committed.size} changed: replaced or rewritten). " + fix
            )
        if size > committed.size:
            if committed.open or committed.tail is None:
                return committed.size  # a run killed after its last commit: its lines go
            raise Disagreement(
                f"{path} holds {size - committed.size} bytes after the state's last commit, and "
                "no run was interrupted there: the state is older than the output (restored "
                "from a backup?) or another program appended to it. " + fix
            )
        return None
    finally:
        os.close(fd)


RECONCILE = (
    "Nothing was changed. `newsctl state reconcile {state} {output}` rebuilds the state from "
    "the output's records; or move {output} aside to start a new output."
)


def file_ident(info: os.stat_result) -> str:
    return f"{info.st_dev}:{info.st_ino}"


class AppendSink(FileSink):
    """Whole lines appended to a JSON Lines file.

    ``end`` flushes, syncs and gives the real end of the file (never a position remembered from
    before the file was cut). With a state (``committed`` given, even as None on its first run),
    ``mark`` records each committed end and ``abort`` cuts the file back to the last one."""

    def __init__(self, path: str, *, stateful: bool, keep: int | None = None) -> None:
        """``keep``: where ``agreement`` said to cut the file (with a state)."""
        self.path = path
        self.stateful = stateful
        try:
            fd = os.open(os.path.realpath(path), os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o666)
        except OSError as exc:
            raise _open_error(path, exc) from None
        super().__init__(os.fdopen(fd, "ab"))
        self.marked = self._repair(keep)

    def _repair(self, keep: int | None) -> int:
        """Cut what a killed run wrote after its last commit (``keep``), or a half-written last
        line; return the end of what is kept."""
        fd = self.stream.fileno()
        size = os.fstat(fd).st_size
        if keep is None or keep > size:
            keep = _whole_lines_end(fd, size) if size else 0
        if keep != size:
            os.ftruncate(fd, keep)
        return keep

    def committed(self, end: int, *, open: bool) -> Committed:
        """What the state keeps of the file ending at ``end`` (flushed and synced)."""
        fd = self.stream.fileno()
        return Committed(end, file_ident(os.fstat(fd)), tail_hash(fd, end), open)

    def ident(self) -> str:
        return file_ident(os.fstat(self.stream.fileno()))

    def end(self) -> int:
        """Flush and sync what was written; the real end of the file."""
        try:
            self.stream.flush()
            os.fsync(self.stream.fileno())
            return os.fstat(self.stream.fileno()).st_size
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot write: {exc.strerror}") from None

    def mark(self, size: int) -> None:
        """``size`` is about to be committed in the state: an abort cuts back to it from now on."""
        self.marked = size

    def commit(self) -> None:
        self.end()
        self.stream.close()

    def abort(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.stream.flush()
        with contextlib.suppress(OSError, ValueError):
            fd = self.stream.fileno()
            if self.stateful:  # lines after the last commit will be written again next run
                os.ftruncate(fd, self.marked)
            else:  # a line cut short (a full disk) goes: only whole records stay
                size = os.fstat(fd).st_size
                os.ftruncate(fd, _whole_lines_end(fd, size))
        with contextlib.suppress(OSError, ValueError):
            self.stream.close()


def _whole_lines_end(fd: int, size: int) -> int:
    """The end of the last whole line of the file (reading backwards from its end)."""
    pos = size
    block = 1 << 16
    while pos > 0:
        start = max(0, pos - block)
        chunk = os.pread(fd, pos - start, start)
        if pos == size and chunk.endswith(b"\n"):
            return size
        newline = chunk.rfind(b"\n")
        if newline != -1:
            return start + newline + 1
        pos = start
    return 0


OutputKind = Literal["file", "missing", "special", "stdout"]


def output_kind(path: str, stdout_fd: int | None = None) -> OutputKind:
    """What ``-o PATH`` names: a regular file (through links), none yet, a device/FIFO/socket, or
    the very file or pipe standard output is (``/dev/stdout``)."""
    try:
        info = os.stat(path)
    except OSError:
        return "missing"
    if stdout_fd is not None:
        with contextlib.suppress(OSError, ValueError):
            out = os.fstat(stdout_fd)
            if (out.st_dev, out.st_ino) == (info.st_dev, info.st_ino):
                return "stdout"
    return "file" if stat.S_ISREG(info.st_mode) else "special"


def remove_stale_temps(folder: str, base: str) -> None:
    """Remove ``.BASE.PID.XXXXXXXX.tmp`` files left by runs that were killed (no such PID)."""
    pattern = re.compile(rf"\.{re.escape(base)}\.(\d+)\.[^./]+\.tmp")
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        m = pattern.fullmatch(name)
        if m is not None and not _alive(int(m.group(1))):
            with contextlib.suppress(OSError):
                os.unlink(os.path.join(folder, name))


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: alive
        return True
    return True


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
