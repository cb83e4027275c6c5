"""Greetings, dates and subjects: the small words a recipient notices first."""

from __future__ import annotations

from datetime import datetime

import pytest

from assistant.drafting.debrief import merge_debrief
from assistant.drafting.drafts import day_text, draft_subject, first_name, role_alone
from assistant.models import Attendee, Detection, DraftKind, Verdict
from tests.conftest import BERLIN, make_event


@pytest.mark.parametrize(
    ("name", "email", "expected"),
    [
        ("Jane Doe", "x@acme.example", "Jane"),
        ("Doe, Jane", "x@acme.example", "Jane"),
        ("Doe, Dr. Jane", "x@acme.example", "Jane"),
        ("Dr. Jane Q. Doe", "x@acme.example", "Jane"),
        ("Prof. Dr. Hans Müller", "x@acme.example", "Hans"),
        ("JANE DOE", "x@acme.example", "Jane"),
        ("jane doe", "x@acme.example", "Jane"),
        ("jean-luc picard", "x@acme.example", "Jean-Luc"),
        ("DeShawn Smith", "x@acme.example", "DeShawn"),
        ("Zoë Müller", "x@acme.example", "Zoë"),
        ("Łukasz Nowak", "x@acme.example", "Łukasz"),
        ("José Álvarez", "x@acme.example", "José"),
        ("Jane Doe (she/her)", "x@acme.example", "Jane"),
        ("Jane Doe | Acme", "x@acme.example", "Jane"),
        ('"Jane" Doe', "x@acme.example", "Jane"),
        ("", "jane.doe@acme.example", "Jane"),
        ("", "JANE_DOE@acme.example", "Jane"),
        ("", "priya@acme.example", "Priya"),
        ("", "jane.doe+interviews@acme.example", "Jane"),
        ("jane.doe@acme.example", "jane.doe@acme.example", "Jane"),
        ("Hiring Team", "sam.okafor@acme.example", "Sam"),
        ("Dr. Smith", "john.smith@acme.example", "John"),
        # Nothing to be trusted: the templates say "Hello,".
        ("", "jdoe@acme.example", ""),
        ("", "j.doe@acme.example", ""),
        ("", "mmueller@acme.example", ""),
        ("", "12345@acme.example", ""),
        ("Dr. Smith", "jsmith@acme.example", ""),
        ("J. D.", "jd@acme.example", ""),
        ("", "x@acme.example", ""),
    ],
)
def test_first_name(name: str, email: str, expected: str):
    assert first_name(Attendee(email=email, name=name)) == expected


def test_a_hostile_name_gives_a_short_single_line_greeting():
    greeting = first_name(Attendee("eve@acme.example", "Eve\r\nBcc: all@evil.example " + "x" * 500))
    assert greeting == "Eve"
    assert first_name(Attendee("a@acme.example", "A" * 300)) == "", "noise is not a name"


def test_days_are_written_in_the_drafts_language_without_the_year():
    tuesday = datetime(2027, 4, 13, 14, 0, tzinfo=BERLIN)
    assert day_text(tuesday, "en_US") == "Tuesday, April 13"
    assert day_text(tuesday, "en_GB") == "Tuesday 13 April"
    assert day_text(tuesday, "de") == "Dienstag, 13. April"
    assert day_text(datetime(2027, 3, 1, tzinfo=BERLIN), "de") == "Montag, 1. März"
    assert day_text(tuesday, "fr") == "mardi 13 avril"
    assert day_text(tuesday, "es") == "martes 13 de abril", "in a sentence, without CLDR's comma"


def _detection(company: str | None, role: str | None) -> Detection:
    verdict = Verdict(True, 0.9, ("test",), company=company, role=role)
    return Detection(make_event(), verdict)


@pytest.mark.parametrize(
    ("company", "role", "language", "kind", "expected"),
    [
        (
            "Acme",
            "Product Manager",
            "en",
            "thank-you",
            "Thank you — Product Manager interview at Acme",
        ),
        (None, "Product Manager", "en", "thank-you", "Thank you — Product Manager interview"),
        ("Acme", None, "en", "thank-you", "Thank you — interview at Acme"),
        (None, None, "en", "thank-you", "Thank you for your time"),
        ("Acme", "Product Manager", "en", "offer-request", "Next steps — Product Manager at Acme"),
        (None, None, "en", "offer-request", "Next steps"),
        (
            "Acme",
            "Produktmanager",
            "de",
            "thank-you",
            "Vielen Dank für das Gespräch – Produktmanager bei Acme",
        ),
        ("Acme", None, "de", "offer-request", "Nächste Schritte – Acme"),
        ("Acme", None, "fr", "offer-request", "Prochaines étapes — Acme"),
        ("Acme", None, "it", "offer-request", "Next steps — Acme"),
        (
            "Acme",
            "analista",
            "es@informal",
            "thank-you",
            "Gracias — entrevista para analista en Acme",
        ),
    ],
)
def test_subjects(company, role, language, kind, expected):
    assert draft_subject(DraftKind(kind), _detection(company, role), language) == expected


@pytest.mark.parametrize(
    "role",
    [
        "Data Analyst, Globex",
        "Data Analyst – Globex",
        "Data Analyst at GLOBEX",
        "Data Analyst | Globex",
    ],
)
def test_the_company_is_not_named_twice(role: str):
    assert role_alone(role, "Globex") == "Data Analyst"
    subject = draft_subject(DraftKind.THANK_YOU, _detection("Globex", role))
    assert subject == "Thank you — Data Analyst interview at Globex"


def test_a_role_that_is_only_the_company_name_is_kept():
    assert role_alone("Globex", "Globex") == "Globex"
    assert role_alone("Engineer at Globex Labs", "Globex") == "Engineer at Globex Labs"


def test_a_hostile_company_cannot_split_the_subject():
    subject = draft_subject(DraftKind.THANK_YOU, _detection("Acme\r\nBcc: x@evil.example", None))
    assert "\n" not in subject and "\r" not in subject
    assert subject == "Thank you — interview at Acme Bcc: x@evil.example"


def test_a_debrief_adds_to_what_was_recorded_before():
    start = datetime(2027, 4, 6, 10, 0, tzinfo=BERLIN)
    first = merge_debrief(
        None,
        topics=["Roadmap", " "],
        notes={"Priya@Acme.example": "your demo"},
        summary="First interview",
        start=start,
    )
    assert first == {
        "topics": ["Roadmap"],
        "notes": {"priya@acme.example": "your demo"},
        "offer_discussed": False,
        "figure": "",
        "_event": {"summary": "First interview", "start": start.isoformat(), "people": []},
    }
    second = merge_debrief(
        first,
        topics=["roadmap", "On-call"],
        notes={"sam@acme.example": "the incident story"},
        figure="$135,000 base",
    )
    assert second["topics"] == ["Roadmap", "On-call"], "topics are appended once"
    assert second["notes"] == {
        "priya@acme.example": "your demo",
        "sam@acme.example": "the incident story",
    }
    assert second["offer_discussed"] is True, "a figure means pay came up"
    assert second["figure"] == "$135,000 base"
    assert second["_event"] == first["_event"]
    third = merge_debrief(second, offer_discussed=False)
    assert third["offer_discussed"] is False and third["figure"] == "$135,000 base"
