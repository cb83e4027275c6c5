"""A job's field after its preposition written in words a stricter reading would stop at:
German nouns in capitals and adjectives in lower case after "für" ("für Gemälde und
gefasste Holzskulptur"), and a field's noun whose adjective is also a place's name
("en Cerámica Antigua"); the field stays on the job. A bracket after it that writes the
employer's double-barrelled name ("(Ortiz-Lamela)") still says where, not what.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.jobfield import field_after, with_field
from assistant.detect.job.roleemployer import without_employer


@pytest.mark.parametrize(
    ("job", "after", "field"),
    [
        ("Restauratorin", "Möbel und vergoldete Rahmen", "Möbel und vergoldete Rahmen"),
        ("Fachberater", "historische Gärten", "historische Gärten"),
        ("Pfleger", "Kinder mit besonderem Bedarf", "Kinder mit besonderem Bedarf"),
    ],
)
def test_a_german_field_in_mixed_case_after_fuer_stays_whole(job, after, field):
    assert field_after(job, "für", after) == field


def test_a_field_after_a_gender_marker_and_fuer_is_kept_in_mixed_case():
    title = "Zweitgespräch – Kurator (m/w/d) für Altäre und bemalte Kanzeln"
    assert with_field("Kurator", title) == "Kurator für Altäre und bemalte Kanzeln"


@pytest.mark.parametrize(
    ("job", "after", "field"),
    [
        ("Restauradora", "Cerámica Antigua (Ortiz-Lamela)", "Cerámica Antigua"),
        ("Profesor", "Historia Antigua", "Historia Antigua"),
    ],
)
def test_a_field_noun_whose_adjective_names_a_place_is_a_field(job, after, field):
    assert field_after(job, "en", after) == field


def test_a_place_after_en_is_still_no_field():
    assert field_after("Analista", "en", "Lima") is None


@pytest.mark.parametrize(
    ("role", "company", "bare"),
    [
        (
            "Restauradora en Cerámica Antigua (Ortiz-Lamela)",
            "Galería Ortiz-Lamela S.L.",
            "Restauradora en Cerámica Antigua",
        ),
        ("Tasador (Brandt-Oyelaran)", "Auktionshaus Brandt-Oyelaran GmbH", "Tasador"),
    ],
)
def test_a_bracket_with_the_employers_double_barrelled_name_is_dropped(role, company, bare):
    assert without_employer(role, company) == bare
