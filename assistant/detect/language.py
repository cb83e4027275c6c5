"""The language an invitation is written in, so drafts can answer in it.

A handful of frequent words per language is enough to tell the six supported
languages apart in an invite; anything else is English, the default.
"""

from __future__ import annotations

import re

_LANGUAGE_WORDS = {
    "de": "und der die das mit für bei zum zur wir sie dich dir uns vielen dank hallo grüße "
    "gespräch gespräche vorstellungsgespräch zweitgespräch einladung runde termin bitte anbei "
    "melden (m/w/d) (w/m/d) (m/w/x)",
    "fr": "le les avec pour nous vous bonjour entretien équipe merci cordialement suite notre "
    "votre je propose deuxième tour (h/f)",
    "es": "el los las con para hola entrevista equipo gracias saludos nuestra te confirmo "
    "segunda con",
    "it": "il gli per ciao colloquio grazie saluti ti confermo secondo squadra",
    "nl": "het een voor hoi gesprek uitnodiging tot dan bedankt groeten hierbij tweede",
    "en": "the and with for you your hi hello interview thanks regards we our looking forward "
    "dear please",
}
_WORD_LANGUAGE = {w: lang for lang, words in _LANGUAGE_WORDS.items() for w in words.split()}
_LANGUAGE_TOKEN = re.compile(r"\([a-z]/[a-z]/[a-z]\)|[^\W\d_]+", re.I)


def language_of(title: str, text: str) -> str:
    """The invite's language: "de", "fr", "es", "it", "nl", or "en" by default.

    Title words count three times: the title is what the sender wrote themselves,
    while descriptions often carry English conferencing text.
    """
    scores: dict[str, int] = {}
    for weight, source in ((3, title), (1, text[:1500])):
        for token in _LANGUAGE_TOKEN.findall(source):
            lang = _WORD_LANGUAGE.get(token.lower())
            if lang:
                scores[lang] = scores.get(lang, 0) + weight
    english = scores.pop("en", 0)
    if not scores:
        return "en"
    lang, score = max(scores.items(), key=lambda item: item[1])
    return lang if score >= 3 and score > english else "en"
