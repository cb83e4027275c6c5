"""The words heading a registered name where its line writes it whole.

A signature or an address line gives the firm's name from its first word to its legal
form: "HR | Tierklinik am Seeufer AG", "Recursos Humanos · Clínica Veterinária do Norte,
Lda.", "Praxis Dr. Adler & Kollegen GmbH · Hauptstr. 1". An invite's title writes a
shorter run of its words ("Seeufer", "Norte", "Adler & Kollegen"), and the institution's
noun, its kind and the small words joining them ("am", "do", "Dr.") are cut. Where the
run before the short name reaches the start of its line or of a part of it (after "|",
"·", a dash or a colon) through a few capitalised words and short joining words, those
words are the name's own: a person names the firm by all of them.

Read once, after the process names its employer in full (:func:`.processname.widened`):
the descriptions and locations of the invites filed under the same keys are read for
the line.

Never a sentence's words ("… bei der Praxis Adler GmbH": a lower-case word that joins
nothing), a greeting, a round word or a job (:func:`.legalname._is_name_word` tells).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache

from assistant.detect.employer.legalname import (
    LEGAL_END,
    NAME_OPENERS,
    is_name_word,
    registered_name,
)
from assistant.detect.employer.namerest import no_job_round_or_team
from assistant.detect.verdict.evidence import Evidence
from assistant.detect.words.vocabulary import fragments
from assistant.models import Detection

# The start of a line or of one of its parts, where a signature's name begins.
_PART_START = re.compile(r"(?:^|\n|[|·•:(]|[ \t][–—-])[ \t]*$")
# A word of the run: a capitalised word, an academic title with its dot ("Dr."), or a
# lower-case word joining two of them ("am", "do", "de la", "di", "zum": :func:`_joining`).
_TOKEN = re.compile(r"([^\W\d_][\w&'’.-]*|&)[ \t]+$")
_MOST_WORDS = 4


@cache
def _joining() -> frozenset[str]:
    """The small words joining a name's words in every language: a surname's particles
    and a group's word (:data:`.legalname.NAME_OPENERS`), "of", "the" and "and" in a
    name (``name_of``, ``name_articles`` and ``name_and`` of ``detect/lang/*.toml``)."""
    words = (fragments(kind, True) for kind in ("name_of", "name_articles", "name_and"))
    return NAME_OPENERS | frozenset(word for kind in words for word in kind if word.isalpha())


def line_head(text: str, at: int, name_word: Callable[[str], bool]) -> list[str] | None:
    """The words from the start of ``text[at]``'s line part up to ``at``, when they are
    at most four capitalised words and short joining words, the first a name's word
    (``name_word``) and the last not a joining word; ``None`` otherwise."""
    words: list[str] = []
    end = at
    while len(words) < _MOST_WORDS:
        token = _TOKEN.search(text, max(0, end - 40), end)
        if not token:
            break
        word = token.group(1)
        if not (word[0].isupper() or word == "&" or word.lower() in _joining()):
            return None
        words.insert(0, word)
        end = token.start(1)
        if _PART_START.search(text, max(0, end - 4), end):
            break
    else:
        return None
    if not words or not _PART_START.search(text, max(0, end - 4), end):
        return None
    # "Bloque Quirúrgico en Grupo …": a word for "and" right before the name ("en" is
    # Dutch "and", Spanish and French "in") joins a unit to the firm, not a name's words
    if words[-1].lower() in _and_words():
        return None
    return words if words[0][0].isupper() and name_word(words[0]) else None


@cache
def _and_words() -> frozenset[str]:
    """The words for "and" in a name, in every language (``name_and`` of ``lang/``)."""
    return frozenset(word.lower() for word in fragments("name_and", True) if word.isalpha())


def named_whole(name: str, text: str) -> str | None:
    """``name`` as a line of ``text`` writes it whole: the institution's words before it
    and a legal form after it ("Tierklinik am Seeufer AG" for "Seeufer" or "Seeufer AG");
    ``None`` when no line writes more words before it, or none ends it with a legal form."""
    bare = LEGAL_END.sub("", name)
    if len(bare) < 2:
        return None
    at = text.find(bare)
    while at >= 0:
        if at > 0 and (text[at - 1].isalnum() or text[at - 1] in "&'’.-"):
            at = text.find(bare, at + 1)
            continue
        head = line_head(text, at, is_name_word)
        # "Ihr Recruiting-Team der …", "L'équipe Talents de …": the team signing, not the firm
        if head and no_job_round_or_team(" ".join(head), trade=True):
            line_end = text.find("\n", at)
            registered = registered_name(bare, text[at : line_end if line_end > 0 else None])
            if registered and registered.startswith(bare):
                return " ".join([*head, registered])
        at = text.find(bare, at + len(bare))
    return None


def headed(detections: Sequence[Detection], evidence: Sequence[Evidence]) -> list[Detection]:
    """``detections`` with each employer's name as a signature line of its process writes
    it whole (:func:`named_whole`): the texts read are those of the invites filed under
    one of the event's keys. ``evidence`` is each detection's, in the same order."""
    # each key's texts once, in order (a series' instances and a tracking system's
    # template share one description)
    texts_of: dict[str, dict[str, None]] = {}
    for found, ev in zip(detections, evidence, strict=True):
        # the whole description: a signature often follows a meeting service's block
        # that the reading of the text leaves out
        said = [text for text in (found.event.description, found.event.location) if text]
        for key in ev.keys if said else ():
            texts_of.setdefault(key, {}).update(dict.fromkeys(said))
    whole: dict[tuple[str, frozenset[str]], str | None] = {}
    out: list[Detection] = []
    for found, ev in zip(detections, evidence, strict=True):
        name = found.verdict.company
        if not name or not ev.keys or not any(key in texts_of for key in ev.keys):
            out.append(found)
            continue
        asked = (name, ev.keys)
        if asked not in whole:
            texts = dict.fromkeys(text for key in ev.keys for text in texts_of.get(key, ()))
            whole[asked] = next(filter(None, (named_whole(name, text) for text in texts)), None)
        longer = whole[asked]
        out.append(
            replace(found, verdict=replace(found.verdict, company=longer)) if longer else found
        )
    return out
