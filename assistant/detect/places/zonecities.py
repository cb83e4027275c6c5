"""The cities of the world's time zones, as Unicode CLDR names them in each language.

An invite writes the office after the job ("Fastighetsförvaltare, Stockholm", "Marine
Specialist, Lagos", "연구원(서울)"): a city, which is no part of the role. A hand-kept list
of cities an employer's name is often written with (:data:`.namematch.CITIES`) misses
most of them; CLDR's exemplar cities of the IANA time zones (through Babel) name the
cities a job is likely to sit in, in every language of ``lang/`` (shipped with the
package by :mod:`.cldrnames`, from Babel's ``Locale.time_zones``), and the English
name from the zone's own identifier ("Australia/Perth"). The zones are CLDR's, shipped
in the same file, never the machine's time-zone database: the cities read are the same
on every machine.
"""

from __future__ import annotations

from functools import cache

from assistant.detect.places.cldrnames import names as cldr_names
from assistant.detect.places.cldrnames import zone_ids

# The areas whose zones are named after a city: not "Etc", "Antarctica" (research
# stations: "Casey", "Davis", "Palmer"), nor the old country aliases ("US/Central").
_CITY_AREAS = frozenset(
    {"Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"}
)
# Zone names that are a state, a compass point or an everyday word, not a city:
# "Australia/North", "Australia/ACT", "America/North_Dakota/Center", "America/Resolute".
_NOT_CITIES = frozenset(
    {"act", "nsw", "lhi", "north", "south", "west", "queensland", "victoria", "tasmania",
     "yancowinna", "center", "easter", "christmas", "canary", "oral", "resolute", "azores",
     "madeira", "faroe", "faeroe", "stanley", "jersey", "guernsey", "knox", "knox in",
     "phoenix", "regina", "creston", "wake", "midway", "johnston", "norfolk"}
)  # fmt: skip


@cache
def zone_cities(languages: tuple[str, ...]) -> frozenset[str]:
    """The time zones' cities, casefolded, in English and in ``languages`` (locale codes
    Babel knows): "perth", "stockholm", "서울", "パース"."""
    zones = [z for z in zone_ids() if z.split("/", 1)[0] in _CITY_AREAS]
    names = {zone.rsplit("/", 1)[-1].replace("_", " ").casefold() for zone in zones}
    for code in languages:
        known = cldr_names("zone_cities", code)
        names |= {city.casefold() for z in zones if (city := known.get(z))}
    return frozenset(names - _NOT_CITIES)
