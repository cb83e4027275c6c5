"""``debrief EVENT``: record how an interview went, by flags or by a few questions.

The answers go through ``assistant.drafting.debrief`` (which makes each note a topic phrase and
re-renders the waiting drafts in place). The questions are asked without the home's
lock, so a pass is never kept waiting on a person typing.
"""

from __future__ import annotations

from dataclasses import replace
from email.utils import parseaddr
from functools import partial
from typing import Any

import click
from babel import Locale

from assistant.cli.common import expand_event_id, load_app, now_option, now_or
from assistant.cli.drafts import services_for_drafts
from assistant.drafting.debrief import (
    DebriefOutcome,
    DebriefTarget,
    check_note_to,
    debrief_target,
    record_debrief,
)
from assistant.drafting.topic_phrase import EXAMPLE, NotATopic, split_topics, topic_phrase
from assistant.durations import plural
from assistant.errors import UsageError
from assistant.i18n import language_of
from assistant.models import Attendee


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


def _phrase(text: str, language: str) -> str:
    """A prompt's answer as a topic phrase in the drafts' ``language``; a sentence is
    refused and asked again."""
    try:
        return topic_phrase(text, language)
    except NotATopic as error:
        raise click.BadParameter(str(error)) from None


def _to_them(answer: str, who: Attendee, language: str) -> str:
    """The answer as a topic phrase, unless it speaks of ``who`` in a way their thank-you
    cannot use; the question is asked again then."""
    try:
        check_note_to(who.email, who.name, answer, language, as_written=True)
        phrase = _phrase(answer, language)
        check_note_to(who.email, who.name, phrase, language)
    except UsageError as error:
        raise click.BadParameter(str(error)) from None
    return phrase


def _topics(text: str, language: str) -> list[str]:
    return [p for p in (_phrase(t, language) for t in split_topics(text, language)) if p]


def drafts_language_line(target: DebriefTarget, *, asking: bool = True) -> str:
    """In which language the drafts are written, so the user writes topics in it.

    ``asking``: "Its drafts are written in Spanish: write the topics and notes in
    Spanish, they go into the drafts as you write them."; else, after topics given as
    flags: "Its drafts are written in Spanish: the topics and notes went in as you wrote
    them; read them with …". Language names are CLDR's (Babel).
    """
    code = language_of(target.draft_locale)
    name = Locale("en").languages.get(code, code)
    if asking:
        return (
            f"Its drafts are written in {name}: write the topics and notes in {name},"
            " they go into the drafts as you write them."
        )
    return (
        f"Its drafts are written in {name}: the topics and notes went in as you wrote them;"
        " read them with `interview-assistant drafts show ID`."
    )


def _ask(target: DebriefTarget) -> dict[str, Any]:
    """The debrief's questions, with what was recorded before as the defaults."""
    existing = target.existing
    language = language_of(target.draft_locale)
    click.echo(f"Debrief: {target.summary} ({target.day})")
    if target.interviewers or target.people:
        click.echo(drafts_language_line(target))
    click.echo("Press Enter to skip a question.\n")
    if existing.get("topics"):
        click.echo("Topics already noted: " + ", ".join(existing["topics"]))
    topics = click.prompt(
        "What did you talk about? (topics, comma-separated, e.g. the pricing model, hiring)",
        default="",
        show_default=False,
        value_proc=partial(_topics, language=language),
    )
    notes = {}
    old_notes = existing.get("notes") or {}
    people = target.interviewers or target.people
    if people:
        click.echo(
            "\nOne topic you discussed with each person, as a few words that finish"
            f' "I especially enjoyed our conversation about …" (e.g. "{EXAMPLE}").'
            " It goes into the thank-you to that person: write it to them."
        )
    for person in people:
        text = click.prompt(
            f"  {person.display}",
            default=old_notes.get(person.email.lower(), ""),
            show_default=False,
            value_proc=partial(_to_them, who=person, language=language),
        )
        if text:
            notes[person.email.lower()] = text
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
        "topics": topics,
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

    EVENT is the id `scan` prints (or the one in the note after the interview);
    any part of it of six characters or more that is in no other id is enough
    (`scan` prints a short form). It works for any interview, the first one too:
    notes on a first interview appear in the next round's briefing. The waiting
    drafts are updated in place.
    """
    from assistant.seen_ids import known_ids

    parsed, added = _parse_notes(notes)
    app = load_app()
    now = now_or(now_text, app.tz)
    with services_for_drafts(app, now, lock=False) as services:
        known = known_ids(services.store)
        event_id = expand_event_id(event_id.strip(), known.ids | set(known.series))
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
        asked = False
    else:
        answers, asked = _ask(target), True
    with services_for_drafts(app, now) as services:
        outcome = record_debrief(services, target, now, **answers)
        follow_up = services.store.find_interview(target.event_id) is not None
    report_debrief(outcome, follow_up=follow_up, asked=asked)


def report_debrief(outcome: DebriefOutcome, *, follow_up: bool = True, asked: bool = False) -> None:
    """What the debrief changed, in words. A first round (``follow_up`` False) never
    gets drafts of its own: its notes go to the next round's briefing. Topics given as
    flags (``asked`` False) were never asked for in the drafts' language: say it."""
    target = outcome.target
    click.echo(f"Debrief saved for {target.summary!r} ({target.day}).")
    if outcome.created:
        made = len(outcome.created)
        who = "the person" if made == 1 else "the people"
        click.echo(f"Made {plural(made, 'new thank-you draft')} for {who} you added.")
    if outcome.updated:
        ids = ", ".join(str(i) for i in outcome.updated)
        click.echo(f"Updated {plural(len(outcome.updated), 'waiting draft')} in place: {ids}.")
    for draft_id in outcome.kept_edited:
        click.echo(f"Draft {draft_id} has your own edits, so it was left as it is.")
    if (
        not asked
        and (outcome.created or outcome.updated)
        and language_of(target.draft_locale) != "en"
    ):
        click.echo(drafts_language_line(target, asking=False))
    if outcome.data.get("offer_discussed"):
        for draft_id in outcome.offer_drafts:
            click.echo(
                f"An offer came up: the offer request is draft {draft_id}; "
                f"send it with `interview-assistant drafts approve {draft_id}`."
            )
    if not follow_up:
        click.echo(
            "It is not a follow-up interview, so it gets no drafts: your notes appear in the"
            " next round's briefing, under “Round 1”."
        )
    elif not (outcome.created or outcome.updated or outcome.kept_edited or outcome.offer_drafts):
        click.echo(
            "Its notes appear in the drafts once they are made, and in the next round's briefing."
        )
