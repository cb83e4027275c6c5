"""Helpers shared by the commands: loading the app, parsing times, printing."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, tzinfo
from typing import Any, TypeVar

import click

from assistant.account_files import StoredAccount
from assistant.app import App
from assistant.errors import UsageError
from assistant.paths import Home


def load_app(*, need_config: bool = True, create: bool = True) -> App:
    """The app of the user's home (``$INTERVIEW_ASSISTANT_HOME`` or the platform folders).

    Raises UsageError (exit 2) when ``need_config`` and there is no config.toml yet,
    before anything is created: a command that needs settings must not leave an empty
    database or lock file behind in a home that was never set up. ``create`` false: a
    home without config.toml is not made either (the defaults are used; ``scan
    --calendar FILE`` before ``init`` leaves nothing behind).
    """
    home = Home.from_env()
    if need_config:
        require_config(home)
    if not create and not home.config_file.exists():
        from assistant.config import Settings

        return App(home, Settings())
    return App.load(home)


account_option = click.option(
    "--account",
    "account_id",
    default="",
    metavar="ID",
    help="Operator mode: the deployment's account to act for (its token is kept encrypted"
    " in the database of INTERVIEW_ASSISTANT_DATABASE_URL).",
)


@contextmanager
def account_app(account_id: str) -> Iterator[App]:
    """The app whose provider account ``connect``/``disconnect`` act on.

    Without ``account_id``: the user's home (its token files). With one (operator mode):
    that account of the deployment, its tokens encrypted in the database; the operator
    code is imported only then. Raises UsageError when operator mode is not configured
    or the deployment has no such account.
    """
    if not account_id:
        yield load_app(need_config=False)  # connecting may come before init
        return
    from assistant.cli.operator_vault import account_app as deployment_account

    with deployment_account(account_id) as app:
        yield app


def saved_in(app: App, account: StoredAccount) -> None:
    """In operator mode, say where the new sign-in was saved (a single user's is the
    token file they know from the README)."""
    if app.tokens is not None:
        click.echo(f"Saved: {account.token_where}.")


def where(app: App, token: str, place: str = "") -> str:
    """How a command names the saved token: ``token`` (and ``place``) for a single
    user's files; in operator mode, the account's token in the deployment database."""
    if app.tokens is not None:
        return "the account's token in the deployment database"
    return f"{token} {place}".strip()


def require_config(home: Home) -> None:
    """Raise UsageError (exit 2) naming ``init`` when ``home`` has no config.toml."""
    if not home.config_file.exists():
        raise UsageError(
            f"no config.toml at {home.config_file}", fix="run `interview-assistant init`"
        )


def parse_when(text: str, tz: tzinfo) -> datetime:
    """ISO 8601 with ``Z`` or an offset; a naive time means ``tz`` (the user's zone)."""
    value = text.strip()
    if re.search(r"[zZ]$", value):
        value = value[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise UsageError(
            f"cannot read the time {text!r}",
            fix="write it as 2027-04-13T20:00:00Z, 2027-04-13T22:00+02:00 or 2027-04-13 22:00",
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=tz)


def parse_day(text: str, tz: tzinfo) -> datetime:
    """A date (start of that day in ``tz``) or a full time."""
    try:
        return datetime.combine(date.fromisoformat(text), time(0), tzinfo=tz)
    except ValueError:
        return parse_when(text, tz)


def now_or(text: str | None, tz: tzinfo) -> datetime:
    """The time ``--now`` gives (:func:`parse_when`: a naive time is ``tz``), else the
    clock's; aware, in ``tz`` either way, so every command shows it the same.
    UsageError when the text cannot be read."""
    moment = parse_when(text, tz) if text else datetime.now(UTC)
    return moment.astimezone(tz)


now_option = click.option(
    "--now",
    "now_text",
    metavar="ISO8601",
    help="Take this as the current time (2027-04-13T20:00:00Z; a naive time is your zone).",
)


Command = TypeVar("Command", bound=Callable[..., Any])


def loopback_options(provider: str, timeout_default: int) -> Callable[[Command], Command]:
    """``--no-browser``, ``--port`` and ``--timeout``: the options of a sign-in whose
    answer comes back to a one-shot server on this machine (RFC 8252 §7.3)."""

    def decorate(command: Command) -> Command:
        for option in reversed(
            [
                click.option(
                    "--no-browser",
                    is_flag=True,
                    help="Print the address instead of opening a browser.",
                ),
                click.option(
                    "--port",
                    type=click.IntRange(0, 65535),
                    default=0,
                    show_default=True,
                    help=f"Local port for {provider}'s answer; 0 picks a free one.",
                ),
                click.option(
                    "--timeout",
                    type=click.IntRange(10, 3600),
                    default=timeout_default,
                    show_default=True,
                    help="Seconds to wait for the sign-in to be finished.",
                ),
            ]
        ):
            command = option(command)
        return command

    return decorate


def print_config_hints(app: App, hints: list[tuple[bool, str]]) -> None:
    """After connecting: the config.toml lines that turn the account on, for each
    ``(still_needed, snippet)`` that is still needed."""
    needed = [snippet for still_needed, snippet in hints if still_needed]
    if needed:
        where = app.home.config_file if app.tokens is None else "the account's config"
        click.echo(f"\nTo use it, add to {where}:\n")
        click.echo("\n\n".join(needed))


_WILL_RETRY = re.compile(r"[;,]?\s*(?:and\s+)?will retry\b\.?", re.IGNORECASE)


def one_shot(text: str) -> str:
    """``text`` without a promise to retry: a one-shot command does not retry by itself.

    Adapters say "will retry" because the daemon does; after a single command the
    caller says what happens next instead.
    """
    return _WILL_RETRY.sub("", text).rstrip()  # keep the indent of listed lines


# How many ids an ambiguous prefix's message lists.
PREFIX_CANDIDATES = 5


def expand_event_id(text: str, known: Iterable[str]) -> str:
    """The event id that ``text`` names among ``known``: itself when it is one, else the
    one id that starts with it or, from six characters on, holds it anywhere
    (:func:`assistant.event_ids.matching_ids`: Outlook UIDs share their first 40).

    Returns ``text`` unchanged when nothing matches, so the caller's own "unknown
    id" message applies. Raises UsageError (exit 2) for a part shared by several
    events, listing them, and for a part found inside an id but shorter than
    :data:`assistant.event_ids.PART_MIN`.
    """
    from assistant.event_ids import PART_MIN, matching_ids

    ids = set(known)
    if text in ids or not text:
        return text
    distinct = matching_ids(text, ids)
    if len(distinct) == 1:
        return distinct[0]
    if not distinct:
        if any(text in event_id for event_id in ids):  # inside an id, but too short for that
            raise UsageError(
                f"no event id starts with {text!r}, and a part from inside an id needs "
                f"{PART_MIN} characters or more",
                fix="give more of the id, as `interview-assistant scan` prints it",
            )
        return text
    shown = ", ".join(distinct[:PREFIX_CANDIDATES])
    more = (
        f" and {len(distinct) - PREFIX_CANDIDATES} more"
        if len(distinct) > PREFIX_CANDIDATES
        else ""
    )
    raise UsageError(
        f"{text!r} is part of {len(distinct)} event ids: {shown}{more}",
        fix="give more of the id, as `interview-assistant scan` prints it",
    )
