"""A bracket after the job that ends in a country's first-level subdivision (a state, a
province, a nation of the United Kingdom, a Land: "Scotland", "Ontario", "Bayern") names
where the job sits, as one ending in a country does, so it leaves the role; the region
alone after a job is the market the job covers and stays, as a country alone does.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.roles import role_in_title
from assistant.detect.places.placenames import is_city, names_a_place, subdivisions


@pytest.mark.parametrize(
    ("title", "role"),
    [
        (
            "Second interview – Pump Test Technician (Hydraulics, Kirkwall, Scotland)"
            " – Brindle Pumps",
            "Pump Test Technician",
        ),
        ("Hydrologist (Flood modelling, Dunmore, Ontario)", "Hydrologist"),
        ("Kältetechniker (Anlagenbau, Hollfeld, Bayern)", "Kältetechniker"),
        # the region alone is the job's market
        ("Pump Test Technician (Ontario)", "Pump Test Technician (Ontario)"),
    ],
)
def test_a_bracket_ending_in_a_subdivision_is_the_jobs_place(title, role):
    assert role_in_title(title) == role


def test_subdivisions_are_places_and_cities_stay_cities():
    assert names_a_place("Baden-Württemberg")
    assert names_a_place("Nouvelle-Écosse")
    assert "wales" in subdivisions()
    assert is_city("Berlin")  # a Land and a city: still a city
    assert not names_a_place("Victoria")  # a given name first
