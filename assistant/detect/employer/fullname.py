"""The employer's name in full where a title writes it short and the invite writes it whole.

A title is short on space: it writes an employer's initials for its last words
("Orvel CT" for "Orvel Clinical Trials"), a city after a comma ("Lindqvist Labor,
Uppsala"), only the last word of a name in sentence case ("Brno" of "Zdravotnický
výzkum Brno a.s."), or stops an institution's name before "for" ("Hallam Institute"
of "Hallam Institute for Sleep Research"). The description, the signature or the
title itself writes the whole name: people call the employer by it. A name is also
written in full with the words that end a company's name after it ("Fernhill & Park
Consulting") or a group's word before it (:func:`written_in_full`).

The words of an institution's name in each language ("Institute", "Stiftung",
"Gemeente"; "for", "für", "voor"; "the", "la"; "and", "und") are vocabulary: the keys
``institution_nouns``, ``name_of``, ``name_articles`` and ``name_and`` of
``detect/lang/*.toml``.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from assistant.detect.employer.domains import squash
from assistant.detect.employer.legalname import LEGAL_END, registered_name
from assistant.detect.employer.namematch import LEGAL
from assistant.detect.text.titles import segments
from assistant.detect.words import wording as w
from assistant.detect.words.vocabulary import fragments

# The end of a name written in lower case: the end of its line or of its title part.
_PART_END = r"(?=[ \t]*(?:$|[,.;:()|–—]|[ \t]-[ \t]))"
_INITIALS = re.compile(r"[A-Z]{2,4}")


class _NameWords(NamedTuple):
    """The words of an institution's name in every language (``lang/*.toml``:
    ``institution_nouns``, ``name_of``, ``name_articles``, ``name_and``), as patterns."""

    institution: re.Pattern[str]  # a noun heading a name: "Institute", "Stiftung", "Ville"
    of: str  # a word between that noun and the rest: "for", "of", "für", "pour", "de"
    article: str  # an optional article after it: " the", " la", " die"
    joining: str  # an optional word joining two of the name's words: " and", " de", " und"
    noun_before: re.Pattern[str]  # a noun (and "of") ending where a name begins


@cache
def _words() -> _NameWords:
    """The :class:`_NameWords` of the shipped languages, read on first use."""

    def either(kind: str) -> str:
        return "(?:" + "|".join(fragments(kind, True)) + ")"

    institution = re.compile(either("institution_nouns"), re.I)
    of, articles = either("name_of"), fragments("name_articles", True)
    article = rf"(?:[ \t]+(?:{'|'.join(articles)}))?" if articles else ""
    joining = (
        rf"(?:[ \t]+(?:{'|'.join((*fragments('name_and', True), *fragments('name_of', True)))}))?"
    )
    # "City of Port Aldous", "Fundación Hilos de la Tierra", "Stiftung Lindenhof": the
    # noun and "of" before a name, matched on the few characters before each place a
    # source writes the name (one pattern for every name: nothing compiled per name)
    # a capitalised adjective may follow the noun ("Centrum Medyczne Wisła", "Hospital
    # Universitario Norte"): the kind of institution, part of its name
    adjective = r"[ \t]+(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])[\w'’-]+"
    before = (
        rf"(?<![\w-])((?:{institution.pattern})(?:(?:[ \t]+{of})?{article}|{adjective})[ \t]+)$"
    )
    return _NameWords(institution, of, article, joining, re.compile(before, re.I))


@cache
def _and_words() -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(fragments("name_and", True)) + ")", re.I)


@lru_cache(maxsize=4096)
def institution_noun(word: str) -> bool:
    """Whether ``word`` is an institution's noun in any language ("Hospital", "Institut",
    "Fundación": ``institution_nouns`` of ``lang/*.toml``)."""
    return _words().institution.fullmatch(word) is not None


def joining_word(word: str) -> bool:
    """Whether ``word`` joins two words of a name: "&", or "and", "und", "et", "y" …
    (``name_and`` of ``lang/*.toml``): "Riverside and Crane" is "Riverside & Crane"."""
    return word == "&" or _and_words().fullmatch(word) is not None


def fuller_name(name: str, title: str, sources: tuple[str, ...]) -> str:
    """``name`` as the invite writes it whole (``sources``: title, location, text), or
    ``name`` itself. The longer form must begin or end with ``name``'s own words, so a
    department or a person never joins it."""
    for found in (
        _institution_of(name, sources),
        _institution_before(name, sources),
        _initials_spelled(name, sources),
        _before_comma(name, sources),
        _sentence_case_head(name, title, sources),
        _address_head(name, sources),
    ):
        if found:
            return found
    return name


def _address_head(name: str, sources: tuple[str, ...]) -> str | None:
    """ "Brenner & Co" → "Brenner & Co. Infrastructure Partners" where a source opens a
    line with the longer name before an address's comma ("…, 600 Travis St"): a title
    cuts a firm's name after its abbreviation ("& Co."), a location writes it whole. A
    name with no abbreviation is kept: "Acme HQ, …" names a site, not a longer firm."""
    if not any(name + "." in source for source in sources):
        return None  # the cheap test first: most names end in no abbreviation
    head = re.compile(
        r"(?:^|\n)[ \t]*(" + re.escape(name) + r"\.(?:[ \t]+(?:[A-Z][\w&'’-]*|&)){1,3}),[ \t]*\S"
    )
    for source in sources:
        found = head.search(source)
        if found:
            return found.group(1)
    return None


def institution_name(name: str, sources: tuple[str, ...]) -> str | None:
    """An institution's whole name around ``name`` in ``sources``: "Glenview Museum" →
    "Glenview Museum of Science", "Port Aldous" → "City of Port Aldous"; ``None`` when
    no source writes one. Whatever the name was read from (title, sender, description):
    a person names a museum, a foundation or a city by its whole name."""
    return _institution_of(name, sources) or _institution_before(name, sources)


def _institution_of(name: str, sources: tuple[str, ...]) -> str | None:
    """ "Hallam Institute" → "Hallam Institute for Sleep Research": an institution's
    noun last, then "for"/"of" and up to four capitalised words in a source."""
    words = name.split()
    vocab = _words()
    if not words or not (
        vocab.institution.fullmatch(words[-1]) or vocab.institution.fullmatch(words[0])
    ):
        return None
    if not any(name + " " in source for source in sources):
        return None  # nothing written after the name: no pattern to make
    after = re.compile(
        rf"(?<![\w-]){re.escape(name)}[ \t]+{vocab.of}{vocab.article}"
        # a word followed by ".X" is an abbreviation's first letter ("S.A."): the legal
        # form, added after
        rf"((?:{vocab.joining}[ \t]+[A-Z][\w&'’-]*){{1,4}})(?![\w&'’-]|\.\w)"
    )
    # a name that begins with its institution's noun is written in sentence case in
    # French, Spanish or Italian ("Fondation Arcadia pour le patrimoine"): lower-case
    # words may follow, up to the end of the line or the title's part
    lower = re.compile(
        rf"(?<![\w-]){re.escape(name)}[ \t]+{vocab.of}{vocab.article}"
        rf"((?:[ \t]*[^\W\d_][\w'’-]*){{1,3}}){_PART_END}",
        re.M,
    )
    for pattern in (after, lower) if vocab.institution.fullmatch(words[0]) else (after,):
        for source in sources:
            match = pattern.search(source)
            # "… Institute for Research Fellow interviews": the job, not the name; and
            # "an interview with Ashgrove Society for the Keeper of Maps": whatever the job
            if match and not (
                w.search(w.ROLE_NOUN, match.group(1)) or _met_for_the_job(name, source)
            ):
                return _registered_in(match.group(0), sources)
    return None


def _met_for_the_job(name: str, source: str) -> bool:
    """Whether ``source`` writes ``name`` as whom an interview is with, then "for" and
    the job ("a live interview with Stratum Realty Trust for Portfolio Facilities
    Manager"): what follows "for" is the job, whichever words it has."""
    return bool(
        re.search(
            rf"\b(?:interview|conversation|meeting|call|chat)s?\b[^.\n]*?\bwith[ \t]+(?:the[ \t]+)?"
            rf"{re.escape(name)}[ \t]+for\b",
            source,
            re.I,
        )
    )


def _institution_before(name: str, sources: tuple[str, ...]) -> str | None:
    """ "Port Aldous" → "City of Port Aldous", "Hilos de la Tierra" → "Fundación Hilos
    de la Tierra, A.C.": the institution's noun a source writes before the name (and
    the legal form after it, where written)."""
    vocab = _words()
    if not name.split() or vocab.institution.fullmatch(name.split()[0]):
        return None  # the name has its noun already
    for source in sources:
        at = source.find(name)
        while at >= 0:
            end = at + len(name)
            whole = end >= len(source) or not (source[end].isalnum() or source[end] in "&'’-")
            noun = vocab.noun_before.search(source, max(0, at - 40), at) if whole else None
            if noun and noun.group(1)[0].isupper() and not _event_before(source, noun.start()):
                return _registered_in(source[noun.start() : end], sources)
            at = source.find(name, end)
    return None


def _event_before(source: str, at: int) -> bool:
    """Whether the word before ``source[at:]`` makes its institution's noun an event's
    ("Assessment Center Acme", "Selection Centre – Acme"): a test's or a meeting's word."""
    word = re.search(r"([^\W\d_][\w-]*)[ \t]+$", source[max(0, at - 30) : at])
    return bool(
        word
        and (
            w.search(w.TEST, word.group(1))
            or w.search(w.MEETING_NOUN_AT_END, word.group(1))
            or w.search(w.RECRUITING, word.group(1) + " process")  # "Selection Centre"
        )
    )


def _initials_spelled(name: str, sources: tuple[str, ...]) -> str | None:
    """ "Orvel CT" → "Orvel Clinical Trials" (with its legal form where written): the
    name's last word is the initials of the words a source writes after its first."""
    words = name.split()
    if len(words) < 2 or not _INITIALS.fullmatch(words[-1]):
        return None
    head = re.escape(" ".join(words[:-1]))
    spelled = "".join(
        ("" if i == 0 else _words().joining) + rf"[ \t]+{letter}[\w'’-]+"
        for i, letter in enumerate(words[-1])
    )
    pattern = re.compile(rf"(?<![\w-]){head}{spelled}(?![\w-])")
    for source in sources:
        match = pattern.search(source)
        if match:
            return _registered_in(match.group(0), sources)
    return None


def _before_comma(name: str, sources: tuple[str, ...]) -> str | None:
    """ "Lindqvist Labor, Uppsala" → "Lindqvist Labor AB": the part before a comma,
    when a source writes it with its legal form (the part after is a site)."""
    head, comma, _ = name.partition(",")
    if not comma or len(head.strip()) < 4:
        return None
    return _registered_in(head.strip(), sources, required=True)


def _sentence_case_head(name: str, title: str, sources: tuple[str, ...]) -> str | None:
    """ "Brno" in the title part "Zdravotnický výzkum Brno" → "Zdravotnický výzkum Brno
    a.s.": the words before ``name`` in its title part, when a source writes them with
    ``name`` and a legal form (names in sentence case have lower-case words)."""
    for part, _ in segments(title):
        at = part.find(name)
        if at <= 0 or part[at - 1] != " ":
            continue
        before = part[:at].split()
        for start in range(max(0, len(before) - 3), len(before)):
            longer = " ".join([*before[start:], name])
            found = _registered_in(longer, sources, required=True)
            if found:
                return found
    return None


def _registered_in(name: str, sources: tuple[str, ...], required: bool = False) -> str | None:
    """``name`` with the legal form a source writes after it; ``name`` itself unless
    ``required``."""
    for source in sources:
        found = registered_name(name, source) if source else None
        if found and found.startswith(name):
            return found
    return None if required else name


def initials_then_words(short: str, name: str) -> bool:
    """Whether ``short`` is ``name``'s initials and then some of its own words, as a
    person notes an employer ("ZVB Brno" for "Zdravotnický výzkum Brno a.s.", "KHM
    Leipzig" for "Klinikum Halle Mitte Leipzig GmbH"); the legal form is left out."""
    ours = short.split()
    if len(ours) < 2 or not _INITIALS.fullmatch(ours[0]):
        return False
    theirs = [word for word in name.split() if not LEGAL.fullmatch(squash(word))]
    initials = "".join(word[0] for word in theirs if word[0].isalpha()).upper()
    return initials.startswith(ours[0]) and all(word in theirs for word in ours[1:])


@lru_cache(maxsize=4096)
def with_institution_noun(short: str, name: str) -> bool:
    """Whether ``name`` is ``short`` with an institution's noun before it and perhaps a
    legal form after ("Fundación Hilos de la Tierra, A.C." for "Hilos de la Tierra",
    "City of Port Aldous" for "Port Aldous"): the same employer."""
    if not short.split() or _words().institution.fullmatch(short.split()[0]):
        return False
    name = name.strip()
    legal = LEGAL_END.search(name)
    head = name[: legal.start()] if legal else name
    if not head.endswith(short) or len(head) == len(short):
        return False
    before = head[: len(head) - len(short)]
    if w.search(w.UNIT_AT_END, before.split()[0]):
        return False  # "Department of Acme": a unit of the employer, though a public body's noun
    found = _words().noun_before.search(before)
    return found is not None and found.start() == 0


def without_unit(name: str, role: str | None) -> str | None:
    """``name`` without the unit a title writes before the employer's shorter name
    ("Zarząd CM Wisła": the board; "IVA Norrsken": the ward the job is on, as the role
    "Vårdenhetschef IVA" says), or ``None`` when it opens with no such word. A unit is
    a word of ``org_units`` (``lang/*.toml``) or a word of the job's title; one or two
    are dropped, and a word of the name is left."""
    words = name.split()
    theirs = set((role or "").split())
    dropped = 0
    while dropped < 2 and len(words) - dropped > 1:
        word = words[dropped]
        if not (word in theirs or w.search(w.UNIT_AT_END, word)):
            break
        dropped += 1
    return " ".join(words[dropped:]) if dropped else None
