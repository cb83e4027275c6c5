"""The user's own note naming the employer by its initials beside a round's word
("H&W final 3pm – bring the deck", "QB final 3pm (video)"): the employer met in
interviews whose words those letters begin (the kind of firm, "Bank", "Ltd", left out
or not). Letters naming no employer met, or two of them, leave the note a note, and so
does a block to prepare ("Slides: pricing case (H&W final)")."""

from __future__ import annotations

import pytest

from assistant.detect.verdict.initialsnote import employer_by_initials
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import invite, verdict_of, why


def interview(title: str, host: str):
    return invite(title, host, days=-9, description="Thanks for applying for the Buyer role.")


@pytest.mark.parametrize(
    ("title", "first_title", "host"),
    [
        (
            "H&W final 3pm – bring the deck",
            "Interview – Buyer – Hollis & Wren",
            "jo@holliswren.example",
        ),
        (
            "QB final 3pm (video)",
            "Interview – Buyer – Quarry Bank plc",
            "jo@quarrybank.example",
        ),
    ],
)
def test_a_note_naming_the_employer_by_its_initials_is_its_later_round(title, first_title, host):
    v = verdict_of(note(title, days=5), interview(first_title, host))
    assert v.is_follow_up, why(v)


def test_initials_of_no_employer_met_leave_the_note_a_note():
    v = verdict_of(
        note("MD final sign-off 3pm", days=5),
        interview("Interview – Buyer – Hollis & Wren", "jo@holliswren.example"),
    )
    assert not v.is_follow_up, why(v)


def test_a_block_to_prepare_naming_the_initials_stays_a_block():
    v = verdict_of(
        note("Slides: pricing case (H&W final)", days=4),
        interview("Interview – Buyer – Hollis & Wren", "jo@holliswren.example"),
    )
    assert not v.is_follow_up, why(v)


def test_letters_two_employers_share_name_neither():
    names = ["Hollis & Wren", "Harbour Works Ltd"]
    assert employer_by_initials("HW final", names) is None
    assert employer_by_initials("HW final", names[:1]) == "Hollis & Wren"
