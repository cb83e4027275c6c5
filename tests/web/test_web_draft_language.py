"""The drafts page says, beside each draft, when it is in English because the invite's
language has no drafts yet (a Portuguese invite)."""

from __future__ import annotations

from datetime import timedelta

from assistant.app import App
from tests.conftest import NOW, make_event, me, person
from tests.web.conftest import make_site, seed, sign_in

NOTE = "Written in English: no Portuguese drafts yet (the invite is in Portuguese)."


def test_the_drafts_page_says_a_draft_is_in_english_for_a_portuguese_invite(web_home: App) -> None:
    organizer = person("marta@horizonte.example", "Marta Sousa", is_organizer=True)
    portuguese = make_event(
        summary="Segunda entrevista – Assistente Social na Fundação Horizonte",
        description="Olá Alex, convidamos para a segunda entrevista com a nossa equipa.",
        start=NOW - timedelta(hours=3),
        uid="pt-1",
        organizer=organizer,
        attendees=(me(), organizer, person("rui@horizonte.example", "Rui Costa")),
    )
    seed(web_home, portuguese)
    html = sign_in(make_site(web_home).test_client()).get("/drafts").get_data(as_text=True)
    assert html.count(NOTE) >= 2  # beside each draft of that interview
    assert "Hi Rui," in html


def test_no_note_for_an_invite_in_a_language_with_drafts(client) -> None:  # type: ignore[no-untyped-def]
    assert "no Portuguese drafts" not in client.get("/drafts").get_data(as_text=True)
