"""Durations and counts in words, for everything a user reads: "10 seconds",
"every 5 minutes", "1 hour 30 minutes", "3 drafts".

Never ``0:05:00`` (``str(timedelta)``) or ``1 minute(s)``. English only, like the
rest of the command line; email text goes through the templates instead.
"""

from __future__ import annotations

from datetime import timedelta

_UNITS = (("day", 86400), ("hour", 3600), ("minute", 60), ("second", 1))


def plural(count: int, word: str, many: str | None = None) -> str:
    """``1 draft``, ``3 drafts``; ``many`` for irregular plurals (``plural(2, "is", "are")``)."""
    return f"{count} {word if count == 1 else (many or word + 's')}"


def in_words(duration: timedelta, parts: int = 2) -> str:
    """``duration`` in words, largest units first, at most ``parts`` of them.

    Rounds to whole seconds; under a second is ``"0 seconds"``. A negative
    duration is described by its size (callers say "ago" or "in").
    """
    seconds = round(abs(duration.total_seconds()))
    words: list[str] = []
    for unit, size in _UNITS:
        if seconds >= size and len(words) < parts:
            amount, seconds = divmod(seconds, size)
            words.append(plural(amount, unit))
    return " ".join(words) or "0 seconds"


def every(duration: timedelta) -> str:
    """``every 5 minutes``, ``every minute``, ``every hour``: how often something repeats."""
    text = in_words(duration)
    return "every " + (text[2:] if text.startswith("1 ") and " " not in text[2:] else text)
