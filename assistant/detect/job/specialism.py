"""A job's specialism written after a dash ("Exploration Geologist – Iron Ore", "Senior
Geologist – Core Logging & QA/QC", "Operations Manager - Festivals"): part of the job as
the posting titles it, where the dash closes a bracket's or a line's job or comes before
its employer ("… at Quartzline").

In a title's parts a dash mostly separates the employer, the job and the round, so the
specialism is kept there only where nothing else can follow it: inside the same bracket
as the job ("(Senior Geologist – Generative Exploration)") or before "at <employer>". A
name cut at an initial ("… - Harriet N") is never one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# The dash and the specialism's capitalised words, "&" between them allowed.
DASH_SPECIALISM = r"\s+[-–]\s+[A-Z][\w&/'’-]*(?:\s+(?:&\s+)?[A-Z][\w&/'’-]*){0,3}"

# What may follow a specialism: the employer's preposition, a word for the vacancy (a
# requisition's bracket before them: "… – Claims Analytics (Req 12-0345) at Acme"), a
# bracket's or a line's end.
# A tracking system's requisition in brackets ("(Req #2093)", "(Req ID 2028-1142)",
# "(R-10482)"): written right after the job's whole title, so it closes the specialism
# whatever follows it.
REQUISITION = r"\s*\((?:(?i:req|ref|job\s*id|id)\b[^()]{0,30}|[A-Z]{1,4}[-_]?\d{3,})\)"
CLOSED = (
    r"(?=(?:\s*\((?i:req|ref|job\s*id|id)\b[^()]{0,30}\))?\s+(?:at|with|opportunity|role"
    rf"|position|job)\b|\s*\)|[^\S\n]*(?:\n|$)|{REQUISITION})"
)

_CLOSED_IN_TITLE = rf"(?=\s*\)|\s+at\s|{REQUISITION})"
_ENDS_IN_INITIAL = re.compile(r"(?:^|\s)[A-Z]\W*$")


def with_specialism(role: str, text: str, *, title: bool = False) -> str:
    """``role`` with the specialism ``text`` writes after it and a dash, where the
    specialism closes a bracket, a line, or comes before the employer; else ``role``.
    In a ``title`` a line's end is no sign ("… – Product Manager – Second Interview")."""
    closed = _CLOSED_IN_TITLE if title else CLOSED
    found = re.search(re.escape(role) + "(" + DASH_SPECIALISM + ")" + closed, text)
    if not found or _ENDS_IN_INITIAL.search(found.group(1)):
        return role
    return f"{role} {' '.join(found.group(1).split())}"


# A field's value closed by lower-case words after a dash, as languages that write their
# common nouns small put a specialism ("Juristassistent – internationella ärenden",
# "Paralegal – contencioso internacional"): one to four words to the line's end.
_LOWER_AFTER_DASH = re.compile(
    r"\s+[-–—]\s+([^\W\d_][\w'’-]*(?:[^\S\n]+[^\W\d_][\w'’-]*){0,3})\s*$"
)


def with_lower_specialism(value: str, line: str, not_job: Callable[[str], bool]) -> str:
    """``value`` (a field's job, cut at its first dash) with the lower-case specialism
    ``line`` (the field's whole line) writes after it and a dash; else ``value``.
    ``not_job`` says the words are something else (a way of working, a round, a place)."""
    found = _LOWER_AFTER_DASH.search(line)
    if not found or not found.group(1).islower() or not_job(found.group(1)):
        return value
    if line[: found.start()].strip() != value:
        return value
    return f"{value} {line[found.start() :].strip()}"


# A specialism after a labelled job's dash, capitalised or not ("le poste de Technicien –
# maintenance en ligne.", "la posizione di Infermiere – area critica per un cliente",
# "au poste de Chargé d'études – Asie du Sud (H/F)."): one to four words, "&" or a small
# word between them, closed by a bracket (a requisition, a workload), the sentence's end,
# the employer's preposition or the line's end.
_AT = r"(?:at|with|bei|chez|presso|per|bij|na|no|en|em|para|hos|på|för|w|dla|için)"
_LABELLED_DASH = re.compile(
    r"[^\S\n]+[-–][^\S\n]+([^\W\d_][\w'’/-]*"
    # a preposition before a capital is the employer's ("… – Barragens na Aqualis")
    rf"(?:[^\S\n]+(?:&[^\S\n]+)?(?!{_AT}[^\S\n]+[A-ZÀ-Þ])[^\W\d_][\w'’/-]*){{0,3}})"
    r"(?=[^\S\n]*\([^()\n]{1,40}\)|[^\S\n]*(?:[.!?;,](?:\s|$)|\n|$)"
    rf"|[^\S\n]+{_AT}\s)"
)


def with_labelled_specialism(role: str, text: str, end: int, not_job: Callable[[str], bool]) -> str:
    """``role`` with the specialism ``text`` writes after a dash from ``end`` (where the
    labelled job's words end), when it closes the sentence or comes before the employer;
    ``not_job`` says the words are something else (a town, a way of working, a round,
    a note). ``role`` itself otherwise."""
    found = _LABELLED_DASH.match(text, end)
    if found is None or not_job(found.group(1)):
        return role
    dash = text[end : found.start(1)].strip()
    return f"{role} {dash} {found.group(1)}"
