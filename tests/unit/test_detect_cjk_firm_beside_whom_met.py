"""A firm's name in a Chinese or Japanese title written before whom the user meets:
its department and rank ("青松生技 研發處 處長"), or the rank and the interview's word
beside the round ("终面：青松科技 CTO 面谈"). The name a firm's trade word ends is the
employer; the department and the rank are not part of it, and a part without such a
name stays as it was."""

from __future__ import annotations

from assistant.detect.employer.titlenames import title_names


def test_the_department_and_rank_after_a_firm_are_cut():
    assert title_names("二面：青松生技 研發處 處長")[1] == ("青松生技",)
    assert title_names("复试：青松科技 研发部")[1] == ("青松科技",)


def test_a_firm_beside_the_round_and_the_rank_met_is_the_employer():
    assert "青松科技" in title_names("终面：青松科技 CTO 面谈")[1]


def test_a_part_with_no_firm_word_is_not_cut():
    # no trade word ends "青松": nothing says the name is whole without what follows
    assert "青松生技" not in title_names("二面：青松 研發處 處長")[1]
    assert title_names("Final interview: Acme CEO chat")[1] == ()
