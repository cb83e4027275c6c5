"""Kinds of everyday event that reuse round and stage words.

Sports, games and contests ("final round", "semi-final"), conference programmes
("panel", "stage 2") and reviews of work ("design review") write the words of an
interview round. Each kind is a vocabulary of :mod:`.wording` (``LEISURE``,
``CONFERENCE``, ``REVIEW``; data in ``lang/*.toml``); this module names the kind a
title writes, for the reason a verdict gives (:mod:`assistant.detect.verdict.kindveto`).
"""

from __future__ import annotations

from assistant.detect.words import wording as w

# Kinds of event that reuse round and stage words, with how a reason names them and
# the vocabulary that finds them.
KINDS = (
    ("sports, a game, a contest or a class", "LEISURE"),
    ("a conference, talk or public event", "CONFERENCE"),
    ("a review of work", "REVIEW"),
)
PUBLIC_KIND = KINDS[1][0]
REVIEW_KIND = KINDS[2][0]


def event_kind(title: str) -> tuple[str, str] | None:
    """The kind of everyday event ``title`` names (:data:`KINDS`) and the words found."""
    for label, kind in KINDS:
        found = w.first_match(getattr(w, kind), title)
        if found:
            return label, found
    return None


def kind_words(title: str, label: str) -> list[str]:
    """Every phrase of the kind ``label`` (:data:`KINDS`) ``title`` writes, in order."""
    kind = dict(KINDS)[label]
    if w.first_match(getattr(w, kind), title) is None:
        return []  # most titles: no need to look further
    return [" ".join(m.group(0).split()) for m in getattr(w, kind).finditer(title)]
