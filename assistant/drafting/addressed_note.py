"""A debrief note about a person, made fit for the email to that person.

The user writes notes about people ("Lena talked about building the data
platform team in Austin", "her team's move to Rust"); the thank-you goes *to*
Lena. Pasted as written it reads as if the user were talking about her behind
her back. So, before a note goes into a draft:

- a lead saying the recipient talked, explained or told the user about something
  becomes "what you said about …" (kind ``said``);
- the recipient's possessives become the reader's ("her team" → "your team");
- a note that still speaks of the recipient in the third person (their name, "he",
  "she") cannot be used as it is (kind ``rephrase``): the draft falls back to the
  topics, and ``debrief`` asks the user to rephrase it;
- what is left must still be able to follow "about" (``topic_phrase.clause_reason``):
  "Marcus explained how they …" keeps its "how", and "Marcus told me that they …"
  (kind ``clause``) is left out of the draft like a note to rephrase.

English patterns only, since the notes are written in English prompts; a few
regular expressions, no grammar parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.drafting.topic_phrase import clause_reason

SAID, TOPIC, SENTENCE, REPHRASE, CLAUSE = "said", "topic", "sentence", "rephrase", "clause"

_VERBS = (
    r"(?:talked|spoke|told\s+(?:me|us)|explained|described|shared|mentioned|presented"
    r"|walked\s+(?:me|us)\s+through|went\s+(?:over|through)|showed\s+(?:me|us)|said)"
)
_ABOUT = r"(?:\s+(?:about|of|on))?"  # not "how": "about how they …" needs it
_PRONOUN_SUBJECT = r"(?:he|she|they)"
# The recipient's possessives and objects, as the reader's: "her team" → "your team".
_SWAPS = (
    (re.compile(r"\b(?:his|her|their)\s+own\b", re.I), "your own"),
    (re.compile(r"\b(?:his|their)\b", re.I), "your"),
    (re.compile(r"\bher(?=\s+[a-z])", re.I), "your"),  # "her team"; "told her" is an object
    (re.compile(r"\b(?:him|her|them)\b", re.I), "you"),
    (re.compile(r"\b(?:himself|herself|themselves)\b", re.I), "yourself"),
)
_THIRD_PERSON = re.compile(r"\b(?:he|she|he's|she's|his|him|her|hers)\b", re.I)


@dataclass(frozen=True)
class AddressedNote:
    """A note as the draft may use it: ``kind`` says which sentence frames ``text``."""

    kind: str  # SAID, TOPIC, SENTENCE (already in words to them); REPHRASE, CLAUSE: "" text
    text: str


def _names_pattern(given: str, family: str) -> str:
    names = [re.escape(n) for n in (f"{given} {family}".strip(), given, family) if n]
    return "|".join(names)


def address_note(
    note: str, given: str = "", family: str = "", language: str = "en"
) -> AddressedNote:
    """``note`` about the person named ``given``/``family`` as words to that person, in
    a draft written in ``language``.

    ``"Lena talked about building the team"`` → ``(SAID, "building the team")``;
    ``"her team's move to Rust"`` → ``(TOPIC, "your team's move to Rust")``;
    ``"Hearing how you ran the retro was a highlight."`` → ``(SENTENCE, …)``;
    ``"Lena seemed keen on me"`` → ``(REPHRASE, "")``;
    ``"Lena told me that they are hiring"`` → ``(CLAUSE, "")``.
    """
    text = " ".join(note.split()).strip()
    if not text:
        return AddressedNote(TOPIC, "")
    names = _names_pattern(given, family)
    if names:  # "Lena's plans" → "your plans"
        text = re.sub(rf"(?<!\w)(?:{names})['’]s\b", "your", text)
    subject = rf"(?:{names}|{_PRONOUN_SUBJECT})" if names else _PRONOUN_SUBJECT
    lead = re.match(
        rf"^{subject}\s+(?:also\s+|really\s+)?{_VERBS}{_ABOUT}\s+(?P<rest>.+)$", text, re.I
    )
    if lead:
        rest = _swap(lead.group("rest").rstrip(".!;: "))
        return _checked(SAID, rest, names, language)
    is_sentence = text[:1].isupper() and text.endswith((".", "!", "?")) and " " in text
    if is_sentence:
        return _checked(SENTENCE, text, names, language)
    return _checked(TOPIC, _swap(text.rstrip(".;:,!? ")), names, language)


def _swap(text: str) -> str:
    for pattern, words in _SWAPS:
        text = pattern.sub(words, text)
    return text


def _checked(kind: str, text: str, names: str, language: str) -> AddressedNote:
    """REPHRASE when ``text`` still names the recipient or says "he"/"she"; CLAUSE when
    it is to follow "about" but cannot."""
    by_name = bool(names) and re.search(rf"(?<!\w)(?:{names})(?!\w)", text, re.I)
    if by_name or _THIRD_PERSON.search(text):
        return AddressedNote(REPHRASE, "")
    if kind != SENTENCE and clause_reason(text, language):
        return AddressedNote(CLAUSE, "")
    return AddressedNote(kind, text)
