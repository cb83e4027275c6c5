"""A title's notice that the schedule is fixed or being arranged ("一次面接日程確定のお知らせ",
"2차 면접 일정 확정 안내") and the rank of whom the round is with in Korean ("(대표이사)"): the
invite's own words, never the job.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.roles import role_in_title


@pytest.mark.parametrize(
    "title",
    [
        "【東邦物流】一次面接日程確定のお知らせ",
        "【東邦物流】二次面接日程調整のご連絡",
        "[한결소재] 2차 면접 일정 확정 안내",
        "[한결소재] 최종 면접 (대표이사)",
    ],
)
def test_a_schedule_note_or_a_rank_is_no_job(title):
    assert role_in_title(title) is None


def test_the_job_beside_the_schedule_note_is_read():
    assert role_in_title("【東邦物流】物流企画マネージャー 一次面接日程確定のお知らせ") == (
        "物流企画マネージャー"
    )
