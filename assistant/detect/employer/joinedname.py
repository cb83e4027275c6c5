"""A name a title's separators cut at its "and": "… – Heritage Estates and Collections
Scotland" is read as two parts ("Heritage Estates", "Collections Scotland"), as "Jo and
Sam" would be, though the invite's other text writes the whole phrase as one name.
"""

from __future__ import annotations

import re

# The words that join the two halves of a name, in the languages of ``lang/``.
_JOIN = r"(?:and|und|et|y|e|en|och|og|ve|i|&)"
# Up to four capitalised words after the joining word, to the end of the title's part.
_AFTER = re.compile(
    rf"[ \t]+{_JOIN}[ \t]+(?:[A-ZÀ-ÖØ-Þ][\w'’-]*)(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]*){{0,3}}(?![\w&'’-])"
)


def joined_again(name: str, title: str, others: tuple[str, ...]) -> str | None:
    """``name`` with the "and" and the capitalised words ``title`` writes right after it,
    when one of ``others`` (the location, the description, the senders' names) writes
    that whole phrase too; ``None`` when the title writes no such words or no other
    text writes them with ``name``."""
    at = title.find(name)
    if at < 0 or (at and (title[at - 1].isalnum() or title[at - 1] in "&-")):
        return None
    found = _AFTER.match(title, at + len(name))
    if found is None:
        return None
    words = found.group(0).split()
    # the longest run of the words another text writes with the name, at least one
    # capitalised word after the joining word
    for end in range(len(words), 1, -1):
        whole = " ".join([name, *words[:end]])
        if any(_written(whole, other) for other in others if other):
            return whole
    return None


def _written(whole: str, text: str) -> bool:
    at = text.find(whole)
    while at >= 0:
        end = at + len(whole)
        if not text[end : end + 1].isalnum():
            return True
        at = text.find(whole, end)
    return False
