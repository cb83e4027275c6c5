"""One application process across its rounds: the employer's name and the job.

Later invites leave out or garble what the first ones said: the user's own note names
a site beside the employer ("Acme trial shift @ Soho site"), an agency's invite only
its own domain, a title whom the user meets ("Director del hotel") where the job was
named before. These read the answer from the process's other rounds
(:class:`~assistant.detect.verdict.linkage.EmployerIndex`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from assistant.detect.employer.domains import squash
from assistant.detect.employer.extract import name_key
from assistant.detect.job.rolecompare import is_the_company
from assistant.detect.text.titles import round_words, segments
from assistant.detect.verdict.evidence import Evidence
from assistant.detect.verdict.initialsnote import employer_by_initials
from assistant.detect.verdict.linkage import EmployerIndex
from assistant.detect.who.names import COURTESY_NAME, is_courtesy_title
from assistant.detect.who.people import everyone
from assistant.detect.words import wording as w


def known_in_note(ev: Evidence, index: EmployerIndex) -> Evidence:
    """The user's own note whose title writes an employer the user has interviews with
    beside another name ("Acme trial shift / final @ Soho site"): that employer, not the
    site or district the title also names. A note naming a round and no employer that
    the title reads ("Onsite - Acme Labs follow-up w/ VP", where the lower-case words
    glued to the name hide it) gets the employer met in interviews that a part of its
    own writes; one phrase holding both ("Thank-yous to the Acme panel", "Read up on
    Acme before the 2nd interview") is about the round, not the round."""
    if ev.solo and not ev.company and (ev.explicit or ev.stage) and ev.veto is None:
        parts = [part for part, _ in segments(ev.title)]
        name = next(
            (
                found
                for part in parts
                if len(parts) > 1 and not round_words().search(part)
                if (found := index.employer_written(part))
            ),
            None,
        )
        name = name or _at_the_head(parts, index) or _in_description(ev, index)
        if name is None:
            return ev
        return _employer_met(ev, name, ev.keys | {name_key(name)})
    if not (ev.solo and ev.company and ev.company_from == "title"):
        return ev
    # "QHTV final w/ Orla + MD" at "Quarry Hill Television, Leeds": the note's place
    name = index.employer_written(ev.title) or (
        index.employer_written(ev.event.location, least=2) if ev.event.location else None
    )
    if name is None or index.employer_written(ev.company) is not None:
        return ev
    return _employer_met(ev, name, frozenset({name_key(name)}))


def _at_the_head(parts: list[str], index: EmployerIndex) -> str | None:
    """The employer met in interviews that a part of a note holding its round words
    opens with, or that follows the round words opening it ("acme loop – eat before",
    "K&V final w/ MD", "Slutintervju m vd Acme"): the note's head is the round itself.
    A part opening with other words ("Read up on Acme before the 2nd interview",
    "Thank-yous to the Acme panel") is about the round, not the round."""
    for part in parts:
        opening = round_words().match(part)
        name = index.employer_written(part)
        if name and (opening or _opens_with(part, name)):
            return name
        initials = employer_by_initials(part, index.interviewed)
        if initials and (opening or _INITIALS_FIRST.match(part)):
            return initials
        keyed = None if opening else _in_a_key(part, index)
        if keyed:
            return keyed
    return None


def _in_a_key(part: str, index: EmployerIndex) -> str | None:
    """The one employer met in interviews whose domain's name ends with the capitalised
    word opening ``part`` ("Bajío partners call (round 2)" for the rounds from
    solarbajio.mx): the user's shorthand is the distinctive word the domain ends on;
    the word it begins with is as often a kind of firm ("clinique…", "grupo…")."""
    first = part.split(maxsplit=1)[0] if part.split() else ""
    word = squash(first)
    if len(word) < 5 or not first[:1].isupper():
        return None
    found = {
        name
        for key, name in index.named_keys.items()
        if name and len(key) > len(word) and key.endswith(word)
    }
    return next(iter(found)) if len(found) == 1 else None


def _in_description(ev: Evidence, index: EmployerIndex) -> str | None:
    """The employer met in interviews whose name (two words of it at least) the
    description or the place of a note naming a round and no employer writes ("2. Runde
    mit Bereichsleitung", noted "Halvorsen Stahl: zweite Runde mit Fr. Ek"; "Probetag
    Bad Tölz" at "Rehaklinik Isarblick, Bahnhofstr. 2"): the note's title keeps the
    round, its description or place whose round it is."""
    for words in (ev.text, ev.event.location):
        name = index.employer_written(words, least=2) if words else None
        if name:
            return name
    return None


# A part opening with an employer's initials ("K&V final", "QB – onsite").
_INITIALS_FIRST = re.compile(r"[A-Z](?:&?[A-Z]){1,3}(?![\w&])")


def _opens_with(part: str, name: str) -> bool:
    """Whether ``part``'s first word is the first word of ``name`` ("aldercrest loop"
    for Aldercrest Robotics), case and accents aside."""
    first = part.split(maxsplit=1)[0] if part.split() else ""
    return bool(first) and squash(first) == squash(name.split()[0])


def _employer_met(ev: Evidence, name: str, keys: frozenset[str]) -> Evidence:
    """``ev`` with the employer met in interviews, ``name``; the part of its title read as
    the job goes when it is that employer's short name ("Final – Harbour & Pilot" after
    interviews with Harbour & Pilot Marine Ltd)."""
    role = None if ev.role and is_the_company(ev.role, name) else ev.role
    return replace(ev, company=name, company_from="title", keys=keys, role=role)


_BRACKET = re.compile(r"\([^()]*\)")


def written_employer(ev: Evidence, index: EmployerIndex) -> Evidence:
    """An invite to a round whose employer only a domain names (an agency's, a sister
    company's) while its title writes the name of an employer the user has interviews
    with ("Thornbury final – site visit" from the agency that arranged the Thornbury
    Vaccines rounds): that employer, as the title says; so too where the invite names
    the go-between itself, in its signature or in brackets ("Entretien final – Studio X"
    signed by the search firm that booked the rounds with Studio X SA)."""
    if not ev.keys or not (ev.explicit or ev.stage) or ev.veto:
        return ev
    if ev.strong_company and (ev.company or "") in _BRACKET.sub("", ev.title):
        return ev  # "Second interview – Acme": the title's own firm, not a go-between's
    # a firm named: only the employers it booked rounds with (none: it is the employer)
    among = index.clients_booked(ev) if ev.strong_company else None
    if among is not None and not among:
        return ev
    name = index.employer_written(ev.title, among=among)
    if name is None or name_key(name) in ev.keys:
        return ev
    return replace(ev, company=name, company_from="title", keys=ev.keys | {name_key(name)})


def final_in_note(ev: Evidence, index: EmployerIndex) -> Evidence:
    """The user's own note naming an employer the user has interviews with and the last
    round's word alone ("Acme – final w/ CEO (video)", "Acme final – Leeds office, 9am"),
    abbreviated ("2nd rd Acme – w/ Dr. Lee", "Acme R3") or a visit to its place alone
    ("Acme vor Ort GBG", "Acme – visite sur place"; ``ON_SITE_ALONE``):
    that round with that employer. Alone, "final" is too common a word (a final
    invoice, a cup final), so it counts only beside an employer met in interviews, in the
    title or as the note's place ("QHTV final w/ Orla" at "Quarry Hill Television,
    Leeds": the title writes the employer shorter than its interviews do)."""
    if not ev.solo or ev.veto is not None or ev.stage or ev.explicit:
        return ev
    final = (
        w.first_match(w.FINAL_ALONE, ev.title)
        or w.first_match(w.ROUND_SHORT, ev.title)
        or w.first_match(w.ON_SITE_ALONE, ev.title)
    )
    name = (
        index.employer_written(ev.title)
        or index.employer_written(ev.event.location, least=2)
        or employer_by_initials(ev.title, index.interviewed)  # "K&V final 4:30pm"
        if final
        else None
    )
    if not (final and name):
        return ev
    return replace(
        ev, stage=final, company=name, company_from="title", keys=ev.keys | {name_key(name)}
    )


def role_named_before(ev: Evidence, index: EmployerIndex) -> str | None:
    """The role of the employer the earlier rounds name, for an invite whose only key is
    a go-between's domain (an agency's "Gespräch vor Ort" for its client): its rounds
    filed the job under the client's name."""
    if ev.strong_company or not ev.keys:
        return None
    named = index.fullest_name(ev)
    key = name_key(named) if named else ""
    return index.role_before(ev, also=key) if key not in ev.keys else None


def role_filed_under(ev: Evidence, index: EmployerIndex, company: str) -> str | None:
    """The role the earlier rounds filed under ``company``, the name ``ev``'s employer
    was given in full from its initials or a short form ("GEDI" → "Grupo Eventos
    Deportivos Iberia"), when none of ``ev``'s own keys carried one."""
    key = name_key(company)
    return None if key in ev.keys else index.role_before(ev, also=key)


# A surname in Chinese characters right after a rank, then a comma, a space, an
# honorific or a particle ("部長 宮下、", "デザインディレクター佐伯、", "…佐伯様").
# "部長の佐々木（…）が": "の" between them, "々" repeating a kanji, a bracket after.
_GLUED_SURNAME = (
    r"\s?の?(?!職|募集|採用|面接|候補|選考|部門|としての)[\u4e00-\u9fff々]{1,3}(?:様|さん|氏)?"
    r"(?=[、。,\s(（]|が|と|より|から)"
)


# Between a person's name and their title: a comma, a bracket or a dash, and "our" in
# the languages of ``lang/`` ("Callum Reid, our Fleet Director").
_TITLE_AFTER_NAME = (
    r"\s*[,(–-]\s*(?:(?:our|their|notre|nuestr[oa]|noss[oa]|nostr[oa]|unser\w*|onze|vår\w*)\s+)?"
)


def _rank_head(role: str) -> str:
    """How a person's title may be written for ``role`` after their name: its first two
    words by their stems, or its first word and its last with a few words between
    ("Directeur de la BU Animaux de rente" for "Directeur BU Animaux de rente")."""
    words = role.split("(")[0].split()
    # each word by its stem, as a unit and its head or either gender write it
    # ("Dirección Técnica" for "Director Técnico", "Directora" for "Director")
    two = r"\s+".join(re.escape(word[:5]) + r"\w*" for word in words[:2])
    if len(words) < 3:
        return two
    apart = re.escape(words[0]) + r"\b[^\n.;]{0,40}?\b" + re.escape(words[-1]) + r"\b"
    return f"(?:{two}|{apart})"


def job_not_whom_met(ev: Evidence, before: str | None) -> str | None:
    """``ev``'s role, unless it is the title of a person the invite introduces ("Te
    entrevistará Ignacio Beltrán, director del hotel" beside a title "… – Director del
    hotel (2ª fase)") while the earlier rounds named another job: then that job."""
    if not (ev.role and before and ev.role != before):
        return ev.role
    opening = w.INTERVIEWER_RANK.match(ev.role)
    if opening and ev.role in ev.title and opening.group(0).casefold() not in before.casefold():
        # "2ª entrevista Acme – Director de Operaciones" after rounds for a buyer's job:
        # a rank opening the title's words is whom the later round is with
        return before
    if not ev.text:
        return ev.role
    named = re.search(r"[(（]\s*(\w+\.)\s*[A-Z][\w'’-]+[^()（）]*[)）]", ev.role)
    if named and is_courtesy_title(named.group(1)):
        return before  # "VP Sales (Mr. Lee)": a rank and whom it names
    head = _rank_head(ev.role)
    for person in everyone(ev.event):
        if len(person.name.split()) >= 2 and re.search(
            re.escape(person.name) + _TITLE_AFTER_NAME + head, ev.text, re.I
        ):
            return before
    # someone not invited, named with a courtesy title ("with Ms. Mariam Haddad, Director
    # of Museum Operations, for the … position")
    if re.search(COURTESY_NAME + _TITLE_AFTER_NAME + head, ev.text):
        return before
    # the rank first, then whom it names with a courtesy title ("our Managing Director,
    # Mr. Karl Brandt"; "our" a suffix in Turkish: "Satış Direktörümüz Dr. Ece Tan")
    rank = rf"(?i:{head}|{re.escape(ev.role)})\w{{0,5}},?\s+"
    if re.search(rank + COURTESY_NAME, ev.text):
        return before
    # Japanese writes the rank glued to the surname ("デザインディレクター佐伯、…が参加します")
    if re.search(re.escape(ev.role) + _GLUED_SURNAME, ev.text):
        return before
    # a rank, then the name of whom the user meets ("Genel Müdür Ayşe Demir", "CEO Jan
    # Novák"), the name written in the invite: no job's words
    words = ev.role.split()
    name = " ".join(words[-2:])
    rank = " ".join(words[:-2])
    if (
        len(words) >= 3
        and all(word[:1].isupper() for word in words[-2:])
        and (w.INTERVIEWER_RANK.fullmatch(rank) or w.INTERVIEWER_RANK.match(rank))
        and not w.search(w.ROLE_NOUN, name)
        and name in ev.text
    ):
        return before
    return ev.role


def recorded_first(
    evidence: Iterable[Evidence], index: EmployerIndex | None = None
) -> dict[str, datetime]:
    """When each employer key's one-way recorded video interview was ("HireVue
    On-Demand Interview – Acme"), by key: often an all-day task to complete by a date,
    so no round of its own, but the live interview after it is the next round. With
    ``index``, the user's all-day note naming only the platform and an employer met in
    interviews ("HireVue – Acme Health (due Fri!)") counts too, under that employer."""
    found: dict[str, datetime] = {}
    for ev in evidence:
        if index is not None and ev.event.all_day and not ev.keys:
            platform = w.search(w.ONE_WAY_PLATFORM, ev.title)
            name = index.employer_written(ev.title) if platform else None
            if name:
                key = name_key(name)
                found[key] = min(found.get(key, ev.event.start), ev.event.start)
            continue
        # a title naming no interview names no recorded one (the cheap test first)
        if not (ev.keys and ev.interview) or not w.search(w.RECORDED_INTERVIEW, ev.title):
            continue
        if ev.veto and not ev.event.all_day:
            continue  # cancelled, declined, or no interview of the user's
        if ev.company and w.search(w.ONE_WAY_PLATFORM, ev.company):
            continue  # "HireVue On-Demand" read as the employer: no employer known
        for key in ev.keys:
            found[key] = min(found.get(key, ev.event.start), ev.event.start)
    return found


def live_after_recorded(ev: Evidence, recorded: dict[str, datetime]) -> Evidence:
    """``ev`` naming a live interview ("Live Interview: Acme – Buyer") as a later stage
    when the same employer's recorded video interview came before it (HireVue, Spark
    Hire): the live one is the next round. A live interview on the platform itself
    ("HireVue Live Interview: …") on a calendar holding no recorded one follows the
    recorded one the platform ran first, off the calendar; where the calendar holds
    recorded ones, it follows one only with the same employer. Alone, another live
    interview may be the first."""
    if ev.stage or ev.explicit or ev.veto:
        return ev
    live = w.first_match(w.LIVE_INTERVIEW, ev.title)
    if live is None and recorded and not ev.solo and ev.interview and not ev.first_round:
        live = ev.interview  # "Interview: Buyer" after the same employer's recorded one
    if live is None:
        return ev
    if not recorded:
        on_platform = w.search(w.ONE_WAY_PLATFORM, ev.title)
        return replace(ev, stage=live, first_round=None) if on_platform else ev
    # the user's note writes the employer short ("HireVue video interview – Brightwater"),
    # the live one's invite whole ("Brightwater Specialty Insurance Ltd"): one key
    # beginning the other is the same employer
    before = [
        when
        for key, when in recorded.items()
        if any(_same_key(key, own) for own in ev.keys) and when < ev.event.start
    ]
    return replace(ev, stage=live, first_round=None) if before else ev


def _same_key(one: str, other: str) -> bool:
    shorter, longer = sorted((one, other), key=len)
    return len(shorter) >= 4 and longer.startswith(shorter)
