"""A debrief note as a topic phrase, fit to finish "I especially enjoyed our conversation
about …" (or "what you said about …") in a thank-you, in the drafts' language.

People answer "What did you talk about with Priya?" the way they would tell a
friend: "we talked about the pricing model", "Marcus walked me through how they
are moving claims off the mainframe", "I liked hearing about the roadmap". Put
after "about", that reads "about Marcus walked me through …". So a leading
subject and verb of that kind is dropped (the subject may be a name: "Marcus
explained"), then a leftover "hearing about" / "learning about", and what is
left must be something "about" can take: a noun phrase ("the on-call rotation")
or, where the language allows it, a question clause ("how they run retros").
What still reads as a clause (it starts with "he", "that", a verb, or a name and
a verb) is refused with the reason, so the question can be asked again.

The notes are written in the drafts' language (``debrief`` says so), so each
language has its own words below; a language without them is read as English.
Deliberately small: a few patterns for the common ways of saying it; no grammar
parser. When in doubt it refuses: asking again costs a few seconds, a broken
sentence in a thank-you costs more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NAME = r"(?:[A-ZÀ-Þ][\w'’-]*\s+){1,2}"  # "Marcus ", "Marcus Lee " (case-sensitive)
_ADVERB = r"(?:(?:really|also|mostly|mainly|briefly|especially|just)\s+)?"
# "we talked about", "he walked me through", "she showed us", "discussed", "I loved" …
_LEAD_VERBS = (
    r"(?:(?:talked|spoke|chatted|asked|learned|learnt|heard|thought|told\s+(?:me|us))"
    r"(?:\s+(?:a\s+lot|at\s+length|a\s+bit|mostly))?\s+(?:about|of|on)"
    r"|(?:walked|took|talked)\s+(?:me|us)\s+through"
    r"|went\s+(?:over|through|into)"
    r"|(?:discussed|covered|explained|described|mentioned|shared|presented|enjoyed|loved|liked"
    r"|showed(?:\s+(?:me|us))?|gave\s+(?:me|us)))\s+"
)
_PRONOUN_LEAD = re.compile(
    rf"^(?i:(?:(?:i|we|he|she|they|you)\s+)?{_ADVERB}){_LEAD_VERBS}", re.IGNORECASE
)
_NAMED_LEAD = re.compile(rf"^{_NAME}(?i:{_ADVERB}{_LEAD_VERBS})")
# What is left of "I liked hearing about …", "I enjoyed learning more about …".
_GERUND = re.compile(
    r"^(?:(?:hearing|learning|talking|chatting|reading|finding\s+out)(?:\s+(?:more|a\s+lot))?"
    r"\s+(?:(?:about|of|on)\s+|(?=(?:that|how|why|what|where|when|whether|who)\b))"
    r"|(?:discussing|seeing|exploring|about)\s+)",
    re.IGNORECASE,
)
# "our conversation about", "a chat on", "the discussion of" (the template says that part).
_FRAME = re.compile(
    r"^(?:(?:our|the|a|an)\s+)?(?:(?:long|great|good|short)\s+)?"
    r"(?:conversation|chat|discussion|talk)\s+(?:about|on|of)\s+",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Words:
    """One language's words that make an answer a clause rather than a topic."""

    starts: frozenset[str]  # a first word that makes a clause: "he", "that", "was" …
    verbs: frozenset[str]  # a second word that makes "<someone> <verb> …" a clause
    aux: frozenset[str]  # a finite verb anywhere ("the team is moving …") …
    relatives: frozenset[str]  # … unless a relative or question word comes first
    questions: frozenset[str] = frozenset()  # first words "about" can take: "how" …
    inside: re.Pattern[str] | None = None  # a clause anywhere: German ", dass"


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_EN_VERBS = _set(
    "is are was were has have had did does do can could will would should may might must "
    "talked walked spoke asked explained showed told gave said went took covered discussed "
    "mentioned described seemed wanted thought liked loved enjoyed presented chatted "
    "learned learnt heard"
)
_WORDS = {
    "en": _Words(
        starts=_set("i we he she they you it that") | _EN_VERBS,
        verbs=_EN_VERBS,
        aux=_set("is are was were will has have had isn't aren't wasn't won't"),
        relatives=_set("how why what where when whether who which that whom whose"),
        questions=_set("how why what where when whether who which"),
    ),
    "de": _Words(
        starts=_set(
            "ich wir er sie es du ihr man dass daß wie warum weshalb wieso ob wo wann was wer "
            "hat haben hatte hatten ist sind war waren wird werden kann können hat's "
            "sprach sprachen erklärte erzählte zeigte redeten sprachen fand mochte"
        ),
        verbs=_set(
            "hat haben hatte hatten ist sind war waren wird werden kann können "
            "sprach sprachen erklärte erklärt erzählte erzählt zeigte zeigt redete meinte sagte"
        ),
        aux=_set("ist sind war waren wird werden hat haben hatte hatten"),
        relatives=_set("wie was wo"),  # a German relative clause follows a comma
        # "erklärt, wie …" is a clause; after a noun ("die Frage, wie das Team wächst")
        # the comma clause belongs to the noun, and German writes every noun capitalised.
        inside=re.compile(
            r"(?:^|\s)[a-zäöüß][^\s,]*,\s*(?:dass|daß|wie|warum|weshalb|wieso|ob|wo|wann|was)\b"
        ),
    ),
    "fr": _Words(
        starts=_set(
            "je j' j’ nous il elle ils elles on vous tu que qu' qu’ comment pourquoi quand "
            "c'est c’est m'a m’a a ont est sont était avons avez"
        ),
        verbs=_set(
            "a ont est sont était m'a m’a nous m' m’ me explique expliqué parle parlé montre "
            "montré présenté raconte raconté dit"
        ),
        aux=_set("est sont était étaient a ont va vont sera seront"),
        relatives=_set("qui que qu' qu’ dont où comment pourquoi"),
        inside=re.compile(
            r"^(?:qu['’]|que\b|j['’]|c['’]est\b)|\b(?:m['’]|nous\s+)(?:a|ont)\s", re.I
        ),
    ),
    "es": _Words(
        starts=_set(
            "yo nosotros nosotras él ella ellos ellas usted tú que me nos le les hablamos "
            "hablé habló explicó contó mostró dijo es fue está son era ha han hemos"
        ),
        verbs=_set(
            "me nos le les habló hablamos explicó contó mostró dijo presentó es fue está son "
            "era ha han"
        ),
        aux=_set("es son está están fue fueron era eran ha han va van será serán"),
        relatives=_set("que qué cómo como donde dónde cuando cuándo quien quién cual cuál"),
        questions=_set("cómo qué dónde cuándo cuál quién"),
    ),
}
_TRAILING = ".!;:, "

EXAMPLE = "the on-call rotation"


# Words that open a clause after a comma, tied to the noun before it ("die Frage, wie
# das Team wächst", "le projet, qui …", "el modelo, que …", "the migration, which …"):
# the comma there is grammar, not a list separator.
_AFTER_COMMA = {
    "en": _set("which who whom whose where"),
    "de": _set(
        "dass daß wie warum weshalb wieso ob wo wann was der die das den dem deren dessen "
        "welche welcher welches welchen weil wenn"
    ),
    "fr": _set("qui que qu' qu’ dont où lequel laquelle lesquels lesquelles"),
    "es": _set("que donde cuando quien quienes cual cuales cuyo cuya"),
}


def split_topics(text: str, language: str = "en") -> list[str]:
    """A comma-separated answer ("the pricing model, hiring") as its topics, in the
    order written, empty ones dropped.

    A comma is a separator only where the language would list things with it: never
    inside a number ("1,5 Mio. Budget", the decimal comma of de, fr, es) and never before
    a word that opens a clause tied to the noun before it (``_AFTER_COMMA``; German puts
    a comma before every such clause). Each topic still goes through
    :func:`topic_phrase`, which may refuse it.
    """
    openers = _AFTER_COMMA.get(language, _AFTER_COMMA["en"])
    topics: list[str] = []
    for piece in re.split(r"(?<!\d),|,(?!\d)", text):
        first = piece.split(maxsplit=1)[0].lower() if piece.strip() else ""
        first = re.split(r"(?<=['’])", first)[0]  # "qu'il" opens with "qu'"
        if topics and first in openers:
            topics[-1] = f"{topics[-1]},{piece}"
        else:
            topics.append(piece)
    return [t.strip() for t in topics if t.strip()]


class NotATopic(ValueError):
    """The answer reads as a clause or sentence, not a topic; ``str()`` says why."""


def topic_phrase(text: str, language: str = "en") -> str:
    """``text`` as a topic phrase in ``language`` (the drafts' language: en, de, fr, es):
    trimmed, a leading "we talked about" / "Marcus walked me through" (and the like),
    a leftover "hearing about" and "our conversation about" removed, no final full stop.

    Returns "" for an empty answer. Raises NotATopic when what is left still reads as
    a clause or holds more than one sentence (:func:`clause_reason`).
    """
    phrase = " ".join(text.split()).strip(_TRAILING)
    if language == "en" or language not in _WORDS:
        for _ in range(2):  # "I liked our conversation about …"; twice is enough
            phrase = _NAMED_LEAD.sub("", _PRONOUN_LEAD.sub("", phrase))
            phrase = _FRAME.sub("", _GERUND.sub("", phrase)).strip(_TRAILING)
    if not phrase:
        return ""
    reason = clause_reason(phrase, language)
    if reason:
        raise NotATopic(reason)
    return phrase


def clause_reason(phrase: str, language: str = "en") -> str:
    """Why ``phrase`` cannot follow "about" in ``language``, or "" when it can: it starts
    with a subject, a verb or "that", or with someone and a verb ("Marcus was …"), or
    holds more than one sentence. A question clause ("how they run retros") is fine in
    English and Spanish, whose "about"/"sobre" takes one."""
    words = _WORDS.get(language, _WORDS["en"])
    tokens = [t.lower().strip('"“”«»,;:') for t in phrase.split()]
    first = tokens[0].strip("'’") if tokens else ""
    second = tokens[1] if len(tokens) > 1 else ""
    opening = " ".join(tokens[:2])
    asked = first in words.questions or opening in words.questions or opening == "por qué"
    starts_one = first in words.starts or tokens[0] in words.starts or second in words.verbs
    clause = (
        (starts_one and not _determiner_that(tokens, language) and not asked)
        or _finite_verb(phrase.split(), words)
        or bool(words.inside and words.inside.search(phrase))
        or bool(re.search(r"[.!?]\s+\S", phrase))
    )
    return not_a_topic(phrase) if clause else ""


def not_a_topic(phrase: str) -> str:
    """The line that refuses ``phrase`` as a topic, with an example of one."""
    return (
        f"“{phrase}” reads as a sentence; it has to finish “I especially enjoyed our "
        f"conversation about …”, so give the topic only, e.g. “{EXAMPLE}”"
    )


def _determiner_that(tokens: list[str], language: str) -> bool:
    """English "that migration project" (a determiner), not "that they are moving"."""
    follows = tokens[1] if len(tokens) > 1 else ""
    return (
        language == "en"
        and tokens[0] == "that"
        and follows not in _WORDS["en"].starts
        and follows not in _set("the a an our their his her its my your this these those there")
    )


def _finite_verb(raw: list[str], words: _Words) -> bool:
    """A finite verb ("is", "ist", "est", "está") with no relative or question word, or
    (German) comma, before it: "the team is moving …" is a clause, "the team that is
    moving …" a topic."""
    for index, token in enumerate(raw):
        word = token.lower().strip('"“”«»,;:')
        if word in words.relatives or token.endswith(","):
            return False
        if index and word in words.aux:
            return True
    return False
