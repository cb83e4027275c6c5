"""The user's own shorthand note headed by the round and the employer met in interviews
("brackenfield loop – eat first", "Sista intervju m vd Brackenfield", "P&Q final w/ MD +
chair – bring the deck"): the employer's first word or its initials opening the part
that holds the round, or the round opening it before the name. A note about the round
("Read up on Brackenfield before the 2nd interview") or material for it ("Brackenfield
panel slides (pricing)") is not the round."""

from __future__ import annotations

import pytest

from assistant.detect.verdict.initialsnote import employer_by_initials
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import invite, verdict_of, why


def screen():
    return invite(
        "Phone screen – Buyer – Brackenfield Optics",
        "lee@brackenfield.example",
        days=-9,
        description="Thanks for applying for the Buyer role at Brackenfield Optics.",
    )


@pytest.mark.parametrize(
    "title",
    [
        "brackenfield loop - three sessions back to back, eat first",
        "Sista intervju m vd Brackenfield (tel)",
        "Brackenfield onsite – bring ID",
    ],
)
def test_a_note_headed_by_the_employer_and_the_round_is_that_round(title):
    v = verdict_of(note(title, days=5), screen())
    assert v.is_follow_up, why(v)
    assert v.company == "Brackenfield Optics"


@pytest.mark.parametrize(
    "title",
    [
        "Read up on Brackenfield before the 2nd interview",
        "Brackenfield panel slides (pricing case)",
        "Thank-yous to the Brackenfield panel",
    ],
)
def test_a_note_about_the_round_is_not_the_round(title):
    v = verdict_of(note(title, days=5), screen())
    assert not v.is_follow_up, why(v)


def test_initials_of_the_two_names_joined_by_an_ampersand_name_the_firm():
    first = invite(
        "Interview – Buyer – Pellow & Quinn Engineering Ltd",
        "jo@pellowquinn.example",
        days=-9,
        description="Thanks for applying for the Buyer role.",
    )
    v = verdict_of(note("P&Q final w/ MD + chair — bring the supplier deck", days=5), first)
    assert v.is_follow_up, why(v)
    assert employer_by_initials("P&Q final", ["Pellow & Quinn Engineering Ltd"]) == (
        "Pellow & Quinn Engineering Ltd"
    )


def test_a_note_headed_by_the_word_the_employers_domain_keeps_is_its_round():
    first = invite(
        "Entrevista – Jefe de Compras",
        "ana@aceroslumbre.example",
        days=-9,
        description="Gracias por tu interés en la vacante de Jefe de Compras en Aceros del Lumbre.",
    )
    v = verdict_of(note("Lumbre partners call (round 2) – 9am", days=5), first)
    assert v.is_follow_up, why(v)


def test_a_lower_case_or_short_word_in_a_domain_names_no_employer():
    first = invite("Interview – Buyer", "ana@aceroslumbre.example", days=-9)
    v = verdict_of(note("Acer call (round 2)", days=5), first)
    assert not v.is_follow_up, why(v)


def test_the_word_a_domain_begins_with_names_no_employer():
    first = invite("Interview – Buyer", "ana@cliniquelumbre.example", days=-9)
    v = verdict_of(note("Clinique call (round 2) – bring notes", days=5), first)
    assert not v.is_follow_up, why(v)
