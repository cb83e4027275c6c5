"""Text that a producer broke across raw lines instead of escaping its line breaks.

RFC 5545 §3.3.11 writes a line break inside a TEXT value as ``\\n``, and §3.1 folds a
long content line by starting each continuation with a space or a tab. Some
producers (hand-written exports, mail merges, scripts) write the description's line
breaks as real ones instead::

    DESCRIPTION:Sehr geehrter Herr Okoro,
    wir freuen uns\\, Sie zu einem Zweitgespräch einzuladen. Bitte bereiten Sie …

icalendar reads ``wir freuen uns…`` as a content line without a name, records an
error and drops it: the invite's text loses everything after its first line, and
with it the people named, the request to prepare and the employer. Here such a line
is joined back to the text property before it as the line break it stood for, and
the caller is told how many were.

A line is taken for broken-off text only when it is no content line (RFC 5545 §3.1: a
name of letters, digits and hyphens, then ``;`` or ``:``), or when its "name" is prose
("Passcode: 123", "Agenda:"): written in mixed case and no property of RFC 5545 §8.3.2
or RFC 7986 §5, nor an ``X-`` one. And only after a TEXT property (SUMMARY, DESCRIPTION,
LOCATION, COMMENT or an ``X-`` one); elsewhere it is left to icalendar. The Exchange
2010 invite of ics-parser's issue 343 (in ``../shared/corpus``) is written this way.
"""

from __future__ import annotations

import re

# A content line's start (§3.1): a name, then its parameters or its value.
_CONTENT_LINE = re.compile(r"[A-Za-z0-9-]+[;:]")
# Any line that is neither a fold (space or tab first) nor a content line in upper case:
# the cheap test that leaves nearly every calendar untouched.
_SUSPECT = re.compile(r"^(?![ \t])(?![A-Z0-9-]+[;:])[^\r\n]", re.M)
# RFC 5545 §8.3.2 properties and components' BEGIN/END, and RFC 7986 §5's: the names a
# producer may write in lower or mixed case (they are case-insensitive, §2.1).
_NAMES = frozenset(
    """BEGIN END CALSCALE METHOD PRODID VERSION ATTACH CATEGORIES CLASS COMMENT DESCRIPTION
    GEO LOCATION PERCENT-COMPLETE PRIORITY RESOURCES STATUS SUMMARY COMPLETED DTEND DUE
    DTSTART DURATION FREEBUSY TRANSP TZID TZNAME TZOFFSETFROM TZOFFSETTO TZURL ATTENDEE
    CONTACT ORGANIZER RECURRENCE-ID RELATED-TO URL UID EXDATE RDATE RRULE ACTION REPEAT
    TRIGGER CREATED DTSTAMP LAST-MODIFIED SEQUENCE REQUEST-STATUS NAME REFRESH-INTERVAL
    SOURCE COLOR IMAGE CONFERENCE""".split()  # noqa: SIM905 (a table to read)
)
# Properties whose value is TEXT (RFC 5545 §3.8.1.5, §3.8.1.12, §3.8.1.7, §3.8.1.4) and
# the X- ones producers use for text (X-ALT-DESC, X-MICROSOFT-…).
_TEXT_PROPERTIES = ("SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "X-")


def rejoin_broken_lines(text: str) -> tuple[str, int]:
    """``text`` with each raw line that broke off a TEXT value joined back to it as an
    escaped line break (``\\n``), and how many lines were joined (0: ``text`` itself).

    Linear in the length of ``text``; a calendar with no such line is not split.
    """
    if _SUSPECT.search(text) is None:
        return text, 0
    lines = text.split("\n")
    joined = 0
    name = ""  # the name of the content line the current one would continue
    for index, line in enumerate(lines):
        if line[:1] in (" ", "\t"):
            continue  # a fold: it continues the same property
        head = _CONTENT_LINE.match(line)
        if head is not None:
            written = head.group(0)[:-1]
            upper = written.upper()
            if written == upper or upper in _NAMES or upper.startswith("X-"):
                name = upper
                continue
        if line.strip("\r") and name.startswith(_TEXT_PROPERTIES):
            lines[index] = " \\n" + line  # a fold that restores the line break
            joined += 1
    return ("\n".join(lines), joined) if joined else (text, 0)
