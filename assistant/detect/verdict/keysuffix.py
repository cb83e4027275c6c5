"""One employer's keys where one ends with the other: "laboratoiresdufresneaubert" (the
name a tracking system's invite writes, "Laboratoires Dufresne & Aubert") and
"dufresneaubert" (the short name the first round wrote). The word in front is a kind of
firm ("Laboratoires", "Grupo", "Clinique") the other invite left out; the distinctive
name is the end both keys share.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

# The shorter key must be long enough to be a name of its own ("dufresneaubert"), not a
# word ending many keys ("group", "labs").
LEAST = 8


class SuffixKeys:
    """The employer keys met in interviews, found by the end they share with a key.

    Built once from the keys (an iterable of str); each question is a bisection over the
    keys written backwards plus a look-up of each of the key's own ends, so a calendar of
    10,000 events asks in microseconds."""

    def __init__(self, keys: Iterable[str]) -> None:
        self._keys = frozenset(keys)
        self._backwards = sorted(key[::-1] for key in self._keys)
        self._asked: dict[str, frozenset[str]] = {}

    def around(self, own: str) -> frozenset[str]:
        """The one other key that ends with ``own`` or that ``own`` ends with (each at
        least :data:`LEAST` letters long); empty when none does or several do (two
        employers sharing an end are no one employer)."""
        found = self._asked.get(own)
        if found is not None:
            return found
        hits: set[str] = set()
        if len(own) >= LEAST:
            ending = own[::-1]
            at = bisect_left(self._backwards, ending)
            while at < len(self._backwards) and self._backwards[at].startswith(ending):
                hits.add(self._backwards[at][::-1])
                at += 1
            hits |= {own[at:] for at in range(1, len(own) - LEAST + 1) if own[at:] in self._keys}
        hits.discard(own)
        found = self._asked[own] = frozenset(hits) if len(hits) == 1 else frozenset()
        return found
