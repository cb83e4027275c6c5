"""Inclusive endings glued to a job's word in brackets ("Geólogo(a)", "Leiter(in)",
"Consultor(a)", "Chef(fe)"): part of the word, not a bracket that closes the job.

Readers of jobs split at brackets (a bracket after a job is a note, a unit or a
specialism: :mod:`.bracketnote`); these endings are written with a slash while they read,
and given back as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# An inclusive ending glued to its word in brackets: "Diretor(a)", "Leiter(in)", "Chef(fe)";
# or German's after a colon, a star or an underscore: "Aktuar:in", "Leiter*innen", "Pfleger_in"
_GLUED_ENDING = re.compile(
    r"(\w{3,})(?:\((a|o|e|in|innen|r|ne|fe|ve|se|trice|ra)\)|[:*_](in|innen)(?=[\s,)]|$))(?!\w)"
)


def with_glued_endings(read: Callable[[str], str | None], text: str) -> str | None:
    """``read(text)`` with each inclusive ending glued in brackets ("Geólogo(a)",
    "Leiter(in)") written with a slash while it reads, and given back as written: the
    bracket is part of the word, not a bracket closing the job ("Geólogo(a) Sênior de
    Exploração" is not "Geólogo")."""
    if "(" not in text and ":in" not in text and "*in" not in text and "_in" not in text:
        return read(text)  # the cheap test first: most titles have no bracket
    glued = {
        m.group(0): f"{m.group(1)}/{m.group(2) or m.group(3)}" for m in _GLUED_ENDING.finditer(text)
    }
    for written, slashed in glued.items():
        text = text.replace(written, slashed)
    role = read(text)
    for written, slashed in glued.items():
        role = role.replace(slashed, written) if role else role
    return role
