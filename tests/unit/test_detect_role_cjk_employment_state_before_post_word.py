"""A word for a state of employment that ends in the post's character ("在職", "離職",
"転職", "到職": employed, left, changing jobs, starting) in a description written without
spaces: no job before "職", so no role is read from it; a job before it still is.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.roletext import role_in_text


@pytest.mark.parametrize(
    "text",
    [
        "謝謝。考慮到您目前仍在職，面試安排在晚上。",
        "您好。由於您已離職，可以提早面談。",
        "謝謝。確認錄取後可以下月到職，請回覆。",
    ],
)
def test_a_state_of_employment_is_no_job(text):
    assert role_in_text(text) is None


def test_a_job_before_the_post_character_is_still_read():
    assert (
        role_in_text("この度は海外調達課長職にご応募いただき、ありがとうございます。")
        == "海外調達課長"
    )
