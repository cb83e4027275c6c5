"""A round named after whom it is with, in brackets after the job in Chinese ("（技术总监面）",
"（部长面）": the interview with the technical director, the department head): the
round, not the job's specialism, which a bracket of the job's own field still is.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.roles import role_in_title


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("复试：品质工程师（质量部经理面）", "品质工程师"),
        ("复试：儿科护士（护理部主任面）", "儿科护士"),
        ("复试：儿科护士（新生儿科）", "儿科护士（新生儿科）"),
    ],
)
def test_a_round_with_a_rank_in_brackets_is_no_part_of_the_job(title, role):
    assert role_in_title(title) == role
