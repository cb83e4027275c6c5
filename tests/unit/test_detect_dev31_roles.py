"""Roles on invites to professions nobody listed, by the kinds development sets 31 to 33
(facilities, marine science, speech therapy) showed: the job carried over from an
earlier round, a bracket or a specialism that says which job it is, a place or an
office that does not, and whom the user meets that is no job of theirs.

Every test is written in new words, not the calendars' own; the professions of the
tests that are about unlisted words are in no job list (the first test checks that).
"""

from __future__ import annotations

import pytest

from assistant.detect import wording as w
from tests.unit.test_detect_kinds import invite, verdict_of

UNLISTED = ("Baca Temizleyicisi", "Forge Tour Guide", "Timmerman Sluisdeuren", "鷹匠")


@pytest.mark.parametrize("job", UNLISTED)
def test_the_professions_of_these_tests_are_in_no_job_list(job):
    assert w.search(w.ROLE_NOUN, job) is None


# --- a job in unlisted words, named beside an earlier round's words, is carried over ----


@pytest.mark.parametrize(
    ("first", "later", "host", "role"),
    [
        (
            "İkinci mülakat – Baca Temizleyicisi",
            "Final mülakatı – Genel Müdür ile görüşme",
            "ik@ozkaraisi.example",
            "Baca Temizleyicisi",
        ),
        (
            "Second interview – Forge Tour Guide",
            "Final interview with the owners",
            "talent@brackenholt.example",
            "Forge Tour Guide",
        ),
    ],
)
def test_an_unlisted_job_beside_an_earlier_round_is_carried_to_the_later_round(
    first, later, host, role
):
    earlier = invite(first, host, days=1)
    event = invite(later, host, days=8)
    assert verdict_of(earlier).role == role
    verdict = verdict_of(event, earlier)
    assert verdict.is_follow_up
    assert verdict.role == role
