"""An agency on the board: its own calls (a catch-up, an intro) are no round of any
application, its key joins no two clients, and an application is named after the
employer detection found (the client), never after the agency that booked it."""

from __future__ import annotations

from datetime import timedelta

from assistant.models import Attendee
from assistant.pipeline import Round, RoundKind, build_board
from assistant.pipeline.agency import agency_calls
from tests.conftest import BERLIN, NOW

DAY = timedelta(days=1)
AGENT = Attendee("mo@quillstaffing.example", "Mo Reyes")


def _round(event_id: str, keys: tuple[str, ...], company: str, kind: RoundKind, days_ago: int,
           role: str | None = "Pastry Chef") -> Round:  # fmt: skip
    start = NOW - days_ago * DAY
    return Round(
        event_id=event_id,
        keys=keys,
        company=company,
        role=role,
        kind=kind,
        start=start,
        end=start + timedelta(hours=1),
        summary=event_id,
        people=(AGENT,),
        recruiter=AGENT,
    )


def _board(*rounds: Round):
    return build_board(rounds, [], {}, NOW, BERLIN)


def test_an_agencys_own_catch_up_is_no_application_and_no_round():
    catch_up = _round("catch-up", ("quillstaffing",), "Quill Staffing", RoundKind.FIRST, 20, None)
    client = _round("crumb-1", ("crumb", "quillstaffing"), "Crumb", RoundKind.FIRST, 10)
    board = _board(catch_up, client)
    assert [a.company for a in board] == ["Crumb"], "named after the client, not the agency"
    (crumb,) = board
    assert [(e.number, e.round.event_id) for e in crumb.rounds] == [(1, "crumb-1")]
    assert [r.event_id for r in agency_calls([catch_up, client])] == ["catch-up"]


def test_one_agency_for_two_clients_leaves_two_applications():
    crumb = _round("crumb-1", ("crumb", "quillstaffing"), "Crumb", RoundKind.FIRST, 12)
    ladle = _round("ladle-1", ("ladleandloaf", "quillstaffing"), "Ladle & Loaf", RoundKind.FIRST, 9)
    ladle_2 = _round(
        "ladle-2", ("ladleandloaf", "quillstaffing"), "Ladle & Loaf", RoundKind.LATER, 2
    )
    board = _board(crumb, ladle, ladle_2)
    assert sorted(a.company for a in board) == ["Crumb", "Ladle & Loaf"]
    by_name = {a.company: a for a in board}
    assert [e.round.event_id for e in by_name["Ladle & Loaf"].rounds] == ["ladle-1", "ladle-2"]


def test_a_search_firms_call_about_a_client_is_not_the_clients_first_round():
    # The firm's name carries no agency word; its key shows up on the client's rounds.
    intro = _round("intro", ("hartwellfinch",), "Hartwell & Finch", RoundKind.FIRST, 30)
    first = _round("crumb-1", ("crumb", "hartwellfinch"), "Crumb", RoundKind.FIRST, 20)
    final = _round("crumb-2", ("crumb", "hartwellfinch"), "Crumb", RoundKind.LATER, 5)
    (app,) = _board(intro, first, final)
    assert app.company == "Crumb"
    assert [(e.number, e.round.event_id) for e in app.rounds] == [(1, "crumb-1"), (2, "crumb-2")]


def test_an_agencys_screen_for_a_named_job_stays_a_round():
    # A role named: the agency screens the user for that job, a step of the application.
    screen = _round("screen", ("quillstaffing",), "Quill Staffing", RoundKind.SCREEN, 8)
    (app,) = _board(screen)
    assert [e.round.event_id for e in app.rounds] == ["screen"]


def test_an_agency_the_user_has_a_later_round_with_is_their_employer():
    first = _round("t-1", ("tallowtalent",), "Tallow Talent", RoundKind.FIRST, 20, None)
    later = _round("t-2", ("tallowtalent",), "Tallow Talent", RoundKind.LATER, 3, None)
    (app,) = _board(first, later)
    assert [(e.number, e.round.event_id) for e in app.rounds] == [(1, "t-1"), (2, "t-2")]
