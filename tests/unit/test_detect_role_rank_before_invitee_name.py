"""The rank a title names in brackets, written in the description right before the name
of someone invited ("our Head of Sales Jo Park", Turkish "Satış Direktörümüz Selin
Acar", where "our" is the rank's suffix): the rank is whom the round is with, not the
job. A rank that another word or a line parts from the name stays the job.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.interviewerrank import is_interviewers_rank

_PEOPLE = ["Selin Acar", "Wren Halloway"]


@pytest.mark.parametrize(
    ("role", "title", "text"),
    [
        (
            "Satış Direktörü",
            "Kestane Gıda – 2. görüşme (Satış Direktörü)",
            "İkinci görüşmenizi Satış Direktörümüz Selin Acar ile planladık.",
        ),
        (
            "Head of Procurement",
            "Brindlemoor – final round (Head of Procurement)",
            "You will meet our Head of Procurement Wren Halloway on site.",
        ),
    ],
)
def test_a_rank_right_before_an_invitees_name_is_theirs(role, title, text):
    assert is_interviewers_rank(role, title, text, _PEOPLE)


@pytest.mark.parametrize(
    "text",
    [
        "Your Head of Procurement interview will be with Wren Halloway.",
        "Role: Head of Procurement\nWren Halloway will host you.",
        "We are hiring a Head of Procurement. Wren Halloway leads the panel.",
    ],
)
def test_a_rank_parted_from_the_name_stays_the_job(text):
    title = "Brindlemoor – final round (Head of Procurement)"
    assert not is_interviewers_rank("Head of Procurement", title, text, _PEOPLE)


def test_one_word_before_a_name_is_a_courtesy():
    text = "Candidatura à vaga de Arquiteto(a) Paisagista. Conversa com a arquiteta Selin Acar."
    title = "Entrevista inicial – Atelier Brisa"
    assert not is_interviewers_rank("Arquiteto(a) Paisagista", title, text, _PEOPLE)
