"""Steps around the interviews written as a title's closing words or beside "next
steps": "Call with Dana re: offer 🎉" (an offer after "re:", an emoji after it),
"Orrin – references & next steps (Kim)", "Orrin feedback (Kim)", the German
"Angebotsbesprechung …" and "Präsi für Orrin Fachgespräch bauen" (a block to build the
slides): none is a round, whatever round came before."""

from __future__ import annotations

import pytest

from assistant.detect.text.reading import read_title


@pytest.mark.parametrize(
    "title",
    [
        "Call with Dana re: offer 🎉",
        "Orrin – references & next steps (Kim)",
        "Orrin feedback (Kim)",
        "Angebotsbesprechung Orrin Maschinenbau",
    ],
)
def test_a_step_closing_the_title_is_no_round(title):
    assert read_title(title).not_a_round is not None


def test_slides_to_build_for_a_round_are_a_block_to_prepare():
    assert read_title("Präsi für Orrin Fachgespräch bauen").prep is not None


@pytest.mark.parametrize(
    "title",
    [
        "Orrin – final: MD conversation + psychometric feedback",
        "Orrin final round (offer?)",
    ],
)
def test_a_round_with_feedback_or_an_offer_in_its_words_stays(title):
    assert read_title(title).not_a_round is None
