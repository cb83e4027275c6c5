"""A brand or a branch and the registered name of the firm behind it.

A clinic chain signs as its brand ("Norrsken Tandvård", "Norrsken Tandvård Umeå" for a
branch) where its invites also write the registered name its words are regrouped in
("Tandvårdsgruppen Norrsken AB"): the registered name is the employer, as it is where
the brand only shortens it ("Brightline" for "Brightline Analytics Ltd",
:mod:`.legalname`). A registered name counts when each of its words is a word of the
brand or a compound opening with one ("Tandvårdsgruppen" with "Tandvård"): the same
firm's words, not a client's or a parent's unrelated name.
"""

from __future__ import annotations

import re

from assistant.detect.domains import squash
from assistant.detect.legalname import LEGAL_END, LEGAL_FORM

# Up to four capitalised words and a legal form after them ("Tandvårdsgruppen Norrsken AB").
_REGISTERED = re.compile(
    r"(?<![\w&'’-])((?:[A-ZÀ-ÖØ-Þ][\w&'’-]*[ \t]+){1,4})(?:" + LEGAL_FORM.pattern + ")"
)


def regrouped(brand: str, registered: str) -> bool:
    """Whether ``registered`` (a name with its legal form) writes only the words of
    ``brand`` (two words or more), each whole or opening a compound, in any order."""
    ours = [squash(word) for word in brand.split() if len(word) >= 4]
    bare = LEGAL_END.sub("", registered)
    if len(ours) < 2 or bare == registered:
        return False
    theirs = [squash(word) for word in bare.split()]
    return bool(theirs) and all(any(word.startswith(our) for our in ours) for word in theirs)


def registered_behind(brand: str, text: str) -> str | None:
    """The registered name ``text`` writes for ``brand`` regrouped ("Tandvårdsgruppen
    Norrsken AB" for "Norrsken Tandvård"), or None."""
    head = brand.split()[0] if brand.split() else ""
    if len(head) < 4 or head not in text:
        return None  # the cheap test first: most texts never write the brand's first word
    for line in text.splitlines():
        if head not in line and not any(word in line for word in brand.split()[1:]):
            continue  # a registered name holds one of the brand's words
        for found in _REGISTERED.finditer(line):
            if regrouped(brand, found.group(0)):
                return found.group(0)
    return None
