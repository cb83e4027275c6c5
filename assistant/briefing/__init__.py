"""What goes into a prep briefing. Pure: facts in, a template context out.

The briefing is the page the user reads on the way to a follow-up interview: an
at-a-glance block (company, role, time in both zones, place or video link, who
they will meet, the first round and their notes), a prominent notice when the
invite mentions a test, then the article's sections tailored to this interview
(``sections``), built from what the invite says (``invite``).

Every piece of event text is untrusted: it is flattened with ``one_line`` or
``plain_text`` and capped before it gets here, and the HTML template autoescapes it.

Context keys for template authors: ``subject``, ``preheader``, ``greeting``,
``intro``, ``update`` (str or None), ``when`` (lines), ``glance`` (rows of ``label``
and ``lines``, each line with ``text``, ``url``, ``link_text``, ``note``),
``test_notice`` (``what``, ``quote``; or None), ``sections`` (``key``, ``title``,
``intro``, ``items`` of ``lead`` and ``text``, ``table``, ``note``, ``link_label``,
``link_url``), ``invite_text``, ``footer``; and the raw facts ``company``, ``role``,
``title``, ``start``, ``end``, ``tz``, ``event_tz``, ``minutes``, ``location``,
``video_url``, ``video_urls`` (every different video link; more than one is a
conflict the glance names), ``people``, ``previous``, ``salary``, ``supervisory``,
``mentions_test``, ``is_update``, ``user_name``, ``reminders``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_datetime

from assistant.briefing import sections
from assistant.briefing.invite import (
    NAME_CAP,
    NOTE_CAP,
    Person,
    assessment_notice,
    meeting_link,
    meeting_links,
    people_on,
    place_of,
    zone_line,
)
from assistant.detect.text.itinerary import Session, read_itinerary
from assistant.i18n import DEFAULT_LOCALE, N_, _, current_locale, finish, ngettext, using
from assistant.models import Detection, Event
from assistant.salary.advice import SalaryAdvice, salary_view
from assistant.templating import (
    format_clock,
    format_day,
    format_duration,
    format_span,
    format_when,
)
from assistant.text import one_line, plain_text

__all__ = ["BriefingFacts", "PreviousRound", "briefing_context", "briefing_subject"]

DESCRIPTION_QUOTE = 1200  # the invite's own text, quoted at the end
FOOTER = N_(
    "After the interview you'll get drafts: a thank-you to each interviewer and a "
    "request for the offer in writing. Nothing is sent until you approve it."
)


@dataclass(frozen=True)
class PreviousRound:
    """The earlier interview with the same employer, and what the user noted about it."""

    summary: str
    start: datetime
    notes: tuple[str, ...] = ()  # topics and general notes from ``debrief``
    people_notes: Mapping[str, str] = field(default_factory=dict)  # email → note
    people: tuple[str, ...] = ()  # emails of the people met then
    names: Mapping[str, str] = field(default_factory=dict)  # email → name, of those people


@dataclass(frozen=True)
class BriefingFacts:
    """Everything the briefing needs besides the detection itself."""

    user_name: str
    user_tz: tzinfo
    now: datetime
    previous: PreviousRound | None = None
    salary: SalaryAdvice | None = None
    is_update: bool = False
    moved_from: datetime | None = None  # the start the previous briefing described
    reminders: tuple[str, ...] = field(default=())
    # Where the user stands with the employer ("Round 3 with Acme: …"), from the pipeline.
    standing: str = ""
    # The event's short id (assistant.event_ids.short_ids) for the debrief hint; "" = the id.
    short_id: str = ""
    locale: str = DEFAULT_LOCALE  # the user's language and conventions (i18n.text_locale)


@dataclass(frozen=True)
class Line:
    """One line of an at-a-glance row: text, an optional link, an optional aside."""

    text: str
    url: str = ""
    note: str = ""
    link_text: str = ""  # what an HTML link shows instead of the bare URL


@dataclass(frozen=True)
class Row:
    label: str
    lines: tuple[Line, ...]


def briefing_subject(detection: Detection, facts: BriefingFacts) -> str:
    """``Prep: Acme, Product Manager — Tue, Apr 13, 2:00 PM`` (``Updated:`` after a move),
    in ``facts.locale``; English subjects always begin "Prep:" (filters rely on it)."""
    with using(facts.locale):
        verdict = detection.verdict
        names = [one_line(v, 80) for v in (verdict.company, verdict.role) if v]
        if len(names) < 2:
            names.append(_("follow-up interview"))
        day = format_when(detection.event.start, facts.user_tz, "short")
        form = _("Updated: {what} — {when}") if facts.is_update else _("Prep: {what} — {when}")
        return one_line(finish(form.format(what=", ".join(names), when=day), facts.locale))


def event_zone(event: Event, user_tz: tzinfo) -> ZoneInfo | None:
    """The invite's own zone when it is a place whose clock differs from the user's
    (:func:`place_zone`)."""
    return place_zone(event.timezone, event.start, user_tz)


def place_zone(name: str, start: datetime, user_tz: tzinfo) -> ZoneInfo | None:
    """The zone named ``name`` (an IANA key from the invite) when it is a place
    ("America/New_York") whose clock at ``start`` reads differently from the user's.

    None for UTC, ``Etc/…`` and other zones that are no place: many applicant
    tracking systems write every time in UTC (``…Z``), which says nothing about
    where the interview is, so "4:00 PM UTC there" would mislead. None, too, for a
    name this machine does not know, and for the user's own zone.
    """
    if not name or "/" not in name or name.startswith("Etc/"):
        return None  # "UTC", "GMT", "EST5EDT", "Etc/GMT+5": a clock, not a place
    if name == getattr(user_tz, "key", None):
        return None
    try:
        zone = ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        return None
    same = start.astimezone(zone).utcoffset() == start.astimezone(user_tz).utcoffset()
    return None if same else zone


def _day_phrase(start: datetime, now: datetime, tz: tzinfo) -> str:
    """``tomorrow at 2:00 PM``, ``on Thursday at 9:30 AM``, ``on Monday, May 3 at 10:00 AM``."""
    local, today = start.astimezone(tz), now.astimezone(tz).date()
    days = (local.date() - today).days
    time = format_clock(local)
    if days == 0:
        return _("today at {time}").format(time=time)
    if days == 1:
        return _("tomorrow at {time}").format(time=time)
    if 1 < days < 7:
        weekday = format_datetime(local, "EEEE", locale=current_locale().split("@")[0])
        return _("on {weekday} at {time}").format(weekday=weekday, time=time)
    return _("on {day} at {time}").format(day=format_day(local), time=time)


def _when(event: Event, tz: tzinfo) -> tuple[Line, ...]:
    lines = [Line(f"{format_span(event.start, event.end, tz)} ({format_duration(event.duration)})")]
    zone = event_zone(event, tz)
    if zone is not None:
        lines.append(Line(zone_line(event, zone)))
    return tuple(lines)


def _first_round(previous: PreviousRound, people: list[Person], tz: tzinfo) -> Row:
    lines = [Line(f"{one_line(previous.summary, 200)}, {format_when(previous.start, tz, 'date')}")]
    topics = "; ".join(one_line(n, NOTE_CAP) for n in previous.notes if n)
    if topics:
        lines.append(Line(_("Your notes: {notes}").format(notes=topics)))
    # Notes about people on this invite go with them under "Meet colleagues".
    here = {p.email.lower() for p in people}
    for email, note in previous.people_notes.items():
        if email.lower() not in here and note:
            said = _("Your note on {person}: {note}")
            lines.append(
                Line(said.format(person=one_line(email, 200), note=one_line(note, NOTE_CAP)))
            )
    # Those met then who are on this invite too are marked under "With" instead.
    names = {k.lower(): v for k, v in previous.names.items()}
    others = [e for e in previous.people if e.lower() not in here]
    if others:
        met = ", ".join(one_line(names.get(e.lower()) or e, 80) for e in others)
        also = _("You also met: {people}") if here else _("You met: {people}")
        lines.append(Line(also.format(people=met)))
    return Row(_("Round 1"), tuple(lines))


def _glance(
    detection: Detection, facts: BriefingFacts, people: list[Person], place: str, video: str
) -> list[Row]:
    event, verdict = detection.event, detection.verdict
    role = one_line(verdict.role, 120) or _("Not named in the invite: ask early on")
    rows = [
        Row(_("Invite"), (Line(one_line(event.summary, 200) or _("(no title)")),)),
        Row(_("Company"), (Line(one_line(verdict.company, 120) or _("Not named in the invite")),)),
        Row(_("Role"), (Line(role),)),
        Row(_("When"), _when(event, facts.user_tz)),
    ]
    if place:
        rows.append(Row(_("Where"), (Line(place),)))
    links = meeting_links(event)
    if links:
        lines = [
            Line(url, url=url, link_text=_("Join the call ({host})").format(host=url.split("/")[2]))
            for url in links
        ]
        if len(links) > 1:
            # Two rooms for one interview: say so before either, never pick one silently.
            warning = ngettext(
                "The invite gives {count} different video link: ask the organizer which one to use",
                "The invite gives {count} different video links: ask the organizer which "
                "one to use",
                len(links),
            ).format(count=len(links))
            lines.insert(0, Line(warning))
        rows.append(Row(_("Video"), tuple(lines)))
    if not place and not video:
        rows.append(Row(_("Where"), (Line(_("The invite gives no address or video link")),)))
    sessions = {s.name.lower(): s for s in read_itinerary(event.description).sessions}
    who = tuple(
        Line(
            p.label + (" " + _("(organizer)") if p.organizer else "") + _session_text(sessions, p),
            note=p.email,
        )
        for p in people
    )
    rows.append(Row(_("With"), who or (Line(_("No one besides you is on the invite")),)))
    if facts.previous is not None:
        rows.append(_first_round(facts.previous, people, facts.user_tz))
    return rows


def _session_text(sessions: Mapping[str, Session], person: Person) -> str:
    """`` — 10:45 AM - 11:30 AM EST, system design``: the itinerary's slot for ``person``."""
    session = sessions.get(person.name.lower())
    if session is None:
        return ""
    slot = ", ".join(filter(None, (session.when, one_line(session.topic, 80))))
    return f" — {slot}" if slot else ""


def _preheader(day: str, company: str | None, role: str | None, people: list[Person]) -> str:
    """The line mail clients show next to the subject in the inbox."""
    parts = [f"{day[:1].upper()}{day[1:]}", *filter(None, (company, role))]
    if people:
        parts.append(_("with {people}").format(people=", ".join(p.name for p in people[:3])))
    return one_line(" · ".join(parts), 150)


def _update_notice(event: Event, facts: BriefingFacts) -> str | None:
    if not facts.is_update:
        return None
    now = format_when(event.start, facts.user_tz)
    if facts.moved_from is None:
        moved = _("This interview has moved. It is now {when}.").format(when=now)
    else:
        was = format_when(facts.moved_from, facts.user_tz)
        moved = _("This interview has moved. It is now {when} (it was {was}).").format(
            when=now, was=was
        )
    replaces = _("This briefing replaces the earlier one.")
    return f"{moved} {replaces}"


def briefing_context(detection: Detection, facts: BriefingFacts) -> dict[str, Any]:
    """The template context for ``briefing.txt`` and ``briefing.html``, worded in
    ``facts.locale`` (render the templates in the same locale)."""
    with using(facts.locale):
        return _context(detection, facts)


def _intro(company: str | None, role: str | None, day: str) -> str:
    """The opening paragraph: when, and what this round is for (the article's framing)."""
    noun = sections.role_noun(role)
    if company and role:
        when = _("Your follow-up interview with {company} for {role} is {day}.")
    elif company:
        when = _("Your follow-up interview with {company} is {day}.")
    elif role:
        when = _("Your follow-up interview for {role} is {day}.")
    else:
        when = _("Your follow-up interview is {day}.")
    why = _(
        "You made a good first impression; now they want to see how you would do the job "
        "and fit in."
    )
    if company:
        chance = _("It is also your chance to decide whether {company} is right for you.")
    else:
        chance = _("It is also your chance to decide whether the company is right for you.")
    return " ".join(
        (when.format(company=company, role=noun, day=day), why, chance.format(company=company))
    )


def _context(detection: Detection, facts: BriefingFacts) -> dict[str, Any]:
    event, verdict = detection.event, detection.verdict
    tz = facts.user_tz
    company, role = one_line(verdict.company, 120) or None, one_line(verdict.role, 120) or None
    video, place = meeting_link(event), place_of(event)
    previous = facts.previous
    people = people_on(
        detection,
        previous.people if previous else (),
        previous.people_notes if previous else None,
    )
    notice = assessment_notice(event, verdict.mentions_test)
    salary = salary_view(facts.salary, verdict.role)
    day = _day_phrase(event.start, facts.now, tz)
    glance = _glance(detection, facts, people, place, video)
    # The user's own configured name: its first word is what they go by.
    greeting_name = next(iter(one_line(facts.user_name, NAME_CAP).split()), "")
    return {
        "subject": briefing_subject(detection, facts),
        "preheader": _preheader(day, company, role, people),
        "greeting": _("Hi {name},").format(name=greeting_name) if greeting_name else _("Hi,"),
        "intro": _intro(company, role, day),
        "update": _update_notice(event, facts),
        "when": [line.text for line in _when(event, tz)],
        "glance": glance,
        "test_notice": notice,
        "sections": [
            sections.approach(company, role, notice),
            sections.questions(company, role, verdict.supervisory),
            sections.colleagues(people),
            sections.salary(salary),
            sections.decide(company, one_line(facts.short_id or event.event_id, 120)),
        ],
        "invite_text": plain_text(event.description, DESCRIPTION_QUOTE),
        "footer": _(FOOTER),
        # The raw facts, for templates that lay things out their own way.
        "company": company,
        "role": role,
        "title": one_line(event.summary, 200),
        "start": event.start,
        "end": event.end,
        "tz": tz,
        "event_tz": event_zone(event, tz),
        "minutes": event.duration.total_seconds() / 60,
        "location": place,
        "video_url": video,
        "video_urls": meeting_links(event),
        "people": people,
        "previous": previous,
        "salary": salary,
        "supervisory": verdict.supervisory,
        "mentions_test": notice is not None,
        "is_update": facts.is_update,
        "user_name": one_line(facts.user_name, NAME_CAP),
        "reminders": [one_line(r, 300) for r in facts.reminders],
        "standing": one_line(facts.standing, 300),
    }
