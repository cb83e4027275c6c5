"""The user's locale and language ([user] locale, [user] language), the register and
salutation of a draft, and debrief notes turned into words to their recipient."""

from __future__ import annotations

import pytest

from assistant.app import App
from assistant.config import parse_settings
from assistant.drafting.addressed_note import REPHRASE, SAID, SENTENCE, TOPIC, address_note
from assistant.drafting.salutation import FORMAL, INFORMAL, addressee, register, salutation
from assistant.errors import ConfigError
from assistant.i18n import default_locale, locale_for_zone, text_locale
from assistant.paths import Home


@pytest.mark.parametrize(
    ("zone", "locale"),
    [
        ("America/New_York", "en_US"),
        ("Europe/London", "en_GB"),
        ("Europe/Berlin", "de_DE"),
        ("Europe/Vienna", "de_AT"),
        ("Europe/Paris", "fr_FR"),
        ("Europe/Madrid", "es_ES"),
        ("America/Mexico_City", "es_MX"),
        ("UTC", ""),
    ],
)
def test_the_time_zones_country_suggests_the_locale(zone: str, locale: str):
    assert locale_for_zone(zone) == locale


def test_a_zone_without_a_country_falls_back_to_the_system(monkeypatch):
    monkeypatch.setattr("assistant.i18n.system_default", lambda: "en_GB")
    assert default_locale("UTC") == "en_GB"
    assert default_locale("Europe/Berlin") == "de_DE"


def test_locale_and_language_are_validated_with_a_clear_message():
    with pytest.raises(ConfigError) as error:
        parse_settings({"user": {"locale": "xx_NOWHERE", "language": "klingon"}})
    text = str(error.value)
    assert "user.locale" in text and "not a locale Babel knows" in text
    assert "user.language" in text and '"de"' in text
    assert parse_settings({"user": {"locale": "de-CH"}}).user.locale == "de_CH"


def test_the_user_reads_in_the_locales_language_unless_told_otherwise(tmp_path, monkeypatch):
    home = Home(tmp_path, tmp_path)
    monkeypatch.setattr("assistant.i18n.system_default", lambda: "en_US")
    user = App(home, parse_settings({"user": {"timezone": "Europe/Paris"}})).user
    # The zone sets how dates are written, never the language: an English speaker in
    # Paris keeps English briefings unless the machine's locale or the config says French.
    assert (user.locale, user.language) == ("fr_FR", "en")
    monkeypatch.setattr("assistant.i18n.system_default", lambda: "fr_FR")
    user = App(home, parse_settings({"user": {"timezone": "Europe/Paris"}})).user
    assert (user.locale, user.language) == ("fr_FR", "fr")
    monkeypatch.setattr("assistant.i18n.system_default", lambda: "en_US")
    user = App(home, parse_settings({"user": {"timezone": "UTC", "locale": "de_DE"}})).user
    assert (user.locale, user.language) == ("de_DE", "de")
    told = {"user": {"timezone": "Europe/Paris", "locale": "en_GB", "language": "de"}}
    user = App(home, parse_settings(told)).user
    assert (user.locale, user.language) == ("en_GB", "de")
    assert text_locale(user.locale, user.language) == "de_DE", "German text, German dates"


BRANDT = "Hallo Herr Novak, Sie treffen Frau Dr. Vogel (Leiterin Data Platform) und Herrn Meier."


@pytest.mark.parametrize(
    ("name", "text", "language", "how", "greeting"),
    [
        ("Katrin Vogel", BRANDT, "de", FORMAL, "Sehr geehrte Frau Dr. Vogel,"),
        ("Jonas Meier", BRANDT, "de", FORMAL, "Sehr geehrter Herr Meier,"),
        ("Frau Prof. Dr. Ute Lang", "", "de", FORMAL, "Sehr geehrte Frau Prof. Dr. Lang,"),
        ("Zoë Schäfer", BRANDT, "de", FORMAL, "Guten Tag Zoë Schäfer,"),
        ("Katrin Vogel", "", "de", INFORMAL, "Hallo Katrin,"),
        ("Claire Dubois", "Vous rencontrerez Mme Dubois.", "fr", FORMAL, "Bonjour Madame Dubois,"),
        ("", "", "fr", FORMAL, "Madame, Monsieur,"),
        ("Ana Pérez", "con la Dra. Pérez", "es", FORMAL, "Estimada Dra. Pérez:"),
        ("Luis Ruiz", "con el Sr. Ruiz", "es", FORMAL, "Estimado Sr. Ruiz:"),
        ("Lucía García", "", "es", INFORMAL, "Hola, Lucía:"),
        ("Dr. Priya Raman", "", "en", FORMAL, "Hi Priya,"),
    ],
)
def test_the_salutation_follows_the_culture_and_never_guesses_a_gender(
    name, text, language, how, greeting
):
    assert salutation(addressee(name, text), language, how) == greeting


@pytest.mark.parametrize(
    ("text", "language", "how"),
    [
        (BRANDT, "de", FORMAL),
        ("Hallo Alex, am Dienstag triffst du Lena und Tom. Bis dann!", "de", INFORMAL),
        ("Hallo Alex, anbei die Einladung für Dienstag.", "de", INFORMAL),  # first names only
        ("Anbei die Einladung für Dienstag.", "de", FORMAL),  # the business default
        ("Estimado Alex: le confirmamos la entrevista.", "es", FORMAL),
        ("Hola Alex, te esperamos el martes. ¿Puedes traer tu portátil?", "es", INFORMAL),
        ("Hi Alex, see you Tuesday", "en", FORMAL),
    ],
)
def test_the_register_is_the_invites_own(text: str, language: str, how: str):
    assert register(text, language) == how


@pytest.mark.parametrize(
    ("note", "kind", "text"),
    [
        (
            "Lena talked about building the data platform team in Austin.",
            SAID,
            "building the data platform team in Austin",
        ),
        ("She told me about her team's move to Rust", SAID, "your team's move to Rust"),
        ("Lena's plans for Austin", TOPIC, "your plans for Austin"),
        ("his migration to Kubernetes", TOPIC, "your migration to Kubernetes"),
        (
            "Hearing how you ran the retro was a highlight.",
            SENTENCE,
            "Hearing how you ran the retro was a highlight.",
        ),
        ("Lena seemed keen on me.", REPHRASE, ""),
        ("the talk Lena Park gave", REPHRASE, ""),
    ],
)
def test_a_note_about_the_recipient_becomes_words_to_them_or_is_refused(note, kind, text):
    result = address_note(note, "Lena", "Park")
    assert (result.kind, result.text) == (kind, text)


@pytest.mark.parametrize(
    ("locale", "words"),
    [
        (
            "en_US",
            ["is over. How did it go?", "Offer request to", "[no offer assumed: if one was made"],
        ),
        (
            "de_DE",
            [
                "ist vorbei. Wie ist es gelaufen?",
                "Bitte um das Angebot an",
                "[geht von noch keinem Angebot aus",
            ],
        ),
        ("fr_FR", ["est terminé.", "Demande d’offre à", "[ne suppose aucune offre"]),
        ("es_ES", ["ha terminado.", "Solicitud de oferta a", "[no da por hecha ninguna oferta"]),
    ],
)
def test_the_note_to_self_is_in_the_users_language(locale: str, words: list[str]):
    from assistant.drafting.drafts import KIND_LABELS, OFFER_MARK
    from assistant.models import DraftKind
    from assistant.templating import Renderer

    draft = {"id": 2, "label": KIND_LABELS[DraftKind.OFFER_REQUEST], "to": "jana@brandt.example",
             "subject": "Next steps", "marks": [OFFER_MARK]}  # fmt: skip
    text = Renderer(locale=locale).render(
        "notes/after-interview.txt",
        title="Second interview", day="Tuesday", event_arg="evt-1", has_debrief=False,
        drafts=[draft], missing=[],
    )  # fmt: skip
    for word in words:
        assert word in text
