"""`scan --calendar FILE` names the flag, not config.toml, when the file is missing: the
path came from the command line."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from assistant.cli import cli


def test_a_missing_file_given_to_the_flag_points_at_the_flag(home: Path, tmp_path: Path):
    result = CliRunner().invoke(cli, ["scan", "--calendar", str(tmp_path / "nope.ics")])
    assert result.exit_code == 1
    [line] = result.output.splitlines()
    assert line.endswith("no such file (check the path given to --calendar)")
    assert "config.toml" not in line


def _invite(uid: str, day: int, title: str, *guests: str) -> list[str]:
    return [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20270101T000000Z",
        f"DTSTART:202705{day:02d}T140000Z",
        f"DTEND:202705{day:02d}T150000Z",
        f"SUMMARY:{title}",
        *(f"ATTENDEE;CN={g.split('@')[0].title()};PARTSTAT=ACCEPTED:mailto:{g}" for g in guests),
        "ATTENDEE;CN=Robin Vale;PARTSTAT=ACCEPTED:mailto:robin.vale@mail.example",
        "END:VEVENT",
    ]


def _exported(tmp_path: Path, *invites: list[str], head: tuple[str, ...] = ()) -> Path:
    """A calendar as an export writes it: its head, then the invites."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", *head]
    lines += [line for invite in invites for line in invite] + ["END:VCALENDAR"]
    calendar = tmp_path / "exported.ics"
    calendar.write_text("\r\n".join(lines) + "\r\n")
    return calendar


def test_before_init_the_owner_is_read_from_the_calendar_not_listed_as_a_guest(
    home: Path, tmp_path: Path
):
    """Without [user] email, the address on most events is taken for the user and said
    so: it is not "with" anyone, and two employers' rounds are not linked through it."""
    calendar = _exported(
        tmp_path,
        _invite("ql-1", 3, "Interview – Quillon Labs", "hana@quillon.example"),
        _invite("tb-2", 10, "Catch-up – Tarnbrook Freight", "omar@tarnbrook.example"),
        _invite("ql-2", 12, "Second interview – Quillon Labs", "hana@quillon.example"),
    )
    result = CliRunner().invoke(
        cli,
        ["scan", "--calendar", str(calendar), "--all", "--explain", "--now", "2027-05-01T12:00Z"],
    )
    assert result.exit_code == 0, result.output
    assert "reading the calendar as robin.vale@mail.example's" in result.output
    assert "Robin" not in result.output.split("note:", 1)[1].split("\n", 1)[1]
    tarnbrook = result.output.split("Tarnbrook Freight", 1)[1].split("Second interview", 1)[0]
    assert "follows an earlier interview" not in tarnbrook


def test_before_init_times_are_in_the_calendars_own_zone_and_nothing_is_written(
    home: Path, tmp_path: Path
):
    """No [user] timezone yet: the zone the calendar names (X-WR-TIMEZONE) is used and
    said, not this machine's; and a scan before init leaves no home folder behind."""
    calendar = _exported(
        tmp_path,
        _invite("ql-1", 3, "Interview – Quillon Labs", "hana@quillon.example"),
        _invite("ql-2", 12, "Second interview – Quillon Labs", "hana@quillon.example"),
        _invite("ql-3", 14, "Final interview – Quillon Labs", "hana@quillon.example"),
        head=("X-WR-TIMEZONE:Asia/Kathmandu",),  # +05:45: no machine's zone by chance
    )
    result = CliRunner().invoke(
        cli, ["scan", "--calendar", str(calendar), "--now", "2027-05-01T12:00Z"]
    )
    assert result.exit_code == 0, result.output
    assert "times are shown in Asia/Kathmandu, the calendar's own (X-WR-TIMEZONE)" in (
        result.output
    )
    assert "Wed, May 12, 2027, 7:45 PM" in result.output  # 14:00 UTC in Kathmandu
    assert not home.exists(), "scan before init made the home folder"
