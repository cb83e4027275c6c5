"""A gender marker closing a job is never part of the role, in every form postings
write it: detection defines the marker once (``titles.GENDER_MARK``), for reading a
title part as a job and for cleaning the role alike. Polish postings write "(k/m)"
(kobieta/mężczyzna), which the role's cleaning once missed."""

from __future__ import annotations

import pytest

from assistant.detect.job.roleclean import ROLE_NOISE
from assistant.detect.job.rolefield import role_in_field


@pytest.mark.parametrize(
    "written",
    [
        "Kierownik Winnicy (k/m)",
        "Kierownik Winnicy (K/M)",
        "Kierownik Winnicy (m/k)",
        "Kierownik Winnicy K/M",
        "Kierownik Winnicy (m/w/d)",
        "Kierownik Winnicy (m/v/x)",
        "Kierownik Winnicy ( all genders )",
    ],
)
def test_every_form_of_the_marker_leaves_the_role(written):
    assert " ".join(ROLE_NOISE.sub(" ", written).split()) == "Kierownik Winnicy"


def test_a_polish_marker_then_the_city_in_an_ats_field_leaves_the_job_alone():
    assert role_in_field("Stanowisko: Kierownik Winnicy (k/m), Poznań") == "Kierownik Winnicy"
