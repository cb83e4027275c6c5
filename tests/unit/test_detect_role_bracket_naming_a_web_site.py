"""A bracket after a job that names a web site ("(Jobnet.dk ansøgning)", "(via
hiringboard.io)"): the board or the site the user applied through, no specialism of the
job, so the role ends before it. A specialism whose name holds a point but no web
domain ("(Node.js)", "(ASP.NET)") stays.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.jobbracket import is_detail
from assistant.detect.job.roles import role_in_title


@pytest.mark.parametrize(
    "bracket",
    ["(Jobnet.dk ansøgning)", "(Talentkoşu.com başvurusu)", "(via hiringboard.io)"],
)
def test_a_bracket_naming_a_web_site_is_no_detail(bracket: str):
    assert not is_detail(bracket)


@pytest.mark.parametrize("bracket", ["(Node.js)", "(ASP.NET)", "(Cardiology)"])
def test_a_specialism_with_a_point_stays_a_detail(bracket: str):
    assert is_detail(bracket)


def test_the_role_in_a_title_ends_before_the_web_sites_bracket():
    title = "Ön görüşme – Kat Hizmetleri Şefi (Talentkoşu.com başvurusu)"
    assert role_in_title(title) == "Kat Hizmetleri Şefi"
