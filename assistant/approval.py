"""Drafts, from creation to approval: ``drafted → approved → sent``, or ``rejected``, or ``gone``.

The CLI and the web page both call these functions, so both keep the same rules.

Exactly once, step by step. A draft's row is recorded (unique key: interview
instance, kind, recipient) before its mailbox copy is written, and the copy's
Message-ID comes from that key, so a crash between the two is repaired by the
next pass writing the same message again, which the mailbox keeps once. Every
state change is a compare-and-set in the store, so approving twice sends once,
and the mailbox never sends one Message-ID twice. Re-renders and edits write the
mailbox first and the store second: a crash in between leaves the store behind,
and the next re-render notices the difference and writes again.

The steps where a crash is simulated in tests (``Services.checkpoint``):
``drafts:before-mailbox``/``drafts:after-mailbox`` (each new draft),
``note:before-mailbox``/``note:after-mailbox`` (notes to self),
``send:before-mailbox``/``send:after-mailbox`` and ``refresh:before-mailbox``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime
from email.message import EmailMessage
from typing import Any

from assistant.codec import detection_from_dict
from assistant.compose import draft_message, note_to_self, render_draft
from assistant.dates import format_clock
from assistant.delivery import refuse_before_made, refuse_final, sent_log_words
from assistant.drafting import listing
from assistant.drafting.address_book import address_book
from assistant.drafting.drafts import day_text, plan_drafts
from assistant.drafting.round_parts import once_per_round
from assistant.durations import plural
from assistant.errors import (
    AssistantError,
    DraftGoneError,
    RecipientError,
    UsageError,
)
from assistant.i18n import draft_language_note
from assistant.mail.capped import ensure_room
from assistant.messages import message_id_for
from assistant.models import Detection, Draft, DraftKind, DraftState, Job, JobState
from assistant.notes_to_self import deliver_debrief_invite
from assistant.plan import in_quiet_hours
from assistant.services import Services, TickReport
from assistant.store import InterviewRecord
from assistant.text import one_line

log = logging.getLogger(__name__)

_OPEN = [DraftState.DRAFTED, DraftState.APPROVED]


def _names_in(detection: Detection) -> dict[str, str]:
    """Display names for the To header, from the attendees of the draft's interview."""
    event = detection.event
    people = [*event.attendees, *([event.organizer] if event.organizer else [])]
    return {p.email.lower(): p.name for p in people if p.name}


def _recipient_names(services: Services, draft: Draft) -> dict[str, str]:
    record = services.store.find_interview(draft.event_id)
    return _names_in(detection_from_dict(record.detection)) if record is not None else {}


def message_for(
    services: Services, draft: Draft, now: datetime, names: dict[str, str] | None = None
) -> EmailMessage:
    """The email for a draft as the store holds it, recipients' names included.

    ``names`` (address → display name) saves reading the interview again when a
    caller makes many drafts of one interview: once per interview, not per draft.
    """
    if names is None:
        names = _recipient_names(services, draft)
    return draft_message(draft, services.user, now, names)


def draft_reasons(services: Services, drafts: Iterable[Draft]) -> dict[int, str]:
    """Why each draft exists, by id: :func:`assistant.drafting.listing.draft_reasons`."""
    return listing.draft_reasons(services.store, drafts, lambda: services.profile)


# --- creating and re-rendering ----------------------------------------------------------


def run_drafts(
    services: Services,
    job: Job,
    record: InterviewRecord,
    now: datetime,
    report: TickReport | None = None,
) -> list[str]:
    """Create each planned draft once (record, then write, then note the ref), then the
    note to self (put off during quiet hours; see ``notes_to_self``). Returns the keys of
    the drafts written; each is also in ``report.drafts_created`` as soon as it is
    written, so a pass the message cap stops midway still counts what it made."""
    store = services.store
    detection = detection_from_dict(record.detection)
    debrief = store.debrief(record.event_id)
    made = report.drafts_created if report is not None else None
    created = create_drafts(services, record, detection, debrief, now, made)
    # Once, when the drafts are made: they are in English for an invite in a language
    # without drafts (``drafts list``/``show`` and the web page say it beside each).
    note = draft_language_note(detection.verdict.language)
    if created and note and report is not None:
        report.warnings.append(f"drafts for “{one_line(record.summary, 80)}”: {note}")
    deliver_debrief_invite(services, record, detection, now, report)
    store.finish_job(job.key, JobState.DONE, now)
    return created


def create_drafts(
    services: Services,
    record: InterviewRecord,
    detection: Detection,
    debrief: Mapping[str, Any] | None,
    now: datetime,
    made: list[str] | None = None,
    only: set[str] | None = None,
) -> list[str]:
    """Create each planned draft not made yet; return the keys of those created.

    ``made``, when given, gets each key the moment its draft is written (the pass's
    count survives :class:`~assistant.mail.capped.MessageCapReached`). ``only``, when
    given, limits them to thank-yous to these addresses (lower case): people added in a
    debrief after the drafts were made, so that an address planned differently since
    (an earlier round read meanwhile) never makes a second thank-you to someone already
    thanked. Linear in the number of drafts: the interview is read once, not per draft.
    """
    store = services.store
    names = _names_in(detection)
    created: list[str] = []
    book = address_book(services.store, services.profile)
    planned_drafts = plan_drafts(detection, services.profile, debrief, book)
    for planned in once_per_round(planned_drafts, store, record, services.user.tz):
        if only is not None and (
            planned.kind is not DraftKind.THANK_YOU or planned.recipient.email.lower() not in only
        ):
            continue
        # The pass's message cap is asked before the row is recorded: a row the cap
        # cut off from its mailbox copy would be counted as waiting but not be there.
        ensure_room(services.mailbox)
        subject, body = render_draft(planned, detection, services.user, services.renderer, debrief)
        draft, _ = store.add_draft(
            key=planned.key,
            event_id=record.event_id,
            kind=planned.kind,
            recipients=[planned.recipient.email.lower()],
            subject=subject,
            body=body,
            message_id=message_id_for(planned.key),
            guessed_recipient=planned.guessed_recipient,
            interview_summary=one_line(record.summary, 200),
            now=now,
            reason=planned.reason,
        )
        if file_draft(services, draft, now, names):
            created.append(planned.key)
            if made is not None:
                made.append(planned.key)
    return created


def file_draft(
    services: Services, draft: Draft, now: datetime, names: dict[str, str] | None = None
) -> bool:
    """Write a recorded draft's mailbox copy, unless it has one (or left ``drafted``).

    Returns True when it was written now; False also when the mailbox refused its
    recipient (logged as a warning; the caller's other drafts go on). ``names``:
    address → display name (read from the draft's interview when not given).
    """
    if draft.mailbox_ref or draft.state is not DraftState.DRAFTED:
        return False
    services.checkpoint("drafts:before-mailbox")
    try:
        ref = services.mailbox.save_draft(message_for(services, draft, now, names))
    except RecipientError as error:
        # This one address cannot be written safely; the interview's other drafts go on.
        note = f"draft {draft.id} to {one_line(draft.to_header, 120)} was not written: {error}"
        services.store.log_activity("warning", note, now)
        log.warning("%s (key=%s)", note, draft.key)
        return False
    services.checkpoint("drafts:after-mailbox")
    services.store.update_draft(draft.id, now, mailbox_ref=ref)
    log.info("draft created key=%s", draft.key)
    return True


def refresh_drafts(services: Services, event_id: str, now: datetime) -> list[int]:
    """Re-render the waiting, unedited drafts of an interview in place; return their ids.

    Called after a debrief or a move: the same draft, updated, never a second one.
    Edited drafts are the user's words and approved ones what the user agreed to
    send: neither is touched.
    """
    record = services.store.find_interview(event_id)
    if record is None:
        return []
    detection = detection_from_dict(record.detection)
    debrief = services.store.debrief(event_id)
    book = address_book(services.store, services.profile)
    plans = plan_drafts(detection, services.profile, debrief, book)
    planned_by_key = {p.key: p for p in plans}
    names = _names_in(detection)
    updated = []
    for draft in services.store.drafts(states=[DraftState.DRAFTED], event_id=event_id):
        planned = planned_by_key.get(draft.key)
        if planned is not None and planned.reason != draft.reason:
            # Why it exists is not the user's text: kept current even when edited.
            services.store.update_draft(draft.id, now, reason=planned.reason)
        if planned is None or draft.edited:
            continue
        subject, body = render_draft(planned, detection, services.user, services.renderer, debrief)
        if (subject, body) == (draft.subject, draft.body):
            continue
        changed = replace(draft, subject=subject, body=body)
        if not _write_mailbox_copy(services, changed, now, names):
            continue
        services.store.update_draft(draft.id, now, subject=subject, body=body)
        updated.append(draft.id)
    return updated


def _write_mailbox_copy(
    services: Services, draft: Draft, now: datetime, names: dict[str, str] | None = None
) -> bool:
    """Replace the mailbox copy with ``draft``; False (and ``gone``) when the user removed it."""
    if not draft.mailbox_ref:
        return True  # not written yet: the pending drafts job writes what the store holds
    try:
        services.checkpoint("refresh:before-mailbox")
        services.mailbox.save_draft(message_for(services, draft, now, names), draft.mailbox_ref)
    except DraftGoneError:
        services.store.move_draft(draft.id, _OPEN, DraftState.GONE, now)
        return False
    return True


# --- the user's decisions -------------------------------------------------------------------


def approve(services: Services, draft_id: int, now: datetime, at: datetime | None = None) -> Draft:
    """Approve a draft: send it now, or at ``at``. Refuses drafts that are already final,
    and drafts a simulated pass made later than ``now``."""
    draft = services.store.draft(draft_id)
    refuse_final(draft)
    refuse_before_made(draft, now, services.user.tz, services.user.english_locale)
    send_at = at if at is not None and at > now else now
    if not services.store.move_draft(draft_id, _OPEN, DraftState.APPROVED, now, send_at=send_at):
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
    if not services.store.move_draft(draft_id, _OPEN, DraftState.REJECTED, now):
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
    if not _write_mailbox_copy(services, changed, now):
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
    for draft in services.store.drafts(states=_OPEN, event_id=record.event_id):
        try:
            reject(services, draft.id, now)
        except DraftGoneError:
            services.store.move_draft(draft.id, _OPEN, DraftState.GONE, now)
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
