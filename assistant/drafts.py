"""What goes into each draft an interview gets. Pure.

After a follow-up interview: one thank-you per interviewer, and one request for
the offer in writing to whoever scheduled it. Nothing here sends anything; the
runner stores the drafts and the user approves them.

Three rules shape this module:

- Only people get messages: never the user (their addresses and own domain),
  rooms, resources, mailing lists, no-reply robots or applicant-tracking systems.
- A draft must read complete as it stands, since the user may send it straight
  from their mail client: a missing name gives "Hello,", never "Hi [name],".
- What the user told ``debrief`` makes it personal: a line about each interviewer,
  the topics, and the offer's figure when one was discussed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime, tzinfo
from typing import Any

from assistant.detect.names import formal_name, given_name
from assistant.draft_plan import (
    PlannedDraft,
    draft_key,
    is_addressable,
    is_mine,
    plan_drafts,
    seniority,
    unplanned,
)
from assistant.models import Attendee, Detection, Draft, DraftKind
from assistant.text import one_line

__all__ = [
    "GUESS_MARK",
    "OFFER_MARK",
    "PlannedDraft",
    "day_text",
    "draft_context",
    "draft_key",
    "draft_marks",
    "draft_subject",
    "first_name",
    "is_addressable",
    "is_mine",
    "plan_drafts",
    "role_alone",
    "seniority",
    "unplanned",
]


# Shown beside the offer request in `drafts list`, the web page and the note to self;
# never inside the message itself.
OFFER_MARK = "send if an offer was discussed"
GUESS_MARK = "recipient guessed: check it before approving"

# --- names and greetings ---------------------------------------------------------------


def first_name(attendee: Attendee) -> str:
    """The name to greet someone by, or "" when there is none to be trusted.

    ``"Priya Raman, PhD"``, ``"Okafor, Samuel"``, ``"Dr. Omar Haddad"`` and
    ``jane.doe@…`` give the given name; see :func:`assistant.detect.names.given_name`.
    The templates greet with "Hello," when it is "".
    """
    return given_name(one_line(attendee.name, 160), attendee.email)


# --- dates and subjects, per language ------------------------------------------------------

_DAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
}
_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
}
_AND = {"en": "and", "de": "und"}


def day_text(moment: datetime, language: str) -> str:
    """``Tuesday 13 April`` / ``Dienstag, 13. April``: the day, without the year."""
    language = language if language in _DAYS else "en"
    weekday = _DAYS[language][moment.weekday()]
    month = _MONTHS[language].split()[moment.month - 1]
    if language == "de":
        return f"{weekday}, {moment.day}. {month}"
    return f"{weekday} {moment.day} {month}"


def role_alone(role: str, company: str) -> str:
    """The role without the employer tacked on: ``Data Analyst, Globex`` → ``Data Analyst``.

    The drafts name the company themselves; saying it twice reads like a form.
    """
    if role and company:
        tail = rf"\s*(?:,|\||@|\s[-\u2013\u2014]|\bat\b|\bbei\b)\s*{re.escape(company)}\s*$"
        role = re.sub(tail, "", role, flags=re.I).strip() or role
    return role


_SUBJECTS: dict[tuple[str, DraftKind], tuple[str, str, str, str]] = {
    # (role and company, role only, company only, neither)
    ("en", DraftKind.THANK_YOU): (
        "Thank you — {role} interview at {company}",
        "Thank you — {role} interview",
        "Thank you — interview at {company}",
        "Thank you for your time",
    ),
    ("en", DraftKind.OFFER_REQUEST): (
        "Next steps — {role} at {company}",
        "Next steps — {role}",
        "Next steps — {company}",
        "Next steps",
    ),
    ("de", DraftKind.THANK_YOU): (
        "Vielen Dank für das Gespräch — {role} bei {company}",
        "Vielen Dank für das Gespräch — {role}",
        "Vielen Dank für das Gespräch — {company}",
        "Vielen Dank für das Gespräch",
    ),
    ("de", DraftKind.OFFER_REQUEST): (
        "Nächste Schritte — {role} bei {company}",
        "Nächste Schritte — {role}",
        "Nächste Schritte — {company}",
        "Nächste Schritte",
    ),
}


def draft_subject(kind: DraftKind, detection: Detection, language: str = "en") -> str:
    """The subject line; event text in it is flattened to one safe line."""
    verdict = detection.verdict
    company = one_line(verdict.company, 80)
    role = role_alone(one_line(verdict.role, 80), company)
    forms = _SUBJECTS.get((language, kind)) or _SUBJECTS[("en", kind)]
    form = forms[0 if role and company else 1 if role else 2 if company else 3]
    return one_line(form.format(role=role, company=company))


# --- the template context ---------------------------------------------------------------


def _sentence(note: str) -> bool:
    """A note the user wrote as a whole sentence ("Loved the demo.") is quoted as is."""
    return bool(note) and note[:1].isupper() and note.endswith((".", "!", "?"))


def _join(items: list[str], language: str) -> str:
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {_AND.get(language, 'and')} {items[-1]}"


def draft_marks(draft: Draft) -> list[str]:
    """What the user should know about a draft before sending it (never in the message)."""
    marks = []
    if draft.kind is DraftKind.OFFER_REQUEST:
        marks.append(OFFER_MARK)
    if draft.guessed_recipient:
        marks.append(GUESS_MARK)
    if draft.edited:
        marks.append("edited by you")
    return marks


def draft_context(
    planned: PlannedDraft,
    detection: Detection,
    *,
    user_name: str,
    signature: str,
    tz: tzinfo,
    debrief: Mapping[str, Any] | None = None,
    language: str = "en",
) -> dict[str, Any]:
    """The template context for ``drafts/[<lang>/]<kind>.txt``.

    Every value is already flattened and capped, so a template can print it
    as it is. Empty values are "" (or []), for ``{% if %}`` in the template.
    """
    event, verdict = detection.event, detection.verdict
    debrief = debrief or {}
    notes = {k.lower(): v for k, v in (debrief.get("notes") or {}).items()}
    note = one_line(notes.get(planned.recipient.email.lower(), ""), 300)
    is_sentence = _sentence(note)
    if note and not is_sentence:
        note = note.rstrip(".;:,!? ")
    topics = [one_line(t, 200) for t in debrief.get("topics", []) if one_line(t, 200)]
    local = event.start.astimezone(tz)
    return {
        "language": language,
        "greeting_name": first_name(planned.recipient),
        # "Frau Dr. Vogel" when the name says Frau or Herr: German drafts open formally.
        "formal_name": one_line(formal_name(planned.recipient.name), 120),
        "recipient_name": one_line(planned.recipient.name, 120),
        "recipient": planned.recipient,
        "company": one_line(verdict.company, 120),
        "role": role_alone(one_line(verdict.role, 120), one_line(verdict.company, 120)),
        "day": local,
        "day_text": day_text(local, language),
        "note": note,
        "note_is_sentence": is_sentence,
        "topics": topics,
        "topic_text": _join(topics[:2], language),
        "offer_discussed": bool(debrief.get("offer_discussed")),
        "figure": one_line(debrief.get("figure", ""), 100),
        "user_name": one_line(user_name, 80),
        "signature": (signature or "").strip() or one_line(user_name, 80),
        "guessed_recipient": planned.guessed_recipient,
        "met_several": planned.interviewers > 1,
    }
