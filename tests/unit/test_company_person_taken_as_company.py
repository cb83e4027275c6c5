"""A person, or two, read where the employer's name stands: a form of address before a
surname ("Frau Dr. Albers"), a Japanese or Korean honorific after it ("Tanaka-san"),
a directory's "Surname, Given" copied into the title ("Okafor, Ruth"), or two hosts'
first names joined by "&" ("Lotte & Wim"). None is the employer: the guests' domain
gives it. Founders' surnames so joined ("Kestrel & Finch") stay a firm's name."""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.detect.employer.extract import company_of
from assistant.detect.employer.personname import given_names, written_person
from assistant.detect.text.reading import read_description
from tests.conftest import NOW, make_event, person
from tests.unit.test_detect_kinds import PROFILE, me_at

PEOPLE = frozenset(
    {"ruth", "okafor", "lotte", "smit", "wim", "dekker", "albers", "kenji", "tanaka"}
)
GIVEN = given_names(["Ruth Okafor", "Lotte Smit", "Dekker, Wim", "Kenji Tanaka"])


@pytest.mark.parametrize(
    "name",
    ["Frau Dr. Albers", "Dr. Albers", "Tanaka-san", "Okafor, Ruth", "Lotte & Wim", "Wim und Lotte"],
)
def test_a_person_written_as_the_employer_is_a_person(name):
    assert written_person(name, PEOPLE, GIVEN)


@pytest.mark.parametrize(
    "name", ["Kestrel & Finch", "Dr. Martens", "Smit & Dekker", "Okafor Holdings", "Albers AG"]
)
def test_a_firms_name_is_no_person(name):
    assert not written_person(name, PEOPLE | {"kestrel", "finch"}, GIVEN)


def _invite(title: str, description: str, *guests: tuple[str, str]):
    host = person(guests[0][0], guests[0][1], is_organizer=True)
    others = tuple(person(email, name) for email, name in guests[1:])
    return make_event(
        title,
        start=NOW + timedelta(days=2),
        uid=title,
        organizer=host,
        attendees=(me_at(), host, *others),
        description=description,
    )


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Tweede gesprek met Lotte & Wim", "Hoi Robin,\nnu met Wim erbij.\nGroet, Lotte"),
        ("Panel interview - Hale, Robin / Quality", "Dear Robin,\nthe panel is booked."),
        ("Interview (2nd) – Hale-san", "Dear Hale-san,\nsecond interview with Mr. Tanaka."),
    ],
)
def test_the_employer_of_a_round_named_after_people_comes_from_the_domain(title, description):
    event = _invite(
        title,
        description,
        ("lotte@brinkhaven-zorg.example", "Lotte Smit"),
        ("wim@brinkhaven-zorg.example", "Wim Dekker"),
    )
    text = read_description(event.description or "").text
    assert company_of(event, PROFILE, text)[0] == "Brinkhaven Zorg"
