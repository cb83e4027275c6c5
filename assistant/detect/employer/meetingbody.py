"""The people a candidate meets, never the employer: officers and selection bodies.

"Final – Board Chair", "interview with Search Committee", "Panel: Hiring Committee":
a title or a sentence names whom the user meets where it could name the firm. A name
every word of which is an interviewer's rank (``interviewer_ranks`` of
``detect/lang/*.toml``: "Chair", "Founder", "Vorstand", "Prezes") or a selection body's
word is such a meeting's people, whatever domain spells part of it. A title's part
may name the meeting itself ("Portfolio Walkthrough", "Culture Conversation"), never
the firm (:func:`meeting_named`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.detect.employer.domains import squash
from assistant.detect.employer.domainspelling import spells_domain
from assistant.detect.employer.namematch import LEGAL
from assistant.detect.words import wording as w

# A selection body's words, in the languages detection reads: what it is for (search,
# selection, hiring, appointments) and what it is (committee, panel, jury, board).
_BODY_WORD = re.compile(
    r"search|selection|hiring|interview|appointments?|recruitment|committee|panel|jury"
    r"|commission|comit[ée]|comitato|commissie|ausschuss|kommission|kommitt[ée]n?|komisja"
    r"|rekrutacyjna|comiss[ãa]o|selecci[óo]n|sele[çc][ãa]o|kurul|of|the|and|&",
    re.IGNORECASE,
)


def meeting_body(name: str) -> bool:
    """Whether every word of ``name`` is an interviewer's rank or a selection body's
    word ("Board Chair", "Search Committee", "Komisja rekrutacyjna")."""
    words = name.split()
    return bool(words) and all(
        _BODY_WORD.fullmatch(word) or w.INTERVIEWER_RANK.fullmatch(word) for word in words
    )


def meeting_named(candidate: str, labels: Callable[[], tuple[str, ...]]) -> bool:
    """Whether a title's part of two or three words is the meeting's own name ("Portfolio
    Walkthrough", "Culture Conversation"): its last word a meeting's noun
    (``meeting_nouns`` of ``lang/``), no legal form, and no guest's domain spelling it
    (an invite with guests only: the user's own note may write "Acme Review").
    ``labels`` gives the keys of the employer's domains, asked only when needed."""
    words = candidate.split()
    if not (
        2 <= len(words) <= 3
        and w.search(w.MEETING_NOUN_AT_END, candidate)
        and not LEGAL.search(squash(words[-1]))
    ):
        return False
    keys = labels()
    return bool(keys) and not spells_domain(candidate, keys)
