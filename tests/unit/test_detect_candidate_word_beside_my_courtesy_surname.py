"""A candidacy word in a title that names the user by courtesy title and surname
("Site visit Leipzig – Mr. Okoro (candidate QA)", "Herr Okoro – Kandidat"): the
invite speaks of the user as the candidate, not of someone else's candidacy."""

from __future__ import annotations

import pytest

from assistant.detect.verdict.vetoes import names_me
from tests.unit.test_detect_kinds import PERSONAL, invite, verdict_of, why


def test_the_surname_after_a_courtesy_title_names_the_user():
    assert names_me("Site visit Leipzig – Mr. Okoro (candidate QA)", ("femi okoro",))
    assert names_me("Werksbesuch – Herr Okoro, Kandidat", ("femi okoro",))
    assert not names_me("Final round – candidate Mei Chen", ("femi okoro",))
    assert not names_me("Debrief – Mr. Okorodu", ("femi okoro",))


@pytest.mark.parametrize(
    "title", ["Site visit Leipzig – Mr. Hale (candidate QA)", "Werksbesuch – Herr Hale, Kandidat"]
)
def test_a_round_naming_the_user_as_candidate_is_theirs(title):
    assert PERSONAL.startswith("robin.hale@")  # the user the title names
    host = "talent@brenvik-halbleiter.example"
    earlier = invite("Interview – Brenvik Halbleiter", host, days=1)
    later = invite(title, host, "ute.maas@brenvik-halbleiter.example", days=9)
    v = verdict_of(later, earlier)
    assert v.is_follow_up, why(v)
