"""Titles that name a round or an offer but are about it, not it: a call about a round's
results ("Chat with Priya re: Orvell assessment day results"), an offer named after the
title's dash ("Llamada con la agencia – oferta Orvell", "Appel – offre Orvell"), and the
user's block to read up before a round ("Look into Orvell's product line before panel").
The same words naming the round itself stay a later round."""

from __future__ import annotations

import pytest

from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import invite, verdict_of, why

HOST = "seleccion@orvell-grupo.example"


def _first():
    return invite(
        "Entrevista inicial – Técnico de Calidad – Orvell",
        HOST,
        days=-15,
        description="Gracias por tu candidatura al puesto de Técnico de Calidad.",
    )


@pytest.mark.parametrize(
    "title",
    [
        "Chat with Priya re: Orvell assessment day results",
        "Orvell panel outcome – call with Priya",
        "Llamada con la agencia – oferta Orvell",
        "Ligação com a consultoria – proposta Orvell",
        "Appel avec le cabinet – offre Orvell",
        "Chiamata con l'agenzia – offerta Orvell",
    ],
)
def test_a_call_about_a_rounds_results_or_the_offer_is_no_round(title):
    later = invite(title, HOST, days=6)
    v = verdict_of(later, _first())
    assert not v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "title",
    [
        "Analytics deep-dive on Orvell pricing before onsite",
        "Analytics notes on Orvell, before my final",
    ],
)
def test_reading_up_before_a_round_is_a_block_to_prepare(title):
    # an employer met in interviews whose name holds the note's first word
    first = invite(
        "Lumen Analytics // Dana Roy – first chat", "dana.roy@lumen-analytics.example", days=-9
    )
    v = verdict_of(note(title, days=3), first)
    assert not v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "title",
    [
        "Orvell – panel interview (Técnico de Calidad)",
        "Segunda entrevista – oferta de empleo Técnico de Calidad – Orvell",
    ],
)
def test_the_round_itself_stays_a_later_round(title):
    v = verdict_of(invite(title, HOST, days=6), _first())
    assert v.is_follow_up, why(v)
