"""A rank in a Chinese title: whom the round is with, never the job.

"运营部主管面谈" (an interview with the head of operations), "（分管副院长）" in brackets
after the round: a department's head, a deputy general manager or a hospital's
president, as ``interviewer_ranks`` of ``lang/zh.toml`` lists them. A department's
manager ("采购部经理") or a department's director ("门诊部主任") written as the job stays.
"""

from __future__ import annotations

from assistant.detect.job.roles import role_in_title


def test_a_department_heads_interview_names_no_job() -> None:
    assert role_in_title("【复试】锦程物流 – 运营部主管面谈") is None
    assert role_in_title("【二面】财务部负责人面试 – 锦程物流") is None


def test_a_deputy_in_brackets_after_the_round_is_whom_it_is_with() -> None:
    assert role_in_title("终面（分管副总经理）- 物流规划师") == "物流规划师"


def test_a_department_manager_written_as_the_job_stays() -> None:
    assert role_in_title("二面 – 采购部经理") == "采购部经理"


def test_a_department_head_in_brackets_after_the_round_names_no_job() -> None:
    assert role_in_title("第二階段面試（部門主管）– 錦程物流股份有限公司") is None
