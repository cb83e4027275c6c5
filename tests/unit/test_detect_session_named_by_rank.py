"""A loop's session named in sentence case by whom it is with: no job.

"Virtual Onsite (3/5): Cross-team partner: Finance – Rui Sato" names a session with a
partner from another team; a job writes its own word capitalised ("HR Business Partner",
"Directeur commercial" in a language writing adjectives small).
"""

from __future__ import annotations

from assistant.detect.job.bracketnote import rank_after_capital
from assistant.detect.job.roles import role_in_title


def test_a_session_named_by_a_rank_in_lower_case_is_no_job() -> None:
    assert role_in_title("Virtual Onsite (3/5): Cross-team partner: Finance – Rui Sato") is None
    assert rank_after_capital("Plant tour with owner")


def test_a_job_with_its_own_word_capitalised_stays() -> None:
    assert role_in_title("Final round: HR Business Partner") == "HR Business Partner"
    assert not rank_after_capital("Directeur commercial")
    assert not rank_after_capital("Senior product manager")
