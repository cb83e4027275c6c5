"""Whose calendar this is, when nobody said: ``scan --calendar FILE`` before ``init``.

Detection tells the user from everyone else by address (``[user] email``). Without it
the user is a guest on every one of their own invitations: "with" lists them, and two
unrelated interviews "share an interviewer" (the user). The owner of an exported
calendar is on nearly every event that has guests (RFC 5545 §3.8.4.1 ATTENDEE,
§3.8.4.3 ORGANIZER: the calendar user's own entry is on each invitation they got or
sent), so the address on the most such series is taken for the user, and said so.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.detect.who.people import everyone
from assistant.models import Event

# The owner must be on at least this share of the series that have anyone on them,
# and on at least MIN_SERIES of them: a calendar of other people's events names no one.
MIN_SHARE = 0.5
MIN_SERIES = 3


@dataclass(frozen=True)
class Owner:
    """The address taken for the user, on ``series`` of the ``of`` series with people."""

    email: str
    series: int
    of: int

    def notice(self) -> str:
        """The one line that says what was assumed and how to make it certain."""
        return (
            f"no address is configured: reading the calendar as {self.email}'s, the address "
            f"on {self.series} of its {self.of} events with guests (run `interview-assistant "
            "init` to set yours)"
        )


def calendar_owner(events: Sequence[Event]) -> Owner | None:
    """The address on the most series (by UID) that have an ORGANIZER or ATTENDEE, when
    it is on at least half of them and on at least three; else None (nothing assumed).

    ``events``: expanded instances; a recurring series counts once. Addresses are
    compared lower-cased. Ties go to the address that sorts first, so the answer is the
    same on every run.
    """
    people_by_series: dict[str, set[str]] = {}
    for event in events:
        people = {a.email.lower() for a in everyone(event) if a.email}
        if people:
            people_by_series.setdefault(event.uid, set()).update(people)
    if not people_by_series:
        return None
    counts = Counter(email for people in people_by_series.values() for email in people)
    email, series = min(counts.items(), key=lambda item: (-item[1], item[0]))
    total = len(people_by_series)
    if series < MIN_SERIES or series < MIN_SHARE * total:
        return None
    return Owner(email=email, series=series, of=total)
