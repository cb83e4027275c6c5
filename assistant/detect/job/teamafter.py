"""The team, product or specialism written after a job title and a dash ("Senior Product
Manager – Payments", "Jefe de Turno – Mantenimiento de Línea (H/M)", "Chef de projet –
Trains d'atterrissage H/F"): part of the job as the posting titles it.

Split from :mod:`assistant.detect.job.rolecompare`; the invite's reading
(:mod:`assistant.detect.verdict.evidence`) says which words are the employer, a person
or a place (``not_team``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.detect.job.jobbracket import MEETING_NOTE, WORK_MODE
from assistant.detect.job.roleclean import ROLE_NOISE, round_in_job
from assistant.detect.job.roleseat import covers_a_region
from assistant.detect.text.titles import GENDER_MARK
from assistant.detect.who.names import is_courtesy_title, is_form_of_address
from assistant.detect.words import eventkinds
from assistant.detect.words import wording as w

# The small words inside a unit's name: "Unidad de Cuidados Intensivos", "Theatre & Day
# Surgery", "Servizio di Pneumologia", "Túneles y Obras Subterráneas", "Solar & Storage";
# an elided one glued to its word ("Trains d'atterrissage").
_TEAM_SMALL_WORDS = (
    "&", "and", "of", "de", "del", "di", "da", "do", "des", "du", "für", "voor",
    "y", "e", "et", "und", "ve", "och", "og",
)  # fmt: skip
_ELIDED = r"(?:d|l|dell|all)['’][^\W\d_][\w'’-]*"
# A gender marker between the job and its dash ("Kierownik Projektu (K/M) – Budownictwo").
_MARKER = rf"(?:[ \t]*\(\s*(?i:{GENDER_MARK})\s*\))?"
# A team or product written after the job title and a dash ("Senior Product Manager –
# Payments", "Product Owner - Digital Lending"): capitalised words, then the end of
# the part ("(", a separator, the end of the line, or "position"/"role").
_TEAM_AFTER_DASH = _MARKER.replace("%", "%%") + (
    r"[ \t]+[-–—][ \t]+({cap}[\w&'’-]*(?:[ \t]+(?:{small}|{elided}|{cap}[\w&'’-]*)){{0,4}})(?=%s)"
).format(
    cap=r"[^\W\d_a-zß-ÿ]",  # a letter, not a lower-case one of ASCII or Latin-1
    small="|".join(_TEAM_SMALL_WORDS),
    elided=_ELIDED,
)


def _capitalised(team: str) -> bool:
    """Whether each word of a team's name but its joiners starts with a capital, in any
    script with capitals ("Ásia", "Łódź Hub"): ``[A-Z]`` misses the accented ones."""
    return all(
        word[0].isupper()
        for word in team.split()
        if word not in _TEAM_SMALL_WORDS and not re.fullmatch(_ELIDED, word)
    )


_TEAM_END = (
    r"\s*(?:$|\n|[(\[|,.;:!?]|\s[-–—|/]\s)|\s+(?:position|role|job|vacancy|opening|Stelle|poste"
    r"|puesto|vaga|posizione|functie|stanowisko|tjänst|pozisyon)\b"
    # the employer after its preposition: "… - Unidad de Cuidados Intensivos en Acme"
    r"|\s+(?:at|en|bei|chez|presso|bij|hos|w|na|em|no|na)\s+(?=[^\W\d_a-z])"
    # what the job is for: "hiring a … – Bridges for our Latin America portfolio"
    r"|\s+(?:for|für|pour|para|per|voor|för)\s"
    # a bare gender marker closing the job ("… – Trains d'atterrissage H/F")
    r"|\s+(?-i:[HFMWK]\s*/\s*[HFMWKDX])\b"
)
# A word for the vacancy after the job's words ("… role", "… position").
_VACANCY_NEXT = re.compile(r"[^\S\n]+(?:role|position|job|vacancy|opening|opportunity)\b")
# A word of letters and digits ("A320", "B1", "L3"): a model or a grade, no meeting note.
_MODEL = re.compile(r"\b[^\W\d_]+\d[\w-]*")
# A number right after one word, a point, colon or sign between them allowed ("Réf.
# 2800147", "Req #4471", "Kennziffer: 12-345"): the word labels the opening's number.
_NUMBER_NEXT = re.compile(r"[ \t]*[.:：#№º°]?[ \t]*#?\d+(?:[-/.]\d+)*(?![\w])")


def _a_work_mode(team: str) -> bool:
    """Whether ``team`` says how the work is done ("Remote", "Full-time / Contract"), not
    which work: a word for a way of working ("Hybrid Renewables" is a field) leaves no
    capitalised word of its own beside it."""
    if not WORK_MODE.search(team):
        return False
    left = WORK_MODE.sub(" ", team)
    return not any(word[:1].isupper() and len(word) > 2 for word in left.split())


def with_team(
    role: str | None, sources: tuple[str, ...], not_team: Callable[[str], bool]
) -> str | None:
    """``role`` with the team or product written after it and a dash in one of
    ``sources`` ("Senior Product Manager – Payments", "Kierownik Projektu (K/M) –
    Budownictwo Hydrotechniczne"), as the invite writes it; else ``role`` as it is. A
    gender marker between the job and the dash is left out of the role.

    ``sources`` are the title first, then the texts. The part after the dash is no
    team when it holds a round word, a way of working, a meeting's note or a gender
    marker, or when ``not_team`` says so (the caller knows the employer, the people on
    the invite and the places), a region the job covers in a text aside."""
    if not role:
        return role
    pattern = re.compile(re.escape(role) + _TEAM_AFTER_DASH % _TEAM_END, re.M)
    for at, source in enumerate(sources):
        for match in pattern.finditer(source):
            # a region after the dash is the market the job covers where a sentence
            # names the job with it ("the Buyer – Europe role"); in a title or a field
            # the dash as often sets off where the opening is posted ("Buyer - APAC")
            region = at > 0 and _VACANCY_NEXT.match(source, match.end(1)) is not None
            team = match.group(1)
            if (
                not _capitalised(team)
                or round_in_job().search(team)  # "– Legal Practice": a practice, no prep
                or _a_work_mode(team)
                or ROLE_NOISE.search(team)
                # "– NEW TIME", "– Updated", "– 10am": a note, no team ("A320" is a model)
                or MEETING_NOTE.search(_MODEL.sub(" ", team))
                or eventkinds.event_kind(team)
                or w.INTERVIEWER_RANK.fullmatch(team)
                or (not_team(team) and not (region and covers_a_region(team)))
                or _courtesy_before_name(team, source[match.end(1) :])
                or names_a_person(team)
                # "– Kunde: Acme", "– Client : Acme": a label, the value after it
                or re.match(r"[ \t]*[:：]", source[match.end(1) :]) is not None
                # "– Réf. 2800147", "- Req #4471": a number's label, no team
                or (" " not in team and _NUMBER_NEXT.match(source, match.end(1)) is not None)
            ):
                continue
            dash = re.search(r"[ \t]+[-–—][ \t]+$", source[: match.start(1)])
            return role + (dash.group(0) if dash else " – ") + team
    return role


def _courtesy_before_name(team: str, rest: str) -> bool:
    """Whether ``team`` is an abbreviated courtesy title opening a name ("… – Dott.ssa
    Demirtaş", "… – Ing. Rossi", "… – Dr. Lee"): whom the invite addresses, no team."""
    return is_courtesy_title(team) and bool(re.match(r"\.\w*\s*[^\W\d_]", rest))


# A name's initial closing the words ("– Harriet N", "- H"): a person, cut short.
_ENDS_IN_INITIAL = re.compile(r"(?:^|\s)[^\W\d_]\W*$")


def names_a_person(words: str) -> bool:
    """Whether the words after a job and a dash are a person's: a courtesy title before
    a name ("Frau Kowalczyk", "Sra. Lima"), or a name cut at an initial ("Harriet N")."""
    first, _, rest = words.partition(" ")
    return bool(_ENDS_IN_INITIAL.search(words) or (rest and is_form_of_address(first)))


def shares_a_word(words: str, company: str | None) -> bool:
    """Whether ``words`` open with the employer's first word, plural or singular: the
    employer itself ("Riverbend" for "Riverbend"), or a site of it named after it
    ("Pousada Trancoso" for "Pousadas Serra Azul"), no team. "Hotels" for "Corran Hotels"
    is the job's field."""
    mine, theirs = words.split(), (company or "").split()
    if not (mine and theirs):
        return False
    return mine[0].casefold().rstrip("s") == theirs[0].casefold().rstrip("s")
