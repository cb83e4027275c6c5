"""A title squeezing the job's specialism into it ("Technicien senior HTA") where the
description writes it whole, set off by a dash before the job's last words ("le poste
de Technicien senior – câblage HTA"): the description's fuller name is the job.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.rolecompare import dash_inside
from tests.unit.test_detect_kinds import invite, verdict_of


@pytest.mark.parametrize(
    ("full", "part", "inside"),
    [
        ("Technicien senior – câblage HTA", "Technicien senior HTA", True),
        ("Cost Estimator – Marine Projects", "Cost Estimator Projects", True),
        ("Technicien senior – câblage HTA", "Technicien senior", False),  # writes_more's
        ("Technicien senior – câblage HTA", "Technicien HTA", False),  # more words left out
        ("Technicien senior HTA", "Technicien senior HTA", False),
    ],
)
def test_a_specialism_dashed_inside_the_job(full, part, inside):
    assert dash_inside(full, part) is inside


def test_the_descriptions_whole_name_wins_over_the_titles_squeezed_one():
    host = "rh@lumenhta.example"
    first = invite(
        "Premier entretien – Technicien senior HTA",
        host,
        days=1,
        description="Madame,\n\nMerci pour votre candidature au poste de Technicien senior "
        "– câblage HTA (100 %). Nous vous proposons un entretien.",
    )
    later = invite("Deuxième entretien – Lumen HTA", host, days=12)
    assert verdict_of(first).role == "Technicien senior – câblage HTA"
    assert verdict_of(later, first).role == "Technicien senior – câblage HTA"
