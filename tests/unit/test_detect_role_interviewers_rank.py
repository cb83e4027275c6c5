"""A later round's title or text naming whom the user meets by their rank: the rank is
that person's, never the job applied for. The description gives the rank to a person
on the invite (after their name and a comma or bracket, abbreviated or with another
ending; glued before their name in Chinese; on the interviewers' line in Japanese), the
title puts it in brackets after their surname, or their display name holds it.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.detect.job.interviewerrank import is_interviewers_rank
from assistant.models import Event
from tests.conftest import NOW, make_event, person
from tests.unit.test_detect_kinds import me_at, verdict_of


def _round(
    title: str, host: str, guests: tuple[tuple[str, str], ...], text: str, days: float
) -> Event:
    organizer = person(host, "Talent Team", is_organizer=True)
    return make_event(
        title,
        start=NOW + timedelta(days=days),
        uid=f"{title}|{days}",
        organizer=organizer,
        attendees=(me_at(), organizer, *(person(mail, name) for mail, name in guests)),
        description=text,
    )


@pytest.mark.parametrize(
    ("role", "title", "text", "people"),
    [
        (  # abbreviated in the title, written out after the name in the text
            "Jefe Log.",
            "2ª entrevista – Puertos Alba (Jefe Log.)",
            "Te entrevistará Nuria Vidal, Jefa Logística de la zona norte.",
            ["Nuria Vidal Pons"],
        ),
        (  # another ending after the name in brackets
            "Kaufmännische Leitung",
            "2. Gespräch Brandt – Kaufmännische Leitung",
            "Diesmal ist Ole Brandt (Kaufmännischer Leiter) dabei.",
            ["Dipl.-Kfm. Ole Brandt"],
        ),
        (  # in brackets after the surname in the title
            "Jefe de Calidad",
            "Segunda entrevista – Ing. Salas (Jefe de Calidad)",
            "Hablaremos del puesto.",
            ["Ing. Tomás Salas"],
        ),
        (  # the role opens with an invitee's surname and a comma
            "Okafor, Head of Assembly Engineering",
            "Round 2 – Tarn Motors",
            "Second interview with Mr. Okafor, Head of Assembly Engineering.",
            ["Chidi Okafor"],
        ),
        (  # the display name holds the rank
            "仓储部经理",
            "【复试】仓储部经理面试",
            "恭喜您通过初试。",
            ["刘洋 (仓储部经理)"],
        ),
        (  # glued before the name with an honorific
            "物流總監",
            "第二輪面試（物流總監）",
            "第二輪面試由物流總監林家豪先生主持。",
            ["林家豪"],
        ),
        (  # on the interviewers' line, the department and the rank apart
            "物流部長",
            "二次面接（物流部長）",
            "■面接官：物流部 部長 森田 一郎",
            ["森田 一郎"],
        ),
    ],
)
def test_an_invitees_rank_is_not_the_role(role, title, text, people):
    assert is_interviewers_rank(role, title, text, people)


@pytest.mark.parametrize(
    ("role", "title", "text", "people"),
    [
        (  # a colleague's title sharing the job's first words is not it
            "Field Service Engineer Turbines",
            "Technical interview – Field Service Engineer Turbines",
            "You will meet Ana Ruiz – Field Service Lead, and Li Wei from our team.",
            ["Ana Ruiz", "Li Wei"],
        ),
        (  # the employer and a dash before the job, the organiser named after the employer
            "Fleet Planner",
            "Interview: Brightmoor – Fleet Planner",
            "Thanks for applying.",
            ["Brightmoor Careers"],
        ),
        (  # nobody on the invite
            "Chief Buyer",
            "Second interview (Chief Buyer)",
            "See you then.",
            [],
        ),
    ],
)
def test_a_job_is_still_the_role(role, title, text, people):
    assert not is_interviewers_rank(role, title, text, people)


def test_a_later_round_with_a_rank_in_brackets_keeps_the_first_rounds_job():
    first = _round(
        "Interview: Inventory Analyst – Puertos Alba",
        "jobs@puertosalba.example",
        (),
        "Thank you for applying for the Inventory Analyst position.",
        days=1,
    )
    later = _round(
        "Round 2 – Puertos Alba (Head of Eng.)",
        "jobs@puertosalba.example",
        (("nuria.vidal@puertosalba.example", "Nuria Vidal Pons"),),
        "Good news: Nuria Vidal, Head of Engineering Services, would like to meet you.",
        days=9,
    )
    verdict = verdict_of(later, first)
    assert verdict.is_follow_up
    assert verdict.role == "Inventory Analyst"
