"""A non-profit corporation's form written before its name, often with the foundation's
own name between ("의료법인 푸른의료재단 푸른병원", "財團法人 仁心醫院"): where a title
names the hospital short, the invite that writes the form is the name in full. The
name inside a longer word ("푸른병원장례식장") is another body's, no form of it."""

from __future__ import annotations

from assistant.detect.employer.namerest import written_longer
from tests.unit.test_detect_kinds import invite


def _registered_unspaced(name: str, text: str) -> set[str]:
    return written_longer(name, text, invite("면접", "hr@pureun.example"))


def test_the_form_and_the_foundation_before_the_name_make_it_whole():
    text = "안녕하세요.\n의료법인 푸른의료재단 푸른병원 인사팀입니다."
    assert _registered_unspaced("푸른병원", text) == {"의료법인 푸른의료재단 푸른병원"}


def test_the_form_alone_before_the_name():
    assert _registered_unspaced("仁心醫院", "財團法人 仁心醫院 人資室 敬上") == {
        "財團法人 仁心醫院"
    }
    assert _registered_unspaced("桐葉病院", "医療法人社団 桐葉会 桐葉病院 事務局") == {
        "医療法人社団 桐葉会 桐葉病院"
    }


def test_a_name_inside_a_longer_word_is_not_the_firm():
    assert _registered_unspaced("푸른병원", "의료법인 푸른병원장례식장 안내") == set()
