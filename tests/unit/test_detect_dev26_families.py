"""Kinds of mistake development set 26 showed, each in new words and several languages:
a scheduler's heading naming the employer and then the job after a bar, its specialism
after a comma; an agency retained "to find their new …"; the user's note "about … role";
a title writing the job with initials where the invite writes it in full; a Japanese job
led by its field in kanji; film and stage producers and directors (ISCO-08 2654) as jobs.
The user is Robin Hale, as in :mod:`tests.unit.test_detect_kinds`."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.detect.employer.initials import spelled_in_full
from assistant.detect.job.quotedrole import role_on_its_own
from assistant.detect.job.rolecompare import role_of
from assistant.detect.job.roles import role_in_title
from assistant.detect.job.roletext import role_in_text
from assistant.detect.text.reading import read_description
from assistant.detect.who.gobetween import client_in_text
from assistant.models import Event
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import invite, verdict_of, why

# --- a scheduler's heading: the employer, a bar, the job with its specialism ------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Gullwing Audio Ltd | Sound Designer, Games\n\nTechnical chat | Robin Hale",
            "Sound Designer, Games",
        ),
        (
            "Brackwater Media Inc. | Senior Editor, Factual\n\nPanel | Robin Hale\nInterviewers: A. Vos",
            "Senior Editor, Factual",
        ),
        (
            "Holmfirth Verlag GmbH | Lektor, Sachbuch\n\nZweitgespräch | Robin Hale",
            "Lektor, Sachbuch",
        ),
    ],
)
def test_job_after_the_employer_and_a_bar(text, role):
    assert role_in_text(text) == role


def test_a_bar_after_a_person_names_no_job():
    # the part before the bar must be written as a firm
    assert role_in_text("Robin Hale | Sound Designer, Games\n\nNotes") is None


def test_the_job_after_the_bar_reaches_the_later_round():
    heading = "Gullwing Audio Ltd | Sound Designer, Games\n\n"
    first = invite(
        "Recruiter screen | Robin Hale",
        "talent@gullwing.example",
        days=-12,
        description=heading + "Recruiter screen | Robin Hale\nInterviewers: Mae Ortiz",
    )
    later = invite(
        "Interview loop | Cross-team (Sound + QA)",
        "talent@gullwing.example",
        "dev.rana@gullwing.example",
        days=2,
        description=heading + "Interview loop | Cross-team (Sound + QA)\nInterviewers: Dev Rana",
    )
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)
    assert v.role == "Sound Designer, Games"


# --- an agency retained to find the client's next hire -------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Our firm has been retained by Kelso Marine plc to find their new Head of Fleet & "
            "Safety. This first meeting is with us.",
            "Head of Fleet & Safety",
        ),
        (
            "We were asked by the board to recruit their next Director of Finance and Risk.",
            "Director of Finance and Risk",
        ),
    ],
)
def test_agency_retained_to_find_their_new_job(text, role):
    assert role_in_text(text) == role


# --- the user's own note: "about … role" without an article --------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Call with Tamsin from Orchard Lane about Acquisitions Editor role.",
            "Acquisitions Editor",
        ),
        ("Chat about Lighting Designer position, she rings me.", "Lighting Designer"),
    ],
)
def test_note_about_a_role_without_an_article(text, role):
    assert role_in_text(text) == role


def test_about_a_job_word_without_the_word_role_names_no_job():
    assert role_in_text("Talk about Team Lead expectations over coffee") is None


# --- a title's initials give way to the job the invite writes in full ---------------------


@pytest.mark.parametrize(
    ("title", "text", "role"),
    [
        ("PM", "Production Manager", "Production Manager"),
        ("Dev Exec", "Development Executive", "Development Executive"),
        ("Sr. QA Eng.", "Senior QA Engineer", "Senior QA Engineer"),
    ],
)
def test_title_initials_give_way_to_the_job_in_full(title, text, role):
    assert role_of(title, text, "") == role


def test_title_with_its_own_words_keeps_them():
    # "Sound Designer" is no short form of "Audio Lead": the title's own job stays
    assert role_of("Sound Designer", "Audio Lead", "") == "Sound Designer"


def test_agency_title_with_initials_after_a_description_in_full():
    event = invite(
        "Fernhill Studios – interview for PM role (via Castlight)",
        "gina@castlight-talent.example",
        "ola.brandt@fernhill.example",
        days=-5,
        description="First chat with Fernhill Studios Ltd for the Project Manager role (touring).",
    )
    later = invite(
        "2nd interview – Fernhill Studios",
        "gina@castlight-talent.example",
        "ola.brandt@fernhill.example",
        days=3,
        description="Second stage with Fernhill, in person.",
    )
    assert verdict_of(event).role == "Project Manager"
    v = verdict_of(later, event)
    assert v.is_follow_up, why(v)
    assert v.role == "Project Manager"


# --- a Japanese job led by its field in kanji ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "山田様\n\n海外営業マネージャー職へのご応募ありがとうございます。",
            "海外営業マネージャー",
        ),
        (
            "この度はありがとうございます。\n映像制作ディレクターのポジションについてご案内します。",
            "映像制作ディレクター",
        ),
        ("貴殿の品質管理エンジニア職について、面接を実施します。", "品質管理エンジニア"),
    ],
)
def test_japanese_job_led_by_its_field_in_kanji(text, role):
    assert role_on_its_own(text) == role


def test_chinese_without_kana_gives_no_edge():
    assert role_on_its_own("感谢您应聘海外销售经理职位。") is None


# --- film and stage producers and directors are jobs (ISCO-08 2654) ----------------------


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("二次面接 – ドキュメンタリープロデューサー", "ドキュメンタリープロデューサー"),
        ("Zweitgespräch – Produzentin Serie", "Produzentin Serie"),
        ("Deuxième entretien – Productrice déléguée", "Productrice déléguée"),
        ("Segunda entrevista – Productora Ejecutiva", "Productora Ejecutiva"),
        ("Secondo colloquio – Regista", "Regista"),
        ("Segunda entrevista – Roteirista Sênior", "Roteirista Sênior"),
        ("İkinci görüşme – Dizi Yapımcısı", "Dizi Yapımcısı"),
        ("二面 纪录片制片人", "纪录片制片人"),
        ("2차 면접 – 다큐멘터리 프로듀서", "다큐멘터리 프로듀서"),
    ],
)
def test_producers_and_directors_are_jobs(title, role):
    assert role_in_title(title) == role


def test_description_reads_the_japanese_job():
    reading = read_description(
        "国際共同製作プロデューサー職へのご応募ありがとうございます。\n一次面接を実施いたします。"
    )
    assert reading.role == "国際共同製作プロデューサー"


# --- a name cut short where another invite from the same domain writes it in full -------


def test_name_cut_short_takes_the_registered_name_a_call_wrote():
    # the first call is no interview by its words, but it writes the name in full
    call = invite(
        "Marlowe Sound LLC / Robin Hale - Head of Post",
        "kit.amos@marlowesound.example",
        days=-14,
        description="First conversation with Kit for the Head of Post search.",
    )
    later = invite(
        "Marlowe x Robin - round 2 w/ Ana & Teo", "kit.amos@marlowesound.example", days=2
    )
    v = verdict_of(later, call)
    assert v.is_follow_up, why(v)
    assert v.company == "Marlowe Sound LLC"


# --- a firm's initials joined by "&", spelled out by another invite -----------------------


@pytest.mark.parametrize(
    ("name", "source", "full"),
    [
        ("R&B", "Call with Rowan & Birch about the Editor role", "Rowan & Birch"),
        ("Halden S&T", "Halden Sound & Tape Ltd, 4 Mill Row", "Halden Sound & Tape Ltd"),
        ("K&L&P", "Offer from Kerr & Lowe & Pike", "Kerr & Lowe & Pike"),
    ],
)
def test_initials_joined_by_an_ampersand(name, source, full):
    assert spelled_in_full(name, (source,)) == full


def test_initials_joined_by_an_ampersand_in_the_users_note():
    first = note("Rowan & Birch – first call (Commissioning Editor)", days=-10)
    later = note("R&B 2nd round - w/ Ines + Tom (in person)", days=4)
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)
    assert v.company == "Rowan & Birch"


# --- a search firm's invites: the client is the employer ---------------------------------


@pytest.mark.parametrize(
    ("text", "client"),
    [
        (
            "Einladung zum Gespräch bei unserem Mandanten Nordhafen Werft GmbH in Kiel.",
            "Nordhafen Werft GmbH",
        ),
        (
            "Je gesprek bij onze opdrachtgever Polderlicht Media B.V. in Utrecht.",
            "Polderlicht Media B.V",
        ),
        ("Intervju hos vår uppdragsgivare Fjällbacka Film AB.", "Fjällbacka Film AB"),
    ],
)
def test_a_headhunters_word_for_client(text, client):
    assert client_in_text(text) == client


def agency_rounds(final_title: str, final_text: str) -> tuple[Event, Event]:
    first = invite(
        "Premier entretien Atelier Sorbier (via Lumière Recrutement)",
        "claire@lumiere-rh.example",
        days=-12,
        description=(
            "Voici l'invitation pour votre premier entretien avec Atelier Sorbier SAS pour le "
            "poste de Responsable éditorial.\n\nClaire – Lumière Recrutement"
        ),
    )
    final = invite(final_title, "claire@lumiere-rh.example", days=3, description=final_text)
    return first, final


def test_agency_first_round_names_the_firm_met_not_the_agency():
    first, _ = agency_rounds("x", "")
    assert verdict_of(first).company == "Atelier Sorbier SAS"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Entretien final – Atelier Sorbier, Lyon",
            "Nouvelle date confirmée.\n\nClaire\nLumière Recrutement",
        ),
        ("Vervolggesprek Atelier Sorbier", "Tot dan!\n\nClaire - Lumière Recrutement"),
    ],
)
def test_later_round_signed_by_the_agency_keeps_the_client(title, text):
    first, final = agency_rounds(title, text)
    v = verdict_of(final, first)
    assert v.is_follow_up, why(v)
    assert v.company == "Atelier Sorbier SAS"
    assert v.role == "Responsable éditorial"


def test_a_signature_from_a_firm_that_booked_no_round_with_the_title_s_firm_stays():
    # the title's firm was met through another sender: the signature's own firm stays
    other = invite("First interview – Atelier Sorbier", "hr@sorbier.example", days=-12)
    later = invite(
        "Second interview – Atelier Sorbier",
        "mo@brightline.example",
        days=3,
        description="See you there.\n\nMo\nBrightline Studios",
    )
    assert verdict_of(later, other).company != "Atelier Sorbier"


@pytest.mark.parametrize(
    ("name", "full"),
    [("Studio Sorbier SA", None), ("Nordhafen Werft AG", None)],
)
def test_a_legal_form_is_no_initials(name, full):
    assert spelled_in_full(name, ("Studio Sorbier, Lyon", "Nordhafen Werft, Kiel")) == full


# --- a first name is no "AMA" (ask me anything) ------------------------------------------


def test_a_first_name_spelling_an_event_word_is_no_public_event():
    first = invite(
        "Recruiter screen – Tidemark Docs",
        "no-reply@ashbyhq.com",
        days=-9,
        description="Tidemark Docs: your screen for the Series Producer role.",
    )
    later = invite(
        "Robin <> Kofi & Ama (founders)",
        "no-reply@ashbyhq.com",
        "kofi@tidemarkdocs.example",
        "ama@tidemarkdocs.example",
        days=3,
        description="Tidemark Docs: a conversation with our founders.",
    )
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)


def test_an_ama_in_capitals_is_still_a_public_event():
    v = verdict_of(invite("Founders AMA: how we hire", "events@tidemarkdocs.example", days=3))
    assert not v.is_follow_up, why(v)


# --- a call about next steps, an offer or feedback is a step around the rounds -----------


def screened(host: str = "maya@copperline.example") -> Event:
    return invite(
        "Recruiter screen – Copperline Studios",
        host,
        days=-20,
        description="Job: Post Supervisor\nInterview: Recruiter Screen",
    )


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Call with Maya (Copperline) re: next steps", "Maya will ring you."),
        ("Telefonat mit Maya zu den nächsten Schritten", ""),
        ("Appel avec Maya sur les prochaines étapes", ""),
        ("Belletje met Maya over de vervolgstappen", ""),
        ("Llamada con Maya sobre los próximos pasos", ""),
        ("Maya to walk you through the offer", "Post Supervisor, Copperline."),
        ("Retorno – Copperline Studios", "A Maya liga com o retorno da entrevista final."),
    ],
)
def test_a_recruiters_call_around_the_rounds_is_no_round(title, text):
    later = invite(title, "maya@copperline.example", days=5, description=text)
    v = verdict_of(later, screened())
    assert not v.is_follow_up, why(v)


def test_next_steps_beside_a_round_is_still_a_round():
    later = invite(
        "Next steps: final interview with the CEO – Copperline",
        "maya@copperline.example",
        "ceo@copperline.example",
        days=5,
    )
    v = verdict_of(later, screened())
    assert v.is_follow_up, why(v)


# --- an agency's intro call is no round with the client it later books --------------------


def test_agency_intro_call_is_no_round_with_its_client():
    intro = invite(
        "Erstgespräch Falkner Personalberatung",
        "t.falk@falkner-pb.example",
        days=-14,
        description="Unser kurzes Erstgespräch zu Ihren Wechselwünschen.",
    )
    client = invite(
        "Vorstellungsgespräch Hafenkino GmbH – Aufnahmeleitung (m/w/d)",
        "t.falk@falkner-pb.example",
        "j.brandt@hafenkino.example",
        days=3,
        description="Die Einladung zum ersten Gespräch bei unserem Mandanten Hafenkino GmbH.",
    )
    v = verdict_of(client, intro)
    assert not v.is_follow_up, why(v)
    assert v.company == "Hafenkino GmbH"


def test_the_clients_second_round_through_the_agency_follows_the_first():
    first = invite(
        "Vorstellungsgespräch Hafenkino GmbH – Aufnahmeleitung (m/w/d)",
        "t.falk@falkner-pb.example",
        "j.brandt@hafenkino.example",
        days=-7,
        description="Die Einladung zum ersten Gespräch bei unserem Mandanten Hafenkino GmbH.",
    )
    second = invite(
        "2. Gespräch Hafenkino (vor Ort)",
        "t.falk@falkner-pb.example",
        days=3,
        description="Hafenkino möchte Sie zum zweiten Gespräch einladen.",
    )
    v = verdict_of(second, first)
    assert v.is_follow_up, why(v)
    assert v.company == "Hafenkino GmbH"
    assert v.role == "Aufnahmeleitung"


# --- the user's note names the employer by its place ---------------------------------------


def placed_note(title: str, location: str) -> Event:
    event = note(title, days=6)
    return replace(event, location=location)


def brightwater_rounds() -> list[Event]:
    """A screen and a loop with Brightwater Sound Works Ltd, the job in their fields."""
    first = invite(
        "Brightwater Sound Works: Recruiter Call",
        "ana@brightwatersw.example",
        days=-20,
        description="Job: Dubbing Mixer\nInterview: Recruiter Call",
    )
    loop = invite(
        "Interview Loop: Brightwater Sound Works",
        "ana@brightwatersw.example",
        days=-6,
        description="Company: Brightwater Sound Works Ltd\nJob: Dubbing Mixer",
    )
    return [first, loop]


@pytest.mark.parametrize(
    "title",
    ["BSW final w/ Ines + MD (Bristol)", "BSW final – 2pm"],
)
def test_note_naming_the_employer_by_its_place(title):
    later = placed_note(title, "Brightwater Sound Works, Bristol")
    v = verdict_of(later, *brightwater_rounds())
    assert v.is_follow_up, why(v)
    assert v.company == "Brightwater Sound Works Ltd"
    assert v.role == "Dubbing Mixer"


def test_note_at_a_place_of_no_employer_met_is_not_acted_on():
    v = verdict_of(placed_note("Cup final w/ Ines + Tom", "Ashton Gate, Bristol"))
    assert not v.is_follow_up, why(v)


# --- a search firm's rounds with the client: a person's title names the client, the board -


def search_firm_rounds() -> list[Event]:
    host = "jo@ferrisvane.example"
    screen = invite(
        "Ferris & Vane | Robin Hale | Kittiwake Sound search",
        host,
        days=-30,
        description="Ferris & Vane Executive Search has been retained by Kittiwake Sound Ltd "
        "to find their new Director of Post & Operations. This is our initial interview.",
    )
    first = invite(
        "Kittiwake Sound - first interview with Nell Arden (CEO)",
        host,
        days=-15,
        description="Delighted to confirm your first interview with Nell Arden, CEO of "
        "Kittiwake Sound Ltd, at their studio.\n\nJo\nFerris & Vane Executive Search",
    )
    # at the client's own address, so the title's name is read as the place
    return [screen, replace(first, location="Kittiwake Sound, 12 Wharf Road, Hull")]


def test_interview_with_a_person_and_their_title_names_their_organisation():
    _, first = search_firm_rounds()
    v = verdict_of(first, search_firm_rounds()[0])
    assert v.company == "Kittiwake Sound Ltd"
    assert not v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "title",
    [
        "Kittiwake Sound - meeting with board members (Ferris & Vane)",
        "Kittiwake Sound – meet two of the board members",
    ],
)
def test_meeting_board_members_after_the_clients_first_round(title):
    later = invite(
        title,
        "jo@ferrisvane.example",
        days=4,
        description="Nell would like you to meet two of the board.",
    )
    v = verdict_of(later, *search_firm_rounds())
    assert v.is_follow_up, why(v)
    assert v.company == "Kittiwake Sound Ltd"
    assert v.role == "Director of Post & Operations"


def test_a_place_sharing_only_the_employers_first_word_is_not_the_employer():
    later = placed_note("Padel league – Final!!", "Padel Club, Brightwater Quay")
    v = verdict_of(later, *brightwater_rounds())
    assert not v.is_follow_up, why(v)
