"""An invite in a language without drafts (Portuguese, Dutch, Danish, Norwegian) gets
English drafts, and the user is told so once, in plain words, wherever they see the
drafts: the tick summary, ``drafts list`` (and ``--json``), ``drafts show`` and the web
page. A briefing in English for a locale whose language has no briefings says so too."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from assistant.cli import cli
from assistant.compose import compose_briefing
from assistant.i18n import briefing_language_note, draft_language_note, using
from assistant.templating import Renderer
from tests.cli.test_drafts_cli import configure as configure_home
from tests.conftest import NOW
from tests.unit.test_briefing_golden import CASES, USER, parts

START = datetime(2027, 4, 13, 12, 0, tzinfo=UTC)
AFTER = "2027-04-13T14:00:00Z"  # the drafts are due 30 minutes after the 13:00 end

INVITES = {
    "pt": (
        "Segunda entrevista – Assistente Social na Fundação Horizonte",
        "Olá Alex, convidamos para a segunda entrevista com a nossa equipa.",
        "Portuguese",
    ),
    "nl": (
        "Tweede gesprek – Maatschappelijk werker bij Stichting Wijkkracht",
        "Beste Alex, wij nodigen je uit voor het tweede gesprek met ons team.",
        "Dutch",
    ),
    "da": (
        "Anden samtale – Pædagog i Børnehuset Solsikken",
        "Kære Alex, vi glæder os til at se dig til anden samtale med os. Venlig hilsen Mette",
        "Danish",
    ),
    "no": (
        "Andre intervju – Vernepleier i Fjordly Omsorg",
        "Hei Alex, takk for søknaden. Vi gleder oss til andre intervju. Vennlig hilsen Kari",
        "Norwegian",
    ),
}


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def configure(home: Path, tmp_path: Path, summary: str, description: str) -> None:
    fmt = "%Y%m%dT%H%M%SZ"
    calendar = tmp_path / "calendar.ics"
    calendar.write_text(
        "\r\n".join([
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT",
            "UID:second-1", "DTSTAMP:20270101T000000Z",
            f"DTSTART:{START:{fmt}}", f"DTEND:{START + timedelta(hours=1):{fmt}}",
            f"SUMMARY:{summary}", f"DESCRIPTION:{description}",
            "ORGANIZER;CN=Marta Sousa:mailto:marta@horizonte.example",
            "ATTENDEE;CN=Alex Rivera;PARTSTAT=ACCEPTED:mailto:me@example.com",
            "ATTENDEE;CN=Rui Costa;PARTSTAT=ACCEPTED:mailto:rui@horizonte.example",
            "END:VEVENT", "END:VCALENDAR",
        ]) + "\r\n",
        encoding="utf-8",
    )  # fmt: skip
    configure_home(home, calendar)


@pytest.mark.parametrize("language", sorted(INVITES))
def test_english_drafts_for_an_invite_in_a_language_without_drafts_say_so(
    home: Path, tmp_path: Path, language: str
) -> None:
    summary, description, name = INVITES[language]
    configure(home, tmp_path, summary, description)
    note = f"written in English: no {name} drafts yet (the invite is in {name})"

    tick = invoke("tick", "--now", AFTER)
    assert "drafts waiting for approval" in tick.output, tick.output
    assert tick.output.count(note) == 1, tick.output  # once, not once per draft

    listing = invoke("drafts", "list", "--now", AFTER).output
    assert f"[{note}]" in listing
    rows = json.loads(invoke("drafts", "list", "--json", "--now", AFTER).output)
    assert rows and all(row["marks"][0] == note for row in rows)
    shown = invoke("drafts", "show", "1").output
    head, body = shown.split("\n\n", 1)
    assert f"Note: {note} (not part of the message)" in head
    assert body.startswith("Hi ")  # the English draft it warns about


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("pt", "written in English: no Portuguese drafts yet (the invite is in Portuguese)"),
        ("pt-BR", "written in English: no Portuguese drafts yet (the invite is in Portuguese)"),
        ("nl", "written in English: no Dutch drafts yet (the invite is in Dutch)"),
        ("da", "written in English: no Danish drafts yet (the invite is in Danish)"),
        ("no", "written in English: no Norwegian drafts yet (the invite is in Norwegian)"),
        ("de", ""),
        ("en", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_the_note_names_the_invites_language(language: str | None, expected: str) -> None:
    assert draft_language_note(language) == expected


def test_the_note_is_in_the_users_language() -> None:
    with using("de_DE"):
        note = draft_language_note("pt")
    assert "Portugiesisch" in note and "Englisch" in note


def test_a_briefing_in_english_for_a_locale_without_briefings_says_so() -> None:
    note = briefing_language_note("pt_BR", "")
    assert note.startswith(
        "Written in English: no Portuguese briefings yet (your locale is pt_BR)."
    )
    assert briefing_language_note("pt_BR", "es") == ""  # chosen, not a fallback
    assert briefing_language_note("de_CH", "") == ""
    detection, facts = CASES["full"]()
    user = replace(USER, locale="pt_BR", language_note=note)
    text = parts(compose_briefing(detection, facts, user, Renderer(), "k", NOW))["txt"]
    assert text.count("no Portuguese briefings yet") == 1
