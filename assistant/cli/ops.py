"""``status``, ``doctor`` and ``service``: keeping an unattended assistant healthy."""

from __future__ import annotations

import json
import sys
from datetime import UTC
from pathlib import Path

import click

from assistant.cli.common import load_app, now_option, now_or, one_shot, parse_when
from assistant.errors import UsageError
from assistant.paths import Home


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.option("--limit", default=5, show_default=True, help="How many jobs and problems to list.")
@now_option
def status(as_json: bool, limit: int, now_text: str | None) -> None:
    """What is connected, when it last synced, what is due, what waits, what went wrong.

    Reads the configuration and the database only: nothing is fetched or sent.
    """
    from assistant.ops.status import collect_status, format_status

    app = load_app()
    now = now_or(now_text, app.tz)
    with app.open_store() as store:
        snapshot = collect_status(app, store, now, limit=limit)
    if as_json:
        click.echo(json.dumps(snapshot.to_json(), indent=2, ensure_ascii=False))
        return
    for line in format_status(snapshot, now, app.tz, app.english_locale):
        click.echo(one_shot(line))


@click.command()
@now_option
def doctor(now_text: str | None) -> None:
    """Check the setup: configuration, folders, database, clock and timezone,
    calendars, mailbox, and the Google token when Google is configured.

    Each problem comes with the command or setting that fixes it. Exits 2 when the
    configuration is missing or wrong, 1 when something else is (warnings alone do
    not count), 0 when all is well.
    """
    from assistant.durations import plural
    from assistant.ops.doctor import exit_code, failed, run_checks

    if now_text:
        parse_when(now_text, UTC)  # a time that cannot be read stops here, before any check
    checks = run_checks(Home.from_env(), lambda tz: now_or(now_text, tz))
    for check in checks:
        if check.ok:
            mark = click.style("ok  ", fg="green")
        elif check.warning:
            mark = click.style("warn", fg="yellow")
        else:
            mark = click.style("FAIL", fg="red")
        click.echo(f"{mark} {check.name}: {one_shot(check.detail)}")
        if not check.ok and check.fix:
            click.echo(f"     fix: {check.fix}")
    problems = failed(checks)
    warnings = [c for c in checks if not c.ok and c.warning]
    if problems:
        also = f" (and {plural(len(warnings), 'warning')})" if warnings else ""
        click.echo(f"\n{plural(len(problems), 'problem')} found{also}.")
        raise SystemExit(exit_code(checks))
    if warnings:
        click.echo(f"\nNo problems; {plural(len(warnings), 'warning')} above.")
        return
    click.echo("\nEverything checked is fine.")


@click.group()
def service() -> None:
    """Keep the assistant running in the background (systemd, launchd, or cron).

    \b
    service install --user           the `run` service (systemd; launchd on macOS)
    service install --user --timer   a systemd timer that runs `tick` every 5 minutes
    service install --user --cron    print a crontab line instead
    """


def _manager(requested: str) -> str:
    if requested != "auto":
        return requested
    if sys.platform == "darwin":
        return "launchd"
    if sys.platform.startswith("linux"):
        return "systemd"
    raise UsageError(
        f"no service manager is supported on {sys.platform}",
        fix="run `interview-assistant service install --user --cron` and schedule the line "
        "it prints with your system's scheduler",
    )


def _require_user(user: bool) -> None:
    if not user:
        raise UsageError(
            "only per-user services are supported (a system-wide one would run as root)",
            fix="add --user",
        )


manager_option = click.option(
    "--manager",
    type=click.Choice(["auto", "systemd", "launchd"]),
    default="auto",
    show_default=True,
    help="Which service manager to write for (auto: launchd on macOS, else systemd).",
)


@service.command()
@click.option("--user", is_flag=True, help="Install for your user only (required).")
@click.option(
    "--timer", is_flag=True, help="A systemd timer running `tick`, not the `run` service."
)
@click.option("--cron", is_flag=True, help="Print a crontab line instead of writing a unit.")
@click.option("--dry-run", is_flag=True, help="Print what would be written, write nothing.")
@manager_option
def install(user: bool, timer: bool, cron: bool, dry_run: bool, manager: str) -> None:
    """Write the service files with this machine's paths, then say how to start them."""
    from assistant.ops import service_units as units

    _require_user(user)
    home = Home.from_env()
    if cron:
        click.echo("Add this line with `crontab -e`:")
        click.echo(units.cron_line(units.command(), units.home_env()), nl=False)
        return
    kind = _manager(manager)
    if timer and kind != "systemd":
        raise UsageError("--timer is for systemd", fix="drop --timer, or use --cron")
    folder = units.unit_folder(kind, Path.home())
    files = units.units_for(kind, timer, home.log_dir)
    for unit in files:
        target = folder / unit.name
        if dry_run:
            click.echo(f"# would write {target}")
            click.echo(unit.text)
            continue
        try:
            folder.mkdir(parents=True, exist_ok=True)
            target.write_text(unit.text, encoding="utf-8")
        except OSError as exc:
            raise UsageError(
                f"cannot write {target}: {exc.strerror or exc}", fix=f"make {folder} writable"
            ) from None
        click.echo(f"wrote {target}")
    click.echo("Then start it with:" if not dry_run else "# then start it with:")
    for line in units.enable_commands(kind, files, folder):
        click.echo(f"  {line}")


@service.command()
@click.option("--user", is_flag=True, help="The per-user files (required).")
@click.option("--dry-run", is_flag=True, help="Print what would be removed, remove nothing.")
@manager_option
def uninstall(user: bool, dry_run: bool, manager: str) -> None:
    """Remove the service files `service install` wrote (stop them first)."""
    from assistant.ops import service_units as units

    _require_user(user)
    kind = _manager(manager)
    folder = units.unit_folder(kind, Path.home())
    names = [units.PLIST] if kind == "launchd" else [units.SERVICE, units.TICK_SERVICE, units.TIMER]
    found = [folder / name for name in names if (folder / name).exists()]
    if not found:
        click.echo(f"nothing installed in {folder}")
        return
    if kind == "systemd":
        click.echo(
            "Stop them first: systemctl --user disable --now " + " ".join(p.name for p in found)
        )
    for path in found:
        if not dry_run:
            path.unlink()
        click.echo(f"{'would remove' if dry_run else 'removed'} {path}")
