"""A bilingual invite writes the registered name in its own script and in Latin letters:
the employer is named in the script the invites use."""

from __future__ import annotations

from assistant.detect.employer.nativename import native_name


def test_signature_with_both_scripts_gives_the_native_name():
    text = "期待與你見面。\n\n人事部\n翠峰物流（香港）有限公司\nJadepeak Logistics (Hong Kong) Limited\n"
    found = native_name("Jadepeak Logistics (Hong Kong) Limited", "第二輪面試", text, ())
    assert found == "翠峰物流（香港）有限公司"


def test_japanese_name_before_its_gloss():
    text = "採用担当 山田\n株式会社ミドリテック (Midoritech Inc.)"
    assert native_name("Midoritech Inc.", "二次面接", text, ()) == "株式会社ミドリテック"


def test_title_names_the_firm_another_round_wrote_in_full():
    title = "[푸른솔바이오] 2차 면접 안내"
    found = native_name(
        "Pureunsol Bio Co., Ltd.", title, "면접 일정 안내드립니다.", ("푸른솔바이오 주식회사",)
    )
    assert found == "푸른솔바이오 주식회사"


def test_an_english_process_keeps_its_latin_name():
    text = "Dear Ana,\nSee you on Monday.\nJadepeak Logistics (Hong Kong) Limited"
    assert (
        native_name("Jadepeak Logistics (Hong Kong) Limited", "Final interview", text, ()) is None
    )


def test_detection_names_the_later_round_by_the_bilingual_signatures_native_name():
    from tests.unit.test_detect_kinds import invite, verdict_of

    signature = "\n\n人事部 陳\n翠峰物流（香港）有限公司\nJadepeak Logistics (Hong Kong) Limited\n"
    first = invite(
        "Jadepeak Logistics (Hong Kong) Limited 第一輪面試",
        "hr@jadepeak.example",
        days=1,
        description="你好，感謝你應徵物流主任一職。" + signature,
    )
    later = invite(
        "Jadepeak Logistics (Hong Kong) Limited 第二輪面試",
        "hr@jadepeak.example",
        days=8,
        description="你好，誠邀你參加第二輪面試。" + signature,
    )
    v = verdict_of(later, first)
    assert v.is_follow_up
    assert v.company == "翠峰物流（香港）有限公司"
