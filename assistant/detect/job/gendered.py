"""A job written in two genders: "Naczelna Pielęgniarka / Naczelny Pielęgniarz",
"Enfermera Jefa / Enfermero Jefe", "Coordinatore / Coordinatrice".

Many employers in Europe and Latin America write a job title in both its feminine and
masculine forms, joined by a slash. Title parts are cut at " / ", so a reader finds one
form only; the job is the pair, as the invite writes it (the scorer of
``scripts/bench_detect.py`` counts each gendered reading of an inclusive form as the
same job, :func:`bench_detect._readings`).
"""

from __future__ import annotations

import re
import unicodedata

# Two forms of one word share their stem: "Naczeln-a"/"Naczeln-y", "Coordinat-ore"/
# "Coordinat-rice", "Pielęgniar-ka"/"Pielęgniar-z". A stem is most of the shorter word.
_STEM_SHARE = 0.6


def _same_word(one: str, other: str) -> bool:
    """Whether ``one`` and ``other`` are the same word, or its forms in two genders."""
    if one == other:
        return True
    shared = 0
    # a vowel's umlaut or accent in one form only ("Oberärztin"/"Oberarzt") is the stem's
    for a, b in zip(_bare(one), _bare(other), strict=False):
        if a != b:
            break
        shared += 1
    # Small words ("de", "di") are written the same in both forms; a word in lower case
    # ("złożowy"/"złożowa") needs a longer shared stem than a capitalised one.
    least = 3 if one[:1].isupper() and other[:1].isupper() else 4
    return shared >= least and shared >= _STEM_SHARE * min(len(one), len(other))


def _bare(word: str) -> str:
    """``word`` casefolded, without accents."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# What the two forms share after the second ("Oberärztin / Oberarzt Innere Medizin",
# "Enfermera / Enfermero de Quirófano"): capitalised words, and the small words joining
# them, before any mark, number or word in lower case.
_SHARED_TAIL = re.compile(
    r"(?:[ \t]+(?:(?:de|del|di|da|do|des|du|der|für|van|voor|of|for)[ \t]+)?"
    r"(?-i:[A-ZÀ-ÞĀ-Ž][\w'’-]*)){1,4}"
)


def _forms_of_one_job(one: str, other: str) -> bool:
    ours, theirs = one.split(), other.split()
    return (
        len(ours) == len(theirs)
        and ours != theirs
        and all(_same_word(a, b) for a, b in zip(ours, theirs, strict=True))
    )


def in_both_genders(role: str | None, sources: tuple[str, ...]) -> str | None:
    """``role`` with its other gendered form where a source writes the two joined by a
    slash ("Naczelna Pielęgniarka" → "Naczelna Pielęgniarka / Naczelny Pielęgniarz"),
    in the order written; else ``role`` as it is. ``None`` stays ``None``."""
    if not role or "/" in role:
        return role
    words = len(role.split())
    other = r"[^\W\d_][\w'’-]*" + r"(?:[ \t]+[^\W\d_][\w'’-]*)" * (words - 1)
    after = re.compile(rf"(?<![\w-]){re.escape(role)}([ \t]*/[ \t]*)({other})(?![\w'’-])")
    before = re.compile(rf"(?<![\w'’-])({other})([ \t]*/[ \t]*){re.escape(role)}(?![\w-])")
    for source in sources:
        if "/" not in source or role not in source:
            continue
        found = after.search(source)
        if found and _forms_of_one_job(role, found.group(2)):
            # the words after the second form name the job in both ("Oberärztin /
            # Oberarzt Innere Medizin"): the role that ended at the slash goes on
            tail = _SHARED_TAIL.match(source, found.end())
            shared = " " + " ".join(tail.group(0).split()) if tail else ""
            return role + found.group(1) + found.group(2) + shared
        found = before.search(source)
        if found and _forms_of_one_job(found.group(1), role):
            return found.group(1) + found.group(2) + role
    return role
