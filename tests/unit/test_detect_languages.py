"""First and later rounds in every language the vocabulary files cover.

One case per language file in ``assistant/detect/lang/``: a first round that is
recognised (so linkage can help), a later round that is detected on its own and
linked to the first, and the invite's language. A new language file without a
case here fails ``test_every_language_file_has_a_case``.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.detect import Profile, detect
from assistant.detect.words import wording as w
from assistant.detect.words.vocabulary import languages
from assistant.models import Event
from tests.conftest import NOW, make_event, me, person

PROFILE = Profile.build(["me@example.com"])

# language: (first round, later round, a later round's role, that role)
CASES = {
    "en": (
        "Phone screen – Contoso",
        "Final round interview – Contoso",
        "Position: Data Engineer",
        "Data Engineer",
    ),
    "de": (
        "Telefoninterview mit Contoso",
        "Zweites Vorstellungsgespräch bei Contoso",
        "Stelle: Entwicklerin Frontend (m/w/d)",
        "Entwicklerin Frontend",
    ),
    "fr": (
        "Entretien téléphonique – Contoso",
        "Deuxième entretien – Contoso",
        "Poste : Ingénieure logiciel (H/F)",
        "Ingénieure logiciel",
    ),
    "es": (
        "Primera entrevista – Contoso",
        "Segunda entrevista con Contoso",
        "Puesto: Analista de datos",
        "Analista de datos",
    ),
    "pt": (
        "Primeira conversa – Contoso",
        "Segunda etapa do processo seletivo – Contoso",
        "Vaga: Engenheira de dados",
        "Engenheira de dados",
    ),
    "it": (
        "Colloquio telefonico – Contoso",
        "Secondo colloquio – Contoso",
        "Posizione: Sviluppatore backend",
        "Sviluppatore backend",
    ),
    "nl": (
        "Eerste gesprek – Contoso",
        "Tweede gesprek bij Contoso",
        "Functie: Ontwikkelaar",
        "Ontwikkelaar",
    ),
    "pl": (
        "Rozmowa telefoniczna – Contoso",
        "Druga rozmowa kwalifikacyjna – Contoso",
        "Stanowisko: Programista Java",
        "Programista Java",
    ),
    "sv": (
        "Telefonintervju med Contoso",
        "Andra intervjun med Contoso",
        "Tjänst: Systemutvecklare",
        "Systemutvecklare",
    ),
    "tr": (
        "Contoso – ilk görüşme",
        "Contoso – ikinci mülakat",
        "Pozisyon: Yazılım Mühendisi",
        "Yazılım Mühendisi",
    ),
    "ja": (
        "Contoso 一次面接",
        "Contoso 最終面接のご案内",
        "職種：データエンジニア",
        "データエンジニア",
    ),
    "zh": ("Contoso 初试", "Contoso 二面（技术）", "职位：后端工程师", "后端工程师"),
    "cs": (
        "Úvodní pohovor – Contoso",
        "Druhé kolo pohovoru – Contoso",
        "Pozice: Analytik dat",
        "Analytik dat",
    ),
    "ko": ("Contoso 1차 면접", "Contoso 2차 면접 안내", "직무: 백엔드 개발자", "백엔드 개발자"),
    "id": (
        "Wawancara awal – Contoso",
        "Wawancara lanjutan – Contoso",
        "Posisi: Analis Data",
        "Analis Data",
    ),
    "da": (
        "Første samtale – Contoso",
        "Anden samtale med Contoso",
        "Stillingsbetegnelse: Regnskabsmedarbejder",
        "Regnskabsmedarbejder",
    ),
    "no": (
        "Første intervju – Contoso",
        "Andre intervju med Contoso",
        "Stillingstittel: Økonomirådgiver",
        "Økonomirådgiver",
    ),
    "vi": (
        "Phỏng vấn vòng 1 – Contoso",
        "Phỏng vấn vòng 2 với Contoso",
        "Vị trí: Chuyên viên Tuyển dụng",
        "Chuyên viên Tuyển dụng",
    ),
}


def invite(summary: str, days: float, uid: str, description: str = "") -> Event:
    host = person("mei@contoso.example", is_organizer=True)
    return make_event(
        summary,
        start=NOW + timedelta(days=days),
        uid=uid,
        organizer=host,
        attendees=(me(), host),
        description=description,
    )


def test_every_language_file_has_a_case():
    assert {lang.code for lang in languages()} == set(CASES)
    assert len(CASES) >= 12


@pytest.mark.parametrize("code", sorted(CASES))
def test_first_and_later_rounds_in_each_language(code):
    first_title, later_title, role_line, role = CASES[code]
    first = invite(first_title, -7, "first")
    later = invite(later_title, 1, "later", description=role_line)
    assert w.FIRST_ROUND.search(first_title), first_title
    detected = {d.event.uid: d.verdict for d in detect([first, later], PROFILE)}
    assert not detected["first"].is_follow_up
    v = detected["later"]
    assert v.is_follow_up, v.reasons
    assert v.first_interview_id == "first"
    assert v.language == code
    assert v.role == role
    assert v.company == "Contoso"


@pytest.mark.parametrize("code", ["ja", "zh", "ko"])
def test_scripts_without_spaces_match_inside_a_run_of_text(code):
    later = CASES[code][1].replace("Contoso ", "")
    assert w.EXPLICIT_LATER.search("【Contoso】" + later + "について") or w.LATER_STAGE.search(
        later
    )


def test_a_language_file_is_data_with_the_kinds_detection_needs():
    needed = {
        "interview",
        "explicit_later",
        "first_round",
        "recruiting",
        "role_fields",
        "role_nouns",
    }
    for lang in languages():
        missing = needed - set(lang.lists)
        assert not missing, (lang.code, missing)


TITLE_ROLES = [
    ("Zweitgespräch – Senior Backend-Entwickler (m/w/d) – Contoso", "Senior Backend-Entwickler"),
    ("Deuxième entretien – Développeuse Full-Stack – Contoso", "Développeuse Full-Stack"),
    ("Segunda entrevista: Ingeniera de Datos – Contoso", "Ingeniera de Datos"),
    ("Segunda entrevista – Analista de Marketing Sênior – Contoso", "Analista de Marketing Sênior"),
    ("Secondo colloquio – Responsabile Marketing – Contoso", "Responsabile Marketing"),
    ("Tweede gesprek – Medewerker Klantenservice – Contoso", "Medewerker Klantenservice"),
    ("Druga rozmowa – Młodszy Księgowy – Contoso", "Młodszy Księgowy"),
    ("Andra intervju – Projektledare – Contoso", "Projektledare"),
    ("2. samtale – Kundeservicemedarbejder – Contoso", "Kundeservicemedarbejder"),
    ("Siste intervju – Prosjektleder – Contoso", "Prosjektleder"),
    ("İkinci mülakat – Yazılım Geliştirici – Contoso", "Yazılım Geliştirici"),
    ("二次面接（フロントエンドエンジニア）– Contoso", "フロントエンドエンジニア"),
    ("Contoso 二面：产品经理", "产品经理"),
    ("2차 면접 – 데이터 엔지니어 – Contoso", "데이터 엔지니어"),
    ("Final round: Contoso | Staff Nurse (Cardiology)", "Staff Nurse (Cardiology)"),
]


@pytest.mark.parametrize(("title", "role"), TITLE_ROLES)
def test_the_role_in_a_title_in_any_language(title, role):
    (d,) = detect([invite(title, 1, "only")], PROFILE)
    assert d.verdict.is_follow_up, d.verdict.reasons
    assert (d.verdict.company, d.verdict.role) == ("Contoso", role)


@pytest.mark.parametrize(
    ("description", "code"),
    [
        ("Olá Jo, obrigado pela candidatura. Atenciosamente, Ana", "pt"),
        ("Hola Jo, gracias por tu candidatura. Saludos, Ana", "es"),
    ],
)
def test_words_portuguese_and_spanish_share_do_not_decide_the_language(description, code):
    (d,) = detect([invite("Segunda entrevista – Contoso", 1, "x", description)], PROFILE)
    assert d.verdict.is_follow_up
    assert d.verdict.language == code


# --- Danish and Norwegian beside Swedish ---------------------------------------------------


@pytest.mark.parametrize(
    ("title", "description", "code"),
    [
        ("2. samtale – Contoso", "", "da"),
        ("Møde med teamet – Contoso", "", "da"),
        ("Siste intervju – Contoso", "", "no"),
        ("Møte med teamet – Contoso", "", "no"),
        ("Intervju – Contoso", "Hei Kim, takk for søknaden. Med vennlig hilsen Siri", "no"),
        ("Intervju – Contoso", "Hej Kim, tack för din ansökan. Med vänliga hälsningar Siv", "sv"),
        ("Sista intervju – Contoso", "", "sv"),
        ("Möte med teamet – Contoso", "", "sv"),
    ],
)
def test_danish_norwegian_and_swedish_are_told_apart(title, description, code):
    (d,) = detect([invite(title, 1, "x", description)], PROFILE)
    assert d.verdict.language == code


@pytest.mark.parametrize(
    "title",
    [
        "Kvartfinale: Contoso mod Fabrikam",  # Danish sport
        "Foredrag om rekruttering – Contoso",  # Danish talk
        "Medarbejderudviklingssamtale (MUS) – Contoso",
        "Fotballkampen Contoso – Fabrikam, andre omgang",  # Norwegian sport
        "Paneldebatt: siste runde i rekrutteringen",  # Norwegian panel
    ],
)
def test_danish_and_norwegian_vetoes(title):
    first = invite("Første samtale – Contoso", -7, "first")
    detected = {d.event.uid: d.verdict for d in detect([first, invite(title, 1, "later")], PROFILE)}
    assert not detected["later"].is_follow_up, (title, detected["later"].reasons)


@pytest.mark.parametrize(
    ("field", "company"),
    [
        ("Virksomhed: Contoso A/S", "Contoso A/S"),
        ("Virksomhed: Contoso ApS", "Contoso ApS"),
        ("Arbeidsgiver: Contoso ASA", "Contoso ASA"),
        ("Arbeidsgiver: Contoso AS", "Contoso AS"),
    ],
)
def test_danish_and_norwegian_legal_forms_in_an_ats_field(field, company):
    first = invite("Første samtale – Contoso", -7, "first", description=field)
    later = invite("Afsluttende samtale", 1, "later", description=field)
    detected = {d.event.uid: d.verdict for d in detect([first, later], PROFILE)}
    v = detected["later"]
    assert v.is_follow_up, v.reasons
    assert v.first_interview_id == "first"
    assert v.company == company
