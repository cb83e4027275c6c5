"""``pipeline``: where each application stands, and ``pipeline set`` to say so yourself.

Reads the store only (the rounds every pass records): nothing is fetched or
sent, and no notification library is loaded.
"""

from __future__ import annotations

import csv
import io
import json

import click

from assistant.cli.common import load_app, now_option, now_or
from assistant.errors import UsageError

STATES = ("active", "waiting", "offer", "closed")


@click.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON (a list of applications).")
@click.option("--csv", "as_csv", is_flag=True, help="Print CSV, one row per round.")
@now_option
@click.pass_context
def pipeline(ctx: click.Context, as_json: bool, as_csv: bool, now_text: str | None) -> None:
    """Every application, one per employer: rounds, people met, what was sent, what is next.

    Rounds come from your calendar (screens and first interviews too), grouped by
    employer as detection links them. Set a state yourself with
    `interview-assistant pipeline set EMPLOYER --state closed`.
    """
    if ctx.invoked_subcommand is not None:
        return
    if as_json and as_csv:
        raise UsageError("choose one of --json and --csv")
    from assistant.dates import format_moment
    from assistant.i18n import using
    from assistant.pipeline import load_board, stored_rounds
    from assistant.pipeline.agency import agency_calls
    from assistant.pipeline.export import CSV_COLUMNS, csv_rows, text_lines, to_json

    app = load_app()
    # The board is in English, its dates as the user's English writes them.
    with using(app.english_locale):
        now = now_or(now_text, app.tz)
        with app.open_store() as store:
            board = load_board(store, now, app.tz)
            calls = agency_calls(stored_rounds(store))
        backend = app.settings.mail.backend
        if as_json:
            click.echo(
                json.dumps(
                    [to_json(a, app.tz, backend) for a in board], indent=2, ensure_ascii=False
                )
            )
        elif as_csv:
            out = io.StringIO()
            writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
            writer.writeheader()
            writer.writerows(csv_rows(board, app.tz, backend))
            click.echo(out.getvalue(), nl=False)
        elif not board:
            click.echo("No applications yet: rounds appear here once a pass has read your calendar")
            click.echo("(interview-assistant tick, or run).")
        else:
            for line in text_lines(board, app.tz, backend, now):
                click.echo(line)
        if calls and not (as_json or as_csv):
            named = "; ".join(
                f"{c.company}, {format_moment(c.start, app.tz, clock=False)}" for c in calls
            )
            click.echo(f"\nAn agency's own calls are no round of an application: {named}.")


@pipeline.command("set")
@click.argument("employer")
@click.option("--state", type=click.Choice(STATES), required=True, help="Where it stands.")
@click.option("--note", default="", help="A few words for yourself (shown beside the state).")
@now_option
def set_command(employer: str, state: str, note: str, now_text: str | None) -> None:
    """Set where the application with EMPLOYER stands (its name as `pipeline` shows it,
    or any part of it that names no other application; case is ignored).

    `closed` stops check-in nudges for it; `active` or `waiting` brings them back.
    """
    from assistant.pipeline import AppState, load_board, set_state
    from assistant.pipeline.board import find_applications

    app = load_app()
    now = now_or(now_text, app.tz)
    with app.exclusive(), app.open_store() as store:
        board = load_board(store, now, app.tz)
        found = find_applications(board, employer)
        if not found:
            known = ", ".join(a.company for a in board) or "none yet"
            raise UsageError(
                f"no application with {employer!r} (known: {known})",
                fix="use the employer's name as `interview-assistant pipeline` shows it",
            )
        if len(found) > 1:
            named = "; ".join(f"{a.company} (key {a.key})" for a in found)
            raise UsageError(
                f"{employer!r} names {len(found)} applications: {named}",
                fix="give more of the name, or the key",
            )
        target = found[0]
        set_state(store, target.key, AppState(state), note, now)
    words = f"{target.company} is now {state}" + (f" ({note})" if note else "")
    click.echo(words + ".")
    if state == "closed":
        click.echo(
            "No more check-in nudges for it; its pending one, if any, is dropped on the next pass."
        )
