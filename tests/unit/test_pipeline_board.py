"""The pipeline's board: rounds of a realistic job search grouped per employer, by real passes."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from assistant import approval
from assistant.i18n import using
from assistant.models import DraftKind, DraftState, EventStatus
from assistant.pipeline import AppState, RoundKind, load_board, set_state, standing_line
from assistant.runner import run_once
from assistant.services import Services
from assistant.sources.memory import MemoryCalendar
from tests.conftest import BERLIN, NOW
from tests.unit.pipeline_events import (
    DAY,
    FOLLOWED_ALL_ALONG,
    acme_final,
    initech_second,
    job_search,
)

SCREEN, FIRST, LATER = RoundKind.SCREEN, RoundKind.FIRST, RoundKind.LATER


def seed(services: Services, events: list, now: datetime = NOW) -> MemoryCalendar:
    calendar = MemoryCalendar(events)
    services.sources = [calendar]
    # A job search the assistant followed all along: the one pass over its history drafts
    # what the passes along the way would have ([schedule] drafts_catch_up).
    services.timing = replace(services.timing, drafts_catch_up=FOLLOWED_ALL_ALONG)
    run_once(services, now)
    return calendar


def test_screen_first_final_two_employers_interleaved_one_closed(services: Services) -> None:
    seed(services, job_search())
    set_state(services.store, "globex", AppState.CLOSED, "took another offer", NOW)

    board = load_board(services.store, NOW, BERLIN)

    assert [app.company for app in board] == ["Acme", "Initech", "Globex"]
    acme, initech, globex = board
    assert [(e.number, e.round.kind, e.round.event_id) for e in acme.rounds] == [
        (1, SCREEN, "acme-1"),
        (2, FIRST, "acme-2"),
        (3, LATER, "acme-3"),
    ]
    assert acme.role == "Product Manager"
    assert (acme.state, acme.state_set) == (AppState.ACTIVE, False)
    # English, its date in the current locale: U.S. English unless one is set.
    assert acme.next_step == "round 3 (later round) on Wed, Apr 14, 9:00 AM"
    with using("en_GB"):
        [british, *_] = load_board(services.store, NOW, BERLIN)
    assert british.next_step == "round 3 (later round) on Wed 14 Apr, 09:00"
    assert [e.met for e in acme.rounds] == ["Jordan", "Jordan and Priya", "Jordan, Priya and Sam"]

    assert [(e.round.kind, e.round.event_id) for e in initech.rounds] == [
        (SCREEN, "init-1"),
        (LATER, "init-2"),
    ]
    assert initech.state is AppState.WAITING
    assert initech.next_step == (
        "waiting for a reply for 15 days; 2 drafts waiting for your approval"
    )

    assert (globex.state, globex.state_set, globex.note) == (
        AppState.CLOSED,
        True,
        "took another offer",
    )
    assert globex.next_step == "closed: took another offer"
    assert [e.round.kind for e in globex.rounds] == [FIRST]


def test_what_was_sent_is_listed_per_round_and_an_offer_request_is_no_offer(
    services: Services,
) -> None:
    seed(services, job_search())
    sent_at = NOW + 1 * DAY
    for draft in services.store.drafts(event_id="init-2"):
        approval.approve(services, draft.id, sent_at)

    initech = next(a for a in load_board(services.store, sent_at, BERLIN) if a.key == "initech")

    assert sorted(s.label for s in initech.sent) == ["offer request", "thank-you"]
    assert {s.at for s in initech.sent} == {sent_at}
    assert initech.state is AppState.WAITING
    assert initech.next_step == "offer requested on Apr 13; waiting for it in writing"


def test_a_round_cancelled_before_it_happens_leaves_the_pipeline(services: Services) -> None:
    calendar = seed(services, job_search())
    calendar.put(
        acme_final().__class__(**{**acme_final().__dict__, "status": EventStatus.CANCELLED})
    )
    run_once(services, NOW + DAY / 24)

    acme = next(a for a in load_board(services.store, NOW, BERLIN) if a.key == "acme")

    assert [e.round.event_id for e in acme.rounds] == ["acme-1", "acme-2"]
    assert acme.state is AppState.WAITING


def test_a_round_removed_from_the_calendar_leaves_the_pipeline_but_history_stays(
    services: Services,
) -> None:
    calendar = seed(services, job_search())
    calendar.remove("acme-3")
    calendar.remove("acme-1")  # long past: history, even when the calendar forgets it
    run_once(services, NOW + DAY / 24)

    acme = next(a for a in load_board(services.store, NOW, BERLIN) if a.key == "acme")

    assert [e.round.event_id for e in acme.rounds] == ["acme-1", "acme-2"]


def test_the_briefing_says_where_the_user_stands(services: Services) -> None:
    seed(services, job_search())
    run_once(services, NOW + DAY)  # the final round's briefing is due 24 hours ahead

    [briefing] = [
        m for m in services.mailbox.inbox.values() if m["X-Interview-Assistant"] == "briefing"
    ]
    text = briefing.get_body(preferencelist=("plain",)).get_content()
    html = briefing.get_body(preferencelist=("html",)).get_content()
    line = "Round 3 with Acme: you met Jordan and Priya on 23 Mar."
    assert line in " ".join(text.split())
    assert line in html


def test_the_standing_line_says_thank_yous_were_sent(services: Services) -> None:
    final = initech_second().__class__(
        **{**initech_second().__dict__, "uid": "init-3", "summary": "Final interview at Initech"}
    )
    final = final.moved_to(NOW + 3 * DAY, NOW + 3 * DAY + DAY / 24)
    seed(services, [*job_search(), final])
    for draft in services.store.drafts(event_id="init-2"):
        if draft.kind is DraftKind.THANK_YOU:
            approval.approve(services, draft.id, NOW)
        else:
            approval.reject(services, draft.id, NOW)

    board = load_board(services.store, NOW, BERLIN)

    assert standing_line(board, "init-3", BERLIN, NOW) == (
        "Round 3 with Initech: you met Lin and Pat on Mar 28; thank-you sent."
    )
    assert standing_line(board, "init-1", BERLIN, NOW) == "Round 1 with Initech."
    assert standing_line(board, "no-such-event", BERLIN, NOW) == ""
    assert [d.state for d in services.store.drafts(event_id="init-2")].count(DraftState.SENT) == 1


def test_a_first_round_marked_not_a_follow_up_stays_in_the_pipeline(services: Services) -> None:
    seed(services, job_search())
    services.store.set_override("init-1", False, NOW)  # what the page's button does
    run_once(services, NOW + DAY / 24)

    initech = next(a for a in load_board(services.store, NOW, BERLIN) if a.key == "initech")

    assert [(e.number, e.round.event_id) for e in initech.rounds] == [(1, "init-1"), (2, "init-2")]


def test_a_round_wrongly_taken_for_a_follow_up_and_marked_so_is_a_first_interview(
    services: Services,
) -> None:
    seed(services, [acme_final()])
    services.store.set_override("acme-3", False, NOW)  # `mark acme-3 --not-follow-up`
    run_once(services, NOW + DAY / 24)

    [acme] = load_board(services.store, NOW, BERLIN)

    assert [(e.round.event_id, e.round.kind) for e in acme.rounds] == [("acme-3", FIRST)]


def test_a_later_round_without_its_earlier_rounds_gets_no_round_number(
    services: Services,
) -> None:
    # Only the final round is in the calendar: the earlier ones happened elsewhere.
    seed(services, [acme_final()])

    [acme] = load_board(services.store, NOW, BERLIN)

    assert [(e.number, e.round.kind) for e in acme.rounds] == [(None, LATER)]
    assert acme.next_step.startswith("a later round on ")
    assert "round 1" not in acme.next_step
    assert standing_line([acme], "acme-3", BERLIN, NOW) == "A later round with Acme."
    with using("de_DE"):
        assert standing_line([acme], "acme-3", BERLIN, NOW) == "Eine weitere Runde mit Acme."


def test_the_standing_line_is_in_the_users_language(services: Services) -> None:
    seed(services, job_search())

    board = load_board(services.store, NOW, BERLIN)

    with using("de_DE"):
        line = standing_line(board, "acme-3", BERLIN, NOW)
    assert line == "Runde 3 mit Acme: Sie haben Jordan und Priya am 23. März getroffen."


def test_the_standing_line_says_meet_while_the_round_before_is_still_to_come(
    services: Services,
) -> None:
    """A briefing can go out before the round before it has happened (two rounds a day
    apart, a briefing a day ahead): its people are to be met, not met."""
    seed(services, job_search())
    board = load_board(services.store, NOW, BERLIN)
    first = next(e for a in board for e in a.rounds if e.round.event_id == "acme-2")

    early = first.round.start - DAY / 24
    assert standing_line(board, "acme-3", BERLIN, early) == (
        "Round 3 with Acme: you meet Jordan and Priya on Mar 23."
    )
    with using("de_DE"):
        line = standing_line(board, "acme-3", BERLIN, early)
    assert line == "Runde 3 mit Acme: Sie treffen Jordan und Priya am 23. März."
    assert "you met Jordan and Priya" in standing_line(board, "acme-3", BERLIN, NOW)
