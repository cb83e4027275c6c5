"""A first ordinal before a later round's phrase ("First conversation with the hiring
manager", "Initial panel interview", "Erstes Gespräch mit der Fachabteilung"): the user
says it is the first round, whatever the phrase after says."""

from __future__ import annotations

import pytest

from assistant.detect.text.reading import read_title
from tests.unit.test_detect_kinds import invite, verdict_of, why


@pytest.mark.parametrize(
    "title",
    [
        "First conversation with the hiring manager – Lattice Bay",
        "Initial panel interview: Lattice Bay",
        "1st interview with the hiring manager (Lattice Bay)",
    ],
)
def test_a_first_ordinal_opening_a_later_phrase_is_a_first_round(title):
    reading = read_title(title)
    assert reading.explicit is None
    assert reading.first_round is not None
    v = verdict_of(invite(title, "mo@latticebay.example", days=3))
    assert not v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "title",
    [
        "Conversation with the hiring manager – Lattice Bay",
        "Panel interview (after the first call) – Lattice Bay",
        "First: second interview with Lattice Bay",
    ],
)
def test_a_later_phrase_not_opened_by_a_first_ordinal_stays_later(title):
    assert read_title(title).explicit is not None


@pytest.mark.parametrize(
    "description",
    [
        "First conversation with the hiring manager about the Harbour Analyst opening.",
        "This is an initial panel interview with three of us.",
        "Erstes Gespräch mit der Fachabteilung, danach melden wir uns.",
    ],
)
def test_in_a_description_too_a_first_ordinal_keeps_the_phrase_from_naming_a_later_round(
    description,
):
    from assistant.detect.text.reading import read_description

    assert read_description(description).described is None
    v = verdict_of(
        invite("Interview – Lattice Bay", "mo@latticebay.example", days=3, description=description)
    )
    assert not v.is_follow_up, why(v)


def test_a_description_naming_the_later_round_plainly_still_does():
    from assistant.detect.text.reading import read_description

    said = read_description("Next we would like a conversation with the hiring manager.")
    assert said.described == "conversation with the hiring manager"
