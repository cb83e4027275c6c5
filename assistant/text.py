"""Untrusted text: event titles, descriptions and names come from strangers.

Everything here is pure. Messages and pages call these helpers instead of
handling raw event text themselves, so the rules live in one place:
no CR/LF in anything that may reach a header, HTML reduced to text, lengths capped.
"""

from __future__ import annotations

import html
import re
import unicodedata
from urllib.parse import urlsplit, urlunsplit

from assistant.models import cap_text

SUBJECT_CAP = 200

_TAG = re.compile(r"<[^>]{0,2000}>")
_BLOCK_TAG = re.compile(r"<\s*(br|/p|p|/div|div|li|/li|tr|/tr|h\d|/h\d)\b[^>]{0,2000}>", re.I)
_SCRIPT = re.compile(r"<\s*(script|style)\b.*?<\s*/\s*\1\s*>", re.I | re.S)
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\x0b\x0c\x85]+")
# Bidi overrides and isolates can make text read differently from what it is.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
# C0 controls but tab and the line breaks handled above, DEL, and the C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_SPACES = re.compile(r"[ \t]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def one_line(text: str | None, limit: int = SUBJECT_CAP) -> str:
    """Collapse ``text`` onto one line fit for a header or a title, capped at ``limit``."""
    if not text:
        return ""
    flat = _LINE_BREAKS.sub(" ", text)
    flat = _CONTROL.sub("", _BIDI_CONTROLS.sub("", flat))
    return cap_text(_SPACES.sub(" ", flat).strip(), limit)


# What a terminal would act on: ANSI/VT escape sequences (CSI, OSC, DCS, SOS, PM, APC,
# two-character ESC sequences), then any remaining C0/C1 control, bidi control or
# other invisible format character (Unicode category Cc, Cf) and line separators.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]|[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|[@-Z\\-_]|.?)"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|[\x90\x98\x9d-\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?",
    re.S,
)


def inert(text: object, *, keep_newlines: bool = False) -> str:
    """``text`` made safe to print on a terminal: nothing in it can act on the terminal.

    Escape sequences (ECMA-48 CSI/OSC/DCS, 7-bit and 8-bit forms) are removed whole;
    every other C0 and C1 control character (Unicode category Cc), format character
    (Cf: bidi overrides and isolates, zero-width marks) and line or paragraph
    separator (U+2028, U+2029, NEL) is replaced: a line break by a space (or kept as
    ``\\n`` when ``keep_newlines``), anything else removed. Tabs become spaces.
    Used wherever event text (titles, names, descriptions, calendar errors) is echoed.
    """
    value = _ESCAPE_SEQUENCE.sub("", str(text))
    out = []
    for char in value:
        if char == "\n" and keep_newlines:
            out.append(char)
        elif char in "\r\n\u2028\u2029\x85\x0b\x0c\t":
            out.append(" ")
        elif unicodedata.category(char) not in ("Cc", "Cf"):
            out.append(char)
    return "".join(out)


def plain_text(text: str | None, limit: int | None = None) -> str:
    """Turn a description that may be HTML into tidy plain text (never markup)."""
    if not text:
        return ""
    if "<" in text and ">" in text:
        text = _SCRIPT.sub("", text)
        text = _BLOCK_TAG.sub("\n", text)
        text = _TAG.sub("", text)
        text = html.unescape(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", _BIDI_CONTROLS.sub("", text))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    tidy = _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
    return cap_text(tidy, limit) if limit else tidy


def redact_url(location: str) -> str:
    """Hide the secret parts of a calendar URL (private iCal links carry a token).

    Paths of files are returned as they are; for URLs only the scheme, host and the
    last path segment's first characters are kept.
    """
    if not re.match(r"^(https?|webcal)://", location, re.I):
        return location
    parts = urlsplit(location)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    segments = [s for s in parts.path.split("/") if s]
    tail = segments[-1] if segments else ""
    shown = f"…/{tail[:4]}…" if len(tail) > 4 or len(segments) > 1 else f"/{tail}"
    return urlunsplit((parts.scheme, host, shown, "", ""))
