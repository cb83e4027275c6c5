"""Kinds of wrong company development sets 36 to 39 showed (civil engineering, aircraft
maintenance, nursing, renewable energy), each in new words: a clock time or a day taken
into the name of the user's own note. The user is Robin Hale, as in
:mod:`tests.unit.test_detect_kinds`.
"""

from __future__ import annotations

import pytest

from assistant.detect.employer.titlenames import title_names
from assistant.detect.text.clock import when_cut
from tests.conftest import make_event
from tests.unit.test_detect_kinds import me_at, verdict_of, why


def _note(title: str, uid: str = "note"):
    return make_event(title, organizer=me_at(), attendees=(), uid=uid)


# --- a clock time or a day beside the employer in the user's own note ----------------------


@pytest.mark.parametrize(
    ("title", "firm"),
    [
        ("Quillfeather 2nd interview 14h (Teams)", "Quillfeather"),
        ("Orrin & Daughters final round 9:45am", "Orrin & Daughters"),
        ("Zweitgespräch Talberg Anlagenbau 10 Uhr", "Talberg Anlagenbau"),
        ("Tessaro secondo colloquio ore 15", "Tessaro"),
        ("Vinterhav andra intervju kl. 13", "Vinterhav"),
        ("Quillfeather final round Thursday", "Quillfeather"),
        ("Quillfeather 最終面接 16:30 JST", "Quillfeather"),
        ("Lindenhof final interview 9h–12h30", "Lindenhof"),
    ],
)
def test_company_in_own_note_without_clock_time_or_day(title, firm):
    v = verdict_of(_note(title))
    assert v.is_follow_up, why(v)
    assert v.company == firm


def test_a_time_span_and_its_zone_are_cut_whole():
    assert when_cut("Acme – 14:00-15:30 CET") == "Acme –  | "
    assert "BRT" not in when_cut("Acme panel 10h BRT (case)")


def test_a_day_heading_a_name_and_a_number_in_a_name_stay():
    # "Friday Harbour Labs", "Studio 54", "Round 2": no time, no day of a meeting
    for title in ("Friday Harbour Labs final", "Studio 54 – panel", "Round 2 Acme"):
        assert when_cut(title) == title
    assert "Studio 54" in title_names("Studio 54 – panel")[1]
