"""Docs that cannot drift: every option of every command and every code of the registry is in the
README, and every example of the README runs and gives what the README shows."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
from conftest import ROOT

README = (ROOT / "README.md").read_text("utf-8")
BLOCKS = re.findall(r"```sh\n(.*?)\n```", README, re.DOTALL)


def commands() -> dict[str, click.Command]:
    from newsctl.cli.app import COMMANDS, cli

    ctx = click.Context(cli)
    found = {name: cli.get_command(ctx, name) for name in COMMANDS}
    return {name: command for name, command in found.items() if command is not None}


def option_names() -> list[tuple[str, str]]:
    names = []
    for name, command in commands().items():
        for param in command.params:
            if isinstance(param, click.Option) and not param.hidden:
                longest = max(param.opts, key=len)
                names.append((name, longest))
    return names


@pytest.mark.parametrize(("command", "option"), option_names())
def test_every_option_of_every_command_is_in_the_readme(command: str, option: str) -> None:
    assert f"`{option}" in README, f"`newsctl {command} {option}` is not in the README"


def test_every_code_of_the_registry_is_in_the_readme_with_its_severity() -> None:
    from newsctl.codes import CODES

    rows = [line for line in README.splitlines() if line.startswith("| `")]
    for code in CODES.values():
        row = next((r for r in rows if f"`{code.name}`" in r.split("|")[1]), None)
        assert row is not None, f"code {code.name} has no row in the README"
        assert f"| {code.severity} |" in row, f"{code.name}: the README says {row!r}"


# --- the examples ------------------------------------------------------------------------------

# Examples that name files of the reader's own (a drop folder, an article of theirs) or need a
# terminal; every other example of the README runs as written.
PLACEHOLDERS = (
    "/drop",
    "/srv/news",
    "saved-pages/",
    "article.txt",
    "corpus.jsonl.gz",
    "corpora/ -o",
    "quote.txt",
    "less -R",
    "--scheduler",  # a running Dask scheduler: tests/test_cluster.py runs the section's block
)
# Commands whose comment is their output (the first line of it; a note in parentheses after it).
SHOWN = ("newsctl date", "newsctl digits", "newsctl normalize", "newsctl zones", "| jq -r")


def examples() -> list[str]:
    found = []
    for block in BLOCKS[2:]:  # the first two are the set-up commands (CI runs them)
        for line in block.splitlines():
            if "newsctl" not in line or line.startswith(("*", "eval", "_NEWSCTL")):
                continue  # the cron line (tests/test_cron.py runs it) and shell completion
            if any(p in line for p in PLACEHOLDERS):
                continue
            found.append(line)
    return found


def split_comment(line: str) -> tuple[str, str | None]:
    """The command and its comment (``# ...`` after two spaces, outside quotes)."""
    m = re.search(r"\s{2,}#\s(.*)$|\s#\s(\S.*)$", line)
    if m is None:
        return line, None
    command = line[: m.start()]
    if command.count("'") % 2:
        return line, None  # the # is inside a quoted argument
    return command.strip(), (m.group(1) or m.group(2)).strip()


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("readme")
    shutil.copytree(ROOT / "samples", folder / "samples")
    return folder


@pytest.mark.parametrize("line", examples(), ids=lambda line: line.split("  #")[0][:60])
def test_every_readme_example_runs_as_shown(line: str, workdir: Path) -> None:
    command, comment = split_comment(line)
    if "jq" in command and shutil.which("jq") is None:
        pytest.skip("jq is not installed")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
    proc = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command],
        cwd=workdir,
        capture_output=True,
        env=env,
        timeout=120,
    )
    err = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and "internal error" not in err, err
    expected_status = (0, 1) if command.startswith("newsctl check") else (0,)
    if comment is not None and "status 0" in comment:
        expected_status = (0,)
    assert proc.returncode in expected_status, f"{command}: {proc.returncode}\n{err}"
    if comment is not None and any(s in command for s in SHOWN):
        shown = re.sub(r"\s+\(.*\)$", "", comment)
        first = proc.stdout.decode("utf-8").splitlines()[0]
        assert first == shown, f"{command}\nREADME: {shown}\nactual: {first}"
    if comment is not None and "no output" in comment:
        assert proc.stdout == b""
