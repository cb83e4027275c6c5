"""A bracket after a job whose word is also inside the employer's name, in a script
without spaces: the firm's trade ("（塗裝）" at "光明塗裝股份有限公司"), which the job's
field is too, stays in the role; the firm's own name, alone or after a city ("（澜庭酒店）"
of "上海澜庭酒店管理有限公司"), is dropped as where the job is.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from assistant.detect import detect
from assistant.detect.job.roleemployer import after_place_only, without_employer
from assistant.detect.profile import Profile
from assistant.detect.verdict.jobnames import without_company
from assistant.models import Attendee, Event


@pytest.mark.parametrize(
    ("role", "company", "kept"),
    [
        ("資深製程工程師（塗裝）", "光明塗裝股份有限公司", "資深製程工程師（塗裝）"),
        ("高级工艺工程师（电镀）", "恒晟电镀科技有限公司", "高级工艺工程师（电镀）"),
        ("前台主管（星湾酒店）", "广州市星湾酒店管理有限公司", "前台主管"),
        ("前台主管（星湾酒店）", "星湾酒店管理有限公司", "前台主管"),
    ],
)
def test_a_trade_word_of_the_firm_is_the_jobs_field(role, company, kept):
    assert without_employer(role, company) == kept
    assert without_company(role, company) == kept


def test_only_a_place_may_come_before_the_firms_name():
    assert after_place_only("星湾酒店", "深圳市星湾酒店管理有限公司")
    assert not after_place_only("電鍍", "宏達電鍍工業股份有限公司")


def test_the_field_is_carried_into_the_role_of_the_invite():
    start = datetime(2029, 5, 7, 2, tzinfo=UTC)
    event = Event(
        uid="trade-1",
        start=start,
        end=start.replace(hour=3),
        summary="二面邀約｜光明塗裝股份有限公司－資深製程工程師（塗裝）",
        description="恭喜通過初試！第二階段面談由廠長進行。",
        organizer=Attendee(email="hr@guangming-coat.com.tw"),
        attendees=(Attendee(email="me@example.org"), Attendee(email="hr@guangming-coat.com.tw")),
    )
    (found,) = detect([event], Profile.build(["me@example.org"]))
    assert found.verdict.role == "資深製程工程師（塗裝）"
