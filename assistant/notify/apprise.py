"""Notifications through Apprise (``[notify] urls``): ntfy, Telegram, Slack, Matrix, Signal…

Apprise is imported when the first notice is sent, never when the notifier is
built, so commands that do not notify (``pipeline``, ``status``, ``drafts``)
never load it. Each URL gets its own Apprise object, so one failing service
neither hides nor blocks the others; the error names the failing ones, redacted.
URL forms: https://github.com/caronc/apprise/wiki (``json://host:port`` posts JSON).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from assistant.notify.base import Notice, NotifyError, redact_notify_url

log = logging.getLogger(__name__)


class AppriseNotifier:
    """Sends each notice to every URL in ``urls`` (Apprise URL syntax)."""

    def __init__(self, urls: Sequence[str]) -> None:
        self.urls = tuple(urls)

    @property
    def label(self) -> str:
        return ", ".join(redact_notify_url(url) for url in self.urls)

    def notify(self, notice: Notice) -> None:
        """Send ``notice`` to every URL; raise NotifyError naming those that failed."""
        import apprise

        # Apprise's own lines print request URLs and payloads, tokens included (a
        # Telegram bot token, an ntfy topic), and would reach stderr through Python's
        # last-resort handler: silence them; the NotifyError below says what failed.
        logging.getLogger("apprise").setLevel(logging.CRITICAL + 1)
        failed = []
        for url in self.urls:
            sender = apprise.Apprise()
            if not sender.add(url):
                failed.append(f"{redact_notify_url(url)} (not a URL Apprise knows)")
                continue
            try:
                delivered = bool(sender.notify(title=notice.title, body=notice.body))
            except Exception as error:  # a plugin's bug must not escape as a crash
                log.debug("apprise raised %s", type(error).__name__)
                delivered = False
            if not delivered:
                failed.append(redact_notify_url(url))
        if failed:
            raise NotifyError(
                "notification not delivered to " + ", ".join(failed),
                fix="check [notify] urls in config.toml and that the service is reachable",
            )
