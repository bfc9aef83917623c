"""Write newsctl/data/outlets.tsv: the Arabic names of news outlets (newspapers, TV channels) as
they print their own name, so that a line of a copied page that only names the site (a masthead,
a logo's text) is not taken for the article's headline. Two public sources:

- iptv-org/database (data/channels.csv and data/feeds.csv; Unlicense, public domain): TV
  channels with an Arabic-language feed, their Arabic-script names (the ``alt_names`` column)
  — channels whose categories are all outside news, general, business, public, legislative,
  sports, culture, documentary, education and science are left out, and so are NSFW ones (kind
  radio when the name holds إذاعة or راديو, else tv);
- Wikidata items of newspapers (instance of Q11032 with an official website), as downloaded by
  patrickswickard/international_newspapers (wikidata/QID.json, one Wikidata API response per
  item; Wikidata's data is CC0): the title of the item's Arabic Wikipedia article (its
  disambiguation in brackets taken off), and its Arabic-script title (P1476), official name
  (P1448), short name (P1813), native label (P1705) and aliases, for items whose language (P407)
  is Arabic or, with no language given, whose country (P17) is in the Arab League.

Names are kept with 1 to 6 words, diacritics and tatweel taken off; names in Persian or Urdu
letters, and names that are not the outlet's (slogans, people, schedules: NOT_NAMES) are left
out. A one-word name is kept only when it is not an ordinary Arabic word or a place's name: not
with the article ال, nor in ORDINARY_WORDS (الوطن, الأيام, عاجل ... stay out alone; a longer form
such as جريدة الرياض stays in). Names are deduplicated on a folded key (diacritics, tatweel,
alef, alef maqsura, teh marbuta), the first source winning.

Run: python3 scripts/outlets.py CHANNELS_CSV FEEDS_CSV WIKIDATA_DIR
with iptv-org/database's data/channels.csv and data/feeds.csv at commit
cec915c45a1661b8a95fd654050330744e9877b0, and the folder wikidata/ of
patrickswickard/international_newspapers at commit 0d8b4a34764914490583a603d2a5d12ad175ecbd.
Standard library only; the output is sorted and deterministic.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "newsctl" / "data" / "outlets.tsv"

IPTV_REPO = "iptv-org/database"
IPTV_COMMIT = "cec915c45a1661b8a95fd654050330744e9877b0"
WIKIDATA_REPO = "patrickswickard/international_newspapers"
WIKIDATA_COMMIT = "0d8b4a34764914490583a603d2a5d12ad175ecbd"

ARAB_LEAGUE = {
    "AE", "BH", "DJ", "DZ", "EG", "IQ", "JO", "KM", "KW", "LB", "LY", "MA", "MR", "OM", "PS",
    "QA", "SA", "SD", "SO", "SY", "TN", "YE",
}  # fmt: skip
# Wikidata's countries (P17) as ISO 3166-1 alpha-2 codes, for those the kept items name
COUNTRY_QIDS = {
    "Q262": "DZ", "Q398": "BH", "Q970": "KM", "Q977": "DJ", "Q79": "EG", "Q796": "IQ",
    "Q810": "JO", "Q817": "KW", "Q822": "LB", "Q1016": "LY", "Q1025": "MR", "Q1028": "MA",
    "Q842": "OM", "Q219060": "PS", "Q846": "QA", "Q851": "SA", "Q1045": "SO", "Q1049": "SD",
    "Q858": "SY", "Q948": "TN", "Q878": "AE", "Q805": "YE", "Q145": "GB", "Q30": "US",
    "Q43": "TR", "Q794": "IR", "Q801": "IL", "Q159": "RU", "Q142": "FR", "Q183": "DE",
}  # fmt: skip
ARABIC_QID = "Q13955"
# iptv-org's codes that are not ISO 3166-1 alpha-2
IPTV_COUNTRIES = {"UK": "GB"}
IPTV_CATEGORIES = {
    "news", "general", "business", "public", "legislative", "sports", "culture", "documentary",
    "education", "science", "",
}  # fmt: skip

DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]")
BRACKETS = re.compile(r"\s*\([^()]*\)\s*$")
ARABIC_WORD = re.compile("^[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]+$")
LATIN_WORD = re.compile(r"^[A-Za-z0-9+&]{1,8}$")
# letters of Persian, Urdu, Kurdish and Pashto that Arabic does not write
NON_ARABIC = re.compile(
    "[\u067e\u0686\u0698\u06af\u06a9\u06cc\u06c0\u0679\u0688\u0691\u06ba"
    "\u06d2\u06be\u06d5\u06ce\u06c6\u06c7\u06b5\u0695\u06bb\u06c1\u06c3]"
)
MAX_WORDS = 6
# One-word names that are ordinary words or places' names (they open headlines): kept only in a
# longer form. Words with the article ال are left out alone without being listed.
ORDINARY_WORDS = {
    "عاجل", "شمس", "صباح", "زمان", "مصر", "ايران", "فلسطين", "سينما", "رؤيا", "حلوة", "ماسة",
    "تونسنا", "سميرة", "ذكريات", "نغم", "دجلة", "مرايا", "قطر", "عدن", "حطين", "عودة", "شيحان",
}  # fmt: skip
# Names in the sources that are not usable as the outlet's name (name as cleaned, source id),
# found by reading the rows kept
NOT_NAMES = {
    ("القصة في تجدد", "3eeshAlAanTV.ae"),  # a slogan
    ("أول قناة فنية بالمغرب", "ChadaTV.ma"),  # a slogan
    ("نقاش المستخدم", "AlhaqeqaAldawlia.jo"),  # "user talk", a wiki's page title
    ("المؤسسةللإرسال انترناسيونال اللبنانية", "LBCInternational.lb"),  # words run together
    ("قناة عدن المستق", "AICTV.ye"),  # cut short
    ("14 أكتوبر", "Q17069119"),  # the newspaper's name, but alone on a line it is a date
    ("العربية عامودي", "AlarabiyaPortrait.ae"),  # a stream's label (portrait), not a name
    ("الجزيرة مباشر التردد 2", "AlJazeeraMubasherBroadcast2.qa"),  # a second frequency
}
# the country a bracketed disambiguation of an Arabic Wikipedia title names ("(جريدة مصرية)")
BRACKET_COUNTRIES = {
    "مصرية": "EG", "سعودية": "SA", "السعودية": "SA", "لبنانية": "LB", "لبنان": "LB",
    "كويتية": "KW", "أردنية": "JO", "إماراتية": "AE", "قطرية": "QA", "قطر": "QA",
    "بحرينية": "BH", "سورية": "SY", "يمنية": "YE", "جزائرية": "DZ", "مغربية": "MA",
    "المغرب": "MA", "تونسية": "TN", "ليبية": "LY", "سودانية": "SD", "السودان": "SD",
    "عراقية": "IQ", "عمان": "OM", "عمانية": "OM", "فلسطينية": "PS",
}  # fmt: skip
RADIO_WORDS = {"إذاعة", "راديو"}
LIVE = re.compile("بث مباشر|مباشر$")


@dataclass(frozen=True)
class Outlet:
    name: str
    kind: str
    country: str
    source: str
    ident: str


def clean(raw: str, *, brackets: bool = False) -> str | None:
    """The name as the outlet prints it, without marks, or None when it is not usable."""
    name = INVISIBLE.sub("", raw)
    name = DIACRITICS.sub("", name)
    if brackets:
        name = BRACKETS.sub("", name)
    words = name.replace("\u060c", " ").split()
    if not words or len(words) > MAX_WORDS or NON_ARABIC.search(name):
        return None
    arabic = [w for w in words if ARABIC_WORD.match(w)]
    if not arabic or any(not ARABIC_WORD.match(w) and not LATIN_WORD.match(w) for w in words):
        return None
    if len(arabic) < len(words) - len(arabic):
        return None
    if words[0] == "TV":  # "... TV" turned round by a right-to-left editor
        return None
    if len(words) == 1:
        word = fold(words[0])
        if word.startswith("ال") or word in ORDINARY_FOLDED or len(word) < 3:
            return None
    if LIVE.search(name):
        return None
    return " ".join(words)


def fold(text: str) -> str:
    """The key two spellings of one name share (as newsctl's fold_key folds them)."""
    text = DIACRITICS.sub("", INVISIBLE.sub("", text))
    text = re.sub("[\u0622\u0623\u0625\u0671]", "\u0627", text)
    text = text.replace("\u0649", "\u064a").replace("\u0629", "\u0647")
    return " ".join(text.split()).casefold()


ORDINARY_FOLDED = {fold(w) for w in ORDINARY_WORDS}
NOT_FOLDED = {(fold(name), ident) for name, ident in NOT_NAMES}


def iptv(channels_csv: Path, feeds_csv: Path) -> Iterator[Outlet]:
    """TV channels with an Arabic feed, by their Arabic-script names in iptv-org/database."""
    arabic_feeds: set[str] = set()
    with feeds_csv.open(encoding="utf-8", newline="") as f:
        for feed in csv.DictReader(f):
            if "ara" in feed["languages"].split(";"):
                arabic_feeds.add(feed["channel"])
    with channels_csv.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            ident = row["id"]
            categories = set(row["categories"].split(";"))
            if ident not in arabic_feeds or row["is_nsfw"].upper() == "TRUE":
                continue
            if not categories & IPTV_CATEGORIES:
                continue
            country = IPTV_COUNTRIES.get(row["country"], row["country"]) or "-"
            for raw in [row["name"], *row["alt_names"].split(";")]:
                name = clean(raw)
                if name and (fold(name), ident) not in NOT_FOLDED:
                    kind = "radio" if RADIO_WORDS & set(name.split()) else "tv"
                    yield Outlet(name, kind, country, "iptv", ident)


def _values(value: object) -> list[str]:
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return [value] if isinstance(value, str) else []


def _qids(values: Iterable[str]) -> list[str]:
    return [m.group(1) for v in values if (m := re.search(r"\((Q\d+)\)\s*$", v))]


def wikidata(folder: Path) -> Iterator[Outlet]:
    """Arabic names of Wikidata's newspapers (Arabic-language, or Arab League with no language)."""
    for path in sorted(folder.glob("Q*.json")):
        try:
            item = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        claims = item.get("wikidata") or {}
        languages = _qids(_values(claims.get("language of work or name (P407)")))
        countries = [COUNTRY_QIDS.get(q, "") for q in _qids(_values(claims.get("country (P17)")))]
        arab = [c for c in countries if c in ARAB_LEAGUE]
        if languages and ARABIC_QID not in languages:
            continue
        if not languages and not arab:
            continue
        qid = item.get("wikibase") or path.stem
        names: list[tuple[str, bool]] = []
        sitelink = (item.get("sitelinks") or {}).get("arwiki")
        if isinstance(sitelink, dict) and isinstance(sitelink.get("title"), str):
            names.append((sitelink["title"], True))
            bracket = re.search(r"\(([^()]*)\)\s*$", sitelink["title"])
            words = bracket.group(1).split() if bracket else []
            arab += [BRACKET_COUNTRIES[w] for w in words if w in BRACKET_COUNTRIES]
        country = (arab or [c for c in countries if c] or ["-"])[0]
        for prop in ("title (P1476)", "official name (P1448)", "short name (P1813)",
                     "native label (P1705)"):  # fmt: skip
            names.extend((v, False) for v in _values(claims.get(prop)))
        names.extend((v, False) for v in _values(item.get("aliases")))
        for raw, brackets in names:
            name = clean(raw, brackets=brackets)
            if name and (fold(name), qid) not in NOT_FOLDED:
                yield Outlet(name, "newspaper", country, "wikidata", qid)


def build(outlets: Iterable[Outlet]) -> list[Outlet]:
    """One row a name (folded), the first source's; Arab League countries first, then others."""
    kept: dict[str, Outlet] = {}
    for outlet in outlets:
        kept.setdefault(fold(outlet.name), outlet)
    return sorted(
        kept.values(),
        key=lambda o: (o.country not in ARAB_LEAGUE, o.country, o.kind, fold(o.name), o.name),
    )


HEADER = f"""\
# Arabic names of news outlets as they print their own name (mastheads, logos' text), written by
# scripts/outlets.py from the public sources below; do not edit by hand. newsctl folds each name
# when it loads this file: a line of a page that is only an outlet's name (or a short form of
# it) names the site, it is not the article's headline.
#
# Columns: the name, its kind (newspaper, magazine, agency, tv, radio, website), its country
# (ISO 3166-1 alpha-2, or -), its source below, the source's own id for the outlet (or -).
# Rows: outlets of the Arab League's countries first, then the others, by country and kind.
#
# Sources:
# iptv       iptv-org/database, TV channels: data/channels.csv (the names and alt_names in
#            Arabic script) and data/feeds.csv (only channels with an Arabic-language feed), at
#            commit {IPTV_COMMIT} (as mirrored by
#            the fork Klomgor/database, whose history is upstream's); Unlicense (public domain).
#            Channels of music, movies, series, kids, religion, cooking and other entertainment
#            categories left out; kind radio when the name holds إذاعة or راديو (iptv-org lists
#            radios that stream video), else tv; country: iptv-org's (its UK written GB);
#            id: iptv-org's channel id
# wikidata   Wikidata (CC0 1.0) items that are instance of newspaper (Q11032) with an official
#            website (P856), as downloaded one item a file by
#            {WIKIDATA_REPO} (wikidata/QID.json, Wikidata API
#            responses of April 2023; the repository has no licence file of its own, its files
#            are Wikidata's data) at commit {WIKIDATA_COMMIT}:
#            the title of the Arabic Wikipedia article (sitelink arwiki; its bracketed
#            disambiguation taken off), title (P1476), official name (P1448), short name (P1813),
#            native label (P1705), aliases; items in Arabic (P407 Q13955), or with no language
#            given and a country (P17) in the Arab League; country: P17, else the country the
#            article's disambiguation names ("(جريدة مصرية)"), else -; id: the Wikidata QID
#
# Left out: names of more than {MAX_WORDS} words, names in Persian or Urdu letters, one-word names
# that are ordinary words or places' names (with the article, or listed in the script), slogans
# and schedule wording; diacritics and tatweel taken off; duplicates (folded) kept once.
"""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("channels", type=Path, help="iptv-org/database data/channels.csv")
    parser.add_argument("feeds", type=Path, help="iptv-org/database data/feeds.csv")
    parser.add_argument("wikidata", type=Path, help="folder wikidata/ of " + WIKIDATA_REPO)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    rows = build([*wikidata(args.wikidata), *iptv(args.channels, args.feeds)])
    lines = [HEADER]
    lines.extend(f"{o.name}\t{o.kind}\t{o.country}\t{o.source}\t{o.ident}\n" for o in rows)
    args.out.write_text("".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
