"""The people a candidate meets, never the employer: officers and selection bodies.

"Final – Board Chair", "interview with Search Committee", "Panel: Hiring Committee":
a title or a sentence names whom the user meets where it could name the firm. A name
every word of which is an interviewer's rank (``interviewer_ranks`` of
``detect/lang/*.toml``: "Chair", "Founder", "Vorstand", "Prezes") or a selection body's
word is such a meeting's people, whatever domain spells part of it.
"""

from __future__ import annotations

import re

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
