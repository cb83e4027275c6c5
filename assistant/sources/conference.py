"""The video-meeting link of an event (Meet, Zoom, Teams, Webex…), for every source."""

from __future__ import annotations

import re
from typing import Any

_CONFERENCE_URL = re.compile(
    r"https://(?:[\w-]+\.)*(?:meet\.google\.com|zoom\.us|zoomgov\.com|teams\.microsoft\.com"
    r"|teams\.live\.com|webex\.com|whereby\.com|gotomeeting\.com|chime\.aws|bluejeans\.com)"
    r"/[^\s<>\"'\\)\]]*",
    re.I,
)
# X- properties where clients put the meeting link.
_CONFERENCE_PROPERTIES = (
    "CONFERENCE",
    "URL",
    "X-GOOGLE-CONFERENCE",
    "X-MICROSOFT-SKYPETEAMSMEETINGURL",
    "X-MICROSOFT-ONLINEMEETINGCONFLINK",
    "X-ZOOM-MEETING-URL",
)


def find_conference_url(*texts: str) -> str:
    """The first Meet/Zoom/Teams/… link in ``texts``, or ""; every source uses this."""
    for text in texts:
        match = _CONFERENCE_URL.search(text)
        if match:
            return match.group(0)
    return ""


def conference_url(component: Any, location: str, description: str) -> str:
    """The meeting link of a VEVENT: from the properties clients put it in, else from
    its location or description ("" when there is none)."""
    named = [name for name in _CONFERENCE_PROPERTIES if name in component]  # most have none
    properties = [str(v) for name in named for v in _all(component.get(name))]
    return find_conference_url(*properties, location, description)


def _all(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
