"""A job written after the employer's registered name led by its legal form written short
in brackets ("(주)…", "㈜…", "（株）…"): the name runs to the space, the job follows it
and the name is no part of it.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.roleclean import clean_role
from assistant.detect.job.roletext import role_in_text


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "(주)소나무정밀 품질관리 매니저(수출) 포지션에 지원해 주셔서 감사합니다.",
            "품질관리 매니저(수출)",
        ),
        ("주식회사 소나무정밀 공정 연구원 포지션에 지원해 주셔서 감사합니다.", "공정 연구원"),
    ],
)
def test_the_job_after_a_short_form_name_in_text(text, role):
    assert role_in_text(text) == role


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("(주)소나무정밀 품질관리 매니저", "품질관리 매니저"),
        ("（株）カエデ工業 品質保証エンジニア", "品質保証エンジニア"),
        ("품질관리 매니저", "품질관리 매니저"),
    ],
)
def test_clean_role_drops_a_short_form_name_first(phrase, role):
    assert clean_role(phrase, needs_role_word=False) == role
