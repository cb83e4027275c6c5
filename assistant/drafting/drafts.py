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

from babel.lists import format_list

from assistant.detect.who.names import given_name
from assistant.detect.who.persons import is_named_person, person_name
from assistant.drafting.addressed_note import address_note
from assistant.drafting.job_form import role_to_employer
from assistant.drafting.marks import GUESS_MARK, OFFER_MARK, draft_marks
from assistant.drafting.plan import (
    PlannedDraft,
    draft_key,
    is_addressable,
    is_mine,
    plan_drafts,
    seniority,
    unplanned,
)
from assistant.drafting.salutation import (
    FORMAL,
    INFORMAL,
    Addressee,
    addressee,
    register,
    salutation,
    team_salutation,
)
from assistant.i18n import N_, draft_locale, finish, language_of, translations
from assistant.models import Attendee, Detection, DraftKind
from assistant.templating import format_day
from assistant.text import one_line

__all__ = [
    "GUESS_MARK",
    "OFFER_MARK",
    "PlannedDraft",
    "day_text",
    "draft_context",
    "draft_key",
    "draft_locale_for",
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


# How the notes to self name each kind of draft (translated there too).
KIND_LABELS = {DraftKind.THANK_YOU: N_("Thank-you"), DraftKind.OFFER_REQUEST: N_("Offer request")}

# --- names and greetings ---------------------------------------------------------------


def first_name(attendee: Attendee, company: str | None = None) -> str:
    """The name to greet someone by, or "" when there is none to be trusted.

    ``"Priya Raman, PhD"``, ``"Okafor, Samuel"``, ``"Dr. Omar Haddad"`` and
    ``jane.doe@…`` give the given name; see :func:`assistant.detect.who.names.given_name`.
    An organisation or a shared mailbox (``"Stichting Wijkkracht"``, ``seleccion@…``;
    ``company`` is the employer detection found: :func:`assistant.detect.who.persons.is_named_person`)
    gives "". The templates greet with "Hello," when it is "".
    """
    if not is_named_person(attendee, company):
        return ""
    return given_name(one_line(person_name(attendee, company), 160), attendee.email)


# --- the locale a draft is written in ---------------------------------------------------


def draft_locale_for(detection: Detection, user_locale: str) -> str:
    """The invite's language (:func:`assistant.i18n.draft_locale`), with ``@informal``
    when the invite speaks to the user informally ("du", "tú", first names):
    ``de_DE@informal`` picks the "du" wording of the body and a first-name greeting."""
    event = detection.event
    locale = draft_locale(detection.verdict.language, user_locale)
    how = register(f"{event.summary}\n{event.description}", language_of(locale))
    return f"{locale}@informal" if how == INFORMAL else locale


# --- dates and subjects, per locale ------------------------------------------------------


def day_text(moment: datetime, locale: str = "en") -> str:
    """``Tuesday, April 13`` (en_US) / ``Dienstag, 13. April`` (de): the day, without the
    year, in ``locale`` (Babel, CLDR)."""
    return format_day(moment, locale)


def role_alone(role: str, company: str) -> str:
    """The role without the employer tacked on: ``Data Analyst, Globex`` → ``Data Analyst``.

    The drafts name the company themselves; saying it twice reads like a form.
    """
    if role and company:
        tail = rf"\s*(?:,|\||@|\s[-\u2013\u2014]|\bat\b|\bbei\b)\s*{re.escape(company)}\s*$"
        role = re.sub(tail, "", role, flags=re.I).strip() or role
    return role


def draft_subject(
    kind: DraftKind, detection: Detection, locale: str = "en", offer_discussed: bool = False
) -> str:
    """The subject line in ``locale``; event text in it is flattened to one safe line.

    The offer request's subject says "Next steps" before an offer and thanks for
    the offer once ``debrief --offer-discussed`` recorded one.
    """
    _ = translations(locale).gettext
    verdict = detection.verdict
    company = one_line(verdict.company, 80)
    role = role_to_employer(role_alone(one_line(verdict.role, 80), company))
    if kind is DraftKind.THANK_YOU:
        forms = (
            _("Thank you — {role} interview at {company}"),
            _("Thank you — {role} interview"),
            _("Thank you — interview at {company}"),
            _("Thank you for your time"),
        )
    elif offer_discussed:
        forms = (
            _("Thank you for the offer — {role} at {company}"),
            _("Thank you for the offer — {role}"),
            _("Thank you for the offer — {company}"),
            _("Thank you for the offer"),
        )
    else:
        forms = (
            _("Next steps — {role} at {company}"),
            _("Next steps — {role}"),
            _("Next steps — {company}"),
            _("Next steps"),
        )
    form = forms[0 if role and company else 1 if role else 2 if company else 3]
    return one_line(finish(form.format(role=role, company=company), locale))


# --- the template context ---------------------------------------------------------------


def _join(items: list[str], locale: str) -> str:
    """``a and b`` / ``a und b`` / ``a et b`` / ``a y b``: Babel's list patterns (CLDR)."""
    return format_list(items, locale=locale.split("@")[0]) if items else ""


def draft_context(
    planned: PlannedDraft,
    detection: Detection,
    *,
    user_name: str,
    signature: str,
    tz: tzinfo,
    debrief: Mapping[str, Any] | None = None,
    locale: str = "en_US",
) -> dict[str, Any]:
    """The template context for ``drafts/<kind>.txt``, rendered in ``locale``.

    ``salutation`` is the whole greeting line in the invite's register
    (:mod:`assistant.drafting.salutation`); ``note_kind`` says how the debrief note about the
    recipient is framed (:mod:`assistant.drafting.addressed_note`). Every value is already
    flattened and capped, so a template can print it as it is. Empty values are ""
    (or []), for ``{% if %}`` in the template.
    """
    event, verdict = detection.event, detection.verdict
    debrief = debrief or {}
    recipient = planned.recipient
    invite_text = f"{event.summary}\n{event.description}"
    language = locale.split("_")[0].split("@")[0]
    company = one_line(verdict.company, 120)
    named = is_named_person(recipient, verdict.company)
    person = (
        addressee(
            one_line(person_name(recipient, verdict.company), 160),
            invite_text,
            first_name(recipient, verdict.company),
            language,
        )
        if named
        else Addressee()
    )
    how = INFORMAL if "@informal" in locale else FORMAL
    greeting = salutation(person, language, how) if named else team_salutation(language, how)
    notes = {k.lower(): v for k, v in (debrief.get("notes") or {}).items()}
    note = address_note(
        one_line(notes.get(recipient.email.lower(), ""), 300),
        person.given,
        person.family,
        language,
    )
    topics = [one_line(t, 200) for t in debrief.get("topics", []) if one_line(t, 200)]
    local = event.start.astimezone(tz)
    return {
        "language": language,
        "salutation": greeting,
        "greeting_name": person.given,
        "recipient_name": one_line(recipient.name, 120),
        "recipient": recipient,
        "company": company,
        "role": role_to_employer(role_alone(one_line(verdict.role, 120), company)),
        "day": local,
        "day_text": day_text(local, locale),
        "note": note.text,
        "note_kind": note.kind if note.text else "",
        "topics": topics,
        "topic_text": _join(topics[:2], locale),
        "offer_discussed": bool(debrief.get("offer_discussed")),
        "figure": one_line(debrief.get("figure", ""), 100),
        "user_name": one_line(user_name, 80),
        "signature": (signature or "").strip() or one_line(user_name, 80),
        "guessed_recipient": planned.guessed_recipient,
        "met_several": planned.interviewers > 1,
    }
