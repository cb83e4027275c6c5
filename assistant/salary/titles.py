"""How a job title is read before it is looked up: words, parts and readings.

"Sr. Software Engineer II (Remote) - NYC" is cut into parts at separators, each part
read as written, without level, arrangement and seniority words, and with "Head of X"
/ "VP X" / "X Director" as "X manager" (OEWS files whoever runs a function under
"<function> Managers"). Both sides of every comparison (official titles, aliases and
the user's title) go through ``words`` so plurals, case and spellings meet.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

Words = tuple[str, ...]


def wordset(words: str) -> frozenset[str]:
    """The space-separated ``words`` as a frozenset."""
    return frozenset(words.split())


_WORD = re.compile(r"[^\W_]+")
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")
# Titles carry locations, teams and companies after a separator: "SWE - NYC",
# "Designer | Remote", "Interview: Data Scientist", "Engineer @ Acme", "PM at Acme".
_PART_SEPARATOR = re.compile(r"\s+(?:[-–—/]|at)\s+|[|:@•·]")
# One pass over these spellings; the captured word picks the replacement, and "part
# time"/"full time" (no group) are dropped as a work arrangement.
_SPELLING_VARIANTS = re.compile(
    r"\b(?:(front)[\s-]+end|(back)[\s-]+end|(full)[\s-]+stack|(vice)[\s-]+president"
    r"|(health)[\s-]+care|(child)[\s-]+care|(?:part|full)[\s-]*time)\b"
)
# SOC writes "Healthcare" and "Childcare" as one word; people often write two.
_RESPELLED = {
    "front": "frontend", "back": "backend", "full": "fullstack", "vice": "vp",
    "health": "healthcare", "child": "childcare",
}  # fmt: skip
STOPWORDS = wordset("a an and for in of or the to with")
# Level markers say nothing about the occupation: "II", "3", "L5", "IC4".
_LEVEL = re.compile(r"i{1,3}|iv|vi{0,3}|\d+|(?:l|e|p|ic)\d+")
_ARRANGEMENT_WORDS = wordset("remote hybrid onsite contract temporary temp freelance")
SENIORITY_WORDS = wordset(
    "senior sr junior jr lead principal staff associate entry level mid experienced"
    " intermediate founding distinguished"
)
_VP_WORDS = wordset("vp svp evp avp")
_SUPERVISOR_FIRST = _VP_WORDS | {"head", "director", "manager"}
_SUPERVISOR_LAST = wordset("director head vp")
# Words that fit dozens of occupations; a title made only of them ("Senior Manager",
# "Lead Engineer", "Executive") cannot be placed by word overlap.
GENERIC_WORDS = SENIORITY_WORDS | wordset(
    "manager director head vp leader chief president owner founder engineer analyst"
    " specialist consultant assistant agent coordinator administrator officer executive"
    " supervisor designer technician representative rep worker operator intern partner"
    " member team employee professional advisor expert scientist researcher clerk helper"
    " aide general contributor individual it"
)


# The head nouns of a title that runs something: such a title belongs to a manager or
# supervisor occupation, never to a specialist's ("Program Director" is not one of the
# Project Management Specialists). SOC 2018 puts managers in major group 11 and
# first-line supervisors under "First-Line Supervisors of …" in each field.
MANAGER_HEADS = wordset("manager director head vp chief supervisor")


class Reading(NamedTuple):
    """One way to read a part of a title: its words, and whether they were turned into
    "X manager" from "Head of X"/"X Director" (such a reading may only name a manager)."""

    words: Words
    as_manager: bool = False


def title_readings(role: str) -> Iterator[list[Reading]]:
    """Each part of a title, as its readings from literal to loose."""
    text = unicodedata.normalize("NFKC", role).casefold()
    # "(Remote)", "[Contract]" qualify the title; keep them only if nothing else is left.
    unbracketed = _BRACKETED.sub(" ", text)
    if _WORD.search(unbracketed):
        text = unbracketed
    for part in _PART_SEPARATOR.split(text):
        wordings = [words(part)]
        before, comma, after = part.partition(",")
        if comma:  # "Manager, Product Marketing" → "product marketing manager"
            wordings.append(words(f"{after} {before}"))
        readings: dict[Words, Reading] = {}
        for literal in wordings:
            plain = _without_qualifiers(literal)
            managerial = as_manager(plain)
            for reading in (Reading(literal), Reading(plain), Reading(managerial or (), True)):
                if reading.words:
                    readings.setdefault(reading.words, reading)
        yield list(readings.values())


@functools.lru_cache(maxsize=4096)
def words(text: str) -> Words:
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


def _without_qualifiers(title: Words) -> Words:
    kept = [w for w in title if w not in _ARRANGEMENT_WORDS and not _LEVEL.fullmatch(w)]
    # Seniority words qualify the role after them; as the last word they are the
    # role itself ("Sales Associate", "School Principal", "Team Lead").
    last = len(kept) - 1
    return tuple(w for i, w in enumerate(kept) if i == last or w not in SENIORITY_WORDS)


def as_manager(title: Words) -> Words | None:
    """ "Head of X", "VP X", "X Director" → "X manager"; None for any other title.

    OEWS files whoever runs a function under "<function> Managers" (Marketing
    Managers, Sales Managers), whatever the title on the door.
    """
    if len(title) < 2:
        return None
    first, rest = title[0], title[1:]
    if first in _SUPERVISOR_FIRST and rest[0] == "of" and len(rest) > 1:
        return (*rest[1:], "manager")
    if first in _VP_WORDS:
        return (*rest, "manager")
    if title[-1] in _SUPERVISOR_LAST:
        return (*title[:-1], "manager")
    return None
