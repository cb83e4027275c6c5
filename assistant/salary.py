"""U.S. wage figures for a job title: the shipped OEWS table and an occupation matcher.

The table (``config/salary_oews_may2024.csv``, made by ``scripts/build_salary_table.py``)
holds the BLS annual wage percentiles of every detailed occupation. ``match_occupation``
turns a free-form title such as "Sr. Software Engineer II (Remote)" into one of those
occupations, or None when it can't tell: a briefing without salary figures is better
than one quoting the wrong occupation's pay.

A title is split into parts ("Senior Data Scientist - NYC" → "senior data scientist",
"nyc"), and each part is read several ways, from literal to loose: as written, without
seniority and level words, and with "Head of X"/"X Director" read as "X manager". Each
reading is looked up in the curated aliases (``config/salary_aliases.toml``), then in the
official titles. Only when nothing matches exactly is word overlap tried, and it must
agree on the head noun (the last word: "engineer", "nurse") and name one occupation.
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
# 0.6 accepts "auditor" → "Accountants and Auditors" (0.67) and rejects a single
# shared word out of two each, e.g. "data engineer" vs "data scientist" (0.5).
MIN_OVERLAP = 0.6
OVERLAP_CONFIDENCE_SCALE = 0.8  # keeps any overlap guess below an exact alias
# A job title fits in a line; anything longer is a description or junk, not a title.
MAX_ROLE_LENGTH = 200

_Words = tuple[str, ...]

_WORD = re.compile(r"[^\W_]+")
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")
# Titles carry locations, teams and companies after a separator: "SWE - NYC",
# "Designer | Remote", "Interview: Data Scientist", "Engineer @ Acme", "PM at Acme".
_PART_SEPARATOR = re.compile(r"\s+(?:[-–—/]|at)\s+|[|:@•·]")
# One pass over these spellings; each group maps to a fixed replacement.
_SPELLING_VARIANTS = re.compile(
    r"\b(?:(front)[\s-]+end|(back)[\s-]+end|(full)[\s-]+stack|(vice)[\s-]+president"
    r"|(?:part|full)[\s-]*time)\b"
)
_SPELLING_REPLACEMENTS = {"front": "frontend", "back": "backend", "full": "fullstack", "vice": "vp"}
_STOPWORDS = frozenset({"a", "an", "and", "for", "in", "of", "or", "the", "to", "with"})
# Level markers say nothing about the occupation: "II", "3", "L5", "IC4".
_LEVEL = re.compile(r"i{1,3}|iv|vi{0,3}|\d+|(?:l|e|p|ic)\d+")
_ARRANGEMENT_WORDS = frozenset(
    {"remote", "hybrid", "onsite", "contract", "temporary", "temp", "freelance", "level"}
)
_SENIORITY_WORDS = frozenset(
    {"senior", "sr", "junior", "jr", "lead", "principal", "staff", "associate", "entry"}
    | {"mid", "experienced", "intermediate", "founding", "distinguished"}
)
_SUPERVISOR_FIRST = frozenset({"head", "director", "manager", "vp", "svp", "evp", "avp"})
_SUPERVISOR_LAST = frozenset({"director", "head", "vp"})
_VP_WORDS = frozenset({"vp", "svp", "evp", "avp"})
# Words that fit dozens of occupations; a title made only of them ("Senior Manager",
# "Lead Engineer", "Executive") cannot be placed by word overlap.
_GENERIC_WORDS = frozenset(
    {"manager", "director", "head", "vp", "lead", "leader", "chief", "president", "owner"}
    | {"engineer", "analyst", "specialist", "consultant", "associate", "assistant", "agent"}
    | {"coordinator", "administrator", "officer", "executive", "supervisor", "designer"}
    | {"technician", "representative", "rep", "worker", "operator", "staff", "principal"}
    | {"intern", "partner", "member", "team", "employee", "professional", "advisor", "expert"}
    | {"scientist", "researcher", "clerk", "helper", "aide", "general", "senior", "junior"}
    | {"founder", "contributor", "individual", "it"}
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
    """A wording of an occupation for the overlap search."""

    soc: str
    words: frozenset[str]
    label: str


class SalaryTable:
    """The wage table plus the curated aliases, indexed for ``match_occupation``."""

    def __init__(self, figures: Iterable[WageFigures], aliases: Mapping[str, str]) -> None:
        """Index ``figures`` and ``aliases`` (title → SOC code); bad aliases raise ValueError."""
        self._by_soc = {entry.soc: entry for entry in figures}
        self._official: dict[_Words, tuple[str, str]] = {}
        self._aliases: dict[_Words, tuple[str, str]] = {}
        self._phrases_by_head: dict[str, list[_Phrase]] = defaultdict(list)
        for entry in self._by_soc.values():
            self._add_official_title(entry)
        for alias, soc in aliases.items():
            self._add_alias(alias, soc)

    @classmethod
    @functools.cache
    def load(cls) -> SalaryTable:
        """The shipped table and aliases, read once per process."""
        return cls(read_wage_table(data_path(TABLE_NAME)), read_aliases(data_path(ALIASES_NAME)))

    def get(self, soc: str) -> WageFigures | None:
        """The figures for a SOC code such as "15-1252", or None if the table lacks it."""
        return self._by_soc.get(soc)

    def __len__(self) -> int:
        return len(self._by_soc)

    def __iter__(self) -> Iterator[WageFigures]:
        return iter(self._by_soc.values())

    def _add_official_title(self, entry: WageFigures) -> None:
        label = f'official title "{entry.title}"'
        # "Architects, Except Landscape and Naval": people write the part before "except".
        core = re.split(r",\s*except\b", entry.title, flags=re.IGNORECASE)[0]
        for form in {_words(entry.title), _words(core)}:
            self._official.setdefault(form, (entry.soc, label))
        # A residual class ("Engineers, All Other") would claim any title sharing its
        # head noun; it is reachable only by its exact name or an alias.
        if "all other" in entry.title.lower():
            return
        main = re.split(r",| of ", core, maxsplit=1)[0]  # "Cooks, Restaurant", "Supervisors of …"
        self._add_phrase(entry.soc, _words(main)[-1:], _words(core), label)
        # "Paralegals and Legal Assistants" names two occupations; "Computer and
        # Information Systems Managers" names one, so only plural words before "and" count.
        pieces = main.split(" and ")
        for piece in pieces[1:] + [p for p in pieces[:-1] if p.rstrip().endswith("s")]:
            self._add_phrase(entry.soc, _words(piece)[-1:], _words(piece), label)

    def _add_alias(self, alias: str, soc: str) -> None:
        words = _words(alias)
        if not words:
            raise ValueError(f"salary alias {alias!r} has no words")
        if soc not in self._by_soc:
            raise ValueError(f"salary alias {alias!r} names {soc}, which is not in the table")
        known = self._aliases.get(words)
        if known and known[0] != soc:
            raise ValueError(f"salary alias {alias!r} clashes with {known[1]} ({known[0]})")
        self._aliases[words] = (soc, f'alias "{alias}"')
        self._add_phrase(soc, words[-1:], words, f'alias "{alias}"')

    def _add_phrase(self, soc: str, head: _Words, words: _Words, label: str) -> None:
        if head:
            phrase = _Phrase(soc, frozenset(words) - _STOPWORDS, label)
            self._phrases_by_head[head[0]].append(phrase)

    def _exact(self, readings: list[_Words]) -> tuple[str, float, str] | None:
        for words in readings:
            for index, confidence in (
                (self._aliases, ALIAS_CONFIDENCE),
                (self._official, OFFICIAL_TITLE_CONFIDENCE),
            ):
                if words in index:
                    soc, label = index[words]
                    return soc, confidence, label
        return None

    def _closest(self, readings: list[_Words]) -> tuple[str, float, str] | None:
        best_score, best_by_soc = 0.0, {}
        for words in readings:
            wanted = frozenset(words) - _STOPWORDS
            if not wanted or wanted <= _GENERIC_WORDS:
                continue
            for phrase in self._phrases_by_head.get(words[-1], ()):
                score = 2 * len(wanted & phrase.words) / (len(wanted) + len(phrase.words))
                if score > best_score:
                    best_score, best_by_soc = score, {}
                if score == best_score:
                    best_by_soc.setdefault(phrase.soc, phrase)
        # Two occupations equally close ("therapist") is a coin toss, not a match.
        if best_score < MIN_OVERLAP or len(best_by_soc) != 1:
            return None
        ((soc, phrase),) = best_by_soc.items()
        return soc, best_score * OVERLAP_CONFIDENCE_SCALE, f"similar to {phrase.label}"


def match_occupation(role: str | None, table: SalaryTable | None = None) -> OccupationMatch | None:
    """The OEWS occupation for a job title, or None when there is no confident match.

    ``table`` defaults to the shipped one. Never raises for any string; returns None
    for None, empty or over-long input and for words that name no occupation.
    """
    if not isinstance(role, str) or len(role) > MAX_ROLE_LENGTH:
        return None
    table = table if table is not None else SalaryTable.load()
    for readings in _title_parts(role):
        found = table._exact(readings) or table._closest(readings)
        if found:
            soc, confidence, matched_on = found
            return OccupationMatch(table._by_soc[soc], confidence, matched_on, role)
    return None


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
        wages = {name: _parse_wage(row[name]) for name in PERCENTILES}
        figures.append(
            WageFigures(
                soc=row["soc"],
                title=row["title"],
                employment=int(row["employment"]),
                source=header["source"],
                period=header["period"],
                top_coded=frozenset(name for name, (_, capped) in wages.items() if capped),
                **{name: value for name, (value, _) in wages.items()},
            )
        )
    return figures


def read_aliases(path: Path) -> dict[str, str]:
    """The ``[aliases]`` table of a TOML file: job title → SOC code."""
    with path.open("rb") as handle:
        return dict(tomllib.load(handle)["aliases"])


def _parse_wage(cell: str) -> tuple[int, bool]:
    """``"133080"`` → (133080, False); ``">=239200"`` → (239200, True)."""
    capped = cell.startswith(TOP_CODED_PREFIX)
    return int(cell.removeprefix(TOP_CODED_PREFIX)), capped


def _title_parts(role: str) -> Iterator[list[_Words]]:
    """Each part of a title, as its readings from literal to loose."""
    text = unicodedata.normalize("NFKC", role).casefold()
    # "(Remote)", "[Contract]" qualify the title; keep them only if nothing else is left.
    unbracketed = _BRACKETED.sub(" ", text)
    if _WORD.search(unbracketed):
        text = unbracketed
    for part in _PART_SEPARATOR.split(text):
        yield _readings(part)


def _readings(part: str) -> list[_Words]:
    wordings = [_words(part)]
    before, comma, after = part.partition(",")
    if comma:  # "Manager, Product Marketing" → "product marketing manager"
        wordings.append(_words(f"{after} {before}"))
    readings: list[_Words | None] = []
    for words in wordings:
        plain = _without_qualifiers(words)
        readings += [words, plain, _as_manager(plain)]
    return [words for words in dict.fromkeys(readings) if words]


@functools.lru_cache(maxsize=4096)
def _words(text: str) -> _Words:
    """Lower-case singular words: the form in which titles, aliases and queries compare."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("&", " and ")
    text = text.replace("'", "").replace("’", "")  # "Sheriff's" is one word
    text = _SPELLING_VARIANTS.sub(_respell, text)
    return tuple(_singular(word) for word in _WORD.findall(text))


def _respell(found: re.Match[str]) -> str:
    # "part time"/"full time" match no group: the work arrangement is dropped.
    return _SPELLING_REPLACEMENTS.get(found.group(found.lastindex or 0), " ")


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
