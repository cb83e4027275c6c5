"""An in-memory notifier: keeps what it was given, for tests and dry runs."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.notify.base import Notice, NotifyError


@dataclass
class MemoryNotifier:
    """Records every notice in ``sent``; with ``failing`` set, refuses them all."""

    sent: list[Notice] = field(default_factory=list)
    failing: bool = False

    @property
    def label(self) -> str:
        return "memory"

    def notify(self, notice: Notice) -> None:
        if self.failing:
            raise NotifyError("the memory notifier was told to fail")
        self.sent.append(notice)
