"""A realistic job search for the pipeline tests: three employers, interleaved rounds.

Acme: phone screen → first interview → final interview (ahead). Initech: phone
screen → second interview (past). Globex: one first interview, long ago (the
application the tests close). Times are relative to the suite's fixed ``NOW``.
"""

from __future__ import annotations

from datetime import timedelta

from assistant.models import Event
from tests.conftest import NOW, make_event, me, person

DAY = timedelta(days=1)
JORDAN = person("jordan@acme.example", "Jordan Lee", is_organizer=True)
PRIYA = person("priya@acme.example", "Priya Raman")
SAM = person("sam@acme.example", "Sam Okafor")
LIN = person("lin@initech.example", "Lin Wu", is_organizer=True)
PAT = person("pat@initech.example", "Pat Gibbs")
GLORIA = person("gloria@globex.example", "Gloria Stein", is_organizer=True)
ANN = person("ann@globex.example", "Ann Bee")


def acme_screen() -> Event:
    return make_event(
        "Phone screen with Acme recruiting", NOW - 30 * DAY, 30, "acme-1", JORDAN, (me(), JORDAN)
    )


def acme_first() -> Event:
    return make_event(
        "First interview: Product Manager at Acme",
        NOW - 20 * DAY,
        60,
        "acme-2",
        JORDAN,
        (me(), JORDAN, PRIYA),
    )


def acme_final(start: object = None) -> Event:
    return make_event(
        "Final interview: Product Manager at Acme",
        NOW + 2 * DAY if start is None else start,  # type: ignore[arg-type]
        60,
        "acme-3",
        JORDAN,
        (me(), JORDAN, PRIYA, SAM),
    )


def initech_screen() -> Event:
    return make_event(
        "Phone screen: Designer at Initech", NOW - 28 * DAY, 30, "init-1", LIN, (me(), LIN)
    )


def initech_second() -> Event:
    return make_event(
        "Second interview: Designer at Initech", NOW - 15 * DAY, 60, "init-2", LIN, (me(), LIN, PAT)
    )


def globex_first(start: object = None) -> Event:
    return make_event(
        "Interview at Globex: Analyst",
        NOW - 40 * DAY if start is None else start,  # type: ignore[arg-type]
        60,
        "globex-1",
        GLORIA,
        (me(), GLORIA, ANN),
    )


def globex_second(start: object) -> Event:
    return make_event(
        "Second interview at Globex: Analyst",
        start,
        60,
        "globex-2",
        GLORIA,
        (me(), GLORIA, ANN),  # type: ignore[arg-type]
    )


# ``[schedule] drafts_catch_up`` for a pass that reads a job search the assistant
# followed from its start: every past round is drafted, as the passes then would have.
FOLLOWED_ALL_ALONG = timedelta(days=365)


def job_search() -> list[Event]:
    """Every round of the three applications, in calendar order."""
    events = [
        acme_screen(),
        initech_screen(),
        acme_first(),
        initech_second(),
        acme_final(),
        globex_first(),
    ]
    return sorted(events, key=lambda e: e.start)
