"""Turn briefings and drafts into email messages: templates in, ``EmailMessage`` out.

The content decisions live in ``briefing`` and ``drafts``; this module only renders
their context with the templates and wraps the result with ``messages``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from email.message import EmailMessage
from typing import Any

from assistant.briefing import BriefingFacts, briefing_context
from assistant.drafts import PlannedDraft, draft_context, draft_subject
from assistant.messages import address, build_message, message_id_for
from assistant.models import Detection, Draft, DraftKind
from assistant.templating import Renderer

# Languages with their own draft templates; others fall back to English.
DRAFT_LANGUAGES = ("en", "de")


@dataclass(frozen=True)
class User:
    """The person the assistant works for."""

    name: str
    email: str
    tz: tzinfo
    signature: str = ""

    @property
    def mail_address(self) -> str:
        return self.email or "you@localhost"


def compose_briefing(
    detection: Detection,
    facts: BriefingFacts,
    user: User,
    renderer: Renderer,
    key: str,
    now: datetime,
) -> EmailMessage:
    context = briefing_context(detection, facts)
    me = address(user.mail_address, user.name)
    return build_message(
        sender=address(user.mail_address, "interview-assistant"),
        to=[me],
        subject=context["subject"],
        text=renderer.render("briefing.txt", **context),
        html=renderer.render("briefing.html", **context),
        date=now,
        message_id=message_id_for(key),
        extra_headers={"X-Interview-Assistant": "briefing"},
    )


def draft_template(kind: DraftKind, language: str, renderer: Renderer) -> str:
    """``drafts/de/thank-you.txt`` when it exists for the invite's language, else English."""
    if language in DRAFT_LANGUAGES and language != "en":
        localized = f"drafts/{language}/{kind.value}.txt"
        if renderer.has(localized):
            return localized
    return f"drafts/{kind.value}.txt"


def render_draft(
    planned: PlannedDraft,
    detection: Detection,
    user: User,
    renderer: Renderer,
    debrief: dict[str, Any] | None,
) -> tuple[str, str]:
    """The subject and body of one draft."""
    context = draft_context(
        planned,
        detection,
        user_name=user.name,
        signature=user.signature,
        tz=user.tz,
        debrief=debrief,
    )
    body = renderer.render(
        draft_template(planned.kind, detection.verdict.language, renderer), **context
    )
    return draft_subject(planned.kind, detection), body.strip() + "\n"


def draft_message(draft: Draft, user: User, now: datetime) -> EmailMessage:
    """The message for a stored draft, always built from what the store holds (edits included)."""
    return build_message(
        sender=address(user.mail_address, user.name),
        to=[address(email) for email in draft.to],
        subject=draft.subject,
        text=draft.body,
        date=now,
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
        date=now,
        message_id=message_id_for(key),
        extra_headers={"X-Interview-Assistant": "note"},
    )
