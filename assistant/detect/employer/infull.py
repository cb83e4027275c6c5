"""An employer's name as the invite writes it in full around the short name a title gives.

A title writes "Fernhill & Park" where the signature line writes "Fernhill & Park
Consulting": the words after the short name that end a company's name ("Consulting",
"Group", "GmbH"), the trade's words before them, a group's word before the name
("Grupo Hotelero Costa Brava"), or the trade's words between a two-word name's words
("Corvina Crop & Livestock Insurers"). Never a department, a city or a round word.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.detect.employer.domains import squash
from assistant.detect.employer.fullname import institution_noun
from assistant.detect.employer.namematch import LEGAL, continues_name, ends_a_name
from assistant.detect.text.titles import round_words
from assistant.detect.words import wording as w
from assistant.detect.words.vocabulary import fragments
from assistant.detect.words.writing import UNSPACED

# the capitalised words after a name, and the number a market gives a firm after its
# word ("Harbourline Syndicate 2077")
_NEXT_WORDS = re.compile(r"((?:[ \t]+[A-Z][\w-]*){1,3}(?:[ \t]+\d{2,5})?)(?![\w&'’-])")
# A group's word heading its name, with the trade after it ("Groupe Hôtelier Ardennes &
# Meuse SA", "Grupo Hotelero Costa Brava"): written before the short name on one line.
_GROUP_BEFORE = re.compile(
    r"(?:^|(?<=[\s,;:(–—-]))((?:Group|Groupe|Grupo|Grupa|Gruppo|Groep|Gruppe|Grup)"
    r"(?:[ \t]+[A-ZÀ-Þ][\w-]*)?)[ \t]+$"
)


@cache
def _place_after() -> re.Pattern[str]:
    """ "of Canada", "du Québec", "de México": a word of ``company_of`` (``lang/*.toml``)
    and up to three capitalised words, up to the end of the line or of a title's part."""
    joining = "(?:" + "|".join(fragments("company_of", True)) + ")"
    return re.compile(
        rf"[ \t]+{joining}(?:[ \t]+|(?<=['’]))((?:[A-ZÀ-ÖØ-Þ][\w'’-]*[ \t]*){{1,3}})"
        r"(?=$|[,;:()|–—]|[ \t]-[ \t])",
        re.M,
    )


def _of_place(source: str, at: int, last: str) -> str:
    """The words naming the place a company serves, written at ``source[at:]`` after its
    name's ``last`` word ("… Insurance Company of Canada", "… Banque d'Épargne du
    Québec"): only after a word that ends a company's name and is no abbreviated legal
    form (a registered firm's name ends at "Inc", "GmbH", "AB"), never a round word or
    a job's; "" when none."""
    abbreviated = len(last.strip(".")) < 5 or last.isupper()
    if not ends_a_name(last) or (abbreviated and LEGAL.fullmatch(squash(last))):
        return ""
    found = _place_after().match(source, at)
    if not found:
        return ""
    place = found.group(1).split()
    if any(round_words().fullmatch(word) for word in place) or w.search(
        w.ROLE_NOUN, found.group(1)
    ):
        return ""
    return found.group(0).rstrip()


def _numbered(words: list[str]) -> bool:
    """Whether ``words`` end in a firm's number after a word that ends a name ("Syndicate
    2077")."""
    return len(words) >= 2 and words[-1].isdigit() and ends_a_name(words[-2])


def written_in_full(name: str, sources: tuple[str, ...]) -> str:
    """``name`` as the invite writes it in full elsewhere: with the words that end a
    company's name after it ("Fernhill & Park" → "Fernhill & Park Consulting" on the
    signature line, "… Hospitality Group") and a group's word before it ("Grupo
    Hotelero Costa Brava"), never a department, a city or a team's word. Names in scripts
    without spaces are given as they are (:mod:`.legalname` reads their registered form).

    ``sources`` are the texts to search (title, location, description); returns
    ``name`` itself when none writes it longer."""
    if not name.isascii() and UNSPACED.search(name):
        return name
    longest = name
    for source in sources:
        at = source.find(name)
        while at >= 0:
            end = at + len(name)
            at = source.find(name, end)
            line_start = source.rfind("\n", 0, end - len(name)) + 1
            group = _GROUP_BEFORE.search(source, line_start, end - len(name))
            head = f"{group.group(1)} " if group else ""
            # "Kaymak & Co. Feinkost GmbH": an abbreviation's full stop is not the name's end
            stop = "." if source.startswith(".", end) and ends_a_name(name.split()[-1]) else ""
            match = _NEXT_WORDS.match(source, end + len(stop))
            words = match.group(1).split() if match else []
            # the last word ends a company's name; any before it may be its trade
            # ("… Hospitality Group"), never a department, a city or a round word
            while words and not (
                (ends_a_name(words[-1]) or _numbered(words) or _institution_last(words))
                and all(continues_name(word) for word in words[:-1])
            ):
                words.pop()
            if any(word.lower() in ("and", "und", "&") for word in words):
                words = []
            if not words:
                stop = ""
            reached = (match.start(1) if match else end) + len(" ".join(words))
            if words:
                reached = source.index(words[-1], end) + len(words[-1])
            place = _of_place(source, reached, (words or name.split())[-1])
            candidate = " ".join([head + name + stop, *words]) + place
            if len(candidate) > len(longest):
                longest = candidate
    return longest if longest != name else _written_around(name, sources)


def _institution_last(words: list[str]) -> bool:
    """Whether the one word written after a name is an institution's noun ("… Speech
    Centre", "… Swallowing Clinic"): the name's own last word, as a person writes it."""
    return len(words) == 1 and institution_noun(words[0])


def _written_around(name: str, sources: tuple[str, ...]) -> str:
    """``name`` of two words as the first and last words of a fuller name a source writes
    ("Corvina Insurers" → "Corvina Crop & Livestock Insurers Ltd"): the trade's words
    between them, a word ending a company's name after them; ``name`` when none does."""
    words = name.split()
    if len(words) != 2 or not ends_a_name(words[1]):
        return name
    around = re.compile(
        rf"(?<![\w&-]){re.escape(words[0])}((?:[ \t]+(?:[A-Z][\w-]*|&)){{1,3}})[ \t]+"
        rf"{re.escape(words[1])}((?:[ \t]+[A-Z][\w.-]*)?)(?![\w&'’-])"
    )
    for source in sources:
        found = around.search(source)
        if not found:
            continue
        between, after = found.group(1).split(), found.group(2).split()
        if all(continues_name(word) for word in between if word != "&"):
            legal = after if after and ends_a_name(after[0]) else []
            return " ".join([words[0], *between, words[1], *legal])
    return name
