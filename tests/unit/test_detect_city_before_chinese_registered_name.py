"""A Chinese firm's registered name opens with its city (深圳星澜物流科技有限公司 for
星澜物流): a later round writing the short name is given that registered form, as
another invite of the process writes it; a verb before the name (感谢星澜物流…) is no
city. A title's bracket saying the event was cancelled (【已取消】) names no employer."""

from __future__ import annotations

from assistant.detect.employer.extract import company_of
from assistant.detect.employer.namerest import written_longer
from assistant.detect.text.reading import read_description
from tests.unit.test_detect_kinds import PROFILE, invite, me_at


def test_the_city_before_a_chinese_registered_name_is_part_of_it():
    event = invite("面试", "hr@xinglan.example")
    text = "【面试邀请】物流规划经理 - 深圳星澜物流科技有限公司"
    assert written_longer("星澜物流", text, event) == {"深圳星澜物流科技有限公司"}


def test_a_verb_before_the_name_is_no_city():
    event = invite("面试", "hr@xinglan.example")
    found = written_longer("星澜物流", "感谢您应聘星澜物流科技有限公司的职位", event)
    assert found == {"星澜物流科技有限公司"}


def test_a_cancelled_bracket_names_no_employer():
    event = invite(
        "【已取消】星澜物流 – 复试",
        "hr@xinglan.example",
        "li.wei@xinglan.example",
        description="您好，本次面试已取消。",
        myself=me_at(),
    )
    text = read_description(event.description or "").text
    assert company_of(event, PROFILE, text)[0] != "已取消"
