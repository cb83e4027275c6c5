"""The place an invite writes beside the job or the employer is no job: a signature's
"<registered firm> | <town>" line, the town after a field's workload in per cent
("Stelle: Leiter Lager (80–100 %), Aarau"), as after a gender marker, and a listed city
after the job's dash ("… – São Paulo", "【…-東京】"). A job after a registered name ("Acme
AG | Field Service Lead") and a team after the dash are still read.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.quotedrole import role_on_its_own
from assistant.detect.job.roleclean import clean_role, without_city_after_dash
from assistant.detect.job.rolefield import role_in_field
from assistant.detect.job.roletext import role_in_text


@pytest.mark.parametrize(
    "text",
    [
        "Med venlig hilsen\nMikkel Dahl\nNordvind Gear ApS | Herning\n____",
        "Kind regards\nTrent Valley Pumps Ltd | Burton\n",
    ],
)
def test_a_signatures_town_after_the_firm_is_no_job(text):
    assert role_in_text(text) is None


def test_a_job_after_the_registered_firm_is_read():
    assert role_in_text("Kind regards\nTrent Valley Pumps Ltd | Field Service Lead") == (
        "Field Service Lead"
    )


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Stelle: Leiter Lager (80–100 %), Aarau\nDauer: 45 Minuten", "Leiter Lager"),
        ("Stelle: Einkäuferin Elektronik (100%), Schaffhausen\n", "Einkäuferin Elektronik"),
    ],
)
def test_the_town_after_a_workload_is_no_part_of_the_job(text, role):
    assert role_in_field(text) == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("ご応募いただいた【倉庫主任（冷凍）-東京】ポジションについて", "倉庫主任（冷凍）"),
    ],
)
def test_a_listed_city_after_the_jobs_dash_is_no_part_of_it(text, role):
    assert role_on_its_own(text) == role


def test_a_listed_city_after_a_spaced_dash_is_cut():
    assert clean_role("Night Shift Buyer – São Paulo") == "Night Shift Buyer"


def test_a_team_after_the_jobs_dash_stays():
    assert without_city_after_dash("Night Shift Buyer – Payments") == (
        "Night Shift Buyer – Payments"
    )
