"""Two ways a real round was thrown away. The user's own note names the employer by its
short name ("Orla Re – talk with the CEO (stage III)") where the first interview wrote
the registered name ("Towarzystwo Reasekuracji Orla S.A."): one word whole and heads of
the others make it the same employer, not another. And "Practice" inside a clinical job
title ("Advanced Practice Physiotherapist", "General Practice Pharmacist") is the job,
not a practice block."""

from __future__ import annotations

import pytest

from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import invite, verdict_of, why


def test_a_note_naming_the_employer_short_follows_its_registered_name():
    first = invite("Rozmowa rekrutacyjna – Underwriter", "hr@orlare.example", days=-20,
                   description="Towarzystwo Reasekuracji Orla S.A. zaprasza na rozmowę.")  # fmt: skip
    v = verdict_of(note("Orla Re – rozmowa z Prezesem (III etap)", days=4), first)
    assert v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "title",
    [
        "Interview: Advanced Practice Physiotherapist (R-2231) - Robin Hale",
        "Interview: General Practice Pharmacist - Robin Hale",
    ],
)
def test_practice_in_a_clinical_job_title_is_no_practice_block(title):
    v = verdict_of(invite(title, "clinics@myworkday.com", "lead@fernvale.example"))
    assert not any("practise" in reason for reason in v.reasons), why(v)
