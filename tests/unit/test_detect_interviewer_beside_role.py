"""A person the round is with, or the candidate, written beside the job in a title.

Families: a name and then that person's title after a comma ("Dr. Lena Fox, Head of
Quality"), a rank in brackets after a name ("Omar Vance (VP Sales)"), whom the round is
"w/" ("(w/ Theo, CFO)"), and the names of people on the invite in a bracket after the
job ("Dock Supervisor (Mirela Stanek)"): none is the job.
"""

from __future__ import annotations

from assistant.detect.job.bracketnote import without_people_bracket
from assistant.detect.job.roles import role_in_title


def test_a_name_then_its_title_after_a_comma_is_whom_the_round_is_with() -> None:
    assert role_in_title("Panel interview – Orla Brennan, Plant Manager Cork") is None
    assert role_in_title("Zweites Gespräch – Dr. Jonas Keller, Leiter Logistik") is None


def test_a_job_then_its_specialism_after_a_comma_stays() -> None:
    assert role_in_title("Interview – Sr. Cost Engineer, Tunnels") == "Sr. Cost Engineer, Tunnels"


def test_a_rank_in_brackets_after_a_name_is_that_persons_title() -> None:
    assert role_in_title("Last conversation: Omar Vance (VP Sales) x Mirela") is None


def test_a_job_in_brackets_after_a_firm_stays_the_job() -> None:
    assert role_in_title("Interview – Quayside Robotics (Controls Engineer)") == "Controls Engineer"


def test_w_slash_opens_whom_the_round_is_with() -> None:
    assert role_in_title("Follow-up chat – Brightwater (w/ Theo, CFO)") is None


def test_names_of_people_on_the_invite_in_a_bracket_are_no_part_of_the_job() -> None:
    people = frozenset({"mirela", "stanek", "omar", "vance"})
    assert without_people_bracket("Dock Supervisor (Mirela Stanek)", people) == "Dock Supervisor"
    assert without_people_bracket("Dock Supervisor (M. Stanek)", people) == "Dock Supervisor"
    assert without_people_bracket("Dock Supervisor (Cold Chain)", people) == (
        "Dock Supervisor (Cold Chain)"
    )
    assert without_people_bracket(None, people) is None
