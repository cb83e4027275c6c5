"""A bracket or a title's part that is no part of the job: whom the user meets, or the unit.

"Program Manager (Executive Director)" names the person the round is with; "Case
Manager (Adult Protection Division)" the unit the job sits in, "Case Manager (APAC)" and
"Paralegal (Equipa Ásia-Pacífico)" its place (:mod:`.placenames`). All are dropped from the role, where a specialism ("Staff Nurse (Cardiology)") stays (:mod:`.roles`).
"""

from __future__ import annotations

import re
from collections.abc import Set
from functools import cache

from assistant.detect.places.placenames import place_in_bracket
from assistant.detect.words import wording as w
from assistant.detect.words.vocabulary import fragments


def whom_or_unit(bracket: str) -> bool:
    """Whether a bracket after a job says whom the user meets ("(Executive Director)"),
    the unit or the place the job sits in ("(Family Services Division)", "(APAC)"):
    not the job's own."""
    inner = bracket.strip("()（） ")
    words = inner.split()
    return bool(words) and (
        bool(w.INTERVIEWER_RANK.fullmatch(inner))
        or all(w.INTERVIEWER_RANK.fullmatch(word) for word in words)
        or bool(w.search(w.UNIT_AT_END, inner) or w.search(w.UNIT_AT_END, words[0]))
        or place_in_bracket(inner)
    )


def rank_in_lower_case(part: str) -> bool:
    """Whether a title's part is whom the user meets written in lower case, as a note
    writes it ("Round 2 w/ Acme - clinical director", "Final – Acme (board advisor)"):
    a rank's word ("director", "board", "owner") in a part with no capital. A job the
    title names is written with capitals, or said to be one ("senior SLP role")."""
    cased = part.upper() != part  # scripts without capitals write their jobs so
    return cased and part == part.lower() and bool(w.INTERVIEWER_RANK.search(part))


def rank_after_capital(part: str) -> bool:
    """Whether a title's part names a session by whom it is with, written in sentence
    case ("Cross-functional partner", "Plant tour with owner"): a capitalised first word
    that is no job's, and every job's word after it a rank in lower case. A job is
    written with its own word capitalised ("HR Business Partner", "Directeur commercial")."""
    words = part.split()
    if len(words) < 2 or not words[0][:1].isupper() or w.search(w.ROLE_NOUN, words[0]):
        return False
    found = list(w.ROLE_NOUN.finditer(part))
    return bool(found) and all(
        m.group(0).islower() and w.INTERVIEWER_RANK.fullmatch(m.group(0)) for m in found
    )


@cache
def _with_first() -> re.Pattern[str]:
    """A part opening with a word for "with" or "meet" of any language in ``lang/``
    (``people_with``: "with", "med", "con", "com", "mit"), a word after it; a meeting's
    noun (``meeting_nouns``) and a stage's word (``stage_words``) may come first
    ("Conversa final com o …", "Reunión final con la …"): whom the meeting is with."""
    spaced = "|".join(fragments("people_with", True))
    noun = "|".join(fragments("meeting_nouns", True))
    stage = "|".join(fragments("stage_words", True))
    meeting = rf"(?:(?:{noun})(?:\s+(?:{stage}))?\s+)?"
    return re.compile(rf"^{meeting}(?P<with>{spaced})(?![\w.@/])\s*(?=\S)", re.I)


def opens_with_whom(part: str) -> bool:
    """Whether a title's part opens with the word for "with" of any language ("(med
    hotelldirektören)", "(con gerente de campo y dueño)", "w/ VP Sales"): whom the user
    meets, never the job, whatever rank's words follow."""
    found = _with_first().match(part.strip())
    if found is None:
        return False
    # capitalised, the word may begin a job's own name ("Med Spa Manager"): then only
    # before a rank ("Med CTO"), no job's word, or lower case; English "With" begins none
    rest = part.strip()[found.end() :]
    return (
        found.group(0)[:1].islower()
        or found.group("with").split()[0].casefold() in ("with", "w/")
        or rest[:1].islower()
        or bool(w.INTERVIEWER_RANK.match(rest))
        or not w.search(w.ROLE_NOUN, rest)
    )


@cache
def _attends_at_end() -> re.Pattern[str]:
    """A word saying someone attends (``people_attend`` of ``lang/``: "attending",
    "anwesend", "同席", "참석") closing a part, after a word of its own."""
    spaced = "|".join(fragments("people_attend", True))
    unspaced = "|".join(fragments("people_attend", False))
    return re.compile(rf"(?:\S\s+(?:{spaced})|\S\s*(?:{unspaced}))\W*$", re.I)


def says_who_attends(part: str) -> bool:
    """Whether a title's part closes with a word saying who attends ("Head of HR
    attending", "日本支社 山田部長 同席", "임원 참석"): whom the user meets, never the job."""
    return _attends_at_end().search(part.strip("()（） ")) is not None


# A bracket closing a role: "(Ana Ruiz)", "(A. Ruiz)".
_LAST_BRACKET = re.compile(r"\s*[(（]([^()（）]{1,60})[)）]\s*$")


def without_people_bracket(role: str | None, people: Set[str]) -> str | None:
    """``role`` without a closing bracket that holds only names of people on the invite
    ("Clinical Supervisor (Ana Ruiz)" → "Clinical Supervisor"): the candidate or the
    interviewer a scheduler writes after the job, never the job's own. ``people`` are
    the lower-case words of the invite's names (the user's too); an initial counts
    ("(A. Ruiz)") when a full name word is there. ``None`` stays ``None``."""
    found = _LAST_BRACKET.search(role or "")
    if not (role and found):
        return role
    words = [word.strip(".,").casefold() for word in found.group(1).split()]
    named = [word for word in words if word in people or _name_parts_in(word, people)]
    initials = [word for word in words if len(word) == 1 and word.isalpha()]
    if named and len(named) + len(initials) == len(words):
        return role[: found.start()].rstrip() or role
    return role


def _name_parts_in(word: str, people: Set[str]) -> bool:
    """Whether a hyphenated name's every part is a name word there ("Ruiz-Soto")."""
    parts = word.split("-")
    return len(parts) > 1 and all(part in people for part in parts)
