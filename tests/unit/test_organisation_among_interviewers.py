"""An organisation among the interviewers ("Stichting Wijkkracht <werkenbij@…>", a
shared hiring inbox) is listed nowhere as a person met: not by ``scan --json``, not in
the first round's facts the briefing keeps, not as a check-in's recipient, not as a
thank-you's. ``scan --json`` keeps it in its own field, so nothing is lost."""

from __future__ import annotations

from datetime import datetime

from assistant.cli.scan import detection_json
from assistant.detect import Profile
from assistant.drafting.plan import plan_drafts
from assistant.interview_record import first_round_facts
from assistant.models import Detection, DraftKind, Verdict
from assistant.pipeline.board import Application, RoundEntry
from assistant.pipeline.nudges import check_in_recipient
from assistant.pipeline.rounds import Round, RoundKind
from tests.conftest import ME, make_event, me, person

ORGANISATION = person("werkenbij@wijkkracht.nl", "Stichting Wijkkracht")
INBOX = person("vacatures@wijkkracht.nl", "")
ANOUK = person("anouk.devries@wijkkracht.nl", "Anouk de Vries")


def detection_with_organisation(**verdict: object) -> Detection:
    organizer = person("anouk.devries@wijkkracht.nl", "Anouk de Vries", is_organizer=True)
    event = make_event(
        summary="Tweede gesprek: Maatschappelijk werker bij Stichting Wijkkracht",
        organizer=organizer,
        attendees=(me(), organizer, ORGANISATION, INBOX),
    )
    return Detection(
        event,
        Verdict(
            True, 0.9, ("x",), company="Stichting Wijkkracht",
            interviewers=(ORGANISATION, ANOUK, INBOX), **verdict,  # type: ignore[arg-type]
        ),
    )  # fmt: skip


def test_scan_json_lists_persons_as_interviewers_and_organisations_apart() -> None:
    shown = detection_json(detection_with_organisation())
    assert shown["interviewers"] == [{"name": "Anouk de Vries", "email": ANOUK.email}]
    assert shown["organisations"] == [
        {"name": "Stichting Wijkkracht", "email": ORGANISATION.email},
        {"name": None, "email": INBOX.email},
    ]


def test_the_first_rounds_people_kept_for_the_briefing_are_persons() -> None:
    first = detection_with_organisation()
    later = Detection(
        make_event(uid="evt-2"),
        Verdict(True, 0.9, ("x",), company="Stichting Wijkkracht",
                first_interview_id=first.event.event_id),
    )  # fmt: skip
    facts = first_round_facts(later, {first.event.event_id: first})
    assert facts["first_round"]["people"] == [{"name": "Anouk de Vries", "email": ANOUK.email}]


def test_a_check_in_goes_to_a_person_not_the_organisations_inbox() -> None:
    start = datetime(2026, 12, 1, 10)
    entry = RoundEntry(
        1,
        Round("evt-1", ("wijkkracht",), "Stichting Wijkkracht", None, RoundKind.FIRST,
              start, start, "Gesprek", people=(ORGANISATION, INBOX, ANOUK)),
    )  # fmt: skip
    app = Application(
        "wijkkracht", frozenset({"wijkkracht"}), "Stichting Wijkkracht", None, [entry]
    )
    assert check_in_recipient(app) == (ANOUK, True)


def test_no_thank_you_goes_to_an_organisations_inbox() -> None:
    planned = plan_drafts(detection_with_organisation(), Profile.build([ME]))
    thanked = {p.recipient.email for p in planned if p.kind is DraftKind.THANK_YOU}
    assert thanked == {ANOUK.email}
