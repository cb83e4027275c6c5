"""Titles cut into their parts: "Second interview – Acme – Data Analyst" is three.

Both the employer (:mod:`.extract`) and the role (:mod:`.roles`) are read from the
parts of a title between separators, and neither is a part that holds a round word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from assistant.detect.employer.legalname import LEGAL_FORM
from assistant.detect.job.jobfield import joins_field
from assistant.detect.words import wording as w
from assistant.detect.words.matcher import Vocabulary

# Small words that part a title like a mark does ("Acme with Jo", "Gespräch mit …"): a
# round phrase may hold one ("Incontro con il Direttore"), a mark hardly ever.
_WORD_SEPARATORS = (
    r"\s(?:at|with|w/|bei|chez|avec|con|presso|met|mit|between|and|for|für|pour|para|per"
    r"|voor|bij|en|em|hos|på)\s"
)
WORD_SEPARATOR = re.compile(_WORD_SEPARATORS, re.I)
# "·" inside a word joins an inclusive ending ("Directeur·rice"); elsewhere it separates.
# "・" between katakana joins the words of one name ("ライフケア・ジャパン株式会社", as
# "ロビン・ヘイル" for a person); elsewhere it separates ("面接・説明会").
SEPARATOR = re.compile(
    r"\s[-–—|·•/x×]\s|[|:()\[\]–—•!?;\"“”«»（）【】「」『』：｜、，；／]|·(?!(?<=\w·)\w)"
    r"|(?<![\u30a1-\u30fa\u30fc])・|・(?![\u30a1-\u30fa\u30fc])|\s@\s?|(?<=\s)@|"
    + _WORD_SEPARATORS,
    re.I,
)
# Interview and round words, whole phrases before single words: a title part holding
# one is neither employer nor role. Named here, compiled on first use (as the
# vocabularies are: :mod:`.wording`).
_ROUND_KINDS = (
    "EXPLICIT_LATER",
    "LATER_STAGE",
    "LATER_CONTACT",
    "FIRST_ROUND",
    "PREP",
    "OTHER_INTERVIEW",
    "INTERVIEW",
)


@cache
def round_words() -> Vocabulary:
    """Any interview or round word of any language: one vocabulary, made once."""
    return Vocabulary.union(*(getattr(w, k) for k in _ROUND_KINDS))


def without_round_words(text: str) -> str:
    """``text`` with its round words removed, whole phrases before single words
    ("Entrevista final Acme" → "Acme", not "final Acme")."""
    for kind in _ROUND_KINDS:
        text = getattr(w, kind).sub(" ", text)
    return " ".join(text.split())


# A title part that names a go-between ("(via Lindgren Executive Search)", "über
# Personalberatung Weiss"): neither the employer nor the job.
GO_BETWEEN_WORDS = (
    r"(?:via|through|über|par(?:\s+l[’']interm[ée]diaire\s+de)?|por\s+medio\s+de|tramite|door"
    r"|przez|genom|aracılığıyla"
    # "(arranged by Peregrine Search)": the go-between books the meeting
    r"|(?:arranged|organi[sz]ed|booked|set\s+up|coordinated)\s+by|organisiert\s+(?:von|durch)"
    r"|vermittelt\s+(?:von|durch)|organis[ée]e?\s+par|organizad[oa]\s+por|organizzat[oa]\s+da"
    r"|georganiseerd\s+door|arrangerad\s+av)"
)
GO_BETWEEN = re.compile(r"^\W*" + GO_BETWEEN_WORDS + r"\s", re.I)

# A name with an honorific after it ("ロビン・ヘイル様", "Imogen Castellanos様", "김민지 님",
# "王先生"): the person addressed, neither the role nor the employer. Tried only on
# titles holding an honorific: the lazy name before it is slow to fail everywhere else.
HONOURED_NAME = Vocabulary.of(
    r"(?:[A-Z][\w'’-]*\s)?[^\s【】\[\]()（）/|／｜]+?\s?(?:様|さま|殿|님|씨|先生|女士)(?=\s|$|[】\])）])"
)

_AND = re.compile(r"\s(?:and|en)\s", re.I)
# Capitalised words up to a legal form ("Shore Athletics, Inc."): the rest of a registered name
_TO_LEGAL_FORM = re.compile(
    r"(?:[A-Z][\w&'’.-]*[ \t]+){0,3}[A-Z][\w&'’.-]*,?[ \t]+(?:" + LEGAL_FORM.pattern + ")"
)


def _joins_a_registered_name(title: str, match: re.Match[str]) -> bool:
    """Whether the "and" ``match`` found joins two words of one registered name: a
    capitalised word before it, and capitalised words up to a legal form after it
    ("Summit and Shore Athletics, Inc.", "Kuipers en Zonen B.V."). Two people ("Jo and
    Sam") or a firm and a person are no such name: no legal form ends them."""
    before = title[: match.start()].rstrip().rsplit(" ", 1)[-1]
    return before[:1].isupper() and _TO_LEGAL_FORM.match(title, match.end()) is not None


AFTER_WITH = re.compile(r"\s(?:with|w/|mit|avec|con|met)\s", re.I)
# "Follow-up Chat between Dr. Ana Ruiz and Sam Lee", as a scheduling link titles its
# bookings: both sides of "between … and" are people, as the part after "with" is.
_BETWEEN = re.compile(r"\sbetween\s", re.I)


@cache
def met_person() -> re.Pattern[str]:
    """Meeting a person named with a capital ("meet Ana", "Treffen mit Jana Roth",
    "rencontre avec Léa"): group 1 is the name. Compiled on first use."""
    return re.compile(
        r"(?:" + w.MEETS_WHOM.pattern + r")\s+(?:with\s+)?"
        r"((?-i:[A-ZÀ-ÖØ-Þ][\w'’-]+)(?:\s(?-i:[A-ZÀ-ÖØ-Þ][\w'’-]+))?)",
        re.I,
    )


def meets_someone(title: str) -> str | None:
    """A person the user meets, named with their job in brackets after them ("meet Ana
    (site engineer)", "Treffen mit Jana Roth (Bauleiterin)"): whom a later round is
    with, as the user notes it; ``None`` otherwise."""
    for match in met_person().finditer(title):
        bracket = re.match(r"\s*\(([^()]{2,40})\)", title[match.end() :])
        if bracket and w.search(w.ROLE_NOUN, bracket.group(1)):
            return " ".join(title[match.start() : match.end() + bracket.end()].split())
    return None


@lru_cache(maxsize=4096)
def segments(title: str) -> tuple[tuple[str, bool], ...]:
    """Parts of a title between separators, each with whether "with" came before it.

    A part that is only a status word ("Canceled:", "[CANCELED]", "Abgesagt:", in
    every language of ``detect/lang/*.toml``) is left out: it names no employer or role.
    Read once per title: the employer, the role and the round are all looked for in them.
    """
    return tuple(_segments(title))


def _segments(title: str) -> Iterable[tuple[str, bool]]:
    start, after_with, between = 0, False, False
    for match in SEPARATOR.finditer(title):
        if _AND.fullmatch(match.group(0)) and _joins_a_registered_name(title, match):
            continue  # "Summit and Shore Athletics, Inc.": one firm's name
        if _AND.fullmatch(match.group(0)) and title[: match.start()].endswith("-"):
            continue  # "Projectmanager Kust- en Oeverwerken": a split compound, one job
        if joins_field(title, start, match):
            continue  # "Especialista en Sanidad Animal": the job and its field, one part
        part = title[start : match.start()].strip()
        if not w.CANCELLED_PART.match(part):
            yield part, after_with
        joined = after_with and between and bool(_AND.fullmatch(match.group(0)))
        between = bool(_BETWEEN.fullmatch(match.group(0))) or (between and joined)
        start = match.end()
        after_with = bool(AFTER_WITH.fullmatch(match.group(0))) or between
    part = title[start:].strip()
    if not w.CANCELLED_PART.match(part):
        yield part, after_with


# What closes a job title in a posting and nothing else: a gender marker ("(m/w/d)",
# "(k/m)", "H/F", "(all genders)") or the posting's number in brackets ("(R-0045812)",
# "(Req. 48213)", "(Competition #HS-2028-07)", "(SEE/04/28)").
# The marker's words inside its brackets, the one definition detection uses: Polish
# postings write "(k/m)" (kobieta/mężczyzna), German "(m/w/d)", Dutch "(m/v/x)".
GENDER_MARK = r"(?:[mwfdhvxiak]\s*/\s*){1,3}[mwfdhvxiak]|all\s+genders?|gn|alle\s+geschlechter"
_POSTING_NUMBER = (
    r"(?:req(?:uisition)?|ref(?:erence|erenz|erencia|érence)?|job\s*(?:id|no)|competition"
    r"|posting|vacancy|vacature|kennziffer|stellen-?id|n[ºo°])\b\.?\s*(?:no\.?\s*)?[:#]?\s*"
    r"[\w/-]*\d[\w/-]*|(?-i:#?[A-Z]{1,4}[-_/]\d{2,}[\w/-]*)|\d{5,}"
)
_JOB_MARK = re.compile(rf"\s*[(（]\s*(?:{GENDER_MARK}|{_POSTING_NUMBER})\s*[)）]", re.I)
# a bare marker in capitals closing the part, as French postings write it ("… F/H")
_BARE_MARK_AT_END = re.compile(
    r"[^\W\d_][-–,]?\s+(?:H\s*/\s*F|F\s*/\s*H|M\s*/\s*[FWK]|[FWK]\s*/\s*M|M\s*/\s*W\s*/\s*D)$"
)


def marked_as_job(segment: str, title: str) -> bool:
    """Whether ``title`` writes its part ``segment`` followed by what closes a job title
    in a posting and nothing else (:data:`_JOB_MARK`: "Leitung Einkauf (m/w/d)",
    "Clinical Study Manager (R-0045812)"): a job, whatever its words, since nobody
    puts a gender marker after a person, a firm or a meeting."""
    if not segment or ("(" not in title and "（" not in title and "/" not in title):
        return False
    if _BARE_MARK_AT_END.search(segment):
        return True
    at = title.find(segment)
    return at >= 0 and _JOB_MARK.match(title, at + len(segment)) is not None


_MARK_CLOSING_LINE = re.compile(_JOB_MARK.pattern + r"[\s.]*$", re.I)
# A line written as a title: capitalised words (or numbers), the small words joining
# them, commas and dashes; no sentence's words in lower case.
_TITLE_WORDS = re.compile(
    r"(?:[^\W\d_a-zß-ÿ][\w&/+.’'-]*|\d[\w-]*|of|and|for|in|de|del|des|du|la|di|da|do|für|und"
    r"|van|voor|en|et|y|e|i|och|og|ve)(?:(?:,?\s+|\s+[-–—|]\s+)(?:[^\W\d_a-zß-ÿ][\w&/+.’'-]*"
    r"|\d[\w-]*|of|and|for|in|de|del|des|du|la|di|da|do|für|und|van|voor|en|et|y|e|i|och|og|ve))*"
)


def closed_by_job_mark(line: str) -> bool:
    """Whether ``line`` is a job's title and what closes it in a posting
    (:data:`_JOB_MARK`: "Senior Buyer, Spares – EMEA (Req 31-0457)", "Leitung Einkauf
    (m/w/d)"), as a tracking system writes the job on a line of its own: capitalised
    words before the mark, no sentence ("Thank you for applying (Req 12)")."""
    if "(" not in line and "（" not in line:
        return False
    mark = _MARK_CLOSING_LINE.search(line)
    return mark is not None and _TITLE_WORDS.fullmatch(line[: mark.start()].strip()) is not None
