"""``init``: the first run. A few questions, a commented config.toml, then ``scan``."""

from __future__ import annotations

from collections.abc import Callable

import click

from assistant.errors import UsageError
from assistant.paths import Home
from assistant.private import write_private


def _ask(
    value: str | None,
    prompt: str,
    interactive: bool,
    flag: str,
    check: Callable[[str], str | None],
    default: str = "",
    convert: Callable[[str], str] = str.strip,
) -> str:
    """A flag's value, else the answer to ``prompt``, asked again until ``check`` (a
    ``first_run`` checker: the problem in words, or None) accepts it. A flag's value is
    taken as given: ``check_answers`` reports every problem with the flags at once."""
    if value is not None:
        return convert(value)
    if not interactive:
        if default:
            return convert(default)
        raise UsageError(f"{flag} is missing", fix=f"pass {flag} (or run init without --no-input)")

    def accept(text: str) -> str:
        answer = convert(text)
        problem = check(answer)
        if problem:
            raise click.BadParameter(problem)  # click.prompt prints it and asks again
        return answer

    result: str = click.prompt(
        prompt, default=default or None, show_default=bool(default), value_proc=accept
    )
    return result


@click.command()
@click.option("--name", help="Your name, for greetings and signatures.")
@click.option("--email", help="Your email address; briefings go there.")
@click.option("--timezone", "tz_name", help="Your time zone (default: this machine's).")
@click.option(
    "--calendar",
    metavar="PATH_OR_URL",
    help='An .ics file or private iCal link; "google" to connect Google Calendar later.',
)
@click.option("--no-input", is_flag=True, help="Ask nothing: take the flags and the defaults.")
@click.option("--force", is_flag=True, help="Replace an existing config.toml (kept as .bak).")
@click.option("--no-scan", is_flag=True, help="Do not run `scan` afterwards.")
@click.pass_context
def init(
    ctx: click.Context,
    name: str | None,
    email: str | None,
    tz_name: str | None,
    calendar: str | None,
    no_input: bool,
    force: bool,
    no_scan: bool,
) -> None:
    """Set up: ask your name, email, time zone and calendar, write config.toml, then
    list the follow-up interviews found in your calendar (`scan`).

    Every question has a flag, for scripts: init --no-input --name "Alex Rivera"
    --email alex@example.com --calendar ~/calendar.ics
    """
    from assistant.ops.first_run import (
        Answers,
        calendar_problem,
        check_answers,
        config_text,
        detected_timezone,
        email_problem,
        name_problem,
        normalise_calendar,
        timezone_problem,
    )

    home = Home.from_env()
    target = home.config_file
    if target.exists() and not force:
        raise UsageError(
            f"{target} already exists; nothing was changed",
            fix="edit it (`interview-assistant doctor` checks it), or run init --force to "
            "replace it (the old one is kept as config.toml.bak)",
        )
    interactive = not no_input
    if interactive:
        click.echo(f"Setting up interview-assistant in {home.config_dir}.")
    answers = Answers(
        name=_ask(name, "Your name", interactive, "--name", name_problem),
        email=_ask(email, "Your email address", interactive, "--email", email_problem),
        timezone=_ask(
            tz_name,
            "Your time zone (an IANA name, like Europe/Berlin)",
            interactive,
            "--timezone",
            timezone_problem,
            detected_timezone(),
        ),
        # No default: pressing Enter must not leave the user without a calendar unawares.
        calendar=_ask(
            calendar,
            'Your calendar: the path of an .ics file, a private iCal link, or "google" to '
            "connect Google Calendar afterwards",
            interactive,
            "--calendar",
            calendar_problem,
            "google" if not interactive else "",
            convert=normalise_calendar,
        ),
    )
    problems = check_answers(answers)
    if problems:
        raise UsageError(
            "; ".join(problems) + "; nothing was written",
            fix="run init again with the right answers (or --name, --email, --timezone, "
            "--calendar)",
        )
    home.ensure()
    if target.exists():
        target.replace(target.with_name("config.toml.bak"))
    write_private(target, config_text(answers))  # 0600: it names the user and calendar links
    click.echo(f"Wrote {target}. `interview-assistant doctor` checks it.")
    if not answers.calendar:
        click.echo(
            "No calendar yet: connect Google with `interview-assistant connect google "
            "--client-secrets FILE` and set [calendar] google = true, or add an .ics file "
            "or link to [calendar] ics. Then run `interview-assistant scan`."
        )
        return
    if no_scan:
        click.echo("See your follow-up interviews with `interview-assistant scan`.")
        return
    from assistant.cli.scan import scan

    click.echo("Your follow-up interviews, from 30 days ago to 60 days ahead:\n")
    ctx.invoke(scan)
