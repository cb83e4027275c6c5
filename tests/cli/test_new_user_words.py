"""What a new user reads, tried as a new user would: no command needs a config it does not
say how to make, wrong ids are usage mistakes that name a command listing the right
ones, words match what happened (a local mailbox files, it does not email), nothing
arrives in quiet hours, and debrief answers fit the sentence they finish."""

from __future__ import annotations

import json
import re
import tokenize
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from assistant.cli import cli
from assistant.cli.common import expand_event_id
from assistant.errors import UsageError
from assistant.event_ids import short_ids
from assistant.mail.maildir import MaildirMailbox
from assistant.ops.health import Check
from tests.cli.test_cli_basics import inbox_kinds
from tests.cli.test_drafts_cli import AFTER, START, Maildir, configure, write_calendar

ASSISTANT = Path(__file__).resolve().parents[2] / "assistant"


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input)


@pytest.fixture
def drafted(home: Path, tmp_path: Path) -> Maildir:
    """acme-1 (a phone screen) and acme-2 (the second round, drafts just made: 1, 2, 3)."""
    configure(home, write_calendar(tmp_path / "calendar.ics"))
    assert run("tick", "--now", AFTER).exit_code == 0
    return Maildir(home)


# --- 10. a home without config.toml ---------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        "scan",
        "tick",
        "tick --dry-run",
        "run --once",
        "status",
        "drafts list",
        "drafts show 1",
        "drafts approve 1",
        "debrief acme-2 --topic x",
        "briefing preview acme-2",
        "mark acme-2 --follow-up",
        "serve",
    ],
)
def test_a_command_without_config_says_run_init_and_creates_nothing(home: Path, command: str):
    result = run(*command.split())
    assert result.exit_code == 2, result.output
    assert f"no config.toml at {home / 'config.toml'}" in result.output
    assert "run `interview-assistant init`" in result.output
    assert not home.exists(), "no state.db, tick.lock or logs/ in a home never set up"


def test_commands_that_need_no_config_still_work_without_it(home: Path, tmp_path: Path):
    calendar = write_calendar(tmp_path / "calendar.ics")
    scanned = run("scan", "--calendar", str(calendar), "--from", "2027-04-01", "--to", "2027-05-01")
    assert scanned.exit_code == 0 and "acme-2" in scanned.output
    assert run("--help").exit_code == 0
    assert run("doctor").exit_code == 2  # it says what to do, as before


# --- 5. wrong ids: exit 2, and a command that really lists ids -------------------------------


@pytest.mark.parametrize(
    ("command", "lister"),
    [
        ("drafts show 9", "drafts list --all"),
        ("drafts approve 9", "drafts list"),
        ("drafts reject 9", "drafts list"),
        ("drafts edit 9", "drafts list"),
        ("briefing preview nosuchid", "`interview-assistant scan` prints"),
        ("debrief nosuchid --topic x", "scan --all"),
        ("mark nosuchid --follow-up", "scan"),
    ],
)
def test_an_unknown_id_is_a_usage_mistake_naming_a_command_that_lists_ids(
    drafted: Maildir, command: str, lister: str
):
    result = run(*command.split())
    assert result.exit_code == 2, result.output
    assert "Error: No such option" not in result.output
    assert lister in result.output
    assert "`interview-assistant status`" not in result.output, "status prints no ids"


def test_a_unique_prefix_names_an_event_and_an_ambiguous_one_lists_the_candidates(
    drafted: Maildir,
):
    preview = run("briefing", "preview", "acme-", "--now", AFTER)
    assert preview.exit_code == 0 and "Second interview" in preview.output, "acme-2 is stored"
    run("scan", "--from", "2027-04-01", "--to", "2027-05-01")  # remembers acme-1 and acme-2
    ambiguous = run("debrief", "acme-", "--topic", "x", "--now", AFTER)
    assert ambiguous.exit_code == 2
    assert "'acme-' is part of 2 event ids: acme-1, acme-2" in ambiguous.output
    debriefed = run("debrief", "acme-2"[:-1] + "2", "--topic", "the roadmap", "--now", AFTER)
    assert debriefed.exit_code == 0


def test_expand_event_id_counts_a_series_and_its_instances_once():
    uid = "040000008200e00074c5b7101a82e008" * 3 + "abcd"  # Outlook UIDs are long hex
    known = {uid, f"{uid}@20270413T090000Z", f"{uid}@20270420T090000Z", "other"}
    assert expand_event_id(uid[:8], known) == uid
    assert expand_event_id("oth", known) == "other"
    assert expand_event_id("nothing", known) == "nothing", "the caller's unknown-id message"
    with pytest.raises(UsageError, match="is part of 2 event ids"):
        expand_event_id(f"{uid}@2027", known)


# --- 4. the first round in the briefing, before any debrief ----------------------------------


def two_rounds(path: Path) -> Path:
    """A phone screen with Dana, then a second round with Jordan (met in both)."""
    fmt = "%Y%m%dT%H%M%SZ"

    def event(uid: str, summary: str, start, *people: str) -> list[str]:
        return [
            "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20270101T000000Z",
            f"DTSTART:{start:{fmt}}", f"DTEND:{start + timedelta(hours=1):{fmt}}",
            f"SUMMARY:{summary}",
            "ORGANIZER;CN=Jordan Lee:mailto:jordan@acme.example",
            "ATTENDEE;CN=Alex Rivera;PARTSTAT=ACCEPTED:mailto:me@example.com",
            "ATTENDEE;CN=Jordan Lee;PARTSTAT=ACCEPTED:mailto:jordan@acme.example",
            *[f"ATTENDEE;CN={p.split('@')[0].title()} Wu:mailto:{p}" for p in people],
            "END:VEVENT",
        ]  # fmt: skip

    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
        *event("acme-1", "Phone screen – Acme (Product Manager)", START - timedelta(days=10),
               "dana@acme.example"),
        *event("acme-2", "Second interview – Product Manager at Acme", START),
        "END:VCALENDAR",
    ]  # fmt: skip
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def test_the_briefing_names_the_first_round_and_who_was_met_before_any_debrief(
    home: Path, tmp_path: Path
):
    configure(home, two_rounds(tmp_path / "calendar.ics"))
    run("tick", "--now", "2027-04-11T12:00:00Z")
    text = run("briefing", "preview", "acme-2", "--now", "2027-04-11T12:00:00Z").output
    assert "Round 1  Phone screen – Acme (Product Manager), Saturday, 3 April 2027" in text
    assert "You also met: Dana Wu" in text, "someone met then who is not on this invite"
    assert "Jordan Lee: Organised this interview" in text and "You met in round 1." in text
    run("debrief", "acme-1", "--topic", "the roadmap", "--now", "2027-04-11T12:00:00Z")
    again = run("briefing", "preview", "acme-2", "--now", "2027-04-11T12:00:00Z").output
    assert "Your notes: the roadmap" in again and "You also met: Dana Wu" in again


def test_debriefing_a_first_round_says_its_notes_go_to_the_next_briefing(drafted: Maildir):
    result = run("debrief", "acme-1", "--topic", "the roadmap", "--now", AFTER)
    assert result.exit_code == 0, result.output
    assert "your notes appear in the next round's briefing" in result.output
    assert "appear in the drafts" not in result.output


# --- 7. the local mailbox files, it does not email -------------------------------------------


def test_every_word_about_an_approved_draft_is_honest_with_the_local_mailbox(drafted: Maildir):
    assert run("drafts", "approve", "1", "--now", AFTER).exit_code == 0
    again = run("drafts", "approve", "1", "--now", AFTER)
    assert "already filed in the local Sent folder (it was not emailed)" in again.output
    rejected = run("drafts", "reject", "1", "--now", AFTER)
    assert rejected.exit_code == 2 and "not emailed" in rejected.output
    listed = run("drafts", "list", "--all", "--now", AFTER).output
    assert re.search(r"^\s+1\s+filed \(not emailed\)", listed, re.M), listed
    assert "send it with" not in listed and "approve it with `drafts approve ID`" in listed
    assert "filed (not emailed)" in run("drafts", "show", "1").output


# --- 8. quiet hours hold notes to self ------------------------------------------------------


def test_the_note_after_an_interview_waits_for_quiet_hours_to_end(home: Path, tmp_path: Path):
    configure(home, write_calendar(tmp_path / "calendar.ics"))
    night = "2027-04-13 23:31"  # Berlin; the interview ended at 15:00, quiet from 21:00
    dry = run("tick", "--dry-run", "--now", night).output
    assert "would create a draft" in dry and "would deliver a note" not in dry
    made = run("tick", "--now", night)
    assert "3 drafts waiting for approval" in made.output and "note" not in made.output
    mailbox = MaildirMailbox(home / "mailbox")
    assert "note" not in inbox_kinds(mailbox)
    assert "note" not in run("tick", "--now", "2027-04-14 06:59").output
    morning = run("tick", "--now", "2027-04-14 07:00")
    assert "1 note to you delivered" in morning.output, "the summary names it"
    assert inbox_kinds(mailbox).count("note") == 1
    run("tick", "--now", "2027-04-14 08:00")
    assert inbox_kinds(mailbox).count("note") == 1, "once"


# --- 9, 13. status ----------------------------------------------------------------------------


def test_status_lists_a_scheduled_send_under_next_due(drafted: Maildir):
    run("drafts", "approve", "3", "--at", "2027-04-14 09:00", "--now", AFTER)
    data = json.loads(run("status", "--json", "--now", AFTER).output)
    assert [j["kind"] for j in data["next_jobs"]] == ["file"]
    text = run("status", "--now", AFTER).output
    next_due = text.split("Next due:")[1].split("Drafts waiting")[0]
    assert "Wed 14 Apr, 09:00" in next_due and "file" in next_due and "draft 3" in next_due
    assert "nothing planned" not in text
    assert "approved, files (not emailed) Wed 14 Apr, 09:00" in text
    assert "Drafts waiting for you: 2 (and 1 approved, to go out later)" in text
    assert "\n  ics     " in text, "the listed lines keep their indent"


# --- 11. scan says what it could not search ----------------------------------------------------


def test_scan_with_an_unreadable_calendar_says_so_in_one_line_with_the_fix(
    home: Path, tmp_path: Path
):
    configure(home, tmp_path / "missing.ics")
    result = run("scan")
    assert result.exit_code == 1
    [line] = result.output.splitlines()  # the error alone: a second line would only repeat it
    assert line.startswith("error: calendar ") and "no such file" in line
    assert line.endswith("(check [calendar] ics in config.toml)"), "the fix, on the same line"
    assert line.count("check [calendar] ics") == 1
    assert "No follow-up interviews" not in result.output


def test_scan_with_one_unreadable_calendar_of_two_says_the_result_is_not_complete(
    home: Path, tmp_path: Path
):
    calendar = write_calendar(tmp_path / "calendar.ics")
    home.mkdir(parents=True)
    (home / "config.toml").write_text(
        '[user]\nemail = "me@example.com"\ntimezone = "Europe/Berlin"\n'
        f"[calendar]\nics = ['{calendar}', '{tmp_path / 'missing.ics'}']\n"
    )
    result = run("scan", "--from", "2027-04-01", "--to", "2027-05-01")
    assert result.exit_code == 1  # what was read is listed, and the failure still counts
    assert "acme-2" in result.output
    assert "Not complete: 1 calendar could not be read and was not searched" in result.output


# --- 12. no "(s)" plurals ------------------------------------------------------------------------


def test_no_user_facing_text_says_s_in_brackets():
    """Every string literal and template: "1 calendar", "2 calendars", never "calendar(s)"."""
    found = []
    for path in ASSISTANT.rglob("*.py"):
        if path.name == "durations.py":
            continue  # its docstring names the habit it replaces
        with tokenize.open(path) as source:
            for token in tokenize.generate_tokens(source.readline):
                if token.type == tokenize.STRING and re.search(r"[a-z]\(s\)", _text(token.string)):
                    found.append(f"{path.name}:{token.start[0]}")
    for path in (ASSISTANT.parent / "templates").rglob("*.*"):
        if re.search(r"[a-z]\(s\)", _text(path.read_text(encoding="utf-8"))):
            found.append(path.name)
    assert not found, "use assistant.durations.plural in " + ", ".join(found)


def _text(string: str) -> str:
    """The words of a string: f-string fields ({inert(s) for s in …}) are code, not text."""
    return re.sub(r"\{[^{}]*\}", "", string.replace("http(s)", ""))


# --- 13. conflicting mark options, doctor's last line -------------------------------------------


def test_mark_with_follow_up_and_clear_says_they_conflict(drafted: Maildir):
    result = run("mark", "acme-2", "--follow-up", "--clear")
    assert result.exit_code == 2
    assert "--clear and --follow-up conflict" in result.output


def test_doctor_with_only_warnings_does_not_say_everything_is_fine(
    home: Path, monkeypatch: pytest.MonkeyPatch
):
    checks = [Check("configuration", True, "fine"), Check("background runs", False, "no pass", warning=True)]  # fmt: skip
    monkeypatch.setattr("assistant.ops.doctor.run_checks", lambda home, now: checks)
    result = run("doctor")
    assert result.exit_code == 0
    assert result.output.rstrip().endswith("No problems; 1 warning above.")
    assert "Everything checked is fine" not in result.output


# --- 14. doctor jargon, broken TOML, -v after the command, help, scan's reasons -------------------


def test_doctor_says_the_database_is_sound_without_jargon(drafted: Maildir):
    line = next(row for row in run("doctor").output.splitlines() if "database:" in row)
    assert line.endswith("is sound"), line


def test_an_unclosed_quote_in_config_names_the_file_and_line(home: Path):
    home.mkdir(parents=True)
    config = home / "config.toml"
    config.write_text('[user]\nemail = "me@example.com"\nname = "Alex\n')
    for command in (["tick"], ["doctor"]):
        result = run(*command)
        assert result.exit_code == 2
        assert f"fix: edit {config}, line 3: close any quote" in result.output, result.output


def test_verbose_and_quiet_work_after_the_command_too(home: Path, tmp_path: Path):
    configure(home, write_calendar(tmp_path / "calendar.ics"))
    verbose = run("tick", "-v", "--now", AFTER)
    assert verbose.exit_code == 0 and "info: draft created" in verbose.output
    assert run("drafts", "list", "-q", "--now", AFTER).exit_code == 0
    assert run("-v", "tick", "--now", AFTER).exit_code == 0


def test_help_mentions_init():
    assert "interview-assistant init" in run("--help").output


def test_plain_scan_says_why_each_was_picked(drafted: Maildir):
    out = run("scan", "--from", "2027-04-01", "--to", "2027-05-01").output
    assert "    why: " in out and "(--explain for all)" in out


# --- 15. debrief answers are topics ------------------------------------------------------------


def test_a_debrief_answer_in_a_sentence_becomes_a_topic_or_is_asked_again(drafted: Maildir):
    # Topics: none; Priya: a clause, then a sentence with a lead; Sam: a topic; no offer.
    answers = "\nwe talked about it\nwalked me through the on-call rotation.\nthe roadmap\nn\n"
    result = run("debrief", "acme-2", "--now", AFTER, input=answers)
    assert result.exit_code == 0, result.output
    assert "“it” reads as a sentence" in result.output, "'we talked about it' is asked again"
    assert 'finish "I especially enjoyed our conversation about …"' in result.output
    shown = run("drafts", "show", "1").output + run("drafts", "show", "2").output
    assert "our conversation about the on-call rotation." in shown
    assert "about walked me" not in shown and "about we talked" not in shown


def test_a_note_flag_that_is_a_sentence_is_refused(drafted: Maildir):
    result = run("debrief", "acme-2", "--note", "priya@acme.example=he was great", "--now", AFTER)
    assert result.exit_code == 2 and "reads as a sentence" in result.output
    assert '--note priya@acme.example="the on-call rotation"' in result.output
    fixed = run(
        "debrief", "acme-2", "--note", "priya@acme.example=we discussed Kafka", "--now", AFTER
    )
    assert fixed.exit_code == 0
    assert "our conversation about Kafka." in run("drafts", "show", "1").output


def test_a_name_led_how_clause_reads_right_and_a_that_clause_is_asked_again(drafted: Maildir):
    # Topics: a gerund and a that-clause (asked again), then a topic; Priya: a name and a
    # verb before a how-clause; Sam: a topic; no offer.
    answers = (
        "I liked hearing that the team is moving claims off the mainframe next year\n"
        "the mainframe migration\n"
        "Priya walked me through how they are moving claims processing off the mainframe\n"
        "the roadmap\nn\n"
    )
    result = run("debrief", "acme-2", "--now", AFTER, input=answers)
    assert result.exit_code == 0, result.output
    assert "“that the team is moving claims off the mainframe next year” reads as a sentence" in (
        result.output
    )
    shown = run("drafts", "show", "1").output
    assert "about how they are moving claims processing off the mainframe." in shown
    assert "about they are" not in shown and "about hearing" not in shown
    flag = run("debrief", "acme-2", "--note",
               "priya@acme.example=Priya told me that they are hiring", "--now", AFTER)  # fmt: skip
    assert flag.exit_code == 2 and "reads as a sentence" in flag.output


# --- 6. init asks again after a bad answer -------------------------------------------------------


def test_init_asks_again_after_each_bad_answer_and_needs_a_calendar_answer(
    home: Path, tmp_path: Path
):
    calendar = write_calendar(tmp_path / "calendar.ics")
    answers = "\n".join(
        [
            "",  # an empty name: asked again
            "Alex Rivera",
            "not-an-email",
            "jamie.carter@gmail",  # no dot in the domain: what the config refuses, asked again
            "me@example.com",
            "New York",  # a city, not a zone name: asked again, with the suggestion
            "America/New_York",
            "",  # Enter at the calendar question: asked again (no silent "google")
            str(tmp_path / "missing.ics"),
            str(calendar),
        ]
    )
    result = run("init", "--no-scan", input=answers + "\n")
    assert result.exit_code == 0, result.output
    assert "'not-an-email' is not an email address" in result.output
    assert "'jamie.carter@gmail' is not a full email address" in result.output
    assert "'New York' is not a time zone name (did you mean America/New_York?)" in result.output
    assert f"there is no calendar file at {tmp_path / 'missing.ics'}" in result.output
    assert "nothing was written" not in result.output
    text = (home / "config.toml").read_text()
    assert 'timezone = "America/New_York"' in text and str(calendar) in text
    assert result.output.count("Your calendar:") == 3


def test_init_google_later_is_an_explicit_answer(home: Path):
    answers = "Alex\nme@example.com\nEurope/Berlin\ngoogle\n"
    result = run("init", input=answers)
    assert result.exit_code == 0 and "No calendar yet: connect Google" in result.output


def test_previewing_an_event_that_is_no_follow_up_says_how_to_mark_it(drafted: Maildir):
    run("scan", "--from", "2027-04-01", "--to", "2027-05-01")  # remembers acme-1 too
    result = run("briefing", "preview", "acme-1", "--now", AFTER)
    assert result.exit_code == 2
    assert "acme-1 is in your calendar but is not a follow-up interview" in result.output
    assert "interview-assistant mark acme-1 --follow-up" in result.output
    assert "no interview with id" not in result.output


OUTLOOK = "040000008200E00074C5B7101A82E00800000000"  # the 40 characters every UID shares


def test_any_unique_part_of_an_id_names_it_and_a_shared_part_lists_the_candidates():
    first, second = OUTLOOK + "A1B2C3D4E5F60718", OUTLOOK + "99887766554433AA"
    known = {first, second, "acme-2"}
    assert expand_event_id("E5F607", known) == first, "the middle"
    assert expand_event_id("4433AA", known) == second, "the end"
    with pytest.raises(UsageError, match=r"is part of 2 event ids: .*A1B2C3D4E5F60718"):
        expand_event_id(OUTLOOK[:30], known)
    assert expand_event_id("acme", known) == "acme-2", "a short start still works"
    with pytest.raises(UsageError, match="a part from inside an id needs 6 characters"):
        expand_event_id("E5F", known)  # under six characters only as the start
    assert expand_event_id("ZZZ", known) == "ZZZ", "in no id: the caller's unknown-id message"


def test_a_code_like_id_is_shortened_to_its_shortest_unique_end():
    first, second = OUTLOOK + "A1B2C3D4E5F60718", OUTLOOK + "99887766554433AA"
    instance = "weekly-sync@20270413T090000Z"
    shorts = short_ids([first, second, "acme-2", instance, "weekly-sync@20270420T090000Z"])
    assert shorts[first] == "E5F60718" and shorts[second] == "554433AA"
    assert shorts["acme-2"] == "acme-2", "a short id stays whole"
    assert shorts[instance] == "sync@20270413", "the series' last word and the day"
    for full, short in shorts.items():
        assert expand_event_id(short, shorts) == full
