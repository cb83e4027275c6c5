"""A role that is the employer's name ("Grupo Norteval" at "Norteval Logística, S.L.",
"森谷設計事務所" at "株式会社森谷設計事務所") or that name and the rank of whom the round
is with ("Norteval CTO", "瑞丰物流 CEO"): the firm, never the job; a later round then keeps
the job an earlier one named. A job whose words the firm's name holds stays a job.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.firmrole import is_the_employer
from tests.unit.test_detect_kinds import invite, verdict_of


@pytest.mark.parametrize(
    ("role", "firm", "employer"),
    [
        ("Grupo Norteval", "Norteval Logística, S.L.", True),
        ("Quellbrunn Hartmann", "Quellbrunn Hartmann Architekten GmbH", True),
        ("森谷設計事務所", "株式会社森谷設計事務所", True),
        ("Norteval CTO", "Norteval Logística", True),
        ("瑞丰物流 CEO", "上海瑞丰物流有限公司", True),
        ("Logistics Manager", "Norteval Logistics Manager Ltd", False),  # a job's word
        ("Data Engineer", "Norteval Logística", False),
        ("設計士", "株式会社森谷設計事務所", False),
        ("Grupo Abc", "Abc Ltd", False),  # too short a name to tell
    ],
)
def test_a_role_written_as_the_employer(role, firm, employer):
    assert is_the_employer(role, [firm]) is employer


def test_a_later_round_titled_with_the_firm_and_a_rank_keeps_the_earlier_job():
    first = invite(
        "【面试邀请】仓储经理 - 上海瑞丰物流有限公司", "hr@ruifeng-wuliu.example", days=1
    )
    later = invite("终面 – 瑞丰物流 CTO", "hr@ruifeng-wuliu.example", days=12)
    verdict = verdict_of(later, first)
    assert verdict.is_follow_up
    assert verdict.role == "仓储经理"
