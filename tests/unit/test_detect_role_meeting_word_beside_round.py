"""A title's part that is only a word about the meeting is no job: the invite's own label
("Interview Invitation", "Einladung zum Vorstellungsgespräch", "Zaproszenie na rozmowę"),
the service it is held on ("Teams: …") or how the round is held ("Live interview").

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.besideround import role_beside_round
from assistant.detect.job.roles import meeting_words_only, role_in_title


@pytest.mark.parametrize(
    ("title", "company"),
    [
        ("Einladung zum Vorstellungsgespräch – Quellbach & Söhne", "Quellbach & Söhne"),
        ("Zaproszenie na rozmowę kwalifikacyjną – Wierzbowa Sp. z o.o.", "Wierzbowa"),
        ("Uitnodiging sollicitatiegesprek – Dekker & Smit", "Dekker & Smit"),
        ("Teams: Oskar Lindqvist - screening (Morrow Tidal)", "Morrow Tidal"),
        ("Fennick Utilities – Live interview (Stage 2)", "Fennick Utilities"),
        ("Fennick Utilities – On Demand interview", "Fennick Utilities"),
    ],
)
def test_a_meeting_word_beside_the_round_is_no_job(title, company):
    assert role_beside_round(title, company, {"oskar", "lindqvist"}, ()) is None


def test_a_job_beside_the_round_is_still_read():
    title = "Second interview – Tidal Surveyor – Fennick Utilities"
    assert role_beside_round(title, "Fennick Utilities", set(), ()) == "Tidal Surveyor"


@pytest.mark.parametrize(
    "title",
    [
        "Harlow Sea Institute - Interview Invitation (Job ID 31-0457)",
        "Harlow Sea Institute - Invitación a entrevista (Ref. 31-0457)",
    ],
)
def test_an_invitation_closed_by_a_requisition_is_no_job(title):
    assert role_in_title(title) is None


@pytest.mark.parametrize(
    ("phrase", "only"),
    [
        ("Invitation", True),
        ("Uitnodiging", True),
        ("Zoom", True),
        ("Invitation Designer", False),
        ("Data Engineer", False),
    ],
)
def test_meeting_words_only(phrase, only):
    assert meeting_words_only(phrase) is only
