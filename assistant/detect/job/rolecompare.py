"""How roles read in two places compare: one abbreviating, extending or repeating the
other, the employer's name taken for a role, a team or place written beside it.

Split from :mod:`assistant.detect.job.roles`, which reads the role from an invitation's
title, fields and description.
"""

from __future__ import annotations

import re

from assistant.detect.employer.domains import squash
from assistant.detect.employer.namematch import LEGAL, SITE_WORDS
from assistant.detect.job.jobbracket import WORK_MODE, is_detail
from assistant.detect.job.roleclean import BRACKETS, round_in_job
from assistant.detect.job.rolefield import role_in_field
from assistant.detect.job.roleseat import covers_a_region
from assistant.detect.job.teamafter import (  # noqa: F401 (with_team's home before)
    names_a_person,
    shares_a_word,
    with_team,
)
from assistant.detect.places.placenames import names_a_place
from assistant.detect.words import wording as w
from assistant.detect.words.writing import UNSPACED


def writes_more(full: str, part: str) -> bool:
    """Whether role ``full`` is ``part`` and more after a space or a mark ("Constructeur /
    Tekenaar" for "Constructeur"): a title cut the job at its slash or dash."""
    return (
        len(full) > len(part)
        and full.casefold().startswith(part.casefold())
        and not full[len(part)].isalnum()
    )


# A job, a dash and a word or two, then the job's last words ("Technicien senior – câblage
# HTA" of "Technicien senior HTA").
_DASH_BETWEEN = re.compile(r"(.+?)\s+[–—-]\s+((?:[^\W\d_][\w'’-]*\s+){1,2})(\S.*)")


def dash_inside(full: str, part: str) -> bool:
    """Whether role ``full`` is ``part`` with a word or two set off by a dash before its
    last words ("Technicien senior – câblage HTA" for "Technicien senior HTA"): a title
    squeezed the specialism the description writes whole."""
    found = _DASH_BETWEEN.fullmatch(full)
    return found is not None and part == f"{found.group(1)} {found.group(3)}"


def written_out(full: str, part: str) -> bool:
    """Whether role ``full`` writes out role ``part``'s shortened words, word for word
    ("Leitende Physiotherapeutin Sportrehabilitation" for "Leitung Physiotherapie
    Sportreha"): two words or more, each pair sharing its first four letters, and one
    of ``part``'s words at least a shortening of ``full``'s (a title writes the posting
    short, the description whole)."""
    long, short = full.casefold().split(), part.casefold().split()
    if len(short) < 2 or len(long) != len(short) or len(full) <= len(part):
        return False
    pairs = list(zip(long, short, strict=True))
    return all(len(b) >= 4 and a[:4] == b[:4] for a, b in pairs) and any(
        len(a) > len(b) and a.startswith(b) for a, b in pairs
    )


def qualified(full: str, part: str) -> bool:
    """Whether role ``full`` is ``part`` with a word or two before it that qualify the
    job ("Veterinary Scientific Advisor" for "Scientific Advisor", "Veteriner Hekim –
    Teknik Destek Uzmanı" for "Teknik Destek Uzmanı"): a title left the first words out.
    The words before are capitalised, as a job title's are, and no interviewer's rank."""
    if len(full) <= len(part) or not full.casefold().endswith(part.casefold()):
        return False
    head = full[: len(full) - len(part)]
    words = head.strip(" –—-,").split()
    return (
        head.endswith(" ")  # whole words: "Advisor" is not "Scientific Advisor"'s end
        and 1 <= len(words) <= 3
        and all(word[:1].isupper() for word in words)
        and not w.INTERVIEWER_RANK.fullmatch(" ".join(words))
        and not _POSTING_WORDS & {word.casefold().strip(":") for word in words}
    )


def specialised(full: str, part: str, people: str = "") -> bool:
    """Whether role ``full`` is ``part`` with its specialism in brackets after it
    ("Hukuk Asistanı (Uluslararası Tebligat)" for "Hukuk Asistanı"): a later round left
    the bracket out. Not a note, a unit (:func:`.roles.is_detail`), a site or a place
    nor a name among ``people`` ("Senior Data Engineer (Nomvula Dlamini)")."""
    bracket = BRACKETS.fullmatch(full[len(part) :]) if writes_more(full, part) else None
    if bracket is None or not is_detail(bracket.group(0).strip()):
        return False
    if re.search(r"\d", bracket.group(0)) or WORK_MODE.search(bracket.group(0)):
        return False  # "(30 min)", "(hybrid)": how the meeting or the work is
    words = re.findall(r"\w+", bracket.group(0))
    if any(word.casefold() in SITE_WORDS for word in words) or names_a_place(bracket.group(0)):
        return False  # "(Riverbend campus)", "(Jakarta)": where the job is
    return not all(word in people.split() for word in words)


def dashed(full: str, part: str, people: str = "", company: str | None = None) -> bool:
    """Whether role ``full`` is ``part`` with its specialism after a dash ("Reliability
    Engineer – Landing Gear" for "Reliability Engineer", "Jefe de Turno – Mantenimiento"
    for "Jefe de Turno"): a later round wrote the job without it. The specialism is one
    to five words, neither a round nor a way of working, a site, a place (a region or
    market the job covers aside: "– Europe", :func:`.roleseat.covers_a_region`), a person
    (:func:`.teamafter.names_a_person`, a name among ``people`` on the invite) nor a
    site named after the ``company``."""
    found = re.fullmatch(r"\s+[–—-]\s+([^\W\d_][^()（）]{0,60}?)", full[len(part) :])
    return bool(found and writes_more(full, part)) and _which_job(found.group(1), people, company)


# Capitalised words right after a job, no mark between ("Planning Engineer Base
# Maintenance" for "Planning Engineer"): one to three, "&" or "and" between them.
_GLUED_AFTER = re.compile(r"[^\S\n]+([A-Z][\w'’-]*(?:[^\S\n]+(?:&[^\S\n]+)?[A-Z][\w'’-]*){0,2})")


def glued(full: str, part: str, people: str = "", company: str | None = None) -> bool:
    """Whether role ``full`` is ``part`` with its team or specialism written right after
    it, capitalised and with no mark between ("Planning Engineer Base Maintenance" for
    "Planning Engineer"): a later round wrote the job without it. The words say which
    job, as :func:`dashed`'s do."""
    found = _GLUED_AFTER.fullmatch(full, len(part)) if full.startswith(part) else None
    return found is not None and _which_job(found.group(1), people, company)


def _which_job(after: str, people: str, company: str | None) -> bool:
    """Whether words written after a job say which job it is: one to five words, no
    round nor way of working, no site, no place (a region or market the job covers
    aside: "Europe", :func:`.roleseat.covers_a_region`), no person
    (:func:`.teamafter.names_a_person`, a name among ``people`` on the invite), no word
    of the ``company``."""
    words = after.split()
    if not 1 <= len(words) <= 5 or round_in_job().search(after):
        return False
    if WORK_MODE.search(after):
        return False  # "– remote": how the job is done
    if names_a_place(after) and not covers_a_region(after):
        return False  # "– Jakarta": where the job sits, where "– Europe" is its market
    if any(word.casefold() in SITE_WORDS for word in words):
        return False
    if names_a_person(after) or shares_a_word(after, company):
        return False
    return not all(word in people.split() for word in words)


# The words of a posting's label, never of the job ("Job Requisition Principal Planner").
_POSTING_WORDS = frozenset(
    {"job", "requisition", "req", "position", "role", "vacancy", "opening", "posting", "title",
     "new", "open", "apply", "stelle", "poste", "puesto", "vaga", "vacature", "posizione"}
)  # fmt: skip


def is_the_company(role: str, company: str) -> bool:
    """Whether a role read from a title is the employer's name, legal form aside
    ("Nordby Konsult AB" holds "Konsult"; "한빛컨설팅" holds "컨설팅"), or its first words."""
    one, other = _bare(role), _bare(company)
    return len(one) >= 3 and (
        one == other
        or (UNSPACED.search(role) is not None and one in other)
        or _first_words_of(role, company)
    )


def _first_words_of(role: str, company: str) -> bool:
    """Whether ``role`` is the first words of the employer's name, two at least ("Hollweg
    & Partner" of "Hollweg & Partner Architekten GmbH"): the short name a title writes,
    whatever job word it holds."""
    words, name = role.casefold().split(), company.casefold().split()
    return len(words) >= 2 and len(words) < len(name) and name[: len(words)] == words


def _bare(name: str) -> str:
    key = squash(name)
    stripped = LEGAL.sub("", key)
    return stripped if len(stripped) >= 2 else key


def _initials(words: list[str]) -> str:
    return "".join(word[0] for word in words if word)


def abbreviates(short: str, full: str) -> bool:
    """Whether role ``short`` is ``full`` with some words written as initials
    ("Principal PM" for "Principal Product Manager", "Sr. SWE" for "Sr. Software
    Engineer", "Assoc. Designer" for "Associate Designer"): the same words in the same
    order, case ignored, an upper-case word standing for as many words of ``full`` as it
    has letters, a word cut short with a full stop for the word with its letters, a
    word clipped to its first letters or a code in capitals ("Head of Ground Ops" for "…
    Operations", "Stationsleitung FRA" for "Stationsleitung Frankfurt")."""
    one = re.findall(r"[\w&]+", short.casefold())
    other = re.findall(r"[\w&]+", full.casefold())
    capitals = {word.casefold() for word in re.findall(r"[\w&]+", short) if word.isupper()}
    # a word cut short with a full stop ("Assoc." for "Associate", "Mgr." for "Manager")
    cut = {word.casefold() for word in re.findall(r"(\w{2,})\.", short)}
    if not one or len(one) > len(other):
        return False
    i, shortened = 0, False
    for word in one:
        if i < len(other) and other[i] == word:
            i += 1
            continue
        if word in capitals and _initials(other[i : i + len(word)]) == word:
            i += len(word)
        elif (
            word in cut
            and i < len(other)
            and other[i].startswith(word[0])
            and _in_order(word, other[i])
        ) or (i < len(other) and _clipped(word, other[i])):
            i += 1
        else:
            return False
        shortened = True
    return shortened and i == len(other)


def _clipped(short: str, word: str) -> bool:
    """Whether ``short`` is ``word`` clipped without a full stop: some of its letters in
    order, the first one first ("ops" for "operations", "admin" for "administration"),
    as a code in capitals is ("FRA" for "Frankfurt"; one word only). Both case-folded;
    ``short`` of three letters or more."""
    if len(short) < 3 or len(word) <= len(short) or word[0] != short[0]:
        return False
    return _in_order(short, word)


def _in_order(short: str, word: str) -> bool:
    """Whether the letters of ``short`` are written in ``word`` in order ("mgr" in
    "manager", "assoc" in "associate")."""
    letters = iter(word)
    return all(letter in letters for letter in short)


def role_of(in_title: str | None, in_text: str | None, text: str, title: str = "") -> str | None:
    """The title's role, unless a tracking system's field names another job: one the
    title's part does not write whole. "Onsite loop 1/3: Partner strategy" names the
    session's topic and "Painel final – Diretoria de Marketing" the department met where
    the field says "Role: Hospitality Partnerships Lead", "Vaga: Gerente de Marketing";
    a title writing the field's words and more ("Product Manager, Payments" for "Role:
    Product Manager") keeps its own. A title writing the text's job with initials or
    clipped words ("PM role" for "the Production Manager role", "Dev Exec" for
    "Development Executive") gives way to the words written in full. The part after a
    session's number in ``title`` ("Session 2: Partner organisations") is its topic
    whatever names the job in the description ("Interview for Case Manager at …")."""
    if not (in_title and in_text) or _words(in_text) <= _words(in_title):
        return in_title or in_text
    if abbreviates(in_title, in_text):
        return in_text
    if role_in_field(text) == in_text or _session_topic(in_title, title):
        return in_text
    return in_title


# A session's number before its topic: "Session 2:", "Part 1 –", "Sesión 3:", "2/4:".
_SESSION_NUMBER = re.compile(
    r"(?:\b(?:session|part|sitzung|teil|sesi[óo]n|sess[ãa]o|s[ée]ance|sessione|sessie|sesja"
    r"|oturum|del|block)|セッション|세션)\s*#?\d+\s*[:：.–—-]\s*$|\b\d+\s*/\s*\d+\s*[:：–—-]\s*$",
    re.I,
)


def _session_topic(role: str, title: str) -> bool:
    """Whether ``title`` writes ``role`` right after a session's number."""
    at = title.find(role)
    return at > 0 and bool(_SESSION_NUMBER.search(title, 0, at))


def _words(role: str) -> set[str]:
    return {word for word in re.findall(r"\w{3,}", role.casefold())}


def without_place(role: str | None, location: str) -> str | None:
    """``role`` without a bracket naming the place the invite's location writes ("Hotel
    Manager (The Crane, Bath)" at "The Crane, 3 Pulteney Rd, Bath"): the workplace, not
    a speciality. Two words at least, so one word a location shares ("(Cardiology)" at
    a hospital's cardiology wing) stays."""
    found = BRACKETS.search(role or "")
    if not (role and found and found.end() == len(role) and location):
        return role
    words = re.findall(r"\w+", found.group(0).casefold())
    place = set(re.findall(r"\w+", location.casefold()))
    if len(words) >= 2 and all(word in place for word in words):
        return role[: found.start()].rstrip()
    return role


def without_lead_in(role: str | None) -> str | None:
    """``role`` without the lower-case words of the meeting before it ("chat about the
    Senior Editor" → "Senior Editor", "charla sobre el puesto de Jefa de Datos" → "Jefa
    de Datos"): a title written as a sentence names the job after "about", "for", "on";
    a job written in lower case throughout is left as it is."""
    found = _LEAD_IN.match(role or "")
    return role[found.end() :] if role and found else role


# Lower-case words (none where a mark cut them: "re Senior Editor") ending in a word that
# introduces what the meeting is about, then the job, capitalised ("chat about the Senior
# Editor"); or the user's time in the job ("first 90 days as Head Brewer", "… como …")
_LEAD_IN = re.compile(
    r"(?:(?:[a-zà-ÿ][\w'’-]*|\d+)\s+){0,4}?(?:about|on|for|re:?|regarding|sobre|über|sur|pour|per"
    r"|su|over|para|as|als|comme|como|come|som|jako)"
    r"\s+(?:(?:the|a|an|el|la|le|les|die|der|den|il|lo|o|a|de|del|du|het|een|position|role|post"
    r"|puesto|poste|posizione|vaga|stelle|functie)\s+){0,3}(?=[A-ZÀ-Þ])"
)
