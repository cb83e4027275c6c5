"""A title's part that is the stage's own word ("Fase: …", "(최종)") or the meeting's own
name ("Showreel Walkthrough — Ines") is no employer: the guests' domain gives it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.detect.employer.extract import company_of
from assistant.detect.employer.titlenames import title_names
from assistant.detect.text.reading import read_description
from tests.conftest import NOW, make_event, person
from tests.unit.test_detect_kinds import PROFILE, me_at


@pytest.mark.parametrize(
    "title",
    ["Fase: Entrevista com gestor — Robin Hale", "면접 일정 (최종)", "Étape : entretien métier"],
)
def test_a_stage_word_alone_is_no_name(title):
    assert not any(w in name for name in title_names(title)[1] for w in ("Fase", "최종", "tape"))


def _invite(title: str):
    host = person("ines.vidal@lumenfox-studio.com", "Ines Vidal", is_organizer=True)
    return make_event(
        title,
        start=NOW + timedelta(days=2),
        uid=title,
        organizer=host,
        attendees=(me_at(), host, person("otto.kern@lumenfox-studio.com", "Otto Kern")),
        description="Hi Robin,\nnext up is a walkthrough of your reel with Otto.\n",
    )


@pytest.mark.parametrize(
    "title", ["Showreel Walkthrough — Robin Hale", "Fase: Entrevista técnica — Robin Hale"]
)
def test_the_employer_of_a_round_titled_by_its_stage_comes_from_the_domain(title):
    event = _invite(title)
    text = read_description(event.description or "").text
    assert company_of(event, PROFILE, text)[0] == "Lumenfox Studio"


def test_a_firm_whose_domain_spells_it_is_kept_before_a_meeting_word():
    event = _invite("Lumenfox Studio Walkthrough — Robin Hale")
    text = read_description(event.description or "").text
    assert (company_of(event, PROFILE, text)[0] or "").startswith("Lumenfox Studio")
