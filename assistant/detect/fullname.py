"""The employer's name in full where a title writes it short and the invite writes it whole.

A title is short on space: it writes an employer's initials for its last words
("Orvel CT" for "Orvel Clinical Trials"), a city after a comma ("Lindqvist Labor,
Uppsala"), only the last word of a name in sentence case ("Brno" of "Zdravotnický
výzkum Brno a.s."), or stops an institution's name before "for" ("Hallam Institute"
of "Hallam Institute for Sleep Research"). The description, the signature or the
title itself writes the whole name: people call the employer by it.
"""

from __future__ import annotations

import re

from assistant.detect import wording as w
from assistant.detect.domains import squash
from assistant.detect.legalname import registered_name
from assistant.detect.namematch import LEGAL
from assistant.detect.titles import segments

# The nouns that head an institution's name and take "for" or "of" after them
# ("Institute for …", "Centre of …", "Stiftung für …"): the words after are the name's.
_INSTITUTION = re.compile(
    r"(?:institute|institut|instituto|istituto|instytut|ústav|centre|center|centrum|centro"
    r"|foundation|stiftung|fondation|fundación|fundacja|nadace|society|association|council"
    r"|academy|akademie|school|college|trust|fund|alliance|network|federation|agency|office"
    r"|commission|consortium|collaborative)",
    re.I,
)
_OF_WORDS = r"(?:for|of|für|pour|para|per|voor|för|dla|pro)"
_INITIALS = re.compile(r"[A-Z]{2,4}")
_JOINING = r"(?:[ \t]+(?:of|for|and|&|de|für|und|et|y|e|i|a))?"


def fuller_name(name: str, title: str, sources: tuple[str, ...]) -> str:
    """``name`` as the invite writes it whole (``sources``: title, location, text), or
    ``name`` itself. The longer form must begin or end with ``name``'s own words, so a
    department or a person never joins it."""
    for found in (
        _institution_of(name, sources),
        _initials_spelled(name, sources),
        _before_comma(name, sources),
        _sentence_case_head(name, title, sources),
    ):
        if found:
            return found
    return name


def _institution_of(name: str, sources: tuple[str, ...]) -> str | None:
    """ "Hallam Institute" → "Hallam Institute for Sleep Research": an institution's
    noun last, then "for"/"of" and up to four capitalised words in a source."""
    words = name.split()
    if not words or not _INSTITUTION.fullmatch(words[-1]):
        return None
    after = re.compile(
        re.escape(name) + rf"[ \t]+{_OF_WORDS}(?:[ \t]+(?:the|la|le|die|der))?"
        rf"((?:{_JOINING}[ \t]+[A-Z][\w&'’-]*){{1,4}})"
    )
    for source in sources:
        match = after.search(source)
        # "… Institute for Research Fellow interviews": the job, not the name
        if match and not w.search(w.ROLE_NOUN, match.group(1)):
            return match.group(0)
    return None


def _initials_spelled(name: str, sources: tuple[str, ...]) -> str | None:
    """ "Orvel CT" → "Orvel Clinical Trials" (with its legal form where written): the
    name's last word is the initials of the words a source writes after its first."""
    words = name.split()
    if len(words) < 2 or not _INITIALS.fullmatch(words[-1]):
        return None
    head = re.escape(" ".join(words[:-1]))
    spelled = "".join(
        ("" if i == 0 else _JOINING) + rf"[ \t]+{letter}[\w'’-]+"
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
