"""``drafts`` (list, show, edit, approve, reject) and ``debrief``.

Each command reads its input, calls ``approval``, and prints the outcome; the
rules (what may be sent, what an edit protects) live in ``approval``. Commands
that change something hold the home's lock, but never while a person is typing
(the editor, the debrief's questions), so a pass is never kept waiting on them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timedelta
from email.utils import parseaddr
from typing import Any

import click

from assistant import approval
from assistant.app import App
from assistant.cli.common import load_app, now_option, now_or, parse_when
from assistant.debrief import DebriefOutcome, DebriefTarget, debrief_target, record_debrief
from assistant.drafts import OFFER_MARK, day_text, draft_marks
from assistant.durations import plural
from assistant.errors import UsageError
from assistant.models import Draft, DraftState
from assistant.services import Services

_INSTANCE = re.compile(r"^(?P<uid>.+)@\d{8}T\d{6}Z$")


@contextmanager
def services_for_drafts(app: App, now: datetime, *, lock: bool = True) -> Iterator[Services]:
    """The services (without calendars), under the home's lock, gone drafts already noticed."""
    with app.exclusive() if lock else _nothing(), app.open_store() as store:
        services = app.services(store, calendars=())
        if lock:
            approval.sync_gone(services, now)
        yield services


@contextmanager
def _nothing() -> Iterator[None]:
    yield


def age(draft: Draft, now: datetime) -> str:
    """``5 minutes``, ``3 hours``, ``2 days``: how long the draft has been waiting."""
    from assistant.durations import in_words

    return in_words(max(timedelta(0), now - draft.created_at), parts=1)


def interview_uid(services: Services, draft: Draft) -> str:
    """The calendar UID of the draft's interview (the event id without its instance part)."""
    record = services.store.find_interview(draft.event_id)
    if record is not None:
        return record.uid
    match = _INSTANCE.match(draft.event_id)
    return match.group("uid") if match else draft.event_id


def draft_json(
    services: Services, draft: Draft, now: datetime, reason: str = ""
) -> dict[str, object]:
    """One draft in ``drafts list --json``: ``id``, ``state``, ``kind``, ``to``, ``subject``,
    ``interview_uid``, ``reason`` (why the draft exists), and more."""
    marks = draft_marks(draft, services.store.debrief(draft.event_id))
    return {
        "reason": reason or None,
        "id": draft.id,
        "state": draft.state.value,
        "kind": draft.kind.value,
        "to": draft.to_header,
        "subject": draft.subject,
        "interview_uid": interview_uid(services, draft),
        "event_id": draft.event_id,
        "interview": draft.interview_summary,
        "created_at": draft.created_at.isoformat(),
        "age": age(draft, now),
        "send_at": draft.send_at.isoformat() if draft.send_at else None,
        "sent_at": draft.sent_at.isoformat() if draft.sent_at else None,
        "edited": draft.edited,
        "guessed_recipient": draft.guessed_recipient,
        "note": OFFER_MARK if OFFER_MARK in marks else None,
        "marks": marks,
    }


def _state(draft: Draft, services: Services) -> str:
    if draft.state is DraftState.APPROVED and draft.send_at is not None:
        return f"approved, sends {draft.send_at.astimezone(services.user.tz):%a %d %b %H:%M}"
    return draft.state.value


@click.group()
def drafts() -> None:
    """Review the drafts waiting for your approval.

    Nothing is sent to anyone until you run `drafts approve ID`.
    """


@drafts.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--all", "show_all", is_flag=True, help="Include sent, rejected and gone drafts.")
@now_option
def list_drafts(as_json: bool, show_all: bool, now_text: str | None) -> None:
    """List drafts: state, recipient, subject, interview and age."""
    app = load_app()
    now = now_or(now_text, app.tz)
    with services_for_drafts(app, now) as services:
        states = None if show_all else [DraftState.DRAFTED, DraftState.APPROVED]
        found = services.store.drafts(states=states)
        reasons = approval.draft_reasons(services, found)
        if as_json:
            rows = [draft_json(services, d, now, reasons.get(d.id, "")) for d in found]
            click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
            return
        if not found:
            click.echo("No drafts waiting. They appear after each follow-up interview.")
            return
        for d in found:
            debrief = services.store.debrief(d.event_id)
            marks = "".join(f"  [{mark}]" for mark in draft_marks(d, debrief))
            click.echo(f"{d.id:>4}  {_state(d, services)}  {age(d, now)}  to {d.to_header}{marks}")
            click.echo(f"      {d.subject}   ({d.interview_summary})")
            if reasons.get(d.id):
                click.echo(f"      why: {reasons[d.id]}")
    click.echo("\nRead one with `drafts show ID`; send it with `drafts approve ID`.")


@drafts.command("show")
@click.argument("draft_id", type=int, metavar="ID")
def show(draft_id: int) -> None:
    """Print one draft as it would be sent, with notes for you above it."""
    app = load_app()
    with services_for_drafts(app, now_or(None, app.tz)) as services:
        d = services.store.draft(draft_id)
        state = _state(d, services)
        marks = draft_marks(d, services.store.debrief(d.event_id))
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
    app = load_app()
    with services_for_drafts(app, now_or(now_text, app.tz), lock=False) as services:
        d = services.store.draft(draft_id)
    approval.refuse_final(d)
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
        when = changed.send_at.astimezone(app.tz)
        click.echo(f"It is still approved: your new text is sent at {when:%a %d %b %H:%M}.")


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

    If a send was interrupted after the server took the message, the assistant never
    sends it again by itself: check your Sent folder, then use --resend or --already-sent.
    """
    app = load_app()
    now = now_or(now_text, app.tz)
    at = parse_when(at_text, app.tz) if at_text else None
    with services_for_drafts(app, now) as services:
        if settled:
            approval.settle_uncertain(services, draft_id, was_sent=settled == "already-sent")
        d = approval.approve(services, draft_id, now, at)
    if d.state is DraftState.SENT:
        click.echo(approval.sent_words(d, app.settings.mail.backend))
    else:
        when = d.send_at.astimezone(app.tz) if d.send_at else now
        verb = (
            "sent to"
            if approval.emails_for_real(app.settings.mail.backend)
            else "filed in the local Sent folder (not emailed) for"
        )
        click.echo(
            f"Draft {d.id} will be {verb} {d.to_header} at {when:%a %d %b %Y %H:%M %Z}"
            " by the first pass after that time (`interview-assistant run` or `tick`)."
        )


@drafts.command("reject")
@click.argument("draft_id", type=int, metavar="ID")
@now_option
def reject(draft_id: int, now_text: str | None) -> None:
    """Reject a draft: it is deleted and never sent."""
    app = load_app()
    now = now_or(now_text, app.tz)
    with services_for_drafts(app, now) as services:
        d = approval.reject(services, draft_id, now)
    click.echo(f"Rejected draft {d.id}; it will not be sent.")


def _parse_notes(items: tuple[str, ...]) -> tuple[dict[str, str], dict[str, str]]:
    """``EMAIL=TEXT`` notes, and ``NAME <EMAIL>=TEXT`` ones, which add someone who was
    not on the invite: (address → text, address → name of those added)."""
    notes: dict[str, str] = {}
    added: dict[str, str] = {}
    for item in items:
        who, sep, text = item.partition("=")
        name, email = parseaddr(who.strip()) if "<" in who else ("", who.strip())
        if not sep or "@" not in email or not text.strip() or ("<" in who and not name):
            raise UsageError(
                f"--note {item!r} is not EMAIL=TEXT or NAME <EMAIL>=TEXT",
                fix='use --note priya@acme.com="your team\'s move to Rust", or for someone '
                'not on the invite --note "Raj Iyer <raj@acme.com>=the pipeline design"',
            )
        notes[email.lower()] = text.strip()
        if name:
            added[email.lower()] = name
    return notes, added


def _ask(target: DebriefTarget) -> dict[str, Any]:
    """The debrief's questions, with what was recorded before as the defaults."""
    existing = target.existing
    click.echo(f"Debrief: {target.summary} ({day_text(target.start, 'en')})")
    click.echo("Press Enter to skip a question.\n")
    if existing.get("topics"):
        click.echo("Topics already noted: " + ", ".join(existing["topics"]))
    topics = click.prompt(
        "What did you talk about? (topics, comma-separated)", default="", show_default=False
    )
    notes = {}
    old_notes = existing.get("notes") or {}
    people = target.interviewers or target.people
    if people:
        click.echo(
            "\nOne thing about each person; it finishes the sentence"
            ' "I especially enjoyed our conversation about …" in the thank-you to that'
            ' person, so write it to them ("your plans for the team", not "her plans").'
        )
    for person in people:
        text = click.prompt(
            f"  {person.display}",
            default=old_notes.get(person.email.lower(), ""),
            show_default=False,
        )
        if text.strip():
            notes[person.email.lower()] = text.strip()
    offer = click.confirm(
        "\nDid an offer or pay come up?", default=bool(existing.get("offer_discussed"))
    )
    figure = None
    if offer:
        figure = click.prompt(
            "What figure was mentioned? (e.g. $135,000 base)",
            default=str(existing.get("figure") or ""),
            show_default=False,
        ).strip()
    return {
        "topics": [t.strip() for t in topics.split(",") if t.strip()],
        "notes": notes,
        "offer_discussed": offer,
        "figure": figure,
    }


@click.command()
@click.argument("event_id", metavar="EVENT")
@click.option("--topic", "topics", multiple=True, help="A topic you discussed (repeatable).")
@click.option(
    "--note",
    "notes",
    multiple=True,
    metavar="EMAIL=TEXT",
    help="Something specific about one interviewer (repeatable). For someone who was not on "
    'the invite, write --note "Name <email>=TEXT": they get a thank-you too.',
)
@click.option(
    "--offer-discussed/--no-offer-discussed",
    default=None,
    help="Whether an offer or pay came up.",
)
@click.option("--figure", help="The figure discussed, e.g. '$135,000 base'.")
@now_option
def debrief(
    event_id: str,
    topics: tuple[str, ...],
    notes: tuple[str, ...],
    offer_discussed: bool | None,
    figure: str | None,
    now_text: str | None,
) -> None:
    """Record how an interview went: asks a few questions, unless given flags.

    EVENT is the id `scan` prints (or the one in the note after the interview).
    It works for any interview, the first one too: notes on a first interview
    appear in the next round's briefing. The waiting drafts are updated in place.
    """
    parsed, added = _parse_notes(notes)
    app = load_app()
    now = now_or(now_text, app.tz)
    with services_for_drafts(app, now, lock=False) as services:
        if services.store.find_interview(event_id) is None:
            services = replace(services, sources=app.sources())  # a first interview, say
        target = debrief_target(services, event_id, now)
    if topics or parsed or offer_discussed is not None or figure:
        answers: dict[str, Any] = {
            "topics": list(topics),
            "notes": parsed,
            "offer_discussed": offer_discussed,
            "figure": figure,
            "added": added,
        }
    else:
        answers = _ask(target)
    with services_for_drafts(app, now) as services:
        outcome = record_debrief(services, target, now, **answers)
    report_debrief(outcome)


def report_debrief(outcome: DebriefOutcome) -> None:
    target = outcome.target
    click.echo(f"Debrief saved for {target.summary!r} ({day_text(target.start, 'en')}).")
    if outcome.created:
        made = len(outcome.created)
        who = "the person" if made == 1 else "the people"
        click.echo(f"Made {plural(made, 'new thank-you draft')} for {who} you added.")
    if outcome.updated:
        ids = ", ".join(str(i) for i in outcome.updated)
        click.echo(f"Updated {plural(len(outcome.updated), 'waiting draft')} in place: {ids}.")
    for draft_id in outcome.kept_edited:
        click.echo(f"Draft {draft_id} has your own edits, so it was left as it is.")
    if outcome.data.get("offer_discussed"):
        for draft_id in outcome.offer_drafts:
            click.echo(
                f"An offer came up: the offer request is draft {draft_id}; "
                f"send it with `interview-assistant drafts approve {draft_id}`."
            )
    if not (outcome.created or outcome.updated or outcome.kept_edited or outcome.offer_drafts):
        click.echo(
            "Its notes appear in the drafts once they are made, and in the next round's briefing."
        )
