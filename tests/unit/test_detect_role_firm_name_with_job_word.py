"""A later round whose title names its employer where the job stands ("Painel final –
Mecânica Brisamar (diretoria)") gives the firm's name as the job: once every round
names the employer in full ("Mecânica Brisamar Ltda."), that name without its legal
form is no job, even with a job's word in it ("Mecânica"). The round takes the job
another round of its process named, or none.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

from datetime import timedelta

from assistant.detect.verdict.processrole import carried
from assistant.models import Detection, Verdict
from tests.conftest import NOW, make_event

_FIRM = "Mecânica Brisamar Ltda."


def _round(title: str, days: int, role: str | None, follow_up: bool) -> Detection:
    event = make_event(title, start=NOW + timedelta(days=days), uid=title)
    return Detection(event, Verdict(follow_up, 0.9, (), company=_FIRM, role=role))


def test_the_firms_name_gives_way_to_the_job_named_before():
    first = _round("Entrevista – Analista de Estoques", 1, "Analista de Estoques", False)
    later = _round("Painel final – Mecânica Brisamar (diretoria)", 14, "Mecânica Brisamar", True)
    found = carried([first, later])
    assert found[1].verdict.role == "Analista de Estoques"


def test_the_firms_name_is_dropped_when_no_round_names_the_job():
    later = _round("Painel final – Mecânica Brisamar (diretoria)", 14, "Mecânica Brisamar", True)
    (found,) = carried([later])
    assert found.verdict.role is None


def test_a_job_inside_the_firms_name_stays():
    later = _round("Segunda entrevista – Mecânica", 14, "Mecânica", True)
    (found,) = carried([later])
    assert found.verdict.role == "Mecânica"
