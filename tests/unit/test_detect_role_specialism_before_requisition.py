"""A job's specialism after a dash, then a requisition's bracket before the employer
("Interview for Senior Analyst – Credit Risk (Req 44-1290) at Northmere Bank"): the
specialism is the job's, and a title writing it clipped in brackets ("Senior Analyst
(Cred Risk)") gives way to the words written in full.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.rolecompare import role_of
from assistant.detect.job.roletext import role_in_text

_TEXT = (
    "Dear Ola,\n\nYour interview for Senior Analyst – Credit Risk (Req 44-1290) at "
    "Northmere Bank plc has been scheduled.\n"
)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (_TEXT, "Senior Analyst – Credit Risk"),
        (
            "Thanks for applying for Buyer – Fresh Produce (Job ID 7781) with Larkspur Foods.",
            "Buyer – Fresh Produce",
        ),
        (  # another bracket is the job's own, no requisition: the dash's words stop
            "Your interview for Senior Analyst – Credit Risk (Night Shift) at Northmere Bank",
            "Senior Analyst",
        ),
    ],
)
def test_a_specialism_before_a_requisitions_bracket(text, role):
    assert role_in_text(text) == role


def test_the_title_clipping_the_specialism_gives_way_to_the_text():
    title = "Northmere Bank | First interview – Senior Analyst (Cred Risk)"
    full = role_in_text(_TEXT)
    assert role_of("Senior Analyst (Cred Risk)", full, _TEXT, title) == (
        "Senior Analyst – Credit Risk"
    )
