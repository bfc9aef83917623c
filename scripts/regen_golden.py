"""Regenerate the expected records of the samples (``samples/*.json``) and show what changed.

Each ``samples/NAME.txt`` with a ``samples/NAME.json`` beside it is parsed as
``tests/test_samples.py`` reads it (``newsctl.read_articles``, path relative to the checkout), and
the records are written back as that test compares them (one object, or a list for a corpus file
of several articles). A unified diff of every file that changes is printed. After a change to
the record (a new field, a fix), run it, read the diff, and commit the files with the change that
explains them.

    python scripts/regen_golden.py           # rewrite the files, print the diff
    python scripts/regen_golden.py --check   # print the diff only; exit 1 if anything would change
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def rendered(path: Path) -> str:
    import newsctl

    records = [a.to_dict() for a in newsctl.read_articles(str(path.relative_to(ROOT)))]
    value: object = records[0] if len(records) == 1 else records
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 on a diff")
    args = parser.parse_args()
    os.chdir(ROOT)  # the records name their samples relative to the checkout
    changed = 0
    for text in sorted((ROOT / "samples").glob("*.txt")):
        golden = text.with_suffix(".json")
        if not golden.exists():
            continue
        old, new = golden.read_text("utf-8"), rendered(text)
        if json.loads(old) == json.loads(new):
            continue
        changed += 1
        name = str(golden.relative_to(ROOT))
        sys.stdout.writelines(difflib.unified_diff(
            old.splitlines(True), new.splitlines(True), name, name + " (now)"
        ))  # fmt: skip
        if not args.check:
            golden.write_text(new, "utf-8")
    print(f"{changed} expected record file(s) {'differ' if args.check else 'rewritten'}")
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
