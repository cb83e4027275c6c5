"""The people an invite's text says the user will meet, written in prose.

Invites that no scheduling system wrote name the interviewers in a sentence,
not in an itinerary (:mod:`.itinerary`)::

    Tendrás una entrevista con Álvaro Requena, director de producción, y con Marta Ocaña.
    … zu einem Zweitgespräch mit unserem Geschäftsführer Matthias Ehrenfeld und der
      Produzentin Dörte Lüdemann …
    Laurence would like you to meet two of the board, Sir Anthony Gale and Rukmini Sen, …
    Panel: Nadia Qureshi, Malcolm Treharne (Head of Factual) and Grace Ofori
    面试官：制片部总监 李晓峰、国际合拍项目负责人 陈静
    Caroline Dunmore + Ed Pemberton (producer).

The words are data, one list per language in ``lang/*.toml``: ``people_with`` (the
words before the names: "with", "con", "mit", "avec", "com", "met", "z", "med",
"面试官"…), ``people_and`` (between them: "and", "y", "und"…) and ``people_me`` (the
writer's "me", as in "with me and Nadia Qureshi": the organiser takes part).
Languages that say "with" after the names have ``people_with_after`` ("Ayşe Yılmaz
ve Mehmet Demir ile", "田中さんと鈴木さんとの面接", "김민수 팀장님과 이지은 님과의 면접").
``people_functions`` are the business functions a job title names before the name
("Head of Finance Maria Lopez", "Leiterin Finanzen …", "Dyrektor Finansową …"): part
of the title, never of the name. A name keeps its particles ("Sanne de Vries",
"Pieter van den Berg") and its form of address ("Frau Anna von Bülow", "Sra. López").
A sentence made of nothing but two or more names ("A + B (producer).") names
them too. Pure; the result for a text is cached, since a series repeats it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from assistant.detect.who.names import is_courtesy_title
from assistant.detect.who.prose_name import (
    CJK_NAME,
    LEGAL_WORD,
    ends_with_name,
    is_title,
    name_in_item,
)
from assistant.detect.words.matcher import Alternative, Vocabulary
from assistant.detect.words.vocabulary import fragments
from assistant.text import plain_text

PROSE_CAP = 6_000  # characters of a description read for names
MAX_NAMED = 12  # more names than this in one invite is a programme, not interviewers
MAX_SKIPPED = 2  # words between "with" and the names ("two of the board")


@dataclass(frozen=True)
class NamedPerson:
    """One person the text names: the name as written, and a job title beside it."""

    name: str
    title: str = ""

    @property
    def display(self) -> str:
        """``Malcolm Treharne (Head of Factual)``: the name with the title in brackets."""
        return f"{self.name} ({self.title})" if self.title else self.name


@dataclass(frozen=True)
class ProsePeople:
    """Who the text says the user meets, and whether the writer ("me") is one of them."""

    people: tuple[NamedPerson, ...] = ()
    writer_takes_part: bool = False


@cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The ``people_with``, ``people_and`` and ``people_me`` words of every language."""

    def either(kind: str, extra: str = "") -> str:
        spaced = "|".join(fragments(kind, True))
        unspaced = "|".join(fragments(kind, False))
        # never inside an address or a link ("meet.google.com", "team@…")
        parts = [rf"(?<![\w.@/-])(?:{spaced})(?![\w.@/])"] if spaced else []
        parts += [f"(?:{unspaced})"] if unspaced else []
        parts += [extra] if extra else []
        return "|".join(parts)

    intro = re.compile(either("people_with"), re.I)
    # Between names: the language's "and", a comma, "+", ";", "/" or the CJK list comma.
    # The words in lower case only: "Ed Pemberton" is no Italian "ed".
    joins = re.compile(rf"\s*(?:[,;+/、，]|(?-i:{either('people_and')}))\s*", re.I)
    me = re.compile(rf"^(?:{'|'.join(fragments('people_me', True)) or '(?!)'})$", re.I)
    return intro, joins, me


@cache
def _after() -> Vocabulary:
    """The ``people_with_after`` words of every language: "with" written after the
    names (Turkish "ile", "'la"; Japanese "との"; Korean "과의"). A text holding none of
    their words is not searched (the vocabulary's prefilter)."""
    spaced = tuple(fragments("people_with_after", True))
    unspaced = tuple(fragments("people_with_after", False))
    return Vocabulary([Alternative("", spaced, r"(?![\w.@/])"), Alternative("", unspaced)], re.I)


# Where a clause ends: a line, a sentence, a dash between parts of a title; not the
# full stop of a title before a name ("con la Sra. Carmen López", "Prof. Rossi": _clauses).
_CLAUSE_END = re.compile(r"\n|(?<=[^\s.]{3})[.!?]\s|[。！？]|\s[-–—|]\s")
_LAST_WORD = re.compile(r"\S+$")
_BRACKETED = re.compile(r"\s*[(（]([^)）]{2,80})[)）]\s*")


def _listed(tail: str, introduced: bool) -> list[NamedPerson]:
    """The names listed at the start of ``tail``: items split at the language's "and"
    and commas, each a name (with a title before, after or in brackets) or a title
    for the name before. ``introduced`` (after a "with") lets a few words come first
    ("two of the board"); the list ends at the first item that is neither."""
    intro, joins, me = _words()
    found: list[NamedPerson] = []
    skipped = 0
    for raw in joins.split(tail):
        bracket = _BRACKETED.search(raw)
        item = _BRACKETED.sub(" ", raw).strip()
        if intro.match(item):  # "… y con Marta Ocaña": the second "con"
            item = intro.sub("", item, count=1).strip()
        if not item:
            continue
        if found and found[-1].name and LEGAL_WORD.fullmatch(item):
            found.pop()  # "Gasoductos del Pacífico, S. de R.L.": a company's name
            break
        person = name_in_item(item)
        if person is not None and len(found) < MAX_NAMED:
            title = person[1] or (bracket.group(1).strip() if bracket else "")
            found.append(NamedPerson(person[0], title))
        elif me.match(item):
            found.append(NamedPerson(""))  # the writer: see ProsePeople.writer_takes_part
        elif found and not found[-1].title and is_title(item) and len(item) <= 80:
            found[-1] = NamedPerson(found[-1].name, item)
        elif found and found[-1].title and is_title(item) and len(item) <= 80:
            continue  # a second part of the title: "productrice et associée"
        elif introduced and not found and skipped < MAX_SKIPPED and len(item.split()) <= 5:
            skipped += 1
        else:
            break
    return found


def _listed_before(head: str) -> list[NamedPerson]:
    """The names listed at the end of ``head``, the text before a ``people_with_after``
    word ("İkinci görüşme: Ayşe Yılmaz ve Mehmet Demir"), read back to the first item
    that holds none."""
    _intro, joins, _me = _words()
    found: list[NamedPerson] = []
    for item in reversed(joins.split(head)):
        item = _BRACKETED.sub(" ", item).strip(" .,;:")
        person = name_in_item(item, marked=True)
        if person is None or len(found) >= MAX_NAMED:
            break
        if not CJK_NAME.fullmatch(person[0]) and not ends_with_name(item, person[0]):
            break  # "… pozisyonu için mülakatınız": a sentence, not a list item
        found.append(NamedPerson(*person))
    return found[::-1]


@lru_cache(maxsize=512)
def people_in_prose(summary: str, description: str) -> ProsePeople:
    """The people the invite's title and text say the user will meet.

    A name follows one of the ``people_with`` words of ``lang/*.toml`` in the same
    clause (a line or a sentence), alone or in a list ("with A and B", "con A y B",
    "面试官：A、B"), or comes before one of its ``people_with_after`` words ("A ve B
    ile", "AさんとBさんとの面接"); or a clause is a list of two or more names and nothing else.
    Each person once, in order of appearance, at most :data:`MAX_NAMED`. Only the
    first :data:`PROSE_CAP` characters of the description (plain text) are read.
    """
    people: dict[str, NamedPerson] = {}
    writer = False
    # A line ends a clause, so the title and the description are read apart, and a
    # description many invites share (a scheduler's, a series') is read once, its
    # markup removed once too.
    for named in (_people_in(summary), _people_described(description)):
        for person in named:
            if not person.name:
                writer = True
            elif person.name.casefold() not in people and len(people) < MAX_NAMED:
                people[person.name.casefold()] = person
    return ProsePeople(tuple(people.values()), writer)


@lru_cache(maxsize=512)
def _people_described(description: str) -> tuple[NamedPerson, ...]:
    """:func:`_people_in` the first :data:`PROSE_CAP` characters of ``description``
    as plain text: per description, as the titles of the invites sharing it differ
    (reducing its markup to text cost more than reading the names)."""
    return _people_in(plain_text(description, PROSE_CAP)) if description else ()


@lru_cache(maxsize=1024)
def _people_in(text: str) -> tuple[NamedPerson, ...]:
    """The people each clause of ``text`` names, in order (the writer as a nameless one)."""
    intro, _joins, _me = _words()
    found: list[NamedPerson] = []
    # The "with" words are looked for once over the whole text (a search per clause
    # cost more than the rest of the reading), each then read within its clause.
    starts = [match.start() for match in intro.finditer(text)]
    after = _after()
    ends = [m.start() for m in after.finditer(text)] if after.narrowed(text) else []
    for begin, end in _clauses(text):
        clause = text[begin:end]
        named: list[NamedPerson] = []
        for start in (s for s in starts if begin <= s < end):
            match = intro.match(clause, start - begin)
            if match is not None:
                named += _listed(clause[match.end() :], introduced=True)
        for stop in (e for e in ends if begin < e <= end):
            named += _listed_before(clause[: stop - begin])
        # a clause of names alone is short and joins them: the cheap tests first, as
        # this runs for every clause of every invite read
        if not named and len(clause) <= _LIST_CHARS and _joins_two(clause, _joins):
            alone = _listed(clause, introduced=False)
            named = alone if len(alone) >= 2 and _only_names(clause, alone) else []
        found += named
    return tuple(found)


def _last_word(text: str) -> str:
    found = _LAST_WORD.search(text)
    return found.group() if found else ""


def _clauses(text: str) -> list[tuple[int, int]]:
    """Where each clause of ``text`` begins and ends (:data:`_CLAUSE_END`), a full stop
    after a title written before a name ("Sra.", "Prof.", "Dott.") ending none."""
    found, begin = [], 0
    for stop in _CLAUSE_END.finditer(text):
        before = _last_word(text[max(0, stop.start() - 8) : stop.start()])
        if stop.group().startswith(".") and len(before) <= 4 and is_courtesy_title(before):
            continue
        found.append((begin, stop.start()))
        begin = stop.end()
    return [*found, (begin, len(text))]


# A clause holding names alone: at most :data:`MAX_NAMED` names with their titles.
_LIST_CHARS = 320


def _joins_two(clause: str, joins: re.Pattern[str]) -> bool:
    """Whether ``clause`` could list two names: a join between two capitalised words
    (or a script without capitals)."""
    return (
        joins.search(clause) is not None
        and sum(1 for w in clause.split() if not w[:1].islower()) >= 2
    )


def _only_names(clause: str, people: list[NamedPerson]) -> bool:
    """Whether ``clause`` holds nothing but the names, their titles and the joins."""
    _intro, joins, _me = _words()
    rest = _BRACKETED.sub(" ", clause)
    for person in people:
        rest = rest.replace(person.name, " ")
        rest = rest.replace(person.title, " ") if person.title else rest
    return not joins.sub(" ", rest).strip(" .:;,")
