"""Importing newsctl and parsing an article load neither click nor rich (nor the CLI)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
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


HEAVY = ("rich", "dateutil", "sqlite3", "multiprocessing", "jdatetime", "tempfile", "html", "email",
         "hashlib", "csv", "concurrent", "asyncio", "dask", "distributed")  # fmt: skip

RUN_COMMAND = """
import contextlib, io, json, sys
from newsctl.cli.app import run
from newsctl.cli.env import Env
env = Env(stdin=io.BytesIO(), stdout=io.BytesIO(), stderr=io.BytesIO())
with contextlib.redirect_stdout(io.StringIO()):  # --version prints through click
    status = run(sys.argv[1:], env=env)
assert status == 0, (status, env.stderr.getvalue())
print(json.dumps(sorted(sys.modules)))
"""


@pytest.mark.parametrize(
    "args",
    [
        ["--version"],
        ["date", "الأربعاء ١٩ يناير ٢٠٢٢ ٧:١٣:٤١ م"],
        ["parse", str(REFERENCE), "--format", "jsonl"],
    ],
    ids=["version", "date", "parse"],
)
def test_commands_load_only_what_they_need(args: list[str]) -> None:
    modules = loaded_modules(RUN_COMMAND, *args)
    heavy = sorted(m for m in modules if m.split(".")[0] in HEAVY)
    assert heavy == []
    if args[0] == "--version":
        assert not {m for m in modules if m.startswith("newsctl.") and m != "newsctl.cli.app"
                    and not m.startswith(("newsctl.cli.env", "newsctl.cli.status",
                                          "newsctl.errors", "newsctl.cli"))}  # fmt: skip


def test_a_zone_loads_dateutil_and_a_table_loads_rich() -> None:
    zoned = loaded_modules(RUN_COMMAND, "date", "19 يناير 2022 7:13 م بتوقيت طهران")
    assert "dateutil.tz" in zoned
    table = loaded_modules(RUN_COMMAND, "parse", "--format", "table", str(REFERENCE))
    assert "rich.table" in table
