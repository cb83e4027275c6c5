"""The words of a name a domain writes short: "albion-infra.co.uk" for Albion Infrastructure
Group, "carlisle-te.com" for Carlisle Transport Engineering, "gewaesserschutz-zh.ch" for
Gewässerschutz Zürich.

A domain spells one word of the name in full and the others by their first letters or a
few letters of each. Where a title writes the word the domain spells, the words beside
it that the rest of the domain abbreviates are the name's too, whatever they are (a
department's word, "Engineering", or a city, "Zürich": the domain says they belong).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.detect.employer.domains import squash_variants
from assistant.detect.text.titles import round_words

# Small words a domain's letters leave out ("del" in capacifico for "Consultora
# Ambiental del Pacífico"): joining words and the particles of a name.
_PARTICLE_WORDS = (
    "of and & y e et und en och ve i de del della di du des da do dos das la le van von der"
)
_PARTICLES = frozenset(_PARTICLE_WORDS.split())


def _piece_of(piece: str, word: str) -> bool:
    """Whether ``piece`` abbreviates ``word``: its first letter, then others in order."""
    if not piece or piece[0] != word[:1]:
        return False
    at = 1
    for letter in piece[1:]:
        at = word.find(letter, at) + 1
        if at == 0:
            return False
    return True


def _abbreviated(rest: str, spellings: Sequence[tuple[str, ...]], words: Sequence[str]) -> bool:
    """Whether ``rest`` is ``words`` (squashed as ``spellings``) each abbreviated in
    order, a particle written lower-case giving no letter or its first."""
    if not words:
        return not rest
    word, variants = words[0], spellings[0]
    if word in _PARTICLES and _abbreviated(rest, spellings[1:], words[1:]):
        return True
    for cut in range(1, len(rest) + 1):
        if any(_piece_of(rest[:cut], v) for v in variants) and _abbreviated(
            rest[cut:], spellings[1:], words[1:]
        ):
            return True
    return False


def words_after(rest: str, words: Sequence[str]) -> int:
    """How many of ``words`` (those after the part of a name a domain spells in full)
    the ``rest`` of the domain's name abbreviates ("te": "Transport Engineering" → 2,
    "infra": "Infrastructure Group" → 1); 0 when no run of them does. The first word must
    be capitalised, as a name's is."""
    if not rest or not words or not words[0][:1].isupper():
        return 0
    spellings = [squash_variants(word) for word in words]
    for count in range(1, min(len(words), len(rest)) + 1):
        if words[count - 1] in _PARTICLES:
            continue
        if _abbreviated(rest, spellings[:count], words[:count]):
            return count
    return 0


def abbreviated_around(
    text: str,
    tokens: list[re.Match[str]],
    span: tuple[int, int],
    spelled: frozenset[str],
    labels: tuple[str, ...],
    joined: Callable[[str], object],
) -> tuple[int, int, bool]:
    """The first and last tokens of a name whose tokens ``span`` (first, last) a domain
    spells in full, widened over the words beside them that the rest of the domain's
    name abbreviates after them ("Albion Infrastructure" for albion-infra), and whether the
    domain then spells it all. Words before them are left as they are: a later round
    written by the initials ("IME Ebro") is linked by the name the first round writes. ``spelled``:
    the squashed spellings of the words in ``span``; ``joined``: whether a gap between
    two words is inside one name."""
    i, j = span
    for label in labels:
        for key in sorted(spelled):
            if label.startswith(key) and len(label) > len(key):
                end = j
                while end + 1 < len(tokens) and end - j < 3:
                    if not joined(text[tokens[end].end() : tokens[end + 1].start()]):
                        break
                    end += 1
                after = [t.group(0) for t in tokens[j + 1 : end + 1]]
                count = words_after(label[len(key) :], after)
                if count and not any(round_words().fullmatch(w) for w in after[:count]):
                    return i, j + count, True
    return i, j, False
