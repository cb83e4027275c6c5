"""The approval workflow: ``drafted → approved → sent``, or ``rejected``, or ``gone``.

The CLI and the web page both call these functions, so both keep the same rules.
Every transition is a compare-and-set in the store, so approving twice sends once;
the mailbox refuses a second copy of a Message-ID, so a crash after sending and
before recording does not send again either.
"""

from __future__ import annotations

import logging
from datetime import datetime

from assistant.compose import draft_message
from assistant.errors import DraftGoneError, UsageError
from assistant.models import Draft, DraftState
from assistant.runner import Services

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
