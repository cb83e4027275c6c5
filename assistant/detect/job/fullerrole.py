"""A job written in an inclusive form in one place and whole in another: the title's
"Odontólogo/a Especialista" where the description writes "Odontóloga Especialista en
Ortodoncia", "Berater/in Vertrieb" where it writes "Beraterin Vertrieb für Medizintechnik".

The title shortens; the description writes the job as the posting names it, with its
specialism after a joining word ("en", "de", "für", "in"). The fuller form written wins,
in the gendered reading the description uses. Only a role written inclusively is read
so: one word of the posting's own, not a sentence's "Gerente en Lima".
"""

from __future__ import annotations

import re

from assistant.detect.employer.namematch import CITIES

# An inclusive ending: "Odontólogo/a", "Leiter/in", "Leiter*in", "Leiter:in", "Chargé·e",
# "Diretor(a)".
_INCLUSIVE = re.compile(r"(\w{3,})(?:[/*:·]|\()(a|o|e|in|innen|r|ne|fe|ve|se|trice|ra)\)?(?!\w)")
# The joining word and the specialism's capitalised words after the job.
_SPECIALISM = (
    r"(?:[^\S\n]+(?:en|de|del|in|di|da|do|für|voor|of|w|i)[^\S\n]+"
    r"[A-ZÀ-ÖØ-Þ][\w-]*(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][\w-]*){0,2})"
)


def _readings(word: str, ending: str) -> list[str]:
    """The gendered words an inclusive word stands for: "Odontólogo/a" → "Odontólogo",
    "Odontóloga"; "Leiter/in" → "Leiter", "Leiterin"."""
    forms = [word, word + ending]
    if len(ending) < len(word):
        forms.append(word[: len(word) - len(ending)] + ending)
    return sorted(set(forms), key=len, reverse=True)


def fuller_in_text(role: str | None, text: str) -> str | None:
    """``role`` as ``text`` writes it whole, with its specialism after a joining word,
    when ``role`` is written inclusively (str or None in, the same out); else ``role``."""
    if not role or not text or not _INCLUSIVE.search(role):
        return role  # the cheap test first: most roles are written in one gender
    pattern, at = "", 0
    for match in _INCLUSIVE.finditer(role):
        pattern += re.escape(role[at : match.start()])
        words = _readings(match.group(1), match.group(2))
        pattern += "(?:" + "|".join(re.escape(word) for word in words) + ")"
        at = match.end()
    pattern += re.escape(role[at:])
    pattern = pattern.replace(r"\ ", r"[^\S\n]+")
    found = re.search(r"(?<!\w)" + pattern + "(" + _SPECIALISM + r")(?![\w-])", text)
    if found is None:
        return role
    place = found.group(1).split()[1:]  # "… en Lima": where the job is, not which job
    if all(word.casefold() in CITIES for word in place):
        return role
    return " ".join(found.group(0).split())
