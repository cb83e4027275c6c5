"""The HTML body Outlook writes in ``X-ALT-DESC``, read as the description's text.

Outlook (and Exchange) put the invite's formatted body in ``X-ALT-DESC;FMTTYPE=text/html``
and a plain ``DESCRIPTION`` beside it that is sometimes empty, or cut shorter than the
body. The HTML is read as text only when it adds text the plain description lacks:

- an empty DESCRIPTION is replaced by the body's text;
- a DESCRIPTION whose words the body holds nearly all of is replaced by the (fuller) body;
- otherwise the body's text is added after the description, when it brings new words.

icalendar does not unescape unknown ``X-`` properties, so the TEXT escapes of RFC 5545
§3.3.11 (``\\,`` ``\\;`` ``\\n`` ``\\\\``) are undone here.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.text import plain_text

_ESCAPE = re.compile(r"\\([\\,;nN])")
# Table cells end without a line break: keep their words apart.
_CELL_END = re.compile(r"<\s*/\s*t[dh]\s*>", re.I)
_WORD = re.compile(r"\w+")
NEW_WORDS = 3  # fewer new words than this: the body only repeats the description
MISSING_SHARE = 0.1  # the body may lack this share of the description's words and replace it


def _unescaped(value: str) -> str:
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def html_body_text(component: Any) -> str:
    """The plain text of the component's ``X-ALT-DESC`` (``""`` when it has none).

    ``component``: an icalendar VEVENT (anything with ``get``). A property given twice
    keeps the first; a body not marked ``text/html`` is read as it is."""
    value = component.get("X-ALT-DESC")
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None:
        return ""
    text = _unescaped(str(value))
    return plain_text(_CELL_END.sub(" \t", text))


def with_html_body(description: str, body: str) -> str:
    """``description`` (DESCRIPTION's text) completed by ``body`` (X-ALT-DESC's text).

    Returns ``description`` unchanged when ``body`` adds fewer than :data:`NEW_WORDS`
    words; ``body`` when the description is empty or ``body`` holds all but
    :data:`MISSING_SHARE` of its words; else both, description first."""
    if not body:
        return description
    if not description.strip():
        return body
    own = {w.casefold() for w in _WORD.findall(description)}
    theirs = {w.casefold() for w in _WORD.findall(body)}
    if len(theirs - own) < NEW_WORDS:
        return description
    if len(own - theirs) <= MISSING_SHARE * len(own):
        return body
    return f"{description}\n\n{body}"
