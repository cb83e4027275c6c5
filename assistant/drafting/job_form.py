"""A job title as a candidate writes it to the employer, not as the ad wrote it.

Ads write a job for every gender: an inclusive ending ("Jefe/a de Producción",
"Leiter/in", "Chargé(e)", "Leiter*in", "Leiter:in", "Directeur·rice", "LeiterIn"),
both forms joined by a slash ("Enfermera Jefa / Enfermero Jefe", as
:func:`assistant.detect.job.gendered.in_both_genders` gives the job back), or a gender note
("Produktionsleiter (m/w/d)", "Chef de projet (H/F)"). A candidate writing about
their own application uses their own form, never the ad's notation. The user's
grammatical gender is not known (nothing in config says it, and it is never guessed
from a name), so a message to an employer leaves such a title out and names "the
role" instead, as a native writer who does not want to pick a form would: "Gracias
por reunirse conmigo para hablar del puesto en …". A gender note alone is dropped
and the title kept: the title before it is the form the ad uses for everyone.
"""

from __future__ import annotations

import re

from assistant.detect.job.gendered import in_both_genders

# "(m/w/d)", "(w/m/d)", "(f/m/x)", "(H/F)", "(M/F/D)", "(gn)": the ad's note that the
# job is open to every gender (German AGG practice, French "H/F").
_GENDER_NOTE = re.compile(
    r"\s*[(\[]\s*(?:[mwfdhx]|div)(?:\s*[/|,]\s*(?:[mwfdhx]|div))+\s*[)\]]"
    r"|\s*\(\s*(?:all genders|gn)\s*\)",
    re.IGNORECASE,
)
# An inclusive ending on a word: "Jefe/a", "Leiter/in", "Chargé(e)", "Leiter*in",
# "Leiter:in", "Leiter_in", "Directeur·rice", "LeiterIn".
_INCLUSIVE_ENDING = re.compile(
    r"[^\W\d_]{2,}(?:/|\(|[*:_·•])(?:a|as|o|os|e|es|in|innen|r|ne|fe|ve|se|rice|trice|ra|euse)\b"
    # German capital I after a noun ending ("LeiterIn", "AutorIn"), not "LinkedIn"
    r"|[^\W\d_]+(?:er|or|eur|ent|ant|at)In(?:nen)?\b"
)


def role_to_employer(role: str) -> str:
    """``role`` as a message to the employer may name it: without a gender note
    ("Produktionsleiter (m/w/d)" → "Produktionsleiter"), and "" when it is written for
    every gender at once ("Jefe/a de Producción", "Enfermera Jefa / Enfermero Jefe"),
    so the message names "the role" instead (see the module docstring)."""
    role = _GENDER_NOTE.sub("", role).strip()
    if _INCLUSIVE_ENDING.search(role):
        return ""
    first, slash, _second = role.partition("/")
    if slash and in_both_genders(first.strip(), (role,)) == role:
        return ""
    return role
