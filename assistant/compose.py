"""Turn briefings and drafts into email messages: templates in, ``EmailMessage`` out.

The content decisions live in ``briefing`` and ``drafts``; this module only renders
their context with the templates and wraps the result with ``messages``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime, tzinfo
from email.message import EmailMessage
from typing import Any

from assistant.briefing import BriefingFacts, briefing_context
from assistant.drafting.drafts import PlannedDraft, draft_context, draft_locale_for, draft_subject
from assistant.i18n import DEFAULT_LOCALE, text_locale
from assistant.messages import address, build_message, message_id_for
from assistant.models import Detection, Draft
from assistant.templating import Renderer


@dataclass(frozen=True)
class User:
    """The person the assistant works for."""

    name: str
    email: str
    tz: tzinfo
    signature: str = ""
    locale: str = DEFAULT_LOCALE  # dates, numbers and spelling ([user] locale)
    language: str = "en"  # briefings and notes to self ([user] language)
    # Why briefings are in English though the locale's language is another
    # (:func:`assistant.i18n.briefing_language_note`); "" when they are not.
    language_note: str = ""

    @property
    def mail_address(self) -> str:
        return self.email or "you@localhost"

    @property
    def english_locale(self) -> str:
        """The locale of what is written in English (the terminal's messages, notices,
        the pipeline board): the user's English (``en_GB`` writes "1 Dec, 14:00"), else
        ``en_US`` (:func:`assistant.i18n.text_locale`)."""
        return text_locale(self.locale, "en")


def compose_briefing(
    detection: Detection,
    facts: BriefingFacts,
    user: User,
    renderer: Renderer,
    key: str,
    now: datetime,
) -> EmailMessage:
    """The briefing email, worded in the user's language (``[user] language``) with
    their locale's dates and spelling (:func:`assistant.i18n.text_locale`)."""
    locale = text_locale(user.locale, user.language)
    reminders = (*facts.reminders, user.language_note) if user.language_note else facts.reminders
    context = briefing_context(detection, replace(facts, locale=locale, reminders=reminders))
    me = address(user.mail_address, user.name)
    return build_message(
        sender=address(user.mail_address, "interview-assistant"),
        to=[me],
        subject=context["subject"],
        text=renderer.render_in(locale, "briefing.txt", **context),
        html=renderer.render_in(locale, "briefing.html", **context),
        date=now.astimezone(user.tz),  # Date: in the user's zone
        message_id=message_id_for(key),
        extra_headers={"X-Interview-Assistant": "briefing"},
    )


def render_draft(
    planned: PlannedDraft,
    detection: Detection,
    user: User,
    renderer: Renderer,
    debrief: Mapping[str, Any] | None,
) -> tuple[str, str]:
    """The subject and body of one draft, in the invite's language and register
    (:func:`assistant.drafting.drafts.draft_locale_for`): one template per kind, translated
    through the gettext catalogs."""
    locale = draft_locale_for(detection, user.locale)
    context = draft_context(
        planned,
        detection,
        user_name=user.name,
        signature=user.signature,
        tz=user.tz,
        debrief=debrief,
        locale=locale,
    )
    body = renderer.render_in(locale, f"drafts/{planned.kind.value}.txt", **context)
    # Templates end paragraphs with blank lines; keep at most one between paragraphs.
    body = re.sub(r"\n{3,}", "\n\n", body).strip() + "\n"
    subject = draft_subject(planned.kind, detection, locale, context["offer_discussed"])
    return subject, body


def draft_message(
    draft: Draft, user: User, now: datetime, names: Mapping[str, str] | None = None
) -> EmailMessage:
    """The message for a stored draft, always built from what the store holds (edits included).

    ``names`` (email → display name) puts the recipients' names in the To header;
    non-ASCII names are RFC 2047-encoded by the email policy.
    """
    names = {k.lower(): v for k, v in (names or {}).items()}
    return build_message(
        sender=address(user.mail_address, user.name),
        to=[address(email, names.get(email.lower(), "")) for email in draft.to],
        subject=draft.subject,
        text=draft.body,
        date=now.astimezone(user.tz),  # Date: in the user's zone
        message_id=draft.message_id,
    )


def note_to_self(user: User, subject: str, text: str, key: str, now: datetime) -> EmailMessage:
    """A short message to the user (debrief invitations, draft reminders)."""
    me = address(user.mail_address, user.name)
    return build_message(
        sender=address(user.mail_address, "interview-assistant"),
        to=[me],
        subject=subject,
        text=text,
        date=now.astimezone(user.tz),  # Date: in the user's zone
        message_id=message_id_for(key),
        extra_headers={"X-Interview-Assistant": "note"},
    )
