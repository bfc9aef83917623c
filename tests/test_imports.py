"""Importing newsctl and parsing an article load neither click nor rich (nor the CLI)."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import REFERENCE

PROBE = """
import json, sys
import newsctl
article = newsctl.read_article(sys.argv[1])
assert article.id == "1220514"
print(json.dumps(sorted(sys.modules)))
"""


def loaded_modules(code: str, *args: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, check=True, text=True
    ).stdout
    return set(json.loads(out))


def test_library_does_not_import_click_or_rich() -> None:
    modules = loaded_modules(PROBE, str(REFERENCE))
    assert "newsctl.parser" in modules
    assert not {m for m in modules if m.split(".")[0] in ("click", "rich")}
    assert "newsctl.cli" not in modules


def test_bare_import_is_lazy() -> None:
    modules = loaded_modules("import sys, json, newsctl; print(json.dumps(sorted(sys.modules)))")
    assert "newsctl.parser" not in modules
    assert "hijridate" not in modules


def test_version_command_loads_no_command_module_and_no_library() -> None:
    code = (
        "import contextlib, io, json, sys\n"
        "from newsctl.cli.app import run\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    run(['--version'])\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    modules = loaded_modules(code)
    assert "newsctl.cli.cmd_parse" not in modules
    assert not {m for m in modules if m.split(".")[0] in ("rich", "hijridate", "dateutil")}
    assert "newsctl.parser" not in modules
