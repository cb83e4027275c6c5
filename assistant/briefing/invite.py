"""What the invite says, read for the briefing: the video link, the place, what it
asks the user to prepare, and who the user will meet, with a job title when one is given.

Everything here reads untrusted event text, so every result is flattened to one
line and capped, and a link is kept only when it is a plain http(s) URL.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import tzinfo
from urllib.parse import urlsplit

from babel.dates import get_timezone_location

from assistant.briefing.prepare import what_to_prepare
from assistant.detect.who.names import TITLE_WORDS, name_parts
from assistant.detect.who.persons import people_met, person_name
from assistant.detect.words.vocabulary import pattern as vocabulary
from assistant.detect.words.vocabulary import search as vocabulary_search
from assistant.i18n import _, current_locale, join_words
from assistant.models import Attendee, Detection, Event
from assistant.sources.zones import utc_label
from assistant.templating import format_span, zone_name
from assistant.text import one_line, plain_text

NAME_CAP, ROLE_CAP, PLACE_CAP, URL_CAP, NOTE_CAP = 80, 80, 300, 500, 300
SCAN_CAP = 20_000  # how much of a description is searched for links, tests and titles

URL = re.compile(r"https?://[^\s<>\"'\\]+", re.I)
_MEETING_HOSTS = re.compile(
    r"zoom\.us|meet\.google\.com|teams\.(microsoft|live)\.com|webex\.com|whereby\.com"
    r"|meet\.jit\.si|chime\.aws|gotomeeting\.com|bluejeans\.com|around\.co",
    re.I,
)
# Forms of address written before a family name, in the languages detection knows:
# "Herrn Müller", "Frau Dr. Vogel", "Mme Martin", "M. Martin", "Sra. Gómez", "dhr. Jansen".
_HONORIFIC = (
    r"(?:herrn?|hr\.|frau|fr\.|mme\.?|mlle\.?|m\.|sr\.|sra\.|srta\.|sig\.(?:ra)?|mr\.?|mrs\.?"
    r"|ms\.?|mevr\.|dhr\.|pan|pani|bay|bayan)"
)
_NAME_SUFFIX = re.compile(r"\(([^)]{2,80})\)|\s[-–—|]\s(.{2,80})$")


@dataclass(frozen=True)
class AssessmentNotice:
    """The test or exercise the invite mentions, and the sentence that says so."""

    what: str  # "a case study", "a coding exercise"
    quote: str  # the invite's sentence, or "" when only detection flagged it


@dataclass(frozen=True)
class Person:
    """Someone on the invite, as the briefing names them."""

    name: str
    email: str
    role: str  # their job title when the invite gives one, else ""
    organizer: bool
    met_before: bool  # in the first round, or the user noted something about them
    note: str  # the user's debrief note about them, if any

    @property
    def label(self) -> str:
        return f"{self.name}, {self.role}" if self.role else self.name


def zone_line(event: Event, zone: tzinfo) -> str:
    """The invite's times in its own zone: ``11:30–13:30 CET Paris time``; ``11:30–13:30
    CET`` when the invite wrote a Windows zone name, which names no city.

    A zone without a city (``UTC``, the tz database's ``Etc/GMT-1``, whose sign is
    inverted and whose abbreviation is a bare "+01") is named by its offset, as
    people write it: ``15:00–16:00 UTC``, ``11:30–13:30 UTC+1``.
    """
    span = format_span(event.start, event.end, zone, dated=False)
    name = event.timezone
    local = event.start.astimezone(zone)
    if "/" in name and not name.startswith("Etc/") and event.timezone_written:
        # Read from a Windows name ("W. Europe Standard Time"), which stands for many
        # cities and countries: the zone's short name only ("CET"), no city.
        return span
    if "/" in name and not name.startswith("Etc/"):
        # The city in the reader's language (CLDR exemplar cities: "Paris", "München").
        city = get_timezone_location(name, locale=current_locale().split("@")[0], return_city=True)
        return _("{times} {city} time").format(times=span, city=city)
    bare = span.removesuffix(zone_name(local)).strip()
    return f"{bare} {utc_label(local.utcoffset())}"


def safe_url(text: str | None) -> str:
    """``text`` when it is one plain http(s) URL fit to be a link, else ""."""
    value = (text or "").strip()
    if len(value) > URL_CAP or not URL.fullmatch(value):
        return ""
    return value


def meeting_link(event: Event) -> str:
    """The video link: the conference URL, a URL in the location, or a meeting URL in the text."""
    links = meeting_links(event)
    return links[0] if links else ""


def meeting_links(event: Event) -> list[str]:
    """Every different video link the invite gives, the one :func:`meeting_link` shows
    first: the conference URL or a URL in the location, then the meeting links (known
    meeting hosts) in the location and the text.

    Two links to one meeting (``?pwd=…`` added, a trailing slash, another case) count
    once. More than one left means the invite disagrees with itself about where to join.
    """
    found: list[str] = []
    for candidate in (event.conference_url, *URL.findall(event.location)):
        if safe_url(candidate) and (not found or _MEETING_HOSTS.search(candidate)):
            found.append(candidate.strip())
    for candidate in URL.findall(event.description[:SCAN_CAP]):
        trimmed = candidate.rstrip(".,;)")
        if _MEETING_HOSTS.search(trimmed) and safe_url(trimmed):
            found.append(trimmed)
    distinct: dict[tuple[str, str], str] = {}
    for url in found:
        distinct.setdefault(_meeting_of(url), url)
    return list(distinct.values())


def _meeting_of(url: str) -> tuple[str, str]:
    """Which meeting ``url`` opens: its host (without ``www.``) and path, any case; the
    query (a passcode, a tracking tag) and fragment say nothing about the room."""
    parts = urlsplit(url)
    host = parts.netloc.lower().removeprefix("www.")
    return host, parts.path.rstrip("/").lower()


def place_of(event: Event) -> str:
    """The address, without any link in it (links are shown as the video link)."""
    return one_line(URL.sub("", event.location), PLACE_CAP).strip(" ,;")


def assessment_notice(event: Event, flagged: bool) -> AssessmentNotice | None:
    """What the invite asks the user to prepare, with the sentence that asks; None when
    it asks for nothing (see :mod:`.prepare` for the kinds and the languages).

    ``what`` names every kind found ("a presentation and a system design session");
    ``quote`` is the first one's sentence. ``flagged`` is detection's own finding;
    it gives a notice even without a sentence.
    """
    text = plain_text(f"{event.summary}\n{event.description}", SCAN_CAP)
    found = what_to_prepare(text)
    if found:
        what = join_words([_(p.label) for p in found])
        return AssessmentNotice(what, found[0].quote)
    return AssessmentNotice(_("a test, assessment or exercise"), "") if flagged else None


def natural_order(name: str) -> str:
    """``Weber, Jonas`` (the directory order Outlook and Exchange write into CN) as a
    person reads it in a list of people: ``Jonas Weber``. A name that is not "family,
    given" (``Nguyen, Thi Mai, PhD``, ``Acme, Inc.``) is returned as it is."""
    written = re.fullmatch(r"\s*([^,()]+?)\s*,\s*([^,()]+?)\s*", name or "")
    if written is None:
        return name
    family, rest = written.groups()
    _titles, given, parsed_family = name_parts(name)
    if given and parsed_family == family and rest.split()[0].strip(".") == given:
        return f"{rest} {family}"
    return name


def bare_name(name: str) -> str:
    """``Priya Raman (Staff Engineer)`` → ``Priya Raman``."""
    return one_line(re.sub(r"\([^)]*\)|\s[-–—|]\s.*$", "", name or ""), NAME_CAP)


def name_forms(attendee: Attendee, first_name: bool = False) -> list[str]:
    """Regular-expression fragments that name ``attendee`` in a text, most exact first.

    The display name as written (``Frau Dr. Katrin Vogel``), the address, the given
    and family name without honorifics (``Katrin Vogel``), a form of address with the
    family name (``Herrn Müller``, ``Mme Martin``, ``Sra. Gómez``), and, when
    ``first_name`` is true (the caller knows no other guest shares it), the given name
    alone (``Priya (Head of Product)``).
    """
    forms = [re.escape(w) for w in (bare_name(attendee.name), attendee.email) if w]
    _titles, given, family = name_parts(attendee.name)
    if given and family:
        forms.append(re.escape(f"{given} {family}"))
    if family:
        forms.append(rf"{_HONORIFIC}\s+(?:(?:dr|prof)\.?\s+)*{re.escape(family)}")
    if given and first_name:
        forms.append(re.escape(given))
    return forms


def role_hint(attendee: Attendee, description: str, first_name: bool = False) -> str:
    """A person's job title when their name or the invite's text gives one, else "".

    The text may name them in any of :func:`name_forms` (``first_name`` as there),
    followed by the title in brackets or after a comma, colon or dash; a title holds
    a job-title word in a language detection knows (``TITLE_WORDS``: "Teamleiter BI",
    "Directrice technique", "Head of Product").
    """
    suffix = _NAME_SUFFIX.search(attendee.name)
    candidates = [next(g for g in suffix.groups() if g)] if suffix else []
    text = description[:SCAN_CAP]
    for who in name_forms(attendee, first_name):
        pattern = rf"(?<!\w){who}\s*(?:,|\(|:|\s[-–—]\s)\s*([^\n,.;()<>]{{2,80}})"
        candidates += re.findall(pattern, text, re.I)
    for candidate in candidates:
        title = re.sub(r"^(?:the|our|a|an)\s+", "", candidate.strip(), flags=re.I)
        if len(title.split()) <= 7 and TITLE_WORDS.search(title):
            return one_line(title, ROLE_CAP)
    return ""


_MEET = vocabulary("meet")  # "You'll meet", "Sie sprechen mit", "Vous rencontrerez"…
MEET_REACH = 200  # characters around a "you'll meet" phrase where the names it introduces stand


def named_to_meet(attendee: Attendee, description: str) -> bool:
    """Whether the text names ``attendee`` among the people the candidate will meet.

    True when a line holds a meeting phrase in a language detection knows
    (the ``meet`` lists of ``detect/lang/*.toml``) and, within :data:`MEET_REACH`
    characters of it, one of the person's :func:`name_forms` ("Sie sprechen mit
    Frau Dr. Katrin Vogel …" names Katrin Vogel). The reach is both ways, since
    some languages put the names first ("… ile görüşeceksiniz").
    """
    forms = name_forms(attendee)
    if not forms:
        return False
    named = re.compile(rf"(?<!\w)(?:{'|'.join(forms)})(?!\w)", re.I)
    for line in description[:SCAN_CAP].split("\n"):
        found = vocabulary_search(_MEET, line)
        if found is None:
            continue
        near = line[max(0, found.start() - MEET_REACH) : found.end() + MEET_REACH]
        if named.search(near):
            return True
    return False


def people_on(
    detection: Detection, met: Collection[str] = (), notes: Mapping[str, str] | None = None
) -> list[Person]:
    """The interviewers, each with a title, and what the user knows of them from round 1.

    Only persons, each once (:func:`assistant.detect.who.persons.people_met`): an organisation's
    display name or a shared mailbox is no one met.

    ``met`` holds the addresses of the people in the first round; ``notes`` maps an
    address to the user's debrief note about that person.
    """
    event = detection.event
    organizer = event.organizer.email.lower() if event.organizer else ""
    met_lower = {e.lower() for e in met}
    notes_lower = {k.lower(): v for k, v in (notes or {}).items()}
    people = []
    # Persons only, each once: not "Fundación Horizonte Social", nor Dr. Hamid Rahimi
    # from the itinerary beside hamid@ on the invite.
    interviewers = people_met(detection.verdict.interviewers, detection.verdict.company)
    givens = Counter(name_parts(a.name)[1].lower() for a in interviewers)
    for attendee in interviewers:
        address = attendee.email.lower()
        email = one_line(attendee.email, 200)
        people.append(
            Person(
                # "Hiring Team <sam.okafor@…>" is listed by the address, not the team.
                name=natural_order(bare_name(person_name(attendee, detection.verdict.company)))
                or email,
                email=email,
                role=role_hint(
                    attendee, event.description, givens[name_parts(attendee.name)[1].lower()] == 1
                ),
                organizer=address == organizer,
                met_before=address in met_lower or address in notes_lower,
                note=one_line(notes_lower.get(address, ""), NOTE_CAP),
            )
        )
    return people
