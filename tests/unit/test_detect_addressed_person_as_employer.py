"""A person the title or the text names with a form of address, abbreviated before the
name ("Hr. Lindholm", "Eng.ª Marta Soares", "Lic. Ramos") or written after it in
Turkish ("Selim Bey", "Ayşe Hanım"), is whom the user meets, never the employer: the
employer then comes from the people's domain. A firm whose name begins with a word that
is a form of address only when abbreviated ("Pan Baltic Freight") is still a firm."""

from __future__ import annotations

import pytest

from assistant.detect.employer.addressform import addressed_person
from assistant.detect.employer.extract import company_of
from assistant.detect.text.reading import read_description
from tests.unit.test_detect_kinds import PROFILE, invite, me_at


@pytest.mark.parametrize(
    "name", ["Hr. Lindholm", "Eng.ª Marta Soares", "Lic. Ramos Peña", "Selim Bey", "Ayşe Hanım"]
)
def test_a_name_with_a_form_of_address_is_a_person(name):
    assert addressed_person(name)


@pytest.mark.parametrize("name", ["Pan Baltic Freight", "Bay Street Capital", "Hr", "Lindholm"])
def test_a_firms_name_is_no_person(name):
    assert not addressed_person(name)


def test_the_employer_of_a_round_with_an_addressed_person_comes_from_the_domain():
    event = invite(
        "2.ª entrevista – Eng.ª Marta Soares (Direção Técnica)",
        "anna.berg@nordwerft-maritim.example",
        "jonas.lindholm@nordwerft-maritim.example",
        description="Olá Robin,\nsegue o convite para a segunda entrevista.\n",
        myself=me_at(),
    )
    text = read_description(event.description or "").text
    assert company_of(event, PROFILE, text)[0] == "Nordwerft Maritim"
