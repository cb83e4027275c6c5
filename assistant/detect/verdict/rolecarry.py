"""The role a later round carries: an earlier round's fuller name for the job.

A later invite often writes the job shorter than the first round did (initials, the
team first or left out, its first words only); :func:`fullest_role` picks the name to
show. :func:`team_not_employer` undoes reading a job's team as the employer.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.detect.employer.extract import name_key
from assistant.detect.job.rolecompare import abbreviates, dashed, glued, qualified, specialised
from assistant.detect.verdict.evidence import Evidence
from assistant.detect.verdict.linkage import EmployerIndex


def team_not_employer(ev: Evidence, before: str | None) -> Evidence:
    """``ev`` without the company its title gave after the job title and a comma when an
    earlier round named the job with those words ("Senior Analyst, Home Energy"), or
    after the job and a mark the earlier round left out ("Aktuar (m/w/d) Produktplanung"
    after "Aktuar Produktplanung"): that part is the job's team, and the employer is
    found by its other keys."""
    if not (ev.company and ev.company_from == "title" and before):
        return ev
    earlier, team = before.casefold(), ev.company.casefold()
    if not (
        earlier.endswith(", " + team) or (ev.role and earlier == f"{ev.role.casefold()} {team}")
    ):
        return ev
    return replace(ev, company=None, company_from="", role=before,
                   keys=ev.keys - {name_key(ev.company)})  # fmt: skip


def _team_first(role: str) -> str:
    """ "Product Manager, Payments" or "Product Manager – Payments" written team first:
    "Payments Product Manager"."""
    parts = re.split(r",\s+|\s+[-–—]\s+", role, maxsplit=1)
    return f"{parts[1]} {parts[0]}" if len(parts) == 2 else role


# The field a job title names after a small word ("… in Transport Equity", "… em
# Planejamento", "… für Verkehrsplanung"): part of the job, where a bracket or a dash
# after it adds a site or a note.
_FIELD_AFTER = re.compile(
    r"\s+(?:in|em|en|of|for|für|im|de|di|do|da|del|della|dla|w)\s+\w"
    # or the market, region or specialism after a comma ("…, Zoo Medicine", "…, EMEA"):
    # which job it is, that a later invite leaves out (after a dash, a site may stand)
    r"|,\s+[^\W\d_]"
)


def fullest_role(
    read: str | None, before: str | None, people: str = "", company: str | None = None
) -> str | None:
    """The role this invite names, or the earlier round's when this one leaves it out,
    leaves out its first words ("Scientific Advisor" after "Veterinary Scientific
    Advisor") or the specialism in brackets after it (``people``: the names on the
    invite, which no specialism is), or writes it with initials ("Principal PM" after "Principal Product Manager"), the
    team first or not ("Payments PM" after "Product Manager, Payments"), or its first
    words only ("Research Fellow" after "Research Fellow in Transport Equity")."""
    shorter = (
        read
        and before
        and (
            abbreviates(read, before)
            or qualified(before, read)
            or specialised(before, read, people)
            or dashed(before, read, people, company)  # "… – Landing Gear", not a site
            or glued(before, read, people, company)  # "… Landing Gear", not a site
        )
    )
    if shorter or (read and before and abbreviates(read, _team_first(before))):
        return before
    if (
        read
        and before
        and _FIELD_AFTER.match(before[len(read) :])
        and before.casefold().startswith(read.casefold())
    ):
        return before
    return read or before


# Umlauts written out in a key ("schaer" for "Schär"), folded to compare keys.
_WRITTEN_OUT = re.compile(r"(?<=[aou])e")


def near_keys(own: str, other: str) -> bool:
    """Whether two employer keys name one firm: one begins or ends the other and holds
    at least eight letters ("dufresneaubert" in "laboratoiresdufresneaubert",
    "lindqvistschar" in "lindqvistschararchitekten"), umlauts written out or not."""
    if own == other:
        return False
    short, long = sorted((_WRITTEN_OUT.sub("", own), _WRITTEN_OUT.sub("", other)), key=len)
    return len(short) >= 8 and (long.startswith(short) or long.endswith(short))


def role_under_near_key(ev: Evidence, index: EmployerIndex) -> str | None:
    """The role an earlier round filed under a key that writes ``ev``'s employer longer
    or shorter (its legal form or its sector's word before or after it: "Laboratoires
    Dufresne" and "Dufresne", "Lindqvist Architekten AG" and "Lindqvist"), when none of
    ``ev``'s own keys carries one: a later invite names the firm another way than the
    first round that named the job."""
    for own in sorted(ev.keys):
        for key in index.role_keys:
            found = index.role_before(ev, also=key) if near_keys(own, key) else None
            if found:
                return found
    return None
