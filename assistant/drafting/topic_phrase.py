"""A debrief note as a topic phrase, fit to finish "I especially enjoyed our conversation
about …" in a thank-you to someone else.

People answer "What did you talk about with Priya?" the way they would tell a
friend: "we talked about the pricing model", "he walked me through the on-call
rotation". Put after "about", that reads "about he walked me through …". So a
leading subject and verb of that kind is dropped ("the on-call rotation"), and
what still reads as a clause (it starts with "he", "we" or a verb such as
"walked") is refused with the reason, so the question can be asked again.

Deliberately small: a few patterns for the common ways of saying it, English
only like the message templates; no grammar parser.
"""

from __future__ import annotations

import re

_SUBJECT = (
    r"(?:(?:i|we|he|she|they|you)\s+)?(?:(?:really|also|mostly|mainly|briefly|especially)\s+)?"
)
# "we talked about", "he walked me through", "she showed us", "discussed", "I loved" …
_LEADS = re.compile(
    rf"^{_SUBJECT}(?:"
    r"(?:talked|spoke|chatted|asked|learned|learnt|heard|thought|told\s+(?:me|us))"
    r"(?:\s+(?:a\s+lot|at\s+length|a\s+bit|mostly))?\s+(?:about|of|on)"
    r"|(?:walked|took|talked)\s+(?:me|us)\s+through"
    r"|went\s+(?:over|through|into)"
    r"|(?:discussed|covered|explained|described|mentioned|shared|presented|enjoyed|loved|liked"
    r"|showed(?:\s+(?:me|us))?|gave\s+(?:me|us))"
    r")\s+",
    re.IGNORECASE,
)
# "our conversation about", "a chat on", "the discussion of" (the template says that part).
_FRAME = re.compile(
    r"^(?:(?:our|the|a|an)\s+)?(?:(?:long|great|good|short)\s+)?"
    r"(?:conversation|chat|discussion|talk)\s+(?:about|on|of)\s+",
    re.IGNORECASE,
)
# First words that make what follows a clause, not a topic.
_CLAUSE_STARTS = frozenset(
    [
        "i",
        "we",
        "he",
        "she",
        "they",
        "you",
        "it",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "did",
        "does",
        "do",
        "can",
        "could",
        "will",
        "would",
        "talked",
        "walked",
        "spoke",
        "asked",
        "explained",
        "showed",
        "told",
        "gave",
        "said",
        "went",
        "took",
        "covered",
        "discussed",
        "mentioned",
        "described",
        "seemed",
        "wanted",
        "thinks",
        "thought",
        "likes",
        "liked",
        "loved",
    ]
)
_TRAILING = ".!;:, "

EXAMPLE = "the on-call rotation"


class NotATopic(ValueError):
    """The answer reads as a clause or sentence, not a topic; ``str()`` says why."""


def topic_phrase(text: str) -> str:
    """``text`` as a topic phrase: trimmed, a leading "we talked about" / "he walked me
    through" (and the like) and "our conversation about" removed, no final full stop.

    Returns "" for an empty answer. Raises NotATopic when what is left still starts
    like a clause (a subject pronoun or a verb) or holds more than one sentence.
    """
    phrase = " ".join(text.split()).strip(_TRAILING)
    for _ in range(2):  # "we talked about our conversation about …" is rare; twice is enough
        phrase = _FRAME.sub("", _LEADS.sub("", phrase)).strip(_TRAILING)
    if not phrase:
        return ""
    first = phrase.split()[0].lower().strip("'’\"")
    if first in _CLAUSE_STARTS or re.search(r"[.!?]\s+\S", phrase):
        raise NotATopic(
            f"“{phrase}” reads as a sentence; it has to finish “I especially enjoyed our "
            f"conversation about …”, so give the topic only, e.g. “{EXAMPLE}”"
        )
    return phrase
