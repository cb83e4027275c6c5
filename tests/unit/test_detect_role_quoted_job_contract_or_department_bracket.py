"""A job quoted before the word for the post, a bracket closing it inside the quotation:
the kind of contract or remote work ("（契約社員）", "（杭州/远程）", "(정규직)") or a
department named by its field and "部" ("（経営企画部）", "（国际物流部）") is how or where
the user would work, not the job; a specialism or a seniority ("（シニア）") stays.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.quotedrole import role_on_its_own
from assistant.detect.job.roles import role_in_title


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("この度は当社の「物流プランナー（契約社員）」求人にご応募いただき", "物流プランナー"),
        (
            "この度は「税務スペシャリスト（経営企画部）」ポジションにご応募いただき",
            "税務スペシャリスト",
        ),
        ("感谢您应聘本公司「资深交互设计师（杭州/远程）」岗位。", "资深交互设计师"),
        ("感谢您应聘「报关主管（国际物流部）」岗位。", "报关主管"),
        ("[물류 데이터 분석가 (정규직)] 포지션에 지원해 주셔서 감사합니다.", "물류 데이터 분석가"),
        # a seniority or a specialism in the bracket is the job's own
        (
            "この度は「港湾設計エンジニア（シニア）」ポジションにご応募いただき",
            "港湾設計エンジニア（シニア）",
        ),
    ],
)
def test_a_quoted_jobs_contract_or_department_bracket_is_dropped(text, role):
    assert role_on_its_own(text) == role


@pytest.mark.parametrize("bracket", ["（経営幹部）", "（内部）", "（倶楽部）", "（俱乐部）"])
def test_words_ending_in_the_department_sign_that_name_no_department_stay(bracket):
    text = f"この度は「港湾設計エンジニア{bracket}」ポジションにご応募いただき"
    assert role_on_its_own(text) == f"港湾設計エンジニア{bracket}"


def test_a_titles_department_bracket_stays():
    assert (
        role_in_title("【晨光物流】复试邀请 - 报关主管（国际物流部）") == "报关主管（国际物流部）"
    )
