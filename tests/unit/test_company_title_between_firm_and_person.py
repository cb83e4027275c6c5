"""A booking page's title "… between <firm> and <person>": the firm's name found from
its domain must not run on over "and" into the person's first name ("Quillon Advisory
Partners and Robin" for "… and Robin Hale"). A firm named after two founders keeps its
"&" and both names. The user is Robin Hale, as in :mod:`tests.unit.test_detect_kinds`;
the employers are made up.
"""

from __future__ import annotations

from assistant.detect.employer.confirmed import _without_person_after
from tests.unit.test_detect_kinds import invite, verdict_of


def test_the_person_after_and_is_no_part_of_the_firm():
    first = invite(
        "Interview between Quillon Advisory Partners and Robin Hale",
        "careers@quillon-adv.example",
        days=1,
    )
    second = invite(
        "Second interview (45 min) between Quillon Advisory Partners and Robin Hale",
        "careers@quillon-adv.example",
        days=8,
    )
    assert verdict_of(second, first).company == "Quillon Advisory Partners"


def test_a_firm_of_two_names_keeps_the_second():
    people = frozenset({"robin", "hale", "tom", "grant"})
    # "Hollis & Grant" where Tom Grant is a guest: the title ends the firm's name there
    title = "Panel with Hollis & Grant – round two"
    assert _without_person_after("Hollis & Grant", title, people) == "Hollis & Grant"
    cut = "Chat between Hollis Partners and Robin Hale"
    assert _without_person_after("Hollis Partners and Robin", cut, people) == "Hollis Partners"
