"""``scan``: what detection thinks of the calendar, and why (``mark`` overrides it)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

import click

from assistant.app import App
from assistant.briefing.invite import people_on
from assistant.cli.common import load_app, now_option, now_or, one_shot, parse_day
from assistant.cli.scan_before_init import scanning_profile, with_calendar_zone
from assistant.cli.scan_series import SeriesEntry, group_series
from assistant.codec import detection_to_dict
from assistant.dates import format_moment, reason_in_locale
from assistant.detect import OwnOrganisation, Profile, detect, own_organisation
from assistant.detect.who.people import why_listed
from assistant.detect.who.persons import is_named_person, people_met
from assistant.drafting.address_book import stored_sightings
from assistant.drafting.earlier_addresses import AddressBook, book_of
from assistant.drafting.plan import drafts_explained
from assistant.durations import plural
from assistant.errors import CalendarError, UsageError
from assistant.event_ids import short_ids
from assistant.i18n import DEFAULT_LOCALE
from assistant.models import Detection, Event, Verdict
from assistant.seen_ids import remember_scan
from assistant.text import one_line

# How detection words the reason a mark adds ("you marked it a follow-up interview").
MARK_REASON = "you marked it "

if TYPE_CHECKING:
    from assistant.detect.text.relevance import Relevance


def detection_json(detection: Detection) -> dict[str, object]:
    """The documented ``scan --json`` shape (plus a few extras)."""
    event, verdict = detection.event, detection.verdict
    # Persons only, as the table, the briefing and ``pipeline`` list them; the entries
    # that are not (an organisation's name, a shared hiring inbox) keep their own field.
    people = people_met(verdict.interviewers, verdict.company)
    others = [a for a in verdict.interviewers if not is_named_person(a, verdict.company)]
    return {
        "uid": event.uid,
        "event_id": event.event_id,
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "summary": event.summary,
        "is_second_interview": verdict.is_follow_up,
        "confidence": verdict.confidence,
        "reasons": list(verdict.reasons),
        "company": verdict.company,
        "role": verdict.role,
        "interviewers": [{"name": p.name or None, "email": p.email or None} for p in people],
        "organisations": [{"name": a.name or None, "email": a.email or None} for a in others],
        "recruiter": (
            {"name": verdict.recruiter.name or None, "email": verdict.recruiter.email}
            if verdict.recruiter
            else None
        ),
        "supervisory": verdict.supervisory,
        "mentions_test": verdict.mentions_test,
        "language": verdict.language,
        "first_interview_id": verdict.first_interview_id,
        "overridden": verdict.overridden,
        "source": event.source,
    }


@click.command()
@click.option(
    "--calendar",
    "calendars",
    multiple=True,
    metavar="PATH_OR_URL",
    help="An .ics file or URL to scan (repeatable). Default: the configured calendars.",
)
@click.option(
    "--from", "from_text", metavar="DATE", help="Start of the window (default: 30 days ago)."
)
@click.option("--to", "to_text", metavar="DATE", help="End of the window (default: 60 days ahead).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option(
    "--all",
    "show_all",
    is_flag=True,
    help="List every event with its verdict, not only interviews.",
)
@click.option("--explain", is_flag=True, help="Print the reasons behind every verdict.")
@now_option
def scan(
    calendars: tuple[str, ...],
    from_text: str | None,
    to_text: str | None,
    as_json: bool,
    show_all: bool,
    explain: bool,
    now_text: str | None,
) -> None:
    """Show which events are follow-up interviews, and why.

    Reads the calendars without acting on them: nothing is planned or sent. It
    remembers the ids it saw, so `mark` can check the id you give it.
    Events before the window are read too ([calendar] history_days), so a later
    round can be linked to the first interview with the same employer; only the
    window's events are listed. Exits 1 only when no calendar could be read.
    The window runs from --from to --to, by default from 30 days before --now (the
    current time) to 60 days after it.
    """
    # `scan --calendar FILE` works before init, and then writes nothing
    app = load_app(need_config=not calendars, create=False)
    initialised = app.home.config_file.exists()
    if not initialised:
        app = with_calendar_zone(app, calendars)
    tz = app.tz
    now = now_or(now_text, tz)
    start = parse_day(from_text, tz) if from_text else now - timedelta(days=30)
    end = parse_day(to_text, tz) if to_text else now + timedelta(days=60)
    if end <= start:
        raise UsageError("the window ends before it starts", fix="give --to a date after --from")
    if not calendars and not app.has_calendars():
        raise UsageError(
            "no calendar to scan", fix="pass --calendar FILE, or set [calendar] ics in config.toml"
        )
    history = timedelta(days=app.settings.calendar.history_days)
    relevance, overrides, kept = None, {}, []
    if initialised and not show_all:  # without --all, events that cannot matter are not parsed
        with app.open_store() as store:
            relevance = app.relevance(store)
    events, read, failed = read_events(app, calendars, start - history, end, relevance)
    if initialised:
        with app.open_store() as store:
            overrides = store.overrides()
            remember_scan(store, events)  # so `mark` can check an id against what was listed
            kept = stored_sightings(store) if explain else []  # earlier rounds' addresses
    profile = scanning_profile(app, events)
    detections = detect(events, profile, overrides)
    if explain and not as_json:
        print_own_organisation(own_organisation(events, profile))
    shown = [
        d
        for d in detections
        if in_window(d.event, start, end) and (show_all or d.verdict.is_follow_up)
    ]
    shown.sort(key=lambda d: d.event.start)
    if as_json:
        click.echo(json.dumps([detection_json(d) for d in shown], indent=2, ensure_ascii=False))
    else:
        group = show_all and explain
        shorts = short_ids(e.event_id for e in events)
        empty = "" if shown else empty_window(app, calendars, start, end)
        print_table(
            shown,
            tz,
            explain,
            profile,
            unread=failed,
            read=read,
            group=group,
            shorts=shorts,
            empty=empty,
            locale=app.english_locale,
            book=book_of(kept, detections, profile) if explain else None,
        )
    if failed:  # the same rule as `tick`: any calendar unread is a failure (README, exit codes)
        raise SystemExit(1)


def read_events(
    app: App,
    calendars: tuple[str, ...],
    start: datetime,
    end: datetime,
    relevance: Relevance | None = None,
) -> tuple[list[Event], int, int]:
    """Every event of the chosen calendars in ``[start, end)`` (with a ``relevance``, only
    those that could matter to detection), with how many calendars were read and how
    many failed. Warnings and errors go to stderr; one bad calendar spares the rest."""
    events: list[Event] = []
    read = failed = 0
    for source in app.sources(calendars or None, relevance=relevance):
        try:
            result = source.read(start, end)
        except CalendarError as error:
            if calendars and error.reason == "no such file":  # the path came from the flag
                error.fix = "check the path given to --calendar"
            # One line: what went wrong and, in brackets, the fix (``AssistantError.__str__``).
            click.secho(f"error: {one_shot(one_line(str(error), 400))}", err=True, fg="red")
            failed += 1
            continue
        read += 1
        events.extend(result.events)
        for warning in result.warnings:
            click.echo(f"warning: {one_shot(one_line(warning, 300))}", err=True)
    return events, read, failed


def empty_window(app: App, calendars: tuple[str, ...], start: datetime, end: datetime) -> str:
    """What ``scan`` says when it lists nothing in ``[start, end)``: the window's dates,
    and, when no event of the .ics calendars can fall in it, where their events lie and
    the flags that list them (read at a glance: :func:`assistant.sources.prefilter.glance`)."""
    from assistant.sources.ics import IcsSource

    tz, locale = app.tz, app.english_locale

    def day(moment: datetime | date) -> str:
        return format_moment(moment, tz, locale, year=True, clock=False)

    said = f"No follow-up interviews from {day(start)} to {day(end)}."
    sources = app.sources(calendars or None)
    glances = [s.glance() for s in sources if isinstance(s, IcsSource)]
    if not glances or len(glances) != len(sources) or any(g is None for g in glances):
        return (
            said + " (--all lists every event with its verdict; --from and --to widen the window.)"
        )
    margin = timedelta(days=1)  # a start's date is in its own zone; the window's in yours
    first, last = (start.astimezone(tz) - margin).date(), (end.astimezone(tz) + margin).date()
    if not all(g is not None and g.none_between(first, last) for g in glances):
        return said + " (--all lists every event with its verdict.)"
    starts = sorted(day for g in glances if g is not None for day in g.starts)
    if not starts:
        return said + " The calendar holds no events."
    whose = "the calendar's" if len(glances) == 1 else "your calendars'"
    return (
        f"{said} None of {whose} {plural(len(starts), 'event')} lies in it: they run from "
        f"{day(starts[0])} to {day(starts[-1])}; `scan --from "
        f"{starts[0].isoformat()} --to {(starts[-1] + margin).isoformat()}` lists them."
    )


def in_window(event: Event, start: datetime, end: datetime) -> bool:
    """Whether ``event`` overlaps ``[start, end)`` (a zero-length event counts at its start)."""
    return event.start < end and (event.end > start or event.start >= start)


def print_own_organisation(learned: OwnOrganisation) -> None:
    """What detection learned about the user's own organisation, and how to confirm it."""
    if not learned:
        return
    click.echo("Your own organisation, learned from the calendar (never a follow-up interview):")
    for reason in learned.reasons:
        click.echo(f"    - {one_line(reason, 300)}")
    click.echo(f"    {learned.advice()}")
    click.echo()


def print_table(
    detections: list[Detection],
    tz: tzinfo,
    explain: bool,
    profile: Profile | None = None,
    *,
    unread: int = 0,
    read: int = 1,
    group: bool = False,
    shorts: Mapping[str, str] | None = None,
    empty: str = "No follow-up interviews in this window.",
    book: AddressBook | None = None,
    locale: str = DEFAULT_LOCALE,
) -> None:
    """One block per event, with its first reason (all of them with ``explain``); with
    ``group``, one per series, with its count and exceptions (:mod:`.scan_series`).
    ``shorts`` maps an event id to its short form (:func:`assistant.event_ids.short_ids`),
    printed beside the full id. ``empty`` is what an empty table says (the window's
    dates, where the calendar's events lie: :func:`empty_window`). ``book``: earlier
    rounds' addresses, for people named without one (``explain`` says where each came from).
    Dates and the reasons' days are written as ``locale`` writes them (the user's English).

    Event text is a stranger's: each piece is put on one line. ``unread`` calendars
    (their errors already printed) were not searched: the table says so, so an empty
    one is never taken for a clean result; when no calendar was read at all, the error
    lines alone say it.
    """
    not_searched = (
        f"{plural(unread, 'calendar')} could not be read and {'was' if unread == 1 else 'were'}"
        " not searched (the error is above)"
    )
    if not detections:
        if unread and not read:
            return  # each calendar's error line says it (and the exit status is 1)
        if unread:
            click.echo(f"No follow-up interviews in the calendars that were read; {not_searched}.")
        else:
            click.echo(empty)
        return
    entries = group_series(detections) if group else [SeriesEntry(d) for d in detections]
    for entry in entries:
        d = entry.first
        e, v = d.event, d.verdict
        title = one_line(e.summary, 120) or "(no title)"
        click.echo(f"{_at(e.start, tz, locale)}  {_mark(d)}  {v.confidence:.2f}  {title}")
        details = [
            f"company: {one_line(v.company, 80) or 'unknown'}",
            f"role: {one_line(v.role, 80) or 'unknown'}",
        ]
        # Persons only, each once, with the job title the invite gives, in any language
        # ("Teamleiter BI"); an organisation's name or a shared mailbox is no one met.
        met = people_on(d) if v.interviewers else []
        if met:
            people = ", ".join(
                one_line(f"{p.name} ({p.role})" if p.role else p.name, 100) for p in met
            )
            details.append(f"with: {people}")
        click.echo("    " + "; ".join(details))
        short = (shorts or {}).get(e.event_id, e.event_id)
        also = f"  (or just {one_line(short, 80)})" if short != e.event_id else ""
        click.echo(f"    id: {one_line(e.event_id, 200)}{also}")
        if entry.count > 1 and entry.last is not None:
            click.echo(
                f"    series {one_line(e.uid, 200)}: {entry.count} instances, the last "
                f"{_at(entry.last.event.start, tz, locale)}; "
                f"{plural(len(entry.exceptions), 'exception')}"
            )
        reasons = shown_reasons(v)
        if explain:
            for reason in reasons:
                click.echo(f"    - {one_line(reason_in_locale(reason, locale), 300)}")
            if v.is_follow_up and profile is not None:
                for line in why_listed(e, profile, v.company):  # who is met, and why
                    click.echo(f"    - {one_line(line, 300)}")
            if v.is_follow_up and profile is not None:
                for note in drafts_explained(d, profile, book):  # addresses, drafts not made
                    click.echo(f"    - {one_line(reason_in_locale(note, locale), 500)}")
        elif reasons:
            more = " (--explain for all)" if len(reasons) > 1 else ""
            click.echo(f"    why: {one_line(reason_in_locale(reasons[0], locale), 300)}{more}")
        for other in entry.exceptions:
            _print_exception(other, tz, locale)
    if unread:
        click.echo(f"Not complete: {not_searched}.")


def shown_reasons(verdict: Verdict) -> tuple[str, ...]:
    """The reasons as scan prints them: the user's own mark first, since it decides;
    detection's reasons after it, in their order."""
    if not verdict.overridden:
        return verdict.reasons
    marked = [r for r in verdict.reasons if r.startswith(MARK_REASON)]
    return (*marked, *(r for r in verdict.reasons if not r.startswith(MARK_REASON)))


def _at(moment: datetime, tz: tzinfo, locale: str) -> str:
    return format_moment(moment, tz, locale, year=True)


def _mark(detection: Detection) -> str:
    if detection.verdict.is_follow_up:
        return click.style("✔ follow-up", fg="green")
    return click.style("· not acted on", dim=True)


def _print_exception(detection: Detection, tz: tzinfo, locale: str) -> None:
    """One instance of a series that differs from its first: moved, edited or judged
    otherwise, with the reason its verdict ends on."""
    e, v = detection.event, detection.verdict
    original = e.recurrence_id
    moved = f", moved from {_at(original, tz, locale)}" if original and original != e.start else ""
    title = one_line(e.summary, 120) or "(no title)"
    click.echo(
        f"    exception: {_at(e.start, tz, locale)}  {_mark(detection)}  {v.confidence:.2f}  {title}"
    )
    click.echo(f"      id: {one_line(e.event_id, 200)}{moved}")
    if v.reasons:
        click.echo(f"      - {one_line(reason_in_locale(v.reasons[-1], locale), 300)}")


__all__ = ["detection_to_dict", "read_events", "scan", "shown_reasons"]
