"""Exit statuses: what a newsctl process says with its exit code."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    OK = 0  # every input processed, nothing to report
    ERROR = 1  # some input failed, or a check found problems
    USAGE = 2  # bad command line
    LOCKED = 75  # another run holds --state (EX_TEMPFAIL: try again later)
    HANGUP = 129  # SIGHUP: the terminal went away (128 + 1)
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)
    TERMINATED = 143  # SIGTERM: systemd, timeout, kill (128 + 15)
    BROKEN_PIPE = 141  # the reader went away (128 + SIGPIPE), e.g. `| head`
