"""Write newsctl/data/places.tsv: the Arabic names of places that open wire datelines and
reporters' credits (``بغداد:``, ``الدار البيضاء ـ محمد رشيد``), from two public sources:

- the Unicode CLDR's Arabic locale (through Babel): its exemplar cities of the time zones and
  its names of countries and territories (Unicode licence v3);
- the cities of the Arab League's countries with 50,000 people or more, from the dataset
  jamsshhayd/world-cities-translations (Data/world-cities.csv; names from Wikidata; CC BY 4.0),
  an administrative word before a name taken off (محافظة تعز: تعز), the few labels that
  are not the city's name left out (WRONG_LABELS), names of more than three
  words or with other scripts, digits or brackets left out, the few rows whose Arabic label is
  not a place's (an institution, a club, an airport: INSTITUTION_WORDS) left out, and the towns
  whose name is also a given name of newsctl/data/names.tsv (بدر, طاهر: a line that opens with one
  is a person's name more often than a dateline) left out.

Run: .venv/bin/pip install babel && .venv/bin/python scripts/places.py WORLD_CITIES_CSV
(the CSV at commit 4f746ebca0b7a5c0366742d68ce4f9a272ab169a of that repository). The output is
sorted and deterministic; tests/test_places.py checks the file's form and, when Babel is
installed, that its CLDR part is what this script gives.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from pathlib import Path

from datafile import source_path, write_data

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "newsctl" / "data" / "places.tsv"
WORLD_CITIES = (
    "jamsshhayd/world-cities-translations Data/world-cities.csv at commit "
    "4f746ebca0b7a5c0366742d68ce4f9a272ab169a"
)
ARAB_LEAGUE = {
    "Algeria", "Bahrain", "Comoros", "Djibouti", "Egypt", "Iraq", "Jordan", "Kuwait", "Lebanon",
    "Libya", "Mauritania", "Morocco", "Oman", "Palestinian Territory Occupied", "Qatar",
    "Saudi Arabia", "Somalia", "Sudan", "Syria", "Tunisia", "United Arab Emirates", "Yemen",
}  # fmt: skip
MIN_POPULATION = 50_000
ADMINISTRATIVE = re.compile(
    r"^(?:محافظة|منطقة|مديرية|لواء|ناحية مركز|ناحية|ولاية|عزلة|قضاء|بلدية|مركز|إقليم|دائرة|قسم"
    r"|شعبية)\s+"
)
INSTITUTION_WORDS = {
    "نادي", "المجلس", "مجلس", "الكلية", "كلية", "جامعة", "فيروسات", "شركة", "مطار", "ميناء",
}  # fmt: skip
NAMES = ROOT / "newsctl" / "data" / "names.tsv"
# Rows whose Arabic label is not the city's name (a vandalized or machine-translated label),
# found by reading the rows kept: (label, the city's English name)
WRONG_LABELS = {
    ("فاموتيدين", "Mosul"), ("إطار هواء", "Tyre"), ("سعيد الفيومي", "Al Fayyum"),
    ("التجمع الوطني الديمقراطي", "Balad"), ("المجلس الوطني لقوى الثورة السلمية", "As Salamiyah"),
}  # fmt: skip
ARABIC_NAME = re.compile(r"^[\u0621-\u064a\u0671-\u06d3 ]+$")
MAX_WORDS = 3


def clean(name: str) -> str | None:
    """The name as a dateline writes it, or None when it is not a usable place name."""
    name = re.sub(r"[\u064b-\u0652]", "", name.strip())  # vowel marks: عَمَّان is عمان
    name = ADMINISTRATIVE.sub("", name)
    words = name.split()
    if not words or len(words) > MAX_WORDS or not ARABIC_NAME.match(name):
        return None
    if INSTITUTION_WORDS.intersection(words):
        return None
    return " ".join(words)


def cldr() -> list[tuple[str, str, str]]:
    from babel import Locale

    arabic, english = Locale("ar"), Locale("en")
    rows = []
    for zone, names in arabic.time_zones.items():
        city = names.get("city")
        name = clean(city) if city else None
        if name:
            rows.append((name, "cldr-city", zone))
    for code, territory in arabic.territories.items():
        name = clean(territory)
        if name and code.isalpha():  # not the regions of the world (001, 145 ...)
            rows.append((name, "cldr-territory", english.territories.get(code, code)))
    return rows


def given_names() -> set[str]:
    """The given names of newsctl/data/names.tsv, as written there."""
    rows = (line.split("\t") for line in NAMES.read_text("utf-8").splitlines())
    return {row[0] for row in rows if len(row) >= 2 and row[1] == "given"}


def world_cities(path: Path) -> list[tuple[str, str, str]]:
    given = given_names()
    rows = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["CountryNameEn"] not in ARAB_LEAGUE:
                continue
            if float(row["Population"] or 0) < MIN_POPULATION:
                continue
            if (row["CityNameAr"], row["CityNameEn"]) in WRONG_LABELS:
                continue
            name = clean(row["CityNameAr"])
            if name and name not in given:
                rows.append((name, "world-cities", row["CityNameEn"]))
    return rows


HEADER = f"""\
# Places that open wire datelines and reporters' credits on Arabic pages (بغداد:, الدار البيضاء ـ
# محمد رشيد), written by scripts/places.py; do not edit by hand. newsctl folds each name once when
# it loads this file (newsctl.text.fold.fold_key).
#
# Columns: the Arabic name, its source below, the English name (or the time zone).
#
# Sources:
# cldr-city        Unicode CLDR, Arabic locale, exemplar cities of the time zones, as Babel
#                  ships them; Unicode License v3 (https://www.unicode.org/license.txt)
# cldr-territory   Unicode CLDR, Arabic locale, names of countries and territories; same licence
# world-cities     cities of the Arab League's countries with {MIN_POPULATION:,} people or more,
#                  from {WORLD_CITIES}
#                  (names from Wikidata), CC BY 4.0 (Jamshaid Kamran); an administrative word
#                  before a name taken off, names of more than three words and labels that are
#                  not the city's name left out
"""


def write(rows: Iterable[tuple[str, str, str]]) -> str:
    seen: dict[str, tuple[str, str, str]] = {}
    for row in rows:
        seen.setdefault(row[0], row)
    body = "".join("\t".join(row) + "\n" for _, row in sorted(seen.items()))
    return HEADER + body


def main() -> None:
    cities = source_path(__doc__, "world_cities", "Data/world-cities.csv of the dataset")
    write_data(OUT, HEADER, write([*cldr(), *world_cities(cities)]), "places")


if __name__ == "__main__":
    main()
