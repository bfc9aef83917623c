"""The newsctl command-line application (installed as ``newsctl.cli``).

Only click and this package's small modules load at start-up; each command's module, and the
library behind it, loads when that command runs.
"""

from .app import cli, main

__all__ = ["cli", "main"]
