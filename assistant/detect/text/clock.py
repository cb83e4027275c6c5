"""When a meeting is, as a title writes it: a clock time ("11h", "19:30 JST", "5:30pm",
"10 Uhr", "kl. 14", "19時") or a day ("Tuesday", "heute", "mañana").

A user's own note puts the time beside the employer ("Acme 2nd interview 11h",
"Brandt & Söhne 14:00", "Acme final Tuesday"); neither is any word of a name. The
words around the number and the days are data: ``clock_after``, ``clock_before`` and
``day_words`` in every file of ``detect/lang/``.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.detect.words.vocabulary import fragments


def _either(kind: str) -> str:
    """``kind``'s fragments in every language: whole words where words are spaced,
    anywhere where they are not (an empty pattern never matches)."""
    spaced = "|".join(fragments(kind, True))
    unspaced = "|".join(fragments(kind, False))
    parts = [f"(?:{spaced})(?![^\\W\\d_])" if spaced else "", f"(?:{unspaced})" if unspaced else ""]
    return "|".join(p for p in parts if p) or "(?!)"


@cache
def _when() -> re.Pattern[str]:
    # a time zone written after the time ("10h BRT", "19:30 JST", "9am CET", "UTC+2")
    zone = r"(?:\s*\(?(?-i:[A-Z]{1,4}T|UTC|GMT)(?:[+-]\d{1,2})?\)?(?![^\W\d_]))?"
    number = r"(?<![\w:.,/-])\d{1,2}"
    minutes = r"(?:[:.]\d{2})"
    clock = (
        # "19:30", "11.00", "5:30pm", "18h30", "11h", "10 Uhr", "8am", "19時"
        rf"{number}(?:{minutes}(?:\s?(?:{_either('clock_after')}))?"
        rf"|h\d{{2}}(?![\d])|\s?(?:{_either('clock_after')}))"
        # "kl. 14", "ore 11:30", "saat 14.00"
        rf"|(?<![^\W\d_])(?:{_either('clock_before')})\s?\d{{1,2}}{minutes}?(?!\d)"
    )
    # a day, but not one heading a name ("Friday Harbour Labs")
    day = rf"(?<![^\W\d_])(?:{_either('day_words')})(?!\s+[A-Z])"
    # a span of time ("14:00-15:00", "15h–18h30") is one
    span = rf"(?:{clock})(?:\s*[-–~〜]\s*(?:{clock}|\d{{1,2}}{minutes}?))?"
    return re.compile(rf"{span}{zone}(?![\d])|{day}", re.I)


def when_cut(title: str) -> str:
    """``title`` with each clock time and day it writes replaced by a separator (" | "),
    so that the parts around them read as they would without them: "Hanbit 2차 면접 8h
    (zoom)" → "Hanbit 2차 면접  | (zoom)". A title writing none is returned as it is."""
    if not any(map(str.isdigit, title)) and not _when().search(title):
        return title
    return _when().sub(" | ", title)
