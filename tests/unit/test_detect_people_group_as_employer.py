"""A title part that is the group of people the user meets ("2차 면접 (임원진)", the
executives; "Final round – Panel"): no employer's name, in any language. A firm whose
name holds such a word among others ("Teamwork Ltd") is still a name."""

from __future__ import annotations

from assistant.detect.employer.titlenames import title_names


def test_the_group_met_is_no_name():
    assert title_names("3차 면접 (임원진)")[1] == ()
    assert title_names("2차 면접 – 실무진")[1] == ()


def test_a_firm_holding_the_word_is_a_name():
    assert title_names("Second interview – Teamwork Ltd")[1] == ("Teamwork Ltd",)
