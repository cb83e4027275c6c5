"""An address on the invite is never "guessed": choosing whom to write to is its own note.

``drafts list``, ``drafts show``, the notes to self and the web page read the marks of
:mod:`assistant.drafting.marks`; a guessed address (made from a name and the employer's
address pattern) and a recipient the assistant chose are told apart there.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from assistant.drafting.marks import (
    CHOSEN_MARK,
    GUESS_MARK,
    REASON_CHECK_IN_LATEST,
    REASON_OFFER_RECRUITER,
    REASON_OFFER_SENIOR,
    address_guessed,
    draft_marks,
    recipient_chosen,
)
from assistant.drafting.plan import REASON_GUEST, REASON_ITINERARY
from assistant.models import Draft, DraftKind, DraftState

WHEN = datetime(2027, 4, 13, 9, tzinfo=UTC)


def draft(kind: DraftKind, guessed: bool, reason: str | None) -> Draft:
    return Draft(
        1, "k", "evt", kind, DraftState.DRAFTED, ("a@b.example",), "s", "b", WHEN, WHEN,
        guessed_recipient=guessed, reason=reason,
    )  # fmt: skip


@pytest.mark.parametrize("reason", [REASON_OFFER_SENIOR, REASON_OFFER_RECRUITER])
@pytest.mark.parametrize("stored_as_guessed", [False, True])
def test_an_offer_recipient_chosen_from_the_invite_is_chosen_never_guessed(
    reason: str, stored_as_guessed: bool
):
    # stored_as_guessed: a draft made before the two were told apart carried the flag.
    offer = draft(DraftKind.OFFER_REQUEST, stored_as_guessed, reason)
    assert recipient_chosen(offer) and not address_guessed(offer)
    marks = draft_marks(offer, {"offer_discussed": True})
    assert marks == [CHOSEN_MARK]


def test_an_address_made_from_the_itinerary_is_guessed_and_not_chosen():
    thanks = draft(DraftKind.THANK_YOU, True, f"{REASON_ITINERARY}; address guessed as first@x")
    assert address_guessed(thanks) and not recipient_chosen(thanks)
    assert draft_marks(thanks) == [GUESS_MARK]


def test_a_guest_on_the_invite_has_neither_mark():
    assert draft_marks(draft(DraftKind.THANK_YOU, False, REASON_GUEST)) == []


@pytest.mark.parametrize(("guessed", "reason"), [(False, REASON_CHECK_IN_LATEST), (True, None)])
def test_a_check_in_to_the_person_met_last_is_a_choice(guessed: bool, reason: str | None):
    # (True, None): a check-in stored before reasons were given to check-ins.
    check_in = draft(DraftKind.CHECK_IN, guessed, reason)
    assert draft_marks(check_in) == [CHOSEN_MARK]


def test_the_marks_say_what_is_true():
    assert "address" in GUESS_MARK and "guess" not in CHOSEN_MARK
