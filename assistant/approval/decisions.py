"""The user's decisions on a draft: approve (now or later), send, reject, edit, and
what follows from their mail client or their calendar (sent or deleted there, the
interview cancelled)."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime

from assistant.approval.making import OPEN, message_for, write_mailbox_copy
from assistant.compose import note_to_self
from assistant.dates import format_clock
from assistant.delivery import refuse_before_made, refuse_final, sent_log_words
from assistant.drafting import listing
from assistant.drafting.drafts import day_text
from assistant.durations import plural
from assistant.errors import (
    AssistantError,
    DraftGoneError,
    RecipientError,
    UsageError,
)
from assistant.models import Draft, DraftState
from assistant.plan import in_quiet_hours
from assistant.services import Services, TickReport
from assistant.store import InterviewRecord
from assistant.text import one_line

# One logger for the package: the log says "assistant.approval: draft …" whichever
# module wrote the line.
log = logging.getLogger("assistant.approval")


def approve(services: Services, draft_id: int, now: datetime, at: datetime | None = None) -> Draft:
    """Approve a draft: send it now, or at ``at``. Refuses drafts that are already final,
    and drafts a simulated pass made later than ``now``."""
    draft = services.store.draft(draft_id)
    refuse_final(draft)
    refuse_before_made(draft, now, services.user.tz, services.user.english_locale)
    send_at = at if at is not None and at > now else now
    if not services.store.move_draft(draft_id, OPEN, DraftState.APPROVED, now, send_at=send_at):
        refuse_final(services.store.draft(draft_id))  # changed under us: say how it ended
    if send_at > now:
        log.info("draft approved for later key=%s at=%s", draft.key, send_at.isoformat())
        return services.store.draft(draft_id)
    return send_approved(services, draft_id, now)


def settle_uncertain(services: Services, draft_id: int, *, was_sent: bool) -> None:
    """The user's answer about a message that may have been sent (the connection dropped).

    ``was_sent=False`` lets the next approval send it again; ``True`` records that it
    arrived, so approving files it as sent without sending. Mailboxes that never leave
    a send uncertain (the local Maildir) have nothing to settle.
    """
    draft = services.store.draft(draft_id)
    refuse_final(draft)
    resolve = getattr(services.mailbox, "resolve_uncertain", None)
    if resolve is not None:
        resolve(draft.message_id, was_sent=was_sent)
        log.info("uncertain send settled key=%s was_sent=%s", draft.key, was_sent)


def send_approved(services: Services, draft_id: int, now: datetime) -> Draft:
    """Send an approved draft through the mailbox, then record it as sent."""
    store = services.store
    draft = store.draft(draft_id)
    if draft.state is not DraftState.APPROVED:
        refuse_final(draft)
        raise UsageError(
            f"draft {draft_id} is not approved",
            fix=f"interview-assistant drafts approve {draft_id}",
        )
    message = message_for(services, draft, now)
    ref = draft.mailbox_ref
    if not ref:
        # A crash left the draft unwritten: write it first, so sending has something to send.
        ref = services.mailbox.save_draft(message)
        store.update_draft(draft_id, now, mailbox_ref=ref)
    try:
        services.checkpoint("send:before-mailbox")
        services.mailbox.send_draft(ref, message)
        services.checkpoint("send:after-mailbox")
    except DraftGoneError:
        store.move_draft(draft_id, [DraftState.APPROVED], DraftState.GONE, now)
        raise
    except RecipientError:
        # Certainly not sent, and sending again would fail the same way: the draft waits.
        store.move_draft(draft_id, [DraftState.APPROVED], DraftState.DRAFTED, now, send_at=None)
        raise
    store.move_draft(draft_id, [DraftState.APPROVED], DraftState.SENT, now, sent_at=now)
    log.info("draft %s key=%s", sent_log_words(services.mail_backend), draft.key)
    return store.draft(draft_id)


def reject(services: Services, draft_id: int, now: datetime) -> Draft:
    """Reject a draft: its mailbox copy is deleted and it is never sent."""
    draft = services.store.draft(draft_id)
    refuse_final(draft)
    if draft.mailbox_ref:
        services.mailbox.delete_draft(draft.mailbox_ref)
    if not services.store.move_draft(draft_id, OPEN, DraftState.REJECTED, now):
        refuse_final(services.store.draft(draft_id))
    log.info("draft rejected key=%s", draft.key)
    return services.store.draft(draft_id)


def edit(
    services: Services, draft_id: int, body: str, now: datetime, subject: str | None = None
) -> Draft:
    """Keep the user's own text; later re-renders never overwrite an edited draft.

    Text identical to the draft changes nothing (and does not count as an edit).
    """
    draft = services.store.draft(draft_id)
    refuse_final(draft)
    body = body.strip()
    if not body:
        raise UsageError(
            f"the edited text of draft {draft_id} is empty; the draft is unchanged",
            fix=f"interview-assistant drafts reject {draft_id}  (to drop it instead)",
        )
    subject = one_line(subject, 200) if subject and one_line(subject) else draft.subject
    body += "\n"
    if (subject, body) == (draft.subject, draft.body):
        return draft
    changed = replace(draft, subject=subject, body=body, edited=True)
    if not write_mailbox_copy(services, changed, now):
        raise DraftGoneError(
            f"draft {draft_id} was sent or deleted in your mail client; nothing was changed",
            fix="see `interview-assistant drafts list --all`",
        )
    return services.store.update_draft(draft_id, now, subject=subject, body=body, edited=True)


def sync_gone(services: Services, now: datetime) -> list[int]:
    """Mark drafts the user sent or deleted in their mail client as ``gone``; their ids."""
    return listing.notice_gone(services.store, services.mailbox, now)


def send_scheduled(services: Services, now: datetime, report: TickReport) -> None:
    """Send drafts approved for a later time (``drafts approve --at``) once it has come."""
    for draft in services.store.drafts(states=[DraftState.APPROVED]):
        if draft.send_at is None or draft.send_at <= now:
            try:
                send_approved(services, draft.id, now)
                report.sent.append(draft.subject)
            except AssistantError as error:
                report.errors.append(f"sending draft {draft.id}: {error}")


def withdraw_cancelled(services: Services, record: InterviewRecord, now: datetime) -> list[int]:
    """The interview was cancelled: reject its open drafts (their mailbox copies are
    deleted), and when its briefing had gone out, tell the user once. Returns the ids
    of the drafts withdrawn. Called on every pass that sees the cancellation, so a
    mailbox that refuses (noted for ``status``) is tried again on the next one."""
    withdrawn = []
    for draft in services.store.drafts(states=OPEN, event_id=record.event_id):
        try:
            reject(services, draft.id, now)
        except DraftGoneError:
            services.store.move_draft(draft.id, OPEN, DraftState.GONE, now)
            continue
        except AssistantError as error:
            services.store.log_activity("error", f"withdrawing draft {draft.id}: {error}", now)
            continue
        withdrawn.append(draft.id)
    key = f"note/cancelled/{record.event_id}"
    # Nothing arrives in quiet hours: the next pass after they end sends the note.
    quiet = in_quiet_hours(now, services.timing)
    if record.briefed_start is not None and services.store.get_meta(key) is None and not quiet:
        title = one_line(record.summary, 200) or "Your interview"
        at = record.start.astimezone(services.user.tz)
        # The note is in English: its day and time in the user's English.
        locale = services.user.english_locale
        when = f"{day_text(at, locale)} at {format_clock(at, locale)}"
        text = f"{title}, {when}, has been cancelled in your calendar.\n"
        if withdrawn:
            text += (
                f"{plural(len(withdrawn), 'draft')} waiting for it "
                f"{'was' if len(withdrawn) == 1 else 'were'} withdrawn and will not be sent.\n"
            )
        services.checkpoint("note:before-mailbox")
        try:
            note = note_to_self(services.user, f"Cancelled: {title}", text, key, now)
            services.mailbox.deliver(note)
        except AssistantError as error:  # tried again on the next pass
            services.store.log_activity("error", f"note about {title!r}: {error}", now)
            return withdrawn
        services.checkpoint("note:after-mailbox")
        services.store.set_meta(key, now.isoformat())
    return withdrawn
