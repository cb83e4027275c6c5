"""A rank opening a later round's title words, after rounds for another job.

"2nd interview Quillon Marine – Director of Operations" after a screen for the Port
Logistics Lead role names whom the later round is with: the job stays the one the earlier
rounds named. A later title naming a job that holds the same rank ("Director of Sales"
after rounds for a director's job) is the job still.
"""

from __future__ import annotations

from assistant.detect import detect
from tests.unit.test_detect_kinds import PROFILE, invite


def _role_of_later(first_text: str, later_title: str) -> str | None:
    screen = invite(
        "Quillon Marine – recruiter screen",
        "talent@quillon.example",
        days=-9,
        description=first_text,
    )
    later = invite(later_title, "talent@quillon.example", "ops@quillon.example", days=4)
    found = {d.event.uid: d.verdict for d in detect([screen, later], PROFILE)}
    verdict = found[later.uid]
    assert verdict.is_follow_up
    return verdict.role


def test_a_rank_in_a_later_title_is_whom_the_round_is_with() -> None:
    role = _role_of_later(
        "Thanks for applying to Quillon Marine for the Port Logistics Lead role.",
        "2nd interview Quillon Marine – Director of Operations",
    )
    assert role == "Port Logistics Lead"


def test_a_later_title_naming_a_job_of_the_same_rank_is_the_job() -> None:
    role = _role_of_later(
        "Thanks for applying to Quillon Marine for the Director of Sales role.",
        "2nd interview Quillon Marine – Director of Sales, Northern Europe",
    )
    assert role is not None and role.startswith("Director of Sales")
