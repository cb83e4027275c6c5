"""How to address someone in a draft: the register the invite uses, and the greeting line.

Business letters differ by culture more than by wording:

- German opens formally ("Sehr geehrte Frau Dr. Vogel,") unless the invite itself
  says "du" or greets by first name; a doctorate stays in the salutation
  (Duden, "Anrede in Briefen": "Sehr geehrte Frau Dr. Vogel").
- French writes "Bonjour Madame Dubois," or, with no name, "Madame, Monsieur,";
  the body says "vous" either way.
- Spanish writes "Estimada Sra. García:" (a colon after the salutation, as the RAE
  advises for letters) or "Hola, Lucía:" when the invite uses "tú" or first names.
- English greets by first name ("Hi Priya,").

Gender is never guessed: "Frau"/"Herr", "Madame"/"Monsieur", "Sra."/"Sr." come from
the person's display name or from the invite's own words about them ("Sie treffen
Frau Dr. Vogel"). Without it, the greeting uses the full name ("Guten Tag Katrin
Vogel,"), which German and French style guides accept as neutral.

The register also picks the catalog for the body: ``de@informal`` and
``es@informal`` hold the "du"/"tú" wording (see :mod:`assistant.i18n`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.detect.who.names import name_parts

FORMAL, INFORMAL = "formal", "informal"

# Honorifics and the gender they state; lower case, without the dot.
_GENDER = {
    "frau": "f", "fr": "f", "herr": "m", "herrn": "m", "hr": "m",
    "madame": "f", "mme": "f", "mademoiselle": "f", "mlle": "f", "monsieur": "m", "m": "m",
    "señora": "f", "senora": "f", "sra": "f", "doña": "f", "señor": "m", "senor": "m",
    "sr": "m", "don": "m", "dra": "f",
    "mrs": "f", "ms": "f", "miss": "f", "mr": "m",
}  # fmt: skip
_ACADEMIC = {"dr": "Dr.", "dra": "Dr.", "prof": "Prof.", "profa": "Prof."}
_HONORIFIC = (
    r"(?:Frau|Herrn?|Fr\.|Hr\.|Madame|Mme\.?|Mademoiselle|Mlle\.?|Monsieur|M\."
    r"|Se[ñn]ora|Se[ñn]or|Sra\.|Sr\.|Do[ñn]a|Don|Mrs\.?|Ms\.?|Mr\.?)"
)
_TITLES = r"(?:(?:Prof|Profa|Dr|Dra)\.\s*)*"

# Words that show the register an invite speaks in, per language.
_INFORMAL_WORDS = {
    "de": re.compile(r"\b(?:du|dich|dir|dein\w*|euch|euer|eure\w*)\b", re.I),
    "es": re.compile(r"\b(?:tú|ti|contigo|te|tu|tus|puedes|tienes|quieres|estás|eres)\b", re.I),
    "fr": re.compile(r"\b(?:tu|toi|ton|ta|tes)\b|\bt['’]", re.I),
}
_FORMAL_WORDS = {
    "de": re.compile(rf"\b(?:Sie|Ihnen|Ihre?[mnrs]?)\b|{_HONORIFIC}\s+[A-ZÄÖÜ]"),
    "es": re.compile(rf"\b(?:usted(?:es)?|[Ee]stimad[oa]s?)\b|{_HONORIFIC}\s+[A-ZÁÉÍÓÚÑ]"),
    "fr": re.compile(rf"\b(?:vous|votre|vos)\b|{_HONORIFIC}\s+[A-ZÉÈ]", re.I),
}
# An invite that greets by a first name alone ("Hallo Alex,", "Hola Lucía:").
_FIRST_NAME_GREETING = re.compile(
    r"(?:^|\n)\s*(?:Hallo|Hi|Hey|Servus|Moin|Hola|Bonjour|Salut|Coucou)\s+"
    r"(?!Herr|Frau|Madame|Monsieur|Se[ñn]or|Sra?\b)[A-ZÄÖÜÁÉÍÓÚÑ][\w-]+\s*[,:!]"
)


@dataclass(frozen=True)
class Addressee:
    """What a salutation may say about a person: names, stated gender, academic titles."""

    given: str = ""
    family: str = ""
    gender: str = ""  # "f" or "m" only when a title or the invite says so
    academic: tuple[str, ...] = ()  # ("Prof.", "Dr.")


def addressee(
    display_name: str, invite_text: str = "", given: str = "", language: str = ""
) -> Addressee:
    """Read ``display_name`` ("Frau Dr. Anna Vogel", "Katrin Vogel") and what the invite
    says about the same family name ("Sie treffen Frau Dr. Vogel"). ``given`` overrides
    the given name (the drafts' own reading, which also looks at the address).

    In a Spanish draft (``language`` "es") a name with two surnames ("Álvaro Requena
    Ibáñez") is greeted by the first, the one Spanish uses alone (RAE, *Ortografía*
    2010, §5.2.1.1.1), unless the invite writes both and never the first alone.
    """
    titles, parsed_given, family = name_parts(display_name)
    given = given or parsed_given
    family = _family_used(display_name, given, family, invite_text, language)
    words = [t.strip(".").lower() for t in titles]
    gender = next((_GENDER[w] for w in words if w in _GENDER), "")
    academic = [_ACADEMIC[w] for w in words if w in _ACADEMIC]
    if family and invite_text:
        named = (
            rf"(?:{re.escape(given)}\s+)?{re.escape(family)}(?!\w)" if given else re.escape(family)
        )
        said = re.search(rf"(?<!\w)({_HONORIFIC})?\s*({_TITLES})\s*{named}", invite_text)
        if said and said.group(1) and not gender:
            gender = _GENDER.get(said.group(1).strip(".").lower(), "")
        if said and said.group(2) and not academic:
            found = re.findall(r"(Prof|Profa|Dr|Dra)\.", said.group(2))
            academic = [_ACADEMIC[t.lower()] for t in found]
            gender = gender or ("f" if "Dra" in found else "")
    return Addressee(given, family, gender, tuple(dict.fromkeys(academic)))


def _family_used(
    display_name: str, given: str, family: str, invite_text: str, language: str
) -> str:
    """The surnames a Spanish draft greets by (see :func:`addressee`): the first of two
    plain surnames after the given name, or both when the invite writes them together
    and never the first alone; ``family`` itself in other languages, where a middle word
    is a given name ("Anna Maria Vogel")."""
    if language != "es" or not given or not family:
        return family
    after = re.search(rf"(?<!\w){re.escape(given)}\s+(.+?{re.escape(family)})(?!\w)", display_name)
    surnames = after.group(1).split() if after else []
    if len(surnames) != 2 or not all(w[:1].isupper() for w in surnames):
        return family
    first, second = (re.escape(w) for w in surnames)
    alone = rf"(?<!\w){re.escape(given)}\s+{first}(?!\s+{second})(?!\w)"
    together = rf"(?<!\w){re.escape(given)}\s+{first}\s+{second}(?!\w)"
    if re.search(together, invite_text) and not re.search(alone, invite_text):
        return " ".join(surnames)
    return surnames[0]


def register(invite_text: str, language: str) -> str:
    """``informal`` when the invite says "du"/"tú"/"tu" more than "Sie"/"usted"/"vous",
    or greets by a first name without a formal word; else ``formal`` (the business
    default in German, French and Spanish). English has one register: ``formal``."""
    informal, formal = _INFORMAL_WORDS.get(language), _FORMAL_WORDS.get(language)
    if informal is None or formal is None or not invite_text:
        return FORMAL
    casual, polite = len(informal.findall(invite_text)), len(formal.findall(invite_text))
    if casual > polite or (polite == 0 and _FIRST_NAME_GREETING.search(invite_text)):
        return INFORMAL
    return FORMAL


def salutation(person: Addressee, language: str, how: str = FORMAL) -> str:
    """The greeting line, punctuation included ("Sehr geehrte Frau Dr. Vogel,")."""
    full = " ".join(filter(None, (person.given, person.family)))
    if language == "de":
        return _german(person, full, how)
    if language == "fr":
        return _french(person, full, how)
    if language == "es":
        return _spanish(person, full, how)
    return f"Hi {person.given}," if person.given else "Hello,"


# A neutral greeting for a shared mailbox or an organisation's display name, by language and
# register: no one's name, and never the organisation's first word ("Hi Stichting,").
_TEAM = {
    ("de", FORMAL): "Sehr geehrte Damen und Herren,",
    ("de", INFORMAL): "Hallo zusammen,",
    ("fr", FORMAL): "Madame, Monsieur,",
    ("fr", INFORMAL): "Bonjour à toute l'équipe,",
    ("es", FORMAL): "Estimado equipo de selección:",
    ("es", INFORMAL): "Hola, equipo de selección:",
}


def team_salutation(language: str, how: str = FORMAL) -> str:
    """The greeting line for a hiring team rather than a person ("Dear hiring team,",
    "Estimado equipo de selección:", "Sehr geehrte Damen und Herren,"): the draft goes
    to a shared mailbox or to a name that is an organisation's
    (:func:`assistant.detect.who.persons.is_named_person`)."""
    return _TEAM.get((language, how), "Dear hiring team,")


def _german(person: Addressee, full: str, how: str) -> str:
    if how == INFORMAL:
        return f"Hallo {person.given}," if person.given else "Hallo,"
    titles = " ".join(person.academic)
    if person.family and person.gender:
        form = "Sehr geehrte Frau" if person.gender == "f" else "Sehr geehrter Herr"
        return " ".join(filter(None, (form, titles, person.family))) + ","
    return " ".join(filter(None, ("Guten Tag", titles, full))) + "," if full else "Guten Tag,"


def _french(person: Addressee, full: str, how: str) -> str:
    if how == INFORMAL and person.given:
        return f"Bonjour {person.given},"
    if person.family and person.gender:
        return f"Bonjour {'Madame' if person.gender == 'f' else 'Monsieur'} {person.family},"
    return f"Bonjour {full}," if full else "Madame, Monsieur,"


def _spanish(person: Addressee, full: str, how: str) -> str:
    if how == INFORMAL:
        return f"Hola, {person.given}:" if person.given else "Hola:"
    if person.family and person.gender:
        female = person.gender == "f"
        title = (
            ("Dra." if female else "Dr.")
            if "Dr." in person.academic
            else ("Sra." if female else "Sr.")
        )
        return f"{'Estimada' if female else 'Estimado'} {title} {person.family}:"
    return f"Buenos días, {full}:" if full else "Buenos días:"
