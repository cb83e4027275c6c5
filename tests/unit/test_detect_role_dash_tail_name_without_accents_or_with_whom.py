"""A job's last part after a dash that is no part of the job: a guest's name the title
types without its accents ("– Tran Van Hoa" of the guest "Trần Văn Hòa"), or a part
opening with a word for "with" in any language ("– avec la directrice des ventes"), or a
site named after two words in a row of the employer ("– Hotel Lago Azul Porto"). All
go; a specialism after the dash stays.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.dashtail import without_named_tail


def test_a_guests_name_typed_without_its_accents_is_cut():
    people = frozenset({"trần", "văn", "hòa"})
    assert without_named_tail("Chef de cuisine adjoint – Tran Van Hoa", people=people) == (
        "Chef de cuisine adjoint"
    )


def test_a_name_with_a_letter_unicode_does_not_split_is_cut_too():
    people = frozenset({"søren", "ødegård"})
    assert without_named_tail("Lagerleder – Soren Odegard", people=people) == "Lagerleder"


@pytest.mark.parametrize(
    "role",
    [
        "Responsable des ventes – avec la directrice commerciale",
        "Kitchen Supervisor – with the Head Chef",
        "Jefe de almacén – con el gerente de planta",
        "Teamleiter Lager – mit Herrn Vogt",
    ],
)
def test_a_part_opening_with_a_word_for_with_is_cut(role: str):
    assert without_named_tail(role) == role.split(" – ")[0]


def test_a_specialism_after_the_dash_stays():
    people = frozenset({"trần", "văn", "hòa"})
    role = "Sous Chef – Pastry & Bakery"
    assert without_named_tail(role, people=people) == role


@pytest.mark.parametrize(
    ("role", "company"),
    [
        ("Gerente de Recepção – Hotel Lago Azul Porto", "Grupo Hoteleiro Lago Azul, S.A."),
        ("Chef de rang – Brasserie Vieux Moulin Annecy", "SARL Vieux Moulin Restauration"),
    ],
)
def test_a_site_named_after_two_words_of_the_employer_is_cut(role: str, company: str):
    assert without_named_tail(role, company=company) == role.split(" – ")[0]


def test_a_specialism_sharing_one_word_with_the_employer_stays():
    role = "Revenue Manager – Lago Operations"
    assert without_named_tail(role, company="Grupo Hoteleiro Lago Azul, S.A.") == role
