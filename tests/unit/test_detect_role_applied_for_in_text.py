"""The job a first round's description names as the one applied for, in the phrasings
schedulers and recruiters write: Spanish and Portuguese thanks for applying ("gracias
por postularte para …"), a scheduler's "… about <job> @ <employer>", a booking form's
question on the posting, a Turkish "… pozisyonu" with a specialism in brackets, a job in
corner brackets or with a bracket of its own script before the word for the post, and
Korean "… 포지션에 지원"; and the job carried to a later round that leaves it out.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.roletext import role_in_text
from tests.unit.test_detect_kinds import invite, verdict_of


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Hola Inés, ¡gracias por postularte para Jefa de Bodega – Logística Fría (Rosario)! "
            "Te escribo para coordinar.",
            "Jefa de Bodega – Logística Fría",
        ),
        ("Gracias por aplicar a Analista de Precios. Te llamo el lunes.", "Analista de Precios"),
        (
            "Obrigado pela sua candidatura. Agradecemos candidatar-se à vaga de Supervisora "
            "de Manutenção, em Campinas.",
            "Supervisora de Manutenção",
        ),
        (
            "Hi Noor, looking forward to talking about Staff Buyer (Metals) @ Quillfield Ltd!",
            "Staff Buyer (Metals)",
        ),
        (
            "Which vacancy are you applying to?: Ward Pharmacist (Nights)\nPhone: 0123",
            "Ward Pharmacist",
        ),
        (
            "Satış Operasyon Müdürü (Gıda & İçecek) pozisyonu için başvurunuz alınmıştır.",
            "Satış Operasyon Müdürü (Gıda & İçecek)",
        ),
        ("この度は「物流企画マネージャー」ポジションにご応募いただき、", "物流企画マネージャー"),
        ("诚邀您参加「华南区域销售经理」岗位的面试。", "华南区域销售经理"),
        (
            "面談では、品質保証エンジニア（医療機器）ポジションについてご説明します。",
            "品質保証エンジニア（医療機器）",
        ),
        (
            "채용팀입니다. 물류 기획(SCM) 매니저 포지션에 지원해 주셔서 감사합니다.",
            "물류 기획(SCM) 매니저",
        ),
    ],
)
def test_the_job_applied_for_in_a_description(text, role):
    assert role_in_text(text) == role


@pytest.mark.parametrize(
    "text",
    [
        "Gracias por aplicar a tiempo, nos vemos el martes.",  # no job after "a"
        "Lunch with Priya Nandakumar @ Corner Bistro on Friday.",  # a person, no job's word
        "Any questions?: none",  # a form's other question
    ],
)
def test_no_job_where_none_is_applied_for(text):
    assert role_in_text(text) is None


def test_a_later_round_carries_the_job_the_thanks_for_applying_named():
    first = invite(
        "Llamada inicial – Tornillería Austral",
        "seleccion@tornilleria-austral.example",
        days=1,
        description="¡Gracias por tu postulación para Comprador Senior! Te llamo el jueves.",
    )
    later = invite(
        "Segunda entrevista – Tornillería Austral",
        "seleccion@tornilleria-austral.example",
        days=12,
    )
    verdict = verdict_of(later, first)
    assert verdict.is_follow_up
    assert verdict.role == "Comprador Senior"
