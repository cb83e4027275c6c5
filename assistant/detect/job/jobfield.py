"""A job's field written after a preposition ("Especialista en Sanidad Animal",
"Técnico en prevención de riesgos laborales", "Infirmier en soins intensifs",
"Fachkrankenpfleger für Intensivpflege", "Coordenador em Obras"): part of the job, never
its employer.

The words that put a field after a job may put the employer there too in some languages
("Analista en BBVA", "Engenheiro em Petrobras"), so a title is not cut at them only when
what follows is written as a field is: in lower case, as languages write their common
nouns ("en génie civil"); after "für", which never names an employer ("für Innere
Medizin der Kleintiere"); or in capitals with the ending of a field's noun ("Sanidad",
"Enfermería", "Ingeniería de Redes", "Médecine") and no company's word. A place, a work
mode, a registered name or an article before a name ("en la empresa …") is no field.

Where the field stops matters as much: at a bracket, a dash, a comma, the employer's
preposition, a gender marker or the line's end; the employer, a place or a round after
those is no part of it.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.detect.employer.legalname import LEGAL_FORM
from assistant.detect.words import wording as w

# The words that put a field after a job in the title's separators (:mod:`..text.titles`):
# Spanish and French "en", Portuguese "em", German "für".
FIELD_PREPOSITION = re.compile(r"\s(en|em|für|fuer)\s", re.I)
# "für" never puts the employer after a job ("bei" does); "en" and "em" may.
_NEVER_EMPLOYER = frozenset({"für", "fuer"})

_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
_LOW = r"[a-zß-öø-ÿ][\w'’-]*"
_SP = r"[^\S\n]+"
# The small words inside a field's name: "Ingeniería de Redes", "Innere Medizin der Kleintiere",
# "Soins Intensifs et Réanimation".
_SMALL = r"(?:de|del|des|der|die|das|di|da|do|dos|das|du|la|le|el|y|e|et|und|i|&|of|and)"
# A field in capitals: up to five words, small words between them.
_FIELD_CAPS = re.compile(rf"{_CAP}(?:{_SP}(?:{_SMALL}{_SP})?{_CAP}){{0,4}}")
# A field in lower case: up to six words ("prevención de riesgos laborales").
_FIELD_LOWER = re.compile(rf"{_LOW}(?:{_SP}{_LOW}){{0,5}}")
# A German field after "für": nouns in capitals, adjectives and small words in lower case
# ("Gemälde und gefasste Holzskulptur", "historische Gärten"), up to six words, a noun
# among them; an article first opens no field ("für die nächste Runde": the meeting's).
_FIELD_GERMAN = re.compile(
    rf"(?!(?:die|den|das|dem|der|des|ein\w*|unser\w*|ihr\w*){_SP})"
    rf"(?=[^\n]*?\b{_CAP})(?:{_CAP}|{_LOW})(?:{_SP}(?:{_CAP}|{_LOW})){{0,5}}"
)
# What may follow a field: the end, a bracket, a dash, a comma or a bar, or the employer's
# preposition.
_CLOSED = re.compile(
    r"\s*(?:$|[()\[\]（）|,;:/–—\n]|\s[-·•]\s|(?<=\s)(?:at|bei|chez|presso|bij|hos|på|en|em)\s)",
    re.I,
)
# The endings of the nouns that name a field of work or study in the Romance languages
# ("Sanidad", "Enfermería", "Ingeniería", "Administración", "Medicina", "Génie", "Logística",
# "Arquitectura", "Gestão", "Segurança"), singular: a firm's name rarely has one, and
# its plural names a firm's trade ("Producciones …", "Construcciones …").
_FIELD_NOUN = re.compile(
    r"\w*(?:[íi]a|ci[óo]n|[çs][ãa]o|si[óo]n|dad|dade|tad|ura|ica|ique|ie|ismo|isme|encia"
    r"|ência|ance|ence|ina|ine|aje|age|agem|an[çz]a|miento|mento|ment)",
    re.I,
)
# An article or a possessive before a name: "en la empresa …", "em nossa sede", "für das Klinikum".
_DETERMINER = re.compile(
    r"(?:el|la|los|las|le|les|un|una|une|uno|um|uma|o|a|os|as|un[ae]?|nuestr[oa]s?|notre|nos"
    r"|nossa|nosso|su|sus|leur|der|die|das|den|dem|unser\w*|ihr\w*|ein\w*)",
    re.I,
)


def field_after(before: str, preposition: str, after: str) -> str | None:
    """The field ``after`` (the text after ``preposition``) opens with, when it closes
    where a field does and the words of ``before`` (the job's part of a title or a
    field) hold a job's word; else None."""
    if not w.search(w.ROLE_NOUN, before) and not w.search(w.DEGREE_TITLE, before):
        return None
    lower = preposition.casefold() in _NEVER_EMPLOYER
    # "für die Intensivstation": after "für" an article may open the field, as German
    # writes a ward or a unit the job is for; it stays with the field
    article = _ARTICLE_FIRST.match(after) if lower else None
    lead, after = (article.group(0), after[article.end() :]) if article else ("", after)
    shapes = (_FIELD_CAPS, _FIELD_LOWER, _FIELD_GERMAN) if lower else (_FIELD_CAPS, _FIELD_LOWER)
    for shape in shapes:
        found = shape.match(after)
        if found is None:
            continue
        field = _shortest_closed(after, found.group(0))
        if field and _is_field(field, never_employer=lower) and not _registered(after, field):
            return lead + field
    return None


# A German article before a capitalised noun ("die Intensivstation", "den Vertrieb").
_ARTICLE_FIRST = re.compile(r"(?:die|den|das|dem|der)[^\S\n]+(?=[A-ZÄÖÜ])")


def _shortest_closed(after: str, longest: str) -> str | None:
    """The field's words, from ``longest`` back to the first word, that something closing
    a field follows ("soins intensifs" before "(H/F)"; "Sanidad Animal" before "– Madrid")."""
    words = longest.split()
    for count in range(len(words), 0, -1):
        field = " ".join(words[:count])
        match = re.match(r"\s*".join(re.escape(word) for word in words[:count]), after)
        if match and _CLOSED.match(after, match.end()) and words[count - 1] not in _SMALL_SET:
            return field
    return None


def _registered(after: str, field: str) -> bool:
    """Whether a legal form follows ``field`` in ``after`` ("Producciones Sierra Alta,
    S.A."): a registered name, the employer."""
    rest = after[after.find(field) + len(field) :]
    return LEGAL_FORM.match(rest.lstrip(", \t")) is not None


_SMALL_SET = frozenset(_SMALL.strip("(?:)").split("|"))


def _is_field(field: str, *, never_employer: bool) -> bool:
    """Whether ``field`` is written as a job's field, not an employer, a place, a way of
    working, a round or a meeting's note."""
    first = field.split()[0]
    if _DETERMINER.fullmatch(first) and not never_employer:
        return False  # "en la empresa …": a name after its article
    if LEGAL_FORM.search(field) or _not_a_field(field):
        return False
    if never_employer or first[:1].islower():
        return True
    # in capitals after a word that may name the employer: a field's noun first, no
    # company's word, no acronym
    return bool(
        _FIELD_NOUN.fullmatch(first)
        and not any(word.isupper() and len(word) > 1 for word in field.split())
        and not _company_word(field)
    )


def _not_a_field(field: str) -> bool:
    """Whether ``field`` names a place, a way of working, a round or the meeting."""
    # imported here: these layers read the title's parts (:mod:`..text.titles`), which
    # asks this module where a title's part ends
    from assistant.detect.job.jobbracket import MEETING_NOTE, WORK_MODE
    from assistant.detect.places.placenames import names_a_place
    from assistant.detect.text.titles import round_words

    first = field.split()[0]
    # "Pintura Antigua": a field's noun first, the place's name after it an adjective
    place = names_a_place(field) and not (_FIELD_NOUN.fullmatch(first) and not names_a_place(first))
    return bool(
        place
        or WORK_MODE.search(field)
        or MEETING_NOTE.search(field)
        or round_words().search(field)
        or w.search(w.MEETING_NOTE, field)
    )


@cache
def _company_words() -> re.Pattern[str]:
    from assistant.detect.employer.namematch import COMPANY_WORD

    return COMPANY_WORD


def _company_word(field: str) -> bool:
    """Whether a word of ``field`` is a company's ("Grupo", "Hotels", "Bank") or opens
    an institution's name ("Hospital", "Instituto")."""
    from assistant.detect.employer.fullname import institution_noun

    return any(_company_words().fullmatch(word) or institution_noun(word) for word in field.split())


def joins_field(title: str, start: int, match: re.Match[str]) -> bool:
    """Whether the separator ``match`` of ``title`` (a part opening at ``start``) is the
    preposition between a job and its field, which the title's parts keep together."""
    found = FIELD_PREPOSITION.fullmatch(match.group(0))
    if found is None:
        return False
    before = title[start : match.start()]
    if not before.strip():  # "Fachtierarzt (m/w/d) für …": the job before its marker
        before = _marker_at_end().sub("", title[: match.start()])
    return field_after(before, found.group(1), title[match.end() :]) is not None


@cache
def _marker_at_end() -> re.Pattern[str]:
    """A gender marker closing the text before the preposition ("… (m/w/d)")."""
    from assistant.detect.text.titles import GENDER_MARK

    return re.compile(rf"\(\s*(?:{GENDER_MARK})\s*\)\s*$", re.I)


# The job's end in a text, a gender marker after it or not, then the preposition.
_AFTER_JOB = re.compile(r"(?:\s*\((?i:[^()\n]{1,20})\))?[^\S\n]+(en|em|für|fuer)[^\S\n]+")


def with_field(role: str, source: str) -> str:
    """``role`` with the field ``source`` writes after it and a preposition, a gender
    marker between them or not ("Fachtierarzt (m/w/d) für Innere Medizin der Kleintiere",
    "… Pflegefachkraft für Intensivpflege bei …"); else ``role``. The marker is dropped."""
    for place in re.finditer(re.escape(role) + r"(?![\w])", source):
        found = _AFTER_JOB.match(source, place.end())
        if found is None:
            continue
        bracket = source[place.end() : found.start(1)].strip()
        if bracket and not _marker_at_end().search(bracket):
            continue  # "(Remote) en …": a bracket of its own, not a marker
        field = field_after(role, found.group(1), source[found.end() :])
        if field:
            return f"{role} {found.group(1)} {field}"
    return role


def field_at(title: str, start: int, end: int) -> bool:
    """Whether the preposition ``title[start:end]`` ("… em Segurança do Trabalho") puts a
    job's field after the job before it, not its employer."""
    found = FIELD_PREPOSITION.fullmatch(title[start:end])
    if found is None:
        return False
    before = re.split(r"[–—|:()\[\]（）]|\s-\s", title[:start])[-1]
    return field_after(before, found.group(1), title[end:]) is not None


def degree_with_field(part: str) -> bool:
    """Whether a title's ``part`` is a degree-holder's title and its field ("Licenciada
    en Enfermería", "Laureato in Economia"): a job, as the posting names it."""
    found = w.search(w.DEGREE_TITLE, part)
    if found is None or part[: found.start()].strip():
        return False
    after = re.match(r"[^\S\n]+(en|em|in|di|für)[^\S\n]+", part[found.end() :])
    return (
        after is not None
        and field_after(part[: found.end()], after.group(1), part[found.end() + after.end() :])
        is not None
    )
