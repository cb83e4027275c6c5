"""The candidate written in the title by the first name's initial and the surname
("Fachinterview Statik (R. Hale)", "Secondo colloquio - Ing. Conti / R. Hale"): a person,
the user, not the employer; the guests' domain and the earlier rounds name the firm.
An initial before a word nobody on the invite is called stays a name ("J. Crew")."""

from __future__ import annotations

import pytest

from assistant.detect.employer.confirmed import looks_like_name
from tests.unit.test_detect_kinds import invite, verdict_of


def test_an_initial_then_a_surname_on_the_invite_is_a_person():
    assert looks_like_name("R. Hale", frozenset({"robin", "hale"}))


@pytest.mark.parametrize("phrase", ["J. Crew", "R.", "R. Hale Holz"])
def test_an_initial_before_other_words_is_no_person(phrase):
    assert not looks_like_name(phrase, frozenset({"robin", "hale"}))


@pytest.mark.parametrize(
    "title", ["Fachinterview Statik (R. Hale)", "Secondo colloquio - Ing. Conti / R. Hale"]
)
def test_the_candidate_written_short_in_the_title_is_not_the_employer(title):
    first = invite(
        "Colloquio conoscitivo – Marevento Costruzioni",
        "g.villa@marevento.example",
        days=1,
        description="Gentile Robin, la aspettiamo per un primo colloquio.",
    )
    later = invite(
        title,
        "g.villa@marevento.example",
        "f.conti@marevento.example",
        days=9,
        description="Gentile Robin, le confermo il secondo colloquio.",
    )
    assert verdict_of(later, first).company == "Marevento Costruzioni"
