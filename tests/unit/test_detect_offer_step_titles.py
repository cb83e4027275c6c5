"""A call about the offer, titled in the invite's language ("Oferta – Grupo X",
"Proposition – appel avec Inès", "condiciones de la oferta", "maaş teklifi",
"Entretien de feedback"): a step around the interviews, never a later round, even after
an interview with the same employer and with its people on it."""

from __future__ import annotations

import pytest

from tests.unit.test_detect_kinds import invite, verdict_of, why

ES = "Entrevista – Analista de Riesgos – Grupo Lantana"
FR = "Entretien RH – Groupe Lantana"
TR = "Ön görüşme – Lantana Grup"


@pytest.mark.parametrize(
    ("title", "first_title"),
    [
        ("Llamada con Inés – condiciones de la oferta", ES),
        ("Propuesta – Grupo Lantana (llamada con Inés)", ES),
        ("Proposta – Grupo Lantana (ligação da Inês)", ES),
        ("Proposition – appel avec Inès (Lantana)", FR),
        ("Entretien de feedback – Lantana", FR),
        ("Lantana – maaş teklifi görüşmesi", TR),
    ],
)
def test_a_call_about_the_offer_is_no_later_round(title, first_title):
    # the same people as the interview: a link that would count for a meeting
    first = invite(
        first_title,
        "ines.vidal@lantana-grupo.example",
        "marta.soler@lantana-grupo.example",
        days=-14,
        description="Gracias por tu candidatura al puesto de Analista de Riesgos.",
    )
    offer = invite(
        title, "ines.vidal@lantana-grupo.example", "marta.soler@lantana-grupo.example", days=5
    )
    v = verdict_of(offer, first)
    assert not v.is_follow_up, why(v)


def test_a_second_interview_is_still_a_later_round():
    first = invite(
        "Entrevista – Analista de Riesgos – Grupo Lantana",
        "ines.vidal@lantana-grupo.example",
        days=-14,
        description="Gracias por tu candidatura al puesto de Analista de Riesgos.",
    )
    later = invite("Segunda entrevista – Grupo Lantana", "ines.vidal@lantana-grupo.example", days=5)
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)
