"""Detection once per series: the instances of a recurring event share their text.

A weekly meeting read over two years is 104 events with the same title, description
and guests; :func:`~assistant.detect.verdicts.detect` reads each one. Here the events
are grouped by what detection reads of them (every :class:`~assistant.models.Event`
field but the UID and the instance's own times: ``start``, ``end``, ``recurrence_id``),
the evidence is read once per group, and a verdict is worked out once per group and
earlier round. What depends on the instance is applied to each instance:

- its UID and start, which decide its earlier round (an earlier interview must start before
  *this* instance: :class:`~assistant.detect.linkage.EmployerIndex` is asked per
  instance, so a series whose first instances come before the first interview and
  whose later ones come after gets both verdicts);
- the user's marks, by event id;
- the check for series repeating more than daily (:mod:`.series`), over all instances.

So every verdict is the one :func:`~assistant.detect.verdicts.detect` gives;
``tests/unit/test_detection_per_series.py`` compares both on every fixture and corpus
file. Pure, like the rest of the package.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import fields
from operator import attrgetter

from assistant.detect.evidence import Evidence, read_evidence
from assistant.detect.linkage import EmployerIndex
from assistant.detect.organisation import learn
from assistant.detect.profile import Profile
from assistant.detect.reading import Reader
from assistant.detect.series import hold_frequent_series
from assistant.detect.verdicts import _can_follow, _overridden, judge, organisations, why_linked
from assistant.models import Detection, Event, Verdict

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


def detect(
    events: Sequence[Event], profile: Profile, overrides: Mapping[str, bool] | None = None
) -> list[Detection]:
    """Give every event a verdict, in the order given: the same verdicts as
    :func:`assistant.detect.verdicts.detect`, reading each distinct text once.

    Pass every event in view, history included. ``overrides`` (event id → follow-up?)
    come from ``mark`` and win. The user's own organisation is learned first, from
    the same events.
    """
    overrides = overrides or {}
    learned = learn(events, profile)
    if learned:
        profile = profile.with_own(learned.addresses, learned.domains)
    reader = Reader()
    read: dict[Hashable, Evidence] = {}
    groups: list[Hashable] = []
    evidence: list[Evidence] = []
    for event in events:
        key = series_key(event)
        shared = read.get(key)
        if shared is None:
            shared = read[key] = read_evidence(event, profile, reader)
        groups.append(key)
        evidence.append(_for_instance(shared, event))
    index = EmployerIndex(evidence)
    organised = organisations(events)
    can_follow = {key: _can_follow(ev) for key, ev in read.items()}
    judged: dict[Hashable, Verdict] = {}
    detections = []
    for key, ev in zip(groups, evidence, strict=True):
        # What depends on the event itself, asked per event: its earlier round and why
        # it counts, the employer's fullest name and the role named before it.
        earlier = index.earlier_round(ev) if can_follow[key] else None
        why = why_linked(ev, earlier, organised) if earlier is not None else None
        if why is None:
            earlier = None
        company = index.fullest_name(ev) or ev.company
        role = ev.role or index.role_before(ev)
        facts = (key, id(earlier), why, company, role)
        verdict = judged.get(facts)
        if verdict is None:
            verdict = judged[facts] = judge(ev, earlier, profile, company, role, why or "")
        if overrides and ev.event.event_id in overrides:
            verdict = _overridden(verdict, overrides[ev.event.event_id])
        detections.append(Detection(ev.event, verdict))
    return hold_frequent_series(detections)


def _for_instance(shared: Evidence, event: Event) -> Evidence:
    """``shared`` (read from another instance of the series) for ``event``: a shallow
    copy, as the signals are the same and only the event differs."""
    if shared.event is event:
        return shared
    copy = Evidence.__new__(Evidence)
    copy.__dict__.update(shared.__dict__)
    copy.event = event
    return copy
