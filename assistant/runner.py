"""One pass of the assistant, ``run_once``, and the loop that repeats it.

A pass reads every calendar, records the follow-up interviews, plans their jobs
and runs what is due. It takes every service as an argument and ``now`` from the
caller: nothing here reads the clock, the config or the environment.

Exactly once, step by step: a job row acts once (it is finished only after its
mailbox call succeeded); the mailbox refuses a second copy of a Message-ID, and
Message-IDs come from the job's key. So a crash between the mailbox call and the
store's commit re-runs the job on the next pass, and the mailbox makes that
harmless. Overlapping passes are kept apart by the caller's lock.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from email.message import EmailMessage
from typing import Any

from assistant.approval import (
    refresh_drafts,
    run_drafts,
    send_scheduled,
    sync_gone,
    withdraw_cancelled,
)
from assistant.briefing import BriefingFacts, PreviousRound
from assistant.codec import detection_from_dict
from assistant.compose import compose_briefing
from assistant.dates import format_moment
from assistant.detect.who.persons import people_met
from assistant.drafting.address_book import record_addresses
from assistant.drafting.plan import continued_next_day
from assistant.errors import AssistantError, AuthError, CalendarError
from assistant.i18n import text_locale, using
from assistant.interview_record import interview_fields
from assistant.logs import SHOWN
from assistant.mail.capped import CappedMailbox, MessageCapReached
from assistant.marks import restore_withdrawn
from assistant.models import Detection, DraftState, Event, EventStatus, Job, JobKind, JobState
from assistant.notes_to_self import deliver_deferred, send_reminders
from assistant.notify import Notice, announce, briefing_notice, drafts_notice
from assistant.pipeline import load_board, standing_line
from assistant.pipeline.checkin import plan_check_ins, run_nudge
from assistant.pipeline.reuse import detect_or_reuse
from assistant.pipeline.rounds import record_rounds
from assistant.plan import (
    Timing,
    in_quiet_hours,
    plan_interview,
    too_old_for_drafts,
    work_order,
)
from assistant.seen_ids import short_id_in
from assistant.services import Services, TickReport
from assistant.store import InterviewRecord
from assistant.text import one_line

log = logging.getLogger(__name__)

# A failing job is retried on every pass; past this many attempts it is reported.
REPORT_AFTER_ATTEMPTS = 3
# Looking for drafts sent or deleted in the mail client costs a request per draft with
# Gmail or IMAP, so a pass does it at most this often (listing or approving always does).
GONE_CHECK_EVERY = timedelta(hours=1)

__all__ = ["Services", "TickReport", "refresh_drafts", "run_once"]


def read_events(
    services: Services, now: datetime, report: TickReport
) -> tuple[list[Event], list[str], list[str | None]]:
    """Read every source; a failing one is reported and the others carry on. Returns
    the events, the labels of the calendars read and their reads' tokens, in order."""
    start, end = now - services.history, now + services.horizon
    events: list[Event] = []
    labels: list[str] = []
    tokens: list[str | None] = []
    for source in services.sources:
        try:
            result = source.read(start, end)
        except (CalendarError, AuthError) as error:
            # The command prints the error itself: the file keeps it, the terminal not twice.
            log.warning("calendar unreadable: %s", error, extra=SHOWN)
            report.errors.append(str(error))
            services.store.log_activity("error", str(error), now)
            continue
        report.calendars_read.append(result.label)
        report.warnings.extend(result.warnings)
        labels.append(result.label)
        tokens.append(result.token)
        events.extend(result.events)
    return events, labels, tokens


def update_interviews(
    services: Services, detections: Sequence[Detection], read_labels: Sequence[str], now: datetime
) -> list[str]:
    """Record follow-up interviews, and plan (or drop) their jobs. Returns the titles of
    the interviews first recorded now that get no drafts: they had ended too long ago
    (:func:`assistant.plan.too_old_for_drafts`), so the pass can say so once."""
    store = services.store
    seen: set[str] = set()
    too_old: list[str] = []
    earlier_days = continued_next_day(detections)  # a multi-day onsite: drafts after the last day
    by_id = {d.event.event_id: d for d in detections}
    for detection in detections:
        event, verdict = detection.event, detection.verdict
        known = store.find_interview(event.event_id)
        if not verdict.is_follow_up and known is None:
            continue
        seen.add(event.event_id)
        why = (
            None
            if verdict.is_follow_up
            else (verdict.reasons[-1] if verdict.reasons else "no longer detected")
        )
        record = store.save_interview(
            **interview_fields(detection, by_id),
            active=verdict.is_follow_up,
            inactive_why=why,
            now=now,
        )
        if known is not None and event.status is EventStatus.CANCELLED:
            withdraw_cancelled(services, record, now)
        if known and known.start != event.start:
            log.info("interview %s moved from %s to %s", event.event_id, known.start, event.start)
            refresh_drafts(services, event.event_id, now)
        wanted = (
            plan_interview(event, services.timing, now, record.first_seen, record.briefed_start)
            if verdict.is_follow_up
            else []
        )
        if event.event_id in earlier_days:
            wanted = [job for job in wanted if job.kind is not JobKind.DRAFTS]
        store.reconcile_jobs(event.event_id, wanted, now)
        if (
            known is None
            and verdict.is_follow_up
            and too_old_for_drafts(event.end, record.first_seen, services.timing)
        ):
            too_old.append(record.summary)
    for event_id in store.deactivate_missing(seen, read_labels, now):
        store.reconcile_jobs(event_id, [], now)
    return too_old


def not_drafted_words(titles: Sequence[str], timing: Timing) -> str:
    """The one warning about interviews too old for drafts when first seen (``titles``)."""
    from assistant.durations import in_words, plural

    shown = ", ".join(repr(one_line(t, 60)) for t in titles[:3])
    more = f" and {len(titles) - 3} more" if len(titles) > 3 else ""
    return (
        f"{plural(len(titles), 'interview')} had ended more than "
        f"{in_words(timing.drafts_catch_up)} before the assistant first saw "
        f"{'it' if len(titles) == 1 else 'them'} ({shown}{more}): no drafts or notes for "
        'those; to draft them after all, raise [schedule] drafts_catch_up (say "30d")'
    )


def previous_round(
    services: Services, detection: Detection, known: Mapping[str, Any] | None = None
) -> PreviousRound | None:
    """The earlier interview with the same employer, with the user's debrief notes.

    Its title, date and the people met come from, in order: the store's record of
    it, ``known`` (the ``first_round`` facts kept with the follow-up, see
    :func:`first_round_facts`), or the debrief's own copy (``_event``). Notes about
    a person (``debrief --note EMAIL=TEXT``) stay keyed by address, so the briefing
    can put each beside that person. None when there is no earlier round.
    """
    first_id = detection.verdict.first_interview_id
    if not first_id:
        return None
    record = services.store.find_interview(first_id)
    debrief = services.store.debrief(first_id) or {}
    topics = tuple(str(topic) for topic in debrief.get("topics", []) if topic)
    about = {str(k): str(v) for k, v in (debrief.get("notes") or {}).items() if v}
    if record is not None:
        verdict = detection_from_dict(record.detection).verdict
        met = people_met(verdict.interviewers, verdict.company)
        return PreviousRound(
            record.summary,
            record.start,
            topics,
            about,
            tuple(a.email for a in met),
            {a.email: a.name for a in met if a.name},
        )
    first = known or debrief.get("_event")
    if not first:
        return None
    people = [p if isinstance(p, dict) else {"email": p} for p in first.get("people", [])]
    return PreviousRound(
        first["summary"],
        datetime.fromisoformat(first["start"]),
        topics,
        about,
        tuple(str(p["email"]) for p in people if p.get("email")),
        {str(p["email"]): str(p["name"]) for p in people if p.get("email") and p.get("name")},
    )


def briefing_message(
    services: Services, record: InterviewRecord, now: datetime, job: Job | None = None
) -> EmailMessage:
    """The briefing for ``record``, as the pass sends it, ``briefing preview`` prints it
    and the web page shows it. Without ``job`` it is a preview (never an update)."""
    detection = detection_from_dict(record.detection)
    is_update = job is not None and job.detail == "update"
    board = load_board(services.store, now, services.user.tz)
    with using(text_locale(services.user.locale, services.user.language)):
        standing = standing_line(board, record.event_id, services.user.tz, now)
    facts = BriefingFacts(
        user_name=services.user.name,
        user_tz=services.user.tz,
        now=now,
        previous=previous_round(services, detection, record.detection.get("first_round")),
        salary=services.salary_for(detection),
        is_update=is_update,
        # The start the last briefing described, so an update can say what changed.
        moved_from=record.briefed_start if is_update else None,
        standing=standing,
        short_id=short_id_in(services.store, record.event_id),
    )
    key = job.key if job is not None else "preview/" + record.event_id
    return compose_briefing(detection, facts, services.user, services.renderer, key, now)


def run_briefing(services: Services, job: Job, record: InterviewRecord, now: datetime) -> str:
    if now >= record.start:
        tz, locale = services.user.tz, services.user.english_locale
        note = (
            f"briefing for {record.summary!r} skipped: the interview began at "
            f"{format_moment(record.start, tz, locale, year=True)}, before the pass that was "
            f"to send it ran at {format_moment(now, tz, locale, year=True)}"
        )
        services.store.log_activity("warning", note, now)
        services.store.finish_job(job.key, JobState.SKIPPED, now, note=note)
        log.info("%s (key=%s)", note, job.key)  # the pass's summary tells the user
        return "skipped"
    message = briefing_message(services, record, now, job)
    services.checkpoint("briefing:before-mailbox")
    services.mailbox.deliver(message)
    services.checkpoint("briefing:after-mailbox")
    services.store.set_briefed_start(record.event_id, record.start)
    services.store.finish_job(job.key, JobState.DONE, now)
    log.info("briefing delivered key=%s", job.key)
    return "done"


def run_due_jobs(services: Services, now: datetime, report: TickReport) -> None:
    store = services.store
    # At most max_messages new messages per pass: a job the cap interrupts stays due.
    capped = CappedMailbox(services.mailbox, services.max_messages)
    services = replace(services, mailbox=capped)
    for job in work_order(store.due_jobs(now)):
        if job.kind is JobKind.NUDGE:  # a round with any employer, not only a follow-up
            record = None
        else:
            record = store.find_interview(job.event_id)
            if record is None or not record.active:
                store.finish_job(job.key, JobState.DROPPED, now, note="interview no longer active")
                continue
        try:
            if record is None:
                notice = run_nudge(services, job, now)
                if notice is not None:
                    report.check_ins.append(notice.title)
                    report.notices.append(notice)
            elif job.kind is JobKind.BRIEFING:
                outcome = run_briefing(services, job, record, now)
                (report.briefings if outcome == "done" else report.skipped).append(record.summary)
                if outcome == "done":
                    report.notices.append(_briefing_notice(services, job, record))
            else:
                created = run_drafts(services, job, record, now, report)  # counted there
                if created:
                    page = services.page_address()
                    report.notices.append(
                        drafts_notice(record.event_id, record.summary, len(created), page)
                    )
        except MessageCapReached:
            report.warnings.append(capped.warning)
            return
        except AuthError as error:
            # The mailbox's account needs connecting again: every other job would fail
            # the same way, so say it once and leave them all pending for the next pass.
            store.job_failed(job.key, str(error))
            report.errors.append(str(error))
            return
        except AssistantError as error:
            attempts = store.job_failed(job.key, str(error))
            what = repr(record.summary) if record is not None else job.event_id
            report.errors.append(f"{job.kind.value} for {what}: {error}")
            if attempts >= REPORT_AFTER_ATTEMPTS:
                store.log_activity("error", f"{job.key} failed {attempts} times: {error}", now)


def _briefing_notice(services: Services, job: Job, record: InterviewRecord) -> Notice:
    return briefing_notice(
        job.key,
        record.summary,
        record.company,
        record.start,
        services.user.tz,
        services.page_address(),
        record.event_id,
        services.user.english_locale,
    )


def check_gone_drafts(services: Services, now: datetime, report: TickReport) -> None:
    """Notice drafts the user sent or deleted in their mail client, at most hourly."""
    last = services.store.get_meta("last_gone_check")
    if last and now - datetime.fromisoformat(last) < GONE_CHECK_EVERY:
        return
    try:
        sync_gone(services, now)
    except AssistantError as error:
        report.errors.append(f"checking drafts: {error}")
        return
    services.store.set_meta("last_gone_check", now.isoformat())


def run_once(services: Services, now: datetime) -> TickReport:
    """One pass: read calendars, detect, plan, and run what is due at ``now``."""
    report = TickReport()
    events, labels, tokens = read_events(services, now, report)
    overrides = services.store.overrides()
    # On unchanged calendars, settings and marks, the previous pass's verdicts.
    detections, _ = detect_or_reuse(
        events, services.profile, overrides, tokens, services.store, now
    )
    report.not_drafted = update_interviews(services, detections, labels, now)
    restored, failed = restore_withdrawn(services, detections, now)  # a mark undone
    report.drafts_restored = len(restored)
    report.errors.extend(failed)
    if report.not_drafted:
        report.warnings.append(not_drafted_words(report.not_drafted, services.timing))
    record_rounds(services.store, detections, labels, now)
    # Before the drafts: a later round names people whose addresses earlier rounds showed.
    record_addresses(services.store, detections, services.profile, now)
    report.interviews = sum(1 for d in detections if d.verdict.is_follow_up)
    run_due_jobs(services, now, report)
    check_gone_drafts(services, now, report)
    send_scheduled(services, now, report)
    deliver_deferred(services, now, report)
    send_reminders(services, now, report)
    plan_check_ins(services, now)
    # Last, once the real work is done and recorded: a failing notifier costs a warning.
    quiet = in_quiet_hours(now, services.timing)
    warning = announce(services.notifier, report.notices, services.store, now, quiet=quiet)
    if warning:
        report.warnings.append(warning)
    if labels:
        services.store.set_meta("last_sync", now.isoformat())
    # Counted as `status` and `drafts list` count them, so every command gives one number.
    report.drafts_waiting = len(
        services.store.drafts(states=[DraftState.DRAFTED, DraftState.APPROVED])
    )
    return report
