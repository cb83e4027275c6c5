"""Detection once per series: the instances of a recurring event share their text.

A weekly meeting read over two years is 104 events with the same title, description
and guests; :func:`~assistant.detect.verdict.verdicts.detect` reads each one. Here the events
are grouped by what detection reads of them (every :class:`~assistant.models.Event`
field but the UID and the instance's own times: ``start``, ``end``, ``recurrence_id``),
the evidence is read once per group, and a verdict is worked out once per group and
earlier round. What depends on the instance is applied to each instance:

- its UID and start, which decide its earlier round (an earlier interview must start before
  *this* instance: :class:`~assistant.detect.verdict.linkage.EmployerIndex` is asked per
  instance, so a series whose first instances come before the first interview and
  whose later ones come after gets both verdicts);
- the user's marks, by event id;
- the check for series repeating more than daily (:mod:`.series`), over all instances.

:func:`~assistant.detect.verdict.verdicts.detect` uses :func:`read_all`; with ``share=False``
it reads every event on its own, and ``tests/adapters/test_fast_paths.py`` compares both
on every fixture and corpus file. Pure, like the rest of the package.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import fields
from operator import attrgetter

from assistant.detect.profile import Profile
from assistant.detect.text.reading import Reader
from assistant.detect.verdict.evidence import Evidence, read_evidence
from assistant.models import Event

# The fields that tell instances (and events) apart without changing what they say:
# detection reads each event's words, people and status, and compares UIDs and starts
# only in linkage, which is asked per event.
INSTANCE_FIELDS = frozenset({"uid", "start", "end", "recurrence_id"})
_SHARED = attrgetter(*(f.name for f in fields(Event) if f.name not in INSTANCE_FIELDS))


def series_key(event: Event) -> Hashable:
    """What detection reads of ``event``: every field but its UID and times (its length
    is kept, in case a rule ever weighs it). The instances of a series share it, and
    so do single events that say the same ("Lunch", every day, with no one)."""
    return (_SHARED(event), event.end - event.start)


def read_all(
    events: Sequence[Event], profile: Profile, reader: Reader, *, share: bool = True
) -> tuple[list[int], list[Evidence]]:
    """The evidence of every event, in order, and a key per event: events with the same
    key say the same and share one reading. Without ``share`` every event is read on
    its own and keys are unique (the full path the tests compare against).

    Keys are small numbers, one per group: :func:`series_key` is a tuple of every field
    (guests included), which is costly to hash again wherever the key is looked up."""
    if not share:
        return list(range(len(events))), [read_evidence(e, profile, reader) for e in events]
    read: dict[Hashable, tuple[int, Evidence]] = {}
    keys: list[int] = []
    evidence: list[Evidence] = []
    for event in events:
        key = series_key(event)
        found = read.get(key)
        if found is None:
            found = read[key] = (len(read), read_evidence(event, profile, reader))
        keys.append(found[0])
        evidence.append(_for_instance(found[1], event))
    return keys, evidence


def _for_instance(shared: Evidence, event: Event) -> Evidence:
    """``shared`` (read from another instance of the series) for ``event``: a shallow
    copy, as the signals are the same and only the event differs."""
    if shared.event is event:
        return shared
    copy = Evidence.__new__(Evidence)
    copy.__dict__.update(shared.__dict__)
    copy.event = event
    return copy
