"""The user's own note abbreviating the interview's word after an ordinal ("2nd int.
Halvorsen", "2. Gespr. Halvorsen", "2e entr.", "2ª entrev.", "2° coll.", "2:a int.",
"2次", "2차"), in every language that abbreviates it: a later round beside an employer
met in interviews, and never skipped before parsing (the relevance prefilter). Words that
only start the same ("2nd intl meeting") and the everyday compounds of an ordinal ("2次会",
an after-party; "2차 회식", a second round of drinks) are no round."""

from __future__ import annotations

import pytest

from assistant.detect import Profile
from assistant.detect.text.relevance import Relevance
from assistant.detect.words import wording as w
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import PERSONAL, verdict_of, why
from tests.unit.test_detect_note_abbreviated_round import halvorsen_screen

ABBREVIATED = [
    "2nd int. Halvorsen – w/ plant lead + QA",
    "Halvorsen 3rd intvw (video)",
    "Halvorsen 2nd i/v – Bergen office",
    "2. Gespr. Halvorsen – Werksleiter",
    "Halvorsen 2. VG vor Ort",
    "2e entr. Halvorsen – directeur technique",
    "2ª entrev. Halvorsen – jefe de planta",
    "2.ª entr. Halvorsen (diretor)",
    "2° coll. Halvorsen – responsabile qualità",
    "2e gespr. Halvorsen – teamleider",
    "2. rozm. Halvorsen – kierownik",
    "2:a int. Halvorsen – driftchef",
    "2. mül. Halvorsen – fabrika müdürü",
    "Halvorsen 2次（工場長）",
    "Halvorsen 2차 (공장장)",
]


@pytest.mark.parametrize("title", ABBREVIATED)
def test_note_with_an_abbreviated_interview_word_beside_an_employer_met(title):
    v = verdict_of(note(title, days=5), halvorsen_screen())
    assert v.is_follow_up, why(v)
    assert v.company is not None and v.company.startswith("Halvorsen Instruments")


@pytest.mark.parametrize("title", ABBREVIATED)
def test_the_abbreviated_interview_word_is_kept_before_parsing(title):
    block = (
        f"BEGIN:VEVENT\r\nUID:n2\r\nDTSTART:20270301T100000Z\r\nSUMMARY:{title}\r\nEND:VEVENT\r\n"
    )
    assert Relevance.of(Profile.build([PERSONAL])).could_matter(block, None)


@pytest.mark.parametrize(
    "title",
    [
        "Halvorsen 2nd intl meeting",
        "Halvorsen 2次会（居酒屋）",
        "Halvorsen 2차 회식",
    ],
)
def test_words_beginning_alike_or_an_ordinals_everyday_compound_are_no_round(title):
    v = verdict_of(note(title, days=5), halvorsen_screen())
    assert not v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "title",
    [
        "2.ª entrevista – Jefe de Planta",  # ordinal's dot before its indicator
        "2.º colloquio – Responsabile Qualità",
        "第三次面試（工程部）",  # "第N次" counted interview, traditional script
        "第二次面试 – 工厂经理",
    ],
)
def test_ordinal_with_a_dot_or_a_counter_names_a_later_interview(title):
    assert w.first_match(w.EXPLICIT_LATER, title)
