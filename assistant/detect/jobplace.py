"""Where a job is, written after it: no part of the job.

"Professional Relations Manager, LATAM", "Oral Health Programme Lead – Andean Region",
"Sales Director (DACH)", "Gerente Comercial – América Latina": a world region, a place
named as a region, or a city after a comma, a dash or in brackets says where the work is,
as a work mode does ("(Remote)"). The role is the job itself; a specialism after it stays
("Staff Nurse (Cardiology)", "Exploration Geologist – Iron Ore").
"""

from __future__ import annotations

import re

from assistant.detect.namematch import CITIES

# World regions as job postings write them, in the languages of ``lang/``, and a place
# named as a region ("Andean Region", "Región Andina", "Region Nord").
_REGION = (
    r"(?:latam|lat\s?am|emea|apac|apj|amer|americas|dach|nordics?|benelux|iberia|cee|mena|anz"
    r"|(?:north|south|central|latin)\s+america|asia(?:\s+pacific)?|asia-pacific|europe|africa"
    r"|middle\s+east|oceania|am[ée]rica\s+(?:latina|do\s+sul|del\s+sur|central)"
    r"|latinoam[ée]rica|lateinamerika|am[ée]rique\s+latine|europa|asien|asie|afrika|[áa]frica"
    r"|nordamerika|norteam[ée]rica|sudam[ée]rica"
    r"|[\w-]+(?:\s+[\w-]+)?\s+(?:region|regio)|(?:regi[óo]n|regi[ãa]o|regione|r[ée]gion|region)"
    r"\s+[\w-]+(?:\s+[\w-]+)?)"
)
# The region closing a role after a comma, a dash or in brackets.
_REGION_AFTER = re.compile(
    rf"(?:\s*,\s*|\s+[-–—|]\s+)(?:the\s+)?{_REGION}\s*$|\s*\(\s*(?:the\s+)?{_REGION}\s*\)\s*$", re.I
)
# A city or a list of them closing a role the same way ("…, Lima", "– Istanbul", "(Dubai)").
_PLACE_AFTER = re.compile(r"(?:\s*,\s*|\s+[-–—|]\s+|\s*\()([^,()–—|-]{2,40}?)\)?\s*$")


def without_place_after(role: str | None) -> str | None:
    """``role`` without the region or the city written after it ("Professional Relations
    Manager, LATAM" → "Professional Relations Manager", "Programme Lead – Andean Region"
    → "Programme Lead"); a role that is only a place, or has none after it, as it is."""
    if not role or not re.search(r"[,()–—|-]", role):
        return role  # the cheap test first: most roles hold no separator
    found = _REGION_AFTER.search(role)
    if found is None:
        place = _PLACE_AFTER.search(role)
        words = place.group(1).lower().split() if place else []
        found = place if words and all(word in CITIES for word in words) else None
    if found is None or found.start() == 0:
        return role
    return role[: found.start()].rstrip(" ,–—-|")
