"""A later round that names no job takes the job another round of its process named,
once every event's employer is named as its process writes it: the user's own note
of a round made beside the invite that names the job, a round whose recruiter wrote
the firm another way in the first call; but a note made before any round names a job
takes none when the rounds after it name two.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

from datetime import timedelta

from assistant.detect import detect
from assistant.models import Detection, Event
from tests.conftest import NOW, make_event, person
from tests.unit.test_detect_kinds import PROFILE, invite, me_at


def _found(events: list[Event]) -> dict[str, Detection]:
    return {d.event.summary: d for d in detect(events, PROFILE)}


def test_the_users_note_beside_the_invite_takes_the_job_the_invite_names():
    first = invite(
        "Erstgespräch – Marrowind Kältetechnik GmbH",
        "karriere@marrowind.example",
        days=1,
        description="Wir freuen uns auf das Gespräch.",
    )
    second = invite(
        "Einladung zum 2. Interview – Servicetechniker Kälteanlagen (m/w/d)",
        "karriere@marrowind.example",
        "j.ostermann@marrowind.example",
        days=14,
        description="Marrowind Kältetechnik GmbH lädt Sie zum zweiten Gespräch ein.",
    )
    # the user's own copy at the very same time: no round before it names the job
    note = make_event(
        "Zweitgespräch Marrowind – 18 Uhr!",
        start=NOW + timedelta(days=14),
        uid="note-marrowind",
        description="Werkstatt zeigen lassen, Rufbereitschaft fragen.",
    )
    found = _found([first, second, note])
    assert found[second.summary].verdict.role == "Servicetechniker Kälteanlagen"
    assert found[note.summary].verdict.is_follow_up
    assert found[note.summary].verdict.role == "Servicetechniker Kälteanlagen"


def test_a_round_the_same_recruiter_sends_takes_the_job_of_the_first_call():
    first = invite(
        "Chiacchierata LinkedIn - Halvorsen Gjensidig Reassuranse",
        "maja.lindqvist@halvorsen-re.example",
        days=1,
        description="Ciao, grazie per la risposta su LinkedIn! Come d'accordo, due parole "
        "sulla posizione di Treaty Underwriter Marine nel nostro team di Bergen.",
    )
    later = invite(
        "Incontro con il team Marine - Halvorsen Re",
        "maja.lindqvist@halvorsen-re.example",
        "tor.eide@halvorsen-re.example",
        days=12,
        description="Ciao, ecco l'invito per conoscere Tor e il team Marine. A presto, Maja",
    )
    found = _found([first, later])
    assert found[later.summary].verdict.is_follow_up
    assert found[later.summary].verdict.role == "Treaty Underwriter Marine"


def test_a_note_before_any_round_naming_a_job_takes_none_of_two_named_after_it():
    note = make_event(
        "Quorvel Shipping final round – 9am!!",
        start=NOW + timedelta(days=2),
        uid="note-quorvel",
        description="Bring the passport copy.",
    )
    first = invite(
        "First interview – Quorvel Shipping A/S – Port Captain",
        "hr@quorvel.example",
        days=3,
    )
    second = invite(
        "Second interview – Quorvel Shipping A/S – Marine Superintendent",
        "hr@quorvel.example",
        days=9,
    )
    found = _found([note, first, second])
    assert found[second.summary].verdict.is_follow_up
    assert found[note.summary].verdict.role is None


def _sent_by(summary: str, address: str, name: str, days: float, text: str, *guests: str) -> Event:
    host = person(address, name, is_organizer=True)
    return make_event(
        summary,
        start=NOW + timedelta(days=days),
        uid=f"{summary}|{days}",
        organizer=host,
        attendees=(me_at(), host, *(person(g) for g in guests)),
        description=text,
    )


def test_a_round_the_same_recruiter_sends_by_name_from_the_firms_address_takes_the_job():
    # the first call from the recruiter's free mailbox names no employer the later
    # rounds are filed under; the recruiter's name ties them
    first = _sent_by(
        "Call: Robin Hale / Sundara Optical Films (via LinkedIn)",
        "ines.okoro.sof@gmail.com",
        "Ines Okoro",
        1,
        "Hi Robin, a short call about the Thin Film Process Engineer, Coating role.",
    )
    later = _sent_by(
        "SOF interview (2nd) – Robin",
        "i.okoro@sof-films.example",
        "Ines Okoro",
        14,
        "Dear Robin, 2nd interview with Mr. Brandt, head of process development.",
        "k.brandt@sof-films.example",
    )
    found = _found([first, later])
    assert found[later.summary].verdict.is_follow_up
    assert found[later.summary].verdict.role == "Thin Film Process Engineer, Coating"
