"""Briefings through whole passes (``run_once``) on the memory calendar and mailbox.

Default timing: one briefing 24 h ahead, quiet hours 21:00–07:00, user in Berlin.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage

import pytest

from assistant.mail.memory import MemoryMailbox
from assistant.messages import plain_body
from assistant.runner import run_once
from assistant.sources.memory import MemoryCalendar
from assistant.store import Store
from tests.conftest import BERLIN, build_services, make_event


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2027, 4, day, hour, minute, tzinfo=BERLIN)


@pytest.fixture
def svc(calendar: MemoryCalendar, store: Store, mailbox: MemoryMailbox):
    return build_services(calendar, store, mailbox)


def delivered(mailbox: MemoryMailbox) -> list[EmailMessage]:
    return list(mailbox.inbox.values())


def test_a_rescheduled_interview_gets_an_updated_briefing_with_the_new_time(
    svc, calendar, mailbox
) -> None:
    interview = make_event(start=at(14, 9))
    calendar.put(interview)
    run_once(svc, at(12, 9))
    run_once(svc, at(13, 9))
    (first,) = delivered(mailbox)
    assert str(first["Subject"]).startswith("Prep: Acme")
    assert "Wed 14 Apr, 09:00" in str(first["Subject"])

    calendar.put(interview.moved_to(at(15, 14), at(15, 15)))
    run_once(svc, at(13, 10))
    # The user was told Wednesday 09:00: the update cannot wait for the day before the
    # new time, or they turn up on Wednesday.
    assert len(delivered(mailbox)) == 2, "the update goes out before the old time"
    update = delivered(mailbox)[1]
    assert str(update["Subject"]).startswith("Updated: Acme, ")
    assert str(update["Subject"]).endswith(" — Thu 15 Apr, 14:00")
    text = " ".join(plain_body(update).split())  # the text part is wrapped
    assert "This interview has moved. It is now Thursday, 15 April 2027, 14:00 CEST" in text
    assert "(it was Wednesday, 14 April 2027, 09:00 CEST)" in text
    assert update["Message-ID"] != first["Message-ID"]

    for hour in (15, 20):  # later passes send nothing more for this move
        run_once(svc, at(14, hour))
    assert len(delivered(mailbox)) == 2


def test_an_interview_moved_closer_gets_its_update_at_once(svc, calendar, mailbox) -> None:
    interview = make_event(start=at(14, 15))
    calendar.put(interview)
    run_once(svc, at(13, 15))
    calendar.put(interview.moved_to(at(14, 9), at(14, 10)))
    run_once(svc, at(13, 16))
    subjects = [str(m["Subject"]) for m in delivered(mailbox)]
    assert [(s.split(":")[0], s.split(" — ")[1]) for s in subjects] == [
        ("Prep", "Wed 14 Apr, 15:00"),
        ("Updated", "Wed 14 Apr, 09:00"),
    ]


def test_each_move_after_the_briefing_gets_its_update_at_once(svc, calendar, mailbox) -> None:
    interview = make_event(start=at(13, 15))
    calendar.put(interview)
    run_once(svc, at(12, 16))
    calendar.put(interview.moved_to(at(14, 15), at(14, 16)))
    run_once(svc, at(12, 17))
    calendar.put(interview.moved_to(at(15, 15), at(15, 16)))
    run_once(svc, at(12, 18))
    for day, hour in ((13, 15), (14, 15), (15, 12)):
        run_once(svc, at(day, hour))
    subjects = [str(m["Subject"]) for m in delivered(mailbox)]
    # Which role detection reads from the title is its business; the rest is ours.
    assert [(s.split(":")[0], s.split(" — ")[1]) for s in subjects] == [
        ("Prep", "Tue 13 Apr, 15:00"),
        ("Updated", "Wed 14 Apr, 15:00"),
        ("Updated", "Thu 15 Apr, 15:00"),
    ]


def test_moved_twice_before_the_update_is_due_means_one_update(calendar, store, mailbox) -> None:
    from datetime import timedelta

    from assistant.plan import Timing

    timing = Timing(BERLIN, briefing_leads=(timedelta(hours=48), timedelta(hours=2)))
    svc = build_services(calendar, store, mailbox, timing=timing)
    interview = make_event(start=at(16, 15))
    calendar.put(interview)
    run_once(svc, at(14, 16))  # the two-day briefing
    calendar.put(interview.moved_to(at(17, 15), at(17, 16)))
    run_once(svc, at(14, 17))  # the update is due two hours before the 16th, 15:00
    calendar.put(interview.moved_to(at(18, 15), at(18, 16)))
    run_once(svc, at(14, 18))
    for day, hour in ((16, 13), (17, 13), (18, 13)):
        run_once(svc, at(day, hour))
    subjects = [str(m["Subject"]) for m in delivered(mailbox)]
    assert [(s.split(":")[0], s.split(" — ")[1]) for s in subjects] == [
        ("Prep", "Fri 16 Apr, 15:00"),
        ("Updated", "Sun 18 Apr, 15:00"),  # one update, two hours before the old time
        ("Prep", "Sun 18 Apr, 15:00"),  # the two-hour briefing of the new time
    ]


def test_a_move_before_any_briefing_went_out_just_moves_it(svc, calendar, mailbox) -> None:
    interview = make_event(start=at(14, 9))
    calendar.put(interview)
    run_once(svc, at(12, 9))
    calendar.put(interview.moved_to(at(15, 10), at(15, 11)))
    run_once(svc, at(13, 9))
    assert delivered(mailbox) == []
    run_once(svc, at(14, 10))
    (only,) = delivered(mailbox)
    assert str(only["Subject"]).startswith("Prep: ")


def test_a_briefing_due_at_night_arrives_just_before_quiet_hours(svc, calendar, mailbox) -> None:
    calendar.put(make_event(start=at(14, 23)))  # ideally due Tuesday 23:00
    run_once(svc, at(12, 9))
    run_once(svc, at(13, 20, 54))
    assert delivered(mailbox) == []
    run_once(svc, at(13, 20, 55))
    assert len(delivered(mailbox)) == 1


def test_an_update_made_at_night_waits_for_the_morning(svc, calendar, mailbox) -> None:
    interview = make_event(start=at(14, 9))
    calendar.put(interview)
    run_once(svc, at(12, 9))
    run_once(svc, at(13, 9))
    calendar.put(interview.moved_to(at(14, 8), at(14, 9)))  # an hour earlier, decided at night
    run_once(svc, at(13, 22))
    run_once(svc, at(14, 6, 59))
    assert len(delivered(mailbox)) == 1
    run_once(svc, at(14, 7))
    assert len(delivered(mailbox)) == 2


def test_the_first_rounds_notes_reach_the_next_briefing(svc, store, calendar, mailbox) -> None:
    """``previous_round`` hands the briefing the title, date and notes of round 1."""
    from dataclasses import replace

    from assistant.briefing import PreviousRound
    from assistant.codec import detection_to_dict
    from assistant.models import Detection, Verdict
    from assistant.runner import previous_round

    first = make_event(summary="Interview: Acme", start=at(5, 10), uid="first")
    store.save_interview(
        event_id="first", uid="first", source="memory", start=first.start, end=first.end,
        summary=first.summary, company="Acme", role=None, active=False,
        inactive_why="a first round", now=at(5, 9),
        detection=detection_to_dict(Detection(first, Verdict(False, 0.4, ("x",), interviewers=first.others))),
    )  # fmt: skip
    store.save_debrief(
        "first",
        {"topics": ["roadmap"], "notes": {"priya@acme.example": "asked about CI"}},
        at(5, 12),
    )
    second = make_event(start=at(14, 9))
    detection = Detection(second, Verdict(True, 0.9, ("x",), first_interview_id="first"))
    found = previous_round(svc, detection)
    assert found == PreviousRound(
        "Interview: Acme",
        at(5, 10),
        ("roadmap",),
        {"priya@acme.example": "asked about CI"},
        ("jordan@acme.example", "priya@acme.example"),
        {"jordan@acme.example": "Jordan Lee", "priya@acme.example": "Priya Raman"},
    )
    assert previous_round(svc, replace(detection, verdict=Verdict(True, 0.9, ()))) is None
