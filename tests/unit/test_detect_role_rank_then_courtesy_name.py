"""A later round's title naming a rank where the job stands ("2nd interview – Operations
Director") while its invite names whom that rank is with a courtesy title after it
("our Operations Director, Ms. Hanna Wolska"; Turkish writes "our" as a suffix:
"Lojistik Direktörümüz Dr. Ece Tan") names whom the user meets: the job the earlier
round named is kept.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from assistant.detect import detect
from assistant.detect.profile import Profile
from assistant.models import Event
from tests.conftest import invite_from


def _invite(uid: str, title: str, day: int, description: str) -> Event:
    return invite_from(
        "talent@zielonyfort.example",
        uid,
        title,
        datetime(2029, 11, day, 9, tzinfo=UTC),
        description,
    )


@pytest.mark.parametrize(
    ("title", "description"),
    [
        (
            "Zielony Fort – 2nd interview (Operations Director)",
            "Hello, you will meet our Operations Director, Ms. Hanna Wolska, on site.",
        ),
        (
            "Zielony Fort – 2. görüşme (Lojistik Direktörü)",
            "Merhaba, Lojistik Direktörümüz Dr. Ece Tan ile yüz yüze görüşmenizi planladık.",
        ),
    ],
)
def test_the_rank_of_whom_the_user_meets_is_not_the_job(title, description):
    first = _invite("a", "Interview: Warehouse Planner – Zielony Fort", 2, "First interview.")
    later = _invite("b", title, 16, description)
    found = detect([first, later], Profile.build(["me@example.org"]))
    assert found[1].verdict.is_follow_up
    assert found[1].verdict.role == "Warehouse Planner"
