"""Detection measured on the labelled calendar, against two naive rules.

``tests/data/detection_labelled.ics`` is a half-year of one job seeker's calendar
(Alex Rivera, who also works part-time at Northwind and interviews candidates
there), labelled in ``detection_labels.json`` by someone who did not see the
rules: positives, hard negatives, six languages, linkage cases, the user as
interviewer, and noise. The file is read through the real .ics source, as a user's
calendar would be.

Each labelled event counts once: a series is a follow-up when any instance is.
The two naive rules are what peers do: a literal "second interview" in the title,
and "any meeting with an outside guest" (meeting-brief tools).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from assistant.detect import Profile, detect
from assistant.models import Detection, Event
from assistant.sources.ics import IcsSource, Owner
from tests.conftest import DATA

BERLIN = ZoneInfo("Europe/Berlin")


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def __str__(self) -> str:
        return f"precision {self.precision:.2f}  recall {self.recall:.2f}  F1 {self.f1:.2f}"


@pytest.fixture(scope="module")
def labelled() -> tuple[dict[str, dict], list[Event], Profile]:
    labels = json.loads((DATA / "detection_labels.json").read_text(encoding="utf-8"))
    about = labels.pop("_about")
    addresses = [about["user_email"], *about["user_aliases"]]
    source = IcsSource(str(DATA / "detection_labelled.ics"), Owner(frozenset(addresses), BERLIN))
    read = source.read(datetime(2026, 1, 1, tzinfo=BERLIN), datetime(2028, 1, 1, tzinfo=BERLIN))
    assert not read.warnings
    return labels, read.events, Profile.build(addresses)


def score(labels: dict[str, dict], predicted: dict[str, bool]) -> Score:
    tp = sum(1 for uid, label in labels.items() if label["follow_up"] and predicted[uid])
    fp = sum(1 for uid, label in labels.items() if not label["follow_up"] and predicted[uid])
    fn = sum(1 for uid, label in labels.items() if label["follow_up"] and not predicted[uid])
    return Score(tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0)


def per_event(events: list[Event], rule: Callable[[Event], bool]) -> dict[str, bool]:
    predicted: dict[str, bool] = {}
    for event in events:
        predicted[event.uid] = predicted.get(event.uid, False) or rule(event)
    return predicted


def normalised(name: str | None) -> str:
    """Company names compared without case, accents, punctuation or legal form."""
    text = unicodedata.normalize("NFKD", (name or "").casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"\b(corp|corporation|inc|ltd|llc|gmbh|ag|se|plc|co)\b\.?", " ", text)
    return re.sub(r"[\W_]+", "", text)


def literal_second_interview(event: Event) -> bool:
    return "second interview" in event.summary.lower()


def outside_guest(profile: Profile) -> Callable[[Event], bool]:
    def rule(event: Event) -> bool:
        people = [event.organizer, *event.attendees] if event.organizer else event.attendees
        return not event.all_day and any(
            p is not None
            and not p.is_self
            and p.email.lower() not in profile.addresses
            and p.email.rsplit("@", 1)[-1].lower() not in profile.own_domains
            for p in people
        )

    return rule


def test_the_labelled_calendar_is_big_and_varied_enough(labelled):
    labels, events, _ = labelled
    positives = [label for label in labels.values() if label["follow_up"]]
    assert len(labels) >= 120
    assert len(positives) >= 30
    kinds = {label["note"].split("]")[0] for label in labels.values()}
    for kind in ("[pos/linkage", "[pos/language", "[neg/interviewer", "[neg/trigger-word"):
        assert kind in kinds
    assert {e.uid for e in events} == set(labels)


def test_detection_beats_the_bar_and_both_naive_rules(labelled):
    labels, events, profile = labelled
    detections = detect(events, profile)
    flagged = {id(d.event): d.verdict.is_follow_up for d in detections}
    ours = score(labels, per_event(events, lambda e: flagged[id(e)]))
    literal = score(labels, per_event(events, literal_second_interview))
    guests = score(labels, per_event(events, outside_guest(profile)))
    print(f"\ndetection            {ours}")
    print(f'"second interview"   {literal}')
    print(f"any outside guest    {guests}")
    assert ours.precision >= 0.95, mistakes(labels, detections)
    assert ours.recall >= 0.95, mistakes(labels, detections)
    assert ours.f1 > literal.f1 and ours.f1 > guests.f1
    assert ours.recall > literal.recall and ours.precision > guests.precision


def test_the_company_is_right_on_nine_positives_in_ten(labelled):
    labels, events, profile = labelled
    found: dict[str, str | None] = {}
    for d in detect(events, profile):
        if d.verdict.is_follow_up or d.event.uid not in found:
            found[d.event.uid] = d.verdict.company
    positives = {uid: label for uid, label in labels.items() if label["follow_up"]}
    wrong = {
        uid: (found[uid], label["company"])
        for uid, label in positives.items()
        if normalised(found[uid]) != normalised(label["company"])
    }
    right = 1 - len(wrong) / len(positives)
    print(f"\ncompany right on {right:.0%} of {len(positives)} follow-ups")
    assert right >= 0.9, wrong


def test_every_follow_up_says_why_and_links_its_earlier_round(labelled):
    labels, events, profile = labelled
    detections = detect(events, profile)
    ids = {e.event_id for e in events}
    linkage = [
        d
        for d in detections
        if labels[d.event.uid]["note"].startswith("[pos/linkage") and d.verdict.is_follow_up
    ]
    assert linkage
    for d in linkage:
        assert d.verdict.first_interview_id in ids
        assert any("earlier interview" in reason for reason in d.verdict.reasons)
    for d in detections:
        assert d.verdict.reasons


def mistakes(labels: dict[str, dict], detections: list[Detection]) -> list[str]:
    """The misjudged events with their reasons, for the assertion message."""
    wrong = []
    for d in detections:
        if d.verdict.is_follow_up != labels[d.event.uid]["follow_up"]:
            wrong.append(f"{d.event.summary!r}: {' | '.join(d.verdict.reasons)}")
    return sorted(set(wrong))
