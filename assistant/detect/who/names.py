"""People's names: the given name to greet, and a job title written after a name.

Display names come in every shape: "Priya Raman, PhD", "Okafor, Samuel",
"Dr. Omar Haddad", "Raman, Priya (she/her)", "Maria Gonzalez, SHRM-CP",
"Raj Iyer, Staff Data Engineer". The parsing of titles, given names, family
names, suffixes and credentials is nameparser's (https://nameparser.readthedocs.io),
with its own tables of honorifics and post-nominal letters; this module only
removes what is not part of a name at all (pronouns, "| Acme", "- Recruiter",
addresses) and recognises a job title after a comma, which nameparser would
read as "Family, Given".
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, cached_property, lru_cache

from nameparser import HumanName
from nameparser.config import Constants

from assistant.detect.words.matcher import Vocabulary

# A private copy of nameparser's tables, so adding to them changes no one else's parsing.
_CONSTANTS = Constants()
_CONSTANTS.titles.add("dott", "dott.ssa", "dottssa", "ing", "dipl", "mag", "mgr", "sig", "sig.ra")
# French "M." is Monsieur before a name in an invite, not an initial ("M. Paul Durand").
_CONSTANTS.titles.add("m", "mlle", "mme", "sra", "srta", "herrn")
# Indonesian and Malay forms of address ("Pak Bambang Wicaksono", "Ibu Sari Lestari").
_CONSTANTS.titles.add("pak", "bapak", "bu", "ibu")
# Polish Pan/Pani (with their inflected forms: "z Panią Anną Nowak"), Turkish Bay/Bayan,
# Dutch "mw.": a form of address, never the given name ("Hi Pani," greets no one).
_CONSTANTS.titles.add("pan", "pani", "panią", "pana", "panem", "panu", "bay", "bayan", "mw")
# Dutch "ten" as in "Jan ten Cate": a particle of the family name like "ter" and "van".
_CONSTANTS.prefixes.add("ten")
_CONSTANTS.suffix_acronyms.add("shrm-scp", "shrm-cp", "sphr", "gphr", "csm", "cspo", "pmp", "ll.m")


@cache
def _parser_ready() -> bool:
    """nameparser reads its tables on the first name it parses (some ten thousand calls):
    done by ``warm_up``, before detection, by parsing one made-up name."""
    return bool(HumanName("Dr. Ada B. Lovelace-Byron Jr.", constants=_CONSTANTS).last)


# Words that make a display name a role or a mailbox, not a person's name ("Hiring Team").
_NOT_A_NAME = re.compile(
    r"^(hiring|recruiting|recruitment|recruiters?|talent|team|interviews?|interviewers?|hr"
    r"|people|info|contact|office|support|hello|room|calendar|scheduling|careers?|jobs?"
    r"|no-?reply|notifications?|bewerbung(en)?|karriere|personal|candidate|coordinator)$",
    re.I,
)
# Words that make the text after a comma a job title, not a given name
# ("Raj Iyer, Staff Data Engineer", "Vogel, Leiterin Data Platform"): every job word
# detection knows (``wording.ROLE_NOUN``: role_nouns and the ISCO-08 occupations of each
# language file), and the ranks, departments and seniorities that only a title carries.
_RANKS_AND_TEAMS = (
    r"\b(?:manager\w*|head|director\w*|lead\w*|vp|svp|evp|vice\s+president|chief|c[eotfiph]o"
    r"|founder|co-?founder|pr[ée]sident\w*|dirigente|superintendente|recruit\w*|sourcer|talent|hr|people|engineer\w*"
    r"|product|sales|marketing|principal|staff|senior|sr|programme|program|project|account"
    r"|gesch[äa]ftsf[üu]hrer\w*|hoofd"
    # Turkish ranks written before a name ("Genel Müdür Yardımcısı", "Saha Koordinatörü")
    r"|yard[ıi]mc[ıi]s[ıi]|koordinat[öo]r\w*|ba[şs]kan\w*|ba[şs]hekim\w*|lider\w*"
    r"|sorumlu\w*)\b"
)


class _TitleWords:
    """:data:`TITLE_WORDS`: made on first use, so importing this module (the briefing
    and the drafts do) reads no vocabulary file."""

    @cached_property
    def _vocabulary(self) -> Vocabulary:
        from assistant.detect.words import wording as w

        return Vocabulary.union(Vocabulary.of(_RANKS_AND_TEAMS, re.I), w.ROLE_NOUN)

    def search(self, text: str) -> re.Match[str] | None:
        """The first title word in ``text``, or ``None``."""
        return self._vocabulary.search(text)

    def prepare(self) -> None:
        """Make the vocabulary and read its words now (start-up: ``warm_up``)."""
        self._vocabulary.prepare()


TITLE_WORDS = _TitleWords()

# Forms of address written before a name, lower case without the full stop: what they
# say is how to write to someone ("Frau", "Sra.", "Pani", "Bay"), never what they do,
# so they are no job title (:data:`TITLE_WORDS` holds "Sr" as "senior").
_ADDRESS_FORMS = frozenset(
    [
        *("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame"),
        *("frau", "herr", "herrn", "fr", "hr", "dhr", "mevr", "mw"),
        *("m", "mme", "mlle", "madame", "monsieur"),
        *("sr", "sra", "srta", "dra", "señor", "señora", "senor", "senora", "don", "doña"),
        *("dona", "senhor", "senhora", "sig", "sig.ra", "signor", "signora", "dott", "dott.ssa"),
        *("pan", "pani", "panią", "pana", "panem", "panu", "bay", "bayan", "sayın", "sayin"),
        *("pak", "bapak", "bu", "ibu"),
    ]
)


# Forms of address that are other words too without their full stop ("HR", "Sr Engineer"),
# or written only with it (Turkish "Sn." for "Sayın").
_DOTTED_FORMS = frozenset(["hr", "fr", "m", "sr", "sn"])


def is_form_of_address(word: str) -> bool:
    """Whether ``word`` is a form of address written before a name ("Frau", "Sra.",
    "Mme", "Pani", "Bay", "Sig.ra", "Hr."), as opposed to a job title."""
    bare = word.strip(",").casefold()
    if bare.removesuffix(".") in _DOTTED_FORMS:
        return bare.endswith(".")
    return bare.strip(".") in _ADDRESS_FORMS


def is_particle(word: str) -> bool:
    """Whether ``word`` is a lower-case particle of a family name ("de", "van den",
    "von", "de la", "dos", "bin", "ibn", "ten"): nameparser's table of prefixes."""
    return word.islower() and word in _CONSTANTS.prefixes


# What a display name carries besides the name: (she/her), [Acme], <address>, "| Acme".
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]|<[^>]*>")
_TRAILER = re.compile(r"\s[|/\u2013\u2014-]\s.*$|\s*@.*$")
# Two consonants that rarely begin a first name: "jdoe" is J. Doe, not a name to greet.
_ONSET_PAIRS = (
    "bl br ch cl cr dr dw fl fr gl gn gr kh kl kn kr ph pl pr rh sc sh sk sl"
    " sm sn sp st sv sw sz th tr ts tw vl wh wr zh"
)
_ONSETS = frozenset(_ONSET_PAIRS.split())
_VOWELS = set("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýœ")
GIVEN_NAME_CAP = 40  # no one is greeted by 40 letters: longer is noise


def _tidy_case(word: str) -> str:
    """``JANE`` or ``jane`` → ``Jane``, ``jean-luc`` → ``Jean-Luc``; ``DeShawn`` stays."""
    if not (word.islower() or word.isupper()):
        return word
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def _is_name_word(word: str) -> bool:
    core = word.replace("-", "").replace("'", "").replace("\u2019", "")
    return bool(core) and core.isalpha() and len(word) > 1 and not word.endswith(".")


def _unspaced_script(text: str) -> bool:
    """Chinese, Japanese or Korean: written without spaces, family name first."""
    return any(
        unicodedata.name(ch, "").startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL"))
        for ch in text
    )


def split_title(text: str) -> tuple[str, str]:
    """``"Raj Iyer, Staff Data Engineer"`` → ``("Raj Iyer", "Staff Data Engineer")``.

    The text after the first comma (or inside trailing parentheses) is a job title
    when it holds a title word (:data:`TITLE_WORDS`); otherwise the whole text is
    the name, so "Okafor, Samuel" and "Priya Raman, PhD" stay names.
    """
    text = " ".join(text.split())
    paren = re.fullmatch(r"(.+?)\s*\(([^()]{2,80})\)", text)
    if paren and TITLE_WORDS.search(paren.group(2)):
        return paren.group(1).strip(" ,"), paren.group(2).strip()
    name, comma, rest = text.partition(",")
    if comma and TITLE_WORDS.search(rest):
        return name.strip(), rest.strip(" ,")
    return text, ""


@lru_cache(maxsize=4096)
def _from_display_name(name: str) -> str:
    """The given name in a display name, or "" when it holds none to be trusted."""
    if re.match(r"\s*\S+@", name):
        return ""  # the display name is an address: the local part is read instead
    name = _TRAILER.sub("", _BRACKETED.sub(" ", name))
    name, _title = split_title(name)
    name = re.sub("[\u201c\u201d]", '"', name).strip(" ,;:")
    if name.count('"') == 2 and name.startswith('"') and name.endswith('"'):
        name = name[1:-1]  # the whole name in quotes
    if not name:
        return ""
    if _unspaced_script(name) and " " not in name:
        return name  # 李明: the whole name is the polite form
    parsed = HumanName(name, constants=_CONSTANTS)
    # A quoted name is the one someone goes by: Robert "Bob" Smith is greeted as Bob.
    nickname = parsed.nickname.strip(".,")
    given = nickname if _is_name_word(nickname) else parsed.first.strip(".,")
    if not given:
        return ""  # "Dr. Smith": a family name only; "Hello," beats "Hi Smith,"
    if not _is_name_word(given) or _NOT_A_NAME.match(given) or _NOT_A_NAME.match(parsed.last):
        return ""  # initials ("J. Doe"), numbers, or "Hiring Team"
    return _tidy_case(given)


@lru_cache(maxsize=4096)
def _from_local_part(email: str) -> str:
    local = email.split("@", 1)[0].split("+", 1)[0]
    parts = [p for p in re.split(r"[._\-\d]+", local) if p]
    if not parts or not parts[0].isalpha() or len(parts[0]) < 2:
        return ""  # "j.doe", "123": no first name to be had
    word = parts[0].lower()
    looks_like_initials = not _VOWELS & set(word) or (
        # "jdoe" or "mmueller" alone is an initial and a surname; "jane" or "priya" a name.
        len(parts) == 1
        and (len(word) > 12 or (word[:2] not in _ONSETS and not _VOWELS & set(word[:2])))
    )
    if looks_like_initials or _NOT_A_NAME.match(word):
        return ""
    return _tidy_case(word)


def given_name(display_name: str, email: str = "") -> str:
    """The name to greet someone by, or "" when there is none to be trusted.

    ``"Dr. Jane Q. Doe"``, ``"Doe, Jane"``, ``"Priya Raman, PhD"``, ``"JANE DOE"``
    and ``jane.doe@…`` give the given name; a display name with none (``"Dr. Smith"``,
    ``"Hiring Team"``, initials) falls back to the address, and initials or role
    addresses (``j.doe@``, ``jdoe@``, ``talent@``) give "": the templates then greet
    with "Hello,".
    """
    name = _from_display_name(" ".join(display_name.split())[:160]) or _from_local_part(
        email.strip().lower()
    )
    return name if len(name) <= GIVEN_NAME_CAP else ""


# Words of a session's topic or an agenda item, never of a name ("System Design", "Lunch").
_AGENDA_WORDS = re.compile(
    r"\b(?:interviews?|design|system|systems|coding|code|technical|behaviou?ral|culture|values"
    r"|case|study|presentation|review|portfolio|deep|dive|break|lunch|welcome|wrap|chat|session"
    r"|onsite|virtual|panel|round|screen|sync|meeting|overview|tour|q&a|debrief|pairing|exercise"
    r"|gespr[äa]ch|pause|mittag\w*|entretien|d[ée]jeuner|entrevista|almuerzo|colloquio|pranzo)\b",
    re.I,
)


@lru_cache(maxsize=4096)
def looks_like_name(text: str) -> bool:
    """Whether ``text`` reads as a person's full name ("Priya Raman", "Frau Dr. Vogel").

    Two to five words, each capitalised (particles such as "van", "de la", "dos" aside,
    not counted), none a title word (forms of address such as "Sr." aside), and
    nameparser finds a family name in it.
    """
    words = text.split()
    if not all(re.fullmatch(r"[^\W\d_][\w.'’-]*", w) for w in words):
        return False  # "Fragen? Kontakt", "Room #4"
    # "Sr. Pablo Ruiz": a form of address is no title word ("sr" as in "Sr Engineer")
    named = " ".join(w for w in words if not is_form_of_address(w))
    if (
        not 1 <= sum(1 for w in words if not is_particle(w)) <= 5
        or TITLE_WORDS.search(named)
        or _AGENDA_WORDS.search(text)
        or any(c.isdigit() for c in text)
    ):
        return False
    parsed = HumanName(text, constants=_CONSTANTS)
    capitalised = all(w[:1].isupper() or is_particle(w) for w in words)
    has_parts = bool(parsed.last) and (bool(parsed.first) or bool(parsed.title))
    return capitalised and has_parts and not _NOT_A_NAME.match(words[0].strip(".,"))


# Forms of address that say how to write to someone formally, by the word a name starts with.
_FORMAL = {"frau": "Frau", "herr": "Herr", "hr": "Herr", "fr": "Frau"}


@lru_cache(maxsize=4096)  # asked of the same guests' names for every invite they are on
def name_parts(display_name: str) -> tuple[tuple[str, ...], str, str]:
    """``"Frau Dr. Anna Vogel"`` → ``(("Frau", "Dr."), "Anna", "Vogel")``: the titles
    before the name, the given name and the family name (nameparser's reading, with
    pronouns, "| Acme" and a job title after a comma removed). Empty parts are ""."""
    name = _TRAILER.sub("", _BRACKETED.sub(" ", " ".join(display_name.split())[:160]))
    name, _title = split_title(name)
    parsed = HumanName(name.strip(" ,;:"), constants=_CONSTANTS)
    titles = tuple(t for t in parsed.title.replace(".", ". ").split())
    family = " ".join(_tidy_case(w) if w.isupper() else w for w in parsed.last.split())
    given = parsed.first.strip(".,")
    return titles, (_tidy_case(given) if _is_name_word(given) else ""), family


def is_courtesy_title(word: str) -> bool:
    """Whether ``word`` is a courtesy or academic title written before a person's name
    ("Dr", "Dott", "Ing", "Mgr", "Sig.ra"): nameparser's table of titles with the ones
    added here. The table holds ranks too ("Director", "Captain"): callers ask only
    about a word written as an abbreviation, with its full stop."""
    return word.strip(".").casefold() in _CONSTANTS.titles


def formal_name(display_name: str) -> str:
    """``"Frau Dr. Anna Vogel"`` → ``"Frau Dr. Vogel"``: the form for a German formal
    salutation ("Sehr geehrte Frau Dr. Vogel,"), or "" when the name does not say
    Frau or Herr (the salutation must not guess anyone's gender)."""
    titles, _given, family = name_parts(display_name)
    if not titles or not family:
        return ""
    form = _FORMAL.get(titles[0].strip(".").lower())
    if form is None:
        return ""
    academic = [t for t in titles[1:] if t.strip(".").lower() in {"dr", "prof"}]
    return " ".join([form, *[t if t.endswith(".") else t + "." for t in academic], family])


# A person's name after a courtesy title, in the languages of ``lang/``.
COURTESY_NAME = (
    r"\b(?:Mr|Ms|Mrs|Miss|Mx|Dr|Prof|Mme|Mlle|M|Sr|Sra|Srta|Herr|Frau|Sig|Sig\.ra|Pan|Pani)"
    r"\.?\s+[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|al|el|bin|van|von|de|da)){1,3}"
)
