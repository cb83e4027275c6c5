"""Kinds of mistake left on two or more development sets at once, each in new words.

A name the title shortens where the same invite writes it whole: the organiser's display
name from a tracking system ("Second stage interview - Acme" sent as "Acme Tidal
Energy"), another part of the title ("Meet the team – Acme Tidal Energy & Storage" with
acme-tidal.example confirming "Acme Tidal"), or the location's first part beside
initials in the title ("Acme TE – final" at "Acme Tidal Energy, 4 Quay St"). A team's
mailbox, a city, a round or a job after the name never lengthens it. The user is Robin
Hale, as in :mod:`tests.unit.test_detect_kinds`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from assistant.detect.writtenlonger import written_longer
from assistant.models import Attendee
from tests.conftest import NOW, make_event, person
from tests.unit.test_detect_kinds import invite, me_at, verdict_of

# --- a short name the same invite writes longer ------------------------------------------------


def _myself() -> Attendee:
    """The user as the organiser of a note of their own."""
    return replace(me_at(), is_organizer=True)


def _event(summary: str, organizer: tuple[str, str] | None = None, location: str = ""):
    host = person(organizer[0], name=organizer[1], is_organizer=True) if organizer else _myself()
    return make_event(summary, start=NOW, uid=summary, organizer=host, location=location,
                      attendees=(me_at(), host) if organizer else (host,))  # fmt: skip


@pytest.mark.parametrize(
    ("name", "event", "longer"),
    [
        # the organiser's display name, sent by a tracking system's no-reply address
        ("Brackwater", _event("Zweites Gespräch – Brackwater",
                              ("noreply@ats-mail.example", "Brackwater Salt Works")),
         "Brackwater Salt Works"),
        # another title part writes the name whole, "&" among its words
        ("Tallis Marine", _event("Meet the crew – Tallis Marine Survey & Salvage"),
         "Tallis Marine Survey & Salvage"),
        # the title's initials spelled by the location's first part
        ("Quenby SR", _event("Quenby SR – entretien final",
                             location="Quenby Soil Research, 12 rue des Lilas, Lyon"),
         "Quenby Soil Research"),
    ],
)  # fmt: skip
def test_short_name_written_longer_in_the_same_invite(name, event, longer):
    assert written_longer(name, event) == longer


@pytest.mark.parametrize(
    ("name", "event"),
    [
        # a team's mailbox names itself after the firm
        ("Brackwater", _event("Entrevista final – Brackwater",
                              ("seleccion@brackwater.example", "Brackwater Seleccion"))),
        ("Brackwater", _event("Final round – Brackwater",
                              ("jobs@ats-mail.example", "Brackwater Talent Team"))),
        # a city after the name is where, not who
        ("Tallis Marine", _event("Panel – Tallis Marine Rotterdam")),
        # a job after the name is the job
        ("Tallis Marine", _event("Tallis Marine Surveyor – second round")),
        # two different longer forms: no way to tell
        ("Tallis", _event("Tallis Marine – Tallis Survey", location="Tallis Salvage")),
    ],
)  # fmt: skip
def test_short_name_kept_where_nothing_writes_the_firm_longer(name, event):
    assert written_longer(name, event) == name


def test_own_note_initials_spelled_by_its_location():
    first = invite("Quenby SR – first chat (Soil Scientist)", "ana.lind@quenbysr.example",
                   days=-10, uid="quenby-1")  # fmt: skip
    note = make_event("Quenby SR – in-person final, Lyon", start=NOW + timedelta(days=1),
                      uid="quenby-2", organizer=_myself(), attendees=(_myself(),),
                      location="Quenby Soil Research, 12 rue des Lilas, Lyon")  # fmt: skip
    verdict = verdict_of(note, first)
    assert verdict.is_follow_up
    assert verdict.company == "Quenby Soil Research"


def test_later_round_writes_the_name_longer_than_its_domain_confirms():
    first = invite("Intro chat – Tallis Marine", "ines.moor@tallis-marine.example",
                   days=-10, uid="tallis-1")  # fmt: skip
    later = invite("Meet the crew – Tallis Marine Survey & Salvage",
                   "ines.moor@tallis-marine.example", "piet.vos@tallis-marine.example",
                   description="Position: Hydrographic Surveyor", uid="tallis-2")  # fmt: skip
    verdict = verdict_of(later, first)
    assert verdict.is_follow_up
    assert verdict.company == "Tallis Marine Survey & Salvage"
