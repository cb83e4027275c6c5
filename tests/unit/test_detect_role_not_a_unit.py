"""A unit of the employer and what it is of, in a title's part ("Dirección de Compras",
"Panel with the Directorate of Nursing", "Painel com Diretoria Comercial de Vendas"):
whom the user meets, never the job, even where the unit's name holds a job's word; a
job written before the unit ("Head of Department of Surgery", "Jefa de Departamento de
Ventas") stays the job.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.besideround import role_beside_round
from assistant.detect.job.roles import role_in_title


@pytest.mark.parametrize(
    "title",
    [
        "Painel com Diretoria de Suprimentos",
        "Entrevista final – Diretoria de Operações",
    ],
)
def test_a_unit_met_is_not_the_job(title):
    assert role_in_title(title) is None


@pytest.mark.parametrize(
    "title",
    [
        "Segunda entrevista – Quimesa (Dirección de Compras)",
        "Secondo colloquio – Quimesa (Direzione di Stabilimento)",
        "Second interview – Quimesa (Division of Water Quality)",
    ],
)
def test_a_unit_beside_the_round_is_not_the_job(title):
    assert role_beside_round(title, "Quimesa", set(), ()) is None


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Interview – Head of Department of Orthopaedics", "Head of Department of Orthopaedics"),
        ("Entrevista – Jefa de Departamento de Ventas", "Jefa de Departamento de Ventas"),
        ("Zweitgespräch – Abteilungsleiter Einkauf", "Abteilungsleiter Einkauf"),
    ],
)
def test_a_job_written_before_the_unit_stays_the_job(title, role):
    assert role_in_title(title) == role
