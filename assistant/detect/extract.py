"""What an invitation says about the employer: the company's name, as a person writes it.

The employer is read, in order of trust, from a name in the title that matches
a guest's corporate domain ("Second interview – Acme Corp" with someone from
acme.com), the same in the description or location, a name the title gives in
a usual place ("… at Acme", "Acme – Onsite") when no corporate domain is known,
and finally the domain itself turned into a readable name ("Wayne Enterprises").
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.detect import wording as w
from assistant.detect.domains import (
    domain_key,
    domain_of,
    is_ats,
    is_free_mail,
    is_own,
    is_service,
    readable_name,
    squash,
    squash_variants,
)
from assistant.detect.itinerary import read_itinerary
from assistant.detect.people import everyone, is_mine, my_names
from assistant.detect.profile import Profile
from assistant.detect.titles import ROUND_WORDS, segments
from assistant.models import AttendeeKind, Event

_TOKEN = re.compile(r"[^\W_][\w&.'’+-]*")
# Words that end a company name read from a title ("Figma Onsite", "Adyen HQ").
_NOT_NAME_WORDS = """
    interview interviews onsite on-site virtual loop round rounds final panel screen screening
    call chat intro team teams talent recruiting recruiter careers hq office headquarters hiring
    people product engineering design the and with at for of hr ta day part meeting conversation
    second third 2nd 3rd next follow-up invitation confirmation
"""
_NOT_NAME = frozenset(_NOT_NAME_WORDS.split())
# Gaps inside one name: spaces on one line, or "&" / "+" between spaces.
# Where a value written after a field label ends ("Acme Ltd – Berlin").
_FIELD_END = re.compile(r"\s+[-–—|·•]\s+|\s{2,}|;\s")
_JOINED = re.compile(r"[ \t\u00a0]*(?:[&+][ \t\u00a0]*)?")
_JOINING_WORDS = frozenset({"and", "und", "et", "y", "e", "en", "och", "ve", "of", "&"})
# Words that end a company's name after the part a domain confirms ("Cyberdyne Systems").
_COMPANY_WORD = re.compile(
    r"(?:systems|technologies|technology|tech|labs?|group|partners|bank|insurance|capital|health"
    r"|healthcare|energy|solutions|software|consulting|media|studios?|games|motors|pharma\w*|foods"
    r"|holdings?|ventures|analytics|robotics|networks|industries|airlines?|logistics|enterprises"
    r"|international|global|digital|interactive|entertainment|financial|services|security|cloud"
    r"|mobility|automotive|biotech|therapeutics|sciences|bio|ai|data|works|company|&|and|und"
    r"|corp\.?|corporation|inc\.?|incorporated|ltd\.?|limited|llc|plc|gmbh|ag|se|sa|sas|sarl"
    r"|bv|b\.v\.|nv|srl|spa|s\.p\.a\.|oy|ab|as|kg|co\.?|kk|pty|ltda)",
    re.I,
)
_DEPARTMENT_WORDS = """sales marketing finance accounting legal operations ops research data platform infrastructure
    security engineering product design people talent recruiting hr support customer success it
    analytics growth strategy procurement facilities admin administration payroll communications
    comms partnerships business development bd r&d qa devops mobile web backend frontend"""
_DEPARTMENTS = frozenset(_DEPARTMENT_WORDS.split())
# Cities often written after an employer's name ("Acme Berlin"): a place, not the name.
_CITY_WORDS = """berlin munich münchen hamburg frankfurt cologne köln stuttgart düsseldorf leipzig dresden
    vienna wien zurich zürich geneva basel london manchester edinburgh dublin paris lyon marseille
    madrid barcelona valencia lisbon lisboa porto milan milano rome roma turin amsterdam rotterdam
    utrecht brussels antwerp warsaw warszawa krakow kraków wroclaw wrocław gdansk poznan prague
    praha stockholm gothenburg göteborg malmö oslo copenhagen helsinki istanbul ankara izmir
    tokyo osaka kyoto beijing shanghai shenzhen hangzhou seoul taipei singapore sydney melbourne
    toronto vancouver montreal new york nyc boston chicago seattle austin denver sf emea apac
    dach europe germany uk usa us remote hq"""
_CITIES = frozenset(_CITY_WORDS.split())
_LEGAL = re.compile(
    r"(?:corp|corporation|inc|incorporated|ltd|limited|llc|plc|gmbh|ag|se|sa|sas|sarl|bv|nv"
    r"|srl|spa|oy|ab|as|co|company|com|io|de|net|org)$"
)
# A name of up to four capitalised words on one line; "&", "and", "und", "et", "y"
# join the names of a two-name firm ("Smith & Nephew", "Procter and Gamble").
_JOIN = r"(?:[ \t]+(?:&|and|und|et|y|e|en|och|ve|i)(?=[ \t]+[A-Z]))?"
_NAME = rf"[A-Z][\w&.'’-]*(?:{_JOIN}[ \t]+[A-Z0-9][\w&.'’-]*){{0,3}}"
_PLACE = re.compile(
    r"(?:^|\s)(?:at|@|bei|chez|presso|bij)\s+(" + _NAME.replace("[A-Z]", "[A-Z0-9]", 1) + ")"
)
_TEXT_NAME = re.compile(
    r"(?:role|position|job|opening|interviews?|team|joining|join|welcome to)\s+(?:at|with|bei|chez)"
    rf"\s+({_NAME})"
    rf"|({_NAME})[ \t]+(?:Talent|Recruiting|Hiring|People)[ \t]+(?:Team|Acquisition)",
)


def employer_domains(event: Event, profile: Profile) -> list[str]:
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
        ):
            continue
        counts[domain] = counts.get(domain, 0) + (2 if person.is_organizer else 1)
    return sorted(counts, key=lambda d: -counts[d])


def _name_score(phrase_key: str, label: str) -> int:
    """How well a squashed phrase names the organisation behind ``label``."""
    if not phrase_key or not label:
        return 0
    if phrase_key == label:
        return 3
    if phrase_key.startswith(label) and _LEGAL.fullmatch(phrase_key[len(label) :]):
        return 3
    if len(phrase_key) >= 4 and (label.startswith(phrase_key) or label.endswith(phrase_key)):
        return 2
    return 0


def _tidy_name(name: str) -> str:
    words = name.strip(" .,'’-").split()
    while len(words) > 1 and words[-1].lower() in _NOT_NAME:
        words.pop()
    name = " ".join(words)
    if name.islower():
        return name.title()
    return name.title() if name.isupper() and len(name) > 4 else name


@lru_cache(maxsize=4096)  # a series repeats its title and description
def _name_matching(text: str, labels: tuple[str, ...], capitalised_only: bool) -> str | None:
    """The phrase in ``text`` (up to four words) that best names one of ``labels``,
    extended over the capitalised words that follow it ("Cyberdyne" → "Cyberdyne Systems")."""
    squashed = "".join(squash_variants(text))
    if not any(
        label[:4] in squashed or label[-4:] in squashed or len(label) <= 5 for label in labels
    ):
        return None  # cheap test first: long descriptions rarely name the employer
    tokens = list(_TOKEN.finditer(text))
    spellings = [squash_variants(t.group(0)) for t in tokens]
    best: tuple[int, int, int, int] | None = None  # score, length, first and last token
    for i, first in enumerate(tokens):
        if capitalised_only and not first.group(0)[0].isupper():
            continue
        plain = german = ""
        for j in range(i, min(i + 4, len(tokens))):
            if j > i and not _JOINED.fullmatch(text[tokens[j - 1].end() : tokens[j].start()]):
                break  # the words of one name are on one line, joined by spaces or "&"
            if j > i and tokens[j].group(0).lower() in _JOINING_WORDS:
                continue  # "Hollis and Vane" is hollisvane.example
            plain += spellings[j][0]
            german += spellings[j][-1]
            score = max(_name_score(k, label) for label in labels for k in {plain, german})
            if score and (best is None or (score, j - i) > best[:2]):
                best = (score, j - i, i, j)
    if best is None:
        return _acronym_name(text, tokens, labels)
    _, _, i, j = best
    while j + 1 < len(tokens) and j - i < 4:
        gap = text[tokens[j].end() : tokens[j + 1].start()]
        word = tokens[j + 1].group(0)
        # Never a department, a city or the signature on the next line.
        if not _JOINED.fullmatch(gap) or not _continues_name(word):
            break
        j += 1
    return _tidy_name(text[tokens[i].start() : tokens[j].end()])


def _continues_name(word: str) -> bool:
    """Whether a capitalised word after a name is still part of it ("Kestrel Freight"),
    not a department, a city or a round word ("Kestrel Sales", "Kestrel Berlin")."""
    if _COMPANY_WORD.fullmatch(word):
        return True
    lowered = word.lower().strip(".")
    return (
        word[0].isupper()
        and lowered not in _NOT_NAME
        and lowered not in _DEPARTMENTS
        and lowered not in _CITIES
        and not ROUND_WORDS.fullmatch(word)
    )


def _acronym_name(text: str, tokens: list[re.Match[str]], labels: tuple[str, ...]) -> str | None:
    """The name a short domain abbreviates ("Boston Consulting Group" for bcg.com)."""
    short = {label for label in labels if 2 <= len(label) <= 5 and label.isalpha()}
    if not short:
        return None
    for i, first in enumerate(tokens):
        if not first.group(0)[0].isupper():
            continue
        initials = ""
        for j in range(i, min(i + 6, len(tokens))):
            word = tokens[j].group(0)
            if j > i and not _JOINED.fullmatch(text[tokens[j - 1].end() : tokens[j].start()]):
                break
            if word.lower() in _JOINING_WORDS:
                continue
            if not word[0].isupper():
                break
            initials += word[0].lower()
            if initials in short and j > i:
                return _tidy_name(text[first.start() : tokens[j].end()])
    return None


def _looks_like_name(phrase: str, people: set[str]) -> bool:
    words = phrase.lower().split()
    return not words or all(w in people for w in words)


def _name_in_title(title: str, event: Event, profile: Profile) -> str | None:
    """A company the title names in a usual place, when no domain can confirm it."""
    place, candidates = _title_names(title)
    if place is None and not candidates:
        return None
    people = {w for a in everyone(event) for w in a.name.lower().split()}
    # "sarah.lin@…" names Sarah Lin when the invite gives no display name
    people |= {
        w for a in everyone(event) for w in re.split(r"[._-]", a.email.split("@")[0].lower())
    }
    people |= {w for n in my_names(event, profile) for w in n.split()}
    if place and not _looks_like_name(place, people):
        return _tidy_name(place)
    for candidate in candidates:
        if not _looks_like_name(candidate, people):
            return _tidy_name(candidate)
    return None


@lru_cache(maxsize=4096)
def _title_names(title: str) -> tuple[str | None, tuple[str, ...]]:
    """What in ``title`` could be a company, whoever is invited: the name after "at"
    or "@", and the title's parts that look like a name (read once per title)."""
    match = _PLACE.search(title)
    candidates = []
    for part, after_with in segments(title):
        segment = _after_role(part)
        words = segment.split()
        if (
            1 <= len(words) <= 4
            and all(w[0].isupper() or w[0].isdigit() for w in words)
            and not any(w.lower() in _NOT_NAME for w in words)
            and not ROUND_WORDS.search(segment)
            and not w.search(w.ROLE_NOUN, segment)
            and not (
                # after "with", two words are a person ("Lunch with Jamie Fox") unless a
                # company's word says otherwise ("with Acme Robotics")
                after_with
                and len(words) <= 2
                and not any(c.isdigit() for c in segment)
                and not any(_COMPANY_WORD.fullmatch(w) for w in words)
            )
        ):
            candidates.append(segment)
    return (match.group(1) if match else None), tuple(candidates)


def _after_role(part: str) -> str:
    """The employer after a role and a comma ("Data Analyst, Acme" → "Acme"), else ``part``."""
    head, comma, tail = part.rpartition(",")
    return tail.strip() if comma and w.search(w.ROLE_NOUN, head) else part


def _ats_tenant(event: Event) -> str | None:
    """The company an ATS sends for: ``acme@myworkday.com``, ``acme.greenhouse.io``."""
    for person in everyone(event):
        domain = domain_of(person.email)
        if not is_ats(domain):
            continue
        local = person.email.split("@", 1)[0].lower()
        if re.fullmatch(r"[a-z][a-z0-9]{2,}", local) and not re.search(
            r"reply|notif|schedul|calendar|invite|recruit|talent|interview|jobs|careers", local
        ):
            return readable_name(local + ".com")
    return None


def company_of(
    event: Event, profile: Profile, text: str, job_context: bool = True
) -> tuple[str | None, str]:
    """The employer's name and where it was read ("title", "description", "domain"…).

    ``text`` is the readable description. Without ``job_context`` a title is not
    searched for names that no domain confirms, so "Lunch with Jamie" names no company.
    """
    domains = employer_domains(event, profile)
    labels = tuple(domain_key(d) for d in domains)
    title = event.summary or ""
    field = w.COMPANY_FIELD.search(text)
    if field and job_context:
        name = _tidy_name(_FIELD_END.split(field.group(1), maxsplit=1)[0])
        if name and len(name.split()) <= 6 and not ROUND_WORDS.search(name):
            return name, "description"
    if labels:
        for where, source, caps in (
            ("title", title, False),
            ("description", text, True),
            ("location", event.location, True),
        ):
            found = _name_matching(source, labels, caps) if source else None
            if found:
                return found, where
    if job_context:
        # A name the invite writes beats one made from a domain: the guest's domain may
        # be an agency's, a relay's or a parent company's.
        found = _name_in_title(title, event, profile)
        if found:
            return found, "title"
        match = _TEXT_NAME.search(text)
        if match:
            return _tidy_name(match.group(1) or match.group(2)), "description"
    itinerary = read_itinerary(event.description).company if job_context else None
    if itinerary and not (w.search(w.ROLE_NOUN, itinerary) or ROUND_WORDS.search(itinerary)):
        return itinerary, "itinerary"  # a job title ("Senior Product Manager") is no company
    tenant = _ats_tenant(event)
    if tenant:
        return tenant, "scheduling address"
    if domains:
        return readable_name(domains[0]), "domain"
    return None, ""


def name_key(name: str) -> str:
    """The employer key of a name: squashed, legal form dropped ("Acme Corp." → "acme")."""
    key = squash(name)
    stripped = _LEGAL.sub("", key)
    return stripped if len(stripped) >= 2 else key
