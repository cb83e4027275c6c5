"""The debrief: what the user recorded about an interview, and what it changes.

``interview-assistant debrief EVENT`` asks about the topics, each interviewer
and whether an offer or pay came up. The answers make the waiting drafts
personal (re-rendered in place, never copied) and come back in the next round's
briefing. Any interview can be debriefed, the first one too: the store does not
keep first interviews, so their event is read from the calendars, and the
debrief keeps its summary and start under the id ``scan`` prints.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from assistant.approval import create_drafts, refresh_drafts
from assistant.codec import detection_from_dict
from assistant.detect import detect
from assistant.detect.who.names import name_parts
from assistant.drafting.address_book import address_book
from assistant.drafting.addressed_note import CLAUSE, REPHRASE, address_note
from assistant.drafting.drafts import day_text, draft_locale_for, is_addressable, plan_drafts
from assistant.drafting.topic_phrase import EXAMPLE, NotATopic, not_a_topic, topic_phrase
from assistant.durations import plural
from assistant.errors import AuthError, CalendarError, NotFoundError, UsageError
from assistant.i18n import language_of, text_locale
from assistant.models import Attendee, Detection, DraftKind, DraftState
from assistant.services import Services
from assistant.text import one_line


def merge_debrief(
    old: Mapping[str, Any] | None,
    *,
    topics: Iterable[str] = (),
    notes: Mapping[str, str] | None = None,
    offer_discussed: bool | None = None,
    figure: str | None = None,
    summary: str = "",
    start: datetime | None = None,
    people: Iterable[str] = (),
    added: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The stored debrief with new answers added: topics appended, notes per person.

    The shape is what the store keeps and ``runner.previous_round`` reads:
    ``topics``, ``notes`` (email → text), ``offer_discussed``, ``figure``,
    ``added`` (people met who were not on the invite: a list of ``{name, email}``,
    each of whom gets a thank-you) and ``_event`` (the interview's summary, start
    and the addresses of the people met, for interviews the store does not
    otherwise know, such as a first round).
    """
    data = dict(old or {})
    kept = [one_line(t, 200) for t in data.get("topics", []) if one_line(t, 200)]
    for topic in topics:
        topic = one_line(topic, 200)
        if topic and topic.lower() not in {k.lower() for k in kept}:
            kept.append(topic)
    merged_notes = {k.lower(): v for k, v in (data.get("notes") or {}).items()}
    for email, text in (notes or {}).items():
        text = one_line(text, 300)
        if text:
            merged_notes[email.strip().lower()] = text
    figure = one_line(figure, 100) if figure is not None else data.get("figure", "")
    if figure and offer_discussed is None:
        offer_discussed = True  # a figure means pay came up
    extra = {str(p.get("email", "")).lower(): p for p in data.get("added", [])}
    for email, name in (added or {}).items():
        extra[email.strip().lower()] = {"name": one_line(name, 120), "email": email.strip().lower()}
    if extra:
        data["added"] = list(extra.values())
    data.update(
        topics=kept,
        notes=merged_notes,
        offer_discussed=bool(
            data.get("offer_discussed", False) if offer_discussed is None else offer_discussed
        ),
        figure=figure,
    )
    if start is not None:
        data["_event"] = {
            "summary": one_line(summary, 200),
            "start": start.isoformat(),
            "people": [email.lower() for email in people],
        }
    return data


@dataclass(frozen=True)
class DebriefTarget:
    """The interview a debrief is about: a stored follow-up, or any calendar event."""

    event_id: str
    summary: str
    start: datetime
    people: tuple[Attendee, ...]
    interviewers: tuple[Attendee, ...]
    existing: Mapping[str, Any] = field(default_factory=dict)
    # The locale its drafts are written in (the invite's language): the user writes
    # the topics that go into them in that language.
    draft_locale: str = "en_US"
    # Its day in the user's zone, as the terminal's English messages write it.
    day: str = ""


@dataclass(frozen=True)
class DebriefOutcome:
    """What a debrief changed: drafts re-rendered, edited ones left alone, the offer request."""

    target: DebriefTarget
    created: list[str]  # keys of thank-yous made for people added in this debrief
    updated: list[int]
    kept_edited: list[int]
    offer_drafts: list[int]
    data: Mapping[str, Any]


def debrief_target(services: Services, event_id: str, now: datetime) -> DebriefTarget:
    """Find the interview ``event_id`` names: in the store, else in the calendars.

    A first interview is not stored (only follow-ups are), so its event is read
    from the calendars; ``event_id`` is the id ``scan`` prints, or a plain UID
    when the calendar holds one instance of it.
    """
    record = services.store.find_interview(event_id)
    if record is not None:
        detection = detection_from_dict(record.detection)
    else:
        detection = _find_in_calendars(services, event_id, now)
    event = detection.event
    people = [
        p
        for p in (*event.attendees, *([event.organizer] if event.organizer else []))
        if is_addressable(p, services.profile)
    ]
    unique = {p.email.lower(): p for p in reversed(people)}
    existing = services.store.debrief(event.event_id) or {}
    interviewers = tuple(
        p.recipient
        for p in plan_drafts(
            detection, services.profile, existing, address_book(services.store, services.profile)
        )
        if p.kind is DraftKind.THANK_YOU
    )
    return DebriefTarget(
        event_id=event.event_id,
        summary=one_line(event.summary, 200),
        start=event.start,
        people=tuple(reversed(unique.values())),
        interviewers=interviewers,
        existing=existing,
        draft_locale=draft_locale_for(detection, services.user.locale),
        day=day_text(
            event.start.astimezone(services.user.tz), text_locale(services.user.locale, "en")
        ),
    )


def _find_in_calendars(services: Services, event_id: str, now: datetime) -> Detection:
    events, problems = [], []
    for source in services.sources:
        try:
            events.extend(source.read(now - services.history, now + services.horizon).events)
        except (CalendarError, AuthError) as error:
            problems.append(str(error))
    matches = [e for e in events if e.event_id == event_id] or [
        e for e in events if e.uid == event_id
    ]
    if len(matches) != 1:
        why = "several instances share that UID" if matches else "no interview or event has it"
        extra = f" (and {plural(len(problems), 'calendar')} could not be read)" if problems else ""
        raise NotFoundError(
            f"cannot debrief {event_id!r}: {why}{extra}",
            fix="copy the id from `interview-assistant scan --all` (one instance: UID@YYYYMMDDTHHMMSSZ)",
        )
    return detect(matches, services.profile, services.store.overrides())[0]


def record_debrief(
    services: Services,
    target: DebriefTarget,
    now: datetime,
    *,
    topics: Iterable[str] = (),
    notes: Mapping[str, str] | None = None,
    offer_discussed: bool | None = None,
    figure: str | None = None,
    added: Mapping[str, str] | None = None,
) -> DebriefOutcome:
    """Store the answers (merged with earlier ones) and re-render the waiting drafts in place.

    A note must name someone on the invite or thanked (a person the invite names, at
    the address their draft goes to), or someone ``added`` (address → name:
    a person met who was not on the invite, written ``--note "Name <address>=…"``),
    so a typo in an address is caught instead of quietly doing nothing. Someone
    added gets a thank-you: at once when the interview's drafts were already
    made, else with the others after the interview.

    Notes and topics go into messages to other people after "our conversation
    about …", so each is made a topic phrase first (``topic_phrase``): "he walked me
    through X" becomes "X"; what is still a sentence raises UsageError.
    """
    language = language_of(target.draft_locale)
    added = {k.strip().lower(): v for k, v in (added or {}).items()}
    # The people thanked include those named without an address on the invite, at the
    # address their draft goes to (an earlier round's, or a guess at the employer's).
    met = (*target.people, *target.interviewers)
    names = {p.email.lower(): p.name for p in met} | added
    notes = {k.strip().lower(): v for k, v in (notes or {}).items()}
    _refuse_third_person(notes, names, language, as_written=True)  # "Priya seemed keen …"
    notes = {k: _topic(v, language, k) for k, v in notes.items()}
    topics = [_topic(t, language) for t in topics]
    _refuse_third_person(notes, names, language)
    known = {p.email.lower() for p in met}
    known |= {str(p.get("email", "")).lower() for p in target.existing.get("added", [])}
    unknown = sorted(set(notes) - known - set(added))
    if unknown:
        raise UsageError(
            f"{', '.join(unknown)} is not on the invite for {target.summary!r}",
            fix="use one of: "
            + (", ".join(sorted(known)) or "(no one else is on the invite)")
            + ', or add someone who was not on it: --note "Name <address>=TEXT"',
        )
    data = merge_debrief(
        services.store.debrief(target.event_id),  # read again: the answers took a while
        topics=topics,
        notes=notes,
        offer_discussed=offer_discussed,
        figure=figure,
        summary=target.summary,
        start=target.start,
        people=[p.email for p in target.interviewers] + list(added),
        added=added,
    )
    services.store.save_debrief(target.event_id, data, now)
    created = _draft_for_added(services, target.event_id, data, set(added), now) if added else []
    updated = refresh_drafts(services, target.event_id, now)
    waiting = services.store.drafts(states=[DraftState.DRAFTED], event_id=target.event_id)
    return DebriefOutcome(
        target=target,
        created=created,
        updated=updated,
        kept_edited=[d.id for d in waiting if d.edited],
        offer_drafts=[d.id for d in waiting if d.kind is DraftKind.OFFER_REQUEST],
        data=data,
    )


def check_note_to(
    email: str, name: str, note: str, language: str = "en", *, as_written: bool = False
) -> None:
    """Raise UsageError when ``note`` speaks of the person it is about (``name``) in the
    third person in a way the draft cannot turn into words to them
    (:func:`assistant.drafting.addressed_note.address_note`): it would be pasted into the email
    to that very person; or when what the draft would say after "about" is a clause.

    ``as_written``: the note before it is made a topic phrase, which would drop a leading
    name and verb; only a note that opens with their name ("Priya seemed keen") is
    refused then, so the reason names the real problem."""
    _titles, given, family = name_parts(name)
    text = one_line(note, 300)
    if as_written and not any(n and text.lower().startswith(n.lower()) for n in (given, family)):
        return
    kind = address_note(text, given, family, language).kind if note.strip() else ""
    if as_written and kind == CLAUSE:
        return  # made a topic phrase next, and checked again
    if kind == REPHRASE:
        raise UsageError(
            f"the note on {email} speaks of them, but it goes into the thank-you to them",
            fix=f'write it to them, e.g. --note {email}="your plans for the data platform team"',
        )
    if kind == CLAUSE:
        raise UsageError(
            not_a_topic(text),
            fix=f'write the topic only, e.g. --note {email}="{EXAMPLE}"',
        )


def _refuse_third_person(
    notes: Mapping[str, str], names: Mapping[str, str], language: str, *, as_written: bool = False
) -> None:
    for email, note in notes.items():
        check_note_to(email, names.get(email, ""), note, language, as_written=as_written)


def _topic(text: str, language: str, who: str = "") -> str:
    """``text`` as a topic phrase in the drafts' ``language``; UsageError (exit 2) naming
    the fix when it is a sentence."""
    try:
        return topic_phrase(text, language)
    except NotATopic as error:
        flag = f'--note {who.strip()}="{EXAMPLE}"' if who else f'--topic "{EXAMPLE}"'
        raise UsageError(str(error), fix=f"write the topic only, e.g. {flag}") from None


def _draft_for_added(
    services: Services, event_id: str, data: Mapping[str, Any], added: set[str], now: datetime
) -> list[str]:
    """Thank-yous for the people just ``added`` (their addresses, lower case), when the
    interview's drafts were already made; no other draft is made here."""
    record = services.store.find_interview(event_id)
    if record is None or not services.store.drafts(event_id=event_id):
        return []  # a first interview, or drafts still to come: they will include them
    detection = detection_from_dict(record.detection)
    return create_drafts(services, record, detection, data, now, only=added)
