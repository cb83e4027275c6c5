"""Kinds of mistake development set 10 showed, each in new words and several languages:
roles cut at an abbreviation's full stop, behind a list's mark, after a registered name
or an accented capital, a department met taken for the job, or written after "the post
of" or "re"; the interviewers' words said of the user as the candidate (a debrief, a
selection panel); an agency named shortly in a title; the user's note naming "final"
beside a known employer; a conference programme whose organiser's name holds the
kind's word; a results call in French. The user is Robin Hale, as in
:mod:`tests.unit.test_detect_kinds`."""

from __future__ import annotations

import pytest

from assistant.detect.job.rolecompare import role_of, with_team
from assistant.detect.job.rolefield import role_in_field
from assistant.detect.job.roles import role_in_title
from assistant.detect.job.roletext import role_in_text
from assistant.detect.text.reading import _hiring_side
from assistant.detect.who.gobetween import intermediary
from assistant.detect.words import wording as w
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import invite, verdict_of, why


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Stanowisko: Specjalista ds. Logistyki (k/m)\nDzień dobry", "Specjalista ds. Logistyki"),
        ("Role: Sr. Data Analyst\nInterviewer: Ana", "Sr. Data Analyst"),
        ("Stelle: Ltr. Einkauf Europa (m/w/d)\n", "Ltr. Einkauf Europa"),
        # a sentence still ends at a full stop after a whole word
        ("Role: Data Analyst. Interviewer: Ana Ruiz\n", "Data Analyst"),
    ],
)
def test_role_field_abbreviation_full_stop_is_no_end(text, role):
    assert role_in_field(text) == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("当日はよろしくお願いします。\n■ 職種：経理スタッフ\n■ 勤務地：大阪", "経理スタッフ"),
        ("Hallo,\n- Stelle: Einkäufer (m/w/d)\n- Ort: Bremen", "Einkäufer"),
        ("Hola,\n* Puesto: Jefe de Compras\n", "Jefe de Compras"),
    ],
)
def test_role_field_after_a_list_mark(text, role):
    assert role_in_field(text) == role


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("【二次面接】株式会社サクラ精機 品質保証エンジニア", "品質保証エンジニア"),
        ("【最終面接】サクラ精機株式会社 経理マネージャー", "経理マネージャー"),
        ("[2차 면접] 주식회사 한결 데이터 엔지니어", "데이터 엔지니어"),
    ],
)
def test_role_title_registered_name_before_the_job(title, role):
    assert role_in_title(title) == role


@pytest.mark.parametrize(
    ("in_title", "field", "role"),
    [
        # the department met, not the job the field names
        (
            "Diretoria Financeira",
            "Vaga: Analista Financeiro Sênior\n",
            "Analista Financeiro Sênior",
        ),
        ("Bereich Vertrieb", "Stelle: Key Account Manager (m/w/d)\n", "Key Account Manager"),
        # a title writing the field's job and more keeps its own
        ("Product Manager, Payments", "Role: Product Manager\n", "Product Manager, Payments"),
    ],
)
def test_role_field_wins_over_a_title_part_not_writing_it(in_title, field, role):
    assert role_of(in_title, role_in_field(field), field) == role


@pytest.mark.parametrize(
    ("role", "source", "expected"),
    [
        ("Chef de projet", "Poste : Chef de projet – Énergie\n", "Chef de projet – Énergie"),
        (
            "Analista de Dados",
            "Vaga: Analista de Dados – Área Comercial\n",
            "Analista de Dados – Área Comercial",
        ),
        ("Data Engineer", "for the Data Engineer – Trials role.", "Data Engineer – Trials"),
        # a lower-case word after the dash is no team's name
        ("Data Engineer", "for the Data Engineer – data role.", "Data Engineer"),
    ],
)
def test_role_team_after_dash_with_accented_capital(role, source, expected):
    assert with_team(role, (source,), lambda team: False) == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Priya will ring you afterwards for a quick debrief.", None),
        ("We'll debrief you after the session, then send next steps.", None),
        ("Join the panel debrief once the candidate leaves.", "debrief"),
        ("Please add your scorecard before the debrief at 4pm.", "scorecard"),
    ],
)
def test_candidate_side_is_not_the_interviewers_side(text, found):
    assert _hiring_side(w.HIRING_SIDE_TEXT, text) == found


@pytest.mark.parametrize(
    ("name", "title", "text", "agency"),
    [
        ("Fernhill", "Atlas Corp – 2nd interview (Fernhill)", "Next round.\nFernhill Search", True),
        ("Fernhill", "Atlas Corp – final (Fernhill)", "Regards\nFernhill Executive Search", True),
        # the employer's own team signing is no agency
        ("Atlas", "Atlas – 2nd interview", "Thanks,\nAtlas Recruiting Team", False),
        ("Atlas", "Atlas – 2nd interview", "Cheers,\nAtlas Talent", False),
    ],
)
def test_company_agency_named_short_in_title_full_in_signature(name, title, text, agency):
    assert intermediary(name, title, text) is agency


def test_agency_search_as_a_firms_last_word_only():
    assert w.AGENCY.search("Fernhill Search")
    assert not w.AGENCY.search("Web Search Team")
    assert not w.AGENCY.search("Search Engine Partners Ltd")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Please join the selection panel for the post of Head of Library Services.",
         "Head of Library Services"),
        ("Notes: catch-up re Procurement Manager, Rail Projects – bring the CV", "Procurement Manager, Rail Projects"),
    ],
)  # fmt: skip
def test_role_text_after_the_post_of_or_re(text, role):
    assert role_in_text(text) == role


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We are pleased to invite you to the selection panel on 4 May.", None),
        ("On the day you will meet the interview panel: the Dean and HR.", None),
        ("You are on the selection panel for three applicants this week.", "selection panel"),
    ],
)
def test_candidate_facing_a_selection_panel_is_not_the_interviewers_side(text, found):
    assert _hiring_side(w.HIRING_SIDE_TEXT, text) == found


def _first_round_at_larchmont():
    return invite("Larchmont Ceramics – first interview", "talent@larchmontceramics.example",
                  days=-12, description="Thanks for applying to Larchmont Ceramics.")  # fmt: skip


@pytest.mark.parametrize(
    "title",
    [
        "Larchmont Ceramics – final w/ founder (video, 8am)",
        "Larchmont Ceramics final – Leeds studio, 10am BST",
        "Larchmont Ceramics – Finale mit der Geschäftsführung",
    ],
)
def test_the_users_note_naming_final_beside_a_known_employer_is_that_round(title):
    first = _first_round_at_larchmont()
    v = verdict_of(note(title), first)
    assert v.is_follow_up, why(v)
    assert v.company == "Larchmont Ceramics"
    assert "your own note" in why(v)


@pytest.mark.parametrize(
    "title",
    [
        "Larchmont Ceramics – final invoice",  # "final" of another kind
        "Bramble Tiles – final w/ founder",  # no interviews with Bramble Tiles
    ],
)
def test_the_users_note_naming_final_needs_a_known_employer_and_a_round(title):
    first = _first_round_at_larchmont()
    assert not verdict_of(note(title), first).is_follow_up


@pytest.mark.parametrize(
    "title",
    [
        "Harbour Design Summit – Speaker: panel 'Craft at scale'",
        "Northwind Conference 2029 – panelist, stage B",
    ],
)
def test_conference_kind_word_outside_the_organisers_name_still_vetoes(title):
    event = invite(title, "speakers@harbourdesign.example", description="Green room opens at 9.")
    v = verdict_of(event)
    assert not v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "title",
    ["Appel de restitution – Atelier Morel", "Restitution des entretiens – Atelier Morel"],
)
def test_results_call_in_french_is_no_round(title):
    first = invite("Premier entretien – Acheteur (H/F)", "recrutement@ateliermorel.example",
                   days=-20, description="Poste : Acheteur (H/F)")  # fmt: skip
    later = invite(title, "recrutement@ateliermorel.example",
                   description="Nous souhaitons vous faire un retour.\nPoste : Acheteur (H/F)")  # fmt: skip
    assert not verdict_of(later, first).is_follow_up
