"""The itinerary a scheduling system writes into an invite's description.

GoodTime, ModernLoop, Greenhouse and Ashby send the candidate an invite whose
guests are only the candidate and a no-reply address; who the candidate meets is
in the description. GoodTime's candidate event carries the itinerary when "Share
itinerary with candidate" is on, each session with its focus area (``$Event.Topic``;
support.goodtime.io, "Custom Itinerary"); Greenhouse's interview confirmation puts
the email's body, schedule included, into the calendar file, one file for
back-to-back sessions (support.greenhouse.io, "Send interview confirmation
email"). The shapes read here, one per line or with the time range alone on
its line::

    10:00 AM - 10:45 AM PST: Priya Raman, Senior Software Engineer
    10:45 - 11:30 · System Design · Raj Iyer (Staff Data Engineer)
    11:30am – 12:15pm  Hiring Manager Interview with Jordan Lee
    14:00 – 14:45 Uhr
    Frau Dr. Vogel (Leiterin Data Platform)
    Interviewers: Priya Raman, Engineering Manager; Raj Iyer
    Questions? Your recruiter Jordan Lee (jordan.lee@acme.example) is happy to help.

:func:`read_itinerary` reads the sessions (person, job title, topic, time as
written), the company the text names, and every "Name <address>" pair, which
:func:`guess_address` uses to learn the employer's address pattern. Pure; the
result for a text is cached, since a series repeats its description.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from assistant.detect.who.names import TITLE_WORDS, looks_like_name, name_parts, split_title
from assistant.text import plain_text

ITINERARY_CAP = 8_000  # characters of a description read for an itinerary
MAX_SESSIONS = 25  # an itinerary longer than this is a programme, not interviews
MAX_LINES = 150  # lines of a description read for sessions: bounded work per invite
LINE_CAP = 300  # characters of one line: an itinerary line is short

_CLOCK = r"\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?)?"
_TIME_RANGE = re.compile(
    rf"(?<![\d:])({_CLOCK})\s*(?:-|–|—|to|bis|à|a|till?)\s*({_CLOCK})"
    # The zone is upper case whatever the flags: "Priya" after "11:45 AM" is a name.
    r"(?:\s*(?:uhr|h|(?-i:[A-Z]{2,5})|UTC[+-]\d{1,2}(?::\d{2})?|GMT[+-]\d{1,2}))?(?!\w)",
    re.I,
)
# "Interviewers:", "You'll meet with:", "Gesprächspartner:", "Avec :" and the like.
_PEOPLE_LINE = re.compile(
    r"^\s*(?:[-*•·]\s*)?(?:your\s+)?(?:interviewers?|interview\s+panel|panel(?:ists?)?"
    r"|you(?:'|’)?ll\s+(?:be\s+)?meet(?:ing)?(?:\s+with)?|meeting\s+with|interviewing\s+with"
    r"|gespr[äa]chspartner(?:in|innen)?|interviewer(?:in|innen)|avec|intervenants?"
    r"|entrevistadores?|con|intervistatori|gesprekspartners?)\s*:\s*(.+)$",
    re.I,
)
_TOPIC_LINE = re.compile(
    r"^\s*(?:topic|focus(?:\s+area)?|thema|th[èe]me|tema|onderwerp)\s*:\s*(.+)$", re.I
)
_PIECES = re.compile(r"\s+[|·•]\s+|\s[-–—]\s|:\s+|\t+")
_WITH = re.compile(r"\b(?:with|mit|avec|con|met)\s+", re.I)
_LIST_SPLIT = re.compile(r"\s*;\s*|\s+(?:and|und|et|y|e|en)\s+|,(?![^()]*\))\s*")
_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_NAMED_ADDRESS = re.compile(
    r"((?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+)\s*(?:<|\(|\[|:|\bat\b|-|–)\s*(?:mailto:)?"
    r"([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)"
)
_CONTACT_WORDS = re.compile(
    r"recruit\w*|coordinator|talent|sourcer|contact|questions|scheduler|personal\w*|rh\b|hr\b",
    re.I,
)
_COMPANY = r"([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})"
_COMPANY_PHRASES = [
    re.compile(
        r"\b(?:interviews?|onsite|loop|itinerary|schedule|visit)\s+(?:with|at|for|bei|chez)\s+"
        + _COMPANY
    ),
    re.compile(
        _COMPANY + r"\s+(?:[Ii]nterview|[Oo]nsite)\s+(?:[Ss]chedule|[Ii]tinerary|[Dd]etails)"
    ),
    re.compile(
        r"\b(?:[Ww]elcome\s+to|interest\s+in(?:\s+joining)?|on\s+behalf\s+of)\s+" + _COMPANY
    ),
    re.compile(
        r"\b[Tt]he\s+" + _COMPANY + r"\s+(?:[Rr]ecruiting|[Tt]alent|[Hh]iring|[Pp]eople)\s+[Tt]eam"
    ),
]
# Words that never name the employer: agenda words, the scheduling tools themselves, and
# the words of a job's posting ("an interview for Job Requisition R-1 Principal …").
_NOT_COMPANY_WORDS = """
    the our your a an us you team interview interviews this that google zoom microsoft
    teams meet goodtime modernloop greenhouse ashby lever workday calendly virtual onsite
    on-site final technical phone video remote panel loop day schedule itinerary
    job requisition req position role vacancy opening posting
"""
_NOT_COMPANY = frozenset(_NOT_COMPANY_WORDS.split())


@dataclass(frozen=True)
class Session:
    """One person the candidate meets, as the itinerary writes it."""

    name: str
    title: str = ""  # job title, as written ("Staff Data Engineer", "Leiterin Data Platform")
    topic: str = ""  # what the session is about ("system design")
    when: str = ""  # the time range as written ("10:00 AM - 10:45 AM PST")
    email: str = ""  # when the description gives one beside the name

    @property
    def display(self) -> str:
        """``Raj Iyer (Staff Data Engineer)``: the name with the title in brackets."""
        return f"{self.name} ({self.title})" if self.title else self.name


@dataclass(frozen=True)
class Itinerary:
    """What a description says about the interview: sessions, company, named addresses."""

    sessions: tuple[Session, ...] = ()
    company: str | None = None
    addresses: tuple[tuple[str, str], ...] = ()  # (name, email) pairs written in the text
    contact: tuple[str, str] | None = None  # (name, email) of the recruiter or coordinator


def _person_in(piece: str) -> tuple[str, str] | None:
    """``(name, title)`` when ``piece`` is a person with or without a job title."""
    piece = piece.strip(" ,;:.-–—*•")
    name, title = split_title(piece)
    name = re.sub(r"^(?:interviewer|with|mit|avec|con|met)\s*:?\s+", "", name, flags=re.I)
    return (name, title) if looks_like_name(name) else None


def _read_entry(text: str, when: str) -> list[Session]:
    """The people in one itinerary entry: "Name, Title – topic", "Topic with Name"…"""
    found: list[Session] = []
    topic_parts: list[str] = []
    pieces = [p.strip() for p in _PIECES.split(text) if p and p.strip()]
    for piece in pieces:
        person = _person_in(piece)
        if person is None and _WITH.search(piece):
            before, after = _WITH.split(piece, maxsplit=1)
            person = _person_in(after)
            if person is not None and before.strip():
                topic_parts.append(before.strip())
        if person is not None:
            found.append(Session(person[0], person[1], when=when))
        elif found and not found[-1].title and TITLE_WORDS.search(piece) and len(piece) <= 80:
            found[-1] = Session(found[-1].name, piece, when=when)
        elif piece:
            topic_parts.append(piece)
    topic = " – ".join(t for t in topic_parts if not _TIME_RANGE.fullmatch(t))[:120]
    return [Session(s.name, s.title, topic, s.when) for s in found]


def _people_list(text: str) -> list[Session]:
    sessions = []
    for item in _LIST_SPLIT.split(text):
        person = _person_in(item)
        if person is not None:
            sessions.append(Session(*person))
        elif sessions and TITLE_WORDS.search(item) and not sessions[-1].title:
            sessions[-1] = Session(sessions[-1].name, item.strip())
    return sessions


def _sessions(lines: list[str]) -> list[Session]:
    sessions: list[Session] = []
    pending_when = ""  # a time range alone on its line: the entry follows
    for line in lines[:MAX_LINES]:
        if len(sessions) >= MAX_SESSIONS:
            break
        line = line[:LINE_CAP]
        listed = _PEOPLE_LINE.match(line)
        topic = _TOPIC_LINE.match(line)
        span = _TIME_RANGE.search(line)
        if listed:
            sessions += _people_list(listed.group(1))
        elif topic and sessions:
            last = sessions[-1]
            sessions[-1] = Session(last.name, last.title, topic.group(1).strip()[:120], last.when)
        elif span:
            when = " ".join(span.group(0).split())
            rest = (line[: span.start()] + " " + line[span.end() :]).strip(" :|·•-–—\t")
            entry = _read_entry(rest, when) if rest else []
            sessions += entry
            pending_when = "" if entry else when
        elif pending_when and line.strip():
            entry = _read_entry(line, pending_when)
            sessions += entry
            if entry:
                pending_when = ""  # one person per time range; a Topic: line may follow
        elif not line.strip():
            pending_when = ""
    return sessions


def _company(text: str, people: set[str]) -> str | None:
    """The employer a phrase names ("interest in Acme", "Acme Onsite Itinerary"), never a person."""
    for pattern in _COMPANY_PHRASES:
        for match in pattern.finditer(text):
            name = match.group(1).strip(" .,'’-")
            words = {w.lower() for w in name.split()}
            if name and not words & _NOT_COMPANY and name.lower() not in people:
                return name
    return None


_MAILTO_LINK = re.compile(r"<a\s[^>]*href=[\"']mailto:([^\"'?>]+)[^>]*>(.*?)</a>", re.I | re.S)
_ANGLE_ADDRESS = re.compile(r"<(?:mailto:)?([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)>")


def _readable(description: str) -> str:
    """Plain text, keeping the addresses that HTML and ``<address>`` forms would lose."""
    raw = _MAILTO_LINK.sub(r"\2 (\1)", description[: ITINERARY_CAP * 2])
    return plain_text(_ANGLE_ADDRESS.sub(r"(\1)", raw), ITINERARY_CAP)


# Words without which a description holds no itinerary: the reader is not run on
# ordinary meeting notes, so a year of calendar costs nothing here.
_HINT = re.compile(
    r"interview|itinerar|schedule|onsite|on-site|panel|recruit|candidate|gespr[äa]ch|ablauf"
    r"|entretien|entrevista|colloquio|sollicitatie|meet(?:ing)?\s+with|you(?:'|’)?ll\s+meet"
    r"|\d\s*[-–—]\s*\d",
    re.I,
)


@lru_cache(maxsize=512)
def read_itinerary(description: str) -> Itinerary:
    """The sessions, company and named addresses in an invite's description.

    ``description`` may be HTML; only its first :data:`ITINERARY_CAP` characters
    (:data:`MAX_LINES` lines of at most :data:`LINE_CAP`) are read, so the work per
    invite is bounded, whatever its sender wrote. People are kept once (by name, case-insensitively), at most
    :data:`MAX_SESSIONS`.
    """
    if not _HINT.search(description[: ITINERARY_CAP * 2]):
        return Itinerary()
    text = _readable(description)
    if not text:
        return Itinerary()
    pairs = tuple(
        (" ".join(m.group(1).split()), m.group(2).lower()) for m in _NAMED_ADDRESS.finditer(text)
    )
    by_name = {name.lower(): email for name, email in pairs}
    unique: dict[str, Session] = {}
    for session in _sessions(text.split("\n")):
        key = session.name.lower()
        if key in unique or len(unique) >= MAX_SESSIONS:
            continue
        unique[key] = Session(
            session.name, session.title, session.topic, session.when, by_name.get(key, "")
        )
    contact = None
    for line in text.split("\n"):
        if _CONTACT_WORDS.search(line):
            match = _NAMED_ADDRESS.search(line)
            if match and looks_like_name(_strip_lead(match.group(1))):
                contact = (_strip_lead(match.group(1)), match.group(2).lower())
                break
    people = set(unique) | {name.lower() for name, _ in pairs}
    return Itinerary(tuple(unique.values()), _company(text, people), pairs, contact)


def _strip_lead(text: str) -> str:
    """``Your recruiter Jordan Lee`` → ``Jordan Lee``: the capitalised run at the end."""
    words = " ".join(text.split()).split()
    keep: list[str] = []
    for word in reversed(words):
        if (
            not word[:1].isupper()
            or TITLE_WORDS.search(word)
            or word.lower() in {"your", "contact", "questions"}
        ):
            break
        keep.insert(0, word)
    return " ".join(keep[-4:])


# --- addresses for people the invite names without one --------------------------------

_PATTERNS = {
    "first.last": lambda given, family: f"{given}.{family}",
    "first_last": lambda given, family: f"{given}_{family}",
    "firstlast": lambda given, family: f"{given}{family}",
    "flast": lambda given, family: f"{given[:1]}{family}",
    "f.last": lambda given, family: f"{given[:1]}.{family}",
    "first": lambda given, family: given,
    "last.first": lambda given, family: f"{family}.{given}",
}


def _ascii_word(word: str) -> str:
    plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z-]", "", plain.lower())


def _first_last(name: str) -> tuple[str, str] | None:
    # The project's reading (titles such as "Dr.", "Frau" or "Pak" are no given name).
    _titles, given, family = name_parts(name)
    first, last = (
        _ascii_word(given),
        _ascii_word(family.split()[-1] if family else ""),
    )
    return (first, last) if first and last else None


def address_pattern(pairs: tuple[tuple[str, str], ...], domain: str) -> str | None:
    """The local-part pattern (``first.last``, ``flast``…) the known pairs on ``domain`` follow."""
    for name, email in pairs:
        local, _, at = email.lower().partition("@")
        parts = _first_last(name)
        if at != domain or parts is None:
            continue
        for label, build in _PATTERNS.items():
            if build(*parts) == local:
                return label
    return None


def guess_address(name: str, domain: str, pairs: tuple[tuple[str, str], ...] = ()) -> str:
    """A likely address for ``name`` at ``domain``: the pattern the known pairs follow,
    else ``first.last`` (the most common corporate form). "" when the name has no
    given and family name to build one from. Always a guess: the caller flags it."""
    parts = _first_last(name)
    if parts is None or not domain:
        return ""
    label = address_pattern(pairs, domain) or "first.last"
    return f"{_PATTERNS[label](*parts)}@{domain}"


def addresses_in(description: str) -> tuple[str, ...]:
    """Every address written in the description, lower-cased, in order."""
    text = _readable(description)
    return tuple(dict.fromkeys(a.lower().rstrip(".") for a in _ADDRESS.findall(text)))
