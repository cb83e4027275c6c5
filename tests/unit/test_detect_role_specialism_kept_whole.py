"""A job's specialism or the market it covers, kept where the invite writes it: after a
dash and before the tracking system's requisition ("… – Tidal Energy (Req #310) role"),
in a bracket of two fields joined by "and" ("(Tünel ve Köprü Yapıları)"), a word of the
employer's name that is a field ("(Sports)" at "… Orthopaedic & Sports Clinic"), a region
in brackets closed by a word for a region ("(아시아 지역)", "（欧洲区域）"), and after a German
inclusive ending ("Referent:in Rückversicherung").

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.jobbracket import is_note
from assistant.detect.job.jobtail import with_tail
from assistant.detect.job.roleclean import ROLE_NOISE
from assistant.detect.job.roleemployer import without_employer
from assistant.detect.job.roles import role_in_title
from assistant.detect.job.roletext import role_in_text


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Thanks for applying to the Project Engineer – Tidal Energy (Req #310) role at "
            "Seabright. This call is 30 minutes.",
            "Project Engineer – Tidal Energy",
        ),
        (
            "This confirms your interview for Site Manager - Bridges/Viaducts (Req ID "
            "2031-0042), Tulsa, OK.",
            "Site Manager - Bridges/Viaducts",
        ),
    ],
)
def test_a_specialism_before_the_requisition_is_the_jobs(text, role):
    assert role_in_text(text) == role


def test_a_specialism_before_the_requisition_in_a_title_is_the_jobs():
    title = "Interview: Clinical Lead Orthoptist - Paediatrics (R-55120) - Keeva Doyle"
    assert role_in_title(title) == "Clinical Lead Orthoptist - Paediatrics"


def test_two_fields_joined_by_and_are_a_specialism_not_a_note():
    assert not is_note("(Tünel ve Köprü Yapıları)")
    assert is_note("(call moved to the afternoon slot)")


def test_a_field_inside_the_employers_name_stays():
    company = "Harbourside Orthopaedic & Sports Clinic Pte. Ltd."
    assert without_employer("Senior Podiatrist (Sports)", company) == "Senior Podiatrist (Sports)"
    assert without_employer("Senior Podiatrist (Harbourside)", company) == "Senior Podiatrist"


@pytest.mark.parametrize("bracket", ["(아시아 지역)", "（欧洲区域）"])
def test_a_region_the_job_covers_is_no_noise(bracket):
    assert ROLE_NOISE.search(bracket) is None


def test_an_office_in_a_region_is_still_noise():
    assert ROLE_NOISE.search("（欧州拠点）") is not None


@pytest.mark.parametrize(
    ("title", "role"),
    [
        (
            "Zweitgespräch – Referent:in Rückversicherung",
            "Referent:in Rückversicherung",
        ),
        ("Interview: Disponent:in Schwertransporte", "Disponent:in Schwertransporte"),
    ],
)
def test_a_german_inclusive_ending_does_not_end_the_job(title, role):
    assert role_in_title(title) == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Merci pour votre candidature au poste de Technicien Avionique – maintenance "
            "en ligne. À bientôt",
            "Technicien Avionique – maintenance en ligne",
        ),
        (
            "Obrigado pela candidatura à função de Gestor de Obra – Barragens na Aqualis, Lda.",
            "Gestor de Obra – Barragens",
        ),
        (
            "Vorrei parlarti della posizione di Infermiere – area critica per un cliente.",
            "Infermiere – area critica",
        ),
    ],
)
def test_a_specialism_after_a_labelled_jobs_dash_is_the_jobs(text, role):
    assert role_in_text(text) == role


@pytest.mark.parametrize(
    "text",
    [
        "Merci pour votre candidature au poste de Comptable Fournisseurs – Marseille. Bien à vous",
        "Merci pour votre candidature au poste de Comptable Fournisseurs – télétravail. Bien",
    ],
)
def test_a_town_or_a_way_of_working_after_a_labelled_jobs_dash_is_not(text):
    assert role_in_text(text) == "Comptable Fournisseurs"


def test_a_region_after_a_gender_marker_is_the_market_the_job_covers():
    text = "Ihre Bewerbung als Vertriebsingenieur Pumpen (m/w/d) Südostasien, Standort Penang."
    title = "Interview – Vertriebsingenieur Pumpen (m/w/d) Südostasien"
    assert with_tail("Vertriebsingenieur Pumpen", title, text, None) == (
        "Vertriebsingenieur Pumpen, Südostasien"
    )


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Vous êtes convié·e à un entretien pour le poste d'Orthophoniste en "
            "rééducation vocale (réf. 55120).",
            "Orthophoniste en rééducation vocale",
        ),
        (
            "Te escribo por el puesto de Técnico en climatización industrial.",
            "Técnico en climatización industrial",
        ),
        ("Te escribo por el puesto de Analista en nuestra oficina.", "Analista"),
    ],
)
def test_a_field_after_en_closes_a_labelled_job(text, role):
    assert role_in_text(text) == role


def test_a_specialism_before_a_bracket_and_lower_case_words_before_the_dash_are_the_jobs():
    text = (
        "Merci pour votre candidature au poste de Technicien de maintenance senior – "
        "presses hydrauliques (80 %) et à bientôt."
    )
    assert role_in_text(text) == "Technicien de maintenance senior – presses hydrauliques"


def test_a_bracket_closing_a_labelled_job_stays():
    text = "Thank you for applying for the post of Staff Orthoptist (Low Vision). Please reply."
    assert role_in_text(text) == "Staff Orthoptist (Low Vision)"
