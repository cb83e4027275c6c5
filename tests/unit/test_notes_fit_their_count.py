"""A note to self fits its count: no "0 drafts" and no "the drafts below" when none were
made, and the parts of one round on one day (a "virtual onsite" of several invites) are
one interview: one note after the last part, listing every part's drafts."""

from __future__ import annotations

from datetime import timedelta

from assistant.mail.memory import MemoryMailbox
from assistant.messages import plain_body
from assistant.runner import run_once
from assistant.services import Services
from assistant.sources.memory import MemoryCalendar
from tests.conftest import NOW, make_event, me, person

# Monday 12 Apr 2027, Berlin: three back-to-back parts of one round with a bakery chain.
MORNING = NOW.replace(hour=10, minute=0)
BAKER = person("wren@loafandladle.example", "Wren Halloway", is_organizer=True)


def _part(number: int, who: str, name: str, start_hour: int):
    return make_event(
        summary=f"Second interview (part {number} of 3): Head Baker at Loaf & Ladle",
        uid=f"onsite-{number}",
        start=MORNING.replace(hour=start_hour),
        minutes=45,
        organizer=BAKER,
        attendees=(me(), BAKER, person(who, name)),
    )


def _notes(mailbox: MemoryMailbox) -> list:
    return [m for m in mailbox.inbox.values() if "How did it go" in str(m["Subject"])]


def test_the_parts_of_one_round_on_one_day_get_one_note_after_the_last(services: Services):
    calendar: MemoryCalendar = services.sources[0]  # type: ignore[assignment]
    mailbox: MemoryMailbox = services.mailbox  # type: ignore[assignment]
    calendar.put(_part(1, "odile@loafandladle.example", "Odile Fenn", 10))
    calendar.put(_part(2, "bram@loafandladle.example", "Bram Ostrava", 11))
    calendar.put(_part(3, "kit@loafandladle.example", "Kit Marchetti", 14))
    run_once(services, MORNING - timedelta(hours=1))
    run_once(services, MORNING.replace(hour=13))  # parts 1 and 2 are over, part 3 is not
    assert _notes(mailbox) == [], "no note while a part of the round is still to come"
    for hour in (15, 16, 18):
        run_once(services, MORNING.replace(hour=hour))
    (note,) = _notes(mailbox)
    drafts = services.store.drafts()
    assert {d.event_id for d in drafts} == {"onsite-1", "onsite-2", "onsite-3"}
    assert f"{len(drafts)} drafts waiting" in str(note["Subject"])
    text = plain_body(note)
    assert "3 parts that day" in text
    for d in drafts:
        assert f"{d.id}. " in text, text


def test_a_note_without_drafts_says_no_count_and_no_drafts_below(services: Services):
    calendar: MemoryCalendar = services.sources[0]  # type: ignore[assignment]
    mailbox: MemoryMailbox = services.mailbox  # type: ignore[assignment]
    # Only the user on the invite, which they wrote themselves: no one to write to.
    alone = make_event(
        summary="Second interview: Head Baker at Loaf & Ladle",
        uid="alone-1",
        start=MORNING,
        organizer=me(is_organizer=True),
        attendees=(me(is_organizer=True),),
        description="Second round with the bakery, at their flagship on Kanalstrasse.",
    )
    calendar.put(alone)
    run_once(services, MORNING + timedelta(hours=4))
    notes = _notes(mailbox)
    assert services.store.drafts() == []
    assert len(notes) == 1, [str(m["Subject"]) for m in mailbox.inbox.values()]
    subject, text = str(notes[0]["Subject"]), plain_body(notes[0])
    assert "0 draft" not in subject and subject.startswith("How did it go")
    assert "below" not in text, text
    assert "No drafts were made" in text


def test_a_morning_and_an_evening_interview_with_one_employer_get_a_note_each(
    services: Services,
):
    calendar: MemoryCalendar = services.sources[0]  # type: ignore[assignment]
    mailbox: MemoryMailbox = services.mailbox  # type: ignore[assignment]
    calendar.put(_part(1, "odile@loafandladle.example", "Odile Fenn", 9))
    calendar.put(_part(2, "bram@loafandladle.example", "Bram Ostrava", 17))  # 7 hours later
    for hour in (8, 12, 19):
        run_once(services, MORNING.replace(hour=hour))
    assert len(_notes(mailbox)) == 2
