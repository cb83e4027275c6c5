"""A public event written as a hyphenated compound ("Karriere-Webinar", "Careers-webinar")
and a show's episode ("follow-up episode"): no round, and a webinar the user signed up
for is no earlier interview that makes the first real one a later round."""

from __future__ import annotations

import pytest

from assistant.detect.text.reading import read_title
from assistant.detect.verdict.vetoes import title_veto
from tests.unit.test_detect_kinds import invite, verdict_of, why


@pytest.mark.parametrize(
    "title",
    ["Karriere-Webinar: Einstieg bei Tessgart – Q&A", "Careers-webinar: life at Tessgart"],
)
def test_a_hyphenated_webinar_is_a_public_event(title):
    assert read_title(title).kind is not None


def test_a_webinar_is_no_earlier_round():
    webinar = invite(
        "Karriere-Webinar: Einstieg bei Tessgart – Q&A mit Recruitern",
        "careers@tessgart.example",
        days=1,
        description="Vielen Dank für Ihre Anmeldung zum Karriere-Webinar.",
    )
    first = invite(
        "Interview Scheduled: Lead Engineer (R-0042)",
        "careers@tessgart.example",
        "mo.brandl@tessgart.example",
        days=9,
        description="We are pleased to invite you to interview for the position.",
    )
    v = verdict_of(first, webinar)
    assert not v.is_follow_up, why(v)


def test_a_shows_follow_up_episode_is_another_kind_of_interview():
    reading = read_title("Market Chatter — second interview (follow-up episode)")
    assert title_veto(reading) is not None
