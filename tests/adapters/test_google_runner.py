"""Google sources inside a whole pass: moves and cancellations reach the jobs, and a
refused Google sign-in costs one clear line while the local calendar carries on."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
import responses
from click.testing import CliRunner

from assistant.app import App
from assistant.cli import cli
from assistant.google.auth import GoogleAccount
from assistant.mail.memory import MemoryMailbox
from assistant.models import JobState
from assistant.paths import Home
from assistant.runner import run_once
from assistant.sources.google import GoogleCalendarSource
from assistant.sources.ics_events import Owner
from assistant.store import Store
from tests.adapters.google_fakes import EVENTS_URL, TOKEN_URL, fixture, make_api, write_token
from tests.conftest import BERLIN, ME, NOW, build_services

ACME = "0a8sl2hn4tqv1mv3acme2nd@google.com"
GLOBEX = "gl0bex7final4round2data@google.com"

ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//interview-assistant tests//EN
BEGIN:VEVENT
UID:initech-round-2@example.com
DTSTAMP:20270401T090000Z
DTSTART;TZID=Europe/Berlin:20270415T110000
DTEND;TZID=Europe/Berlin:20270415T120000
SUMMARY:Second interview: Analyst at Initech
ORGANIZER;CN=Bill Lumbergh:mailto:bill@initech.example
ATTENDEE;CN=Bill Lumbergh;PARTSTAT=ACCEPTED:mailto:bill@initech.example
ATTENDEE;CN=Alex Rivera;PARTSTAT=ACCEPTED:mailto:me@example.com
END:VEVENT
END:VCALENDAR
"""


@responses.activate
def test_a_moved_interview_moves_its_jobs_and_a_cancelled_one_drops_them(
    tmp_path: Path, store: Store
) -> None:
    account = write_token(tmp_path / "google-token.json")
    source = GoogleCalendarSource(
        "primary", make_api(account), Owner(frozenset({ME}), BERLIN), store, lambda: NOW
    )
    services = build_services(source, store, MemoryMailbox())  # type: ignore[arg-type]
    responses.get(EVENTS_URL, json=fixture("events_full_page1.json"))
    responses.get(EVENTS_URL, json=fixture("events_full_page2.json"))
    first = run_once(services, NOW)
    assert not first.errors
    acme_jobs = store.jobs(event_id=ACME, state=JobState.PENDING)
    assert acme_jobs and store.jobs(event_id=GLOBEX, state=JobState.PENDING)
    due_before = {j.job.key: j.job.due_at for j in acme_jobs}

    responses.get(EVENTS_URL, json=fixture("events_moved_and_cancelled.json"))
    later = NOW + timedelta(minutes=5)
    second = run_once(services, later)

    assert not second.errors
    moved = store.interview(ACME)
    assert moved.start.astimezone(BERLIN).day == 14 and moved.active
    due_after = {j.job.key: j.job.due_at for j in store.jobs(event_id=ACME, state=JobState.PENDING)}
    assert due_after.keys() == due_before.keys()  # same keys: the move keeps identities
    assert all(due_after[k] - due_before[k] == timedelta(days=1, hours=2) for k in due_after)
    assert not store.interview(GLOBEX).active
    assert store.jobs(event_id=GLOBEX, state=JobState.PENDING) == []
    assert store.jobs(event_id=GLOBEX, state=JobState.DROPPED)


def google_home(root: Path, ics: Path) -> App:
    root.mkdir(parents=True, exist_ok=True)
    (root / "config.toml").write_text(
        f'[user]\nname = "Alex Rivera"\nemail = "{ME}"\ntimezone = "Europe/Berlin"\n\n'
        f'[calendar]\nics = ["{ics}"]\ngoogle = true\n',
        encoding="utf-8",
    )
    return App.load(Home.at(root))


@responses.activate
def test_invalid_grant_costs_one_line_and_the_local_calendar_carries_on(tmp_path: Path) -> None:
    ics = tmp_path / "local.ics"
    ics.write_text(ICS, encoding="utf-8")
    app = google_home(tmp_path / "home", ics)
    write_token(app.home.google_token, expired=True)
    responses.post(TOKEN_URL, status=400, json=fixture("token_invalid_grant.json"))

    with app.open_store() as store:
        report = run_once(app.services(store), NOW)
        assert len(report.errors) == 1
        assert "interview-assistant connect google" in report.errors[0]
        assert report.calendars_read == [str(ics)]
        assert [i.uid for i in store.interviews(active_only=True)] == [
            "initech-round-2@example.com"
        ]
        assert not GoogleAccount(app.home.google_token).connected

        again = run_once(app.services(store), NOW + timedelta(minutes=5))
        assert len(again.errors) == 1 and again.calendars_read == [str(ics)]
    assert len(responses.calls) == 1  # the refusal is remembered: no crash loop, no hammering


@responses.activate
def test_tick_prints_one_error_line_reads_the_local_calendar_and_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ics = tmp_path / "local.ics"
    ics.write_text(ICS, encoding="utf-8")
    app = google_home(tmp_path / "home", ics)
    write_token(app.home.google_token, expired=True)
    monkeypatch.setenv("INTERVIEW_ASSISTANT_HOME", str(tmp_path / "home"))
    responses.post(TOKEN_URL, status=400, json=fixture("token_invalid_grant.json"))

    for _ in range(2):
        result = CliRunner().invoke(cli, ["tick", "--now", NOW.isoformat()])
        # The local calendar is read; the account needing a new sign-in still fails the
        # pass, so cron and systemd show it (README, exit codes).
        assert result.exit_code == 1, result.output
        assert "1 calendar read" in result.stdout
        errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
        assert len(errors) == 1 and "interview-assistant connect google" in errors[0]
        assert "Traceback" not in result.output
    assert len(responses.calls) == 1
