"""Someone else's interview on the user's calendar, told by a first name and a pronoun:
"<Name> – final round at <Bank> (text her at 11)", a partner's invite "<Name> – 2e
entretien (elle prend la voiture)". The title opens with that person's first name and
speaks of them in the third person; the user's own rounds are not written so."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.conftest import NOW, make_event, person
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import me_at, verdict_of, why


@pytest.mark.parametrize(
    "title",
    [
        "Priya – final round at Kestrel Bank 🤞 (call her after!)",
        "Noé – entretien final chez Valmont, lui écrire à 11h",
        "Teodora – 2ª entrevista na Vale (ela vai de carro)",
        "Ilse – zweites Vorstellungsgespräch bei Brandt (ihr um 9 schreiben)",
        "Bram – tweede gesprek bij Duinwater (hem appen om 12)",
    ],
)
def test_a_note_about_a_friends_round_is_no_round(title):
    v = verdict_of(note(title, days=2))
    assert not v.is_follow_up, why(v)
    assert any("not yours" in r for r in v.reasons), why(v)


def test_a_partners_invite_about_their_own_round_is_no_round():
    partner = person("maelys.carvalho@mail.example", "Maëlys Carvalho", is_organizer=True)
    event = make_event(
        "Maëlys – 2e entretien agence de design (elle prend le vélo)",
        start=NOW + timedelta(days=2),
        uid="partner-round",
        organizer=partner,
        attendees=(me_at(), partner),
        description="je pars à 9h, tu prends le bus",
    )
    v = verdict_of(event)
    assert not v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "title",
    [
        "Final interview – Brandt Logistik (she said bring the portfolio)",
        "Brandt Logistik – final interview",
    ],
)
def test_the_users_own_note_with_a_pronoun_is_kept(title):
    v = verdict_of(note(title, days=2))
    assert v.is_follow_up, why(v)
