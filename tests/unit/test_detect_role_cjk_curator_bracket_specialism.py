"""A curator's, a librarian's or a conservator's job in Japanese, Chinese or Korean with
its specialism in brackets after it ("学芸員（近代彫刻担当）", "策展人（当代陶艺）"): the job's
word is a job (ISCO-08 2621/2622 in ``lang/``), so the role is the job with its bracket,
not the bracket's words alone.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.roles import role_in_title


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("【二次面接】学芸員（近代彫刻担当）／北浜文化振興会", "学芸員（近代彫刻担当）"),
        ("一次面接のご案内：司書（地域資料担当）", "司書（地域資料担当）"),
        ("面试邀请：策展人（当代陶艺）", "策展人（当代陶艺）"),
        ("面試通知：文物修復師（金屬器）", "文物修復師（金屬器）"),
        ("1차 면접 – 사서 (고문헌)", "사서 (고문헌)"),
    ],
)
def test_a_curators_job_with_its_bracket_is_the_role(title, role):
    assert role_in_title(title) == role
