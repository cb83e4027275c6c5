"""A pastime's word that belongs to the job or the employer is no pastime: after a rank
("Final w/ Head of Rugby" at a rugby club: a job title), or in the name of the employer
whose people send the invite ("Onsite loop: Game Art + QA" from Moorfen Games, whose
domain writes it moorfen.example). A pastime's round stays a pastime."""

from __future__ import annotations

from assistant.detect.verdict.vetoes import ranked_job
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import invite, verdict_of, why


def test_a_sport_after_a_rank_in_the_users_note_is_a_job_title():
    first = invite("Interview – Strength Coach – Harlow Vale RFC", "jobs@harlowvale.example",
                   days=-10, description="Thanks for applying for the Strength Coach role.")  # fmt: skip
    v = verdict_of(note("Final w/ Head of Rugby – Harlow Vale", days=4), first)
    assert v.is_follow_up, why(v)


def test_a_sport_round_without_a_rank_stays_a_pastime():
    assert not ranked_job("Squash ladder final w/ Jo", "Squash")
    assert not verdict_of(note("Final w/ Head of Rugby – Harlow Vale", days=4)).is_follow_up


def test_a_game_word_of_the_employers_name_on_its_own_invite_is_no_game():
    first = invite("Moorfen Games Ltd – Interview with Robin Hale", "lead@moorfen.example",
                   days=-10, uid="first",
                   description="Thanks for applying for the Senior Level Designer role.")  # fmt: skip
    later = invite("Onsite loop (1/3): Game Art + QA", "lead@moorfen.example",
                   "qa@moorfen.example")  # fmt: skip
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)
