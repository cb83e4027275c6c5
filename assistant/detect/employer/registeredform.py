"""The registered or whole form of an employer's name, as the rest of an invite writes it.

An invite's title or sender often gives the short name ("Acme", "INS"); a signature, a
location, a mailbox's display name or a footer after the conferencing block gives the
registered one ("Acme Holdings plc", "Inver Network Services"). People name the employer
by the fullest form the invite writes, so that form is given.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.detect.employer.brandname import registered_behind
from assistant.detect.employer.confirmed import footer_of
from assistant.detect.employer.fullname import fuller_name, institution_name
from assistant.detect.employer.infull import written_in_full
from assistant.detect.employer.initials import spelled_in_full
from assistant.detect.employer.joinedname import joined_again
from assistant.detect.employer.legalname import LEGAL_FORM, registered_name
from assistant.detect.employer.namematch import spelled_out, without_own_abbreviation
from assistant.detect.employer.shortform import bracketed_for, registered_for
from assistant.detect.who.gobetween import organisation_mailboxes, sender_names
from assistant.detect.who.onbehalf import RAW_CAP
from assistant.detect.who.people import everyone
from assistant.detect.words import wording as w
from assistant.detect.words.vocabulary import fragments
from assistant.models import Event


def registered_form(name: str, from_title: bool, event: Event, text: str) -> str:
    """``name`` as the invite writes it in full or registered, where it does.

    ``name`` is the employer read from the invite (``from_title`` when the title gave
    it), ``text`` the readable description. The result is ``name`` spelled out
    ("INS" → "Inver Network Services"), written whole ("Orvel CT" → "Orvel CT
    Systems") or with the legal form a line of the invite, a mailbox's display name or
    the signature after the conferencing block writes (:mod:`.legalname`); else
    ``name`` as it is."""
    sources = (w.without_forwarding(event.summary or ""), event.location or "", text)
    # "INS" in the title where the location writes "Inver Network Services"
    name = spelled_out(name, sources) or spelled_in_full(name, sources) or name
    if from_title:
        # "Orvel CT", "Lindqvist Labor, Uppsala" where the invite writes the whole name
        name = fuller_name(name, sources[0], sources)
        # "Heritage Estates" where the title's "and" cut "… and Collections Scotland"
        people = "\n".join(p.name for p in everyone(event) if p.name)
        name = joined_again(name, sources[0], (*sources[1:], people)) or name
    else:
        # "Musée maritime" read from a sender, "…du Musée maritime de Charlevoix-Est"
        # in the text; "City of Port Aldous" in the sender's name
        people = "\n".join(p.name for p in everyone(event) if p.name)
        name = institution_name(name, (*sources, people)) or name
    # "Acme S.A" or "Acme S.A. de C.V" as read → "Acme": each legal form off the end
    base = name
    while (shorter := _TRAILING_LEGAL.sub("", base)) and shorter != base:
        base = shorter
    # the raw description keeps the signature a readable one may cut with the
    # conferencing block ("— Talent Team, Acme Hospitality Group")
    raw = (event.description or "")[:RAW_CAP]
    for source in sources:
        full = registered_name(base, source) if source else None
        if full:
            return full
    behind = registered_behind(base, text)  # "Tandvårdsgruppen Norrsken AB", the brand's firm
    if behind:
        return behind
    # the organisation's mailbox writes its registered name ("Acme Holdings plc"),
    # and so do a team's mailbox and a tracking system's sender ("Acme AG Recruiting")
    names = "\n".join(p.name for p in organisation_mailboxes(event))
    if any(base in p.name for p in everyone(event)):
        names += "\n" + sender_names(event)
    full = registered_name(base, names) if names.strip() else None
    # a signature after the conferencing block, which the readable text leaves out, for
    # a name read without its legal form
    footer = footer_of(event.description or "", text) if base == name else ""
    full = full or (registered_name(base, footer) if footer else None)
    if full:
        return full
    # "Stichting Zorggroep Amstelland" in a signature for "Zorggroep Amstelland"
    headed = _form_before(name, (*sources, event.description or ""))
    if headed:
        return headed
    # "Sable Point Re" where the signature writes "Sable Point Reinsurance Pte. Ltd.",
    # "Atlântida Seguros" for "Companhia de Seguros Atlântida, S.A.", "GVZ" for
    # "Gebäudeversicherung Kanton Zürich (GVZ)"
    standing = registered_for(name, (*sources, names, raw)) or bracketed_for(name, (*sources, raw))
    if standing:
        return standing
    return without_own_abbreviation(written_in_full(name, (*sources, names, raw)))


@cache
def _forms_before() -> str:
    """The legal forms written before a name (``legal_form_before`` of ``lang/``)."""
    return "|".join(fragments("legal_form_before", True))


@cache
def _any_form_before() -> re.Pattern[str]:
    """Any legal form of :func:`_forms_before` followed by a space, made once: a text
    without one cannot write one before a name."""
    return re.compile(rf"(?<!\w)(?i:{_forms_before()})[ \t]+")


def _form_before(name: str, texts: tuple[str, ...]) -> str | None:
    """``name`` with the legal form a text writes before it, capitalised as a name's
    first word ("Stichting Zorggroep Amstelland", "Vereniging …"); ``None`` when none
    does."""
    forms = _forms_before()
    if not forms or not name:
        return None
    # most texts write no such form: no pattern to make for the name
    texts = tuple(t for t in texts if name in t and _any_form_before().search(t))
    if not texts:
        return None
    pattern = re.compile(rf"(?<!\w)((?i:{forms})[ \t]+{re.escape(name)})(?!\w)")
    for text in texts:
        if name in text:
            found = pattern.search(text)
            if found and found.group(1)[0].isupper():
                return found.group(1)
    return None


_TRAILING_LEGAL = re.compile(r"[ ,]+(?:" + LEGAL_FORM.pattern + r"|[A-Z]\.[A-Z]\.?|[A-Z]\.[A-Z])$")
