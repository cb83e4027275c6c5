"""A job board or tracking system that mails an employer's invitation from its own
national domain ("Enviado pela …", a no-reply address at the board) is not the
employer: the employer's people and the sender's display name say who hires."""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.detect.employer.domains import is_ats
from assistant.detect.employer.extract import company_of
from assistant.detect.text.reading import read_description
from tests.conftest import NOW, make_event, person
from tests.unit.test_detect_kinds import PROFILE, me_at


@pytest.mark.parametrize(
    "domain", ["gupy.com.br", "mail.vagas.com.br", "welcomekit.co", "104.com.tw", "saramin.co.kr"]
)
def test_a_job_boards_national_domain_is_a_tracking_system(domain):
    assert is_ats(domain)


def test_the_employer_of_an_invite_a_job_board_sends_is_the_sender_it_names():
    board = person("naoresponda@gupy.com.br", "Clínica Horizonte Azul", is_organizer=True)
    event = make_event(
        "Entrevista com gestor - etapa 3",
        start=NOW + timedelta(days=3),
        uid="board-3",
        organizer=board,
        attendees=(me_at(), board, person("marta.lins@horizonteazul.com.br", "Marta Lins")),
        description="Olá, Robin!\n\nVocê avançou para a etapa Entrevista com Gestor.\n\n"
        "Enviado pela Gupy\n",
    )
    text = read_description(event.description or "").text
    assert company_of(event, PROFILE, text)[0] not in ("Gupy", "Naoresponda", None)
