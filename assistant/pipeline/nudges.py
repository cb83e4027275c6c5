"""Check-in nudges: when nobody answers after a round, suggest a short, polite check-in.

No mail is read. The calendar is the only signal: when the thank-yous for an
application's latest round were sent (or, if none were, the round ended) and no
later round with that employer has appeared some working days later (``[pipeline]
check_in_after``, default 7), the pass leaves a note to self and a check-in draft
to the recruiter, waiting for approval like every draft.

Exactly once, per round: the nudge is a job keyed ``nudge/<event id>`` in the
jobs table. Each pass plans the nudges anew (:func:`plan_nudges`); a new round
with the employer, or the user closing the application, drops the pending one
(:func:`reconcile_nudges`). The draft's key and the note's Message-ID come from
the same round, so a crash between steps never makes a second copy.

Working days: Monday to Friday. Babel's weekend data for the user's locale is used
when Babel is installed (``Locale.weekend_start``/``weekend_end``, from CLDR), so a
Friday–Saturday weekend is honoured; without Babel it is Saturday and Sunday.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta, tzinfo
from typing import Any

from assistant.detect.who.people import bare
from assistant.models import Attendee, DraftKind, Job, JobKind, JobState
from assistant.pipeline.board import Application, build_board
from assistant.pipeline.rounds import AppState, stored_rounds, stored_states
from assistant.plan import Timing, after_quiet_hours, in_quiet_hours
from assistant.store import StorePort

log = logging.getLogger(__name__)

DEFAULT_WEEKEND = frozenset({5, 6})  # Saturday, Sunday (datetime.weekday numbering)


def weekend_days(locale: str) -> frozenset[int]:
    """The weekend of ``locale`` (``en_US``, ``ar_SA``) as ``datetime.weekday`` numbers.

    From Babel's CLDR data when Babel is installed and knows the locale (a bare
    language such as ``en`` means CLDR's world default); else Saturday and Sunday.
    """
    try:
        from babel import Locale, UnknownLocaleError  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return DEFAULT_WEEKEND
    try:
        parsed = Locale.parse(locale or "en")
    except (UnknownLocaleError, ValueError, TypeError):
        return DEFAULT_WEEKEND
    start, end = parsed.weekend_start, parsed.weekend_end
    days = {start}
    while start != end:
        start = (start + 1) % 7
        days.add(start)
    return frozenset(days)


def add_working_days(
    moment: datetime, days: int, tz: tzinfo, weekend: frozenset[int] = DEFAULT_WEEKEND
) -> datetime:
    """``moment`` plus ``days`` working days, counted on the calendar of ``tz``.

    The result keeps the local clock time; a moment on a weekend counts from the
    next working day. ``days`` is a whole number ≥ 0.
    """
    local = moment.astimezone(tz)
    day = local.date()
    added = 0
    while added < days:
        day += timedelta(days=1)
        if day.weekday() not in weekend:
            added += 1
    return datetime.combine(day, local.timetz().replace(tzinfo=None), tzinfo=tz)


def nudge_key(event_id: str) -> str:
    return f"nudge/{event_id}"


def plan_nudges(
    board: Iterable[Application],
    after_days: int,
    timing: Timing,
    weekend: frozenset[int],
    now: datetime,
) -> list[Job]:
    """The nudge each open application owes for its latest round, with its due time.

    Planned once that round has ended. None for a closed application, one with an
    offer, one whose latest round has drafts still waiting (the user has not
    finished with it yet), or one already overdue when the assistant first saw the
    round (a set-up reading months of history must not nudge about all of it); a
    later round replaces the nudge of an earlier one. A due time in quiet hours
    moves to their end.
    """
    jobs = []
    for app in board:
        latest = app.latest()
        if latest is None or app.state in (AppState.CLOSED, AppState.OFFER):
            continue
        if latest.round.end > now or latest.waiting_drafts:
            continue
        thanks = [s.at for s in latest.sent if s.kind is DraftKind.THANK_YOU]
        since = max(thanks) if thanks else latest.round.end
        ideal = add_working_days(since, after_days, timing.tz, weekend)
        first_seen = latest.round.first_seen
        if first_seen is not None and ideal <= first_seen:
            continue  # overdue when first seen (history read at set-up): no flood of nudges
        # Never in quiet hours (the note to self would arrive at night), judged at the
        # moment it would go out, like a briefing (``plan.briefing_due``).
        moment = max(ideal, now)
        due = after_quiet_hours(moment, timing) if in_quiet_hours(moment, timing) else ideal
        event_id = latest.round.event_id
        jobs.append(Job(nudge_key(event_id), JobKind.NUDGE, event_id, due, app.key))
    return jobs


def reconcile_nudges(store: StorePort, wanted: Sequence[Job], now: datetime) -> None:
    """Make the pending nudge jobs exactly ``wanted``; finished ones are history."""
    keys = {job.key for job in wanted}
    for job in wanted:
        store.reconcile_jobs(job.event_id, [job], now, kinds=(JobKind.NUDGE,))
    for record in store.jobs(state=JobState.PENDING):
        if record.job.kind is JobKind.NUDGE and record.job.key not in keys:
            store.finish_job(record.job.key, JobState.DROPPED, now, note="no longer due")


def load_board(store: StorePort, now: datetime, tz: tzinfo) -> list[Application]:
    """The board from what the store keeps: rounds, drafts and the user's states."""
    return build_board(stored_rounds(store), store.drafts(), stored_states(store), now, tz)


def check_in_recipient(app: Application) -> tuple[Attendee | None, bool]:
    """Who a check-in goes to, and whether the assistant chose them.

    The recruiter detection named on the latest round that has one; failing that,
    the person met most recently (a choice the draft notes: ``CHOSEN_MARK`` of
    :mod:`assistant.drafting.marks`). Either address is one an invite gave.
    """
    for entry in reversed(app.rounds):
        if entry.round.recruiter is not None and entry.round.recruiter.email:
            return entry.round.recruiter, False
    for entry in reversed(app.rounds):
        # Persons only (not an organisation's name or shared inbox), at an address: a
        # person the invite names without one is never a draft's recipient.
        reachable = [p for p in entry.people if p.email]
        if reachable:
            return reachable[0], True
    return None, False


def known_by_name_only(app: Application) -> list[str]:
    """The names of the people met in ``app``'s latest round whom no invite gives an
    address for, without the job title in brackets ("Raymond Oyelaran")."""
    latest = app.latest()
    people = latest.people if latest is not None else []
    return [bare(p.name) for p in people if not p.email]


def nudge_facts(app: Application, tz: tzinfo, now: datetime, locale: str) -> dict[str, Any]:
    """What the check-in draft and the note to self say about ``app``; ``day`` is the
    latest round's day as ``locale`` writes it (the check-in is in English: the user's
    English, :attr:`assistant.compose.User.english_locale`)."""
    from assistant.dates import format_day

    latest = app.rounds[-1]
    return {
        "company": app.company,
        "role": app.role or "",
        "day": format_day(latest.round.start.astimezone(tz), locale),
        "met": latest.met,
        "days": (now.astimezone(tz).date() - latest.round.end.astimezone(tz).date()).days,
        "employer": app.company,
    }


def still_owed(app: Application | None, event_id: str) -> bool:
    """Whether the nudge for ``event_id`` is still owed when its job comes due."""
    if app is None or app.state in (AppState.CLOSED, AppState.OFFER):
        return False
    latest = app.latest()
    return latest is not None and latest.round.event_id == event_id
