"""Terminal output is inert: controls, bidi overrides and escape sequences in event text never
reach the terminal, whatever command prints them."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import cli
from assistant.cli.terminal import terminal_text
from assistant.models import DraftKind
from assistant.store import Store
from assistant.text import inert
from tests.conftest import NOW

# What a terminal acts on: 8-bit CSI (U+009B), OSC window title and hyperlink (7- and
# 8-bit), a cursor move, clear screen, DCS, bidi override, NEL, U+2028, BEL, CR.
HOSTILE = (
    "Second interview \x9b2J at Acme \x1b]0;pwned\x07\x1b[1;1H\x1b[2J"
    "\x9d8;;https://evil.example\x9cclick\x9d8;;\x9c \x1bP+q\x1b\\ \u202eemoc.emca\u202c"
    "\x85next\u2028line\x07\rover"
)
TERMINAL_ACTS_ON = [
    "\x9b",
    "\x9d",
    "\x9c",
    "\x1b",
    "\u202e",
    "\u202c",
    "\x85",
    "\u2028",
    "\x07",
    "\r",
]


def assert_inert(output: str) -> None:
    for char in TERMINAL_ACTS_ON:
        assert char not in output, repr(char)
    assert not any(0x80 <= ord(c) <= 0x9F for c in output), "a C1 control"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("a\x9b31mred", "ared"),
        ("x\x1b[31mred\x1b[0m", "xred"),
        ("ti\x1b]0;pwned\x07tle", "title"),
        ("\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\", "click"),
        ("a\x1bP1;2|x\x1b\\b", "ab"),
        ("a\u202eb\u2066c", "abc"),
        ("l\u2028m\x85n\u2029o", "l m n o"),
        ("José Ñandú 東京", "José Ñandú 東京"),
    ],
)
def test_inert_removes_what_a_terminal_would_act_on(text: str, shown: str) -> None:
    assert inert(text) == shown


def test_the_terminal_guard_keeps_click_colours_and_nothing_else() -> None:
    assert terminal_text("\x1b[31merror: x\x1b[0m\n") == "\x1b[31merror: x\x1b[0m\n"
    assert terminal_text("\x1b[8mhidden\x1b[0m") == "hidden\x1b[0m"
    assert_inert(terminal_text(HOSTILE))


def test_scan_prints_hostile_titles_inert(home: Path, tmp_path: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(
        '[user]\nemail = "me@example.com"\ntimezone = "Europe/Berlin"\n', encoding="utf-8"
    )
    summary = HOSTILE.replace("\r", "").replace("\\", "\\\\").replace(";", "\\;")
    calendar = tmp_path / "hostile.ics"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//test//EN",
        "BEGIN:VEVENT",
        "UID:hostile-1",
        "DTSTAMP:20270101T000000Z",
        "DTSTART:20270413T090000Z",
        "DTEND:20270413T100000Z",
        f"SUMMARY:{summary}",
        "ORGANIZER;CN=\x9b6nJordan:mailto:jordan@acme.example",
        "ATTENDEE;CN=Me;PARTSTAT=ACCEPTED:mailto:me@example.com",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    calendar.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    for extra in ([], ["--json"], ["--all"]):
        result = CliRunner().invoke(
            cli,
            [
                "scan",
                "--calendar",
                str(calendar),
                "--from",
                "2027-04-01",
                "--to",
                "2027-05-01",
                *extra,
            ],
        )
        assert result.exit_code == 0, result.output
        assert "Acme" in result.output
        assert_inert(result.output + result.stderr)


def test_drafts_list_and_show_print_hostile_text_inert(home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(
        '[user]\nemail = "me@example.com"\ntimezone = "Europe/Berlin"\n', encoding="utf-8"
    )
    with Store.open(home / "state.db") as store:
        draft, _ = store.add_draft(
            key="hostile/thank-you",
            event_id="hostile-1",
            kind=DraftKind.THANK_YOU,
            recipients=["priya@acme.example"],
            subject="Thank you " + HOSTILE,
            body="Dear Priya,\n" + HOSTILE + "\n",
            message_id="<hostile@interview-assistant.local>",
            guessed_recipient=False,
            interview_summary=HOSTILE,
            now=NOW,
        )
    for args in (["drafts", "list"], ["drafts", "show", str(draft.id)]):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, result.output
        assert "Thank you" in result.output
        assert_inert(result.output)


def test_an_error_naming_hostile_text_prints_inert(home: Path, tmp_path: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(
        '[user]\nemail = "me@example.com"\ntimezone = "Europe/Berlin"\n', encoding="utf-8"
    )
    missing = tmp_path / "cal\x9b2J\x1b]0;pwned\x07.ics"
    result = CliRunner().invoke(cli, ["scan", "--calendar", str(missing)])
    assert result.exit_code != 0
    assert "error" in result.stderr
    assert_inert(result.output + result.stderr)


def test_log_lines_are_inert_in_the_file_and_on_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import logging

    from assistant.logs import setup_logging

    path = setup_logging(log_dir=tmp_path / "logs")
    assert path is not None
    logging.getLogger("assistant.test").warning("briefing for %r skipped", HOSTILE)
    logging.getLogger("assistant.test").warning("briefing for %s skipped", HOSTILE)
    setup_logging(log_dir=tmp_path / "other")  # closes the first file
    assert_inert(path.read_text(encoding="utf-8"))
    assert_inert(capsys.readouterr().err)
