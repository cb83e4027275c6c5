"""Golden files for the briefing email: text and HTML of several kinds of interview.

The clock is fixed (``NOW``, Monday 12 April 2027 09:00) and the user lives in
Europe/Berlin. To accept a deliberate change, regenerate and review the diff:

    UPDATE_GOLDEN=1 python -m pytest tests/unit/test_briefing_golden.py
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from assistant.briefing import BriefingFacts, PreviousRound
from assistant.compose import User, compose_briefing
from assistant.config import SalarySettings
from assistant.models import Attendee, Detection, Event, Verdict
from assistant.salary.advice import advise
from assistant.templating import Renderer
from tests.conftest import BERLIN, ME, NOW, make_event, me, person

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "briefing"
NEW_YORK = ZoneInfo("America/New_York")
USER = User(name="Alex Rivera", email=ME, tz=BERLIN, signature="Alex Rivera")

JORDAN = person("jordan@acme.example", "Jordan Lee", is_organizer=True)
PRIYA = person("priya@acme.example", "Priya Raman")
SAM = person("sam.okafor@acme.example", "Sam Okafor (Talent Partner)")


def verdict(event: Event, **kwargs: object) -> Verdict:
    fields: dict[str, object] = dict(
        is_follow_up=True,
        confidence=0.9,
        reasons=("title names a later round",),
        company="Acme",
        role="Product Manager",
        interviewers=tuple(a for a in event.attendees if not a.is_self),
    )
    fields.update(kwargs)
    return Verdict(**fields)  # type: ignore[arg-type]


def facts(detection: Detection, settings: SalarySettings | None = None, **kwargs: object):
    values: dict[str, object] = dict(
        user_name="Alex Rivera",
        user_tz=BERLIN,
        now=NOW,
        salary=advise(detection, settings or SalarySettings()),
    )
    values.update(kwargs)
    return BriefingFacts(**values)  # type: ignore[arg-type]


def full_case() -> tuple[Detection, BriefingFacts]:
    """New York office, supervisory role, a test, round 1 with notes, top-coded wages."""
    start = datetime(2027, 4, 13, 10, 0, tzinfo=NEW_YORK)
    event = replace(
        make_event(
            summary="Final round: Engineering Manager at Acme",
            start=start,
            minutes=90,
            organizer=JORDAN,
            attendees=(me(), JORDAN, PRIYA, SAM),
            description=(
                "You'll meet Jordan Lee, VP Engineering, and Priya Raman - Staff Engineer.\n"
                "We'll close with a 45-minute system design exercise, so bring a laptop."
            ),
            location="Acme, 200 Park Ave S, New York, NY 10003",
            conference_url="https://meet.google.com/abc-defg-hij",
        ),
        timezone="America/New_York",
    )
    detection = Detection(
        event, verdict(event, role="Engineering Manager", supervisory=True, mentions_test=True)
    )
    previous = PreviousRound(
        "Interview: Acme (hiring manager screen)",
        NOW - timedelta(days=9),
        ("team of six", "migration to Kubernetes"),
        {"jordan@acme.example": "cares about on-call health", "lee@acme.example": "very direct"},
        ("jordan@acme.example",),
    )
    return detection, facts(detection, previous=previous)


def berlin_case() -> tuple[Detection, BriefingFacts]:
    """A Berlin office, no first round on record, not supervisory, no test."""
    event = make_event(
        summary="Second interview: Senior Software Engineer at Acme",
        location="Acme GmbH, Torstraße 1, 10119 Berlin",
        conference_url="",
    )
    detection = Detection(event, verdict(event, role="Senior Software Engineer"))
    return detection, facts(detection)


def unknown_case() -> tuple[Detection, BriefingFacts]:
    """Nothing but a title and a time: no company, role, people, place or salary lookup."""
    event = make_event(summary="Follow-up interview", organizer=None, attendees=(me(),), minutes=45)
    event = replace(event, organizer=None, timezone="")
    detection = Detection(event, verdict(event, company=None, role=None, interviewers=()))
    return detection, facts(detection, salary=None, user_name="")


def hostile_case() -> tuple[Detection, BriefingFacts]:
    """Markup, script, header injection and huge fields everywhere event text can go."""
    evil = Attendee(
        email="eve@acme.example",
        name='Eve <b>Boss</b>"\r\nBcc: all@evil.example',
    )
    event = make_event(
        summary="Second interview\r\nBcc: x@evil.example <script>alert(1)</script>" + "x" * 600,
        attendees=(me(), evil),
        organizer=evil,
        description="<p>Hello</p><script>steal()</script><img src=x onerror=alert(1)>"
        + "Please do the take-home assessment. "
        + "y" * 5000,
        location="<a href='javascript:alert(1)'>Room</a>\r\nX-Evil: 1 " + "z" * 600,
        conference_url="javascript:alert(1)",
    )
    detection = Detection(
        event,
        verdict(
            event,
            company="Acme <script>",
            role='Product "Manager"\r\n<b>x</b>' + "r" * 300,
            interviewers=(evil,),
        ),
    )
    return detection, facts(detection)


def update_case() -> tuple[Detection, BriefingFacts]:
    """Moved after the first briefing went out; the user's own range in euros."""
    event = make_event(start=NOW + timedelta(days=2, hours=1))
    detection = Detection(event, verdict(event))
    settings = SalarySettings(min=70000, max=85000, currency="EUR")
    return detection, facts(
        detection,
        settings,
        is_update=True,
        moved_from=NOW + timedelta(days=1, hours=5),
    )


CASES: dict[str, Callable[[], tuple[Detection, BriefingFacts]]] = {
    "full": full_case,
    "berlin": berlin_case,
    "unknown": unknown_case,
    "hostile": hostile_case,
    "update": update_case,
}


# The user's locale and language ([user] locale, [user] language): the plain cases are
# U.S. English; these render the richest and the emptiest case in every shipped language.
USERS = {
    "en-GB": replace(USER, locale="en_GB"),
    "de": replace(USER, locale="de_DE", language="de"),
    "fr": replace(USER, locale="fr_FR", language="fr"),
    "es": replace(USER, locale="es_ES", language="es"),
}
LOCALIZED = [f"{case}.{locale}" for case in ("full", "unknown", "update") for locale in USERS]


def render(name: str) -> EmailMessage:
    case, _, locale = name.partition(".")
    detection, briefing_facts = CASES[case]()
    user = USERS[locale] if locale else USER
    return compose_briefing(detection, briefing_facts, user, Renderer(), f"golden/{name}", NOW)


def parts(message: EmailMessage) -> dict[str, str]:
    text = message.get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
    html = message.get_body(preferencelist=("html",)).get_content()  # type: ignore[union-attr]
    return {"txt": f"Subject: {message['Subject']}\n\n{text}", "html": html}


@pytest.mark.parametrize("name", sorted(CASES) + LOCALIZED)
@pytest.mark.parametrize("kind", ["txt", "html"])
def test_briefing_matches_its_golden_file(name: str, kind: str) -> None:
    rendered = parts(render(name))[kind]
    golden = GOLDEN / f"{name}.{kind}"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(rendered, encoding="utf-8")
    assert golden.exists(), f"no golden file {golden}; run with UPDATE_GOLDEN=1"
    assert rendered == golden.read_text(encoding="utf-8")


def test_the_english_subject_begins_with_prep_in_both_locales() -> None:
    for name in ("full", "full.en-GB"):
        assert str(render(name)["Subject"]).startswith("Prep: Acme, Engineering Manager — ")
    assert str(render("full.de")["Subject"]).startswith("Vorbereitung: Acme")
