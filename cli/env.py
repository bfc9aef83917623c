"""One object that holds the streams and terminal facts a command uses; tests replace it."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from typing import BinaryIO

from .sinks import GuardedStream
from .status import ExitStatus

_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` with every control character written as ``\\xNN`` (one line, inert on a
    terminal): how file names and messages reach stderr and ``check``'s lines."""
    return _CONTROL_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


class Env:
    """The streams, terminal facts and environment of a run, and its exit status so far."""

    def __init__(
        self,
        stdin: BinaryIO,
        stdout: BinaryIO,
        stderr: BinaryIO,
        stdin_isatty: bool = False,
        stdout_isatty: bool = False,
        stderr_isatty: bool = False,
        environ: dict[str, str] | None = None,
    ) -> None:
        self.stdin, self.stdout, self.stderr = stdin, stdout, stderr
        self.stdin_isatty = stdin_isatty
        self.stdout_isatty = stdout_isatty
        self.stderr_isatty = stderr_isatty
        self.environ: dict[str, str] = environ if environ is not None else {}
        self.status = ExitStatus.OK
        # While a progress bar is drawn, messages go through it (above the bar, own lines).
        self.notify: Callable[[str], None] | None = None

    @classmethod
    def from_sys(cls) -> Env:
        """The real process streams (binary: newsctl always writes UTF-8, whatever the locale)."""
        return cls(
            stdin=_binary(sys.stdin),
            stdout=GuardedStream(_binary(sys.stdout), "standard output"),  # type: ignore[arg-type]
            stderr=_binary(sys.stderr),
            stdin_isatty=_isatty(sys.stdin),
            stdout_isatty=_isatty(sys.stdout),
            stderr_isatty=_isatty(sys.stderr),
            environ=dict(os.environ),
        )

    def error(self, subject: str | None, reason: str) -> None:
        """Report one failed input: ``newsctl: SUBJECT: reason`` on stderr; the run exits 1."""
        self.say(f"newsctl: {subject}: {reason}" if subject is not None else f"newsctl: {reason}")
        self.fail()

    def warn(self, subject: str | None, message: str) -> None:
        """A note on stderr that does not change the exit status."""
        self.say(
            f"newsctl: warning: {subject}: {message}" if subject else f"newsctl: warning: {message}"
        )

    def say(self, line: str) -> None:
        """One line on stderr (control characters escaped, so that a file name holding a
        newline or a terminal escape cannot split the line or drive the terminal; runs of
        spaces made one), above a progress bar if drawn."""
        line = " ".join(printable(line).split())
        if self.notify is not None:
            self.notify(line)
            return
        self.stderr.write((line + "\n").encode("utf-8", "backslashreplace"))
        self.stderr.flush()

    def stdout_fd(self) -> int | None:
        """The file descriptor of standard output, when it has one (not in tests)."""
        try:
            return self.stdout.fileno()
        except (OSError, ValueError, AttributeError):
            return None

    def fail(self, status: ExitStatus = ExitStatus.ERROR) -> None:
        if self.status == ExitStatus.OK:
            self.status = status


def _binary(stream: object) -> BinaryIO:
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        raise RuntimeError(f"{stream!r} has no binary buffer")
    return buffer  # type: ignore[no-any-return]


def _isatty(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):
        return False
