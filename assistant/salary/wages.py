"""U.S. wage figures for a job title: the shipped OEWS table and an occupation matcher.

The table (``config/salary_oews_may2024.csv``, made by ``scripts/build_salary_table.py``)
holds BLS annual wage percentiles per detailed occupation. ``match_occupation`` maps a
free-form title ("Sr. Software Engineer II (Remote)") to one occupation, or to None when
unsure: no salary figures beat the wrong occupation's figures.

Each part of a title ("Data Scientist - NYC" → "data scientist", "nyc") is read as
written, without seniority and level words, and with "Head of X"/"X Director" as "X
manager"; each reading is looked up in the aliases (``config/salary_aliases.toml``),
then in the official titles. Only then is word overlap tried, and it must agree on the
head noun (the last word: "engineer", "nurse") and point to a single occupation.
"""

from __future__ import annotations

import csv
import functools
import re
import tomllib
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from assistant.resources import data_path

TABLE_NAME = "salary_oews_may2024.csv"
ALIASES_NAME = "salary_aliases.toml"
OOH_URL = "https://www.bls.gov/ooh/"

PERCENTILES = ("p10", "p25", "median", "p75", "p90")
TOP_CODED_PREFIX = ">="  # how the table writes "at least this much" (see its header)

OFFICIAL_TITLE_CONFIDENCE = 1.0
ALIAS_CONFIDENCE = 0.9  # curated, but an alias often maps a niche title to a broader code
# Word overlap is scored with the Dice coefficient (2·shared / (words in both)).
# 0.6 accepts "auditor" → "Accountants and Auditors" (0.67) and rejects one shared
# word out of two each, e.g. "data engineer" vs "data scientist" (0.5).
MIN_OVERLAP = 0.6
OVERLAP_CONFIDENCE_SCALE = 0.8  # keeps any overlap guess below an exact alias
# A job title fits in a line; anything longer is a description or junk, not a title.
MAX_ROLE_LENGTH = 200

_Words = tuple[str, ...]


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_WORD = re.compile(r"[^\W_]+")
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")
# Titles carry locations, teams and companies after a separator: "SWE - NYC",
# "Designer | Remote", "Interview: Data Scientist", "Engineer @ Acme", "PM at Acme".
_PART_SEPARATOR = re.compile(r"\s+(?:[-–—/]|at)\s+|[|:@•·]")
_EXCEPT_CLAUSE = re.compile(r",\s*except\b", re.IGNORECASE)
_QUALIFIER = re.compile(r",| of ")  # "Cooks, Restaurant", "Supervisors of Retail …"
# One pass over these spellings; the captured word picks the replacement, and "part
# time"/"full time" (no group) are dropped as a work arrangement.
_SPELLING_VARIANTS = re.compile(
    r"\b(?:(front)[\s-]+end|(back)[\s-]+end|(full)[\s-]+stack|(vice)[\s-]+president"
    r"|(?:part|full)[\s-]*time)\b"
)
_RESPELLED = {"front": "frontend", "back": "backend", "full": "fullstack", "vice": "vp"}
_STOPWORDS = _wordset("a an and for in of or the to with")
# Level markers say nothing about the occupation: "II", "3", "L5", "IC4".
_LEVEL = re.compile(r"i{1,3}|iv|vi{0,3}|\d+|(?:l|e|p|ic)\d+")
_ARRANGEMENT_WORDS = _wordset("remote hybrid onsite contract temporary temp freelance")
_SENIORITY_WORDS = _wordset(
    "senior sr junior jr lead principal staff associate entry level mid experienced"
    " intermediate founding distinguished"
)
_VP_WORDS = _wordset("vp svp evp avp")
_SUPERVISOR_FIRST = _VP_WORDS | {"head", "director", "manager"}
_SUPERVISOR_LAST = _wordset("director head vp")
# Words that fit dozens of occupations; a title made only of them ("Senior Manager",
# "Lead Engineer", "Executive") cannot be placed by word overlap.
_GENERIC_WORDS = _SENIORITY_WORDS | _wordset(
    "manager director head vp leader chief president owner founder engineer analyst"
    " specialist consultant assistant agent coordinator administrator officer executive"
    " supervisor designer technician representative rep worker operator intern partner"
    " member team employee professional advisor expert scientist researcher clerk helper"
    " aide general contributor individual it"
)


@dataclass(frozen=True)
class WageFigures:
    """Annual U.S. wage percentiles (USD, all industries) for one occupation.

    A percentile named in ``top_coded`` is a lower bound: BLS publishes only that it
    reaches the cap ($239,200 a year for May 2024), as for Chief Executives' p90.
    """

    soc: str
    title: str
    p10: int
    p25: int
    median: int
    p75: int
    p90: int
    employment: int
    source: str
    period: str
    top_coded: frozenset[str] = frozenset()

    def is_top_coded(self, percentile: str) -> bool:
        """True when ``percentile`` ("p10" … "p90", "median") is only "at least" its value."""
        return percentile in self.top_coded


@dataclass(frozen=True)
class OccupationMatch:
    """The occupation found for a job title, and how sure and why."""

    figures: WageFigures
    confidence: float  # 0–1; 1.0 only for an official title
    matched_on: str  # e.g. 'alias "software engineer"' or 'official title "Lawyers"'
    query: str  # the title as given


@dataclass(frozen=True)
class _Phrase:
    """One wording of an occupation, for the word-overlap search."""

    figures: WageFigures
    words: frozenset[str]
    label: str
    # A lone word cut from a longer title ("Directors" of "Producers and Directors")
    # has lost its context: it may stand only for itself, not for "Managing Director".
    whole_only: bool = False


class SalaryTable:
    """The wage table plus the curated aliases, indexed for matching job titles."""

    def __init__(self, figures: Iterable[WageFigures], aliases: Mapping[str, str]) -> None:
        """Index ``figures`` and ``aliases`` (title → SOC code); a bad alias raises ValueError."""
        self._figures = {entry.soc: entry for entry in figures}
        # Exact wordings → (figures, confidence, matched_on).
        self._aliases: dict[_Words, tuple[WageFigures, float, str]] = {}
        self._official: dict[_Words, tuple[WageFigures, float, str]] = {}
        self._phrases_by_head: dict[str, list[_Phrase]] = defaultdict(list)
        for entry in self._figures.values():
            self._add_official_title(entry)
        for alias, soc in aliases.items():
            self._add_alias(alias, soc)

    @classmethod
    @functools.cache
    def load(cls) -> SalaryTable:
        """The shipped table and aliases, read once per process."""
        return cls(read_wage_table(data_path(TABLE_NAME)), read_aliases(data_path(ALIASES_NAME)))

    def by_soc(self, soc: str) -> WageFigures | None:
        """The figures for a SOC code such as "15-1252", or None if the table lacks it."""
        return self._figures.get(soc)

    def __len__(self) -> int:
        return len(self._figures)

    def __iter__(self) -> Iterator[WageFigures]:
        return iter(self._figures.values())

    def match(self, role: str | None) -> OccupationMatch | None:
        """The occupation for a job title, or None; see ``match_occupation``."""
        if not isinstance(role, str) or len(role) > MAX_ROLE_LENGTH:
            return None
        for readings in _title_parts(role):
            found = self._exact(readings) or self._closest(readings)
            if found:
                return OccupationMatch(*found, query=role)
        return None

    def _add_official_title(self, entry: WageFigures) -> None:
        label = f'official title "{entry.title}"'
        # "Architects, Except Landscape and Naval": people write the part before "except".
        core = _EXCEPT_CLAUSE.split(entry.title, maxsplit=1)[0]
        for wording in {_words(entry.title), _words(core)}:
            self._official.setdefault(wording, (entry, OFFICIAL_TITLE_CONFIDENCE, label))
        # A residual class ("Engineers, All Other") would claim any title sharing its
        # head noun; it is reachable only by its exact name or an alias.
        if "all other" in entry.title.lower():
            return
        main = _QUALIFIER.split(core, maxsplit=1)[0]
        self._add_phrase(entry, _words(core), label, head=_words(main)[-1])
        # "Paralegals and Legal Assistants" names two occupations; "Computer and
        # Information Systems Managers" one, so only plural words before "and" count.
        pieces = main.split(" and ")
        for piece in pieces[1:] + [p for p in pieces[:-1] if p.rstrip().endswith("s")]:
            words = _words(piece)
            self._add_phrase(entry, words, label, whole_only=len(words) == 1)

    def _add_alias(self, alias: str, soc: str) -> None:
        words, entry, label = _words(alias), self._figures.get(soc), f'alias "{alias}"'
        if not words or entry is None:
            raise ValueError(f"salary alias {alias!r}: no words, or {soc} is not in the table")
        known = self._aliases.get(words)
        if known and known[0] is not entry:
            raise ValueError(f"salary alias {alias!r} clashes with {known[2]}")
        self._aliases[words] = (entry, ALIAS_CONFIDENCE, label)
        self._add_phrase(entry, words, label)

    def _add_phrase(
        self,
        entry: WageFigures,
        words: _Words,
        label: str,
        head: str = "",
        whole_only: bool = False,
    ) -> None:
        """Index ``words`` under their head noun: the last word unless given."""
        phrase = _Phrase(entry, frozenset(words) - _STOPWORDS, label, whole_only)
        self._phrases_by_head[head or words[-1]].append(phrase)

    def _exact(self, readings: list[_Words]) -> tuple[WageFigures, float, str] | None:
        for words in readings:
            found = self._aliases.get(words) or self._official.get(words)
            if found:
                return found
        return None

    def _closest(self, readings: list[_Words]) -> tuple[WageFigures, float, str] | None:
        best_score = 0.0
        best_by_soc: dict[str, _Phrase] = {}
        for words in readings:
            wanted = frozenset(words) - _STOPWORDS
            if not wanted or wanted <= _GENERIC_WORDS:
                continue
            for phrase in self._phrases_by_head.get(words[-1], ()):
                if phrase.whole_only and phrase.words != wanted:
                    continue
                score = 2 * len(wanted & phrase.words) / (len(wanted) + len(phrase.words))
                if score > best_score:
                    best_score, best_by_soc = score, {}
                if score == best_score:
                    best_by_soc.setdefault(phrase.figures.soc, phrase)
        # Two occupations equally close ("therapist") is a coin toss, not a match.
        if best_score < MIN_OVERLAP or len(best_by_soc) != 1:
            return None
        (phrase,) = best_by_soc.values()
        return phrase.figures, best_score * OVERLAP_CONFIDENCE_SCALE, f"similar to {phrase.label}"


def match_occupation(role: str | None, table: SalaryTable | None = None) -> OccupationMatch | None:
    """The OEWS occupation for a job title, or None when there is no confident match.

    ``table`` defaults to the shipped one. Never raises for any string; returns None
    for None, empty or over-long input and for words that name no occupation.
    """
    return (SalaryTable.load() if table is None else table).match(role)


def read_wage_table(path: Path) -> list[WageFigures]:
    """Rows of a table written by ``scripts/build_salary_table.py``.

    The ``# source:`` and ``# period:`` header lines are copied into every row, so
    the figures carry their attribution wherever they go.
    """
    header: dict[str, str] = {}
    body: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            key, _, value = line[1:].partition(":")
            header[key.strip()] = value.strip()
        else:
            body.append(line)
    if not header.get("source") or not header.get("period"):
        raise ValueError(f"{path}: header lines '# source:' and '# period:' are required")
    figures = []
    for row in csv.DictReader(body):
        cells = {name: row[name] for name in PERCENTILES}
        figures.append(
            WageFigures(
                soc=row["soc"],
                title=row["title"],
                employment=int(row["employment"]),
                source=header["source"],
                period=header["period"],
                top_coded=frozenset(k for k, v in cells.items() if v.startswith(TOP_CODED_PREFIX)),
                **{k: int(v.removeprefix(TOP_CODED_PREFIX)) for k, v in cells.items()},
            )
        )
    return figures


def read_aliases(path: Path) -> dict[str, str]:
    """The ``[aliases]`` table of a TOML file: job title → SOC code."""
    with path.open("rb") as handle:
        return dict(tomllib.load(handle)["aliases"])


def _title_parts(role: str) -> Iterator[list[_Words]]:
    """Each part of a title, as its readings from literal to loose."""
    text = unicodedata.normalize("NFKC", role).casefold()
    # "(Remote)", "[Contract]" qualify the title; keep them only if nothing else is left.
    unbracketed = _BRACKETED.sub(" ", text)
    if _WORD.search(unbracketed):
        text = unbracketed
    for part in _PART_SEPARATOR.split(text):
        wordings = [_words(part)]
        before, comma, after = part.partition(",")
        if comma:  # "Manager, Product Marketing" → "product marketing manager"
            wordings.append(_words(f"{after} {before}"))
        readings: list[_Words | None] = []
        for words in wordings:
            plain = _without_qualifiers(words)
            readings += [words, plain, _as_manager(plain)]
        yield [words for words in dict.fromkeys(readings) if words]


@functools.lru_cache(maxsize=4096)
def _words(text: str) -> _Words:
    """Lower-case singular words: the form in which titles, aliases and queries compare."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("&", " and ")
    text = text.replace("'", "").replace("’", "")  # "Sheriff's" is one word
    text = _SPELLING_VARIANTS.sub(
        lambda found: _RESPELLED.get(found[found.lastindex or 0], " "), text
    )
    return tuple(_singular(word) for word in _WORD.findall(text))


@functools.lru_cache(maxsize=4096)
def _singular(word: str) -> str:
    # Crude but applied alike to both sides, so "Nurses"/"nurse" and
    # "Secretaries"/"secretary" meet; short words are mostly acronyms ("ios").
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    return word.removesuffix("s")


def _without_qualifiers(words: _Words) -> _Words:
    kept = [w for w in words if w not in _ARRANGEMENT_WORDS and not _LEVEL.fullmatch(w)]
    # Seniority words qualify the role after them; as the last word they are the
    # role itself ("Sales Associate", "School Principal", "Team Lead").
    last = len(kept) - 1
    return tuple(w for i, w in enumerate(kept) if i == last or w not in _SENIORITY_WORDS)


def _as_manager(words: _Words) -> _Words | None:
    """ "Head of X", "VP X", "X Director" → "X manager".

    OEWS files whoever runs a function under "<function> Managers" (Marketing
    Managers, Sales Managers), whatever the title on the door.
    """
    if len(words) < 2:
        return None
    first, rest = words[0], words[1:]
    if first in _SUPERVISOR_FIRST and rest[0] == "of" and len(rest) > 1:
        return (*rest[1:], "manager")
    if first in _VP_WORDS:
        return (*rest, "manager")
    if words[-1] in _SUPERVISOR_LAST:
        return (*words[:-1], "manager")
    return None
