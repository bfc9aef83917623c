"""newsctl's own exceptions. Everything the library raises on bad input is one of these."""

from __future__ import annotations


class NewsctlError(Exception):
    """Base class: a clear, one-line reason, safe to show to a user."""


def unforeseen(exc: BaseException) -> str:
    """Why an input or a record failed on something newsctl did not foresee (a crafted or
    damaged file), in one line: the run goes on with the next one."""
    if isinstance(exc, RecursionError):
        return "nested too deeply to be read"
    if isinstance(exc, MemoryError):
        return "too large to be read in memory"
    detail = " ".join(str(exc).split())[:200]
    return f"cannot be read (internal error: {type(exc).__name__}{': ' + detail if detail else ''})"


class InputError(NewsctlError):
    """An input cannot be read as an article (missing, empty, binary, undecodable, too large).

    ``code`` names the kind: ``missing``, ``directory``, ``unreadable``, ``not-regular``,
    ``too-large``, ``empty``, ``binary``, ``encoding``.
    """

    def __init__(self, message: str, code: str = "unreadable") -> None:
        super().__init__(message)
        self.code = code


class DateError(NewsctlError):
    """A date string cannot be turned into a date.

    ``fragment`` is the part of the text the error is about (the impossible date as written),
    when there is one.
    """

    def __init__(self, message: str, fragment: str | None = None) -> None:
        super().__init__(message)
        self.fragment = fragment


class NoDateError(DateError):
    """The text holds no date or time that newsctl recognizes."""


class ImpossibleDateError(DateError):
    """The text names a date that does not exist (31 February) or is outside the supported range."""


class UnknownZoneError(NewsctlError):
    """A time zone name that is neither an IANA name nor a known Arabic place name."""
