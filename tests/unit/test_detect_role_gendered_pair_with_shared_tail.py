"""A job written in two genders joined by a slash, the words after the second form
naming the job in both ("Fachärztin / Facharzt Innere Medizin", "Enfermera / Enfermero
de Quirófano"): the pair with its shared words is the job; a form with an umlaut or an
accent the other lacks ("Ärztin"/"Arzt") shares its stem still.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.gendered import in_both_genders
from assistant.detect.job.roles import role_in_title


@pytest.mark.parametrize(
    ("title", "role"),
    [
        (
            "Kennenlernen – Fachtierärztin / Fachtierarzt Kleine Wiederkäuer 60–80%",
            "Fachtierärztin / Fachtierarzt Kleine Wiederkäuer",
        ),
        ("Entrevista – Técnica / Técnico de Laboratorio", "Técnica / Técnico de Laboratorio"),
        ("Rozmowa – Kierowniczka / Kierownik – Magazyn Zachód", "Kierowniczka / Kierownik"),
    ],
)
def test_the_pair_keeps_its_shared_words(title, role):
    assert role_in_title(title) == role


def test_an_umlaut_in_one_form_only_is_one_stem():
    source = "Erstgespräch Tierärztin / Tierarzt"
    assert in_both_genders("Tierärztin", (source,)) == "Tierärztin / Tierarzt"
