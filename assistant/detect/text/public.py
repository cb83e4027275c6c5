"""A public event's words in a description ("RSVP", "your ticket", "doors open at 7"),
read apart from the sentences that use the same words for a car park ("Park in P2 and
I'll validate your ticket"): a ticket there is a parking ticket, and an interview held
on site often says where to park."""

from __future__ import annotations

import re

from assistant.detect.words import wording as w

# Where a sentence ends, in scripts with and without spaces.
_END = re.compile(r"[.!?\n。！？]")


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` holding ``text[start:end]``."""
    before = max((m.end() for m in _END.finditer(text, 0, start)), default=0)
    after = _END.search(text, end)
    return text[before : after.start() if after else len(text)]


def public_words(text: str) -> str | None:
    """The first words of a public event (:data:`~.wording.PUBLIC_EVENT`) in the
    description ``text`` that stand in no sentence about parking (``PARKING``: "park",
    "Tiefgarage", "estacionamiento", "駐車"), tidied for a reason string; ``None`` when
    there are none."""
    for found in w.PUBLIC_EVENT.finditer(text):
        if not w.search(w.PARKING, _sentence(text, found.start(), found.end())):
            return " ".join(found.group(0).split())
    return None
