"""A name a guest's corporate domain confirms, and who the people on an invite are.

:func:`confirmed_name` reads the title, the description, the location and the
organisation's mailboxes for a name a corporate domain on the invite spells
(:mod:`.namematch`); :func:`people_words` and :func:`looks_like_name` keep a person on
the invite from being taken for the company. Used by :mod:`.extract` (the employer)
and :mod:`.evidence`.
"""

from __future__ import annotations

import re
from collections.abc import Set
from functools import lru_cache

from assistant.detect.employer.addressform import addressed
from assistant.detect.employer.domains import domain_key, domain_of, is_service, squash
from assistant.detect.employer.domainspelling import domain_spellings, initials_first, spells_domain
from assistant.detect.employer.fullname import institution_noun
from assistant.detect.employer.legalname import LEGAL_FORM, NAME_OPENERS, glossed_name
from assistant.detect.employer.meetingbody import meeting_body
from assistant.detect.employer.namematch import (
    COMPANY_WORD,
    name_matching,
    tidy_name,
)
from assistant.detect.employer.titlenames import title_names
from assistant.detect.job.rolefield import role_in_field
from assistant.detect.job.roles import role_in_title
from assistant.detect.places.addressplace import is_locality
from assistant.detect.places.meetingplace import names_the_place
from assistant.detect.profile import Profile
from assistant.detect.text.lastevent import for_last_event
from assistant.detect.who.gobetween import mailbox_name, organisation_mailboxes
from assistant.detect.who.people import everyone, my_names
from assistant.detect.words import wording as w
from assistant.models import Event


@for_last_event  # asked again and again of each event while its company is read
def people_words(event: Event, profile: Profile) -> frozenset[str]:
    """The words of the names of the people on ``event``, the user's included."""
    # A scheduling service's sender and a team's mailbox are named after the company
    # ("Acme – Recruiting", "Acme Talent"), not a person: their words stay candidates.
    mailboxes = organisation_mailboxes(event)
    persons = [
        a for a in everyone(event) if not is_service(domain_of(a.email)) and a not in mailboxes
    ]
    people = {w for a in persons for w in a.name.lower().split()}
    # "sarah.lin@…" names Sarah Lin when the invite gives no display name
    people |= {w for a in persons for w in re.split(r"[._-]", a.email.split("@")[0].lower())}
    return frozenset(people | {w for n in my_names(event, profile) for w in n.split()})


def looks_like_name(phrase: str, people: Set[str]) -> bool:
    """Whether every word of ``phrase`` is a person's name or an initial ("Sam K.", "R.
    Quintanilha": the first name shortened, as a title writes the candidate's), one of
    them a name at least.

    Surnames joined by "&" name a firm after its founders ("Kestrel & Finch"), even
    when the founders are on the invite: a person's name never holds an ampersand."""
    words = [word.strip(".") for word in phrase.lower().split()]
    if "&" in words:
        return False
    return not words or (
        all(w in people or _initials(w) for w in words)
        and (words[0] in people or (len(words[0]) == 1 and words[-1] in people))
    )


@lru_cache(maxsize=4096)
def _initials(word: str) -> bool:
    """Whether ``word`` is an initial or the initials of a double name ("k", "n-s",
    "j.-p"), as a person shortens a surname ("Ana N-S")."""
    return len(word) == 1 or bool(re.fullmatch(r"[^\W\d_](?:[.-]+[^\W\d_]){1,2}", word))


# "… and I", "… und ich", "… et moi": the sender joined to the person before, in the
# languages of ``lang/``; a firm's name never ends in the writer's own pronoun.
_WITH_SENDER = re.compile(
    r"\s(?:and|&|und|et|y|e|en|och|og|i|a|ve|ile)\s+(?:I|me|ich|moi|je|yo|eu|io|ik|jag|ja|ben)$"
)


# A location naming the video room of a platform ("LinkedIn Video", "Zoom call", "Teams
# meeting"): how the user joins, never who hires, though the platform's domain is on it.
_VIDEO_ROOM = re.compile(
    r"^\W*(?:[\w.-]+\s+){1,2}(?:video(?:\s+call)?|call|meeting|live|room|vid[ée]o|videollamada"
    r"|videochamada|videocall|videogesprek|wideo\w*)\W*$",
    re.I,
)


def video_room(location: str) -> bool:
    """Whether ``location`` is only a platform's video room (:data:`_VIDEO_ROOM`)."""
    return len(location) < 40 and bool(_VIDEO_ROOM.match(location))


def footer_of(description: str, text: str) -> str:
    """The last lines of a raw ``description`` that its readable ``text`` cut off
    (``""`` when nothing was cut): where a tracking system signs its invites."""
    if len(description) <= len(text) + 1:
        return ""
    return "\n".join(description[-_FOOTER:].splitlines()[1:])


_FOOTER = 400  # characters at the end of a description read as its footer


def confirmed_name(
    event: Event, profile: Profile, labels: tuple[str, ...], text: str
) -> tuple[str | None, str]:
    """The name a corporate domain confirms, from the first source that writes it, in
    order of trust: the title, the description, the location, then the display names
    of the guests and senders ("Acme Recruiting" <recruiting@acme.com>).

    A name is given as fully as its source writes it: the title's whole part when that
    part is a name ("Transportes Cordillera" for cordillera.com.mx), and the name in the
    invite's own script before its gloss ("星野商事株式会社（Hoshino Shoji K.K.）"). A
    person's name on the invite is never the company, though it may share the domain's
    first letters."""
    title = w.without_forwarding(event.summary or "")
    for where, source, caps in (
        ("title", title, False),
        ("description", text, True),
        ("location", "" if video_room(event.location or "") else event.location or "", True),
        ("sender", None, True),
        # "Acme Spaces Inc. · 55 Water Street": a tracking system's footer after the
        # conferencing block, which the readable description leaves out
        ("description", footer_of(event.description or "", text), True),
    ):
        if source is None:
            # "Acme Health Recruitment" <careers@acme.example>: the team's word is no part
            # of the name (read last, and only when the invite's words name no one)
            source = "\n".join(mailbox_name(person) for person in organisation_mailboxes(event))
        found = name_matching(source, labels, caps) if source else None
        if found and _JOINER_THEN.search(found):
            found = _without_person_after(found, source, people_words(event, profile))
        # "Jameson Lee" at jamesonmills (the people's names are read only when needed);
        # "Kestrel and Dana Finch" at kestrel-finch: the founders, named as people
        if (
            found
            and not looks_like_name(found, people_words(event, profile))
            and not _holds_a_guest(found, event)
            and not addressed(found, source)
            # "Position: Urban Mobility Researcher" or "Ön görüşme – Ulaşım Planlama
            # Uzmanı" at kowhai-urban or kentselulasim: the job, which a domain only partly spells
            and not _the_job(found, title, text, labels)
            and not _after_job_word(found, source)
            # "Rupert Ardent and I would like …": a person and the sender, not a firm
            and not _WITH_SENDER.search(found)
            and not meeting_body(found)  # "Search Committee" at meridiansearch: whom one meets
        ):
            if where == "title":
                found = _whole_part(found, title)
            found = _initialled_before(found, source, labels)
            found = _through_place_word(found, source, labels)
            # "… – Lotnisko Chopina" at wul-lotnisko: the airport the location names,
            # which the domain spells only in part
            if where != "sender" and (
                names_the_place(found, event.location or "", labels)
                or is_locality(found, (event.location or "", source))  # "Seaview NSW 2041"
            ):
                continue
            return glossed_name(found, source) or found, where
    # "Zorggroep Van der Linden" <werkenbij@zorggroepvdl…>: a display name whose words
    # and initials spell its own address's domain is the organisation's, not a person's
    for person in everyone(event):
        label = domain_key(domain_of(person.email))
        last = squash(person.name.split()[-1]) if person.name.split() else ""
        if (
            last
            and label in labels
            and label.endswith((last, last[0]))  # the whole name, not "… Scheduling"
            and label in domain_spellings(person.name)
            # "Tom Van der Berg" <tom@tomvdb…>: a person's own address and name
            and not set(re.split(r"[._-]", person.email.split("@")[0].lower()))
            & set(person.name.lower().split())
        ):
            return person.name, "sender"
    return None, ""


# Up to three capitalised words right before a name, on its line ("presso Farmaceutici
# Veterinari Euganei S.p.A.": "Farmaceutici Veterinari" before "Euganei").
# Up to six words before a name, "&" counted as one ("Van der Berg & De Wit …").
_WORDS_BEFORE = re.compile(r"((?:(?:[^\W\d_][\w'’-]*|&)[ \t]+){1,6})$")
# The lower-case words inside a name: a surname's particles, "&" and the joining words.
_INSIDE_NAME = NAME_OPENERS | {"&", "and", "und", "et", "en", "e", "y"}


def _initialled_before(found: str, source: str, labels: tuple[str, ...]) -> str:
    """``found`` with the capitalised words written before it whose first letters begin
    the domain ("Euganei" → "Farmaceutici Veterinari Euganei" at fveuganei; "Farma B.V."
    → "Van der Berg & De Wit Farma B.V." at vdbdw-farma, particles and "&" inside): the domain
    spelled the name's first words as initials, so matching it confirmed only the last."""
    at = source.find(found)
    words_before = _WORDS_BEFORE.search(source, max(0, at - 80), at) if at > 0 else None
    if words_before is None:
        return found
    words = words_before.group(1).split()
    for start in range(len(words)):
        head = words[start:]
        whole = " ".join([*head, found])
        if (
            head[0][0].isupper()
            and all(word[0].isupper() or word.lower() in _INSIDE_NAME for word in head)
        ) and (
            initials_first(whole, labels)
            # "Rim Aviation" at pacrimaviation: the domain cut the first word ("Pacific")
            # short, so matching it confirmed only the words after
            or (spells_domain(whole, labels) and not spells_domain(found, labels))
        ):
            return whole
    return found


_LAST_WORD = re.compile(r"([^\W\d_][\w.]*)[ \t]+$")


def _after_job_word(found: str, source: str) -> bool:
    """Whether ``found`` is written right after a job word ("Director Jurídico" at
    talentojuridico, an agency's domain): a department in someone's title, not a name."""
    at = source.find(found)
    before = _LAST_WORD.search(source, max(0, at - 30), at) if at > 0 else None
    return bool(before and w.ROLE_NOUN.fullmatch(before.group(1).rstrip(".")))


def _the_job(found: str, title: str, text: str, labels: tuple[str, ...]) -> bool:
    """Whether ``found`` is written inside the job the title or a tracking system's field
    names, and no domain spells it whole: a domain's word inside a job title ("Urban"
    for kowhai-urban) is no name; "Nordby Konsult AB" at nordbykonsult is one."""
    if any(label in squash(found) for label in labels):
        return False
    jobs = (role_in_title(title), role_in_field(text))
    return any(job and found.casefold() in job.casefold() for job in jobs)


# A joining word and the one or two words after it, ending a name found.
_JOINER_THEN = re.compile(r"[ \t]+(?:and|und|et|en|e|y|og|och|ve|&|\+)[ \t]+(\S+(?:[ \t]+\S+)?)$")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")


def _without_person_after(found: str, source: str, people: Set[str]) -> str:
    """``found`` without a joining word and the person's name after it, when ``source``
    writes the rest of that person's name right after ``found``: a booking page's title
    "Interview between Acme Partners and Robin Hale" names the firm, then the guest, and
    a name found runs only up to a few words ("Acme Partners and Robin"). A firm named
    after a founder ("Hollis & Grant") ends there, and keeps its name."""
    joined = _JOINER_THEN.search(found)
    if joined is None or not looks_like_name(joined.group(1), people):
        return found
    at = source.find(found)
    after = _NEXT_WORD.match(source, at + len(found)) if at >= 0 else None
    if after and looks_like_name(after.group(1), people):
        return found[: joined.start()]
    return found


def _holds_a_guest(found: str, event: Event) -> bool:
    """Whether ``found`` contains the full name (two words or more) of someone on the
    invite: a firm named after its founders is written "Kestrel & Finch", while a
    sentence names them as people ("… Felix Kestrel and Dana Finch")."""
    lowered = f" {found.casefold()} "
    held = [
        person
        for person in everyone(event)
        if len(person.name.split()) >= 2 and f" {person.name.casefold()} " in lowered
    ]
    # "Acme Holdings plc" <acme@myworkday…> is no guest
    return bool(held) and any(person not in organisation_mailboxes(event) for person in held)


# A place's preposition inside a name ("Zahnklinik am Rheinufer", "Clinique sur Loire",
# "Casa del Sol", "Bank on Main Street"), in the languages of ``lang/``.
_PLACE_WORD = r"(?:am|an\s+der|an|im|auf|sur|sur\s+la|de\s+la|del|della|on|aan\s+de|op|vid|nad)"
_AFTER_PLACE_WORD = re.compile(
    rf"[ \t]+({_PLACE_WORD})[ \t]+([A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]*){{0,2}})"
)


def _through_place_word(found: str, source: str, labels: tuple[str, ...]) -> str:
    """``found`` with the place's preposition and the words after it that the name holds
    ("Zahnklinik" → "Zahnklinik am Rheinufer" at zahnklinik-rheinufer): where the domain
    spells the words on both sides, the preposition is inside the name, not after it."""
    at = source.find(found)
    after = _AFTER_PLACE_WORD.match(source, at + len(found)) if at >= 0 else None
    if after is None:
        return found  # the cheap test first: most names end where they are read
    words = after.group(2).split()
    for count in range(len(words), 0, -1):
        tail = " ".join(words[:count])
        spelled = {squash(found + tail), squash(f"{found} {after.group(1)} {tail}")}
        if spelled & set(labels):
            return f"{found} {' '.join(after.group(1).split())} {tail}"
    return found


def _whole_part(found: str, title: str) -> str:
    """The title's part that ends with ``found`` when that part is a name as a whole
    ("Transportes Cordillera"): words before a confirmed name belong to it, while a
    word after it may be a city or a department, which :func:`name_matching` has judged,
    unless the part is the name and one company's word."""
    _, candidates, _ = title_names(title)
    heading = _HEADING_BRACKET.match(title)
    for candidate in (*candidates, *([heading.group(1).strip()] if heading else [])):
        # the name as read may lack the full stop closing its legal form ("Andina S.A.C"
        # of "Red Odontológica Andina S.A.C.")
        if candidate.rstrip(".").endswith(found.rstrip(".")) and len(candidate) > len(found) + 1:
            return tidy_name(candidate)
        # a part that is the name and one word companies end with, though departments
        # use it too ("Brightline Analytics – first interview"): the title names a firm
        rest = candidate[len(found) :].split() if candidate.startswith(found + " ") else []
        if len(rest) == 1 and COMPANY_WORD.fullmatch(rest[0]):
            return tidy_name(candidate)
        # the name and more words up to a legal form closing the part ("Kaya Mimarlık ve
        # Kentsel Tasarım A.Ş.", "[Tessellate Design Co.]"): the registered name whole
        if 0 < len(rest) <= 5 and _CLOSING_FORM.search(candidate):
            return tidy_name(candidate)
        # the name and capitalised words up to an institution's noun closing the part
        # ("Ravensworth Legal Aid Trust", "Sunda Mediation & Arbitration Centre")
        if (
            0 < len(rest) <= 4
            and all(word[0].isupper() or word == "&" for word in rest)
            and institution_noun(rest[-1])
        ):
            return tidy_name(candidate)
    return found


# A bracket heading a title ("[Acme Design Co.] Team Interview – …"), as scheduling
# tools write the employer.
_HEADING_BRACKET = re.compile(r"\s*[\[【]([^\]】]{2,60})[\]】]")
_CLOSING_FORM = re.compile(
    rf"\s(?:{LEGAL_FORM.pattern}|Co\.|Inc\.|Ltd\.?|LLC|LLP|PLC|Pty\.?\s+Ltd\.?)$"
)
