"""The answer for the event asked last, kept: one event's readers ask the same question
of it several times in a row (its employer domains, its mailboxes, its people's words:
three to five times each while its company is read), and an event is no cheap key to
hash (every field, the guests included).

Pure: the event and the profile are frozen, and the answer kept is given back only for
the very same objects (``is``), held while kept so that no other takes their ids.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Concatenate, ParamSpec, TypeVar

from assistant.models import Event

P = ParamSpec("P")
T = TypeVar("T")


def for_last_event(read: Callable[Concatenate[Event, P], T]) -> Callable[Concatenate[Event, P], T]:
    """``read(event, *more)`` remembered for the last ``event`` and ``more`` (each the
    same object) it was asked about. The answer is shared: callers must not change it.
    Thread-safe: the event, the arguments and the answer are kept in one tuple."""
    last: tuple[Event, tuple[object, ...], T] | None = None

    @wraps(read)
    def remembered(event: Event, /, *more: P.args, **named: P.kwargs) -> T:
        nonlocal last
        if named:  # never asked so: not worth remembering
            return read(event, *more, **named)
        kept = last
        if kept is not None and kept[0] is event and _same(kept[1], more):
            return kept[2]
        answer = read(event, *more, **named)
        last = (event, more, answer)
        return answer

    return remembered


def _same(kept: tuple[object, ...], more: tuple[object, ...]) -> bool:
    """Whether ``more`` holds the very objects ``kept`` does (most readers pass one or
    none: asked some ten thousand times a detection, so no generator for those)."""
    if len(kept) != len(more):
        return False
    if len(more) == 1:
        return kept[0] is more[0]
    return all(a is b for a, b in zip(kept, more, strict=True))
