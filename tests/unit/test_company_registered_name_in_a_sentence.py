"""An invite whose only name for the employer is a registered one written in a
sentence ("Sua entrevista com o RH da Corredor Serrano Engenharia Ltda. está
confirmada", "Falkner & Rowe Survey Partners LLP invites you to complete …"), sent
through a tracking system with no corporate guest: that name, as a signature line's
would be, and never the greeting, the team or an agency before it."""

from __future__ import annotations

import pytest

from assistant.detect.employer.extract import company_of
from assistant.detect.employer.legalname import registered_in_words
from assistant.detect.text.reading import read_description
from tests.conftest import make_event, person
from tests.unit.test_detect_kinds import PROFILE, me_at


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Olá, Robin! Sua entrevista com o RH da Corredor Serrano Engenharia Ltda. está "
            "confirmada.",
            "Corredor Serrano Engenharia Ltda.",
        ),
        (
            "Falkner & Rowe Survey Partners LLP invites you to complete a video interview.",
            "Falkner & Rowe Survey Partners LLP",
        ),
        ("Dear Robin, Talent Team Brisemont Optique SA will call you.", "Brisemont Optique SA"),
        (
            "Merci. Maison Riveraine de Conseil SA vous invite.",
            "Maison Riveraine de Conseil SA",
        ),
    ],
)
def test_the_registered_name_a_sentence_writes(text, name):
    assert registered_in_words(text) == name


@pytest.mark.parametrize(
    "text",
    ["Please join us. Nothing registered here.", "Your call with Harlow Recruitment Ltd is set."],
)
def test_no_name_or_an_agencys_is_none(text):
    assert registered_in_words(text) is None


def test_a_tracking_systems_invite_names_the_firm_its_sentence_registers():
    box = person("no-reply@gupy.io", "Recrutamento", is_organizer=True)
    event = make_event(
        "Entrevista com RH – Coordenador(a) de Projetos",
        organizer=box,
        attendees=(me_at(), box),
        description=(
            "Olá, Robin! Sua entrevista com o RH da Corredor Serrano Engenharia Ltda. está "
            "confirmada.\nLink: https://meet.google.com/abc-defg-hij\n"
        ),
    )
    text = read_description(event.description).text
    assert company_of(event, PROFILE, text)[0] == "Corredor Serrano Engenharia Ltda."
