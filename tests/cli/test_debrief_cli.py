"""``debrief EVENT``: flags or questions, drafts re-rendered in place, first interviews too."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.app import App
from assistant.cli import cli
from assistant.mail.maildir import DRAFTS, SENT
from tests.cli.test_drafts_cli import AFTER, Maildir, configure, invoke, listed, write_calendar


@pytest.fixture
def maildir(home: Path, tmp_path: Path) -> Maildir:
    configure(home, write_calendar(tmp_path / "calendar.ics"))
    invoke("tick", "--now", AFTER)
    return Maildir(home)


def body(draft_id: int) -> str:
    return invoke("drafts", "show", str(draft_id)).output.split("\n\n", 1)[1]


def test_flags_record_the_debrief_and_update_the_same_drafts(maildir: Maildir):
    before = listed()
    result = invoke(
        "debrief",
        "acme-2",
        "--topic",
        "the pricing roadmap",
        "--note",
        "Priya@acme.example=your team's move to Rust",
        "--offer-discussed",
        "--figure",
        "$135,000 base",
        "--now",
        AFTER,
    )
    assert "Debrief saved for 'Second interview – Product Manager at Acme'" in result.output
    assert "Updated 3 waiting drafts in place: 1, 2, 3." in result.output
    assert (
        "the offer request is draft 3; send it with `interview-assistant drafts approve 3`"
        in result.output
    )
    assert "our conversation about your team's move to Rust." in body(1)
    assert "our conversation about the pricing roadmap." in body(2), "topics when no note"
    assert "for the offer of $135,000 base," in body(3)
    after = listed()
    assert [r["id"] for r in after] == [r["id"] for r in before], "never a second copy"
    offer_before, offer_after = (next(r for r in rows if r["id"] == 3) for rows in (before, after))
    assert "no offer assumed: if one was made, run debrief first" in offer_before["marks"]
    assert "no offer assumed: if one was made, run debrief first" not in offer_after["marks"], (
        "it was: the mark goes"
    )
    assert offer_before["subject"].startswith("Next steps")
    assert offer_after["subject"].startswith("Thank you for the offer")
    assert maildir.count(DRAFTS) == 3 and maildir.count(SENT) == 0
    (on_disk,) = [t for t in maildir.texts(DRAFTS) if "jordan@acme.example" in t]
    assert "$135,000 base" in on_disk


def test_the_questions_ask_for_topics_each_interviewer_and_the_offer(maildir: Maildir):
    answers = "pricing, hiring plans\nyour demo of the planner\n\ny\n$140k base\n"
    result = invoke("debrief", "acme-2", "--now", AFTER, input=answers)
    assert "What did you talk about?" in result.output
    assert "Priya Raman" in result.output and "Okafor, Sam" in result.output
    assert "Did an offer or pay come up?" in result.output
    assert "Updated 3 waiting drafts" in result.output
    assert "our conversation about your demo of the planner." in body(1)
    assert "our conversation about pricing and hiring plans." in body(2)
    assert "for the offer of $140k base," in body(3)


def test_answering_again_keeps_what_was_said_before(maildir: Maildir):
    invoke("debrief", "acme-2", "--note", "sam@acme.example=the incident story", "--now", AFTER)
    result = invoke("debrief", "acme-2", "--now", AFTER, input="\nmore on Rust\n\nn\n")
    assert "our conversation about more on Rust." in body(1)
    assert "our conversation about the incident story." in body(2), "Enter keeps the old note"
    assert "Updated 1 waiting draft in place: 1." in result.output


def test_a_first_interview_is_debriefed_from_the_calendar(maildir: Maildir):
    result = invoke(
        "debrief",
        "acme-1",
        "--topic",
        "team size",
        "--note",
        "jordan@acme.example=the roadmap",
        "--now",
        AFTER,
    )
    assert "Debrief saved for 'Phone screen – Acme (Product Manager)'" in result.output
    assert "next round's briefing" in result.output
    app = App.load()
    with app.open_store() as store:
        (event_id,) = [row["event_id"] for row in store.db.execute("SELECT event_id FROM debriefs")]
        saved = store.debrief(event_id)
    assert event_id.startswith("acme-1"), "kept under the id scan prints"
    assert saved["topics"] == ["team size"]
    assert saved["notes"] == {"jordan@acme.example": "the roadmap"}
    assert saved["_event"]["summary"] == "Phone screen – Acme (Product Manager)"
    assert maildir.count(DRAFTS) == 3, "a first interview gets no drafts"


def test_an_unknown_event_says_where_to_find_the_id(maildir: Maildir):
    result = CliRunner().invoke(cli, ["debrief", "nope", "--topic", "x", "--now", AFTER])
    assert result.exit_code == 2, "a wrong id is a usage mistake"
    assert "cannot debrief 'nope'" in result.output and "scan --all" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("note", "message"),
    [
        ("priya@acme.example", "is not EMAIL=TEXT"),
        ("priya=your demo", "is not EMAIL=TEXT"),
        ("pryia@acme.example=your demo", "pryia@acme.example is not on the invite"),
        # It would go verbatim into the thank-you to Priya herself.
        ("priya@acme.example=Priya seemed keen on me", "goes into the thank-you to them"),
    ],
)
def test_a_bad_note_is_a_usage_error_and_changes_nothing(maildir: Maildir, note: str, message: str):
    before = body(1)
    result = CliRunner().invoke(cli, ["debrief", "acme-2", "--note", note, "--now", AFTER])
    assert result.exit_code == 2 and message in result.output
    assert body(1) == before


def test_an_edited_draft_is_left_alone_and_says_so(
    maildir: Maildir, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    script = tmp_path / "editor.sh"
    script.write_text("#!/bin/sh\nprintf 'Hi Priya,\\n\\nMine.\\n' > \"$1\"\n")
    script.chmod(0o755)
    monkeypatch.setenv("EDITOR", str(script))
    invoke("drafts", "edit", "1", "--now", AFTER)
    result = invoke("debrief", "acme-2", "--topic", "Rust", "--now", AFTER)
    assert "Draft 1 has your own edits, so it was left as it is." in result.output
    assert body(1) == "Hi Priya,\n\nMine.\n"


def test_a_note_naming_someone_not_on_the_invite_adds_them_with_a_thank_you(maildir: Maildir):
    before = len(listed())
    result = invoke(
        "debrief", "acme-2", "--note", "Raj Iyer <raj@acme.example>=the pipeline design",
        "--now", AFTER,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Made 1 new thank-you draft for the person you added." in result.output
    rows = listed()
    assert len(rows) == before + 1
    (raj,) = [r for r in rows if "raj@acme.example" in r["to"]]
    assert raj["reason"] == "added in your debrief"
    text = invoke("drafts", "show", str(raj["id"])).output
    assert "Hi Raj," in text and "the pipeline design" in text
    again = invoke("debrief", "acme-2", "--note", "raj@acme.example=more on Kafka", "--now", AFTER)
    assert again.exit_code == 0, again.output
    assert len(listed()) == before + 1, "a note on someone added makes no second draft"
