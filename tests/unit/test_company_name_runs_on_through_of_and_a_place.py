"""A company's name runs on after the word that ends it through "of" (and its kin in
other languages) and the place the company serves: "… Assurance Company of Tasmania"
on a signature line is the whole name, not "… Assurance Company"."""

from __future__ import annotations

import pytest

from assistant.detect.employer.infull import written_in_full


@pytest.mark.parametrize(
    ("short", "source", "full"),
    [
        (
            "Quillon Mutual",
            "Best regards,\nPetra Vance\nQuillon Mutual Assurance Company of Tasmania\n",
            "Quillon Mutual Assurance Company of Tasmania",
        ),
        (
            "Orlane",
            "Orlane Assurance du Val-Morin – entretien final",
            "Orlane Assurance du Val-Morin",
        ),
        (
            "Brisca Hoteles",
            "Brisca Hoteles de Castilla, Calle Mayor 4",
            "Brisca Hoteles de Castilla",
        ),
    ],
)
def test_the_place_after_of_is_part_of_the_name(short: str, source: str, full: str) -> None:
    assert written_in_full(short, (source,)) == full


@pytest.mark.parametrize(
    ("short", "source", "found"),
    [
        # a registered firm's name ends at its abbreviated legal form
        ("Quillon", "Quillon Ltd of Tasmania\n", "Quillon Ltd"),
        # a job after "of", not a place
        (
            "Quillon Mutual",
            "Quillon Mutual Insurance of Claims Analyst\n",
            "Quillon Mutual Insurance",
        ),
        # the place not closing its line: a sentence, not the name
        (
            "Quillon Mutual",
            "Quillon Mutual Insurance of Tasmania called today",
            "Quillon Mutual Insurance",
        ),
    ],
)
def test_no_place_is_added_where_the_name_ends(short: str, source: str, found: str) -> None:
    assert written_in_full(short, (source,)) == found
