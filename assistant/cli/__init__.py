"""The command line: ``interview-assistant`` (and ``python -m assistant``).

Only this package imports click. Each command module is imported when its command
runs, not before, so ``--help`` and quick commands start fast and never load the
Google libraries. Errors the user can act on (``AssistantError``) print one line
naming the fix and exit 1 (2 for usage and configuration); anything else is a bug
and keeps its traceback.
"""

from __future__ import annotations

import importlib
from typing import Any

import click

from assistant.paths import operator_mode

# Command name → "module:attribute", loaded on first use.
COMMANDS: dict[str, tuple[str, str]] = {
    "demo": ("assistant.cli.passes:demo", "Run the whole flow on a bundled example calendar."),
    "init": ("assistant.cli.init:init", "Set up: a few questions, a config.toml, then a scan."),
    "tick": ("assistant.cli.passes:tick", "Do one pass: read calendars, plan, run what is due."),
    "run": ("assistant.cli.passes:run", "Keep running: a pass whenever something is due."),
    "scan": ("assistant.cli.scan:scan", "Show which events are follow-up interviews, and why."),
    "mark": ("assistant.cli.mark:mark", "Override the verdict for one event."),
    "drafts": ("assistant.cli.drafts:drafts", "List, show, edit, approve or reject drafts."),
    "debrief": ("assistant.cli.debrief:debrief", "Record how an interview went; drafts follow."),
    "briefing": ("assistant.cli.briefing:briefing", "Preview the briefing for an interview."),
    "connect": (
        "assistant.cli.accounts:connect",
        "Connect an account (Google, Microsoft, IMAP/SMTP, CalDAV).",
    ),
    "disconnect": (
        "assistant.cli.accounts:disconnect",
        "Disconnect an account and forget its token.",
    ),
    "status": ("assistant.cli.ops:status", "What is connected, what is due, what went wrong."),
    "doctor": ("assistant.cli.ops:doctor", "Check the setup and say how to fix what is wrong."),
    "service": ("assistant.cli.ops:service", "Install the background service (systemd, launchd)."),
    "serve": ("assistant.cli.web:serve", "Open the local page to review and approve drafts."),
    "pipeline": (
        "assistant.cli.pipeline:pipeline",
        "Where each application stands: rounds, what was sent, what is next.",
    ),
    "accounts": (
        "assistant.cli.operator_accounts:accounts",
        "Operator mode: add, list, update and remove the accounts of a deployment.",
    ),
    "worker": (
        "assistant.cli.worker:worker",
        "Operator mode: run the passes of a deployment's accounts, from its queue.",
    ),
}
# Commands of a deployment for many job seekers: shown in --help only in operator mode
# (INTERVIEW_ASSISTANT_DATABASE_URL set), so a single user never meets them; typed
# without it, they say how to turn it on.
OPERATOR_COMMANDS = frozenset({"accounts", "worker"})


class LazyGroup(click.Group):
    """A group whose subcommands are imported only when called (or listed in help)."""

    def __init__(self, *args: Any, lazy: dict[str, tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = lazy

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.lazy:
            module_name, attribute = self.lazy[name][0].split(":")
            command: click.Command = getattr(importlib.import_module(module_name), attribute)
            return with_log_options(command)
        return super().get_command(ctx, name)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        """As :meth:`click.Group.resolve_command`, but a mistyped name is answered with
        the closest of every command, lazy ones included ("scna": did you mean
        "scan"?); click alone offers only the commands already imported."""
        try:
            return super().resolve_command(ctx, args)
        except click.exceptions.NoSuchCommand as error:
            shown = [
                n for n in self.list_commands(ctx) if n not in OPERATOR_COMMANDS or operator_mode()
            ]
            raise click.exceptions.NoSuchCommand(
                error.command_name, possibilities=shown, ctx=ctx
            ) from None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # Listing uses the short help kept here, so `--help` imports no command module.
        shown = [n for n in self.lazy if n not in OPERATOR_COMMANDS or operator_mode()]
        rows = [(name, self.lazy[name][1]) for name in sorted(shown)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def invoke(self, ctx: click.Context) -> Any:
        from assistant.cli.terminal import guarded
        from assistant.errors import AssistantError

        with guarded():  # event text can never act on the terminal
            try:
                return super().invoke(ctx)
            except AssistantError as error:
                from assistant.cli.common import one_shot

                click.secho(f"error: {one_shot(error.message)}", err=True, fg="red")
                if error.fix:
                    click.echo(f"  fix: {error.fix}", err=True)
                ctx.exit(error.exit_code)


def _log_option_seen(ctx: click.Context, param: click.Parameter, value: Any) -> None:
    """``tick -v`` means what ``interview-assistant -v tick`` means: add to the root's
    count (or set its flag) and set the logging up again."""
    if not value:
        return
    root = ctx.find_root()
    if param.name == "verbose":
        root.params["verbose"] = root.params.get("verbose", 0) + value
    else:
        root.params["quiet"] = True
    if root.invoked_subcommand != "demo":  # the demo sets up its own log from these params
        _setup_logging(root.params.get("verbose", 0), root.params.get("quiet", False))


_LOG_OPTIONS: list[tuple[list[str], dict[str, bool], str]] = [
    (["-v", "--verbose"], {"count": True}, "More detail in the log (-vv for debug)."),
    (["-q", "--quiet"], {"is_flag": True}, "Only warnings and errors."),
]


def with_log_options(command: click.Command) -> click.Command:
    """``command`` (and, for a group, each of its subcommands) accepting -v and -q too."""
    names = {param.name for param in command.params}
    for flags, kind, text in _LOG_OPTIONS:
        if flags[1].lstrip("-") not in names:
            command.params.append(
                click.Option(
                    flags, expose_value=False, callback=_log_option_seen, help=text, **kind
                )
            )
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            with_log_options(sub)
    return command


def _setup_logging(verbose: int, quiet: bool) -> None:
    """Logging for a command; a home without config.toml gets no log file, since a
    command there creates nothing (it says to run ``init``)."""
    from assistant.logs import setup_logging
    from assistant.paths import Home

    setup_logging(verbose=verbose, quiet=quiet, to_file=Home.from_env().config_file.exists())


@click.group(
    cls=LazyGroup,
    lazy=COMMANDS,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.option("-v", "--verbose", count=True, help="More detail in the log (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only warnings and errors.")
@click.version_option(package_name="interview-assistant")
def cli(verbose: int, quiet: bool) -> None:
    """Prep briefings before your follow-up job interviews, thank-you drafts after them.

    Start with `interview-assistant demo` to see it work on an example calendar.
    Then run `interview-assistant init`: a few questions (your name, email, time
    zone and calendar) write config.toml and show your own interviews. Leave
    `interview-assistant run` running. Nothing is sent to anyone but you until
    you approve it with `interview-assistant drafts approve`.

    Files live in $INTERVIEW_ASSISTANT_HOME when it is set. -v and -q work before
    or after the command name.
    """
    if click.get_current_context().invoked_subcommand == "demo":
        return  # the demo logs into its own home, never the user's (it sets that up itself)
    _setup_logging(verbose, quiet)


def main() -> None:
    cli(prog_name="interview-assistant")
