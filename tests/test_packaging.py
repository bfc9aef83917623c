"""The wheel holds every module of newsctl/ and cli/ (as newsctl.cli), and no top-level `cli`."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import ROOT


def test_wheel_holds_every_module(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("newsctl-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        f"newsctl/{p.relative_to(ROOT / 'newsctl').as_posix()}"
        for p in (ROOT / "newsctl").rglob("*.py")
    }
    expected |= {
        f"newsctl/cli/{p.relative_to(ROOT / 'cli').as_posix()}"
        for p in (ROOT / "cli").rglob("*.py")
    }
    assert expected <= names, sorted(expected - names)
    assert "newsctl/py.typed" in names
    assert not any(n.startswith("cli/") for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "newsctl = newsctl.cli:main" in text


def test_every_cli_subpackage_is_listed_in_pyproject() -> None:
    """setuptools silently drops a subpackage of cli/ that pyproject.toml does not list."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    on_disk = (
        {"newsctl"}
        | {
            "newsctl." + ".".join(p.parent.relative_to(ROOT).parts)
            for p in (ROOT / "cli").rglob("__init__.py")
        }
        | {
            ".".join(p.parent.relative_to(ROOT).parts)
            for p in (ROOT / "newsctl").rglob("__init__.py")
        }
    )
    assert on_disk == listed
