"""The job a sentence names after its word for the vacancy, in any language of ``lang/``:
"interesse na posição de Diretor Comercial", "über die Rolle Senior Engineer Antriebe
sprechen", "su interés en la vacante de Jefe de Planta", "na oportunidade Analista de
Risco – Crédito (Ref.ª 12/44)".

The words for the vacancy are each language's ``position_before`` (the words that open
a job's phrase); in a sentence, an article or a preposition comes before them
(a field's label, "Stelle: …", is :mod:`.rolefield`'s). The job is written with capitals (a job's
word in it, :func:`.roleclean.clean_role`), and keeps the specialism after a dash that
closes the sentence or comes before a bracket (:func:`.specialism.with_labelled_specialism`).
Asked by :func:`.roletext.role_in_text` when none of its sentences names a job.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.detect.job.jobbracket import MEETING_NOTE, WORK_MODE
from assistant.detect.job.roleclean import ROLE_NOISE, ROLE_PHRASE, clean_role
from assistant.detect.job.specialism import with_labelled_specialism
from assistant.detect.places.placenames import is_city, place_in_bracket
from assistant.detect.text.titles import round_words
from assistant.detect.words.matcher import Alternative, Vocabulary
from assistant.detect.words.vocabulary import fragments

# The articles and prepositions before a word for the vacancy in a sentence ("na
# posição", "die Rolle", "la vacante", "à posição", "alla posizione", "voor de functie"),
# or the start of a line or of an answer after a colon, where a note or a booking form's
# answer opens with it ("…: Vacante Jefe de Almacén – Acme").
_BEFORE = (
    r"(?:(?<![\w'’-])(?:the|this|that|na|à|a|da|ao|pela|die|der|den|zur|la|el|del|al"
    r"|il|alla|della|sulla|le|au|du|de|het|voor|för|om|w|o|do|no|para\s+[ao])[^\S\n]+"
    r"|(?<![^\n])|(?<=[:：][^\S\n]))"
)


@cache
def _vacancy_word() -> Vocabulary:
    """Every spaced language's ``position_before`` after an article or a preposition:
    made on first use, and tried only on texts holding one of the words (its prefilter)."""
    return Vocabulary(
        [Alternative(_BEFORE, tuple(fragments("position_before", True)), r"[^\S\n]+")]
    )


# The small word tying the vacancy's word to the job ("posição de", "Stelle als"), and
# the job after it (group 1), read where a word for the vacancy ends.
_TIE = r"(?:of|as|als|de|d['’]|di|da|do|du|del|des|van|para|som|für|voor|na)"
_JOB_AFTER = re.compile(rf"(?i:{_TIE}[^\S\n]+)?" + ROLE_PHRASE)


def not_specialism(words: str) -> bool:
    """Whether words after a labelled job's dash are no specialism: a town or a site, a
    way of working, a round, a note on the meeting. A region or country alone is the
    market the job covers ("– Asie-Pacifique") and stays."""
    return bool(
        is_city(words)
        or place_in_bracket(words)
        or WORK_MODE.search(words)
        or round_words().search(words)
        or MEETING_NOTE.search(words)
        or ROLE_NOISE.search(words)
    )


def role_after_vacancy_word(text: str) -> str | None:
    """The job ``text`` names in a sentence after its word for the vacancy (see the
    module's note), or ``None``: "… à posição de Consultora Sénior de Relações Públicas."
    → "Consultora Sénior de Relações Públicas"."""
    for word in _vacancy_word().finditer(text):
        match = _JOB_AFTER.match(text, word.end())
        role = clean_role(match.group(1), needs_role_word=True) if match else None
        if role and text.startswith(role, match.start(1)):
            return with_labelled_specialism(role, text, match.start(1) + len(role), not_specialism)
        if role:
            return role
    return None
