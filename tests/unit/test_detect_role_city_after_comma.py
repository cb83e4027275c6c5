"""A listed city after the job's last comma ("Veri Analisti, İzmir", "Data Steward,
Lyon") is where the job is posted, as a city after a dash is; a team or a region there
(", Payments", ", Nordics") stays. Turkish's dotted capital I ("İzmir") reads as "I".
After a job written in sentence case ("Kierownik zmiany nocnej"), one capitalised word
after its comma or dash is a proper name, a place the lists may lack: a language that
writes its jobs so writes their specialism so too ("Veterinär, akutsjukvård").

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.roleclean import without_city_after_dash
from assistant.detect.job.roles import role_in_title
from assistant.detect.places.placenames import is_city, names_a_place


@pytest.mark.parametrize(
    ("role", "kept"),
    [
        ("Kalite Mühendisi, İzmir", "Kalite Mühendisi"),
        ("Data Steward, Lyon", "Data Steward"),
        ("Buyer – London", "Buyer"),
        ("Data Steward, Payments", "Data Steward, Payments"),
        ("Head of Tidal Sales, Nordics", "Head of Tidal Sales, Nordics"),
        ("Kierownik zmiany nocnej, Bydgoszcz", "Kierownik zmiany nocnej"),
        ("Técnico de campo – Huesca", "Técnico de campo"),
        ("Sjuksköterska, intensivvård", "Sjuksköterska, intensivvård"),
        ("Responsable des ventes, Europe", "Responsable des ventes, Europe"),
        ("Kierownik zmiany nocnej, Wydział", "Kierownik zmiany nocnej, Wydział"),
        # English writes a team capitalised after a job in sentence case
        ("Senior software engineer, Payments", "Senior software engineer, Payments"),
        ("Product manager – Growth", "Product manager – Growth"),
        ("Data scientist – Search", "Data scientist – Search"),
    ],
)
def test_a_city_after_the_last_comma_is_dropped(role, kept):
    assert without_city_after_dash(role) == kept


def test_a_title_bracket_holding_job_and_city():
    title = "Kuzey Liman – ilk görüşme (Kalite Mühendisi, İzmir)"
    assert role_in_title(title) == "Kalite Mühendisi"


@pytest.mark.parametrize("name", ["İzmir", "İstanbul"])
def test_a_dotted_capital_i_reads_as_i(name):
    assert is_city(name) and names_a_place(name)
