"""A brand, a branch, a trading name or a short form, and the registered name of the
firm behind it.

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
from collections.abc import Iterable

from assistant.detect.employer.domains import squash
from assistant.detect.employer.legalname import LEGAL_END, LEGAL_FORM

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


def registered_in_full(name: str, written: Iterable[str]) -> str | None:
    """The registered name among ``written`` that ``name`` cuts short: it begins with
    ``name``'s words and ends in a legal form ("Tidewater Pictures LLC" for "Tidewater");
    a programme's or a unit's longer name ("… Airways Management Programme") is none."""
    start = name.casefold() + " "
    return next(
        (full for full in written if full.casefold().startswith(start) and LEGAL_END.search(full)),
        None,
    )


# A registered name, then its trading name in brackets ("PT Keadilan Digital Indonesia
# (HukumKita)", "Acme Holdings Ltd (Acme)"): one word, as a brand is written.
_TRADE_NAME_AFTER = re.compile(r"^(.+?)\s*\(([^\W\d_][\w&.'’-]*)\)$")
# Legal forms written before the name (Indonesia's PT and CV): the name is registered.
_FORM_FIRST = re.compile(r"^(?:PT|CV)\.?\s+[A-Z]")


def without_trade_name(name: str) -> str:
    """``name`` without the trading name a field writes after the registered one in
    brackets: the registered name is the employer's name in full."""
    found = _TRADE_NAME_AFTER.match(name)
    if found is None:
        return name
    registered = found.group(1)
    has_form = LEGAL_END.search(registered) or _FORM_FIRST.match(registered)
    return registered if has_form else name
