"""The parts of one round: a "virtual onsite" written as several invites in one day.

An onsite or a loop is often three or four invites in one afternoon, one per interviewer
(ModernLoop, GoodTime and Greenhouse write them so). For the user they are one
interview: one "How did it go?" note after the last part
(:func:`assistant.notes_to_self.deliver_debrief_invite`), one thank-you per person met,
and one request for the offer in writing, not one per part (:func:`once_per_round`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta, tzinfo
from email.utils import parseaddr

from assistant.codec import detection_from_dict
from assistant.drafting.plan import PlannedDraft
from assistant.models import DraftKind
from assistant.store import InterviewRecord, StorePort

# The longest break between two parts of one round (a lunch between an onsite's sessions).
PART_GAP = timedelta(hours=3)


def round_parts(store: StorePort, record: InterviewRecord, tz: tzinfo) -> list[InterviewRecord]:
    """The parts of ``record``'s round, ``record`` among them, earliest first: active
    follow-ups with the same employer (a shared employer key of detection,
    :mod:`assistant.detect.verdict.linkage`) on the same day in ``tz``, one after the other
    with at most :data:`PART_GAP` between one's end and the next one's start.

    Invites that overlap are not parts of one sequence, and a morning and an evening
    interview are two. Reads the store's active interviews once: linear in their number.
    """
    day = record.start.astimezone(tz).date()
    keys = employer_keys(record)
    same = sorted(
        [
            other
            for other in store.interviews(active_only=True)
            if other.event_id != record.event_id
            and other.start.astimezone(tz).date() == day
            and keys & employer_keys(other)
        ]
        + [record],
        key=lambda r: (r.start, r.event_id),
    )
    chains: list[list[InterviewRecord]] = []
    for item in same:
        last = chains[-1][-1] if chains else None
        if last is not None and last.end <= item.start <= last.end + PART_GAP:
            chains[-1].append(item)
        else:
            chains.append([item])
    return next(chain for chain in chains if record in chain)


def employer_keys(record: InterviewRecord) -> set[str]:
    """The employer keys detection stored with ``record`` (its company, case-folded, when
    an older record has none)."""
    keys = set(detection_from_dict(record.detection).verdict.employer_keys)
    if not keys and record.company:
        keys.add(record.company.casefold())
    return keys


def once_per_round(
    planned: Iterable[PlannedDraft], store: StorePort, record: InterviewRecord, tz: tzinfo
) -> list[PlannedDraft]:
    """``planned`` (one part's drafts) without what the round's other parts cover.

    - A thank-you to an address another part of the round already has a draft for
      (waiting, approved, sent or deleted by the user) is left out: one thank-you per
      person per round, the first part they were met in.
    - The offer request is made by the round's last part only, and not when another
      part already has one: one request for the offer in writing per round.

    A round of one part keeps every draft. ``tz``: the user's time zone, which says
    what "the same day" is.
    """
    planned = list(planned)
    parts = round_parts(store, record, tz)
    if len(parts) == 1:
        return planned
    others = [p for p in parts if p.event_id != record.event_id]
    made = [d for p in others for d in store.drafts(event_id=p.event_id)]
    thanked = {parseaddr(r)[1].lower() for d in made if d.kind is DraftKind.THANK_YOU for r in d.to}
    asked = any(d.kind is DraftKind.OFFER_REQUEST for d in made)
    last = parts[-1].event_id == record.event_id
    return [
        p
        for p in planned
        if not (p.kind is DraftKind.THANK_YOU and p.recipient.email.lower() in thanked)
        and not (p.kind is DraftKind.OFFER_REQUEST and (asked or not last))
    ]


__all__ = ["PART_GAP", "employer_keys", "once_per_round", "round_parts"]
