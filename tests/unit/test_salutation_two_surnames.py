"""A Spanish greeting uses the first of two surnames, as Spanish does alone, unless the
invite itself writes both; other languages keep their reading of the name."""

from __future__ import annotations

import pytest

from assistant.drafting.salutation import addressee, salutation


@pytest.mark.parametrize(
    ("name", "invite", "greeting"),
    [
        ("Inmaculada Echeverría Solís", "", "Buenos días, Inmaculada Echeverría:"),
        ("Inmaculada Echeverría Solís", "Conocerá a Inmaculada Echeverría, jefa de planta.",
         "Buenos días, Inmaculada Echeverría:"),
        ("Inmaculada Echeverría Solís", "Le atenderá Inmaculada Echeverría Solís.",
         "Buenos días, Inmaculada Echeverría Solís:"),
        ("Sr. Gonzalo Ferrándiz Molina", "", "Estimado Sr. Ferrándiz:"),
        ("Sra. Dra. Nerea Olabarria Zubizarreta", "", "Estimada Dra. Olabarria:"),
        ("Ramón del Valle", "", "Buenos días, Ramón del Valle:"),  # one surname, a particle
    ],
)  # fmt: skip
def test_spanish_two_surnames(name: str, invite: str, greeting: str):
    assert salutation(addressee(name, invite, language="es"), "es") == greeting


def test_a_german_middle_name_is_no_surname():
    person = addressee("Frau Anna Lena Brückner", "Sie treffen Frau Brückner.", language="de")
    assert salutation(person, "de") == "Sehr geehrte Frau Brückner,"
