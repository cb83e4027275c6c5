"""The people an invite's text names as met, in prose, are the ones thanked; whoever only
scheduled it is not; a person known by name only is listed but never a draft's recipient.

Each shape in several languages, in words of its own: "with A and B" and its siblings,
an interviewer label before CJK names, a panel list mid-sentence, a sentence of names.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from assistant.briefing.invite import people_on
from assistant.detect import Profile
from assistant.detect.who.people import interviewers_of, why_listed
from assistant.detect.who.prose_people import people_in_prose
from assistant.drafting.plan import REASON_TEXT, plan_drafts, unplanned
from assistant.models import Attendee, Detection, DraftKind, Verdict
from assistant.pipeline.board import Application, RoundEntry
from assistant.pipeline.nudges import check_in_recipient, known_by_name_only
from assistant.pipeline.rounds import Round, RoundKind
from tests.conftest import ME, make_event, me, person

PROFILE = Profile.build([ME])


def _names(description: str, summary: str = "") -> list[str]:
    return [p.name for p in people_in_prose(summary, description).people]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You will have a conversation with Imogen Farley and Tariq Bashir.", ["Imogen Farley", "Tariq Bashir"]),
        ("Te reunirás con Begoña Llorente, jefa de sala, y con Ignacio Prats.", ["Begoña Llorente", "Ignacio Prats"]),
        ("Ein Gespräch mit unserer Finanzleiterin Henrike Vosskamp und Jannis Oberle erwartet Sie.", ["Henrike Vosskamp", "Jannis Oberle"]),
        ("Vous aurez un entretien avec Solène Gaudry et Mathis Perrot, directeur commercial.", ["Solène Gaudry", "Mathis Perrot"]),
        ("Terá uma conversa com Joana Figueira e Rui Malheiro.", ["Joana Figueira", "Rui Malheiro"]),
        ("Je hebt een gesprek met Femke Bosman en Daan Kuipers.", ["Femke Bosman", "Daan Kuipers"]),
        ("Spotkanie z Agnieszka Wróbel i Tomasz Kalinowski.", ["Agnieszka Wróbel", "Tomasz Kalinowski"]),
        ("Du har ett samtal med Ingrid Holmqvist och Oskar Lindgren.", ["Ingrid Holmqvist", "Oskar Lindgren"]),
        ("Avrai un colloquio con Chiara Benedetti e Luca Fontana.", ["Chiara Benedetti", "Luca Fontana"]),
        ("Pohovor s Kateřina Dvořáková a Marek Svoboda.", ["Kateřina Dvořáková", "Marek Svoboda"]),
    ],
)  # fmt: skip
def test_names_after_with_in_prose_are_read(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("面试官：财务部经理 周海燕、技术总监 孙立伟\n面试形式：现场面试", ["周海燕", "孙立伟"]),
        ("面接官：営業部 部長 山口健太\n場所：本社", ["山口健太"]),
        ("면접관: 마케팅팀 최유진, 개발팀 한승우\n장소: 본사", ["최유진", "한승우"]),
    ],
)
def test_interviewer_label_before_cjk_names(text, expected):
    assert _names(text) == expected


def test_panel_list_after_a_label_in_the_middle_of_a_line():
    text = "Thanks again. Panel: Oona Threlfall, Baptiste Renaud (Head of Sales) and Yusra Hamdan."
    assert _names(text) == ["Oona Threlfall", "Baptiste Renaud", "Yusra Hamdan"]
    titles = {p.name: p.title for p in people_in_prose("", text).people}
    assert titles["Baptiste Renaud"] == "Head of Sales"


def test_a_sentence_of_names_alone_names_them():
    text = "Round two at the studio.\nWinifred Okoro + Callum Briggs (editor).\nBring your reel."
    assert _names(text) == ["Winifred Okoro", "Callum Briggs"]


def test_bodies_titles_and_the_employer_are_no_one_in_prose():
    assert _names("Entrevista final con Dirección General y Rosario Almeida.") == [
        "Rosario Almeida"
    ]
    assert _names("Interview with our Managing Producers and Edith Crane.") == ["Edith Crane"]
    assert _names("Thank you for applying to Fernleaf Media plc. Chat with Omar Haddad.") == [
        "Omar Haddad"
    ]


def _recruiter_booked(description: str, summary: str = "Second interview") -> Detection:
    """A recruiter organises (a person, at the employer's domain) and is the only guest
    besides the user; the text names the people the user meets."""
    organizer = person("nell.quigley@fernleaf.example", "Nell Quigley", is_organizer=True)
    event = make_event(
        summary=summary, organizer=organizer, attendees=(me(), organizer), description=description
    )
    verdict = Verdict(
        True, 0.9, ("test",), company="Fernleaf Media",
        interviewers=interviewers_of(event, PROFILE, "Fernleaf Media"),
    )  # fmt: skip
    return Detection(event, verdict)


@pytest.mark.parametrize(
    "description",
    [
        "Hi Alex, your next interview is with Imogen Farley and Tariq Bashir. Nell",
        "Hola Alex: tendrás una entrevista con Imogen Farley y con Tariq Bashir. Un saludo, Nell",
        "Hallo Alex, ein Gespräch mit Imogen Farley und Tariq Bashir. Viele Grüße, Nell",
        "Bonjour Alex, un entretien avec Imogen Farley et Tariq Bashir. Nell",
    ],
)
def test_organiser_who_only_scheduled_is_not_thanked(description):
    d = _recruiter_booked(description)
    planned = plan_drafts(d, PROFILE)
    thanks = {p.recipient.email: p.reason for p in planned if p.kind is DraftKind.THANK_YOU}
    assert set(thanks) == {"imogen.farley@fernleaf.example", "tariq.bashir@fernleaf.example"}
    assert all(reason.startswith(REASON_TEXT) for reason in thanks.values())
    assert all(p.guessed_recipient for p in planned if p.kind is DraftKind.THANK_YOU)
    (offer,) = [p for p in planned if p.kind is DraftKind.OFFER_REQUEST]
    assert offer.recipient.email == "nell.quigley@fernleaf.example"
    # The briefing's "With:" lists the people named, not the recruiter.
    assert [p.name for p in people_on(d)] == ["Imogen Farley", "Tariq Bashir"]


def test_writer_who_says_with_me_takes_part():
    d = _recruiter_booked("Hi Alex, this interview will be with me and Tariq Bashir. Nell")
    thanks = [p.recipient.email for p in plan_drafts(d, PROFILE) if p.kind is DraftKind.THANK_YOU]
    assert thanks == ["nell.quigley@fernleaf.example", "tariq.bashir@fernleaf.example"]


def test_guest_who_booked_it_is_not_met_when_the_text_names_others():
    booker = person("r.haverkamp@fernleaf.example", "Ruth Haverkamp")
    mailbox = person("jobs@fernleaf.example", "Fernleaf Media", is_organizer=True)
    event = make_event(
        summary="Zweitgespräch",
        organizer=mailbox,
        attendees=(me(), booker),
        description="Wir laden Sie zu einem Gespräch mit unserer Produzentin Henrike Vosskamp ein.",
    )
    met = interviewers_of(event, PROFILE, "Fernleaf Media")
    assert [a.name for a in met] == ["Henrike Vosskamp (Produzentin)"]
    assert any(
        "Ruth Haverkamp" in line and "scheduled" in line for line in why_listed(event, PROFILE)
    )
    d = Detection(event, Verdict(True, 0.9, ("t",), company="Fernleaf Media", interviewers=met))
    planned = plan_drafts(d, PROFILE)
    thanks = [p.recipient.email for p in planned if p.kind is DraftKind.THANK_YOU]
    assert thanks == ["h.vosskamp@fernleaf.example"]  # the pattern of r.haverkamp@
    # The one who booked it is still whom the offer request may go to.
    assert [p.recipient.email for p in planned if p.kind is DraftKind.OFFER_REQUEST] == [
        "r.haverkamp@fernleaf.example"
    ]


def test_guests_the_text_names_keep_the_others_on_the_invite():
    lead = person("ines.marlow@fernleaf.example", "Ines Marlow")
    other = person("piet.valk@fernleaf.example", "Piet Valk")
    event = make_event(attendees=(me(), lead, other), description="An interview with Ines Marlow.")
    assert [a.email for a in interviewers_of(event, PROFILE)] == [lead.email, other.email]


def test_named_without_an_address_to_guess_says_why_in_one_voice():
    """CJK names cannot be written in an address; a no-reply sender gives no domain."""
    sender = person("noreply@hirevue.example", "Fernleaf Talent", is_organizer=True)
    for description, name in [
        ("面试官：技术总监 孙立伟\n面试形式：视频面试", "孙立伟"),
        ("Live interview. Interviewers: Yusra Hamdan (VP Sales)", "Yusra Hamdan"),
    ]:
        event = make_event(organizer=sender, attendees=(me(),), description=description)
        verdict = Verdict(
            True,
            0.9,
            ("t",),
            company="Fernleaf Media",
            interviewers=interviewers_of(event, PROFILE),
        )
        d = Detection(event, verdict)
        assert [p for p in plan_drafts(d, PROFILE) if p.kind is DraftKind.THANK_YOU] == []
        (note,) = unplanned(d, PROFILE)
        assert note.startswith(f"no thank-you to {name} (")
        assert "with no address" in note and "without an address" not in note
        assert f'--note "{name} <address>=' in note


def test_no_address_is_guessed_at_a_go_betweens_domain():
    agent = person("fay@brightsearch.example", "Fay Lennox", is_organizer=True)
    event = make_event(
        organizer=agent,
        attendees=(me(),),
        description="Dear Alex, you'll meet Oona Threlfall and Callum Briggs at the client's office. Fay",
    )
    verdict = Verdict(
        True, 0.9, ("t",), company="Fernleaf Media", interviewers=interviewers_of(event, PROFILE)
    )
    d = Detection(event, verdict)
    planned = plan_drafts(d, PROFILE)
    assert [p for p in planned if p.kind is DraftKind.THANK_YOU] == []
    assert len(unplanned(d, PROFILE)) == 2


def _application(people: tuple[Attendee, ...]) -> Application:
    start = datetime(2027, 3, 1, 14, tzinfo=UTC)
    entry = Round(
        event_id="e1", keys=("fernleaf",), company="Fernleaf Media", role=None,
        kind=RoundKind.LATER, start=start, end=start + timedelta(hours=1),
        summary="Second interview", people=people,
    )  # fmt: skip
    return Application(
        "fernleaf", frozenset({"fernleaf"}), "Fernleaf Media", None, [RoundEntry(2, entry)]
    )


def test_check_in_never_goes_to_a_person_known_by_name_only():
    named_only = Attendee(email="", name="Yusra Hamdan (VP Sales)")
    app = _application((named_only,))
    assert check_in_recipient(app) == (None, False)
    assert known_by_name_only(app) == ["Yusra Hamdan"]
    reachable = person("omar.haddad@fernleaf.example", "Omar Haddad")
    assert check_in_recipient(_application((named_only, reachable))) == (reachable, True)


@pytest.mark.parametrize(
    ("guest", "named"),
    [
        (("maria@tailspin.example", "Maria"), "María López"),
        (("n.okafor@tailspin.example", "Okafor, Ngozi"), "Ngozi Okafor"),
        (("claire@tailspin.example", "Claire Dubois"), "Mme Dubois"),
        (("l.navarro@tailspin.example", "Lucía Navarro Ibáñez"), "Lucía Navarro"),
        (("s.kroeger@tailspin.example", ""), "Sabine Kröger"),
    ],
)
def test_a_guest_the_text_names_another_way_is_still_that_guest(guest, named):
    """Accents, a comma, a form of address, one of two family names, the address."""
    attendee = person(*guest)
    other = person("piet.valk@tailspin.example", "Piet Valk")
    event = make_event(attendees=(me(), attendee, other), description=f"An interview with {named}.")
    assert [a.email for a in interviewers_of(event, PROFILE)] == [attendee.email, other.email]
