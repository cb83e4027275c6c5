"""A job's field written after a preposition ("… en …", "… em …", "… für …", "… in …"):
part of the job, in capitals or in lower case, never the employer; and where it stops
(a bracket, a dash, a gender marker, a place, the employer after its own preposition).

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.jobfield import field_after, with_field
from assistant.detect.job.rolefield import role_in_field
from assistant.detect.job.roles import role_in_title
from assistant.detect.text.titles import segments
from tests.unit.test_detect_kinds import invite, verdict_of

# --- in a title: the job and its field are one part, whatever the language ----------------


@pytest.mark.parametrize(
    ("title", "role"),
    [
        (
            "Segunda entrevista – Auxiliar en Logística de Almacén",
            "Auxiliar en Logística de Almacén",
        ),
        ("Entrevista final: Asesora en seguridad alimentaria", "Asesora en seguridad alimentaria"),
        ("2ª entrevista - Licenciado en Nutrición", "Licenciado en Nutrición"),
        ("Entretien final – Technicienne en radioprotection", "Technicienne en radioprotection"),
        (
            "Deuxième entretien – Conseiller en gestion de patrimoine (H/F)",
            "Conseiller en gestion de patrimoine",
        ),
        ("Zweitgespräch – Fachberater für Baumpflege", "Fachberater für Baumpflege"),
        ("Segunda entrevista – Técnico em Manutenção Predial", "Técnico em Manutenção Predial"),
        ("Entrevista final – Consultora en Tributación (Híbrido)", "Consultora en Tributación"),
    ],
)
def test_a_field_after_a_preposition_stays_on_the_job(title, role):
    assert role_in_title(title) == role


@pytest.mark.parametrize(
    ("title", "field"),
    [
        ("Segunda entrevista – Auxiliar en Logística de Almacén", "Logística de Almacén"),
        ("Zweitgespräch – Fachberater für Baumpflege", "Baumpflege"),
        ("Entretien final – Technicienne en radioprotection", "radioprotection"),
    ],
)
def test_a_field_is_no_part_of_its_own(title, field):
    parts = [part for part, _ in segments(title)]
    assert field not in parts  # so neither the employer nor a job of its own


# --- the employer after the same word is still the employer ---------------------------------


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Segunda entrevista – Analista en Orbitel", "Analista"),
        ("Segunda entrevista – Analista en Grupo Vendaval", "Analista"),
        ("Segunda entrevista – Analista en Fundiciones Ruiz", "Analista"),  # a trade, plural
        ("Segunda entrevista – Cajera en Madrid", "Cajera"),  # a place
        ("Segunda entrevista – Cajera en remoto", "Cajera"),  # a way of working
    ],
)
def test_a_name_a_place_or_a_work_mode_after_the_word_is_no_field(title, role):
    assert role_in_title(title) == role


def test_a_registered_name_after_the_word_is_the_employer():
    assert field_after("Analista", "en", "Soluciones Atlas, S.L.") is None
    assert field_after("Analista", "en", "Tributación Atlas, S.L.") is None


def test_an_article_before_a_name_is_no_field():
    assert field_after("Analista", "en", "la empresa Orbitel") is None
    assert (
        field_after("Fachberater", "für", "Baumpflege") == "Baumpflege"
    )  # "für" names no employer


def test_no_field_without_a_job_before_it():
    assert field_after("Reunión", "en", "Logística de Almacén") is None


# --- where the field stops ------------------------------------------------------------------


def test_the_field_stops_before_the_employers_preposition():
    title = "Zweitgespräch – Fachberater für Baumpflege bei Stadtgrün Nord"
    assert role_in_title(title) == "Fachberater für Baumpflege"


def test_the_field_stops_before_a_dash_and_a_place():
    title = "Entrevista final – Auxiliar en Logística de Almacén – Valencia"
    assert role_in_title(title) == "Auxiliar en Logística de Almacén"


def test_a_gender_marker_before_the_field_is_dropped():
    text = "Ihre Bewerbung als Fachberaterin (m/w/d) für Baumpflege bei der Stadtgrün Nord GmbH."
    assert with_field("Fachberaterin", text) == "Fachberaterin für Baumpflege"
    assert with_field("Fachberaterin", "Fachberaterin (Teilzeit) für Baumpflege") == "Fachberaterin"


def test_a_title_with_a_marker_before_the_field_keeps_the_field_and_no_employer():
    first = invite("Erstgespräch – Horstmann Gartenbau", "jobs@horstmann.example", days=1)
    later = invite(
        "Zweitgespräch – Baumpfleger (m/w/d) für Stadtbäume und Alleen",
        "jobs@horstmann.example",
        days=9,
    )
    verdict = verdict_of(later, first)
    assert verdict.is_follow_up
    assert verdict.role == "Baumpfleger für Stadtbäume und Alleen"
    assert verdict.company == "Horstmann Gartenbau"


# --- in a tracking system's field and in the description --------------------------------


def test_a_fields_job_keeps_its_field_and_drops_the_place():
    text = "Puesto: Auxiliar en Logística de Almacén – Valencia\nEmpresa: Orbitel"
    assert role_in_field(text) == "Auxiliar en Logística de Almacén"


def test_a_fields_job_drops_the_employer_after_the_same_word():
    assert role_in_field("Puesto: Analista en Grupo Vendaval") == "Analista"


def test_a_field_is_never_the_company():
    first = invite("Entrevista inicial – Orbitel", "talento@orbitel.example", days=1)
    later = invite(
        "Segunda entrevista – Auxiliar en Logística de Almacén", "talento@orbitel.example", days=9
    )
    verdict = verdict_of(later, first)
    assert verdict.is_follow_up
    assert verdict.role == "Auxiliar en Logística de Almacén"
    assert verdict.company == "Orbitel"


def test_a_field_in_the_description_stays_on_the_job_before_a_bracket_of_the_employer():
    first = invite(
        "Premier entretien – Technicienne en radioprotection (Clinique des Tilleuls)",
        "rh@tilleuls.example",
        days=1,
    )
    later = invite("Visite du service et rencontre de l'équipe", "rh@tilleuls.example", days=9)
    verdict = verdict_of(later, first)
    assert verdict.role == "Technicienne en radioprotection"
