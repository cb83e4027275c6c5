"""The pages: Upcoming (with each briefing), Drafts, History; and the forms they post.

Every change goes through the functions the CLI uses (``approval.approve``,
``edit``, ``reject``; ``Store.set_override`` as ``mark`` does), under the home's
lock, so the page keeps the CLI's rules: a draft is sent once, and only after an
explicit approval.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from flask import Blueprint, flash, request

from assistant import approval
from assistant.app import BusyError
from assistant.briefing import place_zone
from assistant.dates import format_moment
from assistant.delivery import emails_for_real, sent_report
from assistant.drafting.drafts import OFFER_MARK, draft_marks
from assistant.drafting.marks import (
    address_guessed,
    invite_language,
    language_mark,
    recipient_chosen,
)
from assistant.errors import AssistantError, UsageError
from assistant.models import Draft, DraftState
from assistant.runner import briefing_message
from assistant.services import Services
from assistant.store import InterviewRecord
from assistant.text import SUBJECT_CAP, one_line
from assistant.web.security import framed
from assistant.web.site import PENDING, SYNC_LOCK_WAIT, back_to, page, site

pages = Blueprint("pages", __name__)

HISTORY = (DraftState.SENT, DraftState.REJECTED, DraftState.GONE)


@dataclass(frozen=True)
class InterviewCard:
    """What the Upcoming page shows of one interview."""

    event_id: str
    summary: str
    company: str | None
    role: str | None
    start: datetime
    end: datetime
    own_zone: tzinfo | None
    reasons: tuple[str, ...]
    waiting_drafts: int

    @classmethod
    def of(cls, record: InterviewRecord, user_tz: tzinfo, waiting: int) -> InterviewCard:
        return cls(
            event_id=record.event_id,
            summary=one_line(record.summary) or "(no title)",
            company=record.company,
            role=record.role,
            start=record.start,
            end=record.end,
            own_zone=_own_zone(record, user_tz),
            reasons=tuple(record.detection["verdict"].get("reasons", ())),
            waiting_drafts=waiting,
        )


def _own_zone(record: InterviewRecord, user_tz: tzinfo) -> tzinfo | None:
    """The interview's own zone, when it is a place whose clock reads differently from
    the user's (never UTC: see :func:`assistant.briefing.place_zone`)."""
    return place_zone(record.detection["event"].get("timezone") or "", record.start, user_tz)


# --- Upcoming and briefings --------------------------------------------------------


@pages.get("/")
def upcoming() -> Any:
    """Follow-up interviews still ahead first, then the ones just past (with drafts)."""
    now = site().now()
    with site().store() as store:
        ruled_out = {event_id for event_id, yes in store.overrides().items() if not yes}
        waiting: dict[str, int] = {}
        for draft in store.drafts(states=PENDING):
            waiting[draft.event_id] = waiting.get(draft.event_id, 0) + 1
        cards = [
            InterviewCard.of(record, site().tz, waiting.get(record.event_id, 0))
            for record in store.interviews(active_only=True)
            if record.event_id not in ruled_out
        ]
        ahead = sorted((c for c in cards if c.end > now), key=lambda c: c.start)
        past = sorted((c for c in cards if c.end <= now), key=lambda c: c.start, reverse=True)
        return page("upcoming.html", store, ahead=ahead, past=past)


@pages.get("/briefing")
def briefing() -> Any:
    """One interview's briefing, as it will be (or was) emailed, in a sandboxed frame."""
    event_id = request.args.get("event", "")
    with site().store() as store:
        record = store.interview(event_id)
        card = InterviewCard.of(record, site().tz, 0)
        return page("briefing.html", store, card=card)


@pages.get("/briefing/frame")
def briefing_frame() -> Any:
    """The briefing's HTML part alone: served with a policy of its own, and sandboxed."""
    event_id = request.args.get("event", "")
    now = site().now()
    with site().services(exclusive=False) as services:
        message = briefing_message(services, services.store.interview(event_id), now)
    html = message.get_body(preferencelist=("html",))
    return framed(html.get_content() if html is not None else "")


@pages.post("/interviews/not-an-interview")
def not_an_interview() -> Any:
    """What ``mark EVENT --not-follow-up`` does: never act on it; its waiting drafts are
    withdrawn and its pending jobs dropped, until the mark is undone."""
    from assistant.marks import Marking

    event_id = request.form.get("event", "")
    now = site().now()
    with site().services() as services:
        record = services.store.interview(event_id)
        Marking(services, now).set([event_id], follow_up=False)
    flash(
        f"“{one_line(record.summary, 120)}” is marked as not a follow-up interview; nothing"
        f" more is prepared for it. To undo: interview-assistant mark {event_id} --follow-up",
        "ok",
    )
    return back_to("pages.upcoming")


# --- Drafts ------------------------------------------------------------------------


@pages.get("/drafts")
def drafts() -> Any:
    """The drafts waiting for approval, each editable in place."""
    now = site().now()
    try:
        with site().app.exclusive(wait=SYNC_LOCK_WAIT), site().store() as store:
            approval.sync_gone(site().app.services(store, calendars=()), now)
    except BusyError:
        pass  # a pass is running; it notices gone drafts itself
    except AssistantError as error:
        # A disconnected account or an unreachable mailbox must not hide the drafts.
        flash(f"Could not check your mailbox for drafts handled there: {error}", "error")
    with site().store() as store:
        waiting = store.drafts(states=PENDING)
        local = not emails_for_real(site().app.settings.mail.backend)
        reasons = approval.draft_reasons(site().app.services(store, calendars=()), waiting)
        return page(
            "drafts.html",
            store,
            drafts=waiting,
            offer_mark=OFFER_MARK,
            # Offer requests whose debrief recorded an offer: they thank for it, no mark.
            offer_settled={
                d.id for d in waiting if OFFER_MARK not in draft_marks(d, store.debrief(d.event_id))
            },
            local_mail=local,
            reasons=reasons,
            address_guessed={d.id for d in waiting if address_guessed(d)},
            recipient_chosen={d.id for d in waiting if recipient_chosen(d)},
            language_notes={
                d.id: note
                for d in waiting
                if (note := language_mark(d, invite_language(store, d.event_id)))
            },
        )


@pages.post("/drafts/<id:draft_id>/save")
def save_draft(draft_id: int) -> Any:
    now = site().now()
    with site().services() as services:
        changed = _apply_edits(services, draft_id, now)
    flash("Your changes are saved." if changed else "Nothing had changed.", "ok")
    return back_to("pages.drafts")


@pages.post("/drafts/<id:draft_id>/approve")
def approve_draft(draft_id: int) -> Any:
    """Approve with the text on screen: send now, or at the time given."""
    now = site().now()
    later = request.form.get("when") == "later"
    with site().services() as services:
        at = _send_time(request.form.get("at", ""), services.user.tz, now) if later else None
        _apply_edits(services, draft_id, now)
        draft = approval.approve(services, draft_id, now, at)
    if draft.state is DraftState.SENT:
        flash(sent_report(draft, site().app.settings.mail.backend), "ok")
    else:
        when = draft.send_at.astimezone(site().tz) if draft.send_at else now
        real = emails_for_real(site().app.settings.mail.backend)
        verb = "sent to" if real else "filed in the local Sent folder (not emailed) for"
        flash(
            f"Approved: it will be {verb} {draft.to_header} on "
            f"{format_moment(when, None, site().app.english_locale)},"
            " by the assistant's next pass after that.",
            "ok",
        )
    return back_to("pages.drafts")


@pages.post("/drafts/<id:draft_id>/reject")
def reject_draft(draft_id: int) -> Any:
    now = site().now()
    with site().services() as services:
        draft = approval.reject(services, draft_id, now)
    flash(f"Rejected the draft to {draft.to_header}; it will not be sent.", "ok")
    return back_to("pages.drafts")


def _apply_edits(services: Services, draft_id: int, now: datetime) -> bool:
    """Keep the subject and text from the form when they differ from the stored draft."""
    if "body" not in request.form:
        return False
    draft = services.store.draft(draft_id)
    body = request.form["body"].replace("\r\n", "\n").rstrip() + "\n"
    subject = one_line(request.form.get("subject", draft.subject), SUBJECT_CAP)
    if not body.strip() or not subject:
        raise UsageError("the subject and the message cannot be empty; nothing was changed")
    if (subject, body) == (draft.subject, draft.body):
        return False
    approval.edit(services, draft_id, body, now, subject=subject)
    return True


def _send_time(text: str, tz: tzinfo, now: datetime) -> datetime:
    """A time from the form's date-time field, in the user's zone; it must lie ahead."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise UsageError("pick the date and time to send it at; nothing was sent") from None
    moment = moment if moment.tzinfo else moment.replace(tzinfo=tz)
    if moment <= now:
        raise UsageError("that time has already passed; pick a later one, or send it now")
    return moment


@pages.app_template_filter("rows")
def textarea_rows(text: str, width: int = 72) -> int:
    """Enough rows to show ``text`` whole at about ``width`` characters a line (capped)."""
    lines = text.rstrip("\n").split("\n")
    needed = sum(1 + len(line) // width for line in lines) + 1
    return max(6, min(needed, 30))


# --- History -------------------------------------------------------------------------


@pages.get("/history")
def history() -> Any:
    """Sent, rejected and gone drafts, newest first."""
    with site().store() as store:
        done = sorted(store.drafts(states=HISTORY), key=_finished_at, reverse=True)
        local = not emails_for_real(site().app.settings.mail.backend)
        return page("history.html", store, drafts=done, local_mail=local)


def _finished_at(draft: Draft) -> datetime:
    return draft.sent_at or draft.updated_at
