"""What the recipient reads: golden files for several interviews, and the rules every draft keeps.

Regenerate the golden files after an intended change with
``UPDATE_GOLDEN=1 python -m pytest tests/unit/test_drafts_render.py`` and read the diff.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from assistant.compose import User, render_draft
from assistant.detect import Profile
from assistant.drafts import GUESS_MARK, OFFER_MARK, plan_drafts
from assistant.models import Attendee, Detection, DraftKind, Verdict
from assistant.templating import Renderer
from tests.conftest import BERLIN, ME, make_event, me, person, room

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "drafts"
PROFILE = Profile.build([ME])
USER = User("Alex Rivera", ME, BERLIN, "Alex Rivera\n+49 30 1234567")
TUESDAY = datetime(2027, 4, 13, 14, 0, tzinfo=BERLIN)

JORDAN = person("jordan.lee@acme.example", "Jordan Lee", is_organizer=True)
PRIYA = person("priya.raman@acme.example", "Priya Raman")
SAM = person("sam.okafor@acme.example", "Sam Okafor")


@dataclass(frozen=True)
class Scenario:
    """One interview and what the user said about it."""

    name: str
    organizer: Attendee
    attendees: tuple[Attendee, ...]
    company: str | None
    role: str | None
    language: str = "en"
    debrief: dict[str, Any] | None = None
    summary: str = "Second interview"
    extra: dict[str, Any] = field(default_factory=dict)

    def detection(self) -> Detection:
        event = make_event(
            summary=self.summary,
            start=TUESDAY,
            organizer=self.organizer,
            attendees=(me(), *self.attendees),
        )
        verdict = Verdict(
            True, 0.9, ("test",), company=self.company, role=self.role, language=self.language
        )
        return Detection(event, verdict)


MUELLER = person("juergen.mueller@zahnrad.example", "Müller, Jürgen", is_organizer=True)
ZOE = person("zoe.schaefer@zahnrad.example", "Zoë Schäfer")
ATS = person("no-reply@greenhouse.io", "Globex Recruiting", is_organizer=True)
DIRECTOR = person("sam@globex.example", "Sam Okafor (Director of Engineering)")
NAMELESS = person("jdoe@globex.example")
ACME_DEBRIEF = {
    "topics": ["the pricing roadmap", "the on-call rotation"],
    "notes": {
        "priya.raman@acme.example": "your team's move to Rust",
        "sam.okafor@acme.example": "Hearing how you ran the launch retrospective was a highlight.",
    },
    "offer_discussed": True,
    "figure": "$135,000 base plus 10% bonus",
}
SCENARIOS = [
    Scenario("acme-en", JORDAN, (JORDAN, PRIYA, SAM, room()), "Acme", "Product Manager"),
    Scenario(
        "acme-en-debrief",
        JORDAN,
        (JORDAN, PRIYA, SAM, room()),
        "Acme",
        "Product Manager",
        debrief=ACME_DEBRIEF,
    ),
    Scenario("zahnrad-de", MUELLER, (MUELLER, ZOE), "Zahnrad GmbH", "Produktmanagerin", "de"),
    Scenario(
        "zahnrad-de-debrief",
        MUELLER,
        (MUELLER, ZOE),
        "Zahnrad GmbH",
        "Produktmanagerin",
        "de",
        debrief={
            "topics": ["die Preisstrategie"],
            "notes": {},
            "offer_discussed": True,
            "figure": "65.000 € brutto im Jahr",
        },
    ),
    Scenario("globex-guessed", ATS, (ATS, DIRECTOR, NAMELESS), "Globex", None),
    Scenario(
        "minimal-fallback",
        person("ana@initech.example", "DR. ANA GÓMEZ", is_organizer=True),
        (),
        None,
        None,
        "fr",
        debrief={"topics": ["the data platform"], "notes": {}, "offer_discussed": False},
    ),
]


def rendered(scenario: Scenario, renderer: Renderer | None = None) -> list[tuple[Any, str, str]]:
    detection = scenario.detection()
    return [
        (p, *render_draft(p, detection, USER, renderer or Renderer(), scenario.debrief))
        for p in plan_drafts(detection, PROFILE)
    ]


ALL = [(s, p, subject, body) for s in SCENARIOS for p, subject, body in rendered(s)]


def golden_name(scenario: Scenario, kind: DraftKind, email: str) -> str:
    return f"{scenario.name}--{kind.value}--{email.split('@')[0]}.txt"


@pytest.mark.parametrize(
    ("scenario", "planned", "subject", "body"),
    ALL,
    ids=[golden_name(s, p.kind, p.recipient.email)[:-4] for s, p, _, _ in ALL],
)
def test_golden(scenario, planned, subject, body):
    text = f"To: {planned.recipient.email}\nSubject: {subject}\n\n{body}"
    path = GOLDEN / golden_name(scenario, planned.kind, planned.recipient.email)
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}; run with UPDATE_GOLDEN=1 and read it"
    assert text == path.read_text(encoding="utf-8")


def test_every_golden_file_belongs_to_a_scenario():
    expected = {golden_name(s, p.kind, p.recipient.email) for s, p, _, _ in ALL}
    assert {p.name for p in GOLDEN.glob("*.txt")} == expected


# Anything a user could send by mistake: brackets, template syntax, marks meant for them.
_PLACEHOLDER = re.compile(r"[\[\]{}<>]|\bNone\b|\bTODO\b|\bXX+\b|\bname\b|  |\s,|\.\.(?!\.)")


@pytest.mark.parametrize(("scenario", "planned", "subject", "body"), ALL, ids=lambda v: "")
def test_every_draft_reads_complete(scenario, planned, subject, body):
    assert not _PLACEHOLDER.search(body), body
    assert OFFER_MARK not in body and GUESS_MARK not in body and "guess" not in body.lower()
    assert body.endswith("Alex Rivera\n+49 30 1234567\n"), "the signature from config closes it"
    first_line = body.splitlines()[0]
    assert re.fullmatch(r"(Hi|Hallo) \w[\w-]*,|Hello,|Guten Tag,", first_line), first_line
    assert len(body) < 1300, "short"
    paragraphs = body.strip().split("\n\n")
    assert 4 <= len(paragraphs) <= 7
    for paragraph in paragraphs[:-1]:
        assert "\n" not in paragraph, "paragraphs are separated by blank lines"
    assert paragraphs[-1].startswith(("Best regards,\n", "Viele Grüße\n"))
    assert not _PLACEHOLDER.search(subject) and "\n" not in subject


@pytest.mark.parametrize(
    ("scenario", "planned", "subject", "body"),
    [row for row in ALL if row[1].kind is DraftKind.OFFER_REQUEST],
    ids=lambda v: "",
)
def test_the_offer_request_asks_for_every_term_in_writing_and_time_to_decide(
    scenario, planned, subject, body
):
    terms = {
        "en": ["base salary", "bonus", "benefits", "vacation", "start date", "conditions"],
        "de": [
            "Grundgehalt",
            "Bonus",
            "Zusatzleistungen",
            "Urlaub",
            "Eintrittsdatum",
            "Bedingungen",
        ],
    }
    language = "de" if scenario.language == "de" else "en"
    for term in terms[language]:
        assert term in body
    assert ("in writing" if language == "en" else "schriftlich") in body
    assert ("a few days" if language == "en" else "ein paar Tage") in body
    figure = (scenario.debrief or {}).get("figure")
    if figure:
        assert figure in body


def test_a_thank_you_quotes_the_debrief_note_for_its_recipient():
    by_email = {p.recipient.email: body for p, _, body in rendered(SCENARIOS[1])}
    assert (
        "our conversation about your team's move to Rust." in by_email["priya.raman@acme.example"]
    )
    assert (
        "\nHearing how you ran the launch retrospective was a highlight.\n"
        in by_email["sam.okafor@acme.example"]
    )
    assert "Rust" not in by_email["sam.okafor@acme.example"]


def test_topics_stand_in_when_there_is_no_note_for_the_person():
    scenario = replace(SCENARIOS[1], debrief={**ACME_DEBRIEF, "notes": {}})
    (_, _, body), *_ = rendered(scenario)
    assert "about the pricing roadmap and the on-call rotation." in body


def test_without_a_debrief_the_offer_request_does_not_claim_an_offer_was_discussed():
    body = rendered(SCENARIOS[0])[-1][2]
    assert "talking through the offer" not in body
    assert "Could you send me the offer in writing?" in body


def test_the_guessed_recipient_is_flagged_and_the_nameless_greeted_with_hello():
    rows = rendered(SCENARIOS[4])
    offer = rows[-1]
    assert offer[0].guessed_recipient and offer[0].recipient.email == "sam@globex.example"
    nameless = next(body for p, _, body in rows if p.recipient.email == "jdoe@globex.example")
    assert nameless.startswith("Hello,\n")


@pytest.mark.parametrize(
    ("language", "expected"),
    [("de", "de"), ("de-DE", "de"), ("DE", "de"), ("en", "en"), ("fr", "en"), ("", "en")],
)
def test_the_invites_language_is_used_when_a_template_exists(language, expected):
    assert draft_language(DraftKind.THANK_YOU, language, Renderer()) == expected


def test_a_users_template_overrides_the_packaged_one(tmp_path: Path):
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "thank-you.txt").write_text(
        '{% extends "default:drafts/thank-you.txt" %}'
    )
    (tmp_path / "drafts" / "offer-request.txt").write_text(
        "Dear {{ greeting_name or 'team' }}, my own words. {{ signature }}\n"
    )
    rows = rendered(SCENARIOS[0], Renderer(tmp_path))
    assert rows[0][2] == rendered(SCENARIOS[0])[0][2]
    assert rows[-1][2] == "Dear Jordan, my own words. Alex Rivera\n+49 30 1234567\n"


def test_a_missing_german_template_falls_back_to_english_whole(tmp_path: Path):
    class NoGerman(Renderer):
        def has(self, name: str) -> bool:
            return "/de/" not in name and super().has(name)

    rows = rendered(SCENARIOS[2], NoGerman())
    assert rows[0][1].startswith("Thank you") and rows[0][2].startswith("Hi Zoë,")
    assert "Tuesday 13 April" in rows[0][2]


def test_a_reschedule_changes_the_day_in_the_text():
    scenario = SCENARIOS[0]
    moved = scenario.detection()
    moved = replace(moved, event=moved.event.moved_to(TUESDAY + timedelta(days=2), TUESDAY))
    (planned, _, _), *_ = rendered(scenario)
    _, body = render_draft(planned, moved, USER, Renderer(), None)
    assert "Thursday 15 April" in body and "Tuesday" not in body
