"""When each action is due: interviews in, jobs out. Pure, and given ``now``.

An interview owes the user one briefing per lead time before it starts, and one
round of drafts a set delay after it ends. Job keys are built from the event id
(UID plus the *original* instance start), never from the current start, so a moved
interview moves its jobs instead of growing new ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo

from assistant.models import Event, Job, JobKind

# "Just before quiet hours begin": a briefing pulled forward lands this long before.
QUIET_MARGIN = timedelta(minutes=5)


@dataclass(frozen=True)
class Timing:
    """The schedule settings the planner needs, in the user's zone."""

    tz: tzinfo
    briefing_leads: tuple[timedelta, ...] = (timedelta(hours=24),)
    drafts_after: timedelta = timedelta(minutes=30)
    quiet_hours: tuple[time, time] | None = (time(21, 0), time(7, 0))
    # An interview that had ended longer than this before the assistant first saw it
    # (weeks of history read by the first pass) gets no drafts ([schedule] drafts_catch_up).
    drafts_catch_up: timedelta = timedelta(days=2)


def lead_label(lead: timedelta) -> str:
    """``24h``, ``90m``, ``2d``: the lead as written in config, for keys and logs."""
    seconds = int(lead.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def briefing_key(event_id: str, lead: timedelta, moved_to: datetime | None = None) -> str:
    key = f"briefing/{event_id}/{lead_label(lead)}"
    if moved_to is not None:
        key += "/moved-" + moved_to.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return key


def drafts_key(event_id: str) -> str:
    return f"drafts/{event_id}"


def in_quiet_hours(moment: datetime, timing: Timing) -> bool:
    if timing.quiet_hours is None:
        return False
    begin, end = timing.quiet_hours
    local = moment.astimezone(timing.tz).time()
    if begin <= end:
        return begin <= local < end
    return local >= begin or local < end  # the range wraps past midnight


def after_quiet_hours(moment: datetime, timing: Timing) -> datetime:
    """``moment``, or the end of the quiet hours it falls in (aware, in the user's zone)."""
    if not in_quiet_hours(moment, timing):
        return moment
    return _quiet_bounds(moment, timing)[1]


def _quiet_bounds(moment: datetime, timing: Timing) -> tuple[datetime, datetime]:
    """The start and end of the quiet period that contains ``moment``."""
    assert timing.quiet_hours is not None
    begin, end = timing.quiet_hours
    local = moment.astimezone(timing.tz)
    day = local.date()
    if begin > end and local.time() < end:  # after midnight: the period began yesterday
        day -= timedelta(days=1)
    start = datetime.combine(day, begin, tzinfo=timing.tz)
    finish = datetime.combine(
        day if begin <= end else day + timedelta(days=1), end, tzinfo=timing.tz
    )
    return start, finish


def briefing_due(
    ideal: datetime, interview_start: datetime, now: datetime, timing: Timing
) -> datetime:
    """When a briefing ideally due at ``ideal`` should go out, given quiet hours.

    What counts is the moment it would actually go out: ``ideal``, or ``now`` when
    that has passed (a briefing seen late, or a machine that was asleep). If that
    moment falls in quiet hours, the briefing moves *earlier*, to just before they
    begin, while that is still ahead; otherwise to when they end, if that is before
    the interview; otherwise it goes at once. It is never due after the interview
    starts. Called again on every pass, it gives the same answer until it is due.
    """
    moment = max(ideal, now)
    if not in_quiet_hours(moment, timing):
        return min(ideal, interview_start)
    quiet_start, quiet_end = _quiet_bounds(moment, timing)
    if now < quiet_start:  # the quiet period is still ahead: go just before it
        due = max(quiet_start - QUIET_MARGIN, now)
    elif quiet_end < interview_start:
        due = quiet_end
    else:  # quiet until after the interview: better late at night than never
        due = now
    return min(due, interview_start)


def plan_interview(
    event: Event,
    timing: Timing,
    now: datetime,
    first_seen: datetime,
    briefed_start: datetime | None = None,
) -> list[Job]:
    """The jobs one follow-up interview owes, with their due times.

    An interview that had ended more than ``timing.drafts_catch_up`` before
    ``first_seen`` owes nothing (:func:`too_old_for_drafts`).
    Leads already past when the assistant first saw the interview (``first_seen``),
    or past by ``now`` (a machine asleep through several), collapse into one
    briefing: the latest lead's, sent at once. A lead whose briefing already went
    out is history and is not planned again. ``briefed_start`` is the start time the
    last briefing described; a different start now means an updated briefing, due
    before the earlier of the old and new times.
    """
    jobs: list[Job] = []
    event_id = event.event_id
    if event.start <= first_seen:
        # Seen only once it had begun: there is nothing to prepare for, only drafts to
        # make, and those only while a thank-you is still timely (see ``too_old_for_drafts``).
        if too_old_for_drafts(event.end, first_seen, timing):
            return []
        return [
            Job(drafts_key(event_id), JobKind.DRAFTS, event_id, event.end + timing.drafts_after)
        ]
    late = max(first_seen, now)
    passed_leads = [lead for lead in timing.briefing_leads if event.start - lead < late]
    keep_passed = min(passed_leads) if passed_leads else None
    for lead in timing.briefing_leads:
        if lead in passed_leads and lead != keep_passed:
            continue
        due = briefing_due(event.start - lead, event.start, now, timing)
        jobs.append(
            Job(briefing_key(event_id, lead), JobKind.BRIEFING, event_id, due, lead_label(lead))
        )
    if briefed_start is not None and briefed_start != event.start and event.start > now:
        # The updated briefing goes out at the shortest lead before the earlier of the
        # two times: the last briefing told the user the old one, so the update must
        # reach them before it (at once when either is that close), or they prepare for
        # and turn up at a time that no longer holds.
        lead = min(timing.briefing_leads)
        key = briefing_key(event_id, lead, moved_to=event.start)
        by = min(event.start, briefed_start)
        due = briefing_due(max(by - lead, now), by if by > now else event.start, now, timing)
        jobs.append(Job(key, JobKind.BRIEFING, event_id, due, "update"))
    jobs.append(
        Job(drafts_key(event_id), JobKind.DRAFTS, event_id, event.end + timing.drafts_after)
    )
    return jobs


def too_old_for_drafts(end: datetime, first_seen: datetime, timing: Timing) -> bool:
    """True when an interview ending at ``end`` had ended more than
    ``timing.drafts_catch_up`` before the assistant first saw it (``first_seen``, UTC).

    The first pass reads weeks of past events (``[calendar] history_days``, for the
    first rounds detection links to); a thank-you weeks late is no thank-you, and
    dozens of them would bury what is due now. Such an interview is still recorded
    (rounds, pipeline), it just gets no drafts and no "How did it go?" note. The same
    rule keeps check-in nudges overdue at set-up from being sent
    (``pipeline.nudges``). Raising the setting plans the drafts on the next pass.
    """
    return first_seen - end > timing.drafts_catch_up


def work_order(jobs: Sequence[Job]) -> list[Job]:
    """Due ``jobs`` in the order one pass runs them, so the message cap
    (``[limits] messages_per_pass``) leaves what matters least for the next pass.

    Briefings first, the soonest due first: each is for an interview still ahead (one
    whose interview has begun is skipped without a message). Then drafts and check-in
    nudges, the newest first: a thank-you matters most the day after the interview.
    """
    briefings = sorted((j for j in jobs if j.kind is JobKind.BRIEFING), key=lambda j: j.due_at)
    rest = sorted(
        (j for j in jobs if j.kind is not JobKind.BRIEFING), key=lambda j: j.due_at, reverse=True
    )
    return briefings + rest
