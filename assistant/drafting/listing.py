"""What listing drafts needs: their stored reasons, and drafts gone from the mailbox noticed.

``drafts list`` and the web page read the store (and, to notice drafts the user
sent or deleted in their mail client, the mailbox) and nothing else: this module
imports neither composing nor detection. Only a draft made before reasons were
stored (migration ``0004_draft_reason``) has its reason planned again, and only
then are the planning modules loaded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from assistant.models import Draft, DraftState

if TYPE_CHECKING:
    from assistant.detect.profile import Profile
    from assistant.mail.base import Mailbox
    from assistant.store.protocol import StorePort


def gone_from_mailbox(store: StorePort, mailbox: Mailbox) -> list[Draft]:
    """The ``drafted`` drafts whose mailbox copy is no longer there (the user sent or
    deleted it in their mail client). Reads only: see :func:`notice_gone`."""
    return [
        draft
        for draft in store.drafts(states=[DraftState.DRAFTED])
        if draft.mailbox_ref and not mailbox.draft_exists(draft.mailbox_ref)
    ]


def notice_gone(store: StorePort, mailbox: Mailbox, now: datetime) -> list[int]:
    """Mark ``drafted`` drafts whose mailbox copy the user sent or deleted in their mail
    client as ``gone``; return their ids. ``now``: aware datetime of the change. The
    caller holds the home's lock (a pass may be writing a copy again meanwhile)."""
    return [
        draft.id
        for draft in gone_from_mailbox(store, mailbox)
        if store.move_draft(draft.id, [DraftState.DRAFTED], DraftState.GONE, now)
    ]


def draft_reasons(
    store: StorePort, drafts: Iterable[Draft], profile: Callable[[], Profile]
) -> dict[int, str]:
    """Why each draft exists ("on the invite", "named in the invite's itinerary"…), by id.

    The reason stored with the draft when it was made; for a draft made before
    reasons were stored (``Draft.reason`` None), planned again from the stored
    interview, once per interview, with ``profile()`` (called only then). A draft
    whose interview is no longer stored, or that no plan makes (a check-in), gets "".
    """
    reasons = {}
    planned: dict[str, dict[str, str]] = {}
    for draft in drafts:
        if draft.reason is not None:
            reasons[draft.id] = draft.reason
            continue
        if draft.event_id not in planned:
            planned[draft.event_id] = _planned_reasons(store, draft.event_id, profile)
        reasons[draft.id] = planned[draft.event_id].get(draft.key, "")
    return reasons


def _planned_reasons(
    store: StorePort, event_id: str, profile: Callable[[], Profile]
) -> dict[str, str]:
    """Draft key → reason, as the drafts of ``event_id``'s stored interview are planned now."""
    from assistant.codec import detection_from_dict
    from assistant.drafting.address_book import address_book
    from assistant.drafting.plan import plan_drafts

    record = store.find_interview(event_id)
    if record is None:
        return {}
    detection = detection_from_dict(record.detection)
    planned = plan_drafts(
        detection, profile(), store.debrief(event_id), address_book(store, profile())
    )
    return {p.key: p.reason for p in planned}
