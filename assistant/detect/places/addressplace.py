"""The locality of a postal address, never part of the employer's name.

An invite writes its address as a street, then the locality and its postcode ("22 Shore
Road, Seaview NSW 2041", "Hafenstraße 4, 27568 Bremerhaven"). A name read beside the
address may take the locality for its own words: "Seaview NSW" confirmed by the domain
seaviewpartners, "Bayside Homes Seaview" where the text says the team at the Seaview
site. The locality and its state are the place, not the employer.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
# Four to six digits ("2041", "27568"; six in Singapore, India and China: "138542"), or
# Poland's and Portugal's two parts ("81-388", "1250-147")
_POSTCODE = r"(?:\d{4,6}|\d{2}-\d{3}|\d{4}-\d{3})"
# "…, Seaview NSW 2041", "…, East Seaview 2041": the locality after a comma, before
# its state (capitals) and postcode; "…, 27568 Bremerhaven", "…, 81-388 Gdynia": the
# postcode first.
_LOCALITY = re.compile(
    rf"(?:^|,)[ \t]*({_WORD}(?:[ \t]+{_WORD}){{0,2}})(?:[ \t]+([A-Z]{{2,3}}))?[ \t]+{_POSTCODE}\b"
    rf"|(?:^|,)[ \t]*{_POSTCODE}[ \t]+({_WORD}(?:[ \t]+{_WORD}){{0,2}})[ \t]*(?:$|,)",
    re.MULTILINE,
)


@lru_cache(maxsize=1024)
def localities(text: str) -> frozenset[str]:
    """The localities the addresses in ``text`` write, casefolded, with and without
    their state ("seaview nsw", "seaview")."""
    found: set[str] = set()
    for match in _LOCALITY.finditer(text):
        place, state, before = match.group(1), match.group(2), match.group(3)
        place = place or before
        words = place.split()
        if state is None and len(words) > 1 and words[-1].isupper() and len(words[-1]) <= 3:
            state, words = words[-1], words[:-1]  # "Seaview NSW" read as the place's words
        place = " ".join(words).casefold()
        found.add(place)
        if state:
            found.add(f"{place} {state.casefold()}")
    return frozenset(found)


def is_locality(name: str, texts: tuple[str, ...]) -> bool:
    """Whether ``name`` is the locality of an address one of ``texts`` writes."""
    key = " ".join(name.split()).casefold()
    return any(key in localities(text) for text in texts if text)


def without_locality(name: str, texts: tuple[str, ...]) -> str:
    """``name`` without the locality an address in ``texts`` writes after it ("Bayside
    Homes Seaview" → "Bayside Homes"); ``name`` itself when none ends it."""
    key = " ".join(name.split()).casefold()
    for text in texts:
        for place in localities(text) if text else ():
            if key.endswith(" " + place) and len(key) > len(place) + 1:
                return " ".join(name.split()[: -len(place.split())])
    return name
