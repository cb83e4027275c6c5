"""What the user should know about a draft before sending it, shown beside it (never in it).

A module of its own so listing drafts (``drafts list``, the web page) reads the
marks without loading the composing and detection machinery.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from assistant.i18n import N_, draft_language_note
from assistant.models import Draft, DraftKind

if TYPE_CHECKING:
    from assistant.store.protocol import StorePort

# Shown beside the offer request in `drafts list`, the web page and the note to self;
# never inside the message itself. Until a debrief records an offer, the request asks
# about next steps and for the offer in writing once one is made (the article's advice:
# get it in writing, take a few days); the mark says so, and how to make it thank for
# an offer that was made.
# Marked for the catalogs: the notes to self translate them (``_(mark)`` in the template).
OFFER_MARK = N_("no offer assumed: if one was made, run debrief first")
# An address that is on no invite: made from a name and the employer's address pattern.
GUESS_MARK = N_("address guessed: check it before approving")
# An address the interview's invite does not give, taken from an earlier round's invite
# where the person named had it (the reason says which round).
REUSED_MARK = N_("address from an earlier round: check it is the same person")
# An address from the invite, but the assistant chose whom to write to.
CHOSEN_MARK = N_("recipient chosen by the assistant: check they are the right person")
EDITED_MARK = N_("edited by you")

# Why a draft goes to someone the assistant chose, the address being on the invite
# (the reasons :mod:`assistant.drafting.plan` and the check-in store with the draft).
REASON_OFFER_RECRUITER = "the recruiter the invite names"
REASON_OFFER_SENIOR = "the most senior-looking person (no person organised it)"
REASON_CHECK_IN_LATEST = "the person you met most recently"
REASON_OFFER_REPLY = "the address the invite gives for replies"
CHOSEN_REASONS = frozenset(
    {REASON_OFFER_RECRUITER, REASON_OFFER_SENIOR, REASON_OFFER_REPLY, REASON_CHECK_IN_LATEST}
)
# How a reason says the address came from an earlier round
# (:attr:`assistant.drafting.earlier_addresses.Sighting.source`): "…; address from the
# 12 March 2026 round “…”".
FROM_EARLIER_ROUND = "address from the "


def recipient_chosen(draft: Draft) -> bool:
    """Whether the assistant chose whom ``draft`` goes to (no one organised the interview),
    at an address the invite gives. Drafts stored before this distinction carried
    ``guessed_recipient`` for such a choice: a check-in's recipient is always one."""
    return draft.reason in CHOSEN_REASONS or (
        draft.kind is DraftKind.CHECK_IN and draft.guessed_recipient
    )


def address_guessed(draft: Draft) -> bool:
    """Whether ``draft``'s address is on no invite: guessed from a name and the employer's
    address pattern (:func:`assistant.detect.text.itinerary.guess_address`). An address on
    the invite is never a guess, whoever chose to write to it."""
    return draft.guessed_recipient and not recipient_chosen(draft)


def invite_language(store: StorePort, event_id: str) -> str:
    """The language detection found for interview ``event_id`` ("pt"), "" when unknown."""
    record = store.find_interview(event_id)
    verdict = (record.detection.get("verdict") or {}) if record is not None else {}
    return str(verdict.get("language") or "")


def language_mark(draft: Draft, language: str) -> str:
    """ "written in English: no Portuguese drafts yet (the invite is in Portuguese)" for a
    draft written in English because the invite's ``language`` has no drafts; else ""."""
    # A check-in is written in the user's own language, not the invite's.
    return draft_language_note(language) if draft.kind is not DraftKind.CHECK_IN else ""


def address_reused(draft: Draft) -> bool:
    """Whether ``draft``'s address is on an earlier round's invite, not on its own: the
    person the invite names was matched by name (:mod:`assistant.drafting.unaddressed`)."""
    return not draft.guessed_recipient and f"; {FROM_EARLIER_ROUND}" in (draft.reason or "")


def draft_marks(
    draft: Draft, debrief: Mapping[str, Any] | None = None, language: str = ""
) -> list[str]:
    """What the user should know about a draft before sending it (never in the message).

    The offer request carries :data:`OFFER_MARK` until its interview's ``debrief``
    (``store.debrief(draft.event_id)``) records that an offer was discussed; from
    then on its text thanks for the offer, so the mark would be wrong. ``language``
    is the invite's (:func:`invite_language`): a draft in English for an invite in a
    language without drafts says so first (:func:`assistant.i18n.draft_language_note`).
    """
    note = language_mark(draft, language)
    marks = [note] if note else []
    offer_discussed = bool((debrief or {}).get("offer_discussed"))
    if draft.kind is DraftKind.OFFER_REQUEST and not offer_discussed:
        marks.append(OFFER_MARK)
    if address_guessed(draft):
        marks.append(GUESS_MARK)
    if address_reused(draft):
        marks.append(REUSED_MARK)
    if recipient_chosen(draft):
        marks.append(CHOSEN_MARK)
    if draft.edited:
        marks.append(EDITED_MARK)
    return marks
