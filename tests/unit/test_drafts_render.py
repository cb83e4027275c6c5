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
from assistant.drafting.drafts import GUESS_MARK, OFFER_MARK, draft_locale_for, plan_drafts
from assistant.drafting.marks import REASON_OFFER_SENIOR
from assistant.models import Attendee, Detection, DraftKind, Verdict
from assistant.templating import Renderer
from tests.conftest import BERLIN, ME, make_event, me, person, room

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "drafts"
PROFILE = Profile.build([ME])
USER = User("Alex Rivera", ME, BERLIN, "Alex Rivera\n+49 30 1234567", locale="en_US")
USER_GB = replace(USER, locale="en_GB")
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
    description: str = ""
    user: User = USER

    def detection(self) -> Detection:
        event = make_event(
            summary=self.summary,
            start=TUESDAY,
            organizer=self.organizer,
            attendees=(me(), *self.attendees),
            description=self.description,
        )
        verdict = Verdict(
            True, 0.9, ("test",), company=self.company, role=self.role, language=self.language
        )
        return Detection(event, verdict)


MUELLER = person("juergen.mueller@zahnrad.example", "Müller, Jürgen", is_organizer=True)
ZOE = person("zoe.schaefer@zahnrad.example", "Zoë Schäfer")
BRANDT_HR = person("personal@brandt-soehne.example", "Jana Krüger", is_organizer=True)
VOGEL = person("katrin.vogel@brandt-soehne.example", "Katrin Vogel")
MEIER = person("jonas.meier@brandt-soehne.example", "Jonas Meier")
BRANDT_INVITE = (
    "Hallo Herr Novak,\n\nvielen Dank für Ihr Interesse. Sie treffen Frau Dr. Vogel "
    "(Leiterin Data Platform) und Herrn Meier. Bitte bringen Sie Ihren Ausweis mit."
)
LENA = person("lena@kiezkueche.example", "Lena Schubert", is_organizer=True)
TOM = person("tom@kiezkueche.example", "Tom Becker")
DUBOIS = person("claire.dubois@lumiere.example", "Claire Dubois", is_organizer=True)
MARTIN = person("paul.martin@lumiere.example", "Paul Martin")
GARCIA = person("lucia.garcia@sol.example", "Lucía García", is_organizer=True)
PEREZ = person("ana.perez@sol.example", "Ana Pérez")
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
# One interview per locale and register, then the same after `debrief --offer-discussed`.
LOCALIZED = [
    Scenario(
        "acme-en-gb",
        JORDAN,
        (JORDAN, PRIYA, SAM, room()),
        "Acme",
        "Product Manager",
        debrief={"topics": ["the pricing roadmap"], "notes": {}, "offer_discussed": False},
        user=USER_GB,
    ),
    # The invite from issue 16: "Sie" and titles, so the drafts open formally.
    Scenario("brandt-de", BRANDT_HR, (BRANDT_HR, VOGEL, MEIER), "Brandt & Söhne GmbH",
             "Data Engineer", "de", description=BRANDT_INVITE),
    # A start-up that writes "du" and first names: the drafts do too.
    Scenario("kiez-de-du", LENA, (LENA, TOM), "Kiezküche", "Backend-Entwickler", "de",
             description="Hallo Alex, am Dienstag triffst du Lena und Tom bei uns im Büro. Bis dann!"),
    Scenario("lumiere-fr", DUBOIS, (DUBOIS, MARTIN), "Lumière SA", "cheffe de projet", "fr",
             description="Bonjour, vous rencontrerez Mme Dubois et M. Martin mardi à 14 h."),
    Scenario("sol-es", GARCIA, (GARCIA, PEREZ), "Sol Energía", "analista de datos", "es",
             description="Estimado Alex: le confirmamos la entrevista con la Sra. García y la Dra. Pérez."),
]  # fmt: skip
FIGURES = ["£72,000", "72.000 € brutto", None, "55 000 € brut annuel", "42.000 € brutos al año"]
OFFER_TOPICS = [(), (), ("eure Pläne für die App",), (), ()]


def offered(scenario: Scenario, figure: str | None, topics: tuple[str, ...]) -> Scenario:
    """``scenario`` after ``debrief --offer-discussed`` (with ``--figure`` when given)."""
    debrief: dict[str, Any] = {"topics": list(topics), "notes": {}, "offer_discussed": True}
    if figure:
        debrief["figure"] = figure
    return replace(scenario, name=f"{scenario.name}-offer", debrief=debrief)


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
    *LOCALIZED,
    *(
        offered(s, figure, topics)
        for s, figure, topics in zip(LOCALIZED, FIGURES, OFFER_TOPICS, strict=True)
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
        (p, *render_draft(p, detection, scenario.user, renderer or Renderer(), scenario.debrief))
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


# Every greeting the drafts may open with, per language and register.
_GREETING = re.compile(
    r"(Hi|Hallo) \w[\w-]*,|Hello,|Hallo,|Sehr geehrte Frau( Dr\.)? \w+,|Sehr geehrter Herr( Dr\.)? \w+,"
    r"|Guten Tag( \w+)*,|Bonjour( Madame| Monsieur)?( \w+)+,|Madame, Monsieur,"
    r"|Estimad[oa] (Sra?|Dra?)\. \w+:|Hola, \w+:|Buenos días(, [\w ]+)?:"
)
_SIGN_OFFS = ("Best regards,\n", "Kind regards,\n", "Mit freundlichen Grüßen\n", "Viele Grüße\n",
              "Bien cordialement,\n", "Un cordial saludo,\n", "Un saludo,\n")  # fmt: skip


@pytest.mark.parametrize(("scenario", "planned", "subject", "body"), ALL, ids=lambda v: "")
def test_every_draft_reads_complete(scenario, planned, subject, body):
    assert not _PLACEHOLDER.search(body.replace("\u00a0", " ")), body
    assert OFFER_MARK not in body and GUESS_MARK not in body and "guess" not in body.lower()
    assert body.endswith("Alex Rivera\n+49 30 1234567\n"), "the signature from config closes it"
    first_line = body.splitlines()[0]
    assert _GREETING.fullmatch(first_line), first_line
    assert len(body) < 1300, "short"
    paragraphs = body.strip().split("\n\n")
    assert 4 <= len(paragraphs) <= 7
    for paragraph in paragraphs[:-1]:
        assert "\n" not in paragraph, "paragraphs are separated by blank lines"
    assert paragraphs[-1].startswith(_SIGN_OFFS)
    assert not _PLACEHOLDER.search(subject) and "\n" not in subject


# The terms the offer request lists, the words for "in writing" and "a few days", per locale.
_TERMS = {
    "en_US": (["base salary", "bonus", "benefits", "vacation", "start date", "conditions"], "in writing", "a few days"),
    "en_GB": (["base salary", "bonus", "benefits", "holiday", "start date", "conditions"], "in writing", "a few days"),
    "de": (["Grundgehalt", "Bonus", "Zusatzleistungen", "Urlaub", "Eintrittsdatum", "Bedingungen"], "schriftlich", "Tage Bedenkzeit"),
    "fr": (["salaire de base", "prime", "avantages", "congés", "date de prise de poste", "condition"], "par écrit", "quelques jours"),
    "es": (["salario base", "retribución variable", "beneficios", "vacaciones", "fecha de incorporación", "condición"], "por escrito", "unos días"),
}  # fmt: skip


@pytest.mark.parametrize(
    ("scenario", "planned", "subject", "body"),
    [row for row in ALL if row[1].kind is DraftKind.OFFER_REQUEST],
    ids=lambda v: "",
)
def test_the_offer_request_asks_for_every_term_in_writing_and_time_to_decide(
    scenario, planned, subject, body
):
    key = scenario.user.locale if scenario.language == "en" else scenario.language
    terms, in_writing, days = _TERMS.get(key, _TERMS["en_US"])
    for term in terms:
        assert term in body
    assert in_writing in body and days in body
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
    _, subject, body = rendered(SCENARIOS[0])[-1]
    assert subject.startswith("Next steps") and "offer of" not in body
    assert "When you are ready to make an offer, could you send it to me in writing" in body


@pytest.mark.parametrize("name", ["acme-en-debrief", "acme-en-gb-offer", "brandt-de-offer",
                                  "kiez-de-du-offer", "lumiere-fr-offer", "sol-es-offer"])  # fmt: skip
def test_after_the_debrief_the_offer_request_thanks_for_the_offer_and_quotes_it(name):
    scenario = next(s for s in SCENARIOS if s.name == name)
    before = replace(scenario, debrief=None)
    (_, subject_before, body_before), (_, subject_after, body_after) = (
        next(row for row in rendered(s) if row[0].kind is DraftKind.OFFER_REQUEST)
        for s in (before, scenario)
    )
    assert subject_before != subject_after and body_before != body_after
    figure = scenario.debrief.get("figure")  # type: ignore[union-attr]
    assert figure is None or figure in body_after
    assert not figure or figure not in body_before


def test_the_chosen_recipient_is_noted_and_the_nameless_greeted_with_hello():
    rows = rendered(next(s for s in SCENARIOS if s.name == "globex-guessed"))
    offer = rows[-1]
    assert offer[0].recipient.email == "sam@globex.example"
    # Sam's address is on the invite: never a guess; choosing Sam is, and the reason says so.
    assert not offer[0].guessed_recipient and offer[0].reason == REASON_OFFER_SENIOR
    nameless = next(body for p, _, body in rows if p.recipient.email == "jdoe@globex.example")
    assert nameless.startswith("Hello,\n")


@pytest.mark.parametrize(
    ("language", "user_locale", "expected"),
    [
        ("de", "en_US", "de_DE"),
        ("de-DE", "de_CH", "de_CH"),
        ("DE", "en_GB", "de_DE"),
        ("en", "en_GB", "en_GB"),
        ("en", "de_DE", "en_US"),
        ("fr", "en_US", "fr_FR"),
        ("it", "en_GB", "en_GB"),
        ("", "en_US", "en_US"),
    ],
)
def test_a_draft_is_written_in_the_invites_language_with_the_users_country_when_it_fits(
    language, user_locale, expected
):
    detection = replace(SCENARIOS[0], language=language).detection()
    assert draft_locale_for(detection, user_locale) == expected


def test_an_invite_that_says_du_keeps_first_names_and_du():
    rows = rendered(next(s for s in SCENARIOS if s.name == "kiez-de-du"))
    thanks = next(body for p, _, body in rows if p.kind is DraftKind.THANK_YOU)
    assert thanks.startswith("Hallo Tom,\n\nvielen Dank, dass du dir")
    assert " Sie " not in thanks and thanks.rstrip().endswith(
        "Viele Grüße\nAlex Rivera\n+49 30 1234567"
    )


def test_an_invite_with_sie_and_titles_gets_the_formal_salutation_with_the_doctorate():
    rows = rendered(next(s for s in SCENARIOS if s.name == "brandt-de"))
    firsts = {p.recipient.email: body.splitlines()[0] for p, _, body in rows}
    assert firsts["katrin.vogel@brandt-soehne.example"] == "Sehr geehrte Frau Dr. Vogel,"
    assert firsts["jonas.meier@brandt-soehne.example"] == "Sehr geehrter Herr Meier,"
    assert all(
        "vielen Dank, dass Sie sich" in b for p, _, b in rows if p.kind is DraftKind.THANK_YOU
    )


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


def test_a_language_without_a_catalog_falls_back_to_english_whole():
    rows = rendered(replace(SCENARIOS[2], language="it"))
    assert rows[0][1].startswith("Thank you") and rows[0][2].startswith("Hi Zoë,")
    assert "Tuesday, April 13" in rows[0][2]


def test_a_reschedule_changes_the_day_in_the_text():
    scenario = SCENARIOS[0]
    moved = scenario.detection()
    moved = replace(moved, event=moved.event.moved_to(TUESDAY + timedelta(days=2), TUESDAY))
    (planned, _, _), *_ = rendered(scenario)
    _, body = render_draft(planned, moved, USER, Renderer(), None)
    assert "Thursday, April 15" in body and "Tuesday" not in body


def test_a_third_person_note_is_not_pasted_verbatim_into_the_email_to_that_person():
    note = "Priya talked about building the data platform team in Austin."
    debrief = {"topics": ["the pricing roadmap"], "notes": {PRIYA.email: note}}
    rows = rendered(replace(SCENARIOS[0], debrief=debrief))
    to_priya = next(body for p, _, body in rows if p.recipient.email == PRIYA.email)
    assert note not in to_priya and "Priya talked" not in to_priya
    assert "what you said about building the data platform team in Austin." in to_priya
    unusable = {"topics": ["the pricing roadmap"], "notes": {PRIYA.email: "Priya seemed keen."}}
    rows = rendered(replace(SCENARIOS[0], debrief=unusable))
    to_priya = next(body for p, _, body in rows if p.recipient.email == PRIYA.email)
    assert "keen" not in to_priya and "our conversation about the pricing roadmap." in to_priya


def test_the_offer_mark_goes_once_the_debrief_records_an_offer():
    from assistant.drafting.drafts import draft_marks
    from assistant.models import Draft, DraftState

    offer = Draft(1, "k", "evt", DraftKind.OFFER_REQUEST, DraftState.DRAFTED, ("a@b.example",),
                  "s", "b", TUESDAY, TUESDAY)  # fmt: skip
    assert OFFER_MARK in draft_marks(offer)
    assert OFFER_MARK in draft_marks(offer, {"offer_discussed": False})
    assert OFFER_MARK not in draft_marks(offer, {"offer_discussed": True, "figure": "$1"})


def test_a_note_saying_how_keeps_its_how_and_a_that_clause_is_left_out():
    said = {
        "topics": ["the pricing roadmap"],
        "notes": {
            PRIYA.email: "Priya explained how they are moving claims processing off the mainframe"
        },
    }
    rows = rendered(replace(SCENARIOS[0], debrief=said))
    to_priya = next(body for p, _, body in rows if p.recipient.email == PRIYA.email)
    assert (
        "what you said about how they are moving claims processing off the mainframe." in to_priya
    )
    that = {
        "topics": ["the pricing roadmap"],
        "notes": {PRIYA.email: "Priya told me that they are moving claims off the mainframe"},
    }
    rows = rendered(replace(SCENARIOS[0], debrief=that))
    to_priya = next(body for p, _, body in rows if p.recipient.email == PRIYA.email)
    assert "mainframe" not in to_priya and "our conversation about the pricing roadmap." in to_priya
