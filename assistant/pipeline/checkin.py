"""The pass's side of the pipeline: record the rounds, plan the nudges, act on a due one.

Called by :func:`assistant.runner.run_once` with the pass's services and ``now``.
A nudge that comes due leaves the check-in draft (recorded, then written to the
mailbox, like every draft: :func:`assistant.approval.file_draft`), then the note
to self, then finishes its job; a crash in between repeats nothing, because the
draft's key and the note's Message-ID come from the round.
"""

from __future__ import annotations

import shlex
from dataclasses import replace
from datetime import datetime

from assistant.approval import file_draft
from assistant.drafting.drafts import first_name
from assistant.drafting.marks import REASON_CHECK_IN_LATEST
from assistant.messages import message_id_for
from assistant.models import DraftKind, Job, JobKind, JobState
from assistant.notes_to_self import deliver_note
from assistant.notify import Notice, check_in_notice
from assistant.pipeline.board import and_list
from assistant.pipeline.nudges import (
    check_in_recipient,
    known_by_name_only,
    load_board,
    nudge_facts,
    plan_nudges,
    reconcile_nudges,
    still_owed,
)
from assistant.plan import after_quiet_hours, in_quiet_hours
from assistant.services import Services
from assistant.text import one_line


def plan_check_ins(services: Services, now: datetime) -> None:
    """Plan each open application's nudge from the board as it stands after the jobs ran.

    After them, so the drafts a round just got count as waiting (no nudge yet), and a
    nudge that came due is planned now and acted on by the next pass.
    """
    wanted: list[Job] = []
    if services.check_in_after > 0:
        board = load_board(services.store, now, services.user.tz)
        wanted = plan_nudges(board, services.check_in_after, services.timing, services.weekend, now)
    reconcile_nudges(services.store, wanted, now)


def check_in_key(event_id: str, email: str) -> str:
    return f"check-in/{event_id}/{email.lower()}"


def run_nudge(services: Services, job: Job, now: datetime) -> Notice | None:
    """Act on a due nudge: the check-in draft and the note to self, once.

    Returns the notification to send, or None when the nudge was no longer owed (a
    new round appeared or the application was closed since it was planned) or waits
    for quiet hours to end.
    """
    store, tz = services.store, services.user.tz
    if in_quiet_hours(now, services.timing):
        # Come due at night (a machine that slept): wait for the quiet hours to end.
        later = replace(job, due_at=after_quiet_hours(now, services.timing))
        store.reconcile_jobs(job.event_id, [later], now, kinds=(JobKind.NUDGE,))
        return None
    board = load_board(store, now, tz)
    app = next((a for a in board if job.event_id in a.event_ids), None)
    if app is None or not still_owed(app, job.event_id):
        store.finish_job(job.key, JobState.DROPPED, now, note="no longer owed")
        return None
    facts = nudge_facts(app, tz, now, services.user.english_locale)
    recipient, chosen = check_in_recipient(app)
    draft_id = None
    if recipient is not None:
        key = check_in_key(job.event_id, recipient.email)
        body = services.renderer.render(
            "drafts/check-in.txt",
            greeting_name=first_name(recipient, app.company),
            signature=services.user.signature,
            **facts,
        )
        subject = f"Following up on my interview{' with ' + app.company if app.company else ''}"
        draft, _ = store.add_draft(
            key=key,
            event_id=job.event_id,
            kind=DraftKind.CHECK_IN,
            recipients=[recipient.email.lower()],
            subject=one_line(subject, 200),
            body=body.strip() + "\n",
            message_id=message_id_for(key),
            # The address is on an invite: never guessed; whom to write to may be chosen.
            guessed_recipient=False,
            reason=REASON_CHECK_IN_LATEST if chosen else "",
            interview_summary=one_line(app.rounds[-1].round.summary, 200),
            now=now,
        )
        file_draft(services, draft, now, {recipient.email.lower(): recipient.name})
        draft_id = draft.id
    deliver_note(
        services,
        job.key,
        now,
        f"Time to check in with {one_line(app.company, 80)}?",
        "notes/check-in.txt",
        draft_id=draft_id,
        to=recipient.display if recipient is not None else "",
        # Met, but known by name only: the note says so rather than "no one was named".
        named_only=and_list(known_by_name_only(app)),
        chosen=chosen,
        guessed=chosen,  # the older name, for a user's own copy of the template
        employer_arg=shlex.quote(app.company),
        page=services.page_address(),
        **facts,
    )
    store.finish_job(job.key, JobState.DONE, now)
    return check_in_notice(job.event_id, app.company, facts["days"], services.page_address())
