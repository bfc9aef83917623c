"""Shared fixtures: paths, the CLI run in-process (CliRunner) and as the installed program."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests check behaviour, not speed: no per-example deadline (a loaded CI machine would
# make one flaky); hostile-input timing has its own generous test.
settings.register_profile("newsctl", deadline=None, print_blob=True)
settings.load_profile("newsctl")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
REFERENCE = SAMPLES / "abna-mehr-reference.txt"
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path in ../shared, or skip: a user's clone does not have it (CI does)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared test data is only beside the CI checkout")
    return path


@dataclass
class Result:
    status: int
    stdout: str
    stderr: str


def run_cli(args: list[str], stdin: bytes = b"", *, tty: bool = False) -> Result:
    """Run the application in-process with replaced streams (the Env object tests swap in)."""
    from newsctl.cli.app import run
    from newsctl.cli.env import Env

    out, err = io.BytesIO(), io.BytesIO()
    env = Env(
        stdin=io.BytesIO(stdin),
        stdout=out,
        stderr=err,
        stdin_isatty=tty,
        stdout_isatty=tty,
        stderr_isatty=tty,
        environ={},
    )
    status = run(args, env=env)
    return Result(
        int(status),
        out.getvalue().decode("utf-8", "surrogateescape"),
        err.getvalue().decode("utf-8", "surrogateescape"),
    )


def newsctl_executable() -> str:
    beside = Path(sys.executable).parent / "newsctl"  # the venv running the tests
    exe = str(beside) if beside.exists() else shutil.which("newsctl")
    if exe is None:
        pytest.fail("the newsctl console script is not installed (pip install -e '.[test,dev]')")
    return exe


def run_installed(
    args: list[str], *, stdin: bytes = b"", cwd: Path | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[bytes]:
    """Run the installed ``newsctl`` program in a subprocess."""
    return subprocess.run(
        [newsctl_executable(), *args],
        input=stdin,
        capture_output=True,
        cwd=cwd or ROOT,
        timeout=timeout,
        env={**os.environ, "LC_ALL": "C", "LANG": "C"},
    )


@pytest.fixture
def cli() -> Callable[..., Result]:
    return run_cli


@pytest.fixture
def installed() -> Callable[..., subprocess.CompletedProcess[bytes]]:
    return run_installed
