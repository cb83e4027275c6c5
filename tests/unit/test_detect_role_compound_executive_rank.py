"""An executive's rank written as one compound in Chinese or Japanese ("董事總經理",
managing director; "代表取締役社長", representative director and president) after the
round is whom the user meets, not the job, as its parts alone are ("總經理", "取締役").

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.roles import role_in_title


@pytest.mark.parametrize(
    "title",
    [
        "青嶺測繪 最後一輪 – 董事總經理",
        "青岭测绘 终面 – 董事总经理",
        "青岭测绘 终面 – 执行董事",
        "最終面接 – 代表取締役社長（青嶺測量）",
    ],
)
def test_a_compound_executive_rank_is_whom(title):
    assert role_in_title(title) is None


def test_a_job_after_the_round_is_still_read():
    assert role_in_title("青岭测绘 二面 – 测绘工程师") == "测绘工程师"
