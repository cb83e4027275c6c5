"""The fast paths of reading and detection give what the full paths give.

Three shortcuts, each compared with the way it replaces on every fixture
(``tests/data/**/*.ics``; of the labelled calendars written for detection, three:
see :data:`LABELLED_COMPARED`) and every corpus file (``../shared/corpus``, skipped when
absent), over several windows:

- occurrences converted without copying their VEVENT (:mod:`assistant.sources.instances`)
  against converting ``Occurrence.as_component``: the same events and warnings;
- single events taken aside from recurring-ical-events' series set-up
  (``expansion._singles``) against every VEVENT expanded as a series: the same
  events, warnings and order;
- detection once per series (:mod:`assistant.detect.text.per_series`) against detection
  per event (:func:`assistant.detect.verdict.verdicts.detect`): the same verdicts, instances
  and times;
- skipping, before parsing, the events that cannot matter
  (:mod:`assistant.detect.text.relevance`): every event read gets the verdict the full
  read gives it, and every event skipped is one the full read does not act on.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from assistant.detect.profile import Profile
from assistant.detect.text.relevance import Relevance
from assistant.detect.verdict.verdicts import detect as detect_shared
from assistant.errors import CalendarError
from assistant.models import Detection, Event
from assistant.sources import expansion
from assistant.sources.base import CalendarRead
from assistant.sources.ics_events import Owner, expand_calendar, parse_calendar
from assistant.sources.instances import InstanceEvents
from tests.conftest import BERLIN, DATA


def detect_every_event(events, profile, overrides=None):
    """The full path the shared one must match: every event read on its own."""
    return detect_shared(events, profile, overrides, share=False)


OWNER = Owner(frozenset({"me@example.com"}), BERLIN)
WINDOWS = [
    (datetime(2012, 1, 1, tzinfo=UTC), datetime(2014, 1, 1, tzinfo=UTC)),
    (datetime(2019, 1, 1, tzinfo=UTC), datetime(2019, 7, 1, tzinfo=UTC)),
    (datetime(2023, 6, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC)),
    (datetime(2026, 1, 1, tzinfo=UTC), datetime(2028, 1, 1, tzinfo=UTC)),
]
PROFILES = [
    Profile.build(["me@example.com"]),
    # A low threshold lets an event with no one else on it be a follow-up by its words.
    Profile.build(["me@example.com"], threshold=0.3, extra_keywords=["blue lagoon"]),
]
# The labelled calendars written blind for detection (``detection_dev*/``, ``heldout/``)
# follow one brief and one size (about 270 events each): they were most of these
# comparisons' time, and three of them stand for the rest here. Every other fixture
# is compared whole; detection's own tests read every labelled calendar, and
# ``test_content_lines`` parses every one both ways.
LABELLED = {
    *DATA.glob("detection_dev*/heldout_labelled.ics"),
    *(DATA / "heldout").rglob("heldout_labelled.ics"),
}


def _numbered(folders: Iterator[Path]) -> list[Path]:
    return sorted(folders, key=lambda f: int("".join(c for c in f.name if c.isdigit()) or 0))


LABELLED_COMPARED = {  # the first (and largest), the newest development set, the newest held out
    DATA / "detection_dev2" / "heldout_labelled.ics",
    *(f / "heldout_labelled.ics" for f in _numbered(DATA.glob("detection_dev*"))[-1:]),
    *(f / "heldout_labelled.ics" for f in _numbered((DATA / "heldout").glob("calendar*"))[-1:]),
}
FIXTURES = sorted(p for p in DATA.rglob("*.ics") if p not in LABELLED or p in LABELLED_COMPARED)


def read(data: bytes, window: tuple[datetime, datetime], **options: object) -> CalendarRead:
    calendar = parse_calendar(data, "x", window, **options)  # type: ignore[arg-type]
    return expand_calendar(calendar, *window, OWNER, "x")


def full_instances(monkeypatch: pytest.MonkeyPatch) -> None:
    """Convert every occurrence from its copy, as the library hands it out."""
    monkeypatch.setattr(
        InstanceEvents,
        "event",
        lambda self, occurrence: self._convert(occurrence.as_component(False)),
    )


def calendars(corpus: Path | None) -> Iterator[tuple[str, bytes]]:
    for path in FIXTURES:
        yield path.name, path.read_bytes()
    if corpus is not None:
        for path in sorted((corpus / "ics").rglob("*.ics")):
            yield path.name, path.read_bytes()


def readable(data: bytes, window: tuple[datetime, datetime]) -> CalendarRead | None:
    try:
        return read(data, window)
    except CalendarError:
        return None


def facts(detections: list[Detection]) -> list[tuple[Event, object]]:
    return [(d.event, d.verdict) for d in detections]


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: str(p.relative_to(DATA)))
def test_occurrences_without_copies_are_the_events_of_the_copies(
    path: Path, monkeypatch: pytest.MonkeyPatch
):
    data = path.read_bytes()
    fast = [readable(data, window) for window in WINDOWS]
    full_instances(monkeypatch)
    full = [readable(data, window) for window in WINDOWS]
    assert fast == full


def test_occurrences_without_copies_on_the_corpus(corpus: Path, monkeypatch: pytest.MonkeyPatch):
    files = sorted((corpus / "ics").rglob("*.ics"))
    fast = [[readable(p.read_bytes(), w) for w in WINDOWS] for p in files]
    full_instances(monkeypatch)
    full = [[readable(p.read_bytes(), w) for w in WINDOWS] for p in files]
    for path, one, other in zip(files, fast, full, strict=True):
        assert one == other, path.name
    assert sum(len(r.events) for rs in fast for r in rs if r) >= 100


def every_vevent_a_series(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hand every VEVENT to recurring-ical-events' series, single events included."""
    monkeypatch.setattr(expansion, "_singles", lambda calendar: ([], calendar))


def _reads(data: bytes) -> list[CalendarRead | None]:
    return [readable(data, window) for window in WINDOWS]


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: str(p.relative_to(DATA)))
def test_single_events_taken_aside_are_the_series_occurrences(
    path: Path, monkeypatch: pytest.MonkeyPatch
):
    fast = _reads(path.read_bytes())
    every_vevent_a_series(monkeypatch)
    assert fast == _reads(path.read_bytes())


def test_single_events_taken_aside_on_the_corpus(corpus: Path, monkeypatch: pytest.MonkeyPatch):
    files = sorted((corpus / "ics").rglob("*.ics"))
    fast = [_reads(p.read_bytes()) for p in files]
    every_vevent_a_series(monkeypatch)
    for path, one in zip(files, fast, strict=True):
        assert one == _reads(path.read_bytes()), path.name


def test_the_single_events_comparison_is_not_blind():
    """Most fixtures' events are single events: the fast path is what they go through."""
    taken = 0
    for path in FIXTURES:
        try:
            calendar = parse_calendar(path.read_bytes(), "x")
        except CalendarError:
            continue
        taken += len(expansion._singles(calendar)[0])
    assert taken >= 200


def _detection_matches(corpus: Path | None) -> int:
    compared = 0
    for name, data in calendars(corpus):
        for window in WINDOWS:
            result = readable(data, window)
            if result is None or not result.events:
                continue
            for profile in PROFILES:
                overrides = {result.events[0].event_id: True}
                for marks in ({}, overrides):
                    fast = detect_shared(result.events, profile, marks)
                    full = detect_every_event(result.events, profile, marks)
                    assert facts(fast) == facts(full), (name, window)
                    compared += len(full)
    return compared


def test_detection_once_per_series_gives_every_instance_its_own_verdict_on_the_fixtures():
    assert _detection_matches(None) >= 500


def test_detection_once_per_series_on_the_corpus(corpus: Path):
    assert _detection_matches(corpus) >= 1000


def _key(detection: Detection) -> tuple[str, datetime]:
    # A RANGE=THISANDFUTURE override gives its id to every instance it moves.
    return detection.event.event_id, detection.event.start


def _skip_matches(corpus: Path | None) -> tuple[int, int]:
    skipped = acted_on = 0
    for name, data in calendars(corpus):
        for window in WINDOWS:
            full_read = readable(data, window)
            if full_read is None:
                continue
            for profile in PROFILES:
                relevance = Relevance.of(profile)
                fast_read = read(data, window, relevance=relevance)
                full = {_key(d): d for d in detect_every_event(full_read.events, profile)}
                fast = detect_every_event(fast_read.events, profile)
                for detection in fast:  # what is read is judged as the full read judges it
                    assert facts([detection]) == facts([full.pop(_key(detection))])
                for detection in full.values():  # what is skipped is never acted on
                    assert not detection.verdict.is_follow_up, (name, detection.event.summary)
                skipped += len(full)
                acted_on += sum(d.verdict.is_follow_up for d in fast)
    return skipped, acted_on


def test_events_skipped_before_parsing_are_never_acted_on_in_the_fixtures():
    skipped, acted_on = _skip_matches(None)
    assert skipped >= 20 and acted_on >= 20


def test_events_skipped_before_parsing_on_the_corpus(corpus: Path):
    skipped, _ = _skip_matches(corpus)
    assert skipped >= 100


def _calendar(*blocks: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{b}\r\nEND:VEVENT\r\n" for b in blocks)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:t\r\n{body}END:VCALENDAR\r\n".encode()


WINDOW = (datetime(2027, 1, 1, tzinfo=UTC), datetime(2027, 12, 1, tzinfo=UTC))


@pytest.mark.parametrize(
    "block",
    [
        # a word folded across two lines, in another language, escaped, in HTML
        "UID:a\r\nDTSTART:20270412T090000Z\r\nSUMMARY:Zweitges\r\n präch",
        "UID:b\r\nDTSTART:20270412T090000Z\r\nDESCRIPTION:segunda\\nentrevista",
        "UID:c\r\nDTSTART:20270412T090000Z\r\nDESCRIPTION:<b>second</b>&nbsp;interview",
        "UID:d\r\nDTSTART:20270412T090000Z\r\nSUMMARY:Round 2",
    ],
)
def test_an_event_with_words_of_any_language_is_kept_however_it_is_written(block: str):
    events = read(_calendar(block), WINDOW, relevance=Relevance.of(PROFILES[0])).events
    assert len(events) == 1


def test_events_with_guests_marked_or_held_as_interviews_are_kept():
    blocks = [
        "UID:guest\r\nDTSTART:20270412T090000Z\r\nSUMMARY:Sync\r\nATTENDEE:mailto:a@x.example",
        "UID:marked\r\nDTSTART:20270412T090000Z\r\nSUMMARY:Call",
        "UID:series\r\nDTSTART:20270412T090000Z\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\nSUMMARY:Chat",
        "UID:plain\r\nDTSTART:20270412T090000Z\r\nSUMMARY:Dentist",
    ]
    relevance = Relevance.of(PROFILES[0], ["marked", "series@20270419T090000Z"])
    events = read(_calendar(*blocks), WINDOW, relevance=relevance).events
    assert sorted({e.uid for e in events}) == ["guest", "marked", "series"]
    assert len(read(_calendar(*blocks), WINDOW).events) == 6  # every event without it


def test_the_user_s_own_keywords_keep_an_event():
    block = "UID:k\r\nDTSTART:20270412T090000Z\r\nSUMMARY:Blue Lagoon with Acme"
    assert read(_calendar(block), WINDOW, relevance=Relevance.of(PROFILES[1])).events
    assert not read(_calendar(block), WINDOW, relevance=Relevance.of(PROFILES[0])).events


# The user's own notes, with no one on them, that detection acts on by words other than
# an interview's: the last round's word beside an employer met before, a live interview
# after a recorded one, a person met with their job in brackets.
@pytest.mark.parametrize(
    "note",
    [
        "Halvard Lumber – final w/ owner (9am)",
        "Halvard Lumber finale – sede di Trento",
        "Live interview: Halvard Lumber",
        "Halvard Lumber – meet Ines (yard manager)",
    ],
)
def test_the_user_s_own_note_of_a_later_round_is_read_before_parsing(note: str):
    screen = (
        "UID:screen\r\nDTSTART:20270405T090000Z\r\nSUMMARY:Phone screen – Halvard Lumber"
        "\r\nORGANIZER:mailto:jobs@halvardlumber.example\r\nATTENDEE:mailto:me@example.com"
    )
    recorded = (
        "UID:video\r\nDTSTART:20270406T090000Z\r\nSUMMARY:HireVue video interview – Halvard Lumber"
    )
    later = f"UID:note\r\nDTSTART:20270412T090000Z\r\nSUMMARY:{note}"
    data = _calendar(screen, recorded, later)
    fast = read(data, WINDOW, relevance=Relevance.of(PROFILES[0])).events
    assert "note" in {e.uid for e in fast}
    found = {d.event.uid: d.verdict for d in detect_every_event(fast, PROFILES[0])}
    assert found["note"].is_follow_up, found["note"].reasons


# Every follow-up a labelled development calendar holds (``detection_dev*/``; the held-out
# calendars are left alone: their mistakes stay unseen), including the user's own notes
# with no one else on them ("Northstar - final conv w/ COO"): the raw block of each must
# be kept for parsing, whatever words it uses.
DEVELOPMENT_SETS = sorted(DATA.glob("detection_dev*/heldout_labelled.ics"))


def _raw_blocks(text: str) -> dict[str, list[str]]:
    blocks: dict[str, list[str]] = {}
    for block in re.findall(r"BEGIN:VEVENT\r?\n.*?END:VEVENT", text, re.S):
        uid = re.search(r"^UID:(.*?)\r?$", re.sub(r"\r?\n[ \t]", "", block), re.M)
        blocks.setdefault(uid.group(1) if uid else "", []).append(block)
    return blocks


@pytest.mark.parametrize("path", DEVELOPMENT_SETS, ids=lambda p: p.parent.name)
def test_no_labelled_follow_up_is_skipped_before_parsing(path: Path):
    labels = json.loads(path.with_name("heldout_labels.json").read_text(encoding="utf-8"))
    user = labels.get("_about", {}).get("user_email", "alex.rivera@example.com")
    relevance = Relevance.of(Profile.build([user]))
    blocks = _raw_blocks(path.read_text(encoding="utf-8"))
    skipped = [
        uid
        for uid, label in labels.items()
        if uid != "_about" and label["follow_up"]
        if not any(relevance.could_matter(block, None) for block in blocks[uid])
    ]
    assert skipped == []
