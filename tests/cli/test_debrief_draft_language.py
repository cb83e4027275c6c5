"""``debrief`` says in which language the drafts are written, so the topics the user
types (they go into the drafts word for word) can be written in it."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from assistant.cli import cli
from tests.cli.test_draft_language_fallback import AFTER, configure, invoke

FRENCH = (
    "Deuxième entretien – Chargée de mission chez Atelier Lumière",
    "Bonjour Alex, nous vous invitons au deuxième entretien avec notre équipe.",
)


def test_debrief_questions_name_the_language_of_the_drafts(home: Path, tmp_path: Path) -> None:
    configure(home, tmp_path, *FRENCH)
    invoke("tick", "--now", AFTER)
    result = CliRunner().invoke(
        cli, ["debrief", "second-1", "--now", AFTER], input="\n\n\nn\n", catch_exceptions=False
    )
    assert "Its drafts are written in French: write the topics and notes in French" in (
        result.output
    ), result.output
    assert "(Tuesday 13 April)" in result.output, "the day as en_GB writes it, in the user's zone"


def test_debrief_flags_say_the_topics_went_into_drafts_in_another_language(
    home: Path, tmp_path: Path
) -> None:
    configure(home, tmp_path, *FRENCH)
    invoke("tick", "--now", AFTER)
    result = invoke("debrief", "second-1", "--topic", "the co-production budget", "--now", AFTER)
    assert "Its drafts are written in French: the topics and notes went in as you wrote them" in (
        result.output
    ), result.output
