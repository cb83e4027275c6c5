"""U.S. wage figures for a job title: the shipped OEWS table and an occupation matcher.

The table (``config/salary_oews_may2024.csv``, made by ``scripts/build_salary_table.py``)
holds BLS annual wage percentiles per detailed occupation. ``match_occupation`` maps a
free-form title ("Sr. Software Engineer II (Remote)") to one occupation, or to None when
unsure: no salary figures beat the wrong occupation's figures.

Each part of a title ("Data Scientist - NYC" → "data scientist", "nyc") is read as
written, without seniority and level words, and with "Head of X"/"X Director" as "X
manager"; each reading is looked up in the aliases (``config/salary_aliases.toml``),
then in the official titles. A field word anywhere in the title ("Production Manager,
Unscripted") first sends it to its field's titles (``assistant/salary/fields.py``:
producers, not factory managers). Only then is word overlap tried, and it must agree
on the head noun (the last word: "engineer", "nurse") and point to a single occupation.

A title that runs something ("Program Director", "Head of X") only reaches manager and
supervisor occupations (SOC group 11, "First-Line Supervisors of …"). A modifier picks
among siblings sharing the head noun: "Substance Abuse, Behavioral Disorder, and Mental
Health Counselors" gives each modifier its own wording, and a modifier the matcher does
not know, in a family BLS splits ("Social Workers, All Other"), or two occupations
about equally close, make the match only the closest one (``OccupationMatch.closest``),
which the briefing says.
"""

from __future__ import annotations

import csv
import functools
import re
import tomllib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from assistant.resources import data_path
from assistant.salary.fields import Field, read_fields
from assistant.salary.titles import (
    GENERIC_WORDS,
    MANAGER_HEADS,
    STOPWORDS,
    Reading,
    Words,
    as_manager,
    title_readings,
    words,
)

TABLE_NAME = "salary_oews_may2024.csv"
ALIASES_NAME = "salary_aliases.toml"
CLOSEST_TABLE = "closest"  # the aliases file's table of titles filed under several codes
OOH_URL = "https://www.bls.gov/ooh/"

PERCENTILES = ("p10", "p25", "median", "p75", "p90")
TOP_CODED_PREFIX = ">="  # how the table writes "at least this much" (see its header)

OFFICIAL_TITLE_CONFIDENCE = 1.0
ALIAS_CONFIDENCE = 0.9  # curated, but an alias often maps a niche title to a broader code
# A title BLS/O*NET files under several occupations ("Case Manager") is shown as the
# closest match, never with an alias's confidence.
CLOSEST_CONFIDENCE = 0.5
# Word overlap is scored with the Dice coefficient (2·shared / (words in both)).
# 0.6 accepts "auditor" → "Accountants and Auditors" (0.67) and rejects one shared
# word out of two each, e.g. "data engineer" vs "data scientist" (0.5).
MIN_OVERLAP = 0.6
OVERLAP_CONFIDENCE_SCALE = 0.8  # keeps any overlap guess below an exact alias
# Two occupations whose overlap scores differ by less than this match "about equally":
# the better one is shown as the closest match, not as the occupation.
NEAR_TIE = 0.1
# A job title fits in a line; anything longer is a description or junk, not a title.
MAX_ROLE_LENGTH = 200

_EXCEPT_CLAUSE = re.compile(r",\s*except\b", re.IGNORECASE)
_QUALIFIER = re.compile(r",| of ")  # "Cooks, Restaurant", "Supervisors of Retail …"
# "Child, Family, and School Social Workers": a series of modifiers sharing one head
# phrase (Oxford comma before the last), not a qualifier after a comma.
_SERIES = re.compile(r"^(?P<items>[^,]+(?:,[^,]+)*), (?:and|or) (?P<last>[^,]+)$")


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
    """The occupation found for a job title, and how sure and why.

    ``closest`` is True when the title fits this occupation only about as well as
    another (a sibling its modifier may pick, or a title BLS files under several):
    the figures are then the closest match, to be said so, not the occupation.
    """

    figures: WageFigures
    confidence: float  # 0–1; 1.0 only for an official title
    matched_on: str  # e.g. 'alias "software engineer"' or 'official title "Lawyers"'
    query: str  # the title as given
    closest: bool = False


@dataclass(frozen=True)
class _Phrase:
    """One wording of an occupation, for the word-overlap search."""

    figures: WageFigures
    words: frozenset[str]
    label: str
    # A lone word cut from a longer title ("Directors" of "Producers and Directors")
    # has lost its context: it may stand only for itself, not for "Managing Director".
    whole_only: bool = False
    # A curated alias is a whole title on its own: a title that holds all its words
    # plus modifiers ("child welfare caseworker") is that title, qualified.
    whole_title: bool = False


@dataclass(frozen=True)
class _Found:
    figures: WageFigures
    confidence: float
    matched_on: str
    closest: bool = False


class SalaryTable:
    """The wage table plus the curated aliases, indexed for matching job titles."""

    def __init__(
        self,
        figures: Iterable[WageFigures],
        aliases: Mapping[str, str],
        closest: Mapping[str, str] | None = None,
        fields: Iterable[Field] = (),
    ) -> None:
        """Index ``figures``, ``aliases`` (title → SOC code), ``closest`` (titles filed
        under several occupations → the likeliest one) and ``fields`` (words that move a
        title to another occupation); a bad alias or field code raises ValueError."""
        self._figures = {entry.soc: entry for entry in figures}
        self._fields = tuple(fields)
        for each in self._fields:
            for title, soc in each.titles.values():
                if soc not in self._figures:
                    raise ValueError(
                        f"salary field {each.name!r}: {title!r} → {soc} is not in the table"
                    )
        self._aliases: dict[Words, _Found] = {}
        self._official: dict[Words, _Found] = {}
        self._phrases_by_head: dict[str, list[_Phrase]] = defaultdict(list)
        # Wordings BLS splits into siblings: "Social Workers, All Other" says that a
        # "social worker" may be any of the social-work occupations.
        self._families: set[frozenset[str]] = set()
        for entry in self._figures.values():
            self._add_official_title(entry)
        for alias, soc in aliases.items():
            self._add_alias(alias, soc)
        for alias, soc in (closest or {}).items():
            self._add_alias(alias, soc, closest=True)

    @classmethod
    @functools.cache
    def load(cls) -> SalaryTable:
        """The shipped table and aliases, read once per process."""
        aliases = data_path(ALIASES_NAME)
        return cls(
            read_wage_table(data_path(TABLE_NAME)),
            read_aliases(aliases),
            read_aliases(aliases, CLOSEST_TABLE),
            read_fields(aliases),
        )

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
        role_words = frozenset(words(role))
        for readings in title_readings(role):
            found = (
                self._in_field(readings, role_words)
                or self._exact(readings)
                or self._closest(readings)
            )
            if found:
                return OccupationMatch(
                    found.figures, found.confidence, found.matched_on, role, found.closest
                )
        return None

    def _add_official_title(self, entry: WageFigures) -> None:
        label = f'official title "{entry.title}"'
        # "Architects, Except Landscape and Naval": people write the part before "except".
        core = _EXCEPT_CLAUSE.split(entry.title, maxsplit=1)[0]
        for wording in {words(entry.title), words(core)}:
            self._official.setdefault(wording, _Found(entry, OFFICIAL_TITLE_CONFIDENCE, label))
        # A residual class ("Engineers, All Other") would claim any title sharing its
        # head noun; it is reachable only by its exact name or an alias.
        if "all other" in entry.title.lower():
            self._families.add(frozenset(words(entry.title.split(",")[0])) - STOPWORDS)
            return
        # "Supervisors of A, B, and C Workers" is headed by "Supervisors", not a series.
        series = None if " of " in core else _SERIES.match(core)
        main = core if series else _QUALIFIER.split(core, maxsplit=1)[0]
        self._add_phrase(entry, words(core), label, head=words(main)[-1])
        # "Paralegals and Legal Assistants" names two occupations; "Computer and
        # Information Systems Managers" one, so only plural words before "and" count.
        pieces = main.split(" and ")
        for piece in pieces[1:] + [p for p in pieces[:-1] if p.rstrip().endswith("s")]:
            wording = words(piece)
            if wording:
                self._add_phrase(entry, wording, label, whole_only=len(wording) == 1)
        if series:
            # Each modifier of the series with the head noun: "Substance Abuse, …, and
            # Mental Health Counselors" gives "substance abuse counselor".
            last = words(series["last"].split(" and ")[0])
            for item in series["items"].split(","):
                if words(item):
                    self._add_phrase(entry, (*words(item), last[-1]), label)
            self._add_phrase(entry, last, label)

    def _add_alias(self, alias: str, soc: str, closest: bool = False) -> None:
        wording, entry = words(alias), self._figures.get(soc)
        label = f'closest match "{alias}"' if closest else f'alias "{alias}"'
        if not wording or entry is None:
            raise ValueError(f"salary alias {alias!r}: no words, or {soc} is not in the table")
        known = self._aliases.get(wording)
        if known and known.figures is not entry:
            raise ValueError(f"salary alias {alias!r} clashes with {known.matched_on}")
        confidence = CLOSEST_CONFIDENCE if closest else ALIAS_CONFIDENCE
        self._aliases[wording] = _Found(entry, confidence, label, closest)
        if closest:  # a title filed under several occupations is no evidence for one
            return
        # "Family Services Director" is also "family services manager", the reading a
        # "Director of Family Support Services" is compared in.
        for indexed in filter(None, (wording, as_manager(wording))):
            self._phrases_by_head[indexed[-1]].append(
                _Phrase(entry, frozenset(indexed) - STOPWORDS, label, whole_title=True)
            )

    def _add_phrase(
        self,
        entry: WageFigures,
        wording: Words,
        label: str,
        head: str = "",
        whole_only: bool = False,
    ) -> None:
        """Index ``wording`` under its head noun: the last word unless given."""
        phrase = _Phrase(entry, frozenset(wording) - STOPWORDS, label, whole_only)
        self._phrases_by_head[head or wording[-1]].append(phrase)

    def _in_field(self, readings: list[Reading], role_words: frozenset[str]) -> _Found | None:
        """The occupation a field word gives one of ``readings`` (see ``Field.title_in``)."""
        for field_ in self._fields:
            found = field_.title_in(role_words, readings)
            if found:
                title, soc, word = found
                label = f'alias "{title}" in {field_.name}, going by "{word}"'
                return _Found(self._figures[soc], ALIAS_CONFIDENCE, label)
        return None

    def _exact(self, readings: list[Reading]) -> _Found | None:
        for reading in readings:
            found = self._aliases.get(reading.words) or self._official.get(reading.words)
            # "Program Director" read as "program manager" must still name a manager.
            if found and (not reading.as_manager or _runs_something(found.figures)):
                return found
        return None

    def _closest(self, readings: list[Reading]) -> _Found | None:
        """The single occupation whose wording overlaps a reading best, or None.

        A phrase counts when its Dice score reaches MIN_OVERLAP, or when all its words
        are in the title ("child welfare caseworker" holds "caseworker"). A title headed
        by a manager word only reaches manager and supervisor occupations.
        """
        scored: list[tuple[float, _Phrase, frozenset[str]]] = []
        # "Head of Software Engineering" runs something, whichever reading is scored.
        runs = any(reading.as_manager for reading in readings)
        for reading in readings:
            wanted = frozenset(reading.words) - STOPWORDS
            head = reading.words[-1]
            if not wanted or wanted <= GENERIC_WORDS:
                continue
            manager_only = runs or head in MANAGER_HEADS
            for phrase in self._phrases_by_head.get(head, ()):
                if phrase.whole_only and phrase.words != wanted:
                    continue
                if manager_only and not _runs_something(phrase.figures):
                    continue
                score = 2 * len(wanted & phrase.words) / (len(wanted) + len(phrase.words))
                held = phrase.whole_title and phrase.words <= wanted
                held = held and not phrase.words <= GENERIC_WORDS
                if score >= MIN_OVERLAP or held:
                    scored.append((max(score, MIN_OVERLAP), phrase, wanted))
        if not scored:
            return None
        scored.sort(key=lambda found: found[0], reverse=True)
        best_score, best, wanted = scored[0]
        rivals = [(s, p) for s, p, _ in scored if p.figures.soc != best.figures.soc]
        # Two occupations equally close ("therapist") is a coin toss, not a match.
        if rivals and rivals[0][0] == best_score:
            return None
        # About equally close, or a modifier the phrase does not explain in a family
        # that BLS splits by such modifiers ("pediatric social worker": healthcare, or
        # child and family?): the closest match, said so.
        modifiers = wanted - best.words - GENERIC_WORDS
        closest = bool(rivals and best_score - rivals[0][0] < NEAR_TIE) or (
            bool(modifiers) and best.words in self._families
        )
        label = f"closest match to {best.label}" if closest else f"similar to {best.label}"
        return _Found(best.figures, best_score * OVERLAP_CONFIDENCE_SCALE, label, closest)


def _runs_something(figures: WageFigures) -> bool:
    """A manager (SOC major group 11) or first-line supervisor occupation."""
    return figures.soc.startswith("11-") or figures.title.startswith("First-Line Supervisors")


def match_occupation(role: str | None, table: SalaryTable | None = None) -> OccupationMatch | None:
    """The OEWS occupation for a job title, or None when there is no confident match.

    ``table`` defaults to the shipped one. Never raises for any string; returns None
    for None, empty or over-long input, for words that name no occupation, and when
    two occupations fit exactly as well. A match with ``closest`` set fits only about
    as well as another occupation and must be shown as the closest match.
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


def read_aliases(path: Path, table: str = "aliases") -> dict[str, str]:
    """A table of a TOML file (``[aliases]`` unless named): job title → SOC code.

    A missing table is empty; a file without ``[aliases]`` raises KeyError.
    """
    with path.open("rb") as handle:
        tables = tomllib.load(handle)
    return dict(tables[table] if table == "aliases" else tables.get(table, {}))
