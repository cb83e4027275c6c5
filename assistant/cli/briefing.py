"""``briefing preview``: render a briefing without sending it."""

from __future__ import annotations

import webbrowser
from pathlib import Path

import click

from assistant.cli.common import expand_event_id, load_app, now_option, now_or
from assistant.errors import UsageError
from assistant.messages import plain_body


@click.group()
def briefing() -> None:
    """Look at briefings before they are sent."""


@briefing.command()
@click.argument("event_id", metavar="EVENT")
@click.option(
    "--html",
    "html_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the HTML version to this file.",
)
@click.option("--open", "open_browser", is_flag=True, help="Open the HTML version in a browser.")
@now_option
def preview(
    event_id: str, html_file: Path | None, open_browser: bool, now_text: str | None
) -> None:
    """Print the briefing for EVENT (an id that `scan` prints; any part of six
    characters or more that is in no other id is enough); nothing is sent.

    It is rendered as it would go out at --now (default: now), with your templates
    and [salary] settings.
    """
    from assistant.cli.mark import known_ids_from_calendars
    from assistant.marks import known_ids
    from assistant.runner import briefing_message

    app = load_app()
    now = now_or(now_text, app.tz)
    with app.open_store() as store:
        services = app.services(store, calendars=())
        interviews = {r.event_id for r in store.interviews()}
        others = known_ids(store)
        found = expand_event_id(event_id, interviews | others.ids | set(others.series))
        if found not in interviews and found not in others.ids and found not in others.series:
            others = others | known_ids_from_calendars(app, now)  # not scanned yet: look now
            found = expand_event_id(event_id, interviews | others.ids | set(others.series))
        if found not in interviews and (found in others.ids or found in others.series):
            raise UsageError(
                f"{found} is in your calendar but is not a follow-up interview, "
                "so it has no briefing",
                fix=f"if it is one, mark it: interview-assistant mark {found} --follow-up",
            )
        message = briefing_message(services, store.interview(found), now)
    click.echo(f"Subject: {message['Subject']}\n")
    click.echo(plain_body(message))
    if html_file or open_browser:
        html_part = message.get_body(preferencelist=("html",))
        # Without --html, --open writes next to the database (INTERVIEW_ASSISTANT_HOME).
        target = html_file or app.home.data_dir / "briefing-preview.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html_part.get_content(), encoding="utf-8")  # type: ignore[union-attr]
        click.echo(f"HTML written to {target}")
        if open_browser:
            webbrowser.open(target.resolve().as_uri())
