"""Where an interview is, when it is not in the U.S.: from its address, its role, its
zone and its language, and which of them said so.

A role that names a region the U.S. is not in ("Senior Manager, Original Production
(EMEA)", "Account Lead, DACH") or a place outside the U.S. ("Producer - London") says
the job is not a U.S. one, whatever zone the scheduler wrote the invite in (Workday
and Greenhouse write the recruiter's zone, often America/Los_Angeles).

A zone names one country only when the invite wrote its IANA name ("Europe/Rome").
A Windows name ("W. Europe Standard Time"), an offset or a display name stands for
every country sharing its clock (CLDR windowsZones: W. Europe Standard Time is
Germany, Italy, the Netherlands, Austria, Sweden…): such a zone is narrowed by
the invite's language to the one country where that language is the main official
one; else by the user's home, when their own country keeps that clock (a user in
Toronto reading "Eastern Standard Time", which Outlook writes for New York and
Toronto alike); else the interview is said to be in "another country", naming none,
or, for a clock the U.S. keeps, to be in the U.S.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.core import get_global

from assistant.i18n import N_
from assistant.models import Detection


@dataclass(frozen=True)
class Country:
    """A country outside the U.S. and where its official pay figures are published."""

    name: str
    territory: str  # ISO 3166-1 alpha-2, as CLDR names territories
    office: str
    url: str
    zones: tuple[str, ...] = ()
    # Words in an address that place it in this country (matched as whole words).
    places: tuple[str, ...] = ()


COUNTRIES = (
    Country(N_("Germany"), "DE", "Destatis (Federal Statistical Office)", "https://www.destatis.de",
            ("Europe/Berlin", "Europe/Busingen"),
            ("germany", "deutschland", "berlin", "münchen", "munich", "hamburg", "frankfurt",
             "köln", "cologne", "stuttgart", "düsseldorf")),
    Country(N_("the United Kingdom"), "GB", "the Office for National Statistics (ONS)",
            "https://www.ons.gov.uk", ("Europe/London", "GB", "Europe/Belfast"),
            ("united kingdom", "uk", "england", "scotland", "wales", "london", "manchester",
             "edinburgh")),
    Country(N_("Ireland"), "IE", "the Central Statistics Office (CSO)", "https://www.cso.ie",
            ("Europe/Dublin",), ("ireland", "dublin")),
    Country(N_("Canada"), "CA", "Statistics Canada", "https://www.statcan.gc.ca",
            ("America/Toronto", "America/Vancouver", "America/Montreal", "America/Edmonton",
             "America/Winnipeg", "America/Halifax", "America/St_Johns", "America/Regina",
             "Canada/"),
            ("canada", "toronto", "vancouver", "montreal", "montréal", "ottawa", "calgary")),
    Country(N_("France"), "FR", "INSEE", "https://www.insee.fr", ("Europe/Paris",),
            ("france", "paris", "lyon")),
    Country(N_("the Netherlands"), "NL", "Statistics Netherlands (CBS)", "https://www.cbs.nl",
            ("Europe/Amsterdam",), ("netherlands", "nederland", "amsterdam", "rotterdam")),
    Country(N_("Austria"), "AT", "Statistik Austria", "https://www.statistik.at", ("Europe/Vienna",),
            ("austria", "österreich", "wien", "vienna")),
    Country(N_("Switzerland"), "CH", "the Federal Statistical Office (FSO)", "https://www.bfs.admin.ch",
            ("Europe/Zurich",), ("switzerland", "schweiz", "suisse", "zürich", "zurich",
                                 "geneva", "genève", "basel")),
    Country(N_("Spain"), "ES", "INE (National Statistics Institute)", "https://www.ine.es",
            ("Europe/Madrid",), ("spain", "españa", "madrid", "barcelona")),
    Country(N_("Italy"), "IT", "Istat", "https://www.istat.it", ("Europe/Rome",),
            ("italy", "italia", "rome", "roma", "milan", "milano")),
    Country(N_("Sweden"), "SE", "Statistics Sweden (SCB)", "https://www.scb.se", ("Europe/Stockholm",),
            ("sweden", "sverige", "stockholm")),
    Country(N_("Denmark"), "DK", "Statistics Denmark", "https://www.dst.dk", ("Europe/Copenhagen",),
            ("denmark", "danmark", "copenhagen", "københavn")),
    Country(N_("Poland"), "PL", "Statistics Poland (GUS)", "https://stat.gov.pl", ("Europe/Warsaw",),
            ("poland", "polska", "warsaw", "warszawa")),
    Country(N_("Australia"), "AU", "the Australian Bureau of Statistics", "https://www.abs.gov.au",
            ("Australia/",), ("australia", "sydney", "melbourne")),
    Country(N_("India"), "IN", "the Ministry of Statistics (MoSPI)", "https://www.mospi.gov.in",
            ("Asia/Kolkata", "Asia/Calcutta"), ("india", "bengaluru", "bangalore", "mumbai")),
    Country(N_("Singapore"), "SG", "the Ministry of Manpower", "https://stats.mom.gov.sg",
            ("Asia/Singapore",), ("singapore",)),
    Country(N_("Japan"), "JP", "the Statistics Bureau of Japan", "https://www.stat.go.jp/english/",
            ("Asia/Tokyo",), ("japan", "tokyo")),
)  # fmt: skip

# The zones of the 50 states and D.C., which the OEWS national figures cover.
US_ZONES = (
    "America/New_York", "America/Detroit", "America/Kentucky/", "America/Indiana/",
    "America/Chicago", "America/Menominee", "America/North_Dakota/", "America/Denver",
    "America/Boise", "America/Phoenix", "America/Los_Angeles", "America/Anchorage",
    "America/Juneau", "America/Sitka", "America/Metlakatla", "America/Yakutat",
    "America/Nome", "America/Adak", "Pacific/Honolulu", "US/", "EST5EDT", "CST6CDT",
    "MST7MDT", "PST8PDT",
)  # fmt: skip
# Zones that say nothing about a place.
NEUTRAL_ZONES = ("", "UTC", "Etc/UTC", "GMT", "Etc/GMT", "Z")
# Regions of sales and operations that leave out the U.S., as roles name them; the
# European ones point to Eurostat when no single country is named.
_EUROPEAN_REGIONS = r"dach|nordics?|benelux|cee|uk\s*&\s*i|uki|europe|eu"
_REGION = re.compile(
    rf"(?<!\w)(emea|apac|apj|latam|mena|anz|{_EUROPEAN_REGIONS})(?!\w)", re.IGNORECASE
)
# "Austin, TX 78701", "New York, NY", "…, USA": an address in the U.S.
_US_ADDRESS = re.compile(
    r"\b(usa|u\.s\.a?\.|united states)\b|,\s*[A-Z]{2}\s+\d{5}(-\d{4})?\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Abroad:
    """Why an interview looks to be outside the U.S., and where it is if known."""

    country: Country | None
    # "its address", "its timezone (Europe/Berlin)", "the invite's language",
    # "its timezone (W. Europe Standard Time) and the invite's language"
    # "its timezone (Eastern Standard Time) and where you live"
    evidence: str
    zone: str = ""  # the IANA zone the evidence read, if a zone
    european: bool = False  # a European region with no country named: Eurostat applies
    # A U.S. zone the invite was written in that the evidence outweighed, to be said.
    overruled_zone: str = ""


def where_abroad(detection: Detection, home_zone: str = "") -> Abroad | None:
    """Where the interview is when its address, zone or language says it is not in the U.S.

    None for a U.S. address or zone and for no evidence at all. The address wins; then
    the role (a region or place outside the U.S., over any zone); then the zone (see
    the module docstring); then a language other than English. ``home_zone``: the
    user's own IANA zone (``[user] timezone``), which narrows a zone name several
    countries share to the user's country when it is one of them.
    """
    event, verdict = detection.event, detection.verdict
    address = event.location if not re.match(r"\s*https?://", event.location, re.I) else ""
    if address:
        if _US_ADDRESS.search(address):
            return None
        lowered = address.casefold()
        for country in COUNTRIES:
            if any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", lowered) for p in country.places):
                return Abroad(country, "its address")
    zone, written = event.timezone, event.timezone_written
    by_role = _role_abroad(verdict.role or "")
    if by_role is not None:
        us_zone = zone if zone not in NEUTRAL_ZONES and zone.startswith(US_ZONES) else ""
        return replace(by_role, overruled_zone=written or us_zone) if us_zone else by_role
    language = (verdict.language or "").replace("-", "_").split("_")[0].casefold()
    if zone not in NEUTRAL_ZONES:
        in_us = zone.startswith(US_ZONES)
        if in_us and not written:
            return None
        if not written:  # the IANA name itself, as the invite wrote it
            in_zone = next((c for c in COUNTRIES if zone.startswith(c.zones)), None)
            return Abroad(in_zone, f"its timezone ({zone})", zone)
        territories = _zone_territories(zone, event.start.year)
        by_language = _sole_country(territories, language)
        if by_language is not None and not in_us:
            return Abroad(by_language, f"its timezone ({written}) and the invite's language", zone)
        home = _home_country(home_zone, territories)
        if home is not None:
            return Abroad(home, f"its timezone ({written}) and where you live", zone)
        return None if in_us else Abroad(None, f"its timezone ({written})", zone)
    if language and language != "en":
        return Abroad(None, "the invite's language")
    return None


def _role_abroad(role: str) -> Abroad | None:
    """A region ("EMEA") or a place outside the U.S. ("London") that the role names."""
    region = _REGION.search(role)
    if region:
        european = re.fullmatch(_EUROPEAN_REGIONS, region[1], re.IGNORECASE) is not None
        return Abroad(None, f"the role ({region[1]})", european=european)
    for country in COUNTRIES:
        for place in country.places:
            found = re.search(rf"(?<!\w){re.escape(place)}(?!\w)", role, re.IGNORECASE)
            if found:
                return Abroad(country, f"the role ({found[0]})")
    return None


# Territories of under about 100,000 people that share a bigger neighbour's clock and
# language (San Marino and the Vatican with Italy): too small to be the likelier reading.
_MICROSTATES = frozenset(["AD", "AX", "FO", "GG", "GI", "IM", "JE", "LI", "MC", "SJ", "SM", "VA"])


@functools.cache
def _zone_territories(zone: str, year: int) -> frozenset[str]:
    """The territories (ISO 3166 codes, CLDR zone_territories) whose zones keep the same
    clock as ``zone`` in ``year``: the same UTC offset in January and in July. This
    holds every territory CLDR windowsZones files under the Windows name ``zone`` was
    read from ("GMT Standard Time": the United Kingdom, Ireland, Portugal…)."""
    zone_territories: Mapping[str, str] = get_global("zone_territories")

    def clock(key: str) -> tuple[object, ...] | None:
        try:
            tz = ZoneInfo(key)
        except (ZoneInfoNotFoundError, ValueError):
            return None
        return tuple(datetime(year, month, 15, 12, tzinfo=tz).utcoffset() for month in (1, 7))

    own = clock(zone)
    if own is None or zone.startswith("Etc/"):  # a fixed offset spans the globe
        return frozenset()
    return frozenset(t for key, t in zone_territories.items() if t != "001" and clock(key) == own)


def _home_country(home_zone: str, territories: frozenset[str]) -> Country | None:
    """The user's country (CLDR zone_territories of ``home_zone``) when it is among
    ``territories`` and one of COUNTRIES; None otherwise (the U.S. included)."""
    territory = get_global("zone_territories").get(home_zone, "") if home_zone else ""
    if territory not in territories:
        return None
    return next((c for c in COUNTRIES if c.territory == territory), None)


def _main_language(territory: str) -> str:
    """The official language most of ``territory`` speaks (CLDR territoryInfo)."""
    languages: Mapping[str, Mapping[str, Any]] = get_global("territory_languages").get(
        territory, {}
    )
    official = {
        code: info for code, info in languages.items()
        if info.get("official_status") in ("official", "de_facto_official")
    } or languages  # fmt: skip
    best = max(
        official, key=lambda code: float(official[code].get("population_percent") or 0), default=""
    )
    return best.split("_")[0]


def _sole_country(territories: frozenset[str], language: str) -> Country | None:
    """The one country among ``territories`` whose main language is ``language``, if it
    is one of COUNTRIES; None when none or several are."""
    if not language:
        return None
    speaking = {t for t in territories - _MICROSTATES if _main_language(t) == language}
    if len(speaking) != 1:
        return None
    (territory,) = speaking
    return next((c for c in COUNTRIES if c.territory == territory), None)
