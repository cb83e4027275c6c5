"""One person's name in an item of a list written in prose (:mod:`.prose_people`).

The name is the last run of capitalised words that reads as one (:func:`.names.looks_like_name`),
kept whole with its particles ("Sanne de Vries", "Pieter van den Berg", "Marie de la
Fontaine") and the form of address before it ("Frau Anna von Bülow", "Sra. Carmen
López"); the job title before it runs from its first title word to the name, a
business function included ("Head of Finance Maria Lopez", "Leiterin Finanzen …",
"Dyrektor Finansową …": ``people_functions`` in ``lang/*.toml``, one list per
language, inflected forms where the language inflects). A CJK name is the item's
last word, with a courtesy word or a title glued or beside it ("田中さん", "山口部長",
"김민수 팀장님").
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from assistant.detect.employer.legalname import LEGAL_FORM
from assistant.detect.employer.namematch import place_or_service
from assistant.detect.who.names import (
    TITLE_WORDS,
    is_form_of_address,
    is_particle,
    looks_like_name,
)
from assistant.detect.words.matcher import Alternative, Vocabulary
from assistant.detect.words.vocabulary import fragments


@cache
def _functions() -> Vocabulary:
    """The ``people_functions`` words of every language, whole words: the business
    function after a job title ("Finance", "Finanzen", "Operaciones", "Finansową")."""
    found = tuple(fragments("people_functions", True))
    return Vocabulary([Alternative(r"(?<!\w)", found, r"(?!\w)")], re.I)


@cache
def _bodies() -> re.Pattern[str]:
    """The ``people_not_names`` words: a board, a management, a team, not a person."""
    return re.compile(rf"^(?:{'|'.join(fragments('people_not_names', True)) or '(?!)'})$", re.I)


CJK_NAME = re.compile(r"[\u4e00-\u9fff\uac00-\ud7af]{2,4}")
# Courtesy words written after a CJK name ("赵明远先生", "田中様", "김민준 님").
_CJK_COURTESY = re.compile(r"(?:先生|女士|小姐|老师|さん|様|氏|님|씨)$")
_CJK_COURTESY_WORD = re.compile(r"(?:先生|女士|小姐|老师|さん|様|氏|님|씨)")
# Endings of nouns, not of given names, before "de", "der", "del" ("Ciudad de México",
# "Exploraciones de Salar", "Präsentation der Probeaufgabe", "Turismo do Estoril").
_NOUN_ENDING = re.compile(
    r"(?:dad|tät|ción|cion|ção|tion|sion|sión|iones|ioni|ismo|edos|ados|aria|ería|eria|ung|ment)$",
    re.I,
)
_DOTTED = re.compile(r"\.\w")  # a full stop inside a word
# Turkish forms of address written after the given name ("Ayşe Kaya Hanım", "Murat Bey").
_AFTER_NAME = frozenset(["bey", "hanım", "hanim"])
TITLE_SPAN = 6  # words of a job title before a name: "Director de Operaciones"
LEGAL_WORD = re.compile(LEGAL_FORM.pattern, re.I)


def name_in_item(item: str, marked: bool = False) -> tuple[str, str] | None:
    """``(name, title)`` when the list item holds one person's name: the last run of
    capitalised words (with a name's particles: "van den") that reads as a name, the
    words from the first title word up to it as the title ("unserem Geschäftsführer
    Matthias Ehrenfeld", "Head of Finance Maria Lopez"); a CJK item's last word
    ("制片部总监 李晓峰"), which when ``marked`` must carry a courtesy word or a title
    ("田中さん", "김민수 팀장님": with "with" after the names nothing else says "person").
    Words may follow the name ("… einzuladen")."""
    words = item.strip(" .,:;\"'“”«»").split()
    courteous = len(words) >= 2 and _CJK_COURTESY_WORD.fullmatch(words[-1]) is not None
    if courteous:
        words = words[:-1]  # "이지은 님": the courtesy word apart
    if not words:
        return None
    if len(words) >= 2 and TITLE_WORDS.search(words[-1]) and CJK_NAME.fullmatch(words[-2]):
        words = [*words[:-2], words[-1], words[-2]]  # "박지훈 팀장": the title after the name
    last = _CJK_COURTESY.sub("", words[-1])
    glued = TITLE_WORDS.search(last)
    if glued and glued.end() == len(last) and CJK_NAME.fullmatch(last[: glued.start()]):
        return last[: glued.start()], glued.group()  # "山口部長": the title glued after
    if CJK_NAME.fullmatch(last) and not TITLE_WORDS.search(last):
        # "田中さん", "김민수 팀장님", "이지은 님": not "아래와 같이 면접" ("as below")
        titled = len(words) > 1 and TITLE_WORDS.search(words[-2]) is not None
        courteous = courteous or last != words[-1] or titled
        return (last, " ".join(words[:-1])) if courteous or not marked else None
    # "… und der Produzentin Dörte Lüdemann einzuladen", "M. Martin mardi à 14 h",
    # "Jannis Oberle erwartet Sie": words after the name, which end the list (_listed).
    if any(LEGAL_WORD.fullmatch(w) for w in words[1:]):
        return None  # "Albion Broadcasting plc": a company, not a person
    for run in reversed(_runs(words)):
        start = _start_in_run(words, run)
        if start is not None:
            name = " ".join(words[start : run[-1] + 1])
            return name, _title_before(words, start)
    return None


def _runs(words: list[str]) -> list[list[int]]:
    """The runs of capitalised words in ``words``, as indices. A name's particles join
    a single given name to one family name that ends the run ("Sanne de Vries",
    "Frau Anna von Bülow", "Marie de la Fontaine"); "Álvaro Requena del Departamento",
    "Director de Operaciones Pablo Ruiz" and "Ciudad de México" are no such name."""
    runs: list[list[int]] = [[]]
    joined = False  # the run holds a particle: one more capitalised word ends it
    for at, word in enumerate(words):
        run = runs[-1]
        if word[:1].isupper() and joined and not is_particle(words[at - 1]):
            runs.append([at])
            joined = False
        elif word[:1].isupper():
            run.append(at)
        elif (
            is_particle(word)
            and run
            and (is_particle(words[at - 1]) or _takes_particle(words, run))
        ):
            run.append(at)
            joined = True
        elif run:
            runs.append([])
            joined = False
    for run in runs:
        while run and (is_particle(words[run[-1]]) or words[run[-1]].casefold() in _AFTER_NAME):
            run.pop()  # "Claire Martin le 12 mai", "Ayşe Kaya Hanım": not the name's end
        family = words[run[-1]] if run else ""
        if len(run) > 1 and is_particle(words[run[-2]]) and _not_family(family):
            del run[-2:]  # "Ciudad de México", "Operazioni di Bordo": a place, a function
    return [r for r in runs if r]


def _takes_particle(words: list[str], run: list[int]) -> bool:
    """Whether ``run`` ends with a single given name, after a job title, a business
    function or forms of address at most ("Hoofd Inkoop Jan", "Frau Anna"); not a
    particle itself ("Van der Veen B.V.") nor a noun's ending ("Ciudad", "Präsentation")."""
    last = words[run[-1]]
    if is_particle(last.lower()) or _NOUN_ENDING.search(last):
        return False
    given = 0
    for at in reversed(run):
        if is_form_of_address(words[at]):
            continue
        if TITLE_WORDS.search(words[at]) or _functions().fullmatch(words[at]):
            break
        given += 1
    return given == 1


def _not_family(word: str) -> bool:
    """Whether ``word`` after a particle is a place, a meeting service or a business
    function, not a family name."""
    return place_or_service(word) or _functions().fullmatch(word) is not None


def _start_in_run(words: list[str], run: list[int]) -> int | None:
    """Where the name that ends a run of capitalised words starts (an index into
    ``words``), longest first (at most four words besides particles): no title word,
    business function or body in it, and not a place or a meeting service."""
    functions = _function_words(words, run)
    for first in range(len(run) - 1):
        part = run[first:]
        if is_particle(words[part[0]]) or sum(not is_particle(words[i]) for i in part) > 4:
            continue
        # "Managing Producers", "Head of Factual": a title is no one's name, plural or not.
        if any(
            i in functions
            or (
                not is_form_of_address(words[i])
                and (TITLE_WORDS.search(words[i].removesuffix("s")) or _bodies().match(words[i]))
            )
            for i in part
        ):
            continue
        if any(_DOTTED.search(words[i]) and not is_form_of_address(words[i]) for i in part):
            continue  # "S.A.", "RR.HH.": an abbreviation, not a name
        name = " ".join(words[i] for i in part)
        if looks_like_name(name) and not _ends_with_place(words, part):
            return part[0]
    return None


def _ends_with_place(words: list[str], part: list[int]) -> bool:
    """Whether the words at ``part`` are, or end with two words that are, places or
    meeting services ("Lisboa", "Görüşme Google Meet")."""
    tail = " ".join(words[i] for i in part[-2:])
    return place_or_service(" ".join(words[i] for i in part)) or (
        len(part) > 2 and place_or_service(tail)
    )


def _function_words(words: list[str], run: list[int]) -> frozenset[int]:
    """The indices of ``run``'s words that name a business function (``people_functions``:
    "Human Resources", "Finanzen", "Operaciones")."""
    text = " ".join(words[i] for i in run)
    if _functions().narrowed(text) is None:
        return frozenset()
    ends = list(itertools.accumulate(len(words[i]) + 1 for i in run))
    return frozenset(
        run[k]
        for match in _functions().finditer(text)
        for k, end in enumerate(ends)
        if end - len(words[run[k]]) - 1 < match.end() and match.start() < end - 1
    )


def _title_before(words: list[str], start: int) -> str:
    """The job title written before the name at ``start``: from its first title word
    on ("Head of Finance", "Director de Operaciones"), or the title words alone when
    that span is long ("Sie treffen am Montag unseren Leiter …")."""
    titled = [at for at in range(start) if TITLE_WORDS.search(words[at])]
    titled = [at for at in titled if not is_form_of_address(words[at])]
    if not titled:
        return ""
    span = words[titled[0] : start]
    while span and (is_form_of_address(span[-1]) or not span[-1][:1].isupper()):
        span.pop()  # "Geschäftsführer Herr …", "Head of …": the name's, or a connector
    if len(span) <= TITLE_SPAN:
        return " ".join(span).strip(" ,:;")
    return " ".join(words[at] for at in titled)


def is_title(item: str) -> bool:
    """Whether ``item`` is a job title or a business function ("Clinical Quality",
    "Recursos Humanos"): said of the name before it."""
    return TITLE_WORDS.search(item) is not None or _functions().search(item) is not None


def ends_with_name(item: str, name: str) -> bool:
    """Whether ``item`` ends with ``name``, a form of address after it aside."""
    words = item.split()
    if words and words[-1].casefold() in _AFTER_NAME:
        words.pop()
    return " ".join(words).endswith(name)
