"""Families of mistakes from the eighth development calendar, each in new words.

The calendar (``tests/data/detection_dev8``, first written blind) showed each kind
once or twice; the tests below name the kind, with employers, people and phrases
made up here, in several languages where the kind is about words. The user is
Robin Hale, as in :mod:`tests.unit.test_detect_kinds`.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.detect import company_of
from assistant.detect.employer.namematch import name_matching, sentence_cut
from assistant.detect.job.roles import role_in_title
from assistant.detect.job.roletext import role_in_text
from assistant.detect.who.gobetween import mailbox_name, shared_mailbox
from assistant.models import Verdict
from tests.conftest import NOW, make_event, person
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import PROFILE, invite, me_at, verdict_of, why


def after(
    first_title: str, title: str, sender: str, *guests: str, first_text: str = "", **fields
) -> Verdict:
    """The verdict on ``title`` from ``sender`` (with ``guests``), ten days after a
    round titled ``first_title`` (described by ``first_text``) from the same sender;
    ``fields`` go to the later invite."""
    first = invite(first_title, sender, days=-10, description=first_text)
    return verdict_of(invite(title, sender, *guests, **fields), first)


def hosted(title: str, host_address: str, host_name: str, *guests, days: float = 2, **fields):
    """An invite sent from ``host_address`` under the display name ``host_name``."""
    host = person(host_address, host_name, is_organizer=True)
    return make_event(
        title,
        start=NOW + timedelta(days=days),
        uid=f"{title}|{days}",
        organizer=host,
        attendees=(me_at(), host, *guests),
        **fields,
    )


# --- the organisation's own display name is no person on the invite -----------------------


@pytest.mark.parametrize(
    ("address", "name", "labels"),
    [
        ("office@ashgrove-marine.example", "Ashgrove Marine Authority", ()),  # its domain
        ("ashgrove@myworkday.example", "Ashgrove Holdings plc", ()),  # a legal form ends it
        # a robot sends in the name of the employer whose people are on the invite
        ("notifications@app.bamboohr.example", "Ashgrove Heritage Trust", ("ashgrove",)),
    ],
)
def test_an_organisations_display_name_is_a_mailbox_not_a_person(address, name, labels):
    assert shared_mailbox(person(address, name), labels)


@pytest.mark.parametrize(
    ("address", "name", "labels"),
    [
        ("tom@tomvdb.example", "Tom Van der Berg", ()),
        ("rhea.lind@lindcraft.example", "Rhea Lind", ()),
        # a recruiter's name on a tracking system's sender is still a person's
        ("no-reply@greenhouse.example", "Rhea Lind", ("ashgrove",)),
    ],
)
def test_a_persons_own_address_and_name_stay_a_person(address, name, labels):
    assert not shared_mailbox(person(address, name), labels)


@pytest.mark.parametrize(
    ("host_address", "host_name", "location", "company"),
    [
        # the organisation's display name is no guest whose name the location repeats
        ("notifications@app.bamboohr.example", "Ashgrove Heritage Trust",
         "Ashgrove Heritage Trust, 4 Fitzroy Row", "Ashgrove Heritage Trust"),
        # nor a person whose words make the name in the title a person's
        ("office@ashgrovemarine.example", "Ashgrove Marine Authority",
         "Quay Centre, Dock Road", "Ashgrove Marine Authority"),
    ],
)  # fmt: skip
def test_the_name_the_organisations_mailbox_bears_is_read(host_address, host_name, location,
                                                          company):  # fmt: skip
    guest = person("lena.roth@ashgrovemarine.example", "Lena Roth")
    if "heritage" in host_name.lower():
        guest = person("lena.roth@ashgrove.example", "Lena Roth")
    title = (
        f"{host_name}: Interview with the Dock Engineer"
        if "Marine" in host_name
        else ("Interview: Conservation Architect - Robin Hale")
    )
    event = hosted(title, host_address, host_name, guest, location=location)
    assert company_of(event, PROFILE) == company


@pytest.mark.parametrize(
    ("location", "building"),
    [
        ("Kestrow House, 2 Mill Lane, Leeds", "Kestrow House"),
        ("Kestrow Tower, Level 12", "Kestrow Tower"),
        ("Kestrow Centre, Dock Road", "Kestrow Centre"),
    ],
)
def test_a_building_after_the_name_is_the_site_not_the_company(location, building):
    assert name_matching(location, ("kestrow",), True) == "Kestrow"
    host = person("kestrow@myworkday.example", "Kestrow Civil Works plc", is_organizer=True)
    guest = person("ada.marsh@kestrow.example", "Ada Marsh")
    event = make_event("Interview: R-0031 Bridge Engineer", start=NOW + timedelta(days=2),
                       uid=location, organizer=host, attendees=(me_at(), host, guest),
                       location=location)  # fmt: skip
    assert company_of(event, PROFILE) == "Kestrow Civil Works plc"


# --- a team's word in the mailbox's name, in several languages ---------------------------


@pytest.mark.parametrize(
    ("name", "company"),
    [
        ("Quintana Obras Talento", "Quintana Obras"),
        ("Maison Ferrand Recrutement", "Maison Ferrand"),
        ("Studio Brenna Selezione", "Studio Brenna"),
        ("Halden Bygg Rekrytering", "Halden Bygg"),
    ],
)
def test_a_hiring_teams_word_is_no_part_of_the_mailboxs_name(name, company):
    assert mailbox_name(person("x@y.example", name)) == company


# --- the system's sentence after the name, a reference number, a joining word ------------


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Halvard Marine Engineering. Reply", "Halvard Marine Engineering"),
        ("Obras Quintana S.A. de C.V.", "Obras Quintana S.A. de C.V."),
        ("Ferrand Corp. Team", "Ferrand Corp. Team"),
    ],
)
def test_a_name_ends_with_its_sentence(written, name):
    assert sentence_cut(written) == name


def test_the_employer_a_scheduler_writes_for_ends_with_its_sentence():
    description = (
        "First round for Dock Engineer.\n\nThis invite was sent by GoodTime on behalf of "
        "Halvard Marine Engineering. Reply to this invite to reach the hiring team."
    )
    event = invite("Halvard - Onsite Loop", "talent@halvardmarine.example", days=2,
                   description=description)  # fmt: skip
    assert company_of(event, PROFILE) == "Halvard Marine Engineering"


@pytest.mark.parametrize(
    "title",
    [
        "Second Stage Interview - Senior Engineer (Competition Ref PEO/11/27)",
        "Second Stage Interview - Senior Engineer (KLM/07/29)",
    ],
)
def test_a_competition_reference_is_no_company(title):
    event = invite(title, "recruitment@fenmorecoco.example", days=2)
    assert "/" not in (company_of(event, PROFILE) or "")


@pytest.mark.parametrize(
    ("text", "label", "name"),
    [
        ("Colloquio finale – Archi e Volte", "archievolte", "Archi e Volte"),
        ("Entrevista – Puentes y Caminos", "puentesycaminos", "Puentes y Caminos"),
        ("Second round - Hale and Dorsey", "haledorsey", "Hale and Dorsey"),
    ],
)
def test_a_joining_word_may_be_spelled_in_the_domain_or_not(text, label, name):
    assert name_matching(text, (label,), False) == name


def test_a_round_phrase_cut_by_a_separator_is_no_company():
    first = invite("Colloquio conoscitivo – Archi e Volte S.r.l.", "hr@archievolte.example",
                   days=-9)  # fmt: skip
    later = invite("Incontro con il Direttore Tecnico – Archi e Volte", "hr@archievolte.example",
                   "dt@archievolte.example")  # fmt: skip
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)
    assert v.company == "Archi e Volte S.r.l."


# --- the shorter form where the same employer's other invites write the fuller one --------


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Ateliers Ferrand & Fils", "Ferrand"),
        ("Construcciones Quintana S.L.", "Quintana"),
    ],
)
def test_a_shorter_form_takes_the_name_the_other_rounds_write(full, short):
    domain = "ferrand-ateliers.example" if "Ferrand" in full else "quintana-obras.example"
    first = invite(f"Premier échange – {full}", f"rh@{domain}", days=-12,
                   description=f"L'équipe recrutement – {full}")  # fmt: skip
    later = invite("Entretien final – Ingénieur structure", f"rh@{domain}", f"anna.b@{domain}",
                   description=f"Avec : Anna {short}, directrice\n\nL'équipe – {short}")  # fmt: skip
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)
    assert v.company == full


def test_a_round_word_before_a_registered_name_is_not_part_of_it():
    event = note("Intervju Norrvik Kraft AB – Produktchef")
    assert company_of(event, PROFILE) == "Norrvik Kraft AB"


# --- roles: compound job nouns, the application's words, qualifiers, the company not a job --


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Zweitgespräch: Bauingenieurin Wasserbau (m/w/d)", "Bauingenieurin Wasserbau"),
        ("Tweede gesprek – Werkvoorbereider Projectleider", "Werkvoorbereider Projectleider"),
        ("Andra intervju – Stålkonstruktör", "Stålkonstruktör"),
        ("Second interview – Dam Safety Inspector", "Dam Safety Inspector"),
        ("Final round – Rail Maintenance Team Leader", "Rail Maintenance Team Leader"),
    ],
)
def test_a_job_noun_at_the_end_of_a_compound_or_a_new_job_word(title, role):
    assert role_in_title(title) == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("vielen Dank für Ihre Bewerbung als Bauleiterin Tiefbau (m/w/d). Anbei der Termin.",
         "Bauleiterin Tiefbau"),
        ("Merci pour votre candidature au poste de Ingénieure Ouvrages Hydrauliques. À bientôt",
         "Ingénieure Ouvrages Hydrauliques"),
        ("Tack för din ansökan som Projektledare Broar. Välkommen!", "Projektledare Broar"),
        ("Bedankt voor je sollicitatie als Constructeur Staalbouw. Tot dan", "Constructeur Staalbouw"),
    ],
)  # fmt: skip
def test_the_application_names_its_job(text, role):
    assert role_in_text(text) == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("You have an interview for Site Engineer (in-house) at Corrib Build.",
         "Site Engineer (in-house)"),
        ("Your interview for Bridge Designer (nights) with Corrib Build.", "Bridge Designer (nights)"),
        ("Your interview for Site Engineer (rescheduled) at Corrib Build.", "Site Engineer"),
        ("Your interview for Site Engineer (video call) at Corrib Build.", "Site Engineer"),
    ],
)  # fmt: skip
def test_a_qualifier_in_brackets_inside_the_sentence_is_part_of_the_job(text, role):
    assert role_in_text(text) == role


@pytest.mark.parametrize(
    ("title", "host", "description", "role"),
    [
        ("Andra intervju – Halden Konsult AB", "rekrytering@haldenkonsult.example",
         "Tjänst: Vägprojektör\n", "Vägprojektör"),
        ("[누리컨설팅] 2차 면접 안내", "recruit@nuriconsulting.example",
         "지원 포지션: 교량 설계 엔지니어\n", "교량 설계 엔지니어"),
    ],
)  # fmt: skip
def test_the_employers_name_holding_a_job_word_is_no_role(title, host, description, role):
    first = invite(title.replace("Andra", "Första").replace("2차", "1차"), host, days=-9,
                   description=description)  # fmt: skip
    v = verdict_of(invite(title, host, description=description), first)
    assert v.role == role


def test_a_job_cut_at_its_slash_in_the_title_is_read_whole_from_the_field():
    description = "Beste Robin,\n\nVacature: Site Engineer / Tekenaar\nMet: Joost de Wit\n"
    v = verdict_of(invite("Tweede gesprek – Site Engineer / Tekenaar", "jobs@dewitbouw.example",
                          description=description))  # fmt: skip
    assert v.role == "Site Engineer / Tekenaar"


def test_a_team_ending_like_a_legal_form_stays_with_the_job():
    description = "Vaga: Engenheira Civil Pleno - Estruturas\nEtapa: Entrevista técnica\n"
    v = verdict_of(invite("Entrevista técnica - Obras Ipê", "rh@obrasipe.example",
                          description=description))  # fmt: skip
    assert v.role == "Engenheira Civil Pleno - Estruturas"


# --- steps around the rounds: an offer talked through, feedback relayed -------------------


@pytest.mark.parametrize(
    "title",
    [
        "Conversa sobre proposta - Obras Ipê",
        "Charla sobre la oferta – Puentes Quintana",
        "Call about your offer – Halvard Marine",
        "Gespräch über das Angebot – Kranbau Lenz",
        "Gesprek over het aanbod – De Wit Bouw",
    ],
)
def test_a_talk_about_the_offer_after_the_rounds_is_no_round(title):
    assert not after("Entrevista – Engenheira", title, "rh@obrasipe.example").is_follow_up


@pytest.mark.parametrize(
    "title",
    [
        "Halvard Marine - feedback from Dana via Owen",
        "Feedback vom Fachgespräch – Kranbau Lenz",
        "Feedback de la segunda entrevista – Puentes Quintana",
        "Feedback na het tweede gesprek – De Wit Bouw",
    ],
)
def test_feedback_relayed_after_a_round_is_no_round(title):
    relayed = "Owen to call with feedback from the 2nd stage."
    v = after("First interview – Dock Engineer", title, "owen@talentbridge.example",
              description=relayed)  # fmt: skip
    assert not v.is_follow_up, why(v)


# --- the first interview after a networking chat says it is the first -----------------------


def test_an_interview_whose_invite_says_it_is_the_first_does_not_follow_a_chat():
    v = after("Quick chat - Robin / Nell (LinkedIn)", "Corrib Build - interview - Robin Hale",
              "nell@corribbuild.example", "sean@corribbuild.example",
              first_text="20 mins to chat about the Site Lead role at Corrib Build?",
              description="Hi Robin, first formal interview with myself and Seán.")  # fmt: skip
    assert not v.is_follow_up, why(v)


@pytest.mark.parametrize(
    ("chat", "later"),
    [
        (
            "Informal first chat about the site engineer job, my treat.",
            "Meet the founders - Tallow",
        ),
        ("Informal first chat about the site engineer job, my treat.", "Tallow: work trial day"),
    ],
)
def test_a_meeting_after_a_first_chat_about_a_job_is_a_later_round(chat, later):
    v = after("Coffee w/ Robin (Tallow)", later, "ines@tallowbuild.example",
              "ben@tallowbuild.example", first_text=chat)  # fmt: skip
    assert v.is_follow_up, why(v)


# --- later stages without round words ----------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Robin Hale <> Tallow Build: Values & Culture",
        "Tallow Build – Werte & Kultur",
        "Tallow Build – Cultura y valores",
        "Probearbeitstag – Tallow Build",
        "Journée d'essai – Tallow Build",
        "Proefdag bij Tallow Build",
        "Tallow Build: design exercise debrief w/ the engineering team",
        "Besprechung der Fallstudie – Tallow Build",
        "Tallow Build – plant tour & lunch",
        "Werksbesichtigung – Tallow Build",
        "Visita a la obra – Tallow Build",
    ],
)
def test_a_later_stage_without_round_words_follows_a_first_round(title):
    # sent by a person, not a recruiting mailbox: the stage's words alone say it is a round
    v = after("Tallow Build: Intro Call", title, "ines.kerr@tallowbuild.example",
              "ben.lowe@tallowbuild.example")  # fmt: skip
    assert v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "title", ["Values & culture workshop", "Plant tour for the new starters", "Site visit – Pier 4"]
)
def test_those_stages_alone_are_no_interview(title):
    assert not verdict_of(invite(title, "ops@tallowbuild.example")).is_follow_up


def test_the_debrief_of_someone_elses_candidacy_is_still_the_hiring_side():
    v = verdict_of(invite("Candidate debrief – Site Engineer", "hr@tallowbuild.example"))
    assert not v.is_follow_up


# --- the user's own notes naming whom they meet, or a tour, with a known employer ----------


@pytest.mark.parametrize(
    "title",
    [
        "Harbour Board - meet Niamh (dock engineer)",
        "Harbour Board – Treffen mit Jana Roth (Bauleiterin)",
    ],
)
def test_a_note_naming_whom_the_user_meets_follows_the_rounds(title):
    first = invite("Harbour Board: Phone Interview", "jobs@harbourboard.example",
                   "niamh@harbourboard.example", days=-14,
                   description="Job: Quay Structures Engineer\n")  # fmt: skip
    v = verdict_of(note(title, days=2), first)
    assert v.is_follow_up, why(v)
    assert v.role == "Quay Structures Engineer"
    assert v.company == "Harbour Board"


def test_a_note_of_a_tour_with_a_site_after_the_name_takes_the_registered_name():
    first = invite("Interview Invitation: Plant Engineer", "talent@kranbaulenz.example",
                   days=-20, description="Kranbau Lenz AG\n")  # fmt: skip
    v = verdict_of(note("Kranbau Lenz Augsburg – final + plant tour", days=2), first)
    assert v.is_follow_up, why(v)
    assert v.company == "Kranbau Lenz AG"


def test_meeting_a_person_without_their_job_named_is_no_stage():
    from assistant.detect.text.titles import meets_someone

    assert meets_someone("meet Mum (birthday)") is None
    assert (
        meets_someone("Harbour Board - meet Niamh (dock engineer)") == "meet Niamh (dock engineer)"
    )


def test_the_reason_says_where_the_first_round_is_named():
    v = verdict_of(invite("Corrib Build - interview", "nell@corribbuild.example",
                          description="Hi Robin, first formal interview with myself."))  # fmt: skip
    assert "the description names a first round: “first formal interview”" in v.reasons


# --- siblings: an abbreviation spelled out, the job's word, a two-name firm ---------------


def test_an_abbreviation_in_the_title_takes_the_name_the_location_writes():
    # the domain does not spell the name: only the location does
    event = hosted("Final interview - KRS - Asset Manager", "careers@krsgroup.example",
                   "KRS Careers", location="Kilbrack Rail Services, Heuston Station")  # fmt: skip
    assert company_of(event, PROFILE) == "Kilbrack Rail Services"


def test_an_abbreviation_takes_the_name_the_other_rounds_write():
    first = invite("Interview – Asset Manager", "careers@kilbrackrail.example", days=-12,
                   description="Kilbrack Rail Services DAC\nTalent team")  # fmt: skip
    later = invite("Final interview - KRS - Asset Manager", "careers@kilbrackrail.example")
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)
    assert v.company == "Kilbrack Rail Services DAC"


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Tweede gesprek – Uitvoerder", "Vacature: Uitvoerder\nMet: Sanne\n"),
        ("Segunda entrevista – Capataz", "Puesto: Capataz\n"),
    ],
)
def test_a_title_part_the_job_field_names_is_no_company(title, description):
    event = invite(title, "sanne.devries@gmail.com", description=description)
    assert company_of(event, PROFILE) is None


@pytest.mark.parametrize(
    ("title", "company"),
    [
        ("Incontro con il Direttore Tecnico – Archi e Volte", "Archi e Volte"),
        ("Segunda entrevista – Puentes y Caminos", "Puentes y Caminos"),
    ],
)
def test_a_two_name_firm_joined_by_and_is_read_whole_without_a_domain(title, company):
    event = invite(title, "giulia.neri@gmail.com")
    assert company_of(event, PROFILE) == company


@pytest.mark.parametrize(
    "text",
    [
        "Following our first chat about the site engineer job, meet the team.",
        "Thanks for your time in the first interview; next you meet the team.",
    ],
)
def test_a_first_round_looked_back_on_is_none(text):
    from assistant.detect.text.reading import said_first_round

    assert said_first_round(text) is None


def test_a_company_field_ends_with_its_sentence():
    event = invite("Second interview", "noreply@jobs.example", days=2,
                   description="Company: Halvard Marine. Reply to this invite to reschedule.")  # fmt: skip
    assert company_of(event, PROFILE) == "Halvard Marine"
