"""The office or city written after a job, which is no part of the role.

"Fastighetsförvaltare, Stockholm", "Marine Impact Specialist (Marine), Lagos" and
"Facilities Manager – Corporate Campus" name the jobs "Fastighetsförvaltare", "Marine
Impact Specialist (Marine)" and "Facilities Manager": the city or the site the job sits
in comes after a comma or a dash, as it does in brackets (:mod:`.bracketnote`). A region
or a market the job covers stays ("Account Manager, EMEA", "Sales Lead – WA": which job
it is), and so do a desk or a field of work ("Deputy Editor, Latin America Desk", "HR
Manager – Legal Practice").
"""

from __future__ import annotations

import re
from functools import cache

from assistant.detect.employer.namematch import SITE_WORDS
from assistant.detect.places.cldrnames import territories
from assistant.detect.places.placenames import is_city, names_a_place, place_in_bracket
from assistant.detect.words.vocabulary import languages

# The last part after a comma or a spaced dash: one to four words, no further mark.
_LAST_PART = re.compile(r"(?:,\s+|\s+[-–—]\s+)([^\W\d_][^,()\[\]–—-]{1,40})$")


def without_seat(role: str | None) -> str | None:
    """``role`` without a city alone (:func:`.placenames.is_city`) or a site ("Corporate
    Campus", "Harbour Tower": words ending in a building's or a site's word,
    :data:`.namematch.SITE_WORDS`) written after it; ``None`` stays ``None``."""
    found = _LAST_PART.search(role or "")
    if not (role and found):
        return role
    last = found.group(1).strip()
    words = last.split()
    site = len(words) <= 4 and last[:1].isupper() and words[-1].casefold() in SITE_WORDS
    if site or is_city(last):
        return role[: found.start()].rstrip() or role
    return role


def covers_a_region(words: str) -> bool:
    """Whether ``words`` after a job name only a world region or a business market the
    job covers ("Europe", "Latin America", "EMEA", "APAC"): which job it is, part of the
    role. A city ("Stockholm"), a country's own region ("Canarias": where the job sits)
    or a region with a unit's word ("Europe Office") is no part of it. World regions are
    CLDR's territories with a numeric code (UN M49: "150" Europe, "419" Latin America),
    in the languages of ``lang/``; markets are written in capitals."""
    bare = " ".join(words.split())
    if not bare or place_in_bracket(bare):
        return False
    return bare.casefold() in _world_regions() or (
        bare.isupper() and names_a_place(bare) and not is_city(bare)
    )


@cache
def _world_regions() -> frozenset[str]:
    """The names of CLDR's world regions (numeric territory codes), casefolded."""
    codes = sorted({lang.code for lang in languages()})
    return frozenset(
        name.casefold()
        for code in codes
        for territory, name in territories(code).items()
        if territory.isdigit() and territory != "001"
    )


def is_the_location(part: str, location: str) -> bool:
    """Whether a title's ``part`` is where the invite's ``location`` says it is held
    ("Round 2 – Harbour Depot" at "Harbour Depot, Quay Road 4"): the location's first
    part, or two words or more all written in it. A job one word of which the location
    shares ("Cardiology Nurse" at a cardiology wing) is no place."""
    if not (part and location):
        return False
    bare = part.casefold().strip()
    if bare == re.split(r"[,;\n]", location, maxsplit=1)[0].casefold().strip():
        return True
    words = re.findall(r"\w+", bare)
    place = set(re.findall(r"\w+", location.casefold()))
    return len(words) >= 2 and all(word in place for word in words)
