"""A firm's name addressed with an honorific in a CJK title ("北斗重工様", "青松科技 王先生"),
as a recruiting agency titles its client's round: the firm is the employer, not the
agency that sends the invite. A person addressed the same way ("鈴木様") stays no name."""

from __future__ import annotations

from assistant.detect import detect
from assistant.detect.employer.titlenames import title_names
from tests.unit.test_detect_kinds import PROFILE, invite, me_at


def test_a_firm_addressed_in_a_title_is_a_name_of_it():
    assert "北斗重工" in title_names("【最終面接】北斗重工様 – 設計部")[1]
    assert "株式会社あおば精機" in title_names("【二次面接】株式会社あおば精機 様")[1]


def test_a_person_addressed_in_a_title_is_no_name():
    assert title_names("鈴木様 ご面談")[1] == ()
    assert title_names("이서연 님 면접")[1] == ()


def test_an_agencys_invite_names_its_client_as_the_employer():
    earlier = invite(
        "【一次面接】北斗重工様",
        "k.mori@kaede-career.example",
        "y.ishida@hokuto-heavy.example",
        days=1,
        uid="first",
        myself=me_at(),
    )
    later = invite(
        "【二次面接】北斗重工様 – 設計部",
        "k.mori@kaede-career.example",
        days=8,
        uid="second",
        description="二次面接は設計部の石田部長が参加されます。\n森",
        myself=me_at(),
    )
    found = {d.event.uid: d.verdict for d in detect([earlier, later], PROFILE)}
    assert found["second"].is_follow_up
    assert found["second"].company == "北斗重工"
