"""Turn briefings and drafts into email messages: templates in, ``EmailMessage`` out.

The content decisions live in ``briefing`` and ``drafts``; this module only renders
their context with the templates and wraps the result with ``messages``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
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


def draft_language(kind: DraftKind, language: str, renderer: Renderer) -> str:
    """The invite's language when a draft template exists for it, else ``en``.

    ``de``, ``de-DE`` and ``DE`` all name German.
    """
    wanted = (language or "en").replace("_", "-").split("-", 1)[0].lower()
    localized = f"drafts/{wanted}/{kind.value}.txt"
    if wanted in DRAFT_LANGUAGES and wanted != "en" and renderer.has(localized):
        return wanted
    return "en"


def draft_template(kind: DraftKind, language: str, renderer: Renderer) -> str:
    """``drafts/de/thank-you.txt`` when it exists for the invite's language, else English."""
    chosen = draft_language(kind, language, renderer)
    return f"drafts/{kind.value}.txt" if chosen == "en" else f"drafts/{chosen}/{kind.value}.txt"


def render_draft(
    planned: PlannedDraft,
    detection: Detection,
    user: User,
    renderer: Renderer,
    debrief: Mapping[str, Any] | None,
) -> tuple[str, str]:
    """The subject and body of one draft, in the invite's language when a template has it."""
    language = draft_language(planned.kind, detection.verdict.language, renderer)
    context = draft_context(
        planned,
        detection,
        user_name=user.name,
        signature=user.signature,
        tz=user.tz,
        debrief=debrief,
        language=language,
    )
    body = renderer.render(draft_template(planned.kind, language, renderer), **context)
    # Templates end paragraphs with blank lines; keep at most one between paragraphs.
    body = re.sub(r"\n{3,}", "\n\n", body).strip() + "\n"
    return draft_subject(planned.kind, detection, language), body


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
