"""Notes to self: the "How did it go?" note after an interview and the reminder about
drafts left alone. Both go to the user's own inbox, and never during quiet hours.

Quiet hours (``[schedule] quiet_hours``, default 21:00–07:00) are a promise about
everything that arrives: a note due at night waits for the first pass after they end.
The drafts themselves are made on time (they sit in the Drafts folder, which rings
no bell); only the note that announces them waits. Each note goes out once: its key
is kept in the store's meta table once the mailbox has it.
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Iterable
from datetime import datetime

from assistant.codec import detection_from_dict
from assistant.compose import note_to_self
from assistant.dates import format_clock
from assistant.drafting.address_book import address_book
from assistant.drafting.drafts import day_text, draft_marks, unplanned
from assistant.drafting.marks import invite_language
from assistant.drafting.round_parts import round_parts
from assistant.errors import AssistantError
from assistant.i18n import finish, translations
from assistant.models import Detection, Draft, DraftKind, DraftState, JobKind, JobState
from assistant.plan import in_quiet_hours
from assistant.seen_ids import short_id_in
from assistant.services import Services, TickReport
from assistant.store import InterviewRecord, StorePort
from assistant.text import one_line

# Meta key: JSON list of interview ids whose "How did it go?" note waits for quiet hours to end.
DEFERRED = "notes_deferred"


def _draft_lines(drafts: Iterable[Draft], store: StorePort) -> list[dict[str, object]]:
    labels = {
        DraftKind.THANK_YOU: "Thank-you",
        DraftKind.OFFER_REQUEST: "Offer request",
        DraftKind.CHECK_IN: "Check-in",
    }
    return [
        {
            "id": d.id,
            "label": labels[d.kind],
            "to": d.to_header,
            "subject": d.subject,
            "marks": draft_marks(d, store.debrief(d.event_id), invite_language(store, d.event_id)),
        }
        for d in drafts
    ]


def deliver_note(
    services: Services, key: str, now: datetime, subject: str, template: str, **context: object
) -> None:
    """Render ``notes/<template>`` and put it in the user's inbox, once per ``key``."""
    text = services.renderer.render(template, **context)
    message = note_to_self(services.user, subject, text.strip() + "\n", key, now)
    services.checkpoint("note:before-mailbox")
    services.mailbox.deliver(message)
    services.checkpoint("note:after-mailbox")


def _note_key(event_id: str) -> str:
    return f"note/after-interview/{event_id}"


def _drafts_pending(store: StorePort, event_id: str) -> bool:
    return any(
        r.job.kind is JobKind.DRAFTS for r in store.jobs(event_id=event_id, state=JobState.PENDING)
    )


def _put_off(services: Services, event_id: str) -> None:
    waiting = _deferred(services)
    if event_id not in waiting:
        services.store.set_meta(DEFERRED, json.dumps([*waiting, event_id]))


def deliver_debrief_invite(
    services: Services,
    record: InterviewRecord,
    detection: Detection,
    now: datetime,
    report: TickReport | None = None,
) -> bool:
    """Once per interview: invite the debrief and list the drafts made.

    The parts of one round on one day (:func:`round_parts`) are one interview: the
    note waits until the drafts of every part are made, then one note lists them all.
    During quiet hours, or while another part's drafts are still to come, the note is
    put off (see :func:`deliver_deferred`). Returns True when it was delivered now,
    False when it had been already or was put off; a delivered note is named in
    ``report.notes``.
    """
    store = services.store
    key = _note_key(record.event_id)
    if store.get_meta(key) is not None:
        return False
    parts = round_parts(store, record, services.user.tz)
    others_to_come = any(
        _drafts_pending(store, p.event_id) for p in parts if p.event_id != record.event_id
    )
    if in_quiet_hours(now, services.timing) or others_to_come:
        _put_off(services, record.event_id)
        return False
    drafts = [d for p in parts for d in store.drafts(event_id=p.event_id)]
    company = one_line(detection.verdict.company, 80)
    locale = services.renderer.locale
    subject = finish(_after_subject(locale, company, len(drafts)), locale)
    first, last = parts[0], parts[-1]
    debriefed = [p for p in parts if store.debrief(p.event_id) is not None]
    deliver_note(
        services,
        key,
        now,
        subject,
        "notes/after-interview.txt",
        title=one_line(first.summary, 200) or "Your interview",
        day=day_text(first.start.astimezone(services.user.tz), locale),
        parts=[
            {
                "time": format_clock(p.start.astimezone(services.user.tz), locale),
                "title": one_line(p.summary, 120),
            }
            for p in parts
        ]
        if len(parts) > 1
        else [],
        event_arg=shlex.quote(short_id_in(store, last.event_id)),
        has_debrief=bool(debriefed),
        drafts=_draft_lines(drafts, store),
        missing=_not_drafted(services, parts, detection, record),
    )
    for part in parts:  # one note for the round: the other parts' notes are this one
        store.set_meta(_note_key(part.event_id), now.isoformat())
    if report is not None:
        report.notes.append(subject)
    return True


def _after_subject(locale: str, company: str, count: int) -> str:
    """The note's subject, in the user's language with its plural rules (CLDR, via the
    catalog): no count at all when no draft was made."""
    tr = translations(locale)
    if count == 0:
        asked = (
            tr.gettext("How did it go at {company}?") if company else tr.gettext("How did it go?")
        )
    elif company:
        asked = tr.ngettext(
            "How did it go at {company}? {count} draft waiting for your approval",
            "How did it go at {company}? {count} drafts waiting for your approval",
            count,
        )
    else:
        asked = tr.ngettext(
            "How did it go? {count} draft waiting for your approval",
            "How did it go? {count} drafts waiting for your approval",
            count,
        )
    return asked.format(company=company, count=count)


def _not_drafted(
    services: Services, parts: list[InterviewRecord], detection: Detection, record: InterviewRecord
) -> list[str]:
    """What was not drafted for any part, each once, in the parts' order."""
    seen: dict[str, None] = {}
    book = address_book(services.store, services.profile)
    for part in parts:
        found = (
            detection if part.event_id == record.event_id else detection_from_dict(part.detection)
        )
        debrief = services.store.debrief(part.event_id)
        for note in unplanned(found, services.profile, debrief, book):
            seen.setdefault(one_line(note, 500), None)
    return list(seen)


def _deferred(services: Services) -> list[str]:
    return [str(i) for i in json.loads(services.store.get_meta(DEFERRED) or "[]")]


def deliver_deferred(services: Services, now: datetime, report: TickReport) -> None:
    """Deliver the "How did it go?" notes put off by quiet hours, once they have ended.

    A note whose interview is gone from the store is dropped; one the mailbox
    refused stays queued for the next pass (the error is in ``report.errors``).
    """
    waiting = _deferred(services)
    if not waiting or in_quiet_hours(now, services.timing):
        return
    left = []
    for event_id in waiting:
        record = services.store.find_interview(event_id)
        if record is None:
            continue
        try:
            deliver_debrief_invite(
                services, record, detection_from_dict(record.detection), now, report
            )
        except AssistantError as error:
            report.errors.append(f"note after {record.summary!r}: {error}")
            left.append(event_id)
            continue
        if services.store.get_meta(_note_key(event_id)) is None:
            left.append(event_id)  # another part of its round is still to come
    services.store.set_meta(DEFERRED, json.dumps(left))


def send_reminders(services: Services, now: datetime, report: TickReport | None = None) -> bool:
    """At most one short note about drafts left alone; each draft is mentioned once, ever.

    Waits outside quiet hours, so the reminder never arrives at night. A delivered
    reminder is named in ``report.notes``.
    """
    if in_quiet_hours(now, services.timing):
        return False
    waiting = [
        d
        for d in services.store.drafts(states=[DraftState.DRAFTED])
        if d.updated_at <= now - services.remind_after
        and services.store.get_meta(f"reminded/{d.id}") is None
    ]
    if not waiting:
        return False
    key = "reminder/" + ",".join(str(d.id) for d in waiting)
    subject = (
        translations(services.renderer.locale)
        .ngettext(
            "{count} draft still waiting for your approval",
            "{count} drafts still waiting for your approval",
            len(waiting),
        )
        .format(count=len(waiting))
    )
    try:
        deliver_note(
            services,
            key,
            now,
            subject,
            "notes/drafts-reminder.txt",
            drafts=_draft_lines(waiting, services.store),
        )
    except AssistantError as error:
        # A reminder is a courtesy: an outage must not stop the pass; the next one retries.
        services.store.log_activity("warning", f"draft reminder not delivered: {error}", now)
        return False
    for draft in waiting:
        services.store.set_meta(f"reminded/{draft.id}", now.isoformat())
    if report is not None:
        report.notes.append(subject)
    return True
