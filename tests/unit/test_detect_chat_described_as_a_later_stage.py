"""An invite whose title reads like a chat ("Brightmoor – informal chat with future
peers") while its description puts it in a later stage ("as part of the last step")
after an interview with the same employer: a chat inside a late stage is a later round.
Without the earlier interview, the chat stays a first contact."""

from __future__ import annotations

from tests.unit.test_detect_kinds import invite, verdict_of, why

_TEXT = (
    "Hi Noor, as part of the final stage we've set up an informal conversation with two "
    "future colleagues from the Lisbon office. Bring your questions!"
)


def _chat():
    return invite(
        "Brightmoor – informal chat with future peers",
        "talent@brightmoorlabs.example",
        "rui.sousa@brightmoorlabs.example",
        days=5,
        description=_TEXT,
    )


def test_a_chat_in_the_final_stage_follows_the_interview():
    first = invite(
        "Interview with Brightmoor Labs - Hiring Manager",
        "talent@brightmoorlabs.example",
        "ines.prata@brightmoorlabs.example",
        days=-10,
        description="Thanks for applying for the Data Engineer role at Brightmoor Labs.",
    )
    v = verdict_of(_chat(), first)
    assert v.is_follow_up, why(v)


def test_without_an_earlier_interview_the_chat_stays_a_first_contact():
    v = verdict_of(_chat())
    assert not v.is_follow_up, why(v)
