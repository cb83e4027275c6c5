"""``drafts`` (list, show, edit, approve, reject); ``debrief`` is in ``cli.debrief``.

Each command reads its input, calls ``approval``, and prints the outcome; the
rules (what may be sent, what an edit protects) live in ``approval``. Commands
that change something hold the home's lock, but never while a person is typing
(the editor, the debrief's questions), so a pass is never kept waiting on them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

import click

from assistant.cli.common import load_app, now_option, now_or, parse_when
from assistant.dates import format_moment, reason_in_locale
from assistant.delivery import (
    SEND_FOR_REAL,
    emails_for_real,
    final_words,
    refuse_before_made,
    refuse_final,
    send_verb,
    sent_report,
    state_words,
)
from assistant.drafting.listing import draft_reasons, gone_from_mailbox, notice_gone
from assistant.drafting.marks import OFFER_MARK, draft_marks, invite_language
from assistant.errors import UsageError
from assistant.i18n import join_words
from assistant.models import Draft, DraftState
from assistant.ops.pass_log import simulated_times

# Approval, composing and detection are imported where a command needs them: `drafts
# list` reads the store (and the mailbox, to notice drafts gone from it), nothing more.
if TYPE_CHECKING:
    from assistant.app import App
    from assistant.services import Services
    from assistant.store import Store

EMPTY = "No drafts waiting. They appear after each follow-up interview."
_INSTANCE = re.compile(r"^(?P<uid>.+)@\d{8}T\d{6}Z$")


@contextmanager
def services_for_drafts(app: App, now: datetime, *, lock: bool = True) -> Iterator[Services]:
    """The services (without calendars), under the home's lock, gone drafts already noticed."""
    from assistant import approval

    with app.exclusive() if lock else _nothing(), app.open_store() as store:
        services = app.services(store, calendars=())
        if lock:
            approval.sync_gone(services, now)
        yield services


@contextmanager
def _nothing() -> Iterator[None]:
    yield


SIMULATED_AGE = "made in a simulated pass"


def age(draft: Draft, now: datetime, simulated: Collection[datetime] = ()) -> str:
    """``5 minutes``, ``3 hours``, ``2 days``: how long the draft has been waiting.

    A draft made by a pass at a simulated time (``tick --now``; ``simulated`` holds
    those times when ``now`` is the wall clock) or after ``now`` has no age on this
    clock: :data:`SIMULATED_AGE`.
    """
    from assistant.durations import in_words

    if draft.created_at in simulated or draft.created_at > now:
        return SIMULATED_AGE
    return in_words(now - draft.created_at, parts=1)


def interview_uid(store: Store, draft: Draft) -> str:
    """The calendar UID of the draft's interview (the event id without its instance part)."""
    record = store.find_interview(draft.event_id)
    if record is not None:
        return record.uid
    match = _INSTANCE.match(draft.event_id)
    return match.group("uid") if match else draft.event_id


def draft_json(
    store: Store,
    draft: Draft,
    now: datetime,
    reason: str = "",
    simulated: Collection[datetime] = (),
) -> dict[str, object]:
    """One draft in ``drafts list --json``: ``id``, ``state``, ``kind``, ``to``, ``subject``,
    ``interview_uid``, ``reason`` (why the draft exists), and more."""
    marks = draft_marks(
        draft, store.debrief(draft.event_id), invite_language(store, draft.event_id)
    )
    return {
        "reason": reason or None,
        "id": draft.id,
        "state": draft.state.value,
        "kind": draft.kind.value,
        "to": draft.to_header,
        "subject": draft.subject,
        "interview_uid": interview_uid(store, draft),
        "event_id": draft.event_id,
        "interview": draft.interview_summary,
        "created_at": draft.created_at.isoformat(),
        "age": age(draft, now, simulated),
        "send_at": draft.send_at.isoformat() if draft.send_at else None,
        "sent_at": draft.sent_at.isoformat() if draft.sent_at else None,
        "edited": draft.edited,
        "guessed_recipient": draft.guessed_recipient,
        "note": OFFER_MARK if OFFER_MARK in marks else None,
        "marks": marks,
    }


def _state(draft: Draft, tz: tzinfo, backend: str, locale: str) -> str:
    if draft.state is DraftState.APPROVED and draft.send_at is not None:
        return f"approved, {send_verb(backend)} {format_moment(draft.send_at, tz, locale)}"
    return state_words(draft, backend)


@click.group()
def drafts() -> None:
    """Review the drafts waiting for your approval.

    Nothing is sent to anyone until you run `drafts approve ID` (and with the local
    mailbox, approving files the message in its Sent folder without emailing it).
    """


@drafts.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--all", "show_all", is_flag=True, help="Include sent, rejected and gone drafts.")
@now_option
def list_drafts(as_json: bool, show_all: bool, now_text: str | None) -> None:
    """List drafts: state, recipient, subject, interview and age."""
    app = load_app()
    tz = app.tz
    now = now_or(now_text, tz)
    backend = app.settings.mail.backend
    states = None if show_all else [DraftState.DRAFTED, DraftState.APPROVED]
    with app.open_store() as store:  # reading needs no lock: SQLite keeps reads consistent
        # Nothing to list is also nothing whose mailbox copy could be gone: the store
        # answers alone, without building the mailbox.
        if not store.drafts(states=states):
            click.echo("[]" if as_json else EMPTY)
            return
        # The store and the mailbox, nothing else: reasons were stored with each draft
        # (older drafts have theirs planned again, and only those load detection).
        mailbox = app.mailbox(store)
        if gone_from_mailbox(store, mailbox):
            # Marking them gone changes the store: under the home's lock, checked again.
            with app.exclusive():
                notice_gone(store, mailbox, now)
        found = store.drafts(states=states)
        reasons = draft_reasons(store, found, app.profile)
        # On the wall clock, a draft a simulated pass made has no age; with --now the
        # list reads on the simulated clock too, so ages count from it.
        simulated = simulated_times(store) if now_text is None else set()
        if as_json:
            rows = [draft_json(store, d, now, reasons.get(d.id, ""), simulated) for d in found]
            click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
            return
        if not found:
            click.echo(EMPTY)
            return
        for d in found:
            found_marks = draft_marks(
                d, store.debrief(d.event_id), invite_language(store, d.event_id)
            )
            marks = "".join(f"  [{mark}]" for mark in found_marks)
            state = _state(d, tz, backend, app.english_locale)
            click.echo(f"{d.id:>4}  {state}  {age(d, now, simulated)}  to {d.to_header}{marks}")
            click.echo(f"      {d.subject}   ({d.interview_summary})")
            if reasons.get(d.id):
                click.echo(f"      why: {reason_in_locale(reasons[d.id], app.english_locale)}")
        if show_all and (unused := unused_numbers(d.id for d in found)):
            click.echo(unused)
    if emails_for_real(backend):
        click.echo("\nRead one with `drafts show ID`; send it with `drafts approve ID`.")
    else:
        click.echo(
            "\nRead one with `drafts show ID`; approve it with `drafts approve ID`. With the"
            f" local mailbox an approved message is filed in its Sent folder, not emailed: "
            f"{SEND_FOR_REAL}."
        )


def unused_numbers(ids: Iterable[int]) -> str:
    """A line naming the draft numbers below the highest that no draft has ("" for
    none), so a gap never reads as a lost draft.

    Older versions let a draft asked for again (a pass repeated, the same thank-you
    planned twice) take the next number from the store's counter without keeping it;
    no draft was made or removed.
    """
    have = set(ids)
    missing = [n for n in range(1, max(have, default=0)) if n not in have]
    if not missing:
        return ""
    shown = join_words([str(n) for n in missing[:10]]) + (" …" if len(missing) > 10 else "")
    which = f"Number {shown} was" if len(missing) == 1 else f"Numbers {shown} were"
    return (
        f"\n{which} never used for a draft: a draft asked for again took a number "
        "without keeping it. No draft is missing."
    )


@drafts.command("show")
@click.argument("draft_id", type=int, metavar="ID")
def show(draft_id: int) -> None:
    """Print one draft as it would be sent, with notes for you above it."""
    app = load_app()
    with services_for_drafts(app, now_or(None, app.tz)) as services:
        d = services.store.draft(draft_id)
        state = _state(d, app.tz, app.settings.mail.backend, app.english_locale)
        store = services.store
        marks = draft_marks(d, store.debrief(d.event_id), invite_language(store, d.event_id))
    click.echo(f"To: {d.to_header}\nSubject: {d.subject}\nState: {state}")
    for mark in marks:
        click.echo(f"Note: {mark} (not part of the message)")
    click.echo("")
    click.echo(d.body, nl=False)


def _split_subject(text: str) -> tuple[str | None, str]:
    """The editor shows ``Subject: …`` above the body; read both back."""
    first, _, rest = text.lstrip("\n").partition("\n")
    if first.lower().startswith("subject:"):
        return first.split(":", 1)[1].strip(), rest.lstrip("\n")
    return None, text


@drafts.command("edit")
@click.argument("draft_id", type=int, metavar="ID")
@now_option
def edit(draft_id: int, now_text: str | None) -> None:
    """Open the draft in $EDITOR and keep your changes.

    The first line is the subject. An edited draft is yours: later debriefs and
    calendar changes never overwrite it.
    """
    from assistant import approval

    app = load_app()
    with services_for_drafts(app, now_or(now_text, app.tz), lock=False) as services:
        d = services.store.draft(draft_id)
    refuse_final(d, app.settings.mail.backend)
    try:
        text = click.edit(f"Subject: {d.subject}\n\n{d.body}", require_save=True, extension=".txt")
    except click.ClickException as error:
        raise UsageError(
            f"the editor could not run ({error.message}); draft {draft_id} is unchanged",
            fix="set $EDITOR to an editor that works, e.g. export EDITOR=nano",
        ) from None
    if text is None:
        click.echo(f"No changes saved; draft {draft_id} is unchanged.")
        return
    subject, body = _split_subject(text)
    now = now_or(now_text, app.tz)
    with services_for_drafts(app, now) as services:
        changed = approval.edit(services, draft_id, body, now, subject=subject)
    if not changed.edited:
        click.echo(f"The text is the same; draft {draft_id} is unchanged.")
        return
    click.echo(f"Draft {draft_id} updated. Your text is kept; later updates will not overwrite it.")
    if changed.state is DraftState.APPROVED and changed.send_at is not None:
        when = format_moment(changed.send_at, app.tz, app.english_locale)
        click.echo(f"It is still approved: your new text is sent at {when}.")


@drafts.command("approve")
@click.argument("draft_id", type=int, metavar="ID")
@click.option(
    "--at", "at_text", metavar="TIME", help="Send at this time instead of now (ISO 8601)."
)
@click.option(
    "--resend",
    "settled",
    flag_value="resend",
    help="It may have been sent already (the connection dropped): send it again anyway.",
)
@click.option(
    "--already-sent",
    "settled",
    flag_value="already-sent",
    help="It may have been sent already, and it did arrive: record it as sent, send nothing.",
)
@now_option
def approve(draft_id: int, at_text: str | None, settled: str | None, now_text: str | None) -> None:
    """Approve a draft: it is sent now, or at --at by the first pass after that time.

    With the local mailbox ([mail] backend = "local", the default) approving files
    the message in the local Sent folder; nothing is emailed.

    If a send was interrupted after the server took the message, the assistant never
    sends it again by itself: check your Sent folder, then use --resend or --already-sent.
    """
    from assistant import approval

    app = load_app()
    now = now_or(now_text, app.tz)
    at = parse_when(at_text, app.tz) if at_text else None
    with services_for_drafts(app, now) as services:
        draft = services.store.draft(draft_id)
        if draft.state is DraftState.SENT and not settled:
            # Approving again is what the user meant already: a harmless no-op.
            words = final_words(draft, app.settings.mail.backend)
            click.echo(words[0].upper() + words[1:] + ".")
            return
        refuse_final(draft, app.settings.mail.backend)
        refuse_before_made(draft, now, app.tz, app.english_locale)
        if settled:
            approval.settle_uncertain(services, draft_id, was_sent=settled == "already-sent")
        d = approval.approve(services, draft_id, now, at)
    if d.state is DraftState.SENT:
        click.echo(sent_report(d, app.settings.mail.backend))
    else:
        when = format_moment(d.send_at or now, app.tz, app.english_locale, year=True, zone=True)
        verb = (
            "sent to"
            if emails_for_real(app.settings.mail.backend)
            else "filed in the local Sent folder (not emailed) for"
        )
        click.echo(
            f"Draft {d.id} will be {verb} {d.to_header} at {when}"
            " by the first pass after that time (`interview-assistant run` or `tick`)."
        )


@drafts.command("reject")
@click.argument("draft_id", type=int, metavar="ID")
@now_option
def reject(draft_id: int, now_text: str | None) -> None:
    """Reject a draft: it is deleted and never sent."""
    from assistant import approval

    app = load_app()
    now = now_or(now_text, app.tz)
    with services_for_drafts(app, now) as services:
        refuse_final(services.store.draft(draft_id), app.settings.mail.backend)
        d = approval.reject(services, draft_id, now)
    click.echo(f"Rejected draft {d.id}; it will not be sent.")
