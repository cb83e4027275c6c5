"""Making drafts: each planned draft recorded once, then its mailbox copy written;
waiting drafts re-rendered in place after a debrief or a move (see the package's
docstring for the order of the steps and why it makes each happen once)."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime
from email.message import EmailMessage
from typing import Any

from assistant.codec import detection_from_dict
from assistant.compose import draft_message, render_draft
from assistant.drafting import listing
from assistant.drafting.address_book import address_book
from assistant.drafting.drafts import plan_drafts
from assistant.drafting.round_parts import once_per_round
from assistant.errors import (
    DraftGoneError,
    RecipientError,
)
from assistant.i18n import draft_language_note
from assistant.mail.capped import ensure_room
from assistant.messages import message_id_for
from assistant.models import Detection, Draft, DraftKind, DraftState, Job, JobState
from assistant.notes_to_self import deliver_debrief_invite
from assistant.services import Services, TickReport
from assistant.store import InterviewRecord
from assistant.text import one_line

# One logger for the package: the log says "assistant.approval: draft …" whichever
# module wrote the line.
log = logging.getLogger("assistant.approval")

# The states a draft can still change from (the user has not finished with it).
OPEN = [DraftState.DRAFTED, DraftState.APPROVED]


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
        if not write_mailbox_copy(services, changed, now, names):
            continue
        services.store.update_draft(draft.id, now, subject=subject, body=body)
        updated.append(draft.id)
    return updated


def write_mailbox_copy(
    services: Services, draft: Draft, now: datetime, names: dict[str, str] | None = None
) -> bool:
    """Replace the mailbox copy with ``draft``; False (and ``gone``) when the user removed it."""
    if not draft.mailbox_ref:
        return True  # not written yet: the pending drafts job writes what the store holds
    try:
        services.checkpoint("refresh:before-mailbox")
        services.mailbox.save_draft(message_for(services, draft, now, names), draft.mailbox_ref)
    except DraftGoneError:
        services.store.move_draft(draft.id, OPEN, DraftState.GONE, now)
        return False
    return True
