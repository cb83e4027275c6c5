"""The words an invite writes after a job that say which job it is.

A job is often read shorter than the invite writes it: the reader stops at a gender
marker, a word in lower case, a dash or "in". What follows may be the job's own: a
specialism after the marker, as German postings put it ("Objektmanager (m/w/d)
Gewerbeimmobilien"); an adjective and a programme, as languages writing adjectives
small do ("Biologa marina - Monitoraggio praterie di Posidonia presso …"); a field
after "in" ("Research Fellow in Coastal Ecology."); or a specialism after a dash at a
title's end or before its round ("Logopedista – Età evolutiva – secondo colloquio").

Each is kept only where what comes after it closes the job (a sentence's end, the
employer's preposition, the title's end or its round words) and when it names no place,
employer, person, work mode or round: the role rule keeps a specialism, a programme or a
field, and drops the rest.
"""

from __future__ import annotations

import re

from assistant.detect.employer.legalname import LEGAL_FORM
from assistant.detect.job.jobbracket import MEETING_NOTE, WORK_MODE
from assistant.detect.job.jobfield import with_field
from assistant.detect.job.rolecompare import is_the_company
from assistant.detect.places.placenames import is_city, names_a_place, place_in_bracket
from assistant.detect.text.titles import GENDER_MARK, round_words
from assistant.detect.who.names import looks_like_name as looks_like_person

_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
_SP = r"[^\S\n]+"  # spaces within a line: a field's value ends with its line
_LOW = r"[a-zß-öø-ÿ][\w'’-]*"
# The employer's preposition after a job, in the languages of ``lang/``.
_AT = r"(?:at|with|bei|chez|presso|bij|en|em|hos|på|w|na|a|para|per|für|pour)"
# What closes a job's words: a sentence's or a line's end, a comma, the employer's
# preposition, a word for the vacancy, or the end of the text.
_CLOSED = rf"(?=[^\S\n]*(?:[.;:!?,\n]|$)|{_SP}{_AT}\s|{_SP}(?:role|position|post|job|posizione)\b)"
# The tails, each written right after the job.
_TAILS = (
    # a specialism after a gender marker: "(m/w/d) Gewerbeimmobilien"
    # or "(m/w/d) Hotel & Gastronomie", closed too by a spaced dash or bar in a title
    re.compile(
        rf"(\s*\((?i:\s*(?:{GENDER_MARK})\s*)\)[^\S\n]+)"
        rf"({_CAP}(?:[^\S\n]+(?:(?:&|und|and|et|en|y|e|i){_SP})?{_CAP}){{0,2}})"
        rf"(?:{_CLOSED}|(?={_SP}[-–—|]{_SP}))"
    ),
    # adjectives in lower case, then a dash and the programme: "marina - Monitoraggio …"
    re.compile(
        rf"()((?:{_SP}{_LOW}){{1,2}}{_SP}[-–]{_SP}{_CAP}(?:{_SP}(?:{_LOW}|{_CAP})){{0,5}}){_CLOSED}"
    ),
    # a field after "in": "in Coastal Ecology"
    re.compile(rf"()({_SP}in{_SP}{_CAP}(?:{_SP}(?:(?:and|&|of){_SP})?{_CAP}){{0,3}}){_CLOSED}"),
)
# The region or market the job covers after a comma, a gender marker before it or not:
# "(m/w/d), Latinoamérica en …", "…, Mexico & Caribbean (R-0048213)"; closed as a tail
# is, or by a bracket
_REGION_TAIL = re.compile(
    rf"(?:\s*\((?i:\s*(?:{GENDER_MARK})\s*)\))?[^\S\n]*,{_SP}"
    rf"({_CAP}(?:{_SP}(?:&|and|y|e|et|und|i){_SP}{_CAP}|{_SP}{_CAP}){{0,3}})"
    rf"(?:{_CLOSED}|(?=[^\S\n]*[(|–—]))"
)
# A title's specialism after a dash, to the title's end or before its round's part
_TITLE_TAIL = re.compile(
    rf"({_SP}[-–]{_SP}{_CAP}(?:{_SP}(?:{_LOW}|{_CAP})){{0,3}})(?={_SP}[-–|]\s|\s*$)"
)


def with_tail(role: str | None, title: str, text: str, company: str | None) -> str | None:
    """``role`` with the words after it in ``text`` or ``title`` that say which job it
    is (see the module); ``role`` itself when none do. ``company`` is the employer the
    invite names, which no tail is."""
    if not role:
        return role
    for source in (text, title):
        longer = with_field(role, source)  # "Fachtierarzt (m/w/d) für Innere Medizin"
        if longer != role and _says_which_job(longer[len(role) :], company):
            return longer
    for source in (text, title):
        for at in _places_of(role, source):
            for tail in _TAILS:
                found = tail.match(source, at)
                if found and found.group(1) and _covers_a_region(found.group(2)):
                    # "(m/w/d) Asien-Pazifik": the region the job covers, as after a comma
                    return f"{role}, {found.group(2).strip()}"
                if found and _says_which_job(found.group(2), company):
                    # a gender marker before the specialism is no part of the role
                    return f"{role}{' ' if found.group(1) else ''}{found.group(2).rstrip()}"
    for source in (text, title):
        for at in _places_of(role, source):
            found = _REGION_TAIL.match(source, at)
            if found and names_a_place(found.group(1)) and not is_city(found.group(1)):
                return f"{role}, {found.group(1)}"  # the region the job covers, not a seat
    for at in _places_of(role, title):
        found = _TITLE_TAIL.match(title, at)
        if found is None:
            continue
        rest, words = title[found.end() :], found.group(1).strip(" -–")
        closed = not rest.strip() or round_words().search(rest) is not None
        # a title's last part may be the person the invite is for ("… – Kirana Siregar")
        if closed and _says_which_job(words, company) and not looks_like_person(words):
            return role + found.group(1)
    return role


def _covers_a_region(words: str) -> bool:
    """Whether ``words`` name a region or a country alone: no city, no unit's word."""
    return names_a_place(words) and not is_city(words) and not place_in_bracket(words)


def _places_of(role: str, source: str) -> list[int]:
    """Where ``role`` ends in ``source``, each time it is written there whole."""
    return [m.end() for m in re.finditer(re.escape(role) + r"(?![\w])", source)]


def _says_which_job(words: str, company: str | None) -> bool:
    """Whether ``words`` after a job are no place, employer, work mode, round or note."""
    bare = words.strip(" -–")
    return bool(bare) and not (
        names_a_place(bare)
        or LEGAL_FORM.search(bare)
        or (company and (is_the_company(bare, company) or bare in company))
        or WORK_MODE.search(bare)
        or round_words().search(bare)
        or MEETING_NOTE.search(bare)
    )
