"""Calendar sources: everything that turns some calendar into :class:`~assistant.models.Event`.

``base`` holds the protocol; ``ics`` reads files and URLs, ``google`` the Calendar
API, ``memory`` is the in-package fake that tests and the demo use.
"""

from assistant.sources.base import CalendarRead, CalendarSource

__all__ = ["CalendarRead", "CalendarSource"]
