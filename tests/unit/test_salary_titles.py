"""Job titles a new user meets in social work, health care, education, non-profits,
trades and offices, and the shapes of title the matcher once got wrong with confidence:
a modifier that picks a sibling occupation, a manager title matched to a specialist,
and a title filed under several occupations shown as if it were one."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from assistant.config import SalarySettings
from assistant.salary.advice import advise, salary_view
from assistant.salary.wages import (
    ALIASES_NAME,
    CLOSEST_CONFIDENCE,
    CLOSEST_TABLE,
    TABLE_NAME,
    SalaryTable,
    match_occupation,
    read_aliases,
    read_wage_table,
)
from tests.unit.test_salary_advice import interview

REPO = Path(__file__).resolve().parents[2]
EXPECTED = REPO / "tests" / "data" / "salary" / "job_titles_expected.csv"


def expected_titles() -> list[dict[str, str]]:
    lines = EXPECTED.read_text(encoding="utf-8").splitlines()
    return list(csv.DictReader(line for line in lines if not line.startswith("#")))


def test_the_title_table_is_broad_and_says_where_each_expectation_comes_from() -> None:
    rows = expected_titles()
    assert len(rows) >= 60
    assert all(row["source"].strip() for row in rows)
    assert len({row["soc"][:2] for row in rows}) >= 10  # major groups: not one field


@pytest.mark.parametrize("row", expected_titles(), ids=lambda row: row["title"])
def test_real_titles_map_to_the_occupation_a_person_expects(row: dict[str, str]) -> None:
    match = match_occupation(row["title"])
    assert match is not None, row["title"]
    assert match.figures.soc == row["soc"], match.matched_on
    assert match.closest == (row["closest"] == "yes"), match.matched_on


@pytest.mark.parametrize(
    ("title", "soc"),
    [
        # each modifier of a BLS series title picks its own occupation
        ("Behavioral Disorder Counselor", "21-1018"),
        ("Family Social Worker", "21-1021"),
        ("Refrigeration Mechanic", "49-9021"),
        # "health care"/"child care" as SOC writes them, in one word
        ("Health Care Social Worker", "21-1022"),
        ("Health-Care Social Worker", "21-1022"),
        ("Child Care Worker", "39-9011"),
        # a curated title held whole inside a longer one
        ("Child Welfare Caseworker", "21-1021"),
    ],
)
def test_a_modifier_picks_the_sibling_occupation(title: str, soc: str) -> None:
    match = match_occupation(title)
    assert match is not None and match.figures.soc == soc, match and match.matched_on
    assert not match.closest


@pytest.mark.parametrize("title", ["Pediatric Social Worker", "Veterans Social Worker"])
def test_an_unknown_modifier_in_a_family_bls_splits_is_only_the_closest_match(title: str) -> None:
    """BLS publishes "Social Workers, All Other": the setting decides which social-work
    occupation, so a setting the matcher does not know gives the closest match."""
    match = match_occupation(title)
    assert match is not None and match.closest
    assert match.matched_on.startswith("closest match")


def test_a_modifier_outside_a_split_family_is_a_plain_match() -> None:
    match = match_occupation("Java Developer")
    assert match is not None and match.figures.soc == "15-1252" and not match.closest


MANAGER_TITLES = [
    "Program Director",
    "Youth Programs Director",
    "Director of Programs",
    "Head of Programs",
    "Housing Programs Manager",
    "Outreach Program Manager",
    "Community Programs Manager",
    "Director of Projects",
    "Project Director",
    "Head of Training",
    "Payroll Director",
    "Social Worker Supervisor",
]


@pytest.mark.parametrize("title", MANAGER_TITLES)
def test_a_manager_title_never_maps_to_a_specialist(title: str) -> None:
    match = match_occupation(title)
    if match is not None:
        runs = match.figures.soc.startswith("11-") or "Supervisors" in match.figures.title
        assert runs, match.matched_on


def test_head_of_or_director_of_any_alias_stays_in_management() -> None:
    """Every curated non-manager title, headed by "Head of"/"Director": a manager or nothing."""
    table = SalaryTable.load()
    for alias, soc in read_aliases(REPO / "config" / ALIASES_NAME).items():
        if soc.startswith("11-"):
            continue
        for title in (f"Head of {alias}", f"{alias} Director"):
            match = table.match(title)
            if match is not None and match.matched_on != f'alias "{title.lower()}"':
                runs = match.figures.soc.startswith("11-") or "Supervisors" in match.figures.title
                assert runs, (title, match.matched_on)


def test_titles_filed_under_several_occupations_are_the_closest_match() -> None:
    closest = read_aliases(REPO / "config" / ALIASES_NAME, CLOSEST_TABLE)
    assert closest  # "case manager", "program manager"
    for title, soc in closest.items():
        match = match_occupation(title)
        assert match is not None and match.figures.soc == soc
        assert match.closest and match.confidence == CLOSEST_CONFIDENCE


def test_two_occupations_about_equally_close_give_the_closest_match() -> None:
    table = SalaryTable(
        read_wage_table(REPO / "config" / TABLE_NAME),
        {"harbor night pilot": "53-2011", "harbor night river dock pilot": "53-5021"},
    )
    near = table.match("Harbor Night River Tug Pilot")  # Dice 0.8 against 0.75
    assert near is not None and near.figures.soc == "53-5021" and near.closest
    exact = table.match("Harbor Night River Dock Pilot")
    assert exact is not None and not exact.closest


def test_the_salary_section_says_closest_match() -> None:
    view = salary_view(advise(interview("Case Manager"), SalarySettings()), None)
    assert view.summary.startswith("Closest match, not a sure one: “Case Manager”")
    assert "Social and Human Service Assistants (SOC\u00a021-1093)" in view.summary
    sure = salary_view(advise(interview("Medical Social Worker"), SalarySettings()), None)
    assert sure.summary.startswith("Healthcare Social Workers (SOC\u00a021-1022)")
