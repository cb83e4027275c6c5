"""Kinds of mistake left on two or more development sets at once, each in new words.

A name the title shortens where the same invite writes it whole: the organiser's display
name from a tracking system ("Second stage interview - Acme" sent as "Acme Tidal
Energy"), or the location's first part beside initials in the title ("Acme TE – final"
at "Acme Tidal Energy, 4 Quay St"). A team's mailbox, a scheduler's name, a city, a
round, a job, or a department in the title never lengthens it. The user is Robin
Hale, as in :mod:`tests.unit.test_detect_kinds`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from assistant.detect.employer.writtenlonger import written_longer
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
        # the location writes the name whole, "&" among its words
        ("Tallis Marine", _event("Meet the crew – Tallis Marine",
                                 location="Tallis Marine Survey & Salvage, Pier 4, Hull"),
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
        # a scheduler's calendar named after the firm
        ("Brackwater", _event("Panel – Brackwater",
                              ("no-reply@sched.example", "Brackwater Candidate Calendar"))),
        # a city after the name is where, not who
        ("Tallis Marine", _event("Panel – Tallis Marine", location="Tallis Marine Rotterdam")),
        # a job after the name is the job
        ("Tallis Marine", _event("Second round", location="Tallis Marine Surveyor")),
        # a department in the title after the name is not read
        ("Tallis Marine", _event("Second round – Tallis Marine Data Science")),
        # two different longer forms: no way to tell
        ("Tallis", _event("Panel – Tallis", ("no-reply@sched.example", "Tallis Survey"),
                          location="Tallis Salvage")),
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


def test_later_round_from_a_tracking_system_gets_the_name_its_sender_writes():
    first = invite("Intro call – Brackwater", "ines.moor@brackwatersalt.example",
                   days=-10, uid="brack-1")  # fmt: skip
    host = person("noreply@ats-mail.example", name="Brackwater Salt Works", is_organizer=True)
    later = make_event(
        "Second stage interview - Brackwater",
        start=NOW + timedelta(days=1),
        uid="brack-2",
        organizer=host,
        attendees=(me_at(), host, person("ines.moor@brackwatersalt.example")),
    )
    verdict = verdict_of(later, first)
    assert verdict.is_follow_up
    assert verdict.company == "Brackwater Salt Works"
