"""What an employer reads: a name ending in its own full stop ends the sentence once,
and a job written for every gender is not pasted from the ad into the user's mail."""

from __future__ import annotations

import pytest

from assistant.drafting.job_form import role_to_employer
from assistant.i18n import finish
from assistant.models import DraftKind
from tests.conftest import person
from tests.unit.test_drafts_render import Scenario, rendered

LUCIA = person("lucia.ferrer@rioverde.example", "Lucía Ferrer", is_organizer=True)
INVITE_ES = "Hola Alex, te esperamos en la segunda entrevista con el equipo."


@pytest.mark.parametrize(
    "company", ["Estudios Río Verde, S.L.", "Kuzey Film Yapım A.Ş.", "Harbour Pictures Ltd."]
)
@pytest.mark.parametrize("language", ["en", "es", "de", "fr"])
def test_a_company_ending_in_a_full_stop_ends_the_sentence_once(company: str, language: str):
    scenario = Scenario(
        "stop", LUCIA, (), company, "Line Producer", language=language, description=INVITE_ES
    )
    for _planned, subject, body in rendered(scenario):
        assert ".." not in body and ".." not in subject, body
        assert company in body


@pytest.mark.parametrize(
    ("text", "finished"),
    [
        ("joining Harbour Pictures Ltd..", "joining Harbour Pictures Ltd."),
        ("<b>Kuzey Film Yapım A.Ş.</b>.", "<b>Kuzey Film Yapım A.Ş.</b>"),
        ("and then... nothing.", "and then... nothing."),
        ("at Harbour Pictures Inc.?", "at Harbour Pictures Inc.?"),
    ],
)
def test_one_full_stop_ends_a_sentence_after_an_abbreviation(text: str, finished: str):
    assert finish(text, "en_US") == finished


@pytest.mark.parametrize(
    "role",
    [
        "Coordinador/a de Postproducción",
        "Redakteur*in Dokumentarfilm",
        "Chargé(e) de diffusion",
        "Realisator:in",
        "Monteur·euse",
        "RedakteurIn",
        "Productora Ejecutiva / Productor Ejecutivo",
    ],
)
def test_a_job_written_for_every_gender_is_left_out_of_mail_to_the_employer(role: str):
    assert role_to_employer(role) == ""
    scenario = Scenario(
        "inclusive", LUCIA, (), "Estudios Río Verde", role, language="es", description=INVITE_ES
    )
    for planned, subject, body in rendered(scenario):
        assert role not in subject and role not in body
        if planned.kind is DraftKind.THANK_YOU:
            assert "Estudios Río Verde" in subject and "puesto" in body, body


@pytest.mark.parametrize(
    ("role", "written"),
    [
        ("Cutter (m/w/d)", "Cutter"),
        ("Chef de projet audiovisuel (H/F)", "Chef de projet audiovisuel"),
        ("UI/UX Designer", "UI/UX Designer"),
        ("LinkedIn Editor", "LinkedIn Editor"),
        ("Editor/Writer", "Editor/Writer"),
    ],
)
def test_a_gender_note_is_dropped_and_other_slashes_kept(role: str, written: str):
    assert role_to_employer(role) == written
