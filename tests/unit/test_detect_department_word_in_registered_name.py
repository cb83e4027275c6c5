"""A registered name holding a department's, a city's or a site's word before its
legal form ("Wexford Analytics Ltd", "Tamarind Foods Singapore Pte. Ltd."): the legal
form says where the name ends, so another invite of the process writing the short name
("Wexford") is given the registered one. Without a legal form such a word still ends
the name ("Wexford Analytics" alone is the firm's analytics team)."""

from __future__ import annotations

import pytest

from assistant.detect.employer.namematch import registered_word
from assistant.detect.employer.namerest import written_longer
from tests.unit.test_detect_kinds import invite


@pytest.mark.parametrize(
    ("short", "line", "longer"),
    [
        ("Wexford", "Wexford Analytics Ltd | 9 Quay Street, Galway", "Wexford Analytics Ltd"),
        (
            "Tamarind Foods",
            "Tamarind Foods Singapore Pte. Ltd. would like to invite you",
            "Tamarind Foods Singapore Pte. Ltd.",
        ),
        (
            "Brightwater",
            "Brightwater House Holdings plc, registered in England",
            "Brightwater House Holdings plc",
        ),
        ("Lindgren", "Lindgren Marketing AB", "Lindgren Marketing AB"),
    ],
)
def test_a_department_or_place_word_before_a_legal_form_is_the_names_own(short, line, longer):
    event = invite("Interview", "talent@example.org")
    assert longer in written_longer(short, line, event)


def test_without_a_legal_form_a_department_word_still_ends_the_name():
    event = invite("Interview", "talent@example.org")
    assert not written_longer("Wexford", "Wexford Analytics – weekly sync", event)
    # a team's or an agency's words never join, legal form or not
    assert not written_longer("Wexford", "Wexford Talent Team Ltd", event)
    assert not written_longer("Wexford", "Wexford Recruitment Ltd", event)


@pytest.mark.parametrize("word", ["Analytics", "Singapore", "House", "Engineering"])
def test_words_a_registered_name_may_hold(word):
    assert registered_word(word)


@pytest.mark.parametrize("word", ["Interview", "Frau", "Final", "Team"])
def test_words_no_registered_name_holds(word):
    assert not registered_word(word)
