"""An employer's name as the invite writes it in full around the short name a title gives.

A title writes "Fernhill & Park" where the signature line writes "Fernhill & Park
Consulting": the words after the short name that end a company's name ("Consulting",
"Group", "GmbH"), the trade's words before them, a group's word before the name
("Grupo Hotelero Costa Brava"), or the trade's words between a two-word name's words
("Corvina Crop & Livestock Insurers"). Never a department, a city or a round word.
"""

from __future__ import annotations

import re

from assistant.detect.employer.fullname import institution_noun
from assistant.detect.employer.namematch import continues_name, ends_a_name
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
            match = _NEXT_WORDS.match(source, end)
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
            candidate = " ".join([head + name, *words])
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
