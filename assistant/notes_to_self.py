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
from assistant.drafting.drafts import day_text, draft_marks, unplanned
from assistant.drafting.marks import invite_language
from assistant.errors import AssistantError
from assistant.i18n import finish, translations
from assistant.models import Detection, Draft, DraftKind, DraftState
from assistant.plan import in_quiet_hours
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


def deliver_debrief_invite(
    services: Services,
    record: InterviewRecord,
    detection: Detection,
    now: datetime,
    report: TickReport | None = None,
) -> bool:
    """Once per interview: invite the debrief and list the drafts made.

    During quiet hours the note is put off (see :func:`deliver_deferred`). Returns
    True when it was delivered now, False when it had been already or was put off;
    a delivered note is named in ``report.notes``.
    """
    store = services.store
    key = f"note/after-interview/{record.event_id}"
    if store.get_meta(key) is not None:
        return False
    if in_quiet_hours(now, services.timing):
        waiting = _deferred(services)
        if record.event_id not in waiting:
            store.set_meta(DEFERRED, json.dumps([*waiting, record.event_id]))
        return False
    drafts = store.drafts(event_id=record.event_id)
    company = one_line(detection.verdict.company, 80)
    # In the user's language, with the language's plural rules (CLDR, via the catalog).
    tr, count = translations(services.renderer.locale), len(drafts)
    if company:
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
    subject = finish(asked.format(company=company, count=count), services.renderer.locale)
    deliver_note(
        services,
        key,
        now,
        subject,
        "notes/after-interview.txt",
        title=one_line(record.summary, 200) or "Your interview",
        day=day_text(record.start.astimezone(services.user.tz), services.renderer.locale),
        event_arg=shlex.quote(record.event_id),
        has_debrief=store.debrief(record.event_id) is not None,
        drafts=_draft_lines(drafts, store),
        missing=[
            one_line(note, 500)
            for note in unplanned(detection, services.profile, store.debrief(record.event_id))
        ],
    )
    store.set_meta(key, now.isoformat())
    if report is not None:
        report.notes.append(subject)
    return True


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
