"""``drafts`` (list, show, edit, approve, reject) and ``debrief``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import click

from assistant import approval
from assistant.cli.common import load_app, parse_when
from assistant.errors import UsageError
from assistant.models import Draft, DraftKind, DraftState
from assistant.runner import Services

OFFER_MARK = "send if an offer was discussed"


@contextmanager
def services_for_drafts() -> Iterator[tuple[Services, datetime]]:
    """The services, under the home's lock, with gone drafts already noticed."""
    app = load_app()
    now = datetime.now(UTC)
    with app.exclusive(), app.open_store() as store:
        services = app.services(store, calendars=())
        approval.sync_gone(services, now)
        yield services, now


def age(draft: Draft, now: datetime) -> str:
    seconds = (now - draft.created_at).total_seconds()
    if seconds < 3600:
        return f"{int(seconds // 60)}m"
    if seconds < 86400:
        return f"{int(seconds // 3600)}h"
    return f"{int(seconds // 86400)}d"


def draft_json(draft: Draft, now: datetime) -> dict[str, object]:
    return {
        "id": draft.id,
        "state": draft.state.value,
        "kind": draft.kind.value,
        "to": draft.to_header,
        "subject": draft.subject,
        "interview_uid": draft.event_id.split("@", 1)[0]
        if "@" in draft.event_id and draft.event_id.rsplit("@", 1)[1].endswith("Z")
        else draft.event_id,
        "event_id": draft.event_id,
        "interview": draft.interview_summary,
        "created_at": draft.created_at.isoformat(),
        "age": age(draft, now),
        "send_at": draft.send_at.isoformat() if draft.send_at else None,
        "edited": draft.edited,
        "guessed_recipient": draft.guessed_recipient,
        "note": OFFER_MARK if draft.kind is DraftKind.OFFER_REQUEST else None,
    }


@click.group()
def drafts() -> None:
    """Review the drafts waiting for your approval.

    Nothing is sent to anyone until you run `drafts approve ID`.
    """


@drafts.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--all", "show_all", is_flag=True, help="Include sent, rejected and gone drafts.")
def list_drafts(as_json: bool, show_all: bool) -> None:
    """List drafts: state, recipient, subject, interview and age."""
    with services_for_drafts() as (services, now):
        states = None if show_all else [DraftState.DRAFTED, DraftState.APPROVED]
        found = services.store.drafts(states=states)
    if as_json:
        click.echo(json.dumps([draft_json(d, now) for d in found], indent=2, ensure_ascii=False))
        return
    if not found:
        click.echo("No drafts waiting. They appear after each follow-up interview.")
        return
    for d in found:
        flag = f"  [{OFFER_MARK}]" if d.kind is DraftKind.OFFER_REQUEST else ""
        guess = "  [recipient guessed: check it]" if d.guessed_recipient else ""
        click.echo(f"{d.id:>4}  {d.state.value:<9} {age(d, now):>4}  to {d.to_header}{flag}{guess}")
        click.echo(f"      {d.subject}   ({d.interview_summary})")


@drafts.command("show")
@click.argument("draft_id", type=int, metavar="ID")
def show(draft_id: int) -> None:
    """Print one draft as it would be sent."""
    with services_for_drafts() as (services, _):
        d = services.store.draft(draft_id)
    click.echo(f"To: {d.to_header}\nSubject: {d.subject}\nState: {d.state.value}")
    if d.kind is DraftKind.OFFER_REQUEST:
        click.echo(f"Note: {OFFER_MARK} (this note is not part of the message)")
    if d.guessed_recipient:
        click.echo("Note: the recipient was guessed; check it before approving")
    click.echo("")
    click.echo(d.body)


@drafts.command("edit")
@click.argument("draft_id", type=int, metavar="ID")
def edit(draft_id: int) -> None:
    """Open the draft's text in $EDITOR and keep your changes."""
    with services_for_drafts() as (services, now):
        d = services.store.draft(draft_id)
        try:
            text = click.edit(d.body, require_save=True, extension=".txt")
        except click.ClickException as error:
            raise UsageError(
                f"the editor could not run ({error.message}); the draft is unchanged",
                fix="set $EDITOR to an editor that works, e.g. export EDITOR=nano",
            ) from None
        if text is None:
            click.echo("No changes saved; the draft is unchanged.")
            return
        approval.edit(services, draft_id, text, now)
    click.echo(f"Draft {draft_id} updated. Your text is kept; later updates will not overwrite it.")


@drafts.command("approve")
@click.argument("draft_id", type=int, metavar="ID")
@click.option(
    "--at", "at_text", metavar="TIME", help="Send at this time instead of now (ISO 8601)."
)
def approve(draft_id: int, at_text: str | None) -> None:
    """Approve a draft: it is sent now, or at --at."""
    with services_for_drafts() as (services, now):
        at = parse_when(at_text, services.user.tz) if at_text else None
        d = approval.approve(services, draft_id, now, at)
    if d.state is DraftState.SENT:
        click.echo(f"Sent draft {d.id} to {d.to_header}.")
    else:
        click.echo(
            f"Draft {d.id} will be sent at {d.send_at:%Y-%m-%d %H:%M %Z} by the next pass after that."
        )


@drafts.command("reject")
@click.argument("draft_id", type=int, metavar="ID")
def reject(draft_id: int) -> None:
    """Reject a draft: it is deleted and never sent."""
    with services_for_drafts() as (services, now):
        d = approval.reject(services, draft_id, now)
    click.echo(f"Rejected draft {d.id}; it will not be sent.")


@click.command()
@click.argument("event_id", metavar="EVENT")
@click.option("--topic", "topics", multiple=True, help="A topic you discussed (repeatable).")
@click.option(
    "--note",
    "notes",
    multiple=True,
    metavar="EMAIL=TEXT",
    help="Something specific about one interviewer (repeatable).",
)
@click.option("--offer-discussed", is_flag=True, default=None, help="An offer or pay came up.")
@click.option("--figure", help="The figure discussed, e.g. '$135,000 base'.")
def debrief(
    event_id: str,
    topics: tuple[str, ...],
    notes: tuple[str, ...],
    offer_discussed: bool | None,
    figure: str | None,
) -> None:
    """Record how an interview went (asks, unless given flags).

    Your answers make the thank-you drafts personal; they are re-rendered in place.
    Notes on a first interview appear in the next round's briefing.
    """
    from assistant.runner import refresh_drafts

    parsed_notes: dict[str, str] = {}
    for item in notes:
        email, sep, text = item.partition("=")
        if not sep or "@" not in email:
            raise UsageError(
                f"--note {item!r} is not EMAIL=TEXT",
                fix='use --note jane@acme.com="her roadmap demo"',
            )
        parsed_notes[email.strip().lower()] = text.strip()
    with services_for_drafts() as (services, now):
        record = services.store.interview(event_id)
        interactive = not (topics or notes or offer_discussed is not None or figure)
        data = services.store.debrief(event_id) or {}
        if interactive:
            from assistant.codec import detection_from_dict

            people = detection_from_dict(record.detection).verdict.interviewers
            topics = tuple(
                t.strip()
                for t in click.prompt(
                    "Topics you discussed (comma-separated)", default="", show_default=False
                ).split(",")
                if t.strip()
            )
            for person in people:
                text = click.prompt(
                    f"Something specific about {person.display}", default="", show_default=False
                )
                if text.strip():
                    parsed_notes[person.email] = text.strip()
            offer_discussed = click.confirm("Did an offer or pay come up?", default=False)
            if offer_discussed:
                figure = (
                    click.prompt("What figure was discussed", default="", show_default=False)
                    or None
                )
        data.update(
            {
                "topics": list(topics) or data.get("topics", []),
                "notes": {**data.get("notes", {}), **parsed_notes},
                "offer_discussed": bool(offer_discussed)
                if offer_discussed is not None
                else data.get("offer_discussed", False),
                "figure": figure or data.get("figure", ""),
                "_event": {"summary": record.summary, "start": record.start.isoformat()},
            }
        )
        services.store.save_debrief(event_id, data, now)
        updated = refresh_drafts(services, event_id, now)
    click.echo(f"Debrief saved. {updated} waiting draft(s) updated.")
