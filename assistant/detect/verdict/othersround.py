"""Someone else's round on the user's calendar, told by a first name and a pronoun.

"Ilse – second interview at Brandt (text her at 5)", "Noé – entretien final, lui écrire
à 11h", "Teodora – 2ª entrevista (ela vai de carro)": the user notes, or is invited by a
partner or a friend to, that person's interview. The title opens with the person's
first name alone in a part of its own and speaks of someone in the third person
(``third_person`` in ``detect/lang/*.toml``); the user's own round is written with the
employer first, and the user never calls themselves "she".

A single word opening a note could be an employer ("Brandt – final interview (she said
bring the portfolio)"): the name counts as a person's when a guest bears it as a first
name, or, in the user's own note, when no earlier round with that name is on the
calendar.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.detect.text.titles import segments
from assistant.detect.words import wording as w

if TYPE_CHECKING:
    from assistant.detect.verdict.evidence import Evidence
    from assistant.detect.verdict.linkage import EmployerIndex

# One word that can be a first name: a capital, then small letters (a hyphen or an
# apostrophe inside: "Anne-Sophie", "D'Arcy"); no digits, no all-capital initials.
_FIRST_NAME = re.compile(r"[^\W\d_][^\W\d_A-Z]*(?:[-'’][^\W\d_][^\W\d_A-Z]*)?")


def third_person_round(ev: Evidence, index: EmployerIndex) -> Evidence:
    """``ev`` vetoed when its title is about another person's interview: it names a
    round or an interview, opens with a first name alone before a separator, and speaks
    of someone in the third person ("… (text her at 11)"). ``ev`` as it is otherwise.

    The first name must be a guest's ("Maëlle – 2e entretien …" sent by Maëlle), or,
    in a note without guests, must name no employer of an earlier round (a note "Brandt
    – final round (he'll call)" after an interview with Brandt stays the user's)."""
    if ev.veto is not None or not (ev.explicit or ev.stage or ev.interview):
        return ev
    parts = segments(ev.title)
    if len(parts) < 2:
        return ev
    lead = parts[0][0].strip()
    if not (_FIRST_NAME.fullmatch(lead) and lead[0].isupper()):
        return ev
    rest = ev.title[ev.title.find(lead) + len(lead) :]
    pronoun = w.first_match(w.THIRD_PERSON, rest)
    if pronoun is None:
        return ev
    if not _a_guests_name(ev, lead) and not (ev.solo and index.earlier_round(ev) is None):
        return ev
    veto = f"about {lead}'s interview, not yours: the title speaks of “{pronoun}”"
    return replace(ev, veto=veto)


def _a_guests_name(ev: Evidence, name: str) -> bool:
    """Whether someone invited besides the user has ``name`` as their first name."""
    wanted = name.casefold()
    return any(person.name and person.name.split()[0].casefold() == wanted for person in ev.guests)
