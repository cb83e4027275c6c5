"""The gettext catalogs: up to date with the code and templates, complete in every
shipped language, and with the same placeholders as the English they translate.

After changing a message, run ``scripts/update-catalogs`` and translate what these
tests name.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

from assistant.briefing.prepare import LABELS, VOCABULARY
from assistant.i18n import LOCALE_DIR, translations

REPO = Path(__file__).resolve().parents[2]
POT = LOCALE_DIR / "messages.pot"
# Languages whose catalog must translate every message; the others only override some:
# en_GB its spelling, de@informal and es@informal the drafts' "du"/"tú" wording.
COMPLETE = ("de", "fr", "es")
OVERLAYS = ("en_GB", "de@informal", "es@informal")
_PLACEHOLDER = re.compile(r"%\(\w+\)s|\{\w+\}")


def read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=locale)


def _texts(value: str | tuple[str, ...]) -> tuple[str, ...]:
    """A message's id or string as a tuple: plural messages have one per form."""
    return value if isinstance(value, tuple) else (value,)


def missing_translations(catalog: Catalog, template: Catalog) -> list[str]:
    """The messages of ``template`` (by singular) that ``catalog`` lacks or leaves
    untranslated, in any of its plural forms."""
    missing = []
    for message in template:
        if not message.id:
            continue
        found = catalog.get(message.id)
        if found is None or not all(_texts(found.string)):
            missing.append(_texts(message.id)[0])
    return missing


def test_the_template_holds_every_message_in_the_code_and_templates(tmp_path, monkeypatch):
    monkeypatch.chdir(REPO)
    fresh = tmp_path / "messages.pot"
    CommandLineInterface().run(
        ["pybabel", "-q", "extract", "-F", "babel.cfg", "-k", "N_", "--no-location",
         "--sort-output", "-o", str(fresh), "."]
    )  # fmt: skip
    extracted = {_texts(m.id) for m in read(fresh) if m.id}
    shipped = {_texts(m.id) for m in read(POT) if m.id}
    assert extracted == shipped, "messages.pot is out of date: run scripts/update-catalogs"


@pytest.mark.parametrize("locale", COMPLETE + OVERLAYS)
def test_every_catalog_was_updated_from_the_template(locale: str):
    catalog = read(LOCALE_DIR / locale / "LC_MESSAGES" / "messages.po", locale)
    template = {_texts(m.id) for m in read(POT) if m.id}
    assert {_texts(m.id) for m in catalog if m.id} == template, "run scripts/update-catalogs"


@pytest.mark.parametrize("locale", COMPLETE)
def test_a_complete_language_translates_every_message(locale: str):
    catalog = read(LOCALE_DIR / locale / "LC_MESSAGES" / "messages.po", locale)
    assert missing_translations(catalog, read(POT)) == []


def test_a_catalog_missing_a_message_is_caught():
    template = read(POT)
    catalog = read(LOCALE_DIR / "de" / "LC_MESSAGES" / "messages.po", "de")
    catalog["Salary"].string = ""
    del catalog["Meet colleagues"]
    assert missing_translations(catalog, template) == ["Meet colleagues", "Salary"]


@pytest.mark.parametrize("locale", COMPLETE + OVERLAYS)
def test_translations_keep_the_placeholders(locale: str):
    for message in read(LOCALE_DIR / locale / "LC_MESSAGES" / "messages.po", locale):
        for string in _texts(message.string) if message.id else ():
            if not string:
                continue
            source = set(_PLACEHOLDER.findall(" ".join(_texts(message.id))))
            used = set(_PLACEHOLDER.findall(string))
            assert used <= source, (message.id, used - source)
            named = {p for p in source if p.startswith("%")}
            assert named <= used, f"{message.id!r} loses {named - used}"


def _draft_messages() -> set[str]:
    found = set()
    method = "jinja2.ext:babel_extract"
    for path in (REPO / "templates" / "drafts").glob("*.txt"):
        options = {"extensions": "jinja2.ext.i18n", "trim_blocks": "true", "lstrip_blocks": "true"}
        for _, message, _, _ in extract_from_file(method, str(path), options=options):
            found.add(message if isinstance(message, str) else message[0])
    return found


@pytest.mark.parametrize(
    ("informal", "formal_words"),
    [
        ("de@informal", r"\b(Sie|Ihnen|Ihre?[mnrs]?)\b"),
        ("es@informal", r"\b(su|usted|[Ll]e|dude)\b"),
    ],
)
def test_the_informal_drafts_never_fall_back_to_the_formal_you(informal: str, formal_words: str):
    """A "du" draft with one "Sie" left in it is the faux pas the register exists to avoid."""
    language = informal.split("@")[0]
    formal = read(LOCALE_DIR / language / "LC_MESSAGES" / "messages.po", language)
    overlay = read(LOCALE_DIR / informal / "LC_MESSAGES" / "messages.po", informal)
    drafts = _draft_messages()
    assert drafts, "the draft templates' messages are found"
    for message in drafts:
        if re.search(formal_words, formal[message].string):
            assert overlay[message].string, f"{informal} needs its own {message!r}"


def test_the_preparation_labels_in_prepare_toml_are_in_the_catalogs():
    labels = tomllib.loads(VOCABULARY.read_text(encoding="utf-8"))["labels"]
    assert set(labels.values()) == set(LABELS)
    assert translations("de_DE").gettext("a case study") == "eine Fallstudie"


def test_the_locale_chain_goes_from_the_register_to_the_language():
    informal = translations("de_DE@informal")
    assert informal.gettext("Best regards,") == "Viele Grüße"
    assert informal.gettext("Salary") == "Gehalt", "the rest comes from de"
    assert translations("en_GB").gettext("(organizer)") == "(organiser)"
    assert translations("en_US").gettext("(organizer)") == "(organizer)"
    assert translations("it_IT").gettext("Salary") == "Salary", "no catalog: the source"


def test_plural_forms_follow_each_languages_rules():
    de, fr = translations("de_DE"), translations("fr_FR")
    single = "{count} draft still waiting for your approval"
    many = "{count} drafts still waiting for your approval"
    assert de.ngettext(single, many, 1) == "{count} Entwurf wartet noch auf Ihre Freigabe"
    assert de.ngettext(single, many, 3) == "{count} Entwürfe warten noch auf Ihre Freigabe"
    assert fr.ngettext(single, many, 0) == "{count} brouillon attend toujours votre accord"
