"""Whether a later meeting is itself about the hiring process, so that an earlier
interview with the same employer makes it a later round (issue 15, "linkage with
meaning"): interview words, a scheduling or recruiting sender, the same people, a
hiring exercise or a job title count; a free-mail or private address never does.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from assistant.detect.employer.domains import domain_of, is_free_mail, is_service, squash
from assistant.detect.employer.extract import name_key
from assistant.detect.employer.fullname import with_institution_noun
from assistant.detect.employer.legalname import LEGAL_END
from assistant.detect.employer.namecompare import in_other_scripts, registered_sibling, words_within
from assistant.detect.employer.namematch import abbreviates_name
from assistant.detect.employer.shortform import stands_for
from assistant.detect.verdict.evidence import Evidence
from assistant.detect.who.gobetween import shared_mailbox
from assistant.detect.who.people import everyone
from assistant.detect.who.platformsign import SCHEDULED
from assistant.detect.words import wording as w
from assistant.detect.words.ownwords import agency_named, only_the_word
from assistant.models import Event


def _corporate_people(ev: Evidence) -> set[str]:
    return {
        g.email.lower()
        for g in ev.guests
        if not is_free_mail(domain_of(g.email)) and not is_service(domain_of(g.email))
    }


def organisations(events: Sequence[Event]) -> frozenset[str]:
    """Domains with more than one address in the calendar: organisations, not one
    person's private domain (a link through a private address never counts)."""
    addresses = {person.email.lower() for event in events for person in everyone(event)}
    per_domain = Counter(domain_of(address) for address in addresses)
    return frozenset(d for d, n in per_domain.items() if d and n > 1)


def _new_people(ev: Evidence, earlier: Evidence) -> list[str]:
    """The employer's people on ``ev`` whom the earlier round did not have."""
    met = _corporate_people(earlier) | {p.email.lower() for p in earlier.employer_people}
    return sorted(
        p.email.lower()
        for p in ev.employer_people
        if p.email.lower() not in met and not shared_mailbox(p)
    )


def _other_employer(ev: Evidence, earlier: Evidence) -> bool:
    """Whether the two invites name different employers in their words (an agency's
    call and its client's interview share the agency's domain, not the employer)."""
    if not (ev.strong_company and earlier.strong_company and ev.company and earlier.company):
        return False
    if in_other_scripts(ev.company, earlier.company):
        return False  # "Minato Bussan K.K." and 株式会社みなと物産: not comparable letter by letter
    if registered_sibling(ev.company, earlier.company):
        return False  # "Oakmoor Hall", a site of "Oakmoor Country Estates Ltd"
    if abbreviates_name(ev.company, earlier.company) or abbreviates_name(
        earlier.company, ev.company
    ):
        return False  # "PITI" for "Pacific Islands Transport Institute"
    if with_institution_noun(ev.company, earlier.company) or with_institution_noun(
        earlier.company, ev.company
    ):
        return False  # "Hilos de la Tierra" of "Fundación Hilos de la Tierra, A.C."
    if _within(ev.company, earlier.company) or _within(earlier.company, ev.company):
        return False  # "Kwanza Mútua" in "Seguradora Kwanza Mútua S.A.": a kind of firm before it
    if _registered_tail(ev.company, earlier.company) or _registered_tail(
        earlier.company, ev.company
    ):
        return False  # "Guadarrama, S.L." of "Hospital Veterinario Sierra de Guadarrama"
    if _one_name_cut(ev.company, earlier.company, earlier.title) or _one_name_cut(
        earlier.company, ev.company, ev.title
    ):
        return False  # "Zürichsee" and "Tierklinik", both of "Tierklinik am Zürichsee"
    if stands_for(ev.company, earlier.company) or stands_for(earlier.company, ev.company):
        return False  # "Sable Point Re" of "Sable Point Reinsurance Pte. Ltd.", "Wisła Re" of "… Reasekuracji Wisła S.A."
    if _same_domain_short_name(ev, earlier):
        return False  # "ACL S.p.A." met at aviocomponenti.it after "Avio Componenti Lombardi"
    one, other = name_key(ev.company), name_key(earlier.company)
    return not (one.startswith(other) or other.startswith(one))


def _same_domain_short_name(ev: Evidence, earlier: Evidence) -> bool:
    """Whether both invites have people of the same corporate domain and one names the
    employer shorter, its legal form aside: its initials ("ACL S.p.A." for "Avio
    Componenti Lombardi S.p.A.") or one word of its name ("Cordillera" of "Construcción
    Cordillera SpA"). One word alone names another employer only on other people's
    invites (an agency's call and its client's interview), so the domain must agree."""
    mine = {domain_of(p.email) for p in ev.employer_people}
    if not (mine & {domain_of(p.email) for p in earlier.employer_people}):
        return False
    for short, name in ((ev.company or "", earlier.company or ""),
                        (earlier.company or "", ev.company or "")):  # fmt: skip
        bare = LEGAL_END.sub("", short).strip()
        words = [name_key(word) for word in LEGAL_END.sub("", name).split()]
        if abbreviates_name(bare, name) or (
            len(bare.split()) == 1 and len(words) > 1 and name_key(bare) in words
        ):
            return True
    return False


def _one_name_cut(one: str, other: str, title: str) -> bool:
    """Whether ``title`` writes ``other``, a small word or two, then ``one``: a name
    ("Tierklinik am Zürichsee") each invite read a part of."""
    first = title.find(other)
    # most pairs: no pattern to make (``one`` must come after ``other`` and a word)
    if first < 0 or title.find(one, first + len(other) + 3) < 0:
        return False
    joined = re.escape(other) + r"\s+(?:\w{1,4}\s+){1,2}" + re.escape(one) + r"(?!\w)"
    return re.search(joined, title) is not None


def _registered_tail(short: str, name: str) -> bool:
    """Whether ``short``, written with a legal form ("Guadarrama, S.L."), ends ``name``:
    a signature's registered name cut to its last word, not another firm."""
    key = name_key(short)
    return len(key) >= 6 and key != squash(short) and name_key(name).endswith(key)


def _within(short: str, name: str) -> bool:
    """Whether ``short``, of two words or more, is a run of whole words of ``name``; one
    word alone ("Ibarra" of "Construcciones Ibarra") may be a person's or a place's."""
    return len(short.split()) >= 2 and words_within(short, name)


def _through_agency(earlier: Evidence) -> bool:
    """Whether the earlier round was a recruitment agency's own call ("Intro call –
    Harbourlight Talent"): the agency is then the only employer the link can name."""
    return bool(
        (earlier.company and w.search(w.AGENCY, earlier.company))
        # "Coffee chat – Northgate Talent": the title names the agency where no
        # employer is named in words (the company is the domain's); an in-house
        # "Recruiter call" names none
        or (not earlier.strong_company and agency_named(earlier.title))
    )


def why_linked(ev: Evidence, earlier: Evidence, organised: frozenset[str]) -> str | None:
    """Why ``ev`` is itself about the hiring process, so that an earlier interview with
    the same employer makes it a later round; ``None`` when nothing says so.

    Counted: interview words, a scheduling or tracking service or a recruiting
    mailbox (talent@, careers@) as sender, the same
    people as an earlier round that was more than a screen, a hiring exercise, a
    job title. Never alone: hiring words (a careers evening has them), a recruiter
    met again after a screen (an agency's catch-up), a free-mail or private address
    (a domain with one address in the whole calendar, outside ``organised``). After
    an agency's own call, only interview words count: its briefings and updates name
    jobs and come from the same people.
    """
    if _other_employer(ev, earlier):
        return None  # an agency's intro call does not make its client's interview a later round
    if ev.explicit or ev.stage or ev.described:
        return f"it names an interview stage (“{ev.explicit or ev.stage or ev.described}”)"
    if (
        _through_agency(earlier)
        and not (ev.explicit or ev.strong_stage)
        and w.search(w.AGENCY, ev.title)
    ):
        return None  # the agency's own later call ("Call with the headhunter", 求人紹介)
    if ev.interview or ev.interview_in_text:
        if only_the_word(ev, earlier):
            return None  # a press or research interview is no process's first round
        return "it speaks of an interview"
    if _through_agency(earlier):
        # An agency's calls (a role briefing, a market update) follow its intro call;
        # only its client's interview, named as one, is a later round.
        return None
    sender = next((r for r in ev.recruiting if not r.startswith(("mentions", SCHEDULED))), None)
    if sender:
        return f"it was {sender}"
    booked = next((r for r in ev.recruiting if r.startswith(SCHEDULED)), None)
    if booked and _new_people(ev, earlier):
        # a platform books the loop's sessions with people not met yet; the recruiter's
        # own call again ("Quick call – update", to share feedback) brings no one new
        return f"it was {booked}, with " + ", ".join(_new_people(ev, earlier)[:3])
    same = sorted(
        email
        for email in _corporate_people(ev) & _corporate_people(earlier)
        if domain_of(email) in organised
    )
    if same and not earlier.first_round:
        return "the same people are on it: " + ", ".join(same[:3])
    if same and not w.search(w.AGENCY, earlier.title):
        # after a first conversation with the employer itself (no agency's intro call), the person met brings in
        # colleagues the user has not met: the process goes on with more of its people
        # (people, not a desk's or a team's mailbox: an agency's "Jo / Mira" cc's its desk)
        theirs = {domain_of(email) for email in same}
        met = _corporate_people(earlier)
        new = sorted(
            g.email.lower()
            for g in ev.guests
            if domain_of(g.email) in theirs and g.email.lower() not in met and not shared_mailbox(g)
        )
        if new:
            return f"{same[0]} from the first conversation brings in " + ", ".join(new[:3])
    exercise = w.first_match(w.TEST, ev.title) or ev.exercise
    if exercise:
        return f"it is about a hiring exercise (“{exercise}”)"
    presenting = w.first_match(w.PRESENTING, ev.text or "")
    if presenting:
        return f"it asks you to present your work (“{presenting}”)"
    job = ev.role or w.first_match(w.ROLE_NOUN, ev.title)
    if job:
        return f"it names a job title (“{job}”)"
    return None
