"""Danish and Norwegian (bokmål) invites, each kind in words of its own.

Danish says "samtale" where Swedish and Norwegian say "intervju", and both count rounds
their own way ("Anden samtale", "2. gangs intervju", "Andregangsintervju"). Each family:
later rounds named without a number, a first round the later one links to, the user's own
note, a veto of each kind beside the same words without it, a compound job noun, a legal
form kept for display and ignored for matching, and the people named in prose.
"""

from __future__ import annotations

import re

import pytest

from assistant.detect.employer.legalname import LEGAL_END, LEGAL_FORM
from assistant.detect.who.prose_people import people_in_prose
from assistant.detect.words import wording as w
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import invite, verdict_of, why

# --- later rounds named in words, no number ------------------------------------------------


@pytest.mark.parametrize(
    ("title", "company"),
    [
        ("Anden samtale – Havnestrøm Logistik", "Havnestrøm Logistik"),
        ("Afsluttende samtale med Bryggeriet Skovlund", "Bryggeriet Skovlund"),
        ("Opfølgende samtale: Tangholm Biler", "Tangholm Biler"),
        ("Tredje jobsamtale – Rødmose Revision", "Rødmose Revision"),
        ("Andre intervju – Fjellvang Energi", "Fjellvang Energi"),
        ("Siste intervju: Solbakken Marine", "Solbakken Marine"),
        ("Andregangsintervju – Nordlys Reiser", "Nordlys Reiser"),
        ("Sluttintervju hos Granlia Bygg", "Granlia Bygg"),
    ],
)
def test_later_round_named_in_words_alone(title, company):
    domain = company.split()[0].lower().replace("ø", "o").replace("å", "a") + ".example"
    v = verdict_of(invite(title, f"rekruttering@{domain}"))
    assert v.is_follow_up, why(v)
    assert v.company == company


# --- a first round that a later stage links to --------------------------------------------


@pytest.mark.parametrize(
    ("first_title", "later_title"),
    [
        ("Indledende samtale – Kildeby Tekstil", "Case-opgave præsentation"),
        ("Screeningsamtale: Kildeby Tekstil", "Møde med ledergruppen"),
        ("Førstegangsintervju – Kildeby Tekstil", "Møte med teamet"),
        ("Innledende samtale med Kildeby Tekstil", "Presentasjon av case-oppgave"),
    ],
)
def test_a_first_round_the_later_stage_links_to(first_title, later_title):
    # from a person's own address: a recruiting one would link anything by itself
    assert w.FIRST_ROUND.search(first_title)
    first = invite(first_title, "sanne@kildeby.example", days=-8)
    later = invite(later_title, "sanne@kildeby.example", days=2)
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)
    assert v.first_interview_id == first.uid
    assert v.company == "Kildeby Tekstil"


# --- the user's own note -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first_title", "own_note", "company"),
    [
        ("1. samtale – Lindholm Rederi", "Sidste samtale – Lindholm Rederi", "Lindholm Rederi"),
        (
            "Første intervju – Brattli Havbruk",
            "Siste intervju – Brattli Havbruk",
            "Brattli Havbruk",
        ),
    ],
)
def test_a_later_round_in_the_users_own_note(first_title, own_note, company):
    domain = company.split()[0].lower() + ".example"
    first = invite(first_title, f"hr@{domain}", days=-9)
    v = verdict_of(note(own_note), first)
    assert v.is_follow_up, why(v)
    assert v.company == company


# --- vetoes of each kind, beside the same round words without them --------------------------

VETOED = [
    # sports and games
    ("Håndboldkamp – anden runde", "Anden runde"),
    ("Sjakkturnering, tredje runde", "Tredje runde"),
    # quizzes
    ("Pubquiz: 2. runde med teamet", "2. runde med teamet"),
    # conference talks and panels
    ("Foredrag: Sådan klarer du 2. samtale", "2. samtale"),
    ("Paneldebatt – siste intervju-tips fra bransjen", "Siste intervju"),
    # reviews of work
    ("Kodegennemgang – møde med teamet", "Møde med teamet"),
    # the user's own development talk, not a job interview
    ("MUS-samtale med lederen", "Samtale med lederen"),
    ("Medarbeidersamtale – andre runde", "Andre runde"),
]


@pytest.mark.parametrize(("vetoed", "plain"), VETOED)
def test_a_veto_of_each_kind_against_the_same_words_alone(vetoed, plain):
    # from a person's own address: a recruiting one would link anything by itself
    first = invite("Første samtale – Vestervig Træ", "henrik@vestervig.example", days=-6)
    kept = verdict_of(invite(plain, "henrik@vestervig.example", days=2), first)
    assert kept.is_follow_up, why(kept)
    dropped = verdict_of(invite(vetoed, "henrik@vestervig.example", days=2), first)
    assert not dropped.is_follow_up, why(dropped)


@pytest.mark.parametrize(
    ("title", "label"),
    [
        ("2. samtale med ansøger Signe Krogh – Backendudvikler", "ansøger"),
        ("Andre intervju med jobbsøker Eirik Dahle", "jobbsøker"),
    ],
)
def test_the_user_on_the_hiring_panel(title, label):
    panel = invite(title, "hr@vestervig.example", "kollega@vestervig.example")
    v = verdict_of(panel)
    assert not v.is_follow_up, why(v)
    assert label in why(v)


@pytest.mark.parametrize(
    "title",
    [
        "Julefrokost hos Vestervig",
        "Fødselsdag – Vestervig",
        "Julebord hos Vestervig",
        "Bursdagsfeiring – Vestervig",
    ],
)
def test_a_social_event_from_the_recruiting_address_is_no_round(title):
    first = invite("Phone screen – Vestervig Træ", "job@vestervig.example", days=-6)
    v = verdict_of(invite(title, "job@vestervig.example", days=2), first)
    assert not v.is_follow_up, why(v)


# --- a role with a compound job noun --------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "description", "role"),
    [
        ("Anden samtale – Skovlund Forsyning", "Stilling: Driftsplanlægningskonsulent", "Driftsplanlægningskonsulent"),
        ("2. samtale – Skovlund Forsyning", "Stillingsbetegnelse: Lønbogholder", "Lønbogholder"),
        ("Siste intervju – Skovlund Forsyning", "Stillingstittel: Vedlikeholdsleder", "Vedlikeholdsleder"),
        ("Andre intervju – Skovlund Forsyning", "Stilling: Helsesykepleier", "Helsesykepleier"),
        ("2. samtale – Anlægsingeniør – Skovlund Forsyning", "", "Anlægsingeniør"),
    ],
)  # fmt: skip
def test_a_role_with_a_compound_job_noun(title, description, role):
    v = verdict_of(invite(title, "hr@skovlund.example", description=description))
    assert v.is_follow_up, why(v)
    assert v.role == role


# --- a legal form kept for display, ignored for matching -----------------------------------


@pytest.mark.parametrize(
    ("field", "later_title", "company"),
    [
        ("Virksomhed: Havnestrøm Logistik A/S", "Anden samtale – Havnestrøm Logistik", "Havnestrøm Logistik A/S"),
        ("Virksomhed: Kragelund & Holm I/S", "Afsluttende samtale – Kragelund & Holm", "Kragelund & Holm I/S"),
        ("Virksomhed: Tørving Advokater P/S", "2. samtale – Tørving Advokater", "Tørving Advokater P/S"),
        ("Arbeidsgiver: Fjellvang Energi ASA", "Siste intervju – Fjellvang Energi", "Fjellvang Energi ASA"),
        ("Arbeidsgiver: Brattli Havbruk AS", "Andre intervju med Brattli Havbruk", "Brattli Havbruk AS"),
        ("Arbeidsgiver: Nordvik og Lie ANS", "Andregangsintervju – Nordvik og Lie", "Nordvik og Lie ANS"),
    ],
)  # fmt: skip
def test_a_legal_form_is_kept_for_display_and_ignored_for_matching(field, later_title, company):
    first = invite("Første samtale", "hr@ats.example", days=-7, description=field)
    later = invite(later_title, "hr@ats.example", days=2)
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)
    assert v.first_interview_id == first.uid
    assert v.company == company


def test_norwegian_partnership_forms_only_in_capitals():
    # prose_people reads legal forms without case: "da" and "ans" are words of names and
    # sentences in other languages ("Ana da Silva", "vingt ans")
    any_case = re.compile(LEGAL_FORM.pattern, re.I)
    assert LEGAL_END.search("Nordvik og Lie DA") and LEGAL_END.search("Nordvik og Lie ANS")
    assert not any_case.fullmatch("da") and not any_case.fullmatch("ans")


# --- people named in prose ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Du skal til samtale med Mette Lindqvist og Jonas Bak.", ["Mette Lindqvist", "Jonas Bak"]),
        ("Du skal møde vores økonomichef Birgitte Saabye og Anders Thorup.", ["Birgitte Saabye", "Anders Thorup"]),
        ("Du skal møte Ingvild Rønning og Sindre Aasen fra ledergruppen.", ["Ingvild Rønning", "Sindre Aasen"]),
        ("Intervjuet er med Hege Brekke og Torstein Lyng.", ["Hege Brekke", "Torstein Lyng"]),
    ],
)  # fmt: skip
def test_people_named_in_prose(text, expected):
    assert [p.name for p in people_in_prose("", text).people] == expected
