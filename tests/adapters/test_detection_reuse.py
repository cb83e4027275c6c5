"""Detection reused on unchanged input (:mod:`assistant.pipeline.reuse`).

A re-tick on an unchanged calendar takes back the previous pass's verdicts instead of
detecting again, and only then: any change to the calendar, the window's events, the
marks, the ``[detect]`` settings or the detection code detects afresh. The kept
verdicts are the ones detection gives, on every fixture and corpus file.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import responses
from responses import matchers

import assistant.pipeline.reuse as reuse
from assistant.detect import Profile, detect
from assistant.errors import CalendarError
from assistant.mail.memory import MemoryMailbox
from assistant.models import JobKind, JobState
from assistant.pipeline.reuse import KEY, detect_or_reuse
from assistant.plan import Timing
from assistant.runner import run_once
from assistant.sources.event_cache import EventCache
from assistant.sources.ics import IcsSource, Owner
from assistant.sources.memory import MemoryCalendar
from assistant.store import Store
from tests.adapters.test_fast_paths import PROFILES, WINDOWS, calendars, read
from tests.adapters.test_ics_cache import (
    END,
    OWNER,
    START,
    URL,
    calendar,
    interview_calendar,
    vevent,
)
from tests.conftest import BERLIN, ME, NOW, build_services

PROFILE = Profile.build(["me@example.com"])
AT = datetime(2027, 4, 10, 8, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "state.db") as opened:
        yield opened


@pytest.fixture
def detections(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts real detection passes (each entry: how many events it was given)."""
    calls: list[int] = []
    real = reuse.detect

    def counting(events, profile, overrides=None):
        calls.append(len(events))
        return real(events, profile, overrides)

    monkeypatch.setattr(reuse, "detect", counting)
    return calls


def one_pass(
    path: Path | str,
    store: Store,
    profile: Profile = PROFILE,
    overrides: dict[str, bool] | None = None,
    window: tuple[datetime, datetime] = (START, END),
):
    """What a tick does in a new process: read through the cache, detect or reuse
    (``path``: a file, or a URL)."""
    result = IcsSource(str(path), OWNER, EventCache(store)).read(*window)
    found, reused = detect_or_reuse(
        result.events, profile, overrides or {}, [result.token], store, AT
    )
    assert found == detect(result.events, profile, overrides)  # reused or not: the same
    return found, reused


def coffee_detected_afresh(location: Path | str, store: Store, detections: list[int]) -> None:
    """The second pass, after the interview became a coffee: detected, not reused."""
    found, reused = one_pass(location, store)
    assert not reused and len(detections) == 2
    assert not any(d.verdict.is_follow_up for d in found)


def test_an_unchanged_file_reuses_the_verdicts(tmp_path: Path, store: Store, detections):
    path = interview_calendar(tmp_path / "cal.ics")
    first, reused_first = one_pass(path, store)
    second, reused_second = one_pass(path, store)
    assert not reused_first and reused_second
    assert detections == [len(first)]
    assert second == first and any(d.verdict.is_follow_up for d in second)


def test_a_changed_file_detects_again(tmp_path: Path, store: Store, detections):
    path = interview_calendar(tmp_path / "cal.ics")
    one_pass(path, store)
    interview_calendar(path, summary="Coffee with Priya")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    coffee_detected_afresh(path, store, detections)


def test_a_touched_but_identical_file_still_reuses(tmp_path: Path, store: Store, detections):
    path = interview_calendar(tmp_path / "cal.ics")
    one_pass(path, store)
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    assert one_pass(path, store)[1] and len(detections) == 1


@responses.activate
def test_a_url_answering_304_reuses_the_verdicts_and_a_new_body_does_not(
    tmp_path: Path, store: Store, detections
):
    body = interview_calendar(tmp_path / "cal.ics").read_bytes()
    responses.get(URL, status=304, match=[matchers.header_matcher({"If-None-Match": '"v1"'})])
    responses.get(URL, body=body, headers={"ETag": '"v1"'})
    assert not one_pass(URL, store)[1]
    assert one_pass(URL, store)[1] and responses.calls[1].response.status_code == 304
    responses.reset()  # the calendar changed on the server: a new body and ETag
    changed = interview_calendar(tmp_path / "cal.ics", summary="Coffee with Priya")
    responses.get(URL, body=changed.read_bytes(), headers={"ETag": '"v2"'})
    coffee_detected_afresh(URL, store, detections)


def test_a_new_mark_detects_again(tmp_path: Path, store: Store, detections):
    path = interview_calendar(tmp_path / "cal.ics")
    one_pass(path, store)
    found, reused = one_pass(path, store, overrides={"acme-2": False})
    assert not reused and len(detections) == 2
    assert not next(d for d in found if d.event.uid == "acme-2").verdict.is_follow_up
    assert one_pass(path, store, overrides={"acme-2": False})[1]  # the same marks again
    assert not one_pass(path, store)[1]  # the mark taken back


@pytest.mark.parametrize(
    "changed",
    [
        Profile.build(["me@example.com"], threshold=0.9),
        Profile.build(["me@example.com"], extra_keywords=["sync"]),
        Profile.build(["me@example.com"], ignore_patterns=["^Second"]),
        Profile.build(["me@example.com", "me@work.example"]),
        Profile.build(["me@example.com"], own_domains=["acme.example"]),
    ],
    ids=["threshold", "extra_keywords", "ignore_patterns", "aliases", "own_domains"],
)
def test_changed_settings_detect_again(tmp_path: Path, store: Store, detections, changed):
    path = interview_calendar(tmp_path / "cal.ics")
    one_pass(path, store)
    assert not one_pass(path, store, profile=changed)[1]
    assert len(detections) == 2


def test_another_version_of_detection_detects_again(
    tmp_path: Path, store: Store, detections, monkeypatch: pytest.MonkeyPatch
):
    path = interview_calendar(tmp_path / "cal.ics")
    one_pass(path, store)
    monkeypatch.setattr(reuse, "code_version", lambda: "another version")
    assert not one_pass(path, store)[1]
    assert one_pass(path, store)[1]


def test_the_code_version_follows_the_detection_code():
    reuse.code_version.cache_clear()
    version = reuse.code_version()
    assert version is not None and len(version) == 64
    assert reuse.code_version() == version


def test_a_window_that_takes_in_an_event_detects_again(tmp_path: Path, store: Store, detections):
    path = interview_calendar(tmp_path / "cal.ics")
    one_pass(path, store)
    # A day later: the same events in the window (the weekly sync's instances too).
    assert one_pass(path, store, window=(START + timedelta(hours=1), END + timedelta(hours=1)))[1]
    # A week later: the window lets go of one instance and takes in another.
    week = timedelta(days=7)
    assert not one_pass(path, store, window=(START + week, END + week))[1]
    assert len(detections) == 2


def test_a_calendar_that_gives_no_token_is_always_detected(store: Store, detections):
    events = read(
        calendar(vevent("solo", "20270413T120000Z", "SUMMARY:Second interview")).encode(),
        (START, END),
    ).events
    for _ in range(2):
        assert not detect_or_reuse(events, PROFILE, {}, [None], store, AT)[1]
        assert not detect_or_reuse(events, PROFILE, {}, [], store, AT)[1]
    assert len(detections) == 4


def test_a_damaged_row_means_detecting_again(tmp_path: Path, store: Store, detections):
    path = interview_calendar(tmp_path / "cal.ics")
    expected, _ = one_pass(path, store)
    data = store.sync_state(KEY)
    data["verdicts"] = [{"is_follow_up": "no"}]
    store.save_sync_state(KEY, data, AT)
    found, reused = one_pass(path, store)
    assert not reused and found == expected


def test_the_kept_verdicts_are_detections_on_every_fixture_and_corpus_file(
    corpus: Path | None, tmp_path: Path
):
    """Kept and taken back through the store, every verdict is the one detection gave."""
    compared = 0
    with Store.open(tmp_path / "state.db") as store:
        for name, data in calendars(corpus):
            for window in WINDOWS[2:]:
                try:
                    events = read(data, window).events
                except CalendarError:
                    continue  # the broken-file fixtures
                if not events:
                    continue
                for profile in PROFILES:
                    token = [f"{name}:{window[0].year}:{profile.threshold}"]
                    fresh, reused = detect_or_reuse(events, profile, {}, token, store, AT)
                    again, reused_again = detect_or_reuse(events, profile, {}, token, store, AT)
                    assert not reused and reused_again, name
                    assert again == fresh, name
                    compared += 1
    assert compared >= 100


# --- a tick, twice -----------------------------------------------------------------------------


def test_a_tick_on_an_unchanged_file_reuses_and_still_acts_on_its_own_clock(
    tmp_path: Path, store: Store, detections
):
    """The second pass detects nothing again, yet what is due is worked out from its own
    ``now``: the briefing planned on the first pass goes out on the second."""
    path = tmp_path / "cal.ics"
    interview = (NOW + timedelta(days=1, hours=5)).astimezone(UTC)
    path.write_text(
        calendar(
            vevent(
                "acme-2",
                f"{interview:%Y%m%dT%H%M%SZ}",
                "SUMMARY:Second interview – Product Manager at Acme",
                "ORGANIZER;CN=Priya Raman:mailto:priya@acme.example",
                f"ATTENDEE;CN=Me:mailto:{ME}",
                "ATTENDEE;CN=Priya Raman:mailto:priya@acme.example",
                end=f"{interview + timedelta(hours=1):%Y%m%dT%H%M%SZ}",
            )
        )
    )
    owner = Owner(frozenset({ME}), BERLIN)
    mailbox = MemoryMailbox()
    timing = Timing(tz=BERLIN, quiet_hours=None)

    def tick(now: datetime):
        source = IcsSource(str(path), owner, EventCache(store))  # a new process each pass
        return run_once(build_services(source, store, mailbox, timing=timing), now)

    first = tick(NOW)
    assert first.interviews == 1 and detections == [1]
    assert [r.job.kind for r in store.jobs(state=JobState.PENDING)].count(JobKind.BRIEFING) == 1
    second = tick(interview - timedelta(hours=3))  # past the briefing's due time
    assert second.interviews == 1 and detections == [1]  # reused
    assert second.briefings and len(mailbox.inbox) == 1
    mailbox_only = MemoryCalendar([])  # no token: a provider-like source detects again
    run_once(build_services(mailbox_only, store, mailbox, timing=timing), NOW)
    assert detections == [1, 0]
