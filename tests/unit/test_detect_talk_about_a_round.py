"""Talking about a round is not a round: an agency's catch-up whose description waits
on a client's final stage, a call about the outcome, a debrief after a round, a note to
chase someone who has sent no news since the panel, a block to finish the slides for the
second interview, and a one-way recorded interview called "the next step in our
process"."""

from __future__ import annotations

import pytest

from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import invite, verdict_of, why


@pytest.mark.parametrize(
    ("title", "organizer"),
    [
        ("Aggiornamento con Marta (Selectia) dopo il 3° colloquio", "marta@selectia.example.it"),
        ("Call re: outcome – Tidewater Marine (Sam)", "tidewater@jobs.workablemail.com"),
        ("Point avec Hugo (Cabinet Lys) après le 2e entretien", "hugo@cabinetlys.example.fr"),
        ("Abstimmung mit Jana nach dem Zweitgespräch", "jana@personalwerk.example.de"),
    ],
)
def test_a_call_about_a_round_is_no_round(title, organizer):
    v = verdict_of(invite(title, organizer))
    assert not v.is_follow_up, why(v)
    assert any("a step around the interviews" in r for r in v.reasons), why(v)


@pytest.mark.parametrize(
    ("title", "reason"),
    [
        ("Follow up Omar (Halvard Energía) - no news since panel", "a step around"),
        ("Relancer Inès (Valmont) – pas de nouvelles depuis le 2e entretien", "a step around"),
        ("Brandt – Präsentation fürs Zweitgespräch fertig machen", "a block to prepare"),
        ("Terminar las diapositivas – segunda entrevista Orbel", "a block to prepare"),
    ],
)
def test_a_note_to_chase_or_prepare_is_no_round(title, reason):
    v = verdict_of(note(title, days=2))
    assert not v.is_follow_up, why(v)
    assert any(reason in r for r in v.reasons), why(v)


@pytest.mark.parametrize(
    ("title", "organizer", "description"),
    [
        (  # an agency's own catch-up, waiting on a client's final stage
            "Coffee with Rowan – fresh roles (Gulf / Nordics)",
            "rowan.p@northstar-recruitment.example.co.uk",
            "While we wait for Tessaline's final stage date, I have a couple of new roles "
            "to run past you.",
        ),
        (  # a one-way recorded interview, the next step after applying
            "Halvard Grid Services - On Demand Interview",
            "noreply@hirevue.com",
            "As the next step in our process, we invite you to complete a HireVue On "
            "Demand interview. Please complete it by Friday.",
        ),
        (  # a panel in a process with one interview round
            "Panel interview – Operations Coordinator (Namoi Solar Co-op)",
            "rosa@namoisolar.example.coop",
            "We're a small co-op so we only do one interview round plus reference checks.",
        ),
    ],
)
def test_a_later_round_the_description_speaks_of_is_not_this_meeting(title, organizer, description):
    v = verdict_of(invite(title, organizer, description=description))
    assert not v.is_follow_up, why(v)


def test_an_employers_coffee_named_as_the_final_stage_is_kept():
    event = invite(
        "Coffee with Rowan",
        "rowan.p@tessaline.example.com",
        description="This is the final stage of our process: coffee with our MD.",
    )
    assert verdict_of(event).is_follow_up
