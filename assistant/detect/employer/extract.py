"""What an invitation says about the employer: the company's name, as a person writes it.

One ordered list of sources, used the same way for every invite format:

1. the name heading a title in brackets ("【Acme】") and an ATS "Company:" field;
2. a name a guest's corporate domain confirms (:mod:`.namematch`), from the title
   (its whole part: "Transportes Acme"), the description, the location, then a team
   mailbox's display name ("Acme Recruiting"); an agency's name gives way to its
   client (named in the title or in words, or the client's people on the invite);
3. a name the title gives in a usual place ("… at Acme", "Acme – Onsite"), a
   scheduling link's event name, "interviews with Acme", a registered name on a
   signature line ("Acme Logistik GmbH");
4. an itinerary's company, the tenant an ATS sends for, and last the domain itself
   turned into a readable name ("Wayne Enterprises").

Never a person on the invite, a round word, a session number or a department.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.detect.employer.addressform import addressed_person
from assistant.detect.employer.afterform import without_department, without_seat
from assistant.detect.employer.brandname import without_trade_name
from assistant.detect.employer.confirmed import (
    confirmed_name,
    looks_like_name,
    people_words,
)
from assistant.detect.employer.domains import (
    domain_key,
    domain_of,
    is_free_mail,
    is_own,
    is_service,
    readable_name,
    squash,
)
from assistant.detect.employer.domainspelling import spells_domain
from assistant.detect.employer.fullname import institution_name
from assistant.detect.employer.initials import ended_at_own_initials, spelled_in_full
from assistant.detect.employer.jobshape import employer_after_job, job_shaped, name_shaped_over
from assistant.detect.employer.legalname import registered_in_words, signature_name
from assistant.detect.employer.meetingbody import meeting_body, meeting_named
from assistant.detect.employer.namematch import (
    FIELD_END,
    LEGAL,
    name_matching,
    place_or_service,
    sentence_cut,
    tidy_name,
    without_own_abbreviation,
)
from assistant.detect.employer.personname import person_on_invite
from assistant.detect.employer.platformline import platform_domain
from assistant.detect.employer.registeredform import registered_form
from assistant.detect.employer.scriptname import (
    CJK_FORM_FIRST,
    bracketed_name,
    registered_in_script,
)
from assistant.detect.employer.shortform import registered_for
from assistant.detect.employer.textname import named_in_text
from assistant.detect.employer.titlenames import title_names, without_round_tail
from assistant.detect.job.besideround import job_beside_round
from assistant.detect.job.jobparts import field_after_role, in_the_job, team_after_job
from assistant.detect.places.addressplace import is_locality, without_locality
from assistant.detect.places.meetingplace import names_the_place
from assistant.detect.profile import Profile
from assistant.detect.text.itinerary import read_itinerary
from assistant.detect.text.lastevent import for_last_event
from assistant.detect.text.titles import round_words
from assistant.detect.who.gobetween import (
    ats_tenant,
    client_for_placeholder,
    client_in_text,
    client_labelled,
    forwarded_sender,
    intermediary,
    sender_names,
    subject_of_invite,
    system_sender,
    system_sender_named,
)
from assistant.detect.who.names import COURTESY_NAME
from assistant.detect.who.onbehalf import client_met, sent_for
from assistant.detect.who.people import everyone, is_mine
from assistant.detect.words import eventkinds
from assistant.detect.words import wording as w
from assistant.models import AttendeeKind, Event


@for_last_event  # asked three times of each event while its company is read
def employer_domains(event: Event, profile: Profile) -> tuple[str, ...]:
    """Corporate domains of everyone but the user, most frequent first (organizer wins ties)."""
    counts: dict[str, int] = {}
    for person in everyone(event):
        domain = domain_of(person.email)
        if (
            not domain
            or person.kind in (AttendeeKind.ROOM, AttendeeKind.RESOURCE)
            or is_mine(person, profile)
            or is_free_mail(domain)
            or is_service(domain)
            or is_own(domain, profile.own_domains)
            or "resource." in domain
            or platform_domain(domain, event.description or "")  # "Powered by Breezy HR"
        ):
            continue
        counts[domain] = counts.get(domain, 0) + (2 if person.is_organizer else 1)
    # a forwarded invite's copy keeps no guests: the forwarded mail's sender invited
    sender = forwarded_sender(event.description) if event.description else None
    domain = domain_of(sender) if sender else ""
    if domain and not profile.is_me(sender or "") and _corporate(domain, profile):
        counts[domain] = counts.get(domain, 0) + 1
    return tuple(sorted(counts, key=lambda d: -counts[d]))


def _corporate(domain: str, profile: Profile) -> bool:
    return not (is_free_mail(domain) or is_service(domain) or is_own(domain, profile.own_domains))


def _name_in_title(
    title: str, event: Event, profile: Profile, text: str = "", avoid: str = ""
) -> str | None:
    """A company the title names in a usual place, when no domain can confirm it.

    A part after a job title and a comma ("Product Owner, Claims Platform") is the
    employer unless the description writes the job title with it as one phrase (then
    it is the job's team; an earlier round naming the job so is weighed in
    :mod:`.verdicts`). A part naming ``avoid`` (an agency, in short or in full:
    "Halcyon | Client interview: …" from Halcyon Executive Search) is passed over."""
    place, candidates, beside_round = title_names(title)
    if not [p for p in everyone(event) if not is_mine(p, profile)]:
        # the user's own note: "Final interview Acme" names the employer beside the round
        candidates = beside_round + candidates
    if place is None and not candidates:
        return None
    people = people_words(event, profile)
    if place and not (
        looks_like_name(place, people)
        or place_or_service(place)
        or names_the_place(place, event.location or "", _labels(event, profile))
    ):
        return tidy_name(place)

    def a_person(name: str) -> bool:
        return looks_like_name(name, people)

    def passes(candidate: str) -> bool:
        if (
            looks_like_name(candidate, people)
            or team_after_job(candidate, title, text)
            or (
                field_after_role(candidate, title)
                and not _spells_a_domain(candidate, event, profile)
            )
            or (avoid and _same_firm(candidate, avoid))
            or names_the_place(candidate, event.location or "", _labels(event, profile))
            or is_locality(candidate, (event.location or "", text))  # "…, 27568 Hafenstadt"
            or meeting_body(candidate)  # "CTRF final - Board Chair": whom the user meets
            # "Portfolio Walkthrough — Ana": the meeting's own name
            or meeting_named(candidate, lambda: _labels(event, profile))
            # "Ana Ruiz (Cellar Master)", "for Strata Manager at …": the job (:mod:`.jobshape`)
            or job_shaped(candidate, title, text, event, a_person, bool(avoid))
        ):
            return False
        if text and candidate in text and in_the_job(candidate, text, title):
            return False  # "Tweede gesprek – Uitvoerder" with "Vacature: Uitvoerder": the job
        # "İkinci mülakat – Hukuk Asistanı" from adalethukuk.example: the job
        return bool(
            avoid
            or not job_beside_round(
                candidate, title, _labels(event, profile), people, _names(event), text
            )
        )

    for at, candidate in enumerate(candidates):
        if not passes(candidate):
            continue
        rest = candidates[at + 1 :]
        # "シニアデータエンジニア／株式会社さくらデータ": the part with a name's shape
        shaped = name_shaped_over(candidate, rest, sender_names(event)) if rest else None
        if shaped and passes(shaped):
            candidate = shaped
        return tidy_name(without_department(candidate))
    return None


def _names(event: Event) -> str:
    return " ".join(p.name for p in everyone(event) if p.name)


def _labels(event: Event, profile: Profile) -> tuple[str, ...]:
    return tuple(domain_key(d) for d in employer_domains(event, profile))


def _spells_a_domain(name: str, event: Event, profile: Profile) -> bool:
    """Whether ``name`` spells one of the employer's domains (read only when needed)."""
    return spells_domain(name, _labels(event, profile))


def _same_firm(one: str, other: str) -> bool:
    """Whether two names are one firm's, one written shorter ("Halcyon", "Halcyon
    Executive Search")."""
    a, b = name_key(one), name_key(other)
    return len(min(a, b, key=len)) >= 3 and (a.startswith(b) or b.startswith(a))


def company_of(
    event: Event, profile: Profile, text: str, job_context: bool = True
) -> tuple[str | None, str]:
    """The employer's name and where it was read ("title", "description", "domain"…).

    ``text`` is the readable description. Without ``job_context`` a title is not
    searched for names that no domain confirms, so "Lunch with Jamie" names no company.
    A name the invite also writes with its legal form is given in that registered form
    (:mod:`.legalname`).
    """
    name, where = _company_of(event, profile, text, job_context)
    name = without_round_tail(name, event.summary or "") if name else name  # "… Live Interview"
    name = without_seat(name) if name else name  # "… GmbH, Zug": the seat is no part of it
    # "Bayside Homes Seaview" beside "…, Seaview NSW 2041": the site's locality
    name = without_locality(name, (event.location or "", text)) if name else name
    if name and where != "title" and w.search(w.AGENCY, name):
        # an agency's invite: "your first interview with Harbourfront Gallery for the …
        # role" names its client, the employer, beside the agency's signature
        client = client_met(text, event, profile)
        if client:
            name, where = client, "description"
    if name and (
        re.match(COURTESY_NAME, name)
        or addressed_person(name)
        or person_on_invite(name, event, profile)
    ):
        # "Ms. Mariam Haddad" read from "your interview with Ms. …", "Tanaka-san",
        # "Okafor, Ruth", "Lotte & Wim": a person or two (:mod:`.personname`)
        domains = employer_domains(event, profile)
        name, where = (readable_name(domains[0]), "domain") if domains else (None, "")
    if name and where != "domain":
        name = registered_form(without_own_abbreviation(name), where == "title", event, text)
        if " " in name and text:
            # "Verksamhetschef, Skolkoncernen Lärvik AB" with "som Verksamhetschef hos …"
            name = employer_after_job(name, text) or name
        return name, where
    # "Lchsa" from lchsa.example where the text writes "Lakeshore County … (LCHSA)";
    # "Hofzorg Delft" from hofzorg-delft.example where the title writes "Stichting …"
    sources = (event.summary or "", event.location or "", text)
    if name:
        people = "\n".join(p.name for p in everyone(event) if p.name)
        full = spelled_in_full(name, sources, made_up=True)
        # "Alpine Semi" from alpine-semi.example where the signature writes "Société
        # Alpine de Semi-conducteurs SAS": the invite names its employer
        standing = None if full else registered_for(name, (*sources, people))
        if standing:
            return standing, "description"
        name = full or institution_name(name, (*sources, people)) or name
    return name, where


# A word of a name that counts towards its length: not a joining word ("of", "&", "y").
_NAME_WORD = re.compile(r"(?<!\S)(?!(?:of|and|for|de|del|la|y|e|et|und|van|der)\s)[^\s&]+")


def _company_of(
    event: Event, profile: Profile, text: str, job_context: bool
) -> tuple[str | None, str]:
    domains = employer_domains(event, profile)
    labels = tuple(domain_key(d) for d in domains)
    title = w.without_forwarding(event.summary or "")
    bracketed = bracketed_name(title)
    # 【Acme】 heads the title: the invite's own spelling; 【会社説明会】 names the event,
    # 【ご案内】 ("notice") says what the mail is, 【已取消】 ("cancelled") what became of it
    if (
        bracketed
        and job_context
        and not (
            round_words().search(bracketed)
            or eventkinds.event_kind(bracketed)
            or w.MEETING_NOTE.fullmatch(bracketed)
            or w.CANCELLED_PART.search(bracketed)  # 【已取消】, 【キャンセル】: the event's state
        )
    ):
        return bracketed, "title"
    # the footer a tracking system writes may follow the conferencing block, so the
    # whole description is searched
    written_for = sent_for(event.description or "", event, profile) if job_context else None
    if written_for:
        return written_for, "description"
    client = client_in_text(title) if job_context else None
    if client and not round_words().search(client):
        return client, "title"  # "Agency | Client interview: Acme": the client hires
    field = w.COMPANY_FIELD.search(text)
    if field and job_context:
        # "Company: Acme Marine. Reply to this invite …": the field's value ends its sentence
        name = tidy_name(sentence_cut(FIELD_END.split(field.group(1), maxsplit=1)[0]))
        name = ended_at_own_initials(name) if name else name  # "… (WRU), Lausanne"
        name = without_trade_name(name) if name else name  # "PT Keadilan … (HukumKita)"
        # a public body's name runs long through "of" and "&" ("City of X Health, Housing
        # & Community Services Department"): its small joining words are not counted
        if name and len(_NAME_WORD.findall(name)) <= 7 and not round_words().search(name):
            return name, "description"
    if labels:
        found, where = confirmed_name(event, profile, labels, text)
        client = client_labelled(text) if not found else None
        if client:
            # "… meeting with the board chair. Client: Acme Ports Ltd." from an agency
            # whose own name the invite leaves out: the client hires (a label says so,
            # whatever the meeting is called)
            return client, "description"
        if found and intermediary(found, title, text):
            # An agency's invite names its client in the title, or the client's people
            # are on it: the client hires.
            named = (
                (_name_in_title(title, event, profile, text, avoid=found), "title"),
                (client_in_text(text), "description"),
                # "je eerste gesprek met Studio X B.V.": the firm the interview is with
                (client_met(text, event, profile), "description"),
                (client_for_placeholder(found, title, text), "description"),  # "Acme / Client …"
            )
            for client, where in named:
                # "Kestrel client interview" for "Kestrel Search": the agency written shorter
                if client and not _same_firm(client, found):
                    return client, where
            if named[1][0] and name_key(named[1][0]) == name_key(found):
                # "my client Acme Shipping Ltd": the name found is the client the agency names
                return found, "title" if title.find(found) >= 0 else "description"
            others = tuple(label for label in labels if not name_matching(found, (label,), False))
            if others:
                again, where = confirmed_name(event, profile, others, text)
                return again or readable_name(domains[labels.index(others[0])]), where or "domain"
        if found:
            return found, where
    if job_context:
        # A name the invite writes beats one made from a domain: the guest's domain may
        # be an agency's, a relay's or a parent company's.
        found = _name_in_title(title, event, profile, text)
        if found:
            return found, "title"
        booked = w.event_name(text)  # a scheduling link's event name is a second title
        found = _name_in_title(booked, event, profile, text) if booked else None
        if found:
            return found, "description"
        found = named_in_text(text, people_words(event, profile))
        if found:
            return found, "description"
        # a signature line, else a registered name written anywhere, in a script without
        # spaces ("(주)한빛동물약품 인사팀 …") or in a sentence ("… RH da Trilhos Paulista
        # Engenharia Ltda. está …"): each beats a name made from a domain
        signed = signature_name(text) or registered_in_script(text) or registered_in_words(text)
        if signed:
            return signed, "description"
    itinerary = read_itinerary(event.description).company if job_context else None
    if itinerary and not (
        w.search(w.ROLE_NOUN, itinerary)  # a job title ("Senior Product Manager") is no company
        or round_words().search(itinerary)
        or looks_like_name(itinerary, people_words(event, profile))  # nor an interviewer
    ):
        return itinerary, "itinerary"

    def a_person(name: str) -> bool:
        return looks_like_name(name, people_words(event, profile))

    sender = (
        (system_sender(event, a_person) or subject_of_invite(text, a_person))
        if job_context
        else None
    )
    if sender:
        return sender, "sender"
    tenant = ats_tenant(event)
    if tenant:
        # "ostrandervale@talent.icims…": the name the invite writes for the tenant
        # ("Location: Ostrander and Vale LLP, …") or the system's sender ("Ostrander and
        # Vale Careers" <careers@ostrandervale.icims…>) before one made from the address
        for where, source in (
            ("description", text),
            ("location", event.location or ""),
            ("sender", sender_names(event)),
        ):
            written = name_matching(source, (squash(tenant),), True) if source else None
            if written and not looks_like_name(written, people_words(event, profile)):
                return written, where
        return tenant, "scheduling address"
    if domains:
        return readable_name(domains[0]), "domain"
    by_sender = system_sender_named(event, a_person, text) if job_context else None
    return (by_sender, "sender") if by_sender else (None, "")


@lru_cache(maxsize=4096)
def name_key(name: str) -> str:
    """The employer key of a name: squashed, legal form dropped ("Acme Corp." → "acme",
    "(재)한빛문화재단" → "한빛문화재단")."""
    key = squash(CJK_FORM_FIRST.sub("", name) or name)
    stripped = LEGAL.sub("", key)
    return stripped if len(stripped) >= 2 else key
