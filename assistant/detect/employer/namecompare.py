"""Whether two names written by invites are the same employer's.

A process's invites name its employer in many ways: a shorter run of the registered
name's words ("Nébula" in "Soluciones Nébula S.L."), its last words as initials
("Bałtycka GH"), a site or a brand after the first words ("Corvid Querétaro" for
"Corvid Medical Devices Inc."), or another script (株式会社さくらリゾート for "Sakura
Resort K.K."). :class:`.linkage.EmployerIndex` reads these to take the fullest name the
process writes, and :mod:`.hiringlink` to tell one employer from another.
"""

from __future__ import annotations

import re
from functools import lru_cache
from unicodedata import east_asian_width

from assistant.detect.employer.domains import squash
from assistant.detect.employer.fullname import initials_then_words, joining_word
from assistant.detect.employer.namematch import LEGAL
from assistant.detect.job.rolecompare import abbreviates
from assistant.detect.words.writing import UNSPACED


@lru_cache(maxsize=4096)
def in_other_scripts(one: str, other: str) -> bool:
    """Whether one name is written in a script without spaces (kana, Han, hangul) and the
    other not: 株式会社さくらリゾート and "Sakura Resort K.K." may be one firm."""
    if one.isascii() and other.isascii():
        return False  # the cheap test first: most names are
    return (UNSPACED.search(one) is None) != (UNSPACED.search(other) is None)


@lru_cache(maxsize=4096)
def width(name: str) -> int:
    """How long ``name`` is written, counting a wide character (东亚, さくら, 한빛) as two
    (Unicode East Asian Width): a registered name in such a script is no shorter than
    its romanised form."""
    if name.isascii():
        return len(name)
    return sum(2 if east_asian_width(c) in "WF" else 1 for c in name)


@lru_cache(maxsize=4096)
def registered_sibling(current: str, name: str) -> bool:
    """Whether ``name``, written with its legal form, begins with the first words of
    ``current`` and ``current`` adds words the registered name does not hold: after its
    first words ("Corvid Querétaro" for "Corvid Medical Devices Inc.", "Quinta do Vale
    Douro", a hotel, for "Quinta do Vale Hotéis, S.A."), or after the whole name
    ("Vogel Werke Augsburg" for "Vogel Werke AG")."""
    ours, theirs = current.split(), name.split()
    if len(ours) < 2 or len(theirs) < 2 or LEGAL.fullmatch(squash(theirs[-1])) is None:
        return False
    if len(ours) > len(theirs) - 1 and ours[: len(theirs) - 1] == theirs[:-1]:
        return True
    same = 0
    while same < min(len(ours), len(theirs)) and ours[same] == theirs[same]:
        same += 1
    return len(theirs) >= 3 and 1 <= same < len(ours) and not set(ours[same:]) & set(theirs[same:])


def initialled(current: str, name: str) -> bool:
    """Whether ``current`` is ``name`` with its last words written as initials, legal
    form left out ("Bałtycka GH" for "Bałtycka Grupa Hotelowa sp. z o.o.")."""
    words = name.split()
    short = current.split()
    if len(short) < 2 or not short[-1].isupper():
        return False
    return any(
        abbreviates(current, " ".join(words[:end]))
        and (end == len(words) or LEGAL.fullmatch(squash(" ".join(words[end:]))) is not None)
        for end in range(len(short) + 1, len(words) + 1)
    )


def words_within(current: str, name: str) -> bool:
    """Whether ``current`` is a run of whole words of ``name`` (the shorter form of the
    name an invite of the same employer writes in full: "Nébula" in "Soluciones Nébula
    S.L."), not merely a word's start."""
    # a comma before the legal form is no part of a word ("Tierra, A.C.")
    # "Riverside and Crane" within "Riverside & Crane Hospital Group Ltd": "and" is "&"
    # "Słowik" within "Centrum Terapii Mowy „Słowik” sp. z o.o.": quotes are no part of it
    ours = ["&" if joining_word(w) else w.strip(_MARKS) for w in current.casefold().split()]
    theirs = ["&" if joining_word(w) else w.strip(_MARKS) for w in name.casefold().split()]
    return len(ours) < len(theirs) and any(
        theirs[at : at + len(ours)] == ours for at in range(len(theirs) - len(ours) + 1)
    )


_MARKS = ',;„”“"«»'


def clipped(current: str, name: str) -> bool:
    """Whether ``current`` is the start of ``name`` with its last word cut short, as a
    note writes it ("Harbour Comm" for "Harbour Communication Clinic")."""
    ours, theirs = current.casefold().split(), name.casefold().split()
    n = len(ours)
    return (
        2 <= n <= len(theirs)
        and ours[:-1] == theirs[: n - 1]
        and len(ours[-1]) >= 3
        and theirs[n - 1] != ours[-1]
        and theirs[n - 1].startswith(ours[-1])
    )


def within_after_unit(rest: str | None, name: str) -> bool:
    """Whether what a title writes after a unit is ``name`` shorter (its words or its
    initials then words)."""
    return rest is not None and (words_within(rest, name) or initials_then_words(rest, name))


# Two partners' initials joined by "&", a particle's letter in lower case ("J&M",
# "VdB&DW"): a firm named for its partners written short.
_PAIRED = re.compile(r"([A-ZÀ-ÖØ-Þ][^\W\d_]{0,3})&([A-ZÀ-ÖØ-Þ][^\W\d_]{0,3})")
# The joiner between the two partners' names in the name written in full.
_PARTNERS_JOINED = re.compile(r"[ \t]+(?:&|and|und|en|et|e|y)[ \t]+")


@lru_cache(maxsize=4096)
def paired_initials(current: str, name: str) -> bool:
    """Whether ``current`` ("VdB&DW", "J&M") is the initials of the two partners a firm
    is named for, as ``name`` writes them in full ("Van der Berg & De Wit Farma B.V.",
    "Juniper & Marsh Ltd"): the first letters of every word before the joiner, particles
    included, then of as many words after it; what follows is the firm's trade and
    legal form. Both are display names."""
    paired = _PAIRED.fullmatch(current)
    if paired is None:
        return False
    sides = _PARTNERS_JOINED.split(name, maxsplit=1)
    if len(sides) != 2:
        return False
    first, second = sides[0].split(), sides[1].split()
    left, right = paired.group(1).casefold(), paired.group(2).casefold()
    return (
        "".join(word[0] for word in first).casefold() == left
        and len(second) >= len(right)
        and "".join(word[0] for word in second[: len(right)]).casefold() == right
    )
