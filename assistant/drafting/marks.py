"""What the user should know about a draft before sending it, shown beside it (never in it).

A module of its own so listing drafts (``drafts list``, the web page) reads the
marks without loading the composing and detection machinery.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from assistant.i18n import N_
from assistant.models import Draft, DraftKind

# Shown beside the offer request in `drafts list`, the web page and the note to self;
# never inside the message itself.
# Marked for the catalogs: the notes to self translate them (``_(mark)`` in the template).
OFFER_MARK = N_("send if an offer was discussed")
GUESS_MARK = N_("recipient guessed: check it before approving")
EDITED_MARK = N_("edited by you")


def draft_marks(draft: Draft, debrief: Mapping[str, Any] | None = None) -> list[str]:
    """What the user should know about a draft before sending it (never in the message).

    The offer request carries :data:`OFFER_MARK` until its interview's ``debrief``
    (``store.debrief(draft.event_id)``) records that an offer was discussed; from
    then on its text thanks for the offer, so the mark would be wrong.
    """
    marks = []
    offer_discussed = bool((debrief or {}).get("offer_discussed"))
    if draft.kind is DraftKind.OFFER_REQUEST and not offer_discussed:
        marks.append(OFFER_MARK)
    if draft.guessed_recipient:
        marks.append(GUESS_MARK)
    if draft.edited:
        marks.append(EDITED_MARK)
    return marks
