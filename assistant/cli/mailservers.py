"""``connect imap`` and ``connect caldav``: mail and calendars without Google.

Each asks for what its flags did not give, tests the login against the real
server, keeps the password in the system keyring (or leaves it in the
environment variable named by ``--password-env``) and writes ``config.toml``.
Nothing is written unless the login worked.

``config.toml`` is edited in place, by table: the keys this command sets are
replaced, everything else (comments included) is kept. If the file is laid out
in a way this cannot follow (dotted keys, inline tables), the command says so
and prints the lines to add by hand.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from pathlib import Path
from typing import Any

import click

from assistant.app import App
from assistant.cli.common import load_app
from assistant.config import parse_settings
from assistant.errors import ConfigError, UsageError
from assistant.mail.imap import DRAFTS, SENT, ImapClient
from assistant.mail.smtp import Endpoint, SmtpTransport
from assistant.private import write_private
from assistant.secrets import keyring_usable, save_password
from assistant.sources.caldav import CalDavSource
from assistant.sources.ics import Owner

SECURITY = click.Choice(["tls", "starttls", "none"])
# Known providers: (host, port, security) for IMAP and SMTP, and the CalDAV server.
PROVIDERS: dict[str, dict[str, Any]] = {
    "fastmail": {
        "imap": ("imap.fastmail.com", 993, "tls"),
        "smtp": ("smtp.fastmail.com", 465, "tls"),
        "caldav": "https://caldav.fastmail.com/dav/",
        "domains": ("fastmail.com", "fastmail.fm", "fastmail.net", "sent.com"),
    },
    "icloud": {
        "imap": ("imap.mail.me.com", 993, "tls"),
        "smtp": ("smtp.mail.me.com", 587, "starttls"),
        "caldav": "https://caldav.icloud.com/",
        "domains": ("icloud.com", "me.com", "mac.com"),
    },
}


def _provider(name: str | None, email: str) -> dict[str, Any]:
    if name:
        return PROVIDERS[name]
    domain = email.rpartition("@")[2].lower()
    return next((p for p in PROVIDERS.values() if domain in p["domains"]), {})


def _check_password_store(password_env: str | None) -> None:
    """Before asking anything: the password needs somewhere to live."""
    if not password_env and not keyring_usable():
        raise UsageError(
            "no system keyring is available to keep the password",
            fix="put the password in an environment variable and pass --password-env NAME",
        )


def _password(password_env: str | None, what: str) -> str:
    """From the named variable, else asked for (hidden)."""
    if password_env:
        value = os.environ.get(password_env, "")
        if not value:
            raise UsageError(
                f"the environment variable {password_env} is empty",
                fix=f"set {password_env} to the {what} password first",
            )
        return value
    return str(
        click.prompt(f"{what} password (an app password for most providers)", hide_input=True)
    )


def _server(
    label: str, host: str | None, port: int | None, security: str | None, default: tuple[Any, ...]
) -> tuple[str, int, str]:
    d_host, d_port, d_security = default or ("", None, "tls")
    host = host or click.prompt(f"{label} server", default=d_host or None)
    security = security or click.prompt(
        f"{label} security", type=SECURITY, default=d_security, show_choices=True
    )
    if port is None:
        standard = {"IMAP": {"tls": 993, "starttls": 143, "none": 143}, "SMTP": {"tls": 465}}
        fallback = standard.get(label, {}).get(security, 587)
        port = int(click.prompt(f"{label} port", type=int, default=d_port or fallback))
    return str(host), int(port), str(security)


@click.command("imap")
@click.option("--email", help="Your address: briefings are sent to it.")
@click.option(
    "--provider",
    type=click.Choice(sorted(PROVIDERS)),
    help="Fill in a known provider's servers (guessed from --email when it can be).",
)
@click.option("--username", help="Login name (usually your full address).")
@click.option("--imap-host")
@click.option("--imap-port", type=click.IntRange(1, 65535))
@click.option("--imap-security", type=SECURITY, help="tls (port 993) or starttls (143).")
@click.option("--smtp-host")
@click.option("--smtp-port", type=click.IntRange(1, 65535))
@click.option("--smtp-security", type=SECURITY, help="tls (port 465) or starttls (587).")
@click.option(
    "--password-env",
    metavar="NAME",
    help="Keep the password in this environment variable instead of the system keyring.",
)
@click.option(
    "--smtp-only",
    is_flag=True,
    help="Only send over SMTP; drafts then wait in the local Maildir.",
)
@click.option(
    "--no-verify",
    is_flag=True,
    help="Accept any TLS certificate (only for a self-signed server you trust).",
)
def connect_imap(
    email: str | None,
    provider: str | None,
    username: str | None,
    imap_host: str | None,
    imap_port: int | None,
    imap_security: str | None,
    smtp_host: str | None,
    smtp_port: int | None,
    smtp_security: str | None,
    password_env: str | None,
    smtp_only: bool,
    no_verify: bool,
) -> None:
    """Connect a mailbox over IMAP and SMTP (Fastmail, iCloud, a university, your own server).

    Drafts go to the mailbox's Drafts folder, where your mail client shows them;
    approved messages and your briefings are sent over SMTP, with a copy in Sent.
    With --smtp-only, drafts wait in the local Maildir instead.

    Use an app password: most providers refuse the account password over IMAP.
    """
    _check_password_store(password_env)
    app = load_app(need_config=False)  # connecting may come before init; it says what to add
    email = email or app.settings.user.email or click.prompt("Your email address")
    preset = _provider(provider, str(email))
    username = username or click.prompt("Login name", default=email)
    imap = (
        None
        if smtp_only
        else _server("IMAP", imap_host, imap_port, imap_security, preset.get("imap", ()))
    )
    smtp = _server("SMTP", smtp_host, smtp_port, smtp_security, preset.get("smtp", ()))
    password = _password(password_env, "mail")

    def endpoint(server: tuple[str, int, str]) -> Endpoint:
        host, port, security = server
        return Endpoint(host, port, security, str(username), lambda: password, verify=not no_verify)

    if imap is not None:
        click.echo(f"Logging in to {imap[0]}…")
        client = ImapClient(endpoint(imap))
        try:
            drafts, sent = client.folder(DRAFTS), client.folder(SENT)
        finally:
            client.close()
        click.echo(f"  IMAP works: drafts go to {drafts!r}, sent copies to {sent!r}.")
    click.echo(f"Logging in to {smtp[0]}…")
    SmtpTransport(endpoint(smtp)).check_login()
    click.echo("  SMTP works.")

    if not password_env:
        save_password(str(username), password)
    common = {
        "username": username,
        "password_env": password_env,  # None removes a variable named before
        "verify": False if no_verify else None,
    }
    tables: dict[str, dict[str, Any]] = {
        "user": {"email": email},
        "mail": {"backend": "smtp" if imap is None else "imap+smtp"},
        "mail.smtp": {"host": smtp[0], "port": smtp[1], "security": smtp[2], **common},
    }
    if imap is not None:
        tables["mail.imap"] = {"host": imap[0], "port": imap[1], "security": imap[2], **common}
    write_config(app, tables)
    where = "the keyring" if not password_env else f"${password_env}"
    click.echo(f"Saved to {app.home.config_file} (password: {where}).")


@click.command("caldav")
@click.option(
    "--url",
    help="The calendar's address, or just the server's (its calendars are then listed).",
)
@click.option("--username", help="Login name.")
@click.option(
    "--calendar", "calendar_name", help="Which calendar, by name, when there are several."
)
@click.option(
    "--password-env",
    metavar="NAME",
    help="Keep the password in this environment variable instead of the system keyring.",
)
def connect_caldav(
    url: str | None, username: str | None, calendar_name: str | None, password_env: str | None
) -> None:
    """Connect a CalDAV calendar (Nextcloud, iCloud, Fastmail, Radicale…).

    Give the calendar's own address, or the server's (https://caldav.icloud.com/,
    https://caldav.fastmail.com/dav/, https://cloud.example.org/remote.php/dav/) and
    pick one of its calendars. Use an app password.
    """
    _check_password_store(password_env)
    app = load_app(need_config=False)  # connecting may come before init; it says what to add
    preset = _provider(None, app.settings.user.email)
    url = url or click.prompt("CalDAV address", default=preset.get("caldav") or None)
    username = username or click.prompt("Login name", default=app.settings.user.email or None)
    password = _password(password_env, "calendar")
    owner = Owner(app.profile().addresses, app.tz)

    def source(address: str) -> CalDavSource:
        return CalDavSource(address, str(username), lambda: password, owner)

    click.echo("Looking for your calendars…")
    found = source(str(url)).discover()
    chosen = _choose_calendar(found, str(url), calendar_name)
    name = source(chosen).check() or chosen
    click.echo(f"  CalDAV works: reading {name!r}.")
    if not password_env:
        save_password(str(username), password)
    write_config(
        app, {"caldav": {"url": chosen, "username": username, "password_env": password_env}}
    )
    where = "the keyring" if not password_env else f"${password_env}"
    click.echo(f"Saved to {app.home.config_file} (password: {where}).")


def _choose_calendar(found: list[tuple[str, str]], url: str, wanted: str | None) -> str:
    from assistant.sources.caldav import plain_url

    if not found:
        raise UsageError(
            f"no calendars were found at {url}", fix="give the calendar's own address with --url"
        )
    if wanted:
        match = [u for n, u in found if n.lower() == wanted.lower()]
        if not match:
            names = ", ".join(repr(n) for n, _ in found)
            raise UsageError(f"no calendar named {wanted!r}", fix=f"choose one of {names}")
        return match[0]
    if plain_url(url) in (u for _, u in found):
        return plain_url(url)
    if len(found) == 1:
        return found[0][1]
    for number, (name, address) in enumerate(found, start=1):
        click.echo(f"  {number}. {name}  ({address})")
    number = click.prompt("Which calendar", type=click.IntRange(1, len(found)))
    return found[number - 1][1]


# --- writing config.toml ------------------------------------------------------------------

_HEADER = re.compile(r"^\s*\[\s*([A-Za-z0-9_.\- ]+?)\s*\]\s*(?:#.*)?$")
_ANY_HEADER = re.compile(r"^\s*\[")
_KEY = re.compile(r'^\s*"?([A-Za-z0-9_-]+)"?\s*=')


def toml_value(value: Any) -> str:
    """A TOML literal for a string, integer or boolean."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)  # JSON strings are TOML basic strings


def set_table(text: str, table: str, values: dict[str, Any]) -> str:
    """``text`` with ``[table]``'s keys set to ``values`` (None removes a key)."""
    lines = text.splitlines()
    start = next(
        (
            i
            for i, line in enumerate(lines)
            if (m := _HEADER.match(line)) and re.sub(r"\s*\.\s*", ".", m.group(1)) == table
        ),
        None,
    )
    new = [f"{key} = {toml_value(v)}" for key, v in values.items() if v is not None]
    if start is None:
        if not new:
            return text
        gap = "\n" if text.strip() else ""
        return (
            text.rstrip("\n")
            + ("\n" if text.strip() else "")
            + gap
            + "\n".join([f"[{table}]", *new])
            + "\n"
        )
    end = next((i for i in range(start + 1, len(lines)) if _ANY_HEADER.match(lines[i])), len(lines))
    kept = [
        line
        for line in lines[start + 1 : end]
        if not ((m := _KEY.match(line)) and m.group(1) in values)
    ]
    lines[start + 1 : end] = new + kept
    return "\n".join(lines) + "\n"


def write_config(app: App, tables: dict[str, dict[str, Any]]) -> None:
    """Merge ``tables`` into config.toml, check the result, and replace the file atomically."""
    path: Path = app.home.config_file
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    for table, values in tables.items():
        text = set_table(text, table, values)
    try:
        parse_settings(tomllib.loads(text), path=str(path))
    except (tomllib.TOMLDecodeError, ConfigError) as exc:
        snippet = "".join(set_table("", t, v) + "\n" for t, v in tables.items())
        click.echo(f"Add these lines to {path} yourself:\n\n{snippet}", err=True)
        raise UsageError(
            f"{path} could not be updated automatically ({str(exc).splitlines()[0]})",
            fix="edit it by hand as shown above, then run `interview-assistant doctor`",
        ) from None
    write_private(path, text)
