"""A meeting service or a city in brackets beside the job: how or where the round is held.

"Kwaliteitsingenieur (Webex)" and "Key Account Manager (Teams)" say how the user meets; a
region in brackets ("(Nordics)") is the market the job covers and stays.
"""

from __future__ import annotations

from assistant.detect.job.roles import role_in_title


def test_a_meeting_service_in_brackets_after_the_job_is_no_specialism() -> None:
    assert role_in_title("Tweede ronde – Kwaliteitsingenieur (Webex)") == "Kwaliteitsingenieur"


def test_a_region_in_brackets_stays_on_the_job() -> None:
    assert role_in_title("Second interview – Area Sales Manager (Nordics)") == (
        "Area Sales Manager (Nordics)"
    )
