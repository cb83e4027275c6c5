"""Families of mistakes from the sixth development calendar, each in new words.

The calendar (``tests/data/detection_dev6``, first written blind) showed each kind
once or twice; the tests below name the kind, with employers, people and phrases
made up here, in several languages where the kind is about words. The user is
Robin Hale (robin.hale@fastmail.com), as in :mod:`tests.unit.test_detect_kinds`.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.detect import company_of
from assistant.detect import wording as w
from assistant.detect.gobetween import forwarded_sender
from assistant.models import Event
from tests.conftest import NOW, make_event
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import PROFILE, invite, me_at, verdict_of, why


def own_copy(summary: str, description: str, days: float = 3) -> Event:
    """A copy the user made of an invite: only the user on it, a pasted mail below."""
    return make_event(
        summary,
        start=NOW + timedelta(days=days),
        uid=f"copy|{summary}",
        organizer=me_at(),
        attendees=(me_at(),),
        description=description,
    )


# --- forwarded invites: the mail client's prefix is no company; its sender is ------------


@pytest.mark.parametrize(
    ("title", "bare"),
    [
        ("Fwd: Second interview – Data Analyst", "Second interview – Data Analyst"),
        ("FW: RE: Final round", "Final round"),
        ("WG: Zweitgespräch – Datenanalyst", "Zweitgespräch – Datenanalyst"),
        ("RV: Segunda entrevista", "Segunda entrevista"),
        ("TR : Deuxième entretien", "Deuxième entretien"),
        ("Doorst: Tweede gesprek", "Tweede gesprek"),
        ("転送: 二次面接", "二次面接"),
        ("Rewards evening", "Rewards evening"),  # a word beginning like a prefix stays
        ("Interview: Data Analyst", "Interview: Data Analyst"),
    ],
)
def test_forwarded_title_prefix_is_set_aside(title, bare):
    assert w.without_forwarding(title) == bare


@pytest.mark.parametrize(
    "header",
    [
        "From: Lena Voss <lena.voss@saltmarsh.example>\nSent: Tuesday\nSubject: Round 2",
        "Von: Lena Voss <lena.voss@saltmarsh.example>\nGesendet: Dienstag",
        "De : Lena Voss <lena.voss@saltmarsh.example>\nObjet : Deuxième entretien",
        "---------- Forwarded message ---------\nFrom: Lena Voss <LENA.VOSS@saltmarsh.example>",
    ],
)
def test_forwarded_mail_sender_is_read_in_several_languages(header):
    assert forwarded_sender("see below\n\n" + header) == "lena.voss@saltmarsh.example"
    assert forwarded_sender("Lena Voss (lena.voss@saltmarsh.example) will join") is None


def test_forwarded_invite_copy_names_the_employer_of_its_sender():
    first = invite("First interview – Saltmarsh Bioworks", "ines.roy@saltmarsh.example", days=-10)
    copy = own_copy(
        "Fwd: Round 2 – Data Analyst",
        "---------- Forwarded message ---------\n"
        "From: Ines Roy <ines.roy@saltmarsh.example>\nSubject: Round 2 – Data Analyst\n\n"
        "We are pleased to invite you to a second-round interview.",
    )
    v = verdict_of(copy, first)
    assert v.is_follow_up, why(v)
    assert v.company == "Saltmarsh Bioworks"
    assert company_of(copy, PROFILE) != "Fwd"
