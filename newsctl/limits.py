"""Limits that several parts share: how much of an input is read at most."""

from __future__ import annotations

from typing import Final

# An input file (and, in a corpus file, one record) larger than this is refused.
DEFAULT_MAX_BYTES: Final = 20 * 1024 * 1024
# A line of standard input read by the line filters (date, digits, normalize) and --files-from.
MAX_LINE_BYTES: Final = DEFAULT_MAX_BYTES
