"""Numbers, dates, units and zone names follow the language a message is written in,
never the machine's or the user's locale when that speaks another language."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from assistant.i18n import draft_locale, text_locale, using
from assistant.salary.advice import _money
from assistant.templating import format_duration, format_span, format_when

# 2031-03-12 is a Wednesday.
MOMENT = datetime(2031, 3, 12, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("user_locale", "language", "locale"),
    [
        ("pt_PT", "en", "en_US"),  # a language without a catalog does not lend its region
        ("pl_PL", "en", "en_US"),
        ("en_IE", "en", "en_IE"),  # the user's region where the language matches
        ("de_AT", "de", "de_AT"),
        ("de_AT", "en", "en_US"),
        ("pt_PT", "fr", "fr_FR"),
        ("fr_CA", "pt", "en_US"),  # no Portuguese catalog: English text, English numbers
    ],
)
def test_a_message_is_formatted_in_the_locale_of_its_language(user_locale, language, locale):
    assert text_locale(user_locale, language) == locale
    assert draft_locale(language, user_locale) == locale


def test_english_text_for_a_user_in_a_locale_without_catalog_writes_english_numbers():
    with using(text_locale("pt_PT", "en")):
        assert _money(58_310) == "$58,310"


def test_english_text_for_a_user_in_a_locale_without_catalog_writes_english_dates():
    locale = text_locale("pl_PL", "en")
    lisbon, warsaw = ZoneInfo("Europe/Lisbon"), ZoneInfo("Europe/Warsaw")
    long = format_when(MOMENT, warsaw, "long", locale)
    assert "Wednesday" in long and "środa" not in long
    span = format_span(MOMENT, MOMENT + timedelta(minutes=45), lisbon, locale=locale)
    assert "Wednesday" in span and "Lizbona" not in span
    assert format_duration(timedelta(minutes=90), locale) == "1 hr 30 min"
