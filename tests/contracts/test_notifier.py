"""The Notifier contract, run against the in-memory fake and Apprise posting to a local receiver."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.notify import MemoryNotifier
from assistant.notify.apprise import AppriseNotifier
from tests.contracts.notifier_contract import NOTICE, NotifierContract
from tests.notify_receiver import Receiver, receiver  # noqa: F401 (a fixture)


class TestMemoryNotifierContract(NotifierContract):
    @pytest.fixture
    def notifier(self) -> MemoryNotifier:
        return MemoryNotifier()

    @pytest.fixture
    def broken(self) -> MemoryNotifier:
        return MemoryNotifier(failing=True)

    def arrived(self, notifier: Any) -> list[tuple[str, str]]:
        return [(n.title, n.body) for n in notifier.sent]


class TestAppriseNotifierContract(NotifierContract):
    @pytest.fixture
    def notifier(self, receiver: Receiver) -> AppriseNotifier:  # noqa: F811
        made = AppriseNotifier([receiver.url + "/?secret=s3cr3t"])
        made.receiver = receiver  # type: ignore[attr-defined]
        return made

    @pytest.fixture
    def broken(self, receiver: Receiver) -> AppriseNotifier:  # noqa: F811
        receiver.failing = True
        return AppriseNotifier([receiver.url])

    def arrived(self, notifier: Any) -> list[tuple[str, str]]:
        return [(body["title"], body["message"]) for body in notifier.receiver.received]


def test_one_refusing_url_does_not_stop_the_others(receiver: Receiver) -> None:  # noqa: F811
    notifier = AppriseNotifier(["json://127.0.0.1:1", receiver.url])
    with pytest.raises(Exception) as raised:
        notifier.notify(NOTICE)
    assert receiver.titles == [NOTICE.title]
    assert "json://127.0.0.1:1" in str(raised.value)


def test_a_url_apprise_does_not_know_is_a_notify_error_naming_no_secret() -> None:
    from assistant.notify import NotifyError

    with pytest.raises(NotifyError) as raised:
        AppriseNotifier(["nosuchservice://token-s3cr3t@host.example/x"]).notify(NOTICE)
    assert "s3cr3t" not in str(raised.value)


def test_no_secret_reaches_the_log_even_at_debug_level(
    receiver: Receiver,  # noqa: F811
    caplog: pytest.LogCaptureFixture,
) -> None:
    import logging

    caplog.set_level(logging.DEBUG)
    secret_url = f"json://alex:s3cr3t-pw@127.0.0.1:{receiver.port}/hook-s3cr3t"
    AppriseNotifier([secret_url]).notify(NOTICE)
    receiver.failing = True
    with pytest.raises(Exception) as raised:
        AppriseNotifier([secret_url]).notify(NOTICE)
    assert receiver.titles == [NOTICE.title]
    # What the assistant and Apprise log (urllib3's own debug lines never reach the
    # assistant's log file, which only listens to the "assistant" logger).
    ours = [r.getMessage() for r in caplog.records if r.name.startswith(("assistant", "apprise"))]
    assert not [line for line in ours if "s3cr3t" in line]
    assert "s3cr3t" not in str(raised.value)
