"""Kinds of mistake development set 21 showed, each in new words and several languages:
a reference check is never a round, in any language; the user's own notes of a final
round and the team or decision meetings after an earlier round; a candidate presenting
to a selection panel; company names with Gulf and other legal forms, a city after the
name, "and" inside it, a Japanese sentence around it; roles with a gender-inclusive
ending or a specialism after a dash. The user is Robin Hale, as in
:mod:`tests.unit.test_detect_kinds`."""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.detect import Profile, own_organisation
from assistant.models import Event, Verdict
from tests.conftest import NOW, make_event, person
from tests.unit.test_detect_dev4_families import note as make_note
from tests.unit.test_detect_kinds import invite, me_at, verdict_of, why

# --- a reference check is a step around the interviews, in any language ---------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Sprawdzenie referencji – Zielony Most",
        "Prise de références – Zielony Most",
        "Referans kontrolü – Zielony Most",
        "リファレンスチェック（Zielony Most）",
        "背景调查 - Zielony Most",
        "레퍼런스 체크 - Zielony Most",
        "Ověření referencí – Zielony Most",
    ],
)
def test_reference_check_is_no_round(title):
    first = invite("Rozmowa kwalifikacyjna – Zielony Most", "hr@zielony-most.example", days=-9)
    later = invite(title, "hr@zielony-most.example")
    v = verdict_of(later, first)
    assert not v.is_follow_up, why(v)


# --- a title part ending in a legal form is the employer, whatever job word it holds -------------


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Tinker & Tailor Events Ltd - first interview (Deck Supervisor)", "Deck Supervisor"),
        ("Mason & Weaver Logistics plc – screening call (Site Manager)", "Site Manager"),
    ],
)
def test_title_part_with_legal_form_is_no_role(title, role):
    from assistant.detect.job.roles import role_in_title

    assert role_in_title(title) == role


# --- the user's own note names a later round and the employer's short name ----------------------


def test_own_note_final_with_short_name_after_earlier_round():
    first = invite(
        "Tinker & Tailor Events Ltd - first interview (Deck Supervisor)",
        "hr@tinkertailor.example",
        days=-20,
    )
    note = make_note("Final interview - Tinker & Tailor")
    v = verdict_of(note, first)
    assert v.is_follow_up, why(v)
    assert (v.company, v.role) == ("Tinker & Tailor Events Ltd", "Deck Supervisor")


# --- a sport's word inside a body's name is its field, not a pastime ------------------------------


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Final interview - Northshore Hockey Board", "Northshore Hockey Board"),
        ("Segunda entrevista - Federación Andaluza de Pádel", "Federación Andaluza de Pádel"),
        ("Zweites Gespräch – Deutscher Tennis Bund", "Deutscher Tennis Bund"),
    ],
)
def test_sport_word_inside_a_body_name(title, name):
    from assistant.detect.employer.titlenames import title_names

    assert name in title_names(title)[1]


@pytest.mark.parametrize("title", ["Chess Club", "Padel league night", "Final - Rowing Club"])
def test_pastime_is_still_no_employer(title):
    from assistant.detect.employer.titlenames import title_names

    assert title_names(title)[1] == ()


def test_own_note_final_at_a_sports_body_after_its_phone_screen():
    screen = make_note(
        "Phone screen - Northshore Hockey Board (Head of Venue Operations)", days=-20
    )
    final = make_note("Final interview - Northshore Hockey Board")
    v = verdict_of(final, screen)
    assert v.is_follow_up, why(v)
    assert v.company == "Northshore Hockey Board"


# --- a role field writing the employer and the place after the job --------------------------------


def test_role_field_with_employer_and_place_after_the_job():
    event = invite(
        "Phone screen - Northshore Hockey Board (Head of Venue Operations)",
        "talent@northshorehockey.example",
        description="Role: Head of Venue Operations, Northshore Hockey Board (Halifax).",
    )
    v = verdict_of(event)
    assert (v.company, v.role) == ("Northshore Hockey Board", "Head of Venue Operations")


# --- Gulf legal forms end a registered name -------------------------------------------------------


@pytest.mark.parametrize(
    ("short", "text", "full"),
    [
        ("Pearl Karting", "Regards,\nPearl Karting Events FZ-LLC\nDubai", "Pearl Karting Events FZ-LLC"),
        ("Lusail Arena", "Lusail Arena Operations W.L.L. | HR", "Lusail Arena Operations W.L.L."),
        ("Dune Runner", "Dune Runner Logistics FZE, Sharjah", "Dune Runner Logistics FZE"),
        ("Gulf Harbour", "Gulf Harbour Holdings PJSC", "Gulf Harbour Holdings PJSC"),
    ],
)  # fmt: skip
def test_gulf_legal_form_ends_registered_name(short, text, full):
    from assistant.detect.employer.legalname import registered_name

    assert registered_name(short, text) == full


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Regards,\nPearl Karting Events FZ-LLC", "Pearl Karting Events FZ-LLC"),
        ("Best,\nHR | Lusail Arena Operations W.L.L.", "Lusail Arena Operations W.L.L."),
        ("Thanks,\nBahrain Motor Park B.S.C.", "Bahrain Motor Park B.S.C."),
    ],
)
def test_gulf_legal_form_in_a_signature(text, name):
    from assistant.detect.employer.legalname import signature_name

    assert signature_name(text) == name


# --- a Japanese sentence around a registered name: the name ends at its legal form -----------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("この度は大阪ライドイベンツ株式会社の求人にご応募いただき、ありがとうございます。", "大阪ライドイベンツ株式会社"),
        ("先日は横浜ベイアリーナ株式会社にお越しいただき", "横浜ベイアリーナ株式会社"),
        ("さくら運営株式会社 人事部", "さくら運営株式会社"),  # hiragana inside a name stays
    ],
)  # fmt: skip
def test_japanese_sentence_around_a_registered_name(text, name):
    from assistant.detect.employer.legalname import signature_name

    assert signature_name(text) == name


# --- a domain only the user writes from is a personal address, not a workplace -------------------


def _sent_by_me(title: str, address: str, *guests: str, days: float = 1) -> Event:
    me = person(address, "Robin Hale", is_organizer=True)
    return make_event(
        title,
        start=NOW + timedelta(days=days),
        uid=f"{title}|{days}",
        organizer=me,
        attendees=(me_at(address), *(person(g) for g in guests)),
    )


def test_meeting_sent_from_a_personal_domain_is_not_from_work():
    # the user works at quarrylane.example, where a colleague writes from too; the
    # calendar's own address is at a domain no one else writes from
    own = "robin@hale-family.example"
    profile = Profile.build([own, "robin@quarrylane.example"])
    work = _sent_by_me("Ops weekly", "robin@quarrylane.example", "lee@quarrylane.example", days=-20)
    first = _sent_by_me(
        "Fwd: Kestrel Rigging - first chat", own, "dana@kestrelrigging.example", days=-9
    )
    later = _sent_by_me(
        "Kestrel Rigging - site visit + meet the crew", own, "dana@kestrelrigging.example"
    )
    v = verdict_of(later, first, work, profile=profile)
    assert v.is_follow_up, why(v)
    learned = own_organisation([work, first, later], profile)
    assert learned.personal == frozenset({"hale-family.example"})
    assert any("personal address" in reason for reason in learned.reasons)


def test_meeting_sent_from_a_workplace_with_colleagues_is_still_from_work():
    own = "robin@quarrylane.example"
    profile = Profile.build([own])
    colleague = _sent_by_me("Ops weekly", own, "lee@quarrylane.example", days=-20)
    first = _sent_by_me(
        "Fwd: Kestrel Rigging - first chat", own, "dana@kestrelrigging.example", days=-9
    )
    later = _sent_by_me(
        "Kestrel Rigging - site visit + meet the crew", own, "dana@kestrelrigging.example"
    )
    v = verdict_of(later, first, colleague, profile=profile)
    assert "work address" in why(v)
    assert own_organisation([colleague, first, later], profile).personal == frozenset()


# --- meeting the team (or the crew) after an earlier round is a later contact ----------------------


@pytest.mark.parametrize(
    "title",
    [
        "Kestrel Rigging - yard tour + meet the crew",
        "Kestrel Rigging: meet the squad at the depot",
        "Reunión con el equipo en Valencia – Kestrel Rigging",
        "Rencontre avec l'équipe – Kestrel Rigging",
        "Reunião com a equipe – Kestrel Rigging",
        "Riunione con il team – Kestrel Rigging",
        "Möte med teamet – Kestrel Rigging",
    ],
)
def test_meeting_the_team_after_an_earlier_round(title):
    # an agency books it, the employer's people are on it (the invite from the employer
    # itself passed before); and the user's own note of it
    first = invite("Kestrel Rigging - first interview", "dana@kestrelrigging.example", days=-9)
    booked = invite(title, "lucia@talentbridge.example", "crew.lead@kestrelrigging.example")
    v = verdict_of(booked, first)
    assert v.is_follow_up, why(v)
    v = verdict_of(make_note(title), first)
    assert v.is_follow_up, why(v)


# --- the candidate presents to a selection panel: the panel is the audience, not a seat ----------


@pytest.mark.parametrize(
    "description",
    [
        "Robin will present a 100-day plan for the spring regatta to the selection panel.",
        "Robin présentera son projet devant le comité de sélection.",
        "Robin presentará su plan de temporada ante el comité de selección.",
        "Robin präsentiert das Konzept vor dem Auswahlgremium.",
    ],
)
def test_candidate_presenting_to_a_selection_panel(description):
    v = _after_a_first_round("Presentation to panel - R. Hale", description)
    assert v.is_follow_up, why(v)


def test_sitting_on_a_selection_panel_is_still_the_hiring_side():
    said = "Thank you for sitting on the selection panel; scorecards attached."
    assert not _after_a_first_round("Presentation to panel - candidate 3", said).is_follow_up


def _after_a_first_round(title: str, description: str) -> Verdict:
    """The verdict on ``title`` sent by the employer's HR to the user and its board,
    after a first interview with the same employer."""
    first = invite("Interview - Regatta Operations Lead", "hr@kestrelrigging.example", days=-9)
    later = invite(title, "hr@kestrelrigging.example", "board@kestrelrigging.example",
                   description=description)  # fmt: skip
    return verdict_of(later, first)


# --- "and" inside a registered name is no separator ------------------------------------------------


@pytest.mark.parametrize(
    ("title", "company"),
    [
        ("Interview with Harbour and Pine Outfitters, Inc. - Events Lead", "Harbour and Pine Outfitters, Inc."),
        ("Tweede gesprek met Kuipers en Zonen B.V. – Teamleider", "Kuipers en Zonen B.V."),
        # a conference's word inside a registered name ("Summit") is no conference
        ("Interview with Summit and Pine Sports LLC - Venue Manager", "Summit and Pine Sports LLC"),
    ],
)  # fmt: skip
def test_and_inside_a_registered_name(title, company):
    v = verdict_of(invite(title, "talent@hiring-mail.example"))
    assert v.company == company, why(v)


def test_and_between_two_people_still_parts_the_title():
    from assistant.detect.text.titles import segments

    assert [part for part, _ in segments("Lunch with Jo and Sam")] == ["Lunch", "Jo", "Sam"]


# --- the role the first round named, for a later invite naming the employer by initials -----------


@pytest.mark.parametrize(
    ("first_title", "said", "later_title", "role"),
    [
        ("Primera entrevista – Jefe/a de Logística de Eventos (Grupo Regatas Costa Levante S.L.)",
         "Te confirmo la primera entrevista con nuestro cliente, Grupo Regatas Costa Levante S.L.",
         "Segunda entrevista – GRCL – Robin Hale", "Jefe/a de Logística de Eventos"),
        ("First interview – Venue Logistics Lead (Great Rowing Club Leagues Ltd)",
         "Confirming the first interview with our client, Great Rowing Club Leagues Ltd.",
         "Second interview – GRCL – Robin Hale", "Venue Logistics Lead"),
    ],
)  # fmt: skip
def test_role_from_first_round_when_later_names_initials(first_title, said, later_title, role):
    # an agency (seleccionmar) books both rounds; the employer's people are on them
    agency, employer = "ana@seleccionmar.example", "jefe@grcl.example"
    first = invite(first_title, agency, employer, days=-9, description=said)
    later = invite(later_title, agency, employer, "dir@grcl.example")
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)
    assert v.role == role


# --- a work-mode bracket holding a dash, in a role field -------------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Company: Harbour Kart Events, Inc.\nRole: Venue Operations Lead (Remote - EMEA)\n", "Venue Operations Lead"),
        ("Stelle: Eventleiterin (Hybrid – DACH)\n", "Eventleiterin"),
        ("Puesto: Jefa de Producción (Remoto - LatAm)\n", "Jefa de Producción"),
        ("Position: Lead Urban Designer (m/f/d), Frankfurt am Main\n", "Lead Urban Designer"),
    ],
)  # fmt: skip
def test_work_mode_bracket_with_a_dash_in_a_role_field(text, role):
    from assistant.detect.job.rolefield import role_in_field

    assert role_in_field(text) == role


# --- initials of a name with accents and an elided article; a place after a body's initials -------


@pytest.mark.parametrize(
    ("short", "text", "full"),
    [
        ("ESCA", "Premier échange – Événements Sportifs Côte d'Azur", "Événements Sportifs Côte d'Azur"),
        ("CSVA", "Colloquio – Club Sportivo Valle dell'Aniene", "Club Sportivo Valle dell'Aniene"),
        ("ÖSV", "Erstgespräch – Österreichischer Segel Verband", "Österreichischer Segel Verband"),
    ],
)  # fmt: skip
def test_initials_of_a_name_with_accents_or_elision(short, text, full):
    from assistant.detect.employer.initials import spelled_in_full

    assert spelled_in_full(short, (text,)) == full


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Organisation: World Rowing Union (WRU), Lausanne\n", "World Rowing Union (WRU)"),
        ("Empresa: Federación Ibérica de Vela (FIV), Madrid\n", "Federación Ibérica de Vela (FIV)"),
    ],
)  # fmt: skip
def test_place_after_a_body_and_its_initials_in_a_field(text, company):
    event = invite("Interview: Head of Regattas (2231)", "recruiting@successfactors.example",
                   description=text + "Round: 2\n")  # fmt: skip
    found = verdict_of(event).company or ""
    # the bracketed initials may stay or go (a name's own initials are no part of it)
    assert found in (company, company.split(" (")[0])


# --- an agency's client named in long words -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "client"),
    [
        ("Client interview: Harbour Regatta Week Organising Committee - stage 2",
         "Harbour Regatta Week Organising Committee"),
        ("Klant gesprek: Noordzee Zeilweek Organisatie Comité Holland - ronde 2",
         "Noordzee Zeilweek Organisatie Comité Holland"),
    ],
)  # fmt: skip
def test_client_named_in_five_words_or_more(text, client):
    from assistant.detect.who.gobetween import client_in_text

    assert client_in_text(text) == client


# --- a specialism after a dash between the job and "position" --------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Here is the link for our first chat about the Site Manager - Regattas position.", "Site Manager - Regattas"),
        ("Looking forward to talking about the Venue Coordinator – Sailing role!", "Venue Coordinator – Sailing"),
    ],
)  # fmt: skip
def test_specialism_after_a_dash_before_position(text, role):
    from assistant.detect.job.roletext import role_in_text

    assert role_in_text(text) == role


def test_role_carried_from_a_first_chat_naming_the_specialism():
    first = invite("Interview Robin Hale / Kestrel Regattas AS", "ingrid@kestrelregattas.example", days=-9,
                   description="Here is the link for our first chat about the Site Manager - Regattas position.")  # fmt: skip
    later = invite("Interview with the regatta team", "ingrid@kestrelregattas.example",
                   "ole@kestrelregattas.example")  # fmt: skip
    v = verdict_of(later, first)
    assert v.role == "Site Manager - Regattas", why(v)
