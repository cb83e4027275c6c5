"""What every Notifier must do (``assistant.notify.base.Notifier``).

Subclasses give ``notifier`` (a working one), ``broken`` (one whose destination
refuses) and ``arrived`` (the titles and bodies that reached the destination).
"""

from __future__ import annotations

from typing import Any

import pytest

from assistant.notify import Notice, NotifyError

NOTICE = Notice("notice/test/1", "Briefing ready: Acme", "Your briefing is in your inbox.")


class NotifierContract:
    def arrived(self, notifier: Any) -> list[tuple[str, str]]:
        raise NotImplementedError

    def test_a_notice_arrives_with_its_title_and_body(self, notifier: Any) -> None:
        notifier.notify(NOTICE)
        assert self.arrived(notifier) == [(NOTICE.title, NOTICE.body)]

    def test_notices_arrive_in_order_each_once(self, notifier: Any) -> None:
        second = Notice("notice/test/2", "2 drafts waiting for your approval", "After it.")
        notifier.notify(NOTICE)
        notifier.notify(second)
        assert [title for title, _ in self.arrived(notifier)] == [NOTICE.title, second.title]

    def test_a_refusing_destination_raises_notify_error(self, broken: Any) -> None:
        with pytest.raises(NotifyError):
            broken.notify(NOTICE)

    def test_the_label_names_no_secret(self, notifier: Any) -> None:
        assert "secret" not in notifier.label
        assert notifier.label
