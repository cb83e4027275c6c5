"""The briefing's salary section: which figures apply, where they come from, what it advises."""

from __future__ import annotations

import csv
from dataclasses import replace

import pytest

from assistant.config import SalarySettings
from assistant.models import Detection, Verdict
from assistant.resources import data_path
from assistant.salary.advice import OOH_URL, advise, salary_view, where_abroad
from assistant.salary.wages import SalaryTable
from tests.conftest import make_event


def interview(role: str | None = "Software Engineer", zone: str = "America/New_York", **kwargs):
    """A detection for ``role`` at Acme; the event's zone and fields as given."""
    language = kwargs.pop("language", "en")
    event = replace(make_event(**kwargs), timezone=zone)
    return Detection(
        event, Verdict(True, 0.9, ("x",), company="Acme", role=role, language=language)
    )


def shipped_row(soc: str) -> dict[str, str]:
    """The row for ``soc`` read straight from the shipped CSV, not through the loader."""
    lines = data_path("salary_oews_may2024.csv").read_text(encoding="utf-8").splitlines()
    rows = csv.DictReader(line for line in lines if not line.startswith("#"))
    return next(row for row in rows if row["soc"] == soc)


def test_the_figures_shown_are_the_shipped_tables_row_for_the_matched_occupation() -> None:
    view = salary_view(advise(interview("Senior Software Engineer"), SalarySettings()), None)
    row = shipped_row("15-1252")
    assert view.summary.startswith(f"{row['title']} (SOC\u00a015-1252)")
    assert [value for _, value in view.percentiles] == [
        f"${int(row[p]):,}" for p in ("p10", "p25", "median", "p75", "p90")
    ]
    assert [label for label, _ in view.percentiles] == ["10th", "25th", "Median", "75th", "90th"]
    assert "Bureau of Labor Statistics" in view.source and "May 2024" in view.source
    assert "Senior Software Engineer" in view.source  # says what it matched from


def test_top_coded_wages_are_shown_as_at_least_the_cap() -> None:
    view = salary_view(advise(interview("Chief Executive Officer"), SalarySettings()), None)
    values = dict(view.percentiles)
    assert values["75th"] == values["90th"] == "≥ $239,200"
    assert "“≥” marks the highest wage the source reports ($239,200)" in view.source
    assert "($239,200 or more)" in view.tips[2]


def test_the_users_own_range_wins_over_pins_matches_and_borders() -> None:
    settings = SalarySettings(pins={"acme": "11-2021"}, min=90_000, max=120_000)
    for detection in (interview(), interview(zone="Europe/Berlin")):
        advice = advise(detection, settings)
        assert advice.user_range == (90_000, 120_000) and advice.figures is None
        view = salary_view(advice, None)
        assert view.summary == "Your researched range: $90,000–$120,000 a year."
        assert "toward $120,000" in view.tips[2]
    euros = salary_view(advise(interview(), replace(settings, currency="EUR")), None)
    assert euros.summary == "Your researched range: €90,000–€120,000 a year."


@pytest.mark.parametrize("key", ["acme", "software engineer"])
def test_a_pinned_occupation_wins_over_the_matcher(key: str) -> None:
    advice = advise(interview("Software Engineer"), SalarySettings(pins={key: "11-2021"}))
    assert advice.figures == SalaryTable.load().by_soc("11-2021")
    assert advice.matched_on.startswith("pinned for")


def test_a_pin_to_a_code_missing_from_the_table_falls_back_to_the_matcher() -> None:
    advice = advise(interview("Software Engineer"), SalarySettings(pins={"acme": "99-9999"}))
    assert advice.figures is not None and advice.figures.soc == "15-1252"


@pytest.mark.parametrize(
    "role",
    [None, "", "   ", "Wizard of Vibes", "<script>alert(1)</script>", "x" * 10_000,
     "\x00\r\nBcc: a@b", "🚀 Ninja", "Manager", "Senior Lead", "Happiness Hero"],
)  # fmt: skip
def test_unknown_titles_never_crash_and_point_to_the_handbook(role: str | None) -> None:
    view = salary_view(advise(interview(role), SalarySettings()), role)
    assert view.percentiles == ()
    assert view.link_url == OOH_URL == "https://www.bls.gov/ooh/"
    assert "\n" not in view.summary and len(view.summary) < 400


def test_no_lookup_at_all_still_gives_advice_and_the_handbook() -> None:
    view = salary_view(None, None)
    assert "does not name the role" in view.summary
    assert view.link_url == OOH_URL
    assert len(view.tips) == 5


@pytest.mark.parametrize(
    ("kwargs", "country", "office"),
    [
        ({"zone": "Europe/Berlin"}, "Germany", "https://www.destatis.de"),
        ({"zone": "Europe/London"}, "the United Kingdom", "https://www.ons.gov.uk"),
        ({"zone": "America/Toronto"}, "Canada", "https://www.statcan.gc.ca"),
        ({"zone": "Australia/Sydney"}, "Australia", "https://www.abs.gov.au"),
        ({"zone": "America/New_York", "location": "10 Downing St, London"}, "the United Kingdom", "https://www.ons.gov.uk"),
        ({"zone": "", "location": "Acme GmbH, Torstraße 1, 10119 Berlin, Deutschland"}, "Germany", "https://www.destatis.de"),
    ],
)  # fmt: skip
def test_outside_the_us_no_us_wages_but_where_the_countrys_figures_are(kwargs, country, office):
    view = salary_view(advise(interview(**kwargs), SalarySettings()), "Software Engineer")
    assert view.percentiles == ()
    assert f"looks to be in {country}" in view.summary
    assert view.link_url == office


def test_an_unknown_country_or_a_foreign_language_points_to_international_figures() -> None:
    seoul = salary_view(advise(interview(zone="Asia/Seoul"), SalarySettings()), None)
    assert "another country" in seoul.summary and "ilostat" in seoul.link_url
    lisbon = salary_view(advise(interview(zone="Europe/Lisbon"), SalarySettings()), None)
    assert "eurostat" in lisbon.link_url
    german = interview(zone="", language="de")
    assert where_abroad(german) is not None
    assert where_abroad(german).evidence == "the invite's language"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("zone", "location"),
    [
        ("America/Los_Angeles", ""),
        ("Pacific/Honolulu", ""),
        ("UTC", ""),  # says nothing about a place
        ("", "https://zoom.us/j/1"),
        ("Europe/Berlin", "1 Market St, San Francisco, CA 94105"),  # the address wins
    ],
)
def test_us_interviews_get_us_figures(zone: str, location: str) -> None:
    advice = advise(interview(zone=zone, location=location), SalarySettings())
    assert advice.abroad is None and advice.figures is not None


def test_a_pinned_occupation_abroad_shows_its_figures_with_a_caveat() -> None:
    advice = advise(interview(zone="Europe/Berlin"), SalarySettings(pins={"acme": "15-1252"}))
    view = salary_view(advice, None)
    assert view.percentiles and "These are U.S. figures" in view.source


def test_the_advice_follows_the_article() -> None:
    tips = " ".join(salary_view(advise(interview(), SalarySettings()), None).tips)
    for point in (
        "Let the employer raise pay first",
        "ask what the previous person in the role made",
        "Aim for the upper part of the range",
        "room to negotiate",
        "Decide beforehand what you would accept",
        "benefits, bonuses, perks and vacation",
        "ask for it in writing and for a few days to decide",
    ):
        assert point in tips
