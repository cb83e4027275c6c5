"""Drafts, from creation to approval: ``drafted → approved → sent``, or ``rejected``, or ``gone``.

The CLI and the web page both call these functions, so both keep the same rules.
Every transition is a compare-and-set in the store, so approving twice sends once;
the mailbox refuses a second copy of a Message-ID, so a crash after sending and
before recording does not send again either.
"""

from __future__ import annotations

import logging
from datetime import datetime

from assistant.codec import detection_from_dict
from assistant.compose import draft_message, note_to_self, render_draft
from assistant.drafts import plan_drafts
from assistant.errors import AssistantError, DraftGoneError, UsageError
from assistant.messages import message_id_for
from assistant.models import Draft, DraftState, Job, JobState
from assistant.services import Services, TickReport
from assistant.store import InterviewRecord

log = logging.getLogger(__name__)

_FINAL = {
    DraftState.SENT: "was already sent",
    DraftState.REJECTED: "was rejected",
    DraftState.GONE: "was sent or deleted in your mail client",
}


def _refuse_final(draft: Draft) -> None:
    if draft.state in _FINAL:
        raise UsageError(
            f"draft {draft.id} {_FINAL[draft.state]}; nothing was sent",
            fix="see `interview-assistant drafts list --all`",
        )


def approve(services: Services, draft_id: int, now: datetime, at: datetime | None = None) -> Draft:
    """Approve a draft: send it now, or at ``at``. Refuses drafts that are already final."""
    draft = services.store.draft(draft_id)
    _refuse_final(draft)
    if at is not None and at > now:
        services.store.move_draft(
            draft_id,
            [DraftState.DRAFTED, DraftState.APPROVED],
            DraftState.APPROVED,
            now,
            send_at=at,
        )
        log.info("draft approved for later key=%s at=%s", draft.key, at.isoformat())
        return services.store.draft(draft_id)
    services.store.move_draft(
        draft_id, [DraftState.DRAFTED, DraftState.APPROVED], DraftState.APPROVED, now, send_at=now
    )
    return send_approved(services, draft_id, now)


def send_approved(services: Services, draft_id: int, now: datetime) -> Draft:
    """Send an approved draft through the mailbox, then record it as sent."""
    draft = services.store.draft(draft_id)
    if draft.state is not DraftState.APPROVED:
        _refuse_final(draft)
        raise UsageError(
            f"draft {draft_id} is not approved",
            fix=f"interview-assistant drafts approve {draft_id}",
        )
    message = draft_message(draft, services.user, now)
    try:
        services.checkpoint("send:before-mailbox")
        services.mailbox.send_draft(draft.mailbox_ref or draft.message_id, message)
        services.checkpoint("send:after-mailbox")
    except DraftGoneError:
        services.store.move_draft(draft_id, [DraftState.APPROVED], DraftState.GONE, now)
        raise
    services.store.move_draft(draft_id, [DraftState.APPROVED], DraftState.SENT, now, sent_at=now)
    log.info("draft sent key=%s", draft.key)
    return services.store.draft(draft_id)


def reject(services: Services, draft_id: int, now: datetime) -> Draft:
    draft = services.store.draft(draft_id)
    _refuse_final(draft)
    if (
        services.store.move_draft(
            draft_id, [DraftState.DRAFTED, DraftState.APPROVED], DraftState.REJECTED, now
        )
        and draft.mailbox_ref
    ):
        services.mailbox.delete_draft(draft.mailbox_ref)
    log.info("draft rejected key=%s", draft.key)
    return services.store.draft(draft_id)


def edit(
    services: Services, draft_id: int, body: str, now: datetime, subject: str | None = None
) -> Draft:
    """Keep the user's own text; later re-renders never overwrite an edited draft."""
    draft = services.store.draft(draft_id)
    _refuse_final(draft)
    fields = {"body": body.rstrip() + "\n", "edited": True}
    if subject is not None:
        fields["subject"] = subject
    draft = services.store.update_draft(draft_id, now, **fields)
    if draft.mailbox_ref:
        try:
            services.mailbox.save_draft(draft_message(draft, services.user, now), draft.mailbox_ref)
        except DraftGoneError:
            services.store.move_draft(
                draft_id, [DraftState.DRAFTED, DraftState.APPROVED], DraftState.GONE, now
            )
            raise
    return draft


def sync_gone(services: Services, now: datetime) -> list[int]:
    """Mark drafts the user sent or deleted in their mail client as ``gone``."""
    gone = []
    for draft in services.store.drafts(states=[DraftState.DRAFTED]):
        if draft.mailbox_ref and not services.mailbox.draft_exists(draft.mailbox_ref):
            if services.store.move_draft(draft.id, [DraftState.DRAFTED], DraftState.GONE, now):
                gone.append(draft.id)
    return gone


def run_drafts(services: Services, job: Job, record: InterviewRecord, now: datetime) -> list[str]:
    """Create each planned draft once: record it, then write it, then note the ref."""
    detection = detection_from_dict(record.detection)
    debrief = services.store.debrief(record.event_id)
    created = []
    for planned in plan_drafts(detection, services.profile):
        subject, body = render_draft(planned, detection, services.user, services.renderer, debrief)
        draft, _ = services.store.add_draft(
            key=planned.key,
            event_id=record.event_id,
            kind=planned.kind,
            recipients=[planned.recipient.email],
            subject=subject,
            body=body,
            message_id=message_id_for(planned.key),
            guessed_recipient=planned.guessed_recipient,
            interview_summary=record.summary,
            now=now,
        )
        if draft.mailbox_ref or draft.state is not DraftState.DRAFTED:
            continue
        services.checkpoint("drafts:before-mailbox")
        ref = services.mailbox.save_draft(draft_message(draft, services.user, now))
        services.checkpoint("drafts:after-mailbox")
        services.store.update_draft(draft.id, now, mailbox_ref=ref)
        log.info("draft created key=%s", planned.key)
        created.append(planned.key)
    services.store.finish_job(job.key, JobState.DONE, now)
    return created


def refresh_drafts(services: Services, event_id: str, now: datetime) -> int:
    """Re-render the waiting, unedited drafts of an interview in place (same draft, updated).

    Called after a debrief or a move. Edited drafts are the user's words: never touched.
    """
    record = services.store.find_interview(event_id)
    if record is None:
        return 0
    detection = detection_from_dict(record.detection)
    debrief = services.store.debrief(event_id)
    planned_by_key = {p.key: p for p in plan_drafts(detection, services.profile)}
    updated = 0
    for draft in services.store.drafts(states=[DraftState.DRAFTED], event_id=event_id):
        planned = planned_by_key.get(draft.key)
        if planned is None or draft.edited:
            continue
        subject, body = render_draft(planned, detection, services.user, services.renderer, debrief)
        if (subject, body) == (draft.subject, draft.body):
            continue
        draft = services.store.update_draft(draft.id, now, subject=subject, body=body)
        if draft.mailbox_ref:
            try:
                services.mailbox.save_draft(
                    draft_message(draft, services.user, now), draft.mailbox_ref
                )
            except DraftGoneError:
                services.store.move_draft(draft.id, [DraftState.DRAFTED], DraftState.GONE, now)
                continue
        updated += 1
    return updated


def _reminded(services: Services, draft_id: int) -> bool:
    return services.store.get_meta(f"reminded/{draft_id}") is not None


def send_reminders(services: Services, now: datetime) -> bool:
    """At most one short note about drafts left alone; each draft is mentioned once."""
    waiting = [
        d
        for d in services.store.drafts(states=[DraftState.DRAFTED])
        if d.created_at <= now - services.remind_after and not _reminded(services, d.id)
    ]
    if not waiting:
        return False
    lines = [f"  {d.id}. To {d.to_header}: {d.subject}" for d in waiting]
    text = (
        "These drafts have been waiting a few days:\n\n"
        + "\n".join(lines)
        + "\n\nApprove, edit or reject them with `interview-assistant drafts list`."
        " This is the only reminder.\n"
    )
    key = "reminder/" + ",".join(str(d.id) for d in waiting)
    services.mailbox.deliver(note_to_self(services.user, "Drafts waiting for you", text, key, now))
    for draft in waiting:
        services.store.set_meta(f"reminded/{draft.id}", now.isoformat())
    return True


def send_scheduled(services: Services, now: datetime, report: TickReport) -> None:
    """Send drafts approved for a later time (``drafts approve --at``) once it has come."""
    for draft in services.store.drafts(states=[DraftState.APPROVED]):
        if draft.send_at is None or draft.send_at <= now:
            try:
                send_approved(services, draft.id, now)
                report.sent.append(draft.subject)
            except AssistantError as error:
                report.errors.append(f"sending draft {draft.id}: {error}")
