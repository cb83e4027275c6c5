"""Who speaks for the employer without being it: go-betweens and team mailboxes.

An agency or search firm books a client's interviews ("(arranged by Bramble Search)",
"my client, Acme", "client: Acme Ltd"); a team's mailbox carries the company's name
with its team's word ("Acme Health Recruitment" <careers@acme.com>). :mod:`.extract`
asks here before taking such a name as the employer. A tracking system sends for its
tenant (``acme@myworkday.com``), and a forwarded invite keeps only the forwarded mail's
sender ("From: … <ana@acme.example>"): both say who the employer is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache

from assistant.detect.employer.afterform import ending_at_form
from assistant.detect.employer.domains import (
    ATS_DOMAINS,
    domain_key,
    domain_of,
    is_ats,
    is_free_mail,
    is_service,
    readable_name,
    squash,
)
from assistant.detect.employer.legalname import LEGAL_FORM
from assistant.detect.employer.namematch import LEGAL, NAME, ends_a_name, name_of_words, tidy_name
from assistant.detect.text.lastevent import for_last_event
from assistant.detect.text.titles import GO_BETWEEN_WORDS
from assistant.detect.who.names import looks_like_name as looks_like_person
from assistant.detect.who.people import everyone
from assistant.detect.words import wording as w
from assistant.detect.words.matcher import Alternative, Vocabulary
from assistant.detect.words.vocabulary import fragments
from assistant.models import Attendee, Event


def intermediary(name: str, title: str, text: str) -> bool:
    """Whether ``name`` is a go-between rather than the employer: an agency's name
    ("… Recruitment"), a name after "via" in the title, or an invite speaking of
    "my client" (:data:`wording.AGENCY_TEXT`)."""
    if re.search(re.escape(name) + _MARKED_CLIENT, title):
        return False  # "2nd stage – Acme (client)": the agency marks the employer so
    at = title.find(name)
    via = at > 0 and _VIA.search(title, 0, at)
    return bool(
        via
        or w.AGENCY.search(name)
        or w.search(w.AGENCY_TEXT, text)
        # "Kestrel client interview #2 – Acme": the agency names itself, then its client
        or re.search(re.escape(name) + _BEFORE_CLIENT, title) is not None
        or _agency_in_full(name, text)
    )


def _agency_in_full(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` in full as an agency's ("Redgrove" in a title,
    "Redgrove Search" or "Redgrove Staffing" signing the description): the words after
    it end with an agency's word. An employer's own team ("Acme Recruiting Team",
    "Acme Talent") is written with such words too, so those are not asked."""
    if len(name) < 3:
        return False
    for found in re.finditer(re.escape(name) + r"(?:[ \t]+[A-Z][\w&]*){1,3}", text):
        written = found.group(0)
        agency = w.AGENCY.search(written, len(name))
        if agency and agency.end() == len(written) and not _OWN_TEAM.match(agency.group(0)):
            return True
    return False


# "Kestrel client interview", "Kestrel / Client interview": the agency, then its client
_BEFORE_CLIENT = r"(?:[ \t]+|[ \t]*[/|+][ \t]*)(?i:client|kunden?(?:termin|gespr[äa]ch)?|cliente|klant|kund|klient)\b"
_OWN_TEAM = re.compile(r"recruit|talent|people", re.I)
# "Acme (client)", "Acme [Kunde]": a name the title marks as the agency's client.
_MARKED_CLIENT = r"[ \t]*[(\[](?i:client|kunde|cliente|klant|kund|klient|client[e]?)[)\]]"


def client_for_placeholder(agency: str, title: str, text: str) -> str | None:
    """The company ``text`` names where an agency's ``title`` writes the word "client"
    in place of its client's name ("Kestrel / Client interview – round 2", "Kestrel
    Kunde Gespräch"): the first capitalised name in a sentence that a company's word
    ends ("Brindle Marine & Salvage Company would like to …"), not the agency's own;
    ``None`` when the title names its client or the text names no company."""
    placeholder = re.search(re.escape(agency) + _BEFORE_CLIENT + r"(?![ \t]*:)", title)
    if not placeholder or title[placeholder.end() :].lstrip()[:1].isupper():
        return None  # "Kestrel client Acme – …": the title names its client
    for found in _COMPANY_IN_SENTENCE.finditer(text):
        words = found.group(1).split()
        if (
            ends_a_name(words[-1])
            and agency not in found.group(1)
            and not w.AGENCY.search(found.group(1))
        ):
            return found.group(1)
    return None


# Capitalised words (and "&" between them) a company's word may end, at a sentence's
# or a line's start: "Brindle Marine & Salvage Company would like …".
_COMPANY_IN_SENTENCE = re.compile(
    r"(?:^|(?<=[.!?:]\s)|(?<=\n))[ \t]*((?:[A-Z][\w'’-]*[ \t]+(?:&[ \t]+)?){1,5}[A-Z][\w'’.-]*)"
    r"(?=[ \t]+[a-z])",
    re.M,
)


def client_in_text(text: str) -> str | None:
    """The employer an agency names as its client ("My client, Brindle Foods, …",
    "Client interview: Brindle Foods" in a title)."""
    lowered = text.casefold()
    if not any(word in lowered for word in _CLIENT_WORDS):
        return None  # the cheap test first: most texts name no client
    match = _CLIENT.search(text)
    return tidy_name(ending_at_form(match.group(1))) if match else None


@lru_cache(maxsize=256)
def client_labelled(text: str) -> str | None:
    """The client a search firm's label names ("Client: Ostara Energy Ltd", "Kunde: …"),
    also after a sentence on the same line: whom the agency hires for; ``None`` when
    the client is only spoken of ("our client, Ostara, …")."""
    lowered = text.casefold()
    if not any(word in lowered for word in _CLIENT_WORDS):
        return None  # the cheap test first: most texts name no client
    for match in _CLIENT.finditer(text):
        if ":" in text[match.start() : match.start(1)]:
            return tidy_name(ending_at_form(match.group(1)))
    return None


_CLIENT = re.compile(
    # "my client" and "our client" in the languages of lang/ ("il mio cliente", "mi cliente",
    # "meu cliente", "mon client", "mein Kunde", "mijn klant", "min kund", "mój klient")
    r"(?:(?i:my|our|mein(?:em|en)?|unser(?:em|en)?|mon|notre|mi|nuestro|meu|nosso|il\s+mio"
    r"|il\s+nostro|mijn|onze|min|vår|mój|nasz)\s+"
    # a headhunter's "Mandant" (German), "opdrachtgever" (Dutch), "uppdragsgivare"
    r"(?i:client|kunden?|cliente|klant|kund|klient(?:em|a)?|mandant(?:en)?|opdrachtgever"
    r"|uppdragsgivare)(?:,|\s+is|\s*\()?"
    # "(client: Ostara Energy Ltd)": a search firm's label for whom it hires, also before
    # the meeting it books ("Client interview: Ostara Energy")
    r"|\b(?i:client|kunde|cliente|klant|kund|klient)"
    r"(?:\s+(?i:interview|meeting|call|visit|gespr[äa]ch|termin|entrevista|entretien|colloquio"
    r"|reuni[óo]n|reuni[ãa]o|gesprek|intervju|spotkanie|rozmowa))?\s*:"
    # an agency recruiting for its client: "Talentia is recruiting on behalf of Acme plc",
    # "sucht im Auftrag von …", "recrute pour le compte de …", "recluta en nombre de …"
    r"|(?i:recruit\w*|hiring|search\w*|headhunt\w*|such\w*|recrut\w*|reclut\w*|recrut\w*"
    r"|werv\w*|rekryter\w*|rekrut\w*)\s+(?i:on\s+behalf\s+of|im\s+auftrag\s+von|en\s+nombre\s+de"
    r"|pour\s+le\s+compte\s+d[e']|per\s+conto\s+di|em\s+nome\s+d[aeo]|namens|w\s+imieniu"
    r"|på\s+uppdrag\s+av))\s*(" + name_of_words(7) + ")"
)  # a client's name may run to seven words ("Marina Grand Prix Organising Committee")
_CLIENT_WORDS = ("client", "kund", "klant", "klient", "behalf", "auftrag", "nombre", "compte",
                 "conto", "nome", "namens", "imieniu", "uppdrag", "mandant",
                 "opdrachtgever")  # fmt: skip
_VIA = re.compile(r"\b" + GO_BETWEEN_WORDS + r"\s+$", re.I)


def shared_mailbox(person: Attendee, labels: Iterable[str] = ()) -> bool:
    """Whether ``person`` is a team's or the organisation's mailbox, whose display name
    is the company's, not a person's ("Jameson Lee" at jamesonfoods.com is a person):
    a team's word in it or its address ("Acme Recruiting" <talent@acme.com>), a legal
    form ending it ("Northwind Logistics plc" <northwind@myworkday.com>), or the name
    spelling its own domain or one of ``labels`` (the employer domains' labels on the
    invite) and more ("Harbour Board Authority" <jobs@harbourboard…>, "Acme Trust"
    <notifications@ats…> beside a guest at acmetrust…), unless the address is the
    person's own ("tom@tomvdb…" is Tom Van der Berg's)."""
    return _is_mailbox(person.email, person.name, labels)


def _is_mailbox(email: str, name: str, labels: Iterable[str]) -> bool:
    if not name:
        return False
    local = email.split("@", 1)[0]
    if w.RECRUITING_ADDRESS.search(local) or _TEAM_NAME.search(name):
        return True
    words = name.split()
    if len(words) < 2:
        return False
    if LEGAL_FORM.fullmatch(words[-1]):
        return True
    own = set(re.split(r"[._-]", local.lower())) & {word.casefold() for word in words}
    domain = domain_of(email)
    spelled = squash(name)
    candidates = (*labels, "" if is_service(domain) else domain_key(domain))
    return not own and any(len(label) >= 4 and spelled.startswith(label) for label in candidates)


@for_last_event  # asked up to five times of each event while its company is read
def organisation_mailboxes(event: Event) -> tuple[Attendee, ...]:
    """The people on ``event`` who are a team's or the organisation's mailbox
    (:func:`shared_mailbox`), judged against the employer domains on it."""
    people = everyone(event)
    chosen = _mailboxes(tuple((person.email, person.name) for person in people))
    return tuple(people[at] for at in chosen)


@lru_cache(maxsize=4096)  # a series and an employer's invites repeat their guests
def _mailboxes(people: tuple[tuple[str, str], ...]) -> tuple[int, ...]:
    """The positions in ``people`` (address and display name each) of the mailboxes."""
    labels = {
        domain_key(domain)
        for domain in (domain_of(email) for email, _ in people)
        if domain and not is_service(domain) and not is_free_mail(domain)
    }
    return tuple(at for at, (email, name) in enumerate(people) if _is_mailbox(email, name, labels))


# A hiring team's word in the languages of ``lang/`` ("Acme Talento", "Acme Recrutement").
_TEAM_WORDS = (
    r"recruit\w*|talent[oi]?s?|careers?|hiring|people|team|hr|rh|rrhh|jobs|reclutamiento"
    r"|selecci[óo]n|recrutement|recrutamento|selezione|werving|rekrytering|rekrutacja|karriere"
    r"|personalabteilung|personal|(?:İ|i)nsan\s+kaynaklar[ıi]|human\s+resources"
)
_TEAM_NAME = re.compile(rf"\b(?:{_TEAM_WORDS}|events|notifications?)\b", re.I)


# The team a mailbox's display name ends with, in the usual forms, with the programme it
# hires for ("Acme Early Careers", "Acme Graduate Recruitment", "Acme Campus Hiring").
_TEAM_SUFFIX = re.compile(
    r"(?:[\s,–-]+(?:(?:early|graduate|campus|student|university|emerging|junior)\s+)?"
    rf"(?:talent\s+acquisition|{_TEAM_WORDS}|hiring\s+team|people\s+team))+\s*$",
    re.I,
)


# The platform a system sends through, after the sender's name ("Acme Ltd via HireVue",
# "Acme über Personio"): the platform is never the employer.
_VIA_PLATFORM = re.compile(
    r"\s+(?:via|über|through|par|por|através\s+de|tramite|przez)\s+\S.*$", re.I
)


def mailbox_name(person: Attendee) -> str:
    """A team mailbox's display name without its team's word or the platform it is sent
    through: "Acme Health Recruitment" → "Acme Health", "Acme Ltd via HireVue" → "Acme Ltd"."""
    return _TEAM_SUFFIX.sub("", _VIA_PLATFORM.sub("", person.name))


# The sender's line of a mail pasted or forwarded into the description ("From: Ana Ruiz
# <ana.ruiz@acme.example>", "Von: …", "差出人: …"), its address in angle brackets. Made on
# first use, as the vocabularies are (:mod:`.wording`): importing detection reads none.
@cache
def _forwarded_from() -> Vocabulary:
    return Vocabulary(
        [
            Alternative(
                r"^[ \t>*]*",
                (*fragments("forwarded_from", True), *fragments("forwarded_from", False)),
                r"\s*[:：][^\n<]{0,80}<\s*([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*>",
            )
        ],
        re.I | re.M,
    )


def forwarded_sender(description: str) -> str | None:
    """The address that sent the mail the user forwarded or pasted into their own copy of
    an invite (a forwarded invite keeps no guests: its header says who invited), or ``None``."""
    if "@" not in description:
        return None
    match = _forwarded_from().search(description)
    return match.group(1).lower() if match else None


def ats_tenant(event: Event) -> str | None:
    """The company an ATS sends for: ``acme@myworkday.com``, ``acme.greenhouse.io``."""
    for person in everyone(event):
        domain = domain_of(person.email)
        if not is_ats(domain):
            continue
        local = person.email.split("@", 1)[0].lower()
        if re.fullmatch(r"[a-z][a-z0-9]{2,}", local) and not _GENERIC_BOX.search(local):
            return readable_name(local + ".com")
        # "careers@cascadiatransit.icims.com", "acme.wd3.myworkday.com": the tenant's label
        label = domain.split(".")[0]
        if (
            domain.count(".") >= 2
            and domain not in ATS_DOMAINS  # "gupy.com.br": the system's own national domain
            and re.fullmatch(r"[a-z][a-z0-9-]{2,}", label)
            and not _GENERIC_BOX.search(label)
            and label not in _SERVICE_LABELS
        ):
            return readable_name(label + ".com")
    return None


# A tracking system's own mailbox or host, never a tenant's name; "do not reply" in the
# languages of ``lang/`` ("naoresponda", "nepasrepondre", "keineantwort", "ikkesvar").
_GENERIC_BOX = re.compile(
    r"reply|notif|schedul|calendar|invite|recruit|talent|interview|jobs|careers"
    r"|respond|repond|antwort|antwoord|rispond|svar|odpowiad|yanitla"
)
_SERVICE_LABELS = frozenset(
    {"app", "apps", "mail", "email", "hire", "www", "us", "eu", "uk", "api", "my", "go", "em"}
)


def sender_names(event: Event) -> str:
    """The display names of a team's mailboxes and of tracking systems' senders on
    ``event``, team words left out, one a line: each writes the employer's name."""
    return "\n".join(
        mailbox_name(p)
        for p in everyone(event)
        if shared_mailbox(p) or is_service(domain_of(p.email))
    )


def system_sender(event: Event, is_person: Callable[[str], bool]) -> str | None:
    """The employer a tracking system's sender is named after ("Acme Hotels S.A."
    <noreply@smartrecruiters.com>, "Acme AG Recruiting" <noreply@successfactors.eu>):
    the tenant's name, written by the system. Only a firm's name (a legal form or a word
    companies end with), never one ``is_person`` calls a person's: a recruiter's own
    name may head such a sender too."""
    for person in everyone(event):
        if not (person.name and is_ats(domain_of(person.email))):
            continue
        name = tidy_name(mailbox_name(person))
        words = name.split()
        # "Lindqvist Recruiting", "Acme Bancorp Talent Acquisition": the firm's team
        teamed = bool(words) and name != tidy_name(_VIA_PLATFORM.sub("", person.name))
        if (
            (
                teamed
                or (
                    len(words) >= 2
                    and (LEGAL.fullmatch(squash(words[-1])) or any(ends_a_name(w) for w in words))
                )
            )
            and words[0][:1].isupper()
            and not is_person(name)
        ):
            return name
    return None


def system_sender_named(
    event: Event, is_person: Callable[[str], bool], text: str = ""
) -> str | None:
    """The display name a tracking system's no-reply sender gives, when nothing else on
    the invite names the employer ("Océanis Conservation" <no-reply@welcomekit.co>):
    the tenant's name as the system writes it, unless ``is_person`` calls it a person's
    or it names the system itself ("Welcome to the Jungle"). A name with a person's
    shape ("Dana Whitfield", a recruiter's) counts only when the readable ``text``
    writes its first word too ("L'équipe Océanis" signing)."""
    for person in everyone(event):
        domain = domain_of(person.email)
        if not (person.name and is_ats(domain)):
            continue
        name = tidy_name(mailbox_name(person))
        if (
            name
            and name[:1].isupper()
            and not is_person(name)
            and squash(name)[:5] not in squash(domain)
            and (
                not looks_like_person(name) or re.search(rf"\b{re.escape(name.split()[0])}\b", text)
            )
        ):
            return name
    return None


def subject_of_invite(text: str, is_person: Callable[[str], bool]) -> str | None:
    """The employer a tracking system's sentence names as the one that scheduled the
    interview ("Brightwater Digital News LLC has scheduled an interview.", "… ha programado una
    entrevista"): the firm's name, written by the system. A line that begins with a
    person's name (``is_person``: "Sam Lee has scheduled …") or one word names no firm."""
    found = w.search(w.SCHEDULED_BY, text[:2000])
    if found is None:
        return None
    start = text.rfind("\n", 0, found.start()) + 1
    before = " ".join(text[start : found.start()].split())
    name = re.fullmatch(NAME, before)
    if name is None or len(before.split()) < 2 or is_person(before):
        return None
    return before
