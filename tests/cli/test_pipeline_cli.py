"""``pipeline`` and ``pipeline set`` as a user runs them, on a home seeded by a real pass."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.app import App
from assistant.cli import cli
from assistant.models import JobKind, JobState
from assistant.paths import Home
from assistant.runner import run_once
from assistant.sources.memory import MemoryCalendar
from tests.conftest import ME, NOW
from tests.unit.pipeline_events import DAY, FOLLOWED_ALL_ALONG, globex_first, job_search

AT = NOW.isoformat()


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def seeded(home: Path) -> App:
    home.mkdir(parents=True)
    (home / "config.toml").write_text(
        f'[user]\nname = "Alex Rivera"\nemail = "{ME}"\ntimezone = "Europe/Berlin"\n',
        encoding="utf-8",
    )
    app = App.load(Home.at(home))
    with app.open_store() as store:
        services = app.services(store, calendars=())
        services.sources = [MemoryCalendar([*job_search()])]
        # A job search the assistant followed all along: the one pass over its history drafts
        # what the passes along the way would have ([schedule] drafts_catch_up).
        services.timing = replace(services.timing, drafts_catch_up=FOLLOWED_ALL_ALONG)
        run_once(services, NOW)
    return app


def test_pipeline_lists_each_employer_with_rounds_and_next_step(seeded: App) -> None:
    result = invoke("pipeline", "--now", AT)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "Acme · Product Manager  [active]"
    assert (
        "  3. Wed, Apr 14, 2027  later round     Final interview: Product Manager at Acme  meeting Jordan, Priya and Sam"
        in lines
    ), "a round still to come names the people to meet, not people met"
    assert "  next: round 3 (later round) on Wed, Apr 14, 9:00 AM" in lines
    assert "Initech · Designer  [waiting]" in lines
    assert "Globex · Analyst  [waiting]" in lines


def test_pipeline_json_for_scripts(seeded: App) -> None:
    data = json.loads(invoke("pipeline", "--json", "--now", AT).output)
    assert [a["employer"] for a in data] == ["acme", "initech", "globex"]
    acme = data[0]
    assert [r["kind"] for r in acme["rounds"]] == ["screen", "first", "later"]
    assert acme["rounds"][2]["start"] == "2027-04-14T09:00+02:00"
    assert acme["rounds"][2]["people"][1] == {"name": "Priya Raman", "email": "priya@acme.example"}
    assert (acme["state"], acme["state_set"]) == ("active", False)


def test_pipeline_csv_has_a_row_per_round(seeded: App) -> None:
    result = invoke("pipeline", "--csv", "--now", AT)
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["employer"], r["round"], r["kind"]) for r in rows] == [
        ("Acme", "1", "screen"),
        ("Acme", "2", "first interview"),
        ("Acme", "3", "later round"),
        ("Initech", "1", "screen"),
        ("Initech", "2", "later round"),
        ("Globex", "1", "first interview"),
    ]


def test_pipeline_set_closes_an_application_and_its_nudge_goes(seeded: App) -> None:
    with seeded.open_store() as store:
        services = seeded.services(store, calendars=())
        services.sources = [MemoryCalendar([globex_first(NOW - 3 * DAY / 24)])]
        run_once(services, NOW)
        assert [r.state for r in store.jobs() if r.job.kind is JobKind.NUDGE] == [JobState.PENDING]

    result = invoke(
        "pipeline",
        "set",
        "globex",
        "--state",
        "closed",
        "--note",
        "took another offer",
        "--now",
        AT,
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Globex is now closed (took another offer).")

    data = json.loads(invoke("pipeline", "--json", "--now", AT).output)
    globex = next(a for a in data if a["employer"] == "globex")
    assert (globex["state"], globex["state_set"], globex["next"]) == (
        "closed",
        True,
        "closed: took another offer",
    )
    with seeded.open_store() as store:
        services = seeded.services(store, calendars=())
        services.sources = [MemoryCalendar([globex_first(NOW - 3 * DAY / 24)])]
        run_once(services, NOW + DAY)
        assert [r.state for r in store.jobs() if r.job.kind is JobKind.NUDGE] == [JobState.DROPPED]


def test_pipeline_set_an_unknown_employer_names_the_known_ones(seeded: App) -> None:
    result = invoke("pipeline", "set", "Hooli", "--state", "closed", "--now", AT)
    assert result.exit_code == 2
    assert "no application with 'Hooli' (known: Acme, Initech, Globex)" in result.output


def test_pipeline_set_a_bad_state_is_a_usage_error(seeded: App) -> None:
    result = invoke("pipeline", "set", "Acme", "--state", "ghosted")
    assert result.exit_code == 2
    assert "'ghosted' is not one of 'active', 'waiting', 'offer', 'closed'" in result.output


def test_pipeline_json_and_csv_together_is_refused(seeded: App) -> None:
    result = invoke("pipeline", "--json", "--csv")
    assert result.exit_code == 2
    assert "choose one of --json and --csv" in result.output


def test_pipeline_before_any_pass_says_how_rounds_appear(home: Path) -> None:
    result = invoke("pipeline", "--now", AT)
    assert result.exit_code == 2  # no config yet: `init` first, like every command
    assert "init" in result.output
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(f'[user]\nemail = "{ME}"\n', encoding="utf-8")
    result = invoke("pipeline", "--now", AT)
    assert result.exit_code == 0, result.output
    assert "No applications yet" in result.output


def test_a_draft_the_local_mailbox_only_filed_is_not_called_sent(seeded: App) -> None:
    with seeded.open_store() as store:
        [thanks, *_] = [d for d in store.drafts(event_id="init-2") if d.kind.value == "thank-you"]
    later = (NOW + DAY).isoformat()
    approved = invoke("drafts", "approve", str(thanks.id), "--now", later)
    assert "it was not emailed" in approved.output, approved.output

    lines = invoke("pipeline", "--now", later).output.splitlines()
    [line] = [x for x in lines if "thank-you to" in x]
    assert line.startswith("     filed (not emailed): thank-you to ")
    assert line.endswith(" on Tue, Apr 13, 2027")  # the approval's --now, not the wall clock
    assert not any(x.strip().startswith("sent:") for x in lines)

    data = json.loads(invoke("pipeline", "--json", "--now", later).output)
    [sent] = [s for a in data for r in a["rounds"] for s in r["sent"]]
    assert sent["emailed"] is False
    rows = csv.DictReader(io.StringIO(invoke("pipeline", "--csv", "--now", later).output))
    assert [r["sent"].split(":")[0] for r in rows if r["sent"]] == ["filed (not emailed)"]


def test_pipeline_rounds_to_come_say_meeting_and_rounds_past_say_met(seeded: App) -> None:
    before = invoke("pipeline", "--now", AT).output.splitlines()
    final = "Final interview: Product Manager at Acme"
    assert any(final in line and line.endswith("meeting Jordan, Priya and Sam") for line in before)
    assert any("Phone screen with Acme recruiting  met Jordan" in line for line in before)
    during = invoke("pipeline", "--now", (NOW + 2 * DAY + DAY / 48).isoformat()).output
    assert f"{final}  meeting Jordan" in during, "a round under way is not over yet"
    after = invoke("pipeline", "--now", (NOW + 3 * DAY).isoformat()).output
    assert f"{final}  met Jordan, Priya and Sam" in after
    assert "meeting" not in after.split("Initech")[0], "every Acme round is over by then"


def test_status_names_a_nudge_by_its_rounds_title_not_its_id(seeded: App) -> None:
    with seeded.open_store() as store:
        services = seeded.services(store, calendars=())
        services.sources = [MemoryCalendar([globex_first(NOW - 3 * DAY / 24)])]
        run_once(services, NOW)
        [nudge] = [r.job for r in store.jobs() if r.job.kind is JobKind.NUDGE]
    text = invoke("status", "--limit", "20", "--now", AT).output
    next_due = text.split("Next due:")[1].split("Drafts waiting")[0]
    [line] = [line for line in next_due.splitlines() if " nudge " in line]
    assert line.endswith(globex_first().summary)
    assert nudge.event_id not in text


def test_pipeline_set_takes_any_part_of_the_name_and_the_text_view_shows_the_note(
    seeded: App,
) -> None:
    result = invoke("pipeline", "set", "INIT", "--state", "waiting", "--note", "call Fri")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Initech is now waiting (call Fri).")
    lines = invoke("pipeline", "--now", AT).output.splitlines()
    at = lines.index("Initech · Designer  [waiting (set by you)]")
    assert lines[at + 1] == "  note: call Fri"


def test_a_part_that_names_several_applications_lists_them() -> None:
    from assistant.pipeline.board import Application, find_applications

    board = [
        Application("northwindhealth", frozenset({"northwindhealth"}), "Northwind Health", None),
        Application("northwindtraders", frozenset({"nwt"}), "Northwind Traders", None),
        Application("acme", frozenset({"acme"}), "Acme", None),
    ]
    assert [a.company for a in find_applications(board, "northwind")] == [
        "Northwind Health",
        "Northwind Traders",
    ]
    assert [a.company for a in find_applications(board, "health")] == ["Northwind Health"]
    assert [a.company for a in find_applications(board, "Northwind tr")] == ["Northwind Traders"]
    assert [a.company for a in find_applications(board, "acme")] == ["Acme"]
    assert find_applications(board, "me") == [], "a short part must start a word"
    assert [a.company for a in find_applications(board, "windhealth")] == ["Northwind Health"]
