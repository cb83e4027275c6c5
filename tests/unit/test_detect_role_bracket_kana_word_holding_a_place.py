"""A specialism in brackets written in katakana that holds a place's name inside a longer
word ("モニタリング", monitoring, holds "タリン", Tallinn): the word is the job's field,
not a place, so the bracket stays in the job.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.quotedrole import role_on_its_own
from assistant.detect.places.placenames import names_a_place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("藻場モニタリング", False),  # "タリン" inside "モニタリング"
        ("タリン", True),
        ("タリン拠点", True),
        ("ロンドン・パリ", True),
        ("東京", True),
    ],
)
def test_a_kana_place_name_must_be_a_word_of_its_own(text, place):
    assert names_a_place(text) is place


def test_a_quoted_job_keeps_its_kana_specialism():
    text = "この度は「水産資源アナリスト（藻場モニタリング）」求人にご応募いただき、ありがとうございます。"
    assert role_on_its_own(text) == "水産資源アナリスト（藻場モニタリング）"


def test_a_quoted_job_still_drops_its_city():
    text = (
        "この度は「水産資源アナリスト（タリン拠点）」求人にご応募いただき、ありがとうございます。"
    )
    assert role_on_its_own(text) == "水産資源アナリスト"
