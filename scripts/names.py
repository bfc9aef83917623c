"""Write newsctl/data/names.tsv: Arabic given names and family names, so that a line that is
only a person's name (a writer's name printed alone above the story: ``عبدالله حميد العتابي``)
is known as a name, not taken for the article's headline.

Sources (both MIT licence):
- the Arabic person providers of Faker (joke2k/faker): ``ar_AA`` (given names of men and women,
  family names), ``ar_DZ`` (Algerian given and family names), ``ar_PS`` and ``ar_SA``
  (Palestinian and Saudi family names), read from the installed package's providers;
- AKhateeb/arabic-names: its lists of men's and women's given names and of family names in
  Arabic letters (male-first--names-in-arabic.txt, female-first-names-in-arabic.txt,
  last-names-in-arabic.txt).
Names are kept as written, vowel marks taken off (``تقيّ الدّين`` is ``تقي الدين``); a name met
in both lists is kept once, as a given name.

Run: .venv/bin/pip install 'faker==40.63.0' && .venv/bin/python scripts/names.py ARABIC_NAMES_DIR
(the folder holding the three lists of AKhateeb/arabic-names at commit
32d5ec88aabb1d1ce79034bfec1d26443124859a). The output is sorted and deterministic;
tests/test_names.py checks the file's form and, when Faker is installed, that it is what this
script gives.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from pathlib import Path

from datafile import source_path, write_data

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "newsctl" / "data" / "names.tsv"
LOCALES = ("ar_AA", "ar_DZ", "ar_PS", "ar_SA")
GIVEN = ("first_names_male", "first_names_female")
FAMILY = ("last_names",)
ARABIC_NAMES = {  # AKhateeb/arabic-names: each list and the kind of its names
    "male-first--names-in-arabic.txt": "given",
    "female-first-names-in-arabic.txt": "given",
    "last-names-in-arabic.txt": "family",
}
MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")  # vowel marks and tatweel
ARABIC_NAME = re.compile(r"^[\u0621-\u064a\u0671-\u06d3 ]+$")

HEADER = """\
# Arabic given names and family names, written by scripts/names.py; do not edit by hand. newsctl
# folds each name once when it loads this file (newsctl.text.fold.fold_key): a line of two to
# four words that are names (a given name first) is a person's name, not a headline.
#
# Columns: the name, its kind (given or family), its source.
#
# Sources (the third column):
# ar_AA, ar_DZ,    Faker 40.63.0 (https://github.com/joke2k/faker), its Arabic person providers
# ar_PS, ar_SA     (faker/providers/person/<locale>); MIT licence, Copyright (c) 2012 Daniele
#                  Faraglia
# arabic-names     AKhateeb/arabic-names at commit 32d5ec88aabb1d1ce79034bfec1d26443124859a, its
#                  lists of given and family names in Arabic letters; MIT licence, Copyright (c)
#                  2018 AKhateeb
#
"""


def clean(name: str) -> str | None:
    """The name without its vowel marks, or None when it is not in Arabic letters."""
    name = " ".join(MARKS.sub("", name).split())
    return name if name and ARABIC_NAME.match(name) else None


def faker_names() -> Iterable[tuple[str, str, str]]:
    """(name, kind, locale) of every name of Faker's providers, in the providers' order."""
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for kind, attributes in (("given", GIVEN), ("family", FAMILY)):
            for attribute in attributes:
                for name in vars(provider).get(attribute, ()):
                    cleaned = clean(name)
                    if cleaned is not None:
                        yield cleaned, kind, locale


def arabic_names(folder: Path) -> Iterable[tuple[str, str, str]]:
    """(name, kind, "arabic-names") of every name of AKhateeb/arabic-names' lists."""
    for file, kind in ARABIC_NAMES.items():
        for line in (folder / file).read_text("utf-8-sig").splitlines():
            cleaned = clean(line)
            if cleaned is not None:
                yield cleaned, kind, "arabic-names"


def write(rows: Iterable[tuple[str, str, str]]) -> str:
    """The file's text: each name once (given before family, the first locale winning)."""
    kept: dict[str, tuple[str, str]] = {}
    for name, kind, locale in rows:
        if name not in kept or (kind == "given" and kept[name][0] == "family"):
            kept[name] = (kind, locale)
    lines = (f"{name}\t{kind}\t{locale}" for name, (kind, locale) in sorted(kept.items()))
    return HEADER + "\n".join(lines) + "\n"


def main() -> None:
    folder = source_path(__doc__, "arabic_names", "the folder of AKhateeb/arabic-names")
    write_data(OUT, HEADER, write([*faker_names(), *arabic_names(folder)]), "names")


if __name__ == "__main__":
    main()
