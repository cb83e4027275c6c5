"""Two ways a job's first words are lost or kept wrongly: a lead-in word with nothing
before it, the title's mark having cut its words ("(Firm) re Tidal Survey Lead": "re"
introduces the job, no part of it), and French's "Chargé(e) de …" written with its
inclusive ending in brackets, a job's word still ("Chargé(e) d'études en hydrologie").

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.rolecompare import without_lead_in
from assistant.detect.job.roles import role_in_title


@pytest.mark.parametrize(
    ("role", "kept"),
    [
        ("re Tidal Survey Lead, Pacific", "Tidal Survey Lead, Pacific"),
        ("re: Tidal Survey Lead", "Tidal Survey Lead"),
        ("chat about the Tidal Survey Lead", "Tidal Survey Lead"),
        ("Regional Survey Lead", "Regional Survey Lead"),
    ],
)
def test_a_lead_in_word_first_is_dropped(role, kept):
    assert without_lead_in(role) == kept


@pytest.mark.parametrize(
    ("title", "role"),
    [
        (
            "Entretien – Chargé(e) d'études en hydrologie fluviale (H/F)",
            "Chargé(e) d'études en hydrologie fluviale",
        ),
        ("Entretien – Chargé·e de mission zones humides", "Chargé·e de mission zones humides"),
    ],
)
def test_an_inclusive_charge_is_a_job(title, role):
    assert role_in_title(title) == role
