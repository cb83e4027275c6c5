"""Languages and locales: which catalog a text is translated with, and how dates read.

Messages are translated through gettext catalogs (``assistant/locale/<lang>/LC_MESSAGES/
messages.po``), extracted from the code and templates with Babel (``babel.cfg``,
``scripts/update-catalogs``). The ``.po`` files are read and compiled in memory when
first needed, so a checkout, an editable install and the wheel all work without a
build step; the source messages are U.S. English, and ``en_GB`` carries only the
spelling that differs ("organiser").

Every message is formatted in the locale of the language it is written in
(:func:`text_locale`, the one rule): the user's locale (``[user] locale``; by default
the country of their time zone, else the system's) when it speaks that language, else
the language's main country (``de_DE``, ``fr_FR``, ``es_ES``, ``en_US``). Briefings
and notes to self are in the user's language, the terminal's messages in English, drafts
in the invite's (a Swiss user writing in German gets ``de_CH``; a Dutch user reading
English gets ``en_US`` numbers and dates, not Dutch ones).
"""

from __future__ import annotations

import io
import locale as system_locale
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.languages import get_official_languages
from babel.lists import format_list
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

# Languages with a complete catalog; anything else reads in English.
SHIPPED = ("en", "de", "fr", "es")
# The country whose conventions a language's drafts follow when the user's is not one of its.
HOME = {"en": "en_US", "de": "de_DE", "fr": "fr_FR", "es": "es_ES"}
DEFAULT_LOCALE = "en_US"
DOMAIN = "messages"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
# The zone → country table the tz database ships (zone.tab, ISO 3166 codes).
_ZONE_TABLES = (Path("/usr/share/zoneinfo/zone.tab"),)


def N_(message: str) -> str:
    """Mark ``message`` for extraction without translating it here (module constants)."""
    return message


def parse_locale(value: str) -> Locale:
    """``"de"``, ``"de-CH"``, ``"en_GB"`` → a Babel ``Locale``.

    Raises ValueError naming the value when Babel (CLDR) does not know it.
    """
    text = str(value).strip().replace("-", "_")
    try:
        return Locale.parse(text)
    except (UnknownLocaleError, ValueError, TypeError) as error:
        raise ValueError(
            f"{value!r} is not a locale Babel knows (like en_US, en_GB, de_DE)"
        ) from error


def language_of(locale: str | Locale) -> str:
    """The shipped language for ``locale`` (``de_CH`` → ``de``), or ``en``."""
    text = str(locale).replace("-", "_").split("_", 1)[0].lower()
    return text if text in SHIPPED else "en"


@lru_cache(maxsize=1)
def _zone_countries() -> dict[str, str]:
    """IANA zone → ISO 3166 country, from the tz database's zone.tab."""
    tables = [*_ZONE_TABLES]
    try:
        import tzdata  # the wheel-shipped database, where the system has none

        tables.append(Path(tzdata.__file__).parent / "zoneinfo" / "zone.tab")
    except ImportError:
        pass
    countries: dict[str, str] = {}
    for table in tables:
        if not table.exists():
            continue
        for line in table.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) >= 3 and not line.startswith("#"):
                countries.setdefault(fields[2], fields[0])
    return countries


def locale_for_zone(zone: str) -> str:
    """The locale a time zone's country suggests: ``Europe/Berlin`` → ``de_DE``,
    ``America/New_York`` → ``en_US``, ``Europe/London`` → ``en_GB``; "" when the zone
    names no country (``UTC``) or Babel knows no language for it."""
    country = _zone_countries().get(zone, "")
    if not country:
        return ""
    for language in get_official_languages(country, de_facto=True):
        try:
            return str(Locale.parse(f"{language}_{country}"))
        except (UnknownLocaleError, ValueError):
            continue
    return ""


def system_default() -> str:
    """The system's locale (``LANG``, ``LC_ALL``), or :data:`DEFAULT_LOCALE`."""
    name = system_locale.getlocale()[0] or ""
    try:
        return str(parse_locale(name)) if name and name not in ("C", "POSIX") else DEFAULT_LOCALE
    except ValueError:
        return DEFAULT_LOCALE


def default_locale(zone: str) -> str:
    """``[user] locale`` when unset: the time zone's country, else the system's locale."""
    return locale_for_zone(zone) or system_default()


def default_language(locale_setting: str) -> str:
    """``[user] language`` when unset: the language of ``[user] locale`` when the user set
    one, else of the system's locale, else English.

    Never the time zone's: a time zone says how dates are written where the user lives,
    not which language the user reads (many people live where another language is spoken).
    """
    return language_of(locale_setting or system_default())


def draft_locale(invite_language: str, user_locale: str) -> str:
    """The locale a draft is written in: :func:`text_locale` for the invite's language
    (English when it has no catalog)."""
    return text_locale(user_locale, invite_language or "en")


@lru_cache(maxsize=32)
def translations(locale: str) -> NullTranslations:
    """The gettext translations for ``locale``, most specific first: the register's
    catalog (``de@informal``: the "du" wording of drafts), the country's (``en_GB``:
    British spelling), the language's (``de``); the source messages when none has it.

    Catalogs are compiled from the shipped ``.po`` in memory (Babel's ``write_mo``).
    Raises ValueError for a locale Babel does not know.
    """
    parsed = parse_locale(locale)
    names = [parsed.language]
    if parsed.territory:
        names.append(f"{parsed.language}_{parsed.territory}")
    if parsed.modifier:
        names.append(f"{parsed.language}@{parsed.modifier}")
    chain: NullTranslations = NullTranslations()
    for name in names:
        catalog = _compiled(name)
        if catalog is not None:
            catalog.add_fallback(chain)
            chain = catalog
    return chain


def _compiled(name: str) -> Translations | None:
    po = LOCALE_DIR / name / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not po.exists():
        return None
    with po.open("rb") as handle:
        catalog = read_po(handle, locale=name)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return Translations(buffer, domain=DOMAIN)


def gettext_for(locale: str) -> Callable[[str], str]:
    """``_`` for ``locale``: ``_ = gettext_for("de_DE"); _("Salary")`` → ``"Gehalt"``."""
    return translations(locale).gettext


# --- the locale of the text being written -------------------------------------------------

_CURRENT: ContextVar[str] = ContextVar("assistant_locale", default=DEFAULT_LOCALE)


@contextmanager
def using(locale: str) -> Iterator[str]:
    """Write in ``locale`` inside the block: :func:`_` and :func:`current_locale` follow it.

    A context variable (like Django's ``translation.override``), so the pure modules
    that word a briefing need no translator passed through every function.
    """
    token = _CURRENT.set(str(parse_locale(locale)))
    try:
        yield _CURRENT.get()
    finally:
        _CURRENT.reset(token)


def current_locale() -> str:
    """The locale set by the innermost :func:`using` (:data:`DEFAULT_LOCALE` outside one)."""
    return _CURRENT.get()


def _(message: str) -> str:
    """``message`` translated into the current locale (see :func:`using`)."""
    return translations(_CURRENT.get()).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural form for ``count`` in the current locale (CLDR plural rules)."""
    return translations(_CURRENT.get()).ngettext(singular, plural, count)


def text_locale(user_locale: str, language: str) -> str:
    """The locale every message written in ``language`` is formatted in: numbers,
    dates, units and zone names follow the language of the text, never the machine's.

    The user's locale when it is that language (``en_GB`` + ``en`` → ``en_GB``: their
    region's conventions), else the language's home (``nl_NL`` + ``en`` → ``en_US``, not
    the Dutch "US$ 74.900" or "woensdag" in English text; ``en_US`` + ``de`` → ``de_DE``).
    ``language`` is read as :func:`language_of` reads it (one without a catalog is
    English). The one rule for briefings, notes to self, drafts and the web pages.
    """
    language = language_of(language)
    user = str(user_locale).replace("-", "_").split("_", 1)[0].split("@", 1)[0].lower()
    return str(parse_locale(user_locale)) if user == language else HOME[language]


def briefing_language_note(locale_setting: str, language_setting: str) -> str:
    """Why briefings are in English when ``[user] language`` is unset and the language
    of ``[user] locale`` (or of the system's locale) has no catalog: "written in
    English: no Portuguese briefings yet (your locale is pt_BR); …". "" otherwise.

    In English only: it is shown only in what is written in English.
    """
    wanted = locale_setting or system_default()
    code = str(wanted).replace("-", "_").split("_", 1)[0].lower()
    if language_setting or not code or code in SHIPPED:
        return ""
    name = Locale("en").languages.get(code, code)
    return (
        f"Written in English: no {name} briefings yet (your locale is {wanted}). "
        f"Set [user] language in config.toml to one of {', '.join(SHIPPED)} to choose."
    )


def draft_language_note(invite_language: str | None) -> str:
    """Why a draft is in English when the invite is not, in the current locale:
    "written in English: no Portuguese drafts yet (the invite is in Portuguese)".

    "" when drafts exist in ``invite_language`` (a code like "pt", "nl-BE") or it is
    unknown. Language names are CLDR's (Babel) in the current locale.
    """
    code = (invite_language or "").replace("-", "_").split("_", 1)[0].lower()
    if not code or code in SHIPPED:
        return ""
    names = parse_locale(_CURRENT.get()).languages
    return _("written in {written}: no {language} drafts yet (the invite is in {language})").format(
        written=names.get("en", "English"), language=names.get(code, code)
    )


def join_words(items: list[str]) -> str:
    """``a, b and c`` in the current locale (Babel's CLDR list patterns)."""
    return format_list(items, locale=_CURRENT.get().split("@")[0]) if items else ""


# French elides "de" and "que" before a vowel: names and titles put into a sentence
# ("le poste de Engineering Manager") need it after they are put in.
_ELISION = re.compile(r"\b([Dd]e|[Qq]ue) (?=[AEIOUYÉÈÊÂÎÔÛaeiouyéèêâîôû])")


# A name or title ending in its own full stop ("Ltd.", "S.A.", "A.Ş.", "Inc.") put before
# a sentence's full stop: one stop ends both, as a writer would (Chicago Manual of
# Style 6.122; the same in every language shipped). HTML tags may stand between the two
# ("Ltd.</strong>."); an ellipsis ("...") is left alone.
_DOUBLED_STOP = re.compile(r"(?<=[^\W\d_]\.)((?:</?[a-zA-Z][^<>]*>)*)\.(?!\.)")


def finish(text: str, locale: str) -> str:
    """``text`` with the finishing touches its language needs once values are filled in:
    one full stop after a name that ends in one ("… Producciones Sierra S.A." not
    "S.A.."), and French elision ("le poste d’Engineering Manager", "en tant qu’Analyste")."""
    text = _DOUBLED_STOP.sub(r"\1", text)
    if language_of(locale) == "fr":
        return _ELISION.sub(lambda m: m.group(1)[:-1] + "’", text)
    return text
