"""A role that is the employer's name ("Grupo Acme" at "Acme Servicios, S.L.",
"株式会社森谷設計" written without its legal form), or that name and the rank of whom the
round is with ("瑞康医药 CEO", "Acme CTO"): the firm and whom the user meets, never the job.

A title's part or an earlier round may give such a name where the job is meant; the
verdict then keeps the job another round named, or none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.detect.employer.domains import squash
from assistant.detect.words import wording as w
from assistant.detect.words.writing import UNSPACED

# A group's word before its name ("Grupo Acme", "Gruppe Acme"): the group, not the job.
_GROUP_FIRST = re.compile(r"^(?:Grupo|Group|Gruppe|Groupe|Gruppo|Grupa|Groep|Koncernen)\s+", re.I)
_SHORTEST = 6  # letters a name needs to be told apart from a job's word
_SHORTEST_UNSPACED = 3  # characters, in a script without spaces


def _inside(words: str, firms: tuple[str, ...]) -> bool:
    """Whether ``words``, squashed, are inside one of the squashed ``firms`` names."""
    key = squash(_GROUP_FIRST.sub("", words))
    shortest = _SHORTEST_UNSPACED if UNSPACED.search(key) else _SHORTEST
    return len(key) >= shortest and any(key in firm for firm in firms)


def is_the_employer(role: str, names: Iterable[str]) -> bool:
    """Whether ``role`` is written as one of the employer's ``names`` (its name as found,
    its keys): wholly inside one of them, a group's word before it allowed, or followed
    by the rank of the person the round is with ("浦江银行 CTO"). A job's word in it
    ("Logistics Manager" at "Norteval Logistics Manager Ltd") keeps it a job, but in a
    script without spaces, where a firm's name holds one as often."""
    firms = tuple(squash(name) for name in names if name)
    if not firms:
        return False
    if _firm_then_rank(role, firms):
        return True
    # in a script without spaces a job's word is a firm's as often ("森谷設計事務所")
    spaced = not UNSPACED.search(role)
    if spaced and w.search(w.ROLE_NOUN, _GROUP_FIRST.sub("", role)):
        return False
    return _inside(role, firms)


def _firm_then_rank(role: str, firms: tuple[str, ...]) -> bool:
    """Whether ``role`` is a firm's name, a space, and an interviewer's rank in capitals
    ("CEO", "CTO"): "Logistics Manager" is a job, whatever the firm is called."""
    head, space, rank = role.rpartition(" ")
    return (
        bool(space)
        and rank.isupper()
        and bool(w.INTERVIEWER_RANK.fullmatch(rank))
        and _inside(head, firms)
    )
