"""The user's own placeholder for a round whose real invite is on the calendar too.

A note marked unconfirmed ("2nd round – Acme?? (to confirm)", "Zweitgespräch Acme –
vorläufig") stands for a round until the invite comes; acting on both would brief the
user twice. The words that mark a note unconfirmed and those of travel are data
(``tentative`` and ``travel`` in ``assistant/detect/lang/*.toml``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

from assistant.detect.words import wording as w

if TYPE_CHECKING:
    from assistant.detect.verdict.evidence import Evidence
    from assistant.detect.verdict.linkage import EmployerIndex


# How far a placeholder's guessed date may be from the invite it stands for.
PLACEHOLDER_WINDOW = timedelta(days=21)


def placeholder(ev: Evidence, index: EmployerIndex) -> Evidence:
    """``ev`` vetoed when it is the user's own note marked unconfirmed ("2nd round –
    Acme?? (to confirm)", "Zweitgespräch Acme – vorläufig") and the invite to that round
    is on the calendar too: acting on both would brief the user twice."""
    if not (ev.solo and ev.veto is None and (ev.explicit or ev.stage)):
        return ev
    marked = ("??" if "??" in ev.title else None) or _unconfirmed(ev.title)
    marked = marked or (_unconfirmed(ev.text) if ev.text else None)
    real = index.later_invite_near(ev, PLACEHOLDER_WINDOW) if marked else None
    if real is None:
        return ev
    veto = (f"your own placeholder, marked unconfirmed (“{marked}”), for a round whose "
            f"invite is on your calendar: “{real.title}”")  # fmt: skip
    return replace(ev, veto=veto)


# Where a clause of a title or a note begins: the word before a tentative mark is in it.
_CLAUSE_START = re.compile(r"[^.,;:!?()\[\]–—|/-]*$")


def _unconfirmed(text: str) -> str | None:
    """The word marking ``text`` unconfirmed ("TBC", "vorläufig"), unless it marks the
    travel in its clause ("Flights TBD", "(hotel tbc w/ Jo)"): the round is booked,
    the journey to it is not. ``None`` when nothing is marked so."""
    found = w.search(w.TENTATIVE, text)
    if found is None:
        return None
    clause = _CLAUSE_START.search(text[: found.start()])
    if clause and w.search(w.TRAVEL, clause.group(0)):
        return None
    return " ".join(found.group(0).split())
