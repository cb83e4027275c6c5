"""Notifications from real passes: once per event, to a local receiver, never in the way."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import cli
from assistant.config import parse_settings
from assistant.errors import ConfigError
from assistant.notify import redact_notify_url
from assistant.notify.apprise import AppriseNotifier
from assistant.runner import run_once
from assistant.services import Services
from assistant.sources.memory import MemoryCalendar
from tests.cli.test_cli_basics import START, configure, interview_ics
from tests.conftest import NOW, make_event
from tests.notify_receiver import Receiver, receiver  # noqa: F401 (a fixture)
from tests.unit.pipeline_events import DAY, globex_first

PAGE = "http://127.0.0.1:8765"
HOUR = timedelta(hours=1)


@pytest.fixture
def notified(services: Services, receiver: Receiver) -> Services:  # noqa: F811
    """Services whose notifier posts to the local receiver, with the page running."""
    services.notifier = AppriseNotifier([receiver.url])
    services.page_address = lambda: PAGE
    services.sources = [
        MemoryCalendar(
            [
                # Tomorrow 05:00: its briefing is due at once (the 24-hour lead has passed).
                make_event(uid="soon", start=NOW + 20 * HOUR),
                # Ended two hours ago: its drafts are due.
                make_event(
                    summary="Second interview at Initech",
                    uid="past",
                    start=NOW - 3 * HOUR,
                ),
            ]
        )
    ]
    return services


def test_a_briefing_and_drafts_each_notify_once(
    notified: Services,
    receiver: Receiver,  # noqa: F811
) -> None:
    run_once(notified, NOW)
    run_once(notified, NOW + timedelta(minutes=5))

    assert sorted(receiver.titles) == ["2 drafts waiting for your approval", "Briefing ready: Acme"]

    run_once(notified, NOW + DAY)  # the other interview is over now: its drafts, once
    run_once(notified, NOW + DAY + HOUR)
    assert len(receiver.titles) == 3
    assert receiver.received[2]["message"].startswith("After “Second interview: Product Manager")
    bodies = {body["title"]: body["message"] for body in receiver.received}
    assert bodies["Briefing ready: Acme"].endswith(f"{PAGE}/briefing?event=soon")
    assert bodies["2 drafts waiting for your approval"].endswith(f"{PAGE}/drafts")


def test_without_the_page_running_no_address_is_given(
    notified: Services,
    receiver: Receiver,  # noqa: F811
) -> None:
    notified.page_address = lambda: ""
    run_once(notified, NOW)
    assert receiver.received and all("127.0.0.1" not in b["message"] for b in receiver.received)


def test_a_failing_receiver_does_not_stop_the_pass_and_is_reported_once(
    notified: Services,
    receiver: Receiver,  # noqa: F811
) -> None:
    receiver.failing = True
    report = run_once(notified, NOW)

    # The real work is done: the briefing delivered, the drafts made.
    assert report.briefings and report.drafts_created
    assert any(m["X-Interview-Assistant"] == "briefing" for m in notified.mailbox.inbox.values())
    [warning] = [w for w in report.warnings if "notification" in w]
    assert warning.startswith(
        "2 notifications not delivered (notification not delivered to json://127.0.0.1"
    )
    assert not report.errors

    receiver.failing = False
    again = run_once(notified, NOW + timedelta(minutes=5))
    assert receiver.received == []  # not repeated: a notice is tried once
    assert not [w for w in again.warnings if "notification" in w]
    problems = notified.store.recent_activity(level="warning")
    assert len([p for p in problems if "notification" in p[2]]) == 1


def test_a_nudge_notifies_once_with_the_pipeline_page(
    services: Services,
    receiver: Receiver,  # noqa: F811
) -> None:
    services.notifier = AppriseNotifier([receiver.url])
    services.page_address = lambda: PAGE
    services.sources = [MemoryCalendar([globex_first(NOW - 3 * HOUR)])]
    run_once(services, NOW)
    for days in (10, 11, 12):
        run_once(services, NOW + days * DAY)

    assert receiver.titles == ["Time to check in with Globex"]
    assert receiver.received[0]["message"].endswith(f"{PAGE}/pipeline")


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("ntfy://ntfy.sh/my-private-topic", "ntfy://ntfy.sh/…/my-p…"),
        ("ntfy://alex:hunter2@ntfy.example.org/topic", "ntfy://ntfy.example.org/…/topi…"),
        ("tgram://123456789:AAH-bot-token/987654", "tgram://…"),
        ("slack://TokenA/TokenB/TokenC/#general", "slack://…"),
        ("json://127.0.0.1:8080", "json://127.0.0.1:8080/"),
        ("not a url", "[a notification URL]"),
    ],
)
def test_notification_urls_are_redacted(url: str, shown: str) -> None:
    assert redact_notify_url(url) == shown


def test_a_bad_notify_url_is_a_config_error_that_repeats_no_secret() -> None:
    with pytest.raises(ConfigError) as raised:
        parse_settings({"notify": {"urls": ["ntfy:/missing-slash/s3cr3t"]}})
    assert "notify.urls" in raised.value.message
    assert "s3cr3t" not in raised.value.message


def test_notify_and_pipeline_settings_parse() -> None:
    settings = parse_settings(
        {
            "notify": {"urls": ["ntfy://ntfy.sh/x"]},
            "pipeline": {"check_in_after": 5},
            "user": {"locale": "ar-SA"},
        }
    )
    assert settings.notify.urls == ("ntfy://ntfy.sh/x",)
    assert (settings.pipeline.check_in_after, settings.user.locale) == (5, "ar_SA")
    with pytest.raises(ConfigError):
        parse_settings({"pipeline": {"check_in_after": -1}})


def test_a_dry_run_sends_no_notification_and_says_which_it_would(
    home: Path,
    tmp_path: Path,
    receiver: Receiver,  # noqa: F811
) -> None:
    configure(home, interview_ics(tmp_path / "cal.ics", START))
    with (home / "config.toml").open("a", encoding="utf-8") as config:
        config.write(f'[notify]\nurls = ["{receiver.url}/?token=s3cr3t"]\n')

    result = CliRunner().invoke(cli, ["tick", "--dry-run", "--now", "2027-04-12T14:00:00Z"])

    assert result.exit_code == 0, result.output
    assert receiver.received == []
    assert (
        f"would notify to json://127.0.0.1:{receiver.port}/: Briefing ready: Acme" in result.output
    )
    assert "s3cr3t" not in result.output


def test_nothing_rings_in_quiet_hours_the_notice_waits_for_them_to_end(
    services: Services,
    receiver: Receiver,  # noqa: F811
) -> None:
    services.notifier = AppriseNotifier([receiver.url])
    evening = NOW.replace(hour=19, minute=30)  # ends 20:30; its drafts are due at 21:00
    services.sources = [MemoryCalendar([make_event(uid="late", start=evening)])]
    run_once(services, NOW)
    assert receiver.titles == ["Briefing ready: Acme"]  # at 09:00, at once
    receiver.received.clear()

    run_once(services, NOW.replace(hour=21, minute=5))  # the drafts are made, quietly
    assert services.store.drafts() and receiver.received == []

    run_once(services, NOW.replace(hour=6, minute=55) + DAY)
    assert receiver.received == []
    run_once(services, NOW.replace(hour=7, minute=0) + DAY)
    run_once(services, NOW.replace(hour=7, minute=5) + DAY)
    assert receiver.titles == ["2 drafts waiting for your approval"]
