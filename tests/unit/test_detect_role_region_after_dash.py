"""The region or market a job covers, written after the job and a dash.

A sentence naming "the Category Lead, Packaging – Latin America role" names which job it
is, as "(EMEA)" does in brackets; a city after the dash ("– Rotterdam") is where the job
sits and stays out. In a title or a labelled field the dash as often sets off where the
opening is posted ("Position: … - APAC"), so a region there is left out.
"""

from __future__ import annotations

from assistant.detect.job.rolecompare import dashed
from assistant.detect.job.roleseat import covers_a_region
from assistant.detect.job.teamafter import with_team

_TITLE = "Second interview – Marlowe Foods"


def _always_not_team(_words: str) -> bool:
    return True  # as the invite's reading says of any place


def test_a_region_after_a_dash_stays_on_the_job() -> None:
    text = "Thanks for your time on the Category Lead, Packaging – Latin America role."
    assert with_team("Category Lead, Packaging", (_TITLE, text), _always_not_team) == (
        "Category Lead, Packaging – Latin America"
    )


def test_a_region_after_a_dash_in_a_title_or_field_may_be_where_it_is_posted() -> None:
    title = "Panel: Category Lead, Packaging - Latin America"
    field = "Position: Category Lead, Packaging - Latin America\nInterviewer: Noor"
    assert with_team("Category Lead, Packaging", (title, field), _always_not_team) == (
        "Category Lead, Packaging"
    )


def test_a_city_after_a_dash_stays_out() -> None:
    text = "Thanks for your time on the Key Account Manager – Rotterdam role."
    assert with_team("Key Account Manager", (_TITLE, text), _always_not_team) == (
        "Key Account Manager"
    )


def test_a_region_or_market_alone_is_covered_a_seat_is_not() -> None:
    assert covers_a_region("APAC")
    assert covers_a_region("Latin America")
    assert not covers_a_region("Rotterdam")
    assert not covers_a_region("Puerto Rico")  # a territory the job sits in
    assert not covers_a_region("Europe Office")
    assert not covers_a_region("Payments")


def test_a_role_with_its_region_after_a_dash_is_the_shorter_one_written_in_full() -> None:
    assert dashed("Category Lead, Packaging – Latin America", "Category Lead, Packaging")
    assert not dashed("Category Lead, Packaging – Rotterdam", "Category Lead, Packaging")
