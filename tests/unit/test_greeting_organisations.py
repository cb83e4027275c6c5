"""An organisation or a shared mailbox is greeted as a hiring team, never by its first word,
and is never listed as a person met; one person listed twice is listed once.

One rule (:mod:`assistant.detect.who.persons`) serves the drafts' salutation, the people `scan` and
the briefing list, and the people `pipeline` says were met.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from assistant.briefing.invite import people_on
from assistant.compose import User, render_draft
from assistant.detect import Profile
from assistant.detect.who.persons import (
    is_named_person,
    is_organisation_name,
    is_role_mailbox,
    people_met,
    same_person,
)
from assistant.drafting.drafts import first_name, plan_drafts
from assistant.drafting.plan import REASON_ORGANIZER_TEAM
from assistant.models import Attendee, Detection, DraftKind, Verdict
from assistant.pipeline.board import RoundEntry
from assistant.pipeline.rounds import Round, RoundKind
from assistant.templating import Renderer
from tests.conftest import BERLIN, ME, NOW, make_event, me, person

PROFILE = Profile.build([ME])
USER = User("Alex Rivera", ME, BERLIN, "Alex Rivera", locale="en_US")


@pytest.mark.parametrize(
    "name",
    [
        "Fundación Puentes Abiertos",  # institution noun (es)
        "Stichting Groene Buurt",  # institution noun (nl)
        "Instituto Raízes do Vale",  # institution noun (pt)
        "Nachbarschaftshilfe Lindenau e.V.",  # legal form (de)
        "Akdeniz Bakım Hizmetleri Ltd. Şti.",  # legal form (tr)
        "Kuzey Enerji İnsan Kaynakları",  # personnel department (tr)
        "株式会社みらいケア 人事部",  # legal form and personnel (ja)
        "(주)바른돌봄 채용팀",  # legal form and hiring team (ko)
        "Northwind Talent Acquisition",  # recruiting words (en)
        "Recursos Humanos – Grupo Solera",  # department, then the group (es)
        "Hiring Team",
    ],
)
def test_an_organisation_or_team_display_name_is_no_person(name: str):
    assert is_organisation_name(name)
    assert not is_named_person(Attendee(email="talent@org.example", name=name))


@pytest.mark.parametrize(
    "name",
    [
        "Lucía Pérez",
        "Dr. Ingrid Solberg (Head of Care)",
        "Jane Doe, Talent Partner",  # the title after the comma is hers, not a team's
        "Ken Sato (Recruiting)",
        "Magnus Stadtler",
        "李明",
    ],
)
def test_a_persons_display_name_stays_a_person_even_at_a_role_mailbox(name: str):
    assert not is_organisation_name(name)
    assert is_named_person(Attendee(email="seleccion@org.example", name=name))


def test_the_employers_own_name_is_no_person_unless_it_reads_as_a_full_name():
    company = "Brightwater Family Services"
    assert is_organisation_name("Brightwater", company)
    assert is_organisation_name("Brightwater Family Services Careers", company)
    # An eponymous firm: "Jordan Lee" is its founder, not the firm.
    assert not is_organisation_name("Jordan Lee", "Jordan Lee Consulting")


@pytest.mark.parametrize(
    "email",
    [
        "empleo@org.example",
        "vacatures@org.example",
        "careers@org.example",
        "bewerbung@org.example",
        "rh@org.example",
        "saiyo@org.example",
        "werkenbij@org.example",
        "vagas@org.example",
        "seleccion@org.example",
    ],
)
def test_a_role_mailbox_without_a_name_is_no_person(email: str):
    assert is_role_mailbox(email)
    assert not is_named_person(Attendee(email=email))
    assert first_name(Attendee(email=email)) == ""


def test_a_personal_address_is_a_person_whatever_the_display_name():
    assert is_named_person(Attendee(email="jane.doe+interviews@org.example"))
    # The team's name hides a person's address: greet the person the address names.
    hidden = Attendee(email="sam.okafor@org.example", name="Hiring Team")
    assert is_named_person(hidden) and first_name(hidden) == "Sam"
    assert first_name(Attendee("mika.ito@org.example", "Stichting Groene Buurt")) == "Mika"


def _detection(
    organizer: Attendee,
    company: str,
    summary: str,
    language: str = "en",
    interviewers: tuple[Attendee, ...] = (),
) -> Detection:
    event = make_event(
        summary=summary,
        start=NOW - timedelta(hours=2),
        organizer=organizer,
        attendees=(me(), organizer),
    )
    verdict = Verdict(
        is_follow_up=True,
        confidence=0.9,
        reasons=("test",),
        company=company,
        role="Coordinator",
        language=language,
        interviewers=interviewers or (organizer,),
    )
    return Detection(event, verdict)


# Mailboxes detection lets through: it gives jobs@, careers@ or bewerbung@ no draft at all.
@pytest.mark.parametrize(
    ("name", "email", "company", "summary", "language", "greeting"),
    [
        (
            "Fundación Puentes Abiertos - Selección",
            "empleo@puentes.example",
            "Fundación Puentes Abiertos",
            "Segunda entrevista – Fundación Puentes Abiertos",
            "es",
            "Estimado equipo de selección:",
        ),
        (
            "Nachbarschaftshilfe Lindenau e.V.",
            "stellen@lindenau.example",
            "Nachbarschaftshilfe Lindenau e.V.",
            "Zweites Gespräch – Nachbarschaftshilfe Lindenau e.V.",
            "de",
            "Sehr geehrte Damen und Herren,",
        ),
        (
            "Association Les Quatre Vents",
            "emplois@quatrevents.example",
            "Association Les Quatre Vents",
            "Second entretien – Association Les Quatre Vents",
            "fr",
            "Madame, Monsieur,",
        ),
        (
            "Stichting Groene Buurt",
            "vacatures@groenebuurt.example",
            "Stichting Groene Buurt",
            "Tweede gesprek – Stichting Groene Buurt",
            "nl",
            "Dear hiring team,",
        ),
        (
            "",
            "people.ops@northwind.example",
            "Northwind",
            "Second interview – Northwind",
            "en",
            "Dear hiring team,",
        ),
    ],
)
def test_drafts_to_an_organisation_greet_its_hiring_team_in_the_drafts_language(
    name: str, email: str, company: str, summary: str, language: str, greeting: str
):
    organizer = person(email, name, is_organizer=True)
    detection = _detection(organizer, company, summary, language)
    planned = plan_drafts(detection, PROFILE)
    assert {p.kind for p in planned} == {DraftKind.THANK_YOU, DraftKind.OFFER_REQUEST}
    for draft in planned:
        _subject, body = render_draft(draft, detection, USER, Renderer(), None)
        assert body.splitlines()[0] == greeting


def test_an_organisation_is_not_listed_among_the_people_met():
    org = person("saiyo@miraicare.example", "株式会社みらいケア 人事部", is_organizer=True)
    detection = _detection(org, "株式会社みらいケア", "二次面接", "ja")
    assert people_on(detection) == []
    start = datetime(2027, 4, 13, 9, tzinfo=UTC)
    entry = RoundEntry(
        number=2,
        round=Round(
            "e1", ("miraicare",), "株式会社みらいケア", None, RoundKind.LATER, start, start, "二次面接",
            people=(org, person("kenji.ito@miraicare.example", "Kenji Ito")),
        ),
    )  # fmt: skip
    assert entry.met == "Kenji"


def test_one_person_with_and_without_an_address_and_honorific_is_listed_once():
    with_address = person("s.moretti@lumen.example", "Silvia Moretti (Head of Operations)")
    from_itinerary = Attendee(email="", name="dott.ssa Silvia Moretti (Head of Operations)")
    other = Attendee(email="", name="Prof. Anders Berg")
    again = Attendee(email="", name="Anders Berg")
    assert same_person(with_address, from_itinerary) and same_person(other, again)
    # Two addresses are two people, even under one name (namesakes).
    assert not same_person(with_address, person("silvia@elsewhere.example", "Silvia Moretti"))
    # The one with the address is kept, in the place of the first mention.
    assert people_met([from_itinerary, other, with_address, again]) == [with_address, other]


def test_scan_and_the_briefing_list_one_person_once():
    ola = person("o.nilsen@fjord.example", "Ola Nilsen (Head of Programmes)")
    itinerary = Attendee(email="", name="Dr. Ola Nilsen (Head of Programmes)")
    detection = _detection(
        ola, "Fjord Relief", "Second stage interview", interviewers=(ola, itinerary)
    )
    assert [p.email for p in people_on(detection)] == ["o.nilsen@fjord.example"]


def test_an_organisations_mailbox_never_took_part_beside_a_named_interviewer():
    org = person("werving@groenebuurt.example", "Stichting Groene Buurt", is_organizer=True)
    lotte = person("lotte.visser@groenebuurt.example", "Lotte Visser")
    event = make_event(
        summary="Tweede gesprek – Stichting Groene Buurt",  # names the employer, not a person
        start=NOW - timedelta(hours=2),
        organizer=org,
        attendees=(me(), org, lotte),
    )
    verdict = Verdict(
        is_follow_up=True, confidence=0.9, reasons=("test",), company="Stichting Groene Buurt"
    )
    planned = plan_drafts(Detection(event, verdict), PROFILE)
    assert [(p.kind, p.recipient.email) for p in planned] == [
        (DraftKind.THANK_YOU, "lotte.visser@groenebuurt.example"),
        (DraftKind.OFFER_REQUEST, "werving@groenebuurt.example"),
    ]


def test_with_no_interviewer_named_the_team_is_thanked_and_the_reason_says_so():
    org = person("empleo@puentes.example", "Fundación Puentes Abiertos", is_organizer=True)
    detection = _detection(org, "Fundación Puentes Abiertos", "Segunda entrevista", "es")
    thanks = [p for p in plan_drafts(detection, PROFILE) if p.kind is DraftKind.THANK_YOU]
    assert [p.reason for p in thanks] == [REASON_ORGANIZER_TEAM]
