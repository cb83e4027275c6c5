"""A field word places a generic title in its field's occupation ("Production Manager,
Documentary" produces films, it runs no factory); a region or a place outside the U.S.
in the role says the job is not a U.S. one, whatever zone the scheduler wrote."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.config import SalarySettings
from assistant.models import Detection, Verdict
from assistant.salary.abroad import where_abroad
from assistant.salary.advice import advise, salary_view
from assistant.salary.wages import match_occupation
from tests.conftest import make_event


@pytest.mark.parametrize(
    ("title", "soc", "word"),
    [
        ("Production Manager – Documentary", "27-2012", "documentary"),
        ("Head of Production, Scripted Comedy", "27-2012", "comedy"),
        ("Radio Production Manager", "27-2012", "radio"),
        ("Post-Production Supervisor", "27-2012", "post"),
        ("Senior Director, Animation", "27-2012", "animation"),
        ("Producer (Streaming)", "27-2012", "streaming"),
        ("Production Executive, Factual Entertainment", "11-9199", "entertainment"),
    ],
)
def test_a_field_word_places_a_generic_title_in_its_field(title: str, soc: str, word: str):
    match = match_occupation(title)
    assert match is not None and match.figures.soc == soc, match
    assert f'going by "{word}"' in match.matched_on
    assert "film, television and radio" in match.matched_on


@pytest.mark.parametrize(
    ("title", "soc"),
    [
        ("Production Manager", "11-3051"),  # no field word: manufacturing, as SOC files it
        ("Plant Production Manager", "11-3051"),
        ("Content Marketing Manager", "11-2021"),  # a field word, but a head it leaves alone
        ("Executive Producer", "27-2012"),
    ],
)
def test_without_a_field_word_the_title_is_matched_as_usual(title: str, soc: str):
    match = match_occupation(title)
    assert match is not None and match.figures.soc == soc, match


def _detection(role: str, zone: str = "America/Los_Angeles", location: str = "") -> Detection:
    event = make_event(summary=f"Second interview: {role}", location=location)
    event = replace(event, timezone=zone)
    return Detection(event, Verdict(True, 0.9, ("x",), company="Studio", role=role, language="en"))


@pytest.mark.parametrize(
    ("role", "evidence", "european"),
    [
        ("Account Director, APAC", "the role (APAC)", False),
        ("Field Producer (Nordics)", "the role (Nordics)", True),
        ("Studio Coordinator – DACH", "the role (DACH)", True),
        ("Partnerships Lead UK&I", "the role (UK&I)", True),
        ("Talent Manager LATAM", "the role (LATAM)", False),
    ],
)
def test_a_region_in_the_role_outweighs_the_schedulers_us_zone(role, evidence, european):
    abroad = where_abroad(_detection(role))
    assert abroad is not None and abroad.country is None
    assert abroad.evidence == evidence and abroad.european is european
    view = salary_view(advise(_detection(role), SalarySettings()), role)
    assert f"going by {evidence}" in view.summary
    assert "America/Los_Angeles" in view.summary and "scheduler" in view.summary
    assert view.link_label == ("Eurostat" if european else view.link_label)
    assert not view.percentiles, "no U.S. figures for a job elsewhere"


def test_a_place_outside_the_us_in_the_role_names_its_country():
    abroad = where_abroad(_detection("Line Producer - Dublin"))
    assert abroad is not None and abroad.country is not None
    assert abroad.country.territory == "IE" and abroad.evidence == "the role (Dublin)"


def test_a_us_role_in_a_us_zone_stays_a_us_job():
    assert where_abroad(_detection("Line Producer")) is None
    assert (
        where_abroad(_detection("Regional Sales Director, Europe", location="Austin, TX 78701"))
        is None
    )
