"""A domain that spells one word of the employer's name in full and abbreviates the
others ("halvard-infra" for "Halvard Infrastructure Partners", "brenner-te" for
"Brenner Transport Engineering", "wasserwerk-zh" for "Wasserwerk Zürich"): the words
after the spelled one that the rest of the domain abbreviates are the name's too, though
one of them is a department's word or a city; a later round writing the name shorter is
the same employer, and is linked to its earlier rounds."""

from __future__ import annotations

import pytest

from assistant.detect.employer.namematch import name_matching
from tests.unit.test_detect_kinds import invite, verdict_of


@pytest.mark.parametrize(
    ("title", "label", "name"),
    [
        (
            "Halvard Infrastructure Partners – Interview",
            "halvardinfra",
            "Halvard Infrastructure Partners",
        ),
        (
            "Brenner Transport Engineering: Interview Day",
            "brennerte",
            "Brenner Transport Engineering",
        ),
        ("Wasserwerk Zürich – Fallstudie", "wasserwerkzh", "Wasserwerk Zürich"),
    ],
)
def test_the_words_the_rest_of_the_domain_abbreviates_belong_to_the_name(title, label, name):
    assert name_matching(title, (label,), True) == name


@pytest.mark.parametrize(
    ("title", "label", "name"),
    [
        ("Halvard Engineering – Interview", "halvardlx", "Halvard"),  # "lx" spells no word
        ("Wasserwerk Köln – Fallstudie", "wasserwerkbn", "Wasserwerk"),  # Köln is no "bn"
    ],
)
def test_words_the_domain_does_not_abbreviate_are_left_out(title, label, name):
    assert name_matching(title, (label,), True) == name


def test_a_later_round_writing_the_name_shorter_is_linked_and_named_in_full():
    first = invite(
        "Halvard Infrastructure Group – Initial Interview – Signal Designer",
        "t.oyelaran@halvard-infra.example",
        days=1,
        description="Your interview has been scheduled.\nInterviewer: Tola Oyelaran\n",
    )
    later = invite(  # through a scheduling service: only the name links it
        "Halvard – Assessment Centre (day 1)",
        "scheduling@goodtime.io",
        days=9,
        description="Day 1: technical case study and competency panel.\n",
    )
    assert verdict_of(first).company == "Halvard Infrastructure Group"
    found = verdict_of(later, first)
    assert found.is_follow_up
    assert found.company == "Halvard Infrastructure Group"
