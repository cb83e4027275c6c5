"""What ``mark`` does: find the events an id names, set or clear the override, and
withdraw what was planned for an interview the user says is not one.

A mark can be wrong, so what it withdraws comes back when it is undone: the dropped
briefing and drafts jobs are pending again once the pass plans them again
(``Store.reconcile_jobs``), and the drafts it rejected are kept by id (the store's
``withdrawn_by_mark`` meta) until a pass finds the interview a follow-up again and
files them once more (:func:`restore_withdrawn`).

No click here: the command prints the lines these functions return.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from assistant import approval
from assistant.durations import plural
from assistant.errors import AssistantError
from assistant.models import Detection, DraftState, JobKind, JobState
from assistant.services import Services
from assistant.store import StorePort

# Event id → ids of the drafts a mark withdrew, until they are filed again.
WITHDRAWN = "withdrawn_by_mark"


@dataclass
class Marking:
    """Sets and clears marks for ``mark``, with the services of the user's home."""

    services: Services
    now: datetime

    def set(self, event_ids: Sequence[str], follow_up: bool) -> list[str]:
        """Mark each event; for ``follow_up=False`` also withdraw its drafts and briefing.

        Returns the lines to print: what was marked and what was withdrawn.
        """
        store = self.services.store
        what = "a follow-up interview" if follow_up else "not a follow-up interview"
        lines = []
        for event_id in event_ids:
            store.set_override(event_id, follow_up, self.now)
            lines.append(f"Marked {event_id} as {what}.")
            if not follow_up:
                lines.extend(self.withdraw(event_id))
            else:
                lines.extend(self.coming_back(event_id, cleared=False))
        lines.append(
            "The next pass plans its briefing and drafts."
            if follow_up
            else "Nothing more will be prepared for it; `pipeline` shows the change after the"
            " next pass (`interview-assistant tick`)."
        )
        return lines

    def withdraw(self, event_id: str) -> list[str]:
        """Reject the event's waiting drafts (their mailbox copies are deleted) and drop
        its pending jobs, the briefing among them. Returns what was done, in words."""
        store = self.services.store
        waiting = store.drafts(states=[DraftState.DRAFTED, DraftState.APPROVED], event_id=event_id)
        for draft in waiting:
            approval.reject(self.services, draft.id, self.now)
        briefings = [
            r
            for r in store.jobs(event_id=event_id, state=JobState.PENDING)
            if r.job.kind is JobKind.BRIEFING
        ]
        store.reconcile_jobs(event_id, [], self.now)
        withdrawn = _withdrawn(store)
        withdrawn[event_id] = sorted({*withdrawn.get(event_id, []), *(d.id for d in waiting)})
        _keep_withdrawn(store, withdrawn)
        lines = []
        if waiting:
            ids = ", ".join(str(d.id) for d in waiting)
            lines.append(
                f"  Withdrew {plural(len(waiting), 'waiting draft')} ({ids}): rejected, "
                "and removed from your mailbox's drafts."
            )
        if briefings:
            lines.append("  Dropped its pending briefing; it will not be sent.")
        if waiting or briefings:
            lines.append(
                f"  Wrong? `interview-assistant mark {event_id} --follow-up` brings back "
                "what was withdrawn."
            )
        return lines

    def coming_back(self, event_id: str, *, cleared: bool) -> list[str]:
        """The line saying that drafts withdrawn by a mark return at the next pass."""
        count = len(_withdrawn(self.services.store).get(event_id, []))
        if not count:
            return []
        when = "if detection finds it a follow-up interview" if cleared else "at the next pass"
        return [
            f"  Its {plural(count, 'withdrawn draft')} {'comes' if count == 1 else 'come'} "
            f"back {when}, "
            "waiting for your approval again."
        ]

    def clear(self, event_ids: Sequence[str]) -> list[str]:
        """Remove the marks; automatic detection decides at the next pass."""
        lines = []
        for event_id in event_ids:
            if self.services.store.clear_override(event_id):
                lines.append(f"Cleared the mark on {event_id}.")
                lines.extend(self.coming_back(event_id, cleared=True))
            else:
                lines.append(f"{event_id} had no mark; nothing changed.")
        lines.append("Automatic detection decides at the next pass.")
        return lines


def _withdrawn(store: StorePort) -> dict[str, list[int]]:
    data = json.loads(store.get_meta(WITHDRAWN) or "{}")
    return {str(k): [int(i) for i in v] for k, v in data.items()}


def _keep_withdrawn(store: StorePort, withdrawn: dict[str, list[int]]) -> None:
    store.set_meta(WITHDRAWN, json.dumps({k: v for k, v in withdrawn.items() if v}))


def restore_withdrawn(
    services: Services, detections: Iterable[Detection], now: datetime
) -> tuple[list[int], list[str]]:
    """File again the drafts a mark withdrew, for each of ``detections`` that is a
    follow-up again (its mark reversed, or cleared and detection agrees).

    Each comes back once, as a draft waiting for approval (an approval given before the
    mark is asked again): moved from ``rejected`` by compare-and-set, then written to
    the mailbox; an interview's record is forgotten once all its copies are written, so
    a crash or a mailbox error in between is finished by the next pass. Returns the ids
    filed again and the errors, in words.
    """
    store = services.store
    withdrawn = _withdrawn(store)
    restored: list[int] = []
    errors: list[str] = []
    back = [d.event.event_id for d in detections if d.verdict.is_follow_up]
    for event_id in [e for e in back if e in withdrawn]:
        try:
            for draft_id in withdrawn[event_id]:
                store.move_draft(
                    draft_id,
                    [DraftState.REJECTED],
                    DraftState.DRAFTED,
                    now,
                    mailbox_ref="",
                    send_at=None,
                )
                if approval.file_draft(services, store.draft(draft_id), now):
                    restored.append(draft_id)
        except AssistantError as error:
            errors.append(f"restoring the drafts of {event_id}: {error}")
            continue
        del withdrawn[event_id]
        _keep_withdrawn(store, withdrawn)  # at once: a later rejection is the user's own
    return restored, errors
