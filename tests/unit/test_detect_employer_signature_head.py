"""An employer's name whose institution's words a title cuts ("Seeufer" for "Tierklinik am
Seeufer AG", "Norte" for "Clínica Veterinária do Norte, Lda."): a signature line of the
process writes it whole, and every round is named so. Also legal forms written with a
capital or by a country the list lacked ("Sp. z o.o.", "Sp. k.", Chile's "SpA")."""

from __future__ import annotations

import pytest

from assistant.detect.employer.legalname import registered_name
from assistant.detect.employer.registeredhead import line_head, named_whole
from tests.unit.test_detect_kinds import invite, verdict_of

# --- the words before the short name on its signature line --------------------------------


@pytest.mark.parametrize(
    ("name", "text", "whole"),
    [
        (
            "Seeufer AG",
            "Personal | Tierklinik am Seeufer AG | Uferweg 3",
            "Tierklinik am Seeufer AG",
        ),
        (
            "Norte, Lda.",
            "Recursos Humanos · Clínica Veterinária do Norte, Lda.\nAvenida 5",
            "Clínica Veterinária do Norte, Lda.",
        ),
        (
            "Adler & Partner",
            "Grüße\nKatrin Adler\nPraxis Dr. Adler & Partner GmbH · Hauptstr. 1",
            "Praxis Dr. Adler & Partner GmbH",
        ),
        (
            "Las Encinas",
            "Saludos\nJefa de Personas | Agrícola Las Encinas SpA",
            "Agrícola Las Encinas SpA",
        ),
    ],
)
def test_a_signature_line_writes_the_name_whole(name, text, whole):
    assert named_whole(name, text) == whole


@pytest.mark.parametrize(
    "text",
    [
        # a sentence, not a line of its own: its words are no part of the name
        "wir freuen uns über Ihre Bewerbung bei der Praxis Adler & Partner GmbH in Köln",
        # no legal form ends it: nothing says where the registered name ends
        "Personal | Tierklinik am Seeufer | Uferweg 3",
        # the name opens its line: nothing to add
        "Adler & Partner GmbH\nHauptstr. 1",
        # a greeting is no name's first word
        "Hello Adler & Partner GmbH team",
        # a unit "in" the firm (Spanish and French "en", Dutch "and"): not the firm's name
        "Cuidados Intensivos en Adler & Partner GmbH",
        "Service Radiologie en Adler & Partner GmbH",
    ],
)
def test_no_head_from_a_sentence_a_bare_line_or_a_greeting(text):
    assert named_whole("Adler & Partner", text) is None
    assert named_whole("Seeufer", text) is None


def test_line_head_stops_at_a_lower_case_word_joining_nothing():
    text = "bitte kommen Sie zur Klinik am Seeufer AG"
    at = text.index("Seeufer")
    assert line_head(text, at, lambda word: True) is None


# --- legal forms ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Dział Kadr\nHotele Morskie Sp. z o.o., ul. Portowa 2", "Hotele Morskie Sp. z o.o."),
        ("Kancelaria Brzoza Sp. k.\nul. Leśna 1", "Kancelaria Brzoza Sp. k."),
        ("Gerencia | Viña Los Robles SpA", "Viña Los Robles SpA"),
    ],
)
def test_legal_forms_with_a_capital_and_chiles_spa(text, whole):
    short = whole.split(" S")[0].split(" Sp")[0]
    assert registered_name(short, text) == whole


# --- end to end: a later round's short name, named as the first call's signature ------------


def test_later_round_named_by_the_first_calls_signature_line():
    first = invite(
        "Telefoninterview Klinik Seeufer",
        "jobs@klinik-seeufer.example",
        days=1,
        uid="seeufer-1",
        description=(
            "Guten Tag,\n\nvielen Dank für Ihre Bewerbung als Assistenzärztin.\n\n"
            "Freundliche Grüße\nMarta Vogt\nPersonal | Tierklinik am Seeufer AG | Uferweg 3"
        ),
    )
    later = invite(
        "Zweitgespräch – Seeufer AG",
        "jobs@klinik-seeufer.example",
        "chefarzt@klinik-seeufer.example",
        days=12,
        uid="seeufer-2",
        description="Wie besprochen, das Zweitgespräch mit dem Chefarzt.",
    )
    verdict = verdict_of(later, first)
    assert verdict.is_follow_up
    assert verdict.company == "Tierklinik am Seeufer AG"
