"""What the invite asks the user to prepare: a presentation, a coding exercise, a system
design, a case study, a take-home, a portfolio review, a work sample, a test, or any
other request to prepare or bring something ("Please have … ready").

The vocabulary is data, in ``prepare.toml`` beside this module: one table per
language (English, German, French, Spanish, Italian, Dutch with every kind; the other
languages detection reads with the request alone), one list of patterns per kind. A
language is added by adding a table, without code.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from assistant.i18n import N_
from assistant.text import one_line

VOCABULARY = Path(__file__).with_name("prepare.toml")
# prepare.toml's [labels], marked here for the gettext catalogs (the briefing translates them).
LABELS = (
    N_("a presentation"), N_("a coding exercise"), N_("a system design session"),
    N_("a case study"), N_("a take-home assignment"), N_("a portfolio review"),
    N_("a work sample"), N_("a test or assessment"), N_("something to prepare"),
)  # fmt: skip
QUOTE_CAP = 240
# Words that ask the candidate to do something, in the vocabulary's languages.
_ASKS = re.compile(
    r"\b(?:prepare|bring|please|be ready|vorbereiten|bereiten|bitte|mitbringen|pr[ée]parer|merci de"
    r"|apporter|prepara\w*|traer|por favor|portare|voorbereiden|bereid|neem\w* mee)\b",
    re.I,
)


@dataclass(frozen=True)
class Preparation:
    """One thing to prepare: its kind, how the briefing names it, and the invite's sentence."""

    kind: str  # "presentation", "coding", … (the keys of prepare.toml's [labels])
    label: str  # "a presentation"
    quote: str  # the sentence of the invite that asks for it


@cache
def _patterns() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """(kind, label, pattern over every language), in the order of ``[labels]``."""
    data = tomllib.loads(VOCABULARY.read_text(encoding="utf-8"))
    labels: dict[str, str] = data.pop("labels")
    compiled = []
    for kind, label in labels.items():
        alternatives = [p for table in data.values() for p in table.get(kind, [])]
        if alternatives:
            joined = "|".join(f"(?:{p})" for p in alternatives)
            compiled.append((kind, label, re.compile(rf"(?<![\w-])(?:{joined})(?!\w)", re.I)))
    return tuple(compiled)


def what_to_prepare(text: str) -> list[Preparation]:
    """Each kind of preparation ``text`` asks for, once, in the order the text names them.

    ``text`` is plain text (the title and description); each result quotes the
    first sentence naming its kind. Specific kinds come before the generic
    "test": "a 45-minute coding test" is a coding exercise.
    """
    found: dict[str, tuple[int, Preparation]] = {}
    for sentence_start, sentence in _sentences(text):
        for kind, label, pattern in _patterns():
            match = pattern.search(sentence)
            if match and kind not in found:
                found[kind] = (
                    sentence_start + match.start(),
                    Preparation(kind, label, one_line(sentence, QUOTE_CAP)),
                )
    # The generic kinds give way to a specific one named in the same sentence: "a
    # 45-minute coding test" is a coding exercise, "Please prepare a presentation" is
    # a presentation. A bare request ("prepare a short pitch") stays a request.
    for generic in ("request", "test"):
        if generic in found:
            quote = found[generic][1].quote
            if any(p.quote == quote for k, (_, p) in found.items() if k != generic):
                del found[generic]
    # A sentence that asks for something ("Please prepare…") comes first: it is the one to quote.
    return [
        p
        for _, p in sorted(
            found.values(), key=lambda item: (not _ASKS.search(item[1].quote), item[0])
        )
    ]


def _sentences(text: str) -> list[tuple[int, str]]:
    pieces, start = [], 0
    for match in re.finditer(r"(?<=[.!?])\s+|\n+", text):
        pieces.append((start, text[start : match.start()]))
        start = match.end()
    pieces.append((start, text[start:]))
    return [(s, p.strip()) for s, p in pieces if p.strip()]
