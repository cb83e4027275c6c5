"""Words of another kind of interview or of the hiring side that belong to the user's
own job or round: a research word before a job noun ("UX Research Manager", "User
Research Lead") is the job's field, not a research session; "Selection Panel
Interview" is the candidate's interview before the panel; a "Research Panel" is a
panel of researchers, not a block to research the panel."""

from __future__ import annotations

import pytest

from assistant.detect.text.reading import read_description, read_title
from assistant.detect.verdict.vetoes import title_veto


@pytest.mark.parametrize(
    "title",
    [
        "Interview Invitation: UX Research Manager (Req 5521)",
        "Interview: User Research Lead – Orrin Data",
        "Podcast Producer – second interview",
    ],
)
def test_a_research_word_before_a_job_noun_vetoes_nothing(title):
    assert title_veto(read_title(title), guests=True) is None


@pytest.mark.parametrize(
    "title", ["UX research session – Orrin app", "Podcast interview – second episode"]
)
def test_a_research_session_or_a_show_is_still_another_kind(title):
    assert title_veto(read_title(title), guests=True) is not None


def test_a_selection_panel_interview_is_the_candidates():
    reading = read_title("Orrin Council Selection Panel Interview (rescheduled)")
    assert reading.hiring_side is None
    assert reading.explicit is not None
    assert read_title("Selection panel – Orrin Analyst").hiring_side is not None
    said = read_description("Dear Tomas, your selection panel interview is now on Tuesday.")
    assert said.hiring_side is None
    assert read_description("You will sit on the selection panel.").hiring_side is not None


def test_a_research_panel_is_no_block_to_research_the_panel():
    assert read_title("[Orrin Bio] Research Panel – Tomas Lee").prep is None
    assert read_title("Research the panel – Orrin Bio").prep is not None
