"""Reading an employer's name where a guest's corporate domain confirms it.

"Second interview – Cyberdyne Systems" with someone from cyberdyne.com: the phrase
whose squashed spelling is the domain's name ("cyberdyne"), extended over the
words that still belong to the name ("Systems") but never over a department, a
city, a round word or the signature on the next line. Also the vocabulary of
words that end or continue a name, shared with the title reading in :mod:`.extract`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.detect.employer.addressform import FORMS_OF_ADDRESS
from assistant.detect.employer.domainrest import abbreviated_around
from assistant.detect.employer.domains import squash, squash_variants
from assistant.detect.employer.legalname import LEGAL_FORM, NAME_OPENERS
from assistant.detect.employer.namecase import shouted, title_case
from assistant.detect.text.titles import round_words

_TOKEN = re.compile(r"[^\W_][\w&.'’+-]*")
# Words that end a company name read from a title ("Figma Onsite", "Adyen HQ").
_NOT_NAME_WORDS = """
    interview interviews onsite on-site virtual loop round rounds final panel screen screening
    call chat intro team teams talent recruiting recruiter careers hq office headquarters hiring
    people product engineering design the and with at for of hr ta day part meeting conversation
    second third 2nd 3rd next follow-up invitation confirmation head branch campus building
"""
NOT_NAME = frozenset(_NOT_NAME_WORDS.split())
# The partners' abbreviation after "&" ("& Co.", "& Cie.", "& Cía."), and the name's
# capitalised words after it, up to a word that ends it or the end of its line or part.
_AND_CO = re.compile(r"(?:Co|Cie|C[íi]a|Cia)\.", re.I)
_AND_CO_REST = re.compile(
    r"(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]*){1,3}(?=[ \t]*(?:$|[,;:()|–—]|[ \t]-[ \t]))",
    re.M,
)
# Gaps inside one name: spaces on one line, or "&" / "+" between spaces.
# Where a value written after a field label ends ("Acme Ltd – Berlin").
FIELD_END = re.compile(r"\s+[-–—|·•]\s+|\s{2,}|;\s")
_JOINED = re.compile(r"[ \t\u00a0]*(?:[&+][ \t\u00a0]*)?")
# A comma between the partners a firm is named after ("Lefèvre, Aubry & Associés").
_LISTED = re.compile(r",[ \t\u00a0]+")
_JOINING_WORDS = frozenset({"and", "und", "et", "y", "e", "en", "och", "ve", "of", "&"})
# Words that end a company's name after the part a domain confirms ("Cyberdyne Systems").
COMPANY_WORD = re.compile(
    r"(?:systems|technologies|technology|tech|labs?|group|partners|bank|insurance|capital|health"
    r"|healthcare|energy|solutions|software|consulting|media|studios?|games|motors|pharma\w*|foods"
    r"|holdings?|ventures|analytics|robotics|networks|industries|airlines?|logistics|enterprises"
    r"|international|global|digital|interactive|entertainment|financial|services|security|cloud"
    r"|mobility|automotive|biotech|therapeutics|sciences|bio|ai|data|works|company|&|and|und"
    r"|hotels|resorts|restaurants|hospitality|estates|properties|cruises|hoteles|hot[ée]is|h[ôo]tels"
    # the insurance market's firms: "… Specialty", "… Syndicate", "… Underwriters"
    r"|specialty|syndicate|underwriters|insurers|assurance|reinsurance|mutual|versicherung\w*"
    r"|news|press|broadcasting|publishing|newspapers?|cooperative|co-?op|herald|radio|television"
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
CITIES = frozenset(_CITY_WORDS.split())
# Words naming a building or a site after an employer's name ("Northwind House",
# "Harbour Centre", "Acme Tower"): the place the meeting is at, not the name.
_SITE_WORD_LIST = """house centre center tower towers building plaza square court hall campus
    station depot yard quay wharf park"""
SITE_WORDS = frozenset(_SITE_WORD_LIST.split())
# "Coral Vista Medical Center", "Ashby Cancer Centre": a site word after the kind of care
# given names the institution, not the building the meeting is in.
_CARE_KINDS = frozenset(
    ["medical", "health", "cancer", "care", "rehabilitation", "dental", "eye", "heart"]
)


def _care_centre(before: str, word: str) -> bool:
    """Whether ``word`` after ``before`` is "Center" after a kind of care."""
    return before.lower() in _CARE_KINDS and word.lower() in ("center", "centre")


# Meeting services written where a place would be ("Entrevista no Zoom", "på Teams").
_MEETING_SERVICES = frozenset(
    ["zoom", "teams", "microsoft", "google", "meet", "skype", "webex", "whereby", "hangouts"]
)


@lru_cache(maxsize=4096)
def place_or_service(phrase: str) -> bool:
    """Whether every word of ``phrase`` is a city or a meeting service ("Lisboa",
    "Teams", "Google Meet"): a title's "at …" then says where, not who hires."""
    words = phrase.lower().split()
    return bool(words) and all(w in CITIES or w in _MEETING_SERVICES for w in words)


LEGAL = re.compile(
    # two-word forms first: the leftmost match wins ("pteltd", not "ltd" alone)
    r"(?:pteltd|pvtltd|ptyltd|coltd|colimited|sdnbhd|ltdsti|spzoo|sadecv|gmbhcokg"
    r"|corp|corporation|inc|incorporated|ltd|limited|llc|llp|plc|dac|clg|ggmbh|gmbh|mbh|gug|ag|se|sa|sas|sarl|slu|sl|bv|nv"
    r"|srl|spa|sro|spolsro|oy|oyj|ab|as|asa|aps|kg|kk|gk|ug|bhd|tbk|jsc|lda|ltda|co|company|com|io|de|net"
    r"|org|fzllc|fze|fzco|fzc|dmcc|wll|pjsc|qpsc|qsc|bsc|kscp|saog|saoc|spc"
    # Peru: S.A.C., S.A.A., S.R.L. (srl above), E.I.R.L.
    r"|sac|saa|eirl)$"
)
# A name of up to four capitalised words on one line; "&", "and", "und", "et", "y"
# join the names of a two-name firm ("Smith & Nephew", "Procter and Gamble"), "of",
# "del", "van" a name's place or founder ("Bank of Lisbon", "Viñedos del Sur S.A.").
_JOIN = (
    r"(?:[ \t]+(?:&|and|und|et|y|e|en|och|ve|i|of|de|del|della|di|du|des|da|do|dos|das|van|von)"
    r"(?=[ \t]+[A-Z]))?"
)


def name_of_words(most: int) -> str:
    """A regular expression for a name of one to ``most`` capitalised words on one line
    (see :data:`NAME`)."""
    return rf"[A-Z][\w&.'’-]*(?:{_JOIN}[ \t]+[A-Z0-9][\w&.'’-]*){{0,{most - 1}}}"


NAME = name_of_words(4)


def _name_score(phrase_key: str, label: str) -> int:
    """How well a squashed phrase names the organisation behind ``label``."""
    if not phrase_key or not label:
        return 0
    if phrase_key == label:
        return 3
    if phrase_key.startswith(label) and LEGAL.fullmatch(phrase_key[len(label) :]):
        return 3
    if (
        len(phrase_key) >= 4
        and (label.startswith(phrase_key) or label.endswith(phrase_key))
        and not _generic(phrase_key)
    ):
        return 2
    return 0


def _generic(word: str) -> bool:
    """Whether a word is one many companies' names share or a department's
    ("Analytics" in "Director of Analytics" does not name tallgrassanalytics.com):
    only the distinctive part of a domain's name, or all of it, names the company."""
    return bool(COMPANY_WORD.fullmatch(word)) or word in _DEPARTMENTS


_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]?\.?")


def sentence_cut(name: str) -> str:
    """``name`` read by :data:`NAME` up to the end of its sentence: "Tidewater Marine.
    Reply to …" → "Tidewater Marine". A dotted legal form or initials ("S.A. de C.V.",
    "Corp.", "J. P.") end no sentence."""
    words = name.split(" ")
    for at, word in enumerate(words[:-1]):
        if (
            word.endswith(".")
            and len(word) > 3
            and not LEGAL_FORM.fullmatch(word)
            and not _INITIALS.fullmatch(word)
        ):
            return " ".join(words[: at + 1]).rstrip(".")
    return name


@lru_cache(maxsize=4096)
def tidy_name(name: str, whole: bool = False) -> str:
    """``name`` trimmed, without the words that end no name ("Acme team"), unless
    ``whole`` (a domain spells every word of it); an all-lower or all-caps name in
    title case."""
    words = name.strip(" .,'’-").split()
    while not whole and len(words) > 1 and words[-1].lower() in NOT_NAME:
        words.pop()
    name = " ".join(words)
    if name.islower():
        return name.title()
    return title_case(name) if shouted(name) else name


@lru_cache(maxsize=4096)  # a series repeats its title and description
def name_matching(text: str, labels: tuple[str, ...], capitalised_only: bool) -> str | None:
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
    best_spelled: frozenset[str] = frozenset()
    for i, first in enumerate(tokens):
        if capitalised_only and not first.group(0)[0].isupper():
            continue
        if first.group(0).lower() in _JOINING_WORDS:
            continue  # a name never begins with "and" ("e Viadotti")
        spelled = {""}  # the phrase squashed so far, plainly and as German domains write it
        listed = 0  # the score before a comma: "Lefèvre, Aubry & Associés" lists partners
        for j in range(i, min(i + 4, len(tokens))):
            gap = text[tokens[j - 1].end() : tokens[j].start()] if j > i else ""
            if j > i and not _JOINED.fullmatch(gap):
                if not (_LISTED.fullmatch(gap) and tokens[j].group(0)[0].isupper()):
                    break  # the words of one name are on one line, joined by spaces or "&"
                listed = best[0] if best and best[2] == i else 3
            if j > i and tokens[j].group(0).lower() in _JOINING_WORDS:
                # "Hollis and Vane" is hollisvane.example, "Ponti e Viadotti" pontieviadotti
                spelled |= {k + spellings[j][0] for k in spelled}
                continue
            spelled = {k + variant for k in spelled for variant in spellings[j]}
            score = max(_name_score(k, label) for label in labels for k in spelled)
            # a partner after a comma only where the domain spells more with them
            if score > listed and (best is None or (score, j - i) > best[:2]):
                best, best_spelled = (score, j - i, i, j), frozenset(spelled)
    if best is None:
        return _acronym_name(text, tokens, labels)
    score, _, i, j = best
    spelled_whole = score == 3  # "Streets for People" at streetsforpeople: every word counts
    if score == 2:  # "Albion" of albion-infra: the words the rest of the domain abbreviates
        joined = _JOINED.fullmatch
        i, j, spelled_whole = abbreviated_around(text, tokens, (i, j), best_spelled, labels, joined)
    while j + 1 < len(tokens) and j - i < 4:
        if _partners_abbreviated(text, tokens, j):
            j += 1  # "Kaymak & Co. Feinkost GmbH": the name runs on after "& Co."
            continue
        gap = text[tokens[j].end() : tokens[j + 1].start()]
        word = tokens[j + 1].group(0)
        # Never a department, a city or the signature on the next line, and nothing
        # after a legal form ("Acme GmbH Vertrieb").
        if (
            not _JOINED.fullmatch(gap)
            or not (continues_name(word) or _care_centre(tokens[j].group(0), word))
            or LEGAL_FORM.fullmatch(tokens[j].group(0))
            or tokens[j].group(0).endswith(".")  # a sentence ends: "Acme & Sons. We …"
        ):
            break
        j += 1
    found = text[tokens[_first_word(text, tokens, i)].start() : tokens[j].end()]
    return tidy_name(found, whole=spelled_whole)


def _first_word(text: str, tokens: list[re.Match[str]], i: int) -> int:
    """The index of the first word of the name whose confirmed part begins at ``i``:
    earlier only over particles and a group's word, and only when the name then begins
    with a capital ("Van der Meulen", never "bei der Meulen")."""
    first = i
    while first > 0 and _JOINED.fullmatch(text[tokens[first - 1].end() : tokens[first].start()]):
        word = tokens[first - 1].group(0)
        if word.lower() not in NAME_OPENERS:
            break
        first -= 1
    while first < i and not tokens[first].group(0)[0].isupper():
        first += 1  # "der Meulen": the capitalised particle is missing
    return first


def _partners_abbreviated(text: str, tokens: list[re.Match[str]], j: int) -> bool:
    """Whether ``tokens[j]`` is the partners' abbreviation after "&" ("& Co.", "& Cie.")
    with the name's own capitalised words after it on the same line, up to a word that
    ends a name or the end of the line or title part ("Kaymak & Co. Feinkost GmbH",
    "Brandt & Cie. Négoce – entretien"): the full stop ends an abbreviation there, not
    the name."""
    if j < 1 or not _AND_CO.fullmatch(tokens[j].group(0)):
        return False
    if text[tokens[j - 1].end() : tokens[j].start()].strip() != "&":
        return False
    return bool(_AND_CO_REST.match(text, tokens[j].end()))


def ends_a_name(word: str) -> bool:
    """Whether ``word`` is one that ends a company's name ("Consulting", "Insurance",
    "Company") and not a department's ("Data", "Analytics" after a name)."""
    return bool(COMPANY_WORD.fullmatch(word)) and word.lower().strip(".") not in _DEPARTMENTS


def continues_name(word: str) -> bool:
    """Whether a capitalised word after a name is still part of it ("Kestrel Freight"),
    not a department, a city or a round word ("Kestrel Sales", "Kestrel Berlin")."""
    lowered = word.lower().strip(".")
    if lowered in FORMS_OF_ADDRESS:
        return False  # "Brandt und Frau Dr. Weiss": the next person, not the name
    if lowered in _DEPARTMENTS or lowered in SITE_WORDS:
        # "Orbital Freight Data Science": a department, though "Data" ends many names;
        # a name that does hold it is written with its legal form (:mod:`.legalname`).
        # "Orbital House": the building.
        return False
    if COMPANY_WORD.fullmatch(word):
        return True
    return (
        word[0].isupper()
        and lowered not in NOT_NAME
        and lowered not in _DEPARTMENTS
        and lowered not in CITIES
        and not round_words().fullmatch(word)
    )


def registered_word(word: str) -> bool:
    """Whether a capitalised word between a short name and its legal form may be part
    of the registered name: a department's, a city's or a site's word may ("Fenwick
    Analytics Ltd", "Castellan Pharma Australia Pty Ltd": the legal form says where the
    name ends), a form of address, a round word or a word of a meeting may not
    (:data:`NOT_NAME`, but for the departments' words)."""
    lowered = word.lower().strip(".")
    if continues_name(word):
        return True
    return (
        word[0].isupper()
        and lowered not in FORMS_OF_ADDRESS
        and (lowered not in NOT_NAME or lowered in _DEPARTMENTS)
        and not round_words().fullmatch(word)
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
                return tidy_name(text[first.start() : tokens[j].end()])
    return None


_ABBREVIATION = re.compile(r"[A-Z]{2,5}")


def spelled_out(short: str, sources: tuple[str, ...]) -> str | None:
    """The name an abbreviation stands for where the invite writes it ("INS" → "Inver
    Network Services" in the location), from the first source that does; ``None``
    when ``short`` is no abbreviation or no source spells it out."""
    if not _ABBREVIATION.fullmatch(short):
        return None
    for source in sources:
        found = _acronym_name(source, list(_TOKEN.finditer(source)), (short.lower(),))
        if found and found.casefold() != short.casefold():
            return found
    return None


def abbreviates_name(short: str, name: str) -> bool:
    """Whether ``short`` ("INS") is the initials of ``name``'s words ("Inver Network
    Services DAC"), joining words and the legal form left out."""
    short = short.replace(".", "")  # "M.U.T." as "MUT"
    if not _ABBREVIATION.fullmatch(short):
        return False
    words = [word for word in name.split() if word.lower() not in _JOINING_WORDS]
    while len(words) > 1 and LEGAL.fullmatch(squash(words[-1])):
        words.pop()
    return len(words) >= 2 and "".join(word[0] for word in words).upper() == short


# An abbreviation in brackets after the name it stands for ("Pan-American Development
# Fund (PADF)", "Banco del Sur (BDS)"): the invite's gloss, not part of the name.
_OWN_ABBREVIATION = re.compile(r"\s*\(([A-Z][A-Z&]{1,7})\)$")


@lru_cache(maxsize=4096)
def without_own_abbreviation(name: str) -> str:
    """``name`` without its own initials in brackets after it ("Pan-American Development
    Fund (PADF)" → "Pan-American Development Fund"); a bracket of other letters stays."""
    found = _OWN_ABBREVIATION.search(name)
    if not found:
        return name
    head = name[: found.start()]
    short = found.group(1)
    # the initials of its capitalised words, a hyphen parting them too ("Caisse Régionale
    # de Crédit (CRC)", "Pan-American Development Fund (PADF)")
    capitals = [word[0] for word in re.split(r"[\s-]+", head) if word[:1].isupper()]
    return head if abbreviates_name(short, head) or "".join(capitals) == short else name
