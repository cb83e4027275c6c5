"""What in a title could name the employer: the name after "at", the parts that look
like a name, and a name beside a round word (read once per title, cached).

Split from :mod:`.extract`, which decides among these candidates and the other sources.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from assistant.detect.employer.addressform import FORMS_OF_ADDRESS
from assistant.detect.employer.fullname import institution_noun
from assistant.detect.employer.legalname import LEGAL_END
from assistant.detect.employer.namematch import (
    COMPANY_WORD,
    NAME,
    NOT_NAME,
    place_or_service,
)
from assistant.detect.employer.namerest import CJK_FORM
from assistant.detect.job.jobfield import field_at
from assistant.detect.text.clock import when_cut
from assistant.detect.text.titles import (
    HONOURED_NAME,
    WORD_SEPARATOR,
    marked_as_job,
    round_words,
    segments,
    without_round_words,
)
from assistant.detect.words import eventkinds
from assistant.detect.words import wording as w
from assistant.detect.words.vocabulary import fragments
from assistant.detect.words.writing import UNSPACED

_PLACE = re.compile(
    r"(?:^|\s)(?:at|@|bei|chez|presso|bij|na|em|hos|på)\s+("
    + NAME.replace("[A-Z]", "[A-Z0-9]", 1)
    + ")"
)


# The honorific closing a name the title addresses (as :data:`HONOURED_NAME` reads it).
_HONORIFIC = re.compile(r"\s?(?:様|さま|殿|님|씨|先生|女士)$")


@cache
def _firm() -> re.Pattern[str]:
    """A firm's trade word ending a name (``firm_endings`` of ``lang/``: "製薬", "科技",
    "건설"), or a legal form anywhere in it ("株式会社")."""
    endings = (*fragments("firm_endings", False), *fragments("firm_endings", True))
    return re.compile(rf"(?:{'|'.join(endings)})$|{CJK_FORM}")


def _unless_firm(match: re.Match[str]) -> str:
    """A space for the person a title addresses ("佐藤様"); a firm addressed the same way
    ("桜井製薬様", as an agency titles its client's round) keeps its name, without the
    honorific."""
    name = _HONORIFIC.sub("", match.group(0))
    return f" {name} " if _firm().search(name) else " "


@cache
def _people_group() -> re.Pattern[str]:
    """A group of people met, not a firm (``people_not_names`` of ``lang/``: "Board",
    "실무진" the working-level interviewers, "임원진" the executives)."""
    groups = (*fragments("people_not_names", True), *fragments("people_not_names", False))
    return re.compile(f"(?:{'|'.join(groups)})", re.I)


def _firm_before_unit(segment: str) -> str:
    """A firm's name in a script without spaces, without the department and the rank
    written after it ("安順生技 法規處 處長" → "安順生技", "蓝海科技 研发部 总监" →
    "蓝海科技"): whom the user meets, not the firm. Only a name a firm's trade word ends
    (``firm_endings``) is cut so; any other part is as it was."""
    words = segment.split()
    if len(words) < 2 or not UNSPACED.match(words[0]) or not _firm().search(words[0]):
        return segment
    rest = words[1:]
    if all(w.INTERVIEWER_RANK.fullmatch(word) or w.UNIT_AT_END.fullmatch(word) for word in rest):
        return words[0]
    return segment


@lru_cache(maxsize=4096)
def title_names(title: str) -> tuple[str | None, tuple[str, ...], tuple[str, ...]]:
    """What in ``title`` could be a company: the name after "at" or "@", the title's
    parts that look like a name, and names written beside a round word in one part
    ("Final interview Acme"), trusted only in the user's own notes (read once per title)."""
    # "Imogen Castellanos様", "김민지 님": a person addressed, never the employer; but
    # "桜井製薬様" is a firm addressed, as an agency titles its client
    title = HONOURED_NAME.sub(_unless_firm, title)
    # "Acme 2nd interview 11h", "Acme final Tuesday": when, not who (:mod:`.clock`)
    title = when_cut(title)
    match = _PLACE.search(title)
    if match and field_at(title, match.start(), match.start(1)):
        match = None  # "Engenheiro em Segurança do Trabalho": the job's field
    candidates: list[str] = []
    beside_round: list[str] = []
    phrases: list[tuple[int, int]] | None = None  # the round phrases' spans, found when needed
    at = 0
    for part, after_with in segments(title):
        start = title.find(part, at) if part else -1
        at = start + len(part) if start >= 0 else at
        segment = _after_role(part)
        if after_with:
            # "w/ Ngala Health CEO": whom the user meets, written after the employer
            # (only after "with": "Genel Müdür" alone is a job)
            segment = _trailing_rank().sub("", segment) or segment
        segment = _firm_before_unit(segment)
        found = candidates
        if round_words().search(segment):
            segment = _without_who_calls(without_round_words(segment))
            # "终面：瑞康医药 CEO 面谈": the rank met, once the round's word is gone
            segment = _trailing_rank().sub("", segment)
            if after_with or not segment or w.search(w.ROLE_NOUN, segment):
                continue
            found = beside_round
        words = segment.split()
        # a legal form is no word of the name ("Southern Cross Rail Pty Ltd": four), nor
        # is "&" before an institution's noun ("Sunda Mediation & Arbitration Centre"; but
        # "Rachel Kim & Jordan Mensah" are two people)
        named = LEGAL_END.sub("", segment).split()
        counted = [w for w in named if not w.islower()]
        if named and institution_noun(named[-1]):
            counted = [w for w in counted if w not in "&+"]
        if (
            1 <= len(counted) <= 4
            and all(
                w[0].isupper()
                or w[0].isdigit()
                or UNSPACED.match(w)
                or w in "&+"
                or (0 < i < len(words) - 1 and _particle(words[i - 1], w))
                or (0 < i < len(words) - 1 and _of_institution(words[0], w))
                # the "and" of a two-name firm ("Ponti e Viadotti", "Puentes y Caminos")
                or (0 < i < len(words) - 1 and w in _AND_WORDS and words[i + 1][0].isupper())
                for i, w in enumerate(words)
            )
            and not place_or_service(segment)
            and any(c.isalpha() for c in segment)  # "(2/3)" numbers a session
            # "（オンライン）", "(改期)", "(rescheduled)": a note about the meeting
            and any(c.isalpha() for c in w.MEETING_NOTE.sub(" ", segment))
            and not _NOT_COMPANY.search(segment)
            and not w.search(w.UNIT_FIRST, LEGAL_END.sub("", segment))  # "Direzione Sanitaria"
            # "Lunch & Learn", "Chess Club": no employer; "Coastal Rowing Federation" and a
            # registered name ("Summit and Shore Athletics, Inc.") are
            and (eventkinds.event_kind(segment) is None or _a_body(named) or named != words)
            # "Coffee w/ Ana Ruiz", "Lunch – Acme": the meeting's own word, no employer;
            # so is a lone meeting's, stage's or test's noun ("Riunione con …", "Fallstudie –
            # Präsentation")
            and not (
                len(words) == 1
                and (
                    w.search(w.BUSINESS, segment)
                    # "2차 면접 (실무진)": the group of people met ("people_not_names")
                    or _people_group().fullmatch(segment)
                    or w.search(w.MEETING_NOUN_AT_END, segment)
                    or w.search(w.LATER_STAGE, segment)
                    or w.search(w.TEST, segment)
                    or w.STAGE_WORD.fullmatch(segment)  # "Etapa: …", "(최종)": the stage
                )
            )
            and not _numbered_stage(words)  # "(Runde 2: …)", "Etapa III", "2. Runde"
            # the "and" of a registered name the title's parts kept whole ("Summit and
            # Shore Athletics, Inc.") is no sentence's word
            and not any(
                w.lower() in NOT_NAME
                for w in words
                if not (w in _AND_WORDS and LEGAL_END.search(segment))
            )
            and words[0].lower().rstrip(".") not in FORMS_OF_ADDRESS  # "Frau Adler": a person
            and not round_words().search(segment)
            and not w.search(w.ROLE_NOUN, segment)
            and not marked_as_job(part, title)  # "Hoefsmid (m/v/x)": a job, whatever its words
            # "Final mülakatı – Yönetim Kurulu", "… – CEO": whom the user meets, no employer
            and not w.INTERVIEWER_RANK.fullmatch(segment)
            and not (
                # after "with", two words are a person ("Lunch with Jamie Fox") unless a
                # company's word says otherwise ("with Acme Robotics")
                after_with
                and len(words) <= 2
                and not any(c.isdigit() for c in segment)
                and not any(COMPANY_WORD.fullmatch(w) for w in words)
            )
        ):
            # a round phrase the separators cut ("Incontro | con il Direttore") holds no name
            if phrases is None:  # a phrase cut by a word ("con") only: marks cut none
                cut = WORD_SEPARATOR.search(title)
                phrases = [m.span() for m in round_words().finditer(title)] if cut else []
            if not any(a <= start and start + len(part) <= b for a, b in phrases):
                # "瑞康医药 CEO 面谈": beside its round, a name a firm's trade word ends
                # is the firm's as surely as a part of its own
                firm = found is beside_round and UNSPACED.match(segment) and _firm().search(segment)
                (candidates if firm else found).append(segment)
    return (match.group(1) if match else None), tuple(candidates), tuple(beside_round)


# The number of a stage: a digit or two ("2", "#3", "2.") or a Roman numeral ("II").
_STAGE_NUMBER = re.compile(r"#?\d{1,2}\.?|[IVX]{1,4}\.?")


def _numbered_stage(words: list[str]) -> bool:
    """Whether a title part's ``words`` are a stage word and its number, in either order
    ("Runde 2", "Etapa III", "2. Runde"): the round, never a name."""
    return len(words) == 2 and any(
        w.STAGE_WORD.fullmatch(word) is not None and _STAGE_NUMBER.fullmatch(number) is not None
        for word, number in (words, words[::-1])
    )


def _a_body(words: list[str]) -> bool:
    """Whether a title part's ``words`` (its legal form cut) end with a body's or a firm's
    noun ("… Cricket Board", "… Padel Tour Ltd" cut to "… Padel Tour" is not): a sport's
    or a game's word inside it is the body's field, not a pastime."""
    return bool(words) and (
        institution_noun(words[0])  # "Federación Andaluza de Pádel"
        or institution_noun(words[-1])
        or COMPANY_WORD.fullmatch(words[-1]) is not None
        or _BODY_END.fullmatch(words[-1]) is not None
    )


# A body's noun that ends its name ("Coastal Rowing Board", "Comité"): not among the
# institution nouns, which also head a name through "of" ("Board of Acme" is Acme's board)
_BODY_END = re.compile(
    r"board|committee|comit[ée]|comit[êe]|comitato|komitee|ausschuss|komitet|kommitté", re.I
)


_AND_WORDS = frozenset({"and", "und", "et", "e", "y", "en", "och", "og", "ve", "i"})
# Lower-case particles inside a family name a firm may carry ("Zorggroep Van der Linden",
# "Weingut von der Heide"): part of the name, not a sentence. The Romance ones ("de",
# "la") count only after another particle ("Clínica De la Vega"): alone they join the
# words of a job ("Jefe de Compras").
_PARTICLES = frozenset({"van", "von", "der", "den", "ten", "ter", "zu", "zum", "zur"})
_ROMANCE_PARTICLES = frozenset({"de", "du", "des", "da", "di", "del", "della", "la", "le", "do"})


def _particle(before: str, word: str) -> bool:
    """Whether lower-case ``word`` after ``before`` is a particle of a family name."""
    return word in _PARTICLES or (
        word in _ROMANCE_PARTICLES and before.lower() in _PARTICLES | _ROMANCE_PARTICLES
    )


def _of_institution(first: str, word: str) -> bool:
    """Whether lower-case ``word`` joins the words of a name an institution's noun opens
    ("Hospital Sírio do Vale", "Clínica San José de la Montaña")."""
    return word in _ROMANCE_PARTICLES and institution_noun(first)


@cache
def _trailing_rank() -> re.Pattern[str]:
    """An interviewer's rank ending a title part ("Acme CEO"), or before the person's
    name ("Acme CEO Dana Wu"); compiled on first use."""
    person = r"(?:\s+(?-i:[A-Z][\w'’-]+)){2,3}"
    return re.compile(r"(?<=\w)\s+(?:" + w.INTERVIEWER_RANK.pattern + rf")(?:{person})?\s*$", re.I)


# A requisition or competition number, bare or labelled ("JR-10377", "Req 2027-1184",
# "Job ID: 4471", "Ref. 12/88", "Competition Ref PEO/11/27"), or a gender marker
# ("H/F"): never a company.
_NOT_COMPANY = re.compile(
    # "Req", "Ref.", and the reference's word in other languages ("Réf.", "Referenz",
    # "Rif.", "Referencia", "Kennziffer")
    r"^(?:(?:[^\W\d_]+\s+)?(?:req(?:uisition)?|r[eé]f(?:[eé]rence|erenz|erencia|er[eê]ncia)?"
    r"|rif(?:erimento)?|kennziffer|job(?:\s*id)?|id|no|nr|n[º°o])"
    r"\.?\s*[:#]?\s*)?"
    r"(?:[A-Z]{0,4}[-_ ]?\d{3,}(?:[-_/.]\d+)*|[A-Z]{1,5}[-_/ ]?\d{2,}(?:[-_/.]\d+)+)$"
    r"|^[A-Za-z]{1,3}(?:\s*/\s*[A-Za-z]{1,3}){1,2}$",
    re.I,
)


@lru_cache(maxsize=4096)
def _after_role(part: str) -> str:
    """The employer after a role and a comma ("Data Analyst, Acme" → "Acme"), or after a
    person addressed and a comma ("Dr. Okonjo, Brightwater Aquatic", "Frau Adler, Nordwerk
    GmbH": whom the user meets, then their firm); the employer after the words of the
    meeting's kind ("HR Acme Group": the employer's HR calls), else ``part``."""
    head, comma, tail = part.rpartition(",")
    if comma and (w.search(w.ROLE_NOUN, head) or _addressed_person(head)):
        return tail.strip()
    return _without_who_calls(part)


@lru_cache(maxsize=4096)
def _without_who_calls(segment: str) -> str:
    words = segment.split()
    lead = 0
    while lead < len(words) - 1 and words[lead].casefold() in _WHO_CALLS:
        lead += 1
    return " ".join(words[lead:]) if lead else segment


# Who calls, written before the employer in the user's own note ("Telefonata HR Acme",
# "Call TA Acme Group"): the employer's team, no word of its name.
_WHO_CALLS = frozenset({"hr", "ta", "recruiter", "recruiting", "talent"})


def _addressed_person(head: str) -> bool:
    """Whether ``head`` is a person written with a form of address ("Dr. Okonjo", "Frau
    Adler", "Mme Claire Vautrin"): one or two names after it."""
    words = head.split()
    return (
        2 <= len(words) <= 3
        and words[0].casefold().rstrip(".") in FORMS_OF_ADDRESS
        and all(word[:1].isupper() for word in words[1:])
    )


def without_round_tail(name: str, title: str) -> str:
    """``name`` read from ``title`` without the words that begin a round's phrase after
    it ("Titan Ridge Mining Live" of "… Mining Live Interview via HireVue"): a phrase
    the name ran into ("Live Interview", ``live_interview`` of ``lang/``) is no part of it."""
    at = title.find(name)
    if at < 0:
        return name
    end = at + len(name)
    for vocabulary in (w.LIVE_INTERVIEW, round_words()):
        for found in vocabulary.finditer(title):
            if at < found.start() < end < found.end():
                return name[: found.start() - at].rstrip(" -–—,:|") or name
    return name
