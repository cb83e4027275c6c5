"""Families of mistakes from the seventh development calendar, each in new words.

The calendar (``tests/data/detection_dev7``, first written blind) showed each kind
once or twice; the tests below name the kind, with employers, people and phrases
made up here, in several languages where the kind is about words. The user is
Robin Hale, as in :mod:`tests.unit.test_detect_kinds`.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.detect import company_of
from tests.conftest import NOW, make_event, person
from tests.unit.test_detect_kinds import PROFILE, me_at

# --- a firm named after founders who are on the invite ------------------------------------


@pytest.mark.parametrize(
    ("title", "domain", "founders", "company"),
    [
        ("Pellow & Marsh | Case round 2", "pellowmarsh.example",
         ("Idris Pellow", "Agnes Marsh-Tovey"), "Pellow & Marsh"),
        ("Brandt & Okafor – zweites Gespräch", "brandtokafor.example",
         ("Lena Brandt", "Tunde Okafor"), "Brandt & Okafor"),
        ("Entretien final – Rocher & Vasseur", "rocher-vasseur.example",
         ("Camille Rocher", "Paul Vasseur"), "Rocher & Vasseur"),
    ],
)  # fmt: skip
def test_firm_named_after_founders_on_the_invite(title, domain, founders, company):
    guests = tuple(
        person(f"{name.split()[0].lower()}@{domain}", name) for name in founders
    )
    event = make_event(
        title,
        start=NOW + timedelta(days=2),
        uid=title,
        organizer=guests[0],
        attendees=(me_at(), *guests),
    )
    assert company_of(event, PROFILE) == company
