"""Service files that keep the assistant running: systemd (service or timer), launchd, cron.

The files in ``scripts/`` are these same renderings with a placeholder path
(``%h/.local/bin/interview-assistant``); a test keeps them in step.
``service install`` renders them with this machine's real paths instead: the
installed ``interview-assistant`` command (or this interpreter with ``-m
assistant``), and ``INTERVIEW_ASSISTANT_HOME`` when it is set.

Which to choose (the README says the same):

- the systemd **service** runs ``run``: one process that wakes for each due job,
  so a briefing goes out within seconds of its time. Best on a laptop or desktop
  that is on most of the day.
- the systemd **timer** runs ``tick`` every five minutes and, with
  ``Persistent=true``, once more right after the machine wakes or boots.
  Nothing stays in memory between passes.
- **cron** does what the timer does where there is no systemd, but does not
  catch up a run missed while the machine was off (the next one does).
- **launchd** (macOS) runs ``run`` as a LaunchAgent and restarts it if it stops.
"""

from __future__ import annotations

import os
import plistlib
import re
import shlex
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from assistant.paths import HOME_ENV

SERVICE = "interview-assistant.service"
TICK_SERVICE = "interview-assistant-tick.service"
TIMER = "interview-assistant-tick.timer"
PLIST = "com.interview-assistant.plist"
LABEL = "com.interview-assistant"
# The placeholder command of the copies in scripts/: where `pip install --user` puts it.
PLACEHOLDER = "%h/.local/bin/interview-assistant"
TICK_EVERY_MINUTES = 5


@dataclass(frozen=True)
class UnitFile:
    """A file to write: its name, the folder it belongs in, and its text."""

    name: str
    text: str


def command() -> list[str]:
    """How to start the assistant on this machine, as absolute paths."""
    installed = shutil.which("interview-assistant")
    if installed:
        return [str(Path(installed).resolve())]
    return [sys.executable, "-m", "assistant"]


def home_env(environ: dict[str, str] | None = None) -> str | None:
    """``INTERVIEW_ASSISTANT_HOME`` as an absolute path, when it is set."""
    value = (os.environ if environ is None else environ).get(HOME_ENV)
    return str(Path(value).expanduser().resolve()) if value else None


def systemd_quote(argument: str) -> str:
    """One ExecStart argument: ``%`` doubled, quoted when it holds spaces or quotes."""
    argument = argument.replace("%", "%%")
    if re.search(r"[\s\"'\\]", argument):
        return '"' + argument.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return argument


def _exec(executable: str, arguments: list[str]) -> str:
    return " ".join([executable, *(systemd_quote(a) for a in arguments)])


def _environment(home: str | None) -> str:
    if not home:
        return ""
    return f"Environment={systemd_quote(f'{HOME_ENV}={home}')}\n"


def systemd_service(executable: str, home: str | None) -> UnitFile:
    """The long-running ``run`` service. ``executable`` is already systemd-quoted."""
    text = f"""[Unit]
Description=interview-assistant: briefings before follow-up interviews, drafts after them

[Service]
Type=simple
ExecStart={_exec(executable, ["run"])}
{_environment(home)}# A configuration error (exit 2) will not fix itself: do not restart for it.
Restart=on-failure
RestartSec=30
RestartPreventExitStatus=2
Nice=10

[Install]
WantedBy=default.target
"""
    return UnitFile(SERVICE, text)


def systemd_timer(executable: str, home: str | None) -> list[UnitFile]:
    """``tick`` every few minutes, and once after a boot or wake that missed one."""
    service = f"""[Unit]
Description=interview-assistant: one pass (started by {TIMER})

[Service]
Type=oneshot
ExecStart={_exec(executable, ["tick"])}
{_environment(home)}Nice=10
"""
    timer = f"""[Unit]
Description=interview-assistant: a pass every {TICK_EVERY_MINUTES} minutes

[Timer]
OnCalendar=*:0/{TICK_EVERY_MINUTES}
# Run at once after a boot or wake that missed a pass.
Persistent=true
AccuracySec=30s

[Install]
WantedBy=timers.target
"""
    return [UnitFile(TICK_SERVICE, service), UnitFile(TIMER, timer)]


def launchd_plist(arguments: list[str], home: str | None, log_dir: str) -> UnitFile:
    """A LaunchAgent for ``run``, restarted when it stops unexpectedly."""
    agent: dict[str, object] = {
        "Label": LABEL,
        "ProgramArguments": [*arguments, "run"],
        "RunAtLoad": True,
        "KeepAlive": {"SuccessfulExit": False},
        "ThrottleInterval": 30,
        "ProcessType": "Background",
        "StandardErrorPath": f"{log_dir}/launchd.err.log",
        "StandardOutPath": f"{log_dir}/launchd.out.log",
    }
    if home:
        agent["EnvironmentVariables"] = {HOME_ENV: home}
    return UnitFile(PLIST, plistlib.dumps(agent, sort_keys=False).decode("utf-8"))


def cron_line(arguments: list[str], home: str | None) -> str:
    """A crontab line: a pass every few minutes; only warnings and errors reach cron's mail."""
    parts = [shlex.quote(a) for a in [*arguments, "tick"]]
    if home:
        parts.insert(0, f"{HOME_ENV}={shlex.quote(home)}")
    # In a crontab an unescaped % starts the command's standard input.
    line = " ".join(parts).replace("%", "\\%")
    return f"*/{TICK_EVERY_MINUTES} * * * * {line} >/dev/null\n"


def unit_folder(manager: str, user_home: Path, environ: dict[str, str] | None = None) -> Path:
    """Where user units go: ``~/.config/systemd/user`` or ``~/Library/LaunchAgents``."""
    env = os.environ if environ is None else environ
    if manager == "launchd":
        return user_home / "Library" / "LaunchAgents"
    config = env.get("XDG_CONFIG_HOME") or str(user_home / ".config")
    return Path(config) / "systemd" / "user"


def units_for(manager: str, timer: bool, log_dir: Path) -> list[UnitFile]:
    """The files ``service install`` writes for this machine."""
    arguments, home = command(), home_env()
    if manager == "launchd":
        return [launchd_plist(arguments, home, str(log_dir))]
    executable = systemd_quote(arguments[0])
    rest = arguments[1:]
    if rest:  # python -m assistant: keep the module arguments before the command
        executable = " ".join([executable, *(systemd_quote(a) for a in rest)])
    return systemd_timer(executable, home) if timer else [systemd_service(executable, home)]


def enable_commands(manager: str, units: list[UnitFile], folder: Path) -> list[str]:
    """What the user runs after the files are written."""
    if manager == "launchd":
        return [f"launchctl bootstrap gui/$(id -u) {shlex.quote(str(folder / PLIST))}"]
    main = TIMER if any(u.name == TIMER for u in units) else SERVICE
    return [
        "systemctl --user daemon-reload",
        f"systemctl --user enable --now {main}",
        "loginctl enable-linger $USER   # keep it running while you are logged out",
    ]
