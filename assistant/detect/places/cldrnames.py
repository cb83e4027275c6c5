"""Unicode CLDR's names that detection reads, shipped with the package.

CLDR's territory names ("Indonésie", "印度尼西亚") come with Babel, but reading them from
Babel loads each language's whole locale data: about 27,000 objects kept for the life
of the process, which every full collection of the garbage collector then walks while
detecting. The names detection needs are shipped instead in ``placenames.json``, made
from Babel by ``scripts/build_placenames.py`` (``tests/unit/test_detect_placenames_data.py``
holds that the file is what the script makes). A locale the file lacks (a language file
added without running the script) is read from Babel, as before.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from functools import cache
from importlib import resources
from typing import Any

# Read besides the languages of ``lang/``: Indonesian job titles name places too.
EXTRA_LOCALES = ("id",)

# What the file holds, by section: how each is read from a Babel ``Locale`` (by
# ``scripts/build_placenames.py``, and here for a locale the file lacks).
SECTIONS: dict[str, Callable[[Any], Mapping[str, str]]] = {
    "territories": lambda locale: locale.territories,  # region code → name
    # IANA zone → its exemplar city ("Australia/Perth" → "Perth"), for :mod:`.zonecities`
    "zone_cities": lambda locale: {
        zone: names["city"] for zone, names in locale.time_zones.items() if "city" in names
    },
}


@cache
def _shipped() -> dict[str, dict[str, dict[str, str]]]:
    """The file's sections, each by locale code."""
    text = resources.files("assistant.detect").joinpath("placenames.json").read_text("utf-8")
    data = json.loads(text)
    return {key: value for key, value in data.items() if isinstance(value, dict)}


def zone_ids() -> tuple[str, ...]:
    """Every IANA time zone CLDR knows, old names included ("Asia/Saigon" beside
    "Asia/Ho_Chi_Minh"), sorted: shipped in ``placenames.json``, so the cities detection
    reads are the same on every machine whatever its time-zone database."""
    return _zones()


@cache
def _zones() -> tuple[str, ...]:
    text = resources.files("assistant.detect").joinpath("placenames.json").read_text("utf-8")
    shipped = json.loads(text).get("zones")
    return tuple(shipped) if shipped is not None else cldr_zone_ids()


def cldr_zone_ids() -> tuple[str, ...]:
    """The zones of Babel's CLDR data: canonical ones (``zone_territories``) and their
    aliases (``zone_aliases``), sorted."""
    from babel.core import get_global

    return tuple(sorted(set(get_global("zone_territories")) | set(get_global("zone_aliases"))))


def names(section: str, code: str) -> Mapping[str, str]:
    """CLDR's names of ``section`` (:data:`SECTIONS`) in the locale ``code``: shipped,
    or from Babel for a locale the file lacks. Raises ``babel.UnknownLocaleError`` when
    neither knows the locale."""
    found = _shipped()[section].get(code)
    if found is not None:
        return found
    from babel import Locale  # only for a language added since the file was made

    return SECTIONS[section](Locale.parse(code))


def territories(code: str) -> Mapping[str, str]:
    """CLDR's territory names in the locale ``code`` (region code → name: "ID" →
    "Indonesia")."""
    return names("territories", code)
