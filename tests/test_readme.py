"""The README documents every command and every record key, and CI runs its commands verbatim."""

from __future__ import annotations

import re

from conftest import ROOT

README = (ROOT / "README.md").read_text("utf-8")


def test_every_command_has_a_section_with_an_example() -> None:
    from newsctl.cli.app import COMMANDS

    for name in COMMANDS:
        heading = re.search(rf"^### `newsctl {name}\b.*$", README, re.MULTILINE)
        assert heading is not None, f"README has no section for `newsctl {name}`"
        section = README[heading.end() :].split("\n### ", 1)[0]
        assert f"newsctl {name} " in section, f"the `{name}` section shows no example"


def test_every_record_key_is_documented() -> None:
    from newsctl.articles.record import RECORD_KEYS

    for key in RECORD_KEYS:
        assert f"| `{key}` |" in README, key


def test_ci_runs_the_readme_set_up_commands_verbatim() -> None:
    blocks = re.findall(r"```sh\n(.*?)\n```", README, re.DOTALL)
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    install, tests = blocks[0], blocks[1]
    assert install.startswith("python3 -m venv .venv")
    assert install in ci.splitlines()
    assert tests in ci.splitlines()


def test_record_keys_match_the_library() -> None:
    import newsctl
    from newsctl.articles.record import RECORD_KEYS

    assert tuple(newsctl.Article().to_dict()) == RECORD_KEYS
