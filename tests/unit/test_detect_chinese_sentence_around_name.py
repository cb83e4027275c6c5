"""A Chinese registered name inside a sentence: the reader addressed and the word after
them ("感谢您对青禾材料有限公司的支持", "你们与…") are no part of it, while a name's own
character that is also a preposition ("永为", "和丰") is. A title part that is a talk
with someone ("与CTO沟通") names no employer."""

from __future__ import annotations

from assistant.detect.employer.scriptname import registered_cjk, registered_in_script
from assistant.detect.employer.titlenames import title_names


def test_the_reader_addressed_is_cut_from_the_name():
    text = "王先生您好：\n感谢您对青禾材料有限公司的支持，特邀您参加复试。"
    assert registered_in_script(text) == "青禾材料有限公司"
    assert registered_cjk("青禾材料", text) == "青禾材料有限公司"


def test_a_preposition_inside_a_name_is_kept():
    assert registered_in_script("欢迎加入永为电子有限公司") == "永为电子有限公司"


def test_a_talk_with_someone_is_no_name():
    assert title_names("复试 | 与CTO沟通")[1] == ()
