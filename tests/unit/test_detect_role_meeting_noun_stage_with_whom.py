"""A title's part that opens with a meeting's noun, a stage's word and the word for
"with" ("Conversa final com o …", "Reunión final con la …", "Réunion finale avec …")
says whom the user meets, as a part opening with "with" does, in every language: the
rank after it is the interviewer's, never the job; a job in another part is read.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.bracketnote import opens_with_whom
from assistant.detect.job.roles import role_in_title


@pytest.mark.parametrize(
    "part",
    [
        "Conversa final com o Diretor de Logística",
        "Reunião final com a Diretora Comercial",
        "Conversación final con la Directora de Compras",
        "Réunion finale avec le Directeur Logistique",
        "Conversazione finale con il Direttore Acquisti",
    ],
)
def test_a_meeting_with_a_rank_is_whom_the_user_meets(part):
    assert opens_with_whom(part)
    assert role_in_title(part) is None


def test_the_job_in_another_part_is_read():
    title = "Conversa final com o Diretor de Logística – Analista de Armazém Pleno"
    assert role_in_title(title) == "Analista de Armazém Pleno"


@pytest.mark.parametrize("part", ["Call Center Manager", "Presentation Designer"])
def test_a_job_opening_with_a_meeting_word_stays(part):
    assert not opens_with_whom(part)
    assert role_in_title(part) == part
