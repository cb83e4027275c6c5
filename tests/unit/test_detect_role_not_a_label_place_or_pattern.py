"""A title's part that is no job: a label introducing the client after the job ("–
Client: Acme"), the place the invite's location names ("– Harbour Depot"), or the way
of meeting ("Casual interview"); and a job in Chinese, Japanese or Korean written
inside an English sentence ("the 物流マネージャー position"), quoted before the words
for applying to it ("「…」職にご応募", "「…」職缺") or before its round ("… 포지션 2차
면접"), which names the role (a site in brackets after it does not).

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.detect.job.rolecompare import written_out
from assistant.detect.job.roleseat import is_the_location
from assistant.detect.job.roletext import role_in_text
from assistant.detect.job.teamafter import with_team
from assistant.detect.text.reading import Reader, read_description, read_title
from assistant.detect.verdict.evidence import read_evidence
from tests.conftest import NOW, make_event, person
from tests.unit.test_detect_kinds import PROFILE, me_at


@pytest.mark.parametrize(
    ("role", "title"),
    [
        (
            "Lagerlogistiker",
            "Erstgespräch Lagerlogistiker (m/w/d) – Kunde: Nordhafen Kühlhaus GmbH",
        ),
        ("Warehouse Lead", "First call Warehouse Lead – Client: Pelham Cold Storage Ltd"),
        ("Magasinier", "Entretien Magasinier – Client : Froid Atlantique SAS"),
    ],
)
def test_a_label_after_the_dash_is_no_team(role, title):
    assert with_team(role, (title,), lambda team: False) == role


def test_a_team_after_the_dash_still_is_one():
    assert with_team(
        "Warehouse Lead", ("Interview Warehouse Lead – Frozen Goods",), lambda t: False
    ) == ("Warehouse Lead – Frozen Goods")


@pytest.mark.parametrize(
    ("part", "location", "expected"),
    [
        ("Harbour Depot", "Harbour Depot, Quay Road 4, Tarnby", True),
        ("Quay Road Yard", "Yard 3 – Quay Road, Tarnby", True),
        ("Cardiology Nurse", "St Ives Hospital, cardiology wing", False),
        ("Depot Planner", "", False),
    ],
)
def test_a_part_naming_the_location_is_a_place(part, location, expected):
    assert is_the_location(part, location) is expected


@pytest.mark.parametrize("title", ["Casual interview – Tessaly Robotics", "Casual chat: Tessaly"])
def test_a_casual_interview_is_a_first_round(title):
    assert read_title(title).first_round


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thanks for your interest in the 物流マネージャー (Logistics Manager) position.",
            "物流マネージャー",
        ),
        ("We would love to talk about the 품질 관리자 role with you.", "품질 관리자"),
        ("Happy to share more about the 仓储主管 opening in Ningbo.", "仓储主管"),
    ],
)
def test_a_job_in_cjk_inside_an_english_sentence_is_the_role(text, expected):
    assert role_in_text(text) == expected


def test_a_trial_day_at_the_named_place_names_no_job_beside_it():
    host = person("hr@quaysidefreight.example", "Quayside HR", is_organizer=True)
    trial = make_event(
        "Jornada de prueba - Muelle Norte",
        start=NOW + timedelta(days=9),
        uid="trial",
        organizer=host,
        attendees=(me_at(), host),
        description="Jornada de prueba con el equipo del turno de mañana.",
        location="Muelle Norte, Puerto de Vigo",
    )
    evidence = read_evidence(trial, PROFILE, Reader())
    assert evidence.company
    assert evidence.role_beside_round is None


# --- a job in Chinese, Japanese or Korean where the invite says one applied to it ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "この度は、弊社の「倉庫管理スタッフ（冷凍・冷蔵）」職にご応募いただき、",
            "倉庫管理スタッフ（冷凍・冷蔵）",
        ),
        (
            "当社の「物流コーディネーター」求人へご応募いただきありがとうございます。",
            "物流コーディネーター",
        ),
        ("感謝您應徵本公司「倉儲主任（冷鏈）」職缺，邀請您參加面試。", "倉儲主任（冷鏈）"),
        ("弊社の「物流企画マネージャー（名古屋拠点）」職にご応募いただき", "物流企画マネージャー"),
        ("안녕하세요.\n물류 기획 매니저 포지션 2차 면접 일정을 안내드립니다.", "물류 기획 매니저"),
    ],
)
def test_a_cjk_job_one_applied_to_is_the_role(text, expected):
    assert read_description(text).role == expected


# --- a description writing out the job a title shortens ---------------------------------


@pytest.mark.parametrize(
    ("full", "part", "expected"),
    [
        ("Leitende Lagerlogistikerin Kühlkette", "Leitung Lagerlogistik Kühlk", True),
        ("Technical Coordinator Logistics", "Techn. Coord. Logistics", False),  # a dot: no word
        ("Warehouse Supervisor", "Warehouse Manager", False),
        ("Warehouse Supervisor Nights", "Warehouse Supervisor", False),  # :func:`writes_more`
    ],
)
def test_a_description_writing_the_titles_words_out_names_the_job(full, part, expected):
    assert written_out(full, part) is expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("面試邀約｜北辰冷鏈物流股份有限公司－倉儲主任", "倉儲主任"),
        ("面试邀请 | 北辰物流集团－仓储主管", "仓储主管"),
    ],
)
def test_a_registered_firm_before_the_jobs_dash_is_no_part_of_it(title, expected):
    event = make_event(title, uid=title, description="")
    assert read_evidence(event, PROFILE, Reader()).role == expected


@pytest.mark.parametrize(
    "title",
    ["Harbourline Freight Ltd - On Demand Interview", "Harbourline – One-way video interview"],
)
def test_a_recorded_interviews_words_are_no_role(title):
    host = person("careers@harbourline.example", "Harbourline Careers", is_organizer=True)
    event = make_event(title, uid=title, organizer=host, attendees=(me_at(), host))
    evidence = read_evidence(event, PROFILE, Reader())
    assert evidence.role is None
    assert evidence.role_beside_round is None
