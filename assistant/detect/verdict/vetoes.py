"""Why an event is no round of the user's job interviews, read from its status, its
title and who is on it: cancelled, declined, all-day; the user on the hiring side;
a step around the interviews or a block to prepare. Split from :mod:`.evidence`,
which reads the rest of the event and asks these first.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.detect.employer.domains import domain_of, is_own
from assistant.detect.employer.fullname import institution_noun
from assistant.detect.profile import Profile
from assistant.detect.text.reading import TitleReading
from assistant.detect.text.titles import segments
from assistant.detect.who.names import is_courtesy_title
from assistant.detect.who.people import everyone, is_mine, my_names
from assistant.detect.words import wording as w
from assistant.detect.words.ownwords import in_a_name, practical_test
from assistant.detect.words.vocabulary import fragments
from assistant.models import AttendeeKind, Event, EventStatus, PartStat

# The veto of a whole-day event: lifted for a later round held as a day on site when the
# process's earlier rounds are known (:mod:`.dayround`).
ALL_DAY = "an all-day event, not a meeting"
# The veto of a block to practise: lifted for an exercise the employer's invite names as
# a step of its process (:func:`exercise_of_a_step`).
PREP = "a block to prepare or practise"


def quick_veto(event: Event, title: TitleReading, profile: Profile) -> str | None:
    """Reasons that need nothing but the event's status and title."""
    if event.status is EventStatus.CANCELLED or title.cancelled:
        return "the event is cancelled"
    if event.my_partstat() is PartStat.DECLINED:
        return "you declined the invitation"
    if event.all_day and not (title.explicit and title.stage):
        # a later round held as a day on site ("Assessment day (final stage)", "Farm visit
        # – second round") is written as a whole day; other whole days are not meetings,
        # a travel day to a round neither ("Acme final round (travel day)")
        return ALL_DAY
    if event.event_type in w.STATUS_EVENT_TYPES or title.status:
        return "a status entry, not a meeting"
    ignored = profile.ignores(title.title)
    if ignored:
        return f"the title matches your ignore pattern “{ignored}”"
    return None


def hiring_side(event: Event, title: TitleReading, profile: Profile) -> str | None:
    """Why the user is on the employer's side of this meeting, if they are."""
    return own_organisation(event, profile) or candidacy_in_title(event, title, profile)


def candidacy_in_title(event: Event, title: TitleReading, profile: Profile) -> str | None:
    """Why the title is about someone else's candidacy ("Debrief – candidate Jo Park"),
    if it is: a candidacy word, not said to the user as the candidate nor naming them."""
    if (
        title.hiring_side
        and not to_the_candidate(event, title, profile)
        and not names_me(title.title, my_names(event, profile))
    ):
        return f"the title is about someone else's candidacy: “{title.hiring_side}”"
    return None


def names_me(text: str, names: tuple[str, ...]) -> bool:
    """Whether ``text`` names the user: one of their ``names`` whole (lower case,
    :func:`.people.my_names`), or their surname after a courtesy title ("Site visit –
    Mr. Hsu (candidate CMP)", "Herr Okoro"): an invite speaks of the candidate so."""
    lowered = text.lower()
    if any(name in lowered for name in names):
        return True
    for name in names:
        surname = name.split()[-1] if len(name.split()) > 1 else ""
        if len(surname) < 3:
            continue
        for found in re.finditer(r"(\w+)\.?\s+" + re.escape(surname) + r"\b", lowered):
            if is_courtesy_title(found.group(1)):
                return True
    return False


def own_organisation(event: Event, profile: Profile) -> str | None:
    """Why this meeting is at the user's own organisation (its organiser or a guest is
    a colleague), if it is: the user is on the employer's side, unless they applied
    there themselves (:func:`internal_candidacy`)."""
    own = profile.own_domains
    organizer = event.organizer
    if organizer is not None and is_own(domain_of(organizer.email), own):
        if is_mine(organizer, profile):
            return f"you organise it from your work address ({organizer.email})"
        return f"organised from your own organisation ({domain_of(organizer.email)})"
    for person in everyone(event):
        if not is_mine(person, profile) and is_own(domain_of(person.email), own):
            return f"a colleague from your own organisation is on it ({person.email})"
    return None


def own_domain_on(event: Event, profile: Profile) -> str | None:
    """The domain of the user's own organisation on this meeting: its organiser's or a
    colleague's (not one of the user's own addresses), if any ("tidewater-freight.example")."""
    for person in (event.organizer, *everyone(event)):
        if person is None or is_mine(person, profile):
            continue
        if is_own(domain := domain_of(person.email), profile.own_domains):
            return domain
    return None


def internal_candidacy(text: str, later: str | None) -> str | None:
    """The words saying the user applied at their own organisation ("processo seletivo
    interno", "internal applicant", "as with the external candidates") when a later
    round is named too (``later``: the title's or description's round words): the one
    exception to "a meeting at your own organisation is never your round". A first
    round or a meeting without round words stays the employer's side."""
    return w.first_match(w.INTERNAL_CANDIDACY, text) if later and text else None


def greets_me(text: str, word: str, names: tuple[str, ...]) -> bool:
    """Whether the interviewers' ``word`` found in a description is one both sides use
    ("debrief", "Interview kit": ``both_sides_text``) and the description opens by
    greeting the user by name ("Hi Tane —", "Bonjour Beatriz,", "Liebe Frau Okafor"):
    written to the user as the candidate, the word is their own debrief or a tracking
    system's footer. ``names``: the user's names, lower case (:func:`.people.my_names`)."""
    if not w.search(w.BOTH_SIDES_TEXT, word):
        return False
    first = next((line for line in text.splitlines() if line.strip()), "")
    said = set(re.findall(r"\w+", first[:80].casefold()))
    return any(part in said for name in names for part in re.findall(r"\w{3,}", name))


def someone_elses_candidacy(event: Event, title: TitleReading, profile: Profile) -> str | None:
    """Why the user's own note is about another person's candidacy ("Second interview –
    nanny candidate (Maricel)", "Final round: candidate Jo Park"): the user hires, for
    work or privately. A note naming the user after the word ("Candidate: Robin Hale") or
    naming no one ("candidate day") is the user's own."""
    if not title.hiring_side or not _names_the_candidate(title):
        return None
    if names_me(title.title, my_names(event, profile)):
        return None
    return f"the title is about someone else's candidacy: “{title.hiring_side}”"


def to_the_candidate(event: Event, title: TitleReading, profile: Profile) -> bool:
    """Whether a later round ("candidate seminar & panel interview") is sent by someone
    else to the user alone: the user is the candidate. The interviewers' own invites
    (a debrief, a candidate's talk) have colleagues on them, and a candidate named
    ("Final round – candidate Mei Chen") is someone else, whoever the invite goes to."""
    host = event.organizer
    return bool(
        # "Shortlist interview" sent to the user alone: the user is on the shortlist
        (title.explicit or title.stage or title.interview)
        and host is not None
        and not is_mine(host, profile)
        and others_on(event, profile) == 1
        and not (title.hiring_side and _names_the_candidate(title))
    )


def _names_the_candidate(title: TitleReading) -> bool:
    """Whether the candidacy word in ``title`` names a person ("candidate Mei Chen",
    "Candidate: Jo Park") rather than what the candidate does ("candidate seminar")."""
    word = title.hiring_side or ""
    after = re.search(re.escape(word) + r"\W+(\w+)", title.title, re.I)
    if after is None or after.group(1).islower():
        return False
    kind = title.kind[1] if title.kind else ""
    return not (kind and kind.casefold().startswith(after.group(1).casefold()))


def others_on(event: Event, profile: Profile) -> int:
    """How many besides the user are invited, people or shared mailboxes (rooms aside)."""
    return sum(
        1
        for a in everyone(event)
        if not is_mine(a, profile)
        and a.partstat is not PartStat.DECLINED
        and a.kind not in (AttendeeKind.ROOM, AttendeeKind.RESOURCE)
        and "resource." not in a.email
    )


def title_veto(title: TitleReading, guests: bool = False) -> str | None:
    """Why the title alone says this is no round of the user's job interviews.

    With ``guests``, a title naming a later round in a part of its own and a step
    around the interviews in another ("Terms of employment / final round") is that
    round, with the step on its agenda: only the user's own to-do lists the step alone.
    """
    # "Final interview – Northwind Press Group": a later round in a part of its own
    # beats a press word in the employer's name (:mod:`.ownwords`)
    if (
        title.other_interview
        and not in_a_name(title)
        and not _job_at_institution(title)
        and not _job_of_that_kind(title)
    ):
        return f"a different kind of interview: “{title.other_interview}”"
    deadline = w.first_match(w.DEADLINE, title.title)
    if deadline:
        return f"a deadline to hand work in by, not a meeting: “{deadline}”"
    if title.not_a_round and not (
        guests
        and (_round_beside(title, title.not_a_round) or _round_and_step(title, title.not_a_round))
    ):
        return f"a step around the interviews, not a round: “{title.not_a_round}”"
    if (
        title.prep
        and not (guests and _exercise_of_round(title))
        and not practical_test(title.title, guests)
    ):
        return f"{PREP}: “{title.prep}”"
    return None


def exercise_of_a_step(title: TitleReading, described: str | None) -> bool:
    """Whether the practising word of an invite's title ("Acme: mock consult + chat with
    the director") is what its description names as a later step ("Second step: a
    20-min mock video consult"): an exercise of the employer's round, not practice. A
    description naming a round apart from the word ("Mock interview – before your final
    round at Acme") keeps it practice."""
    return bool(title.prep and described and w.search(w.PREP, described))


def _job_at_institution(title: TitleReading) -> bool:
    """Whether the title's other kind of interview is an institution's ("School
    interview", "Uni-Gespräch") and the title names a job: "Hollybank School interview
    (Business Manager)" is a school hiring its business manager, not a pupil's
    admission, which names no job."""
    found = title.other_interview or ""
    return bool(title.role) and any(institution_noun(word) for word in re.findall(r"\w+", found))


def _job_of_that_kind(title: TitleReading) -> bool:
    """Whether the title's other kind of interview is the field of a job its next word
    names ("UX Research Manager", "User Research Lead", "Podcast Producer"): the job
    the interviews are for, not a research session or a show."""
    found = (title.other_interview or "").casefold()
    at = title.title.casefold().find(found)
    if not found or at < 0:
        return False
    after = title.title[at + len(found) :]
    rest = after.lstrip()
    return len(rest) < len(after) and w.ROLE_NOUN.match(rest) is not None


def _exercise_of_round(title: TitleReading) -> bool:
    """Whether the title's practising words name an exercise of the later round it names
    in another part ("Onsite loop 2/3: negotiation role play"), after what is practised:
    no part holding them holds the round or an interview word ("Mock interview w/ Sam
    (final round practice)" is practice) or starts with them ("Prep: final round")."""
    if not _round_beside(title, title.prep or ""):
        return False
    later = (title.explicit or title.stage or "").casefold()
    for part, _ in segments(title.title):
        found = w.search(w.PREP, part)
        if found and (
            later in part.casefold()
            or w.search(w.INTERVIEW, part)
            or not part[: found.start()].strip()
        ):
            return False
    return True


def _round_beside(title: TitleReading, step_word: str) -> bool:
    """Whether the title's later round and ``step_word`` (a step around the interviews,
    a word for practising) stand in different parts of it ("Contract talk / final
    round", "Onsite loop 2/3: role play"; not "Notes after round 2", "Final round prep")."""
    later = title.explicit or title.stage
    if not later or not step_word:
        return False
    parts = [" ".join(part.split()).casefold() for part, _ in segments(title.title)]
    holding = [i for i, part in enumerate(parts) if later.casefold() in part]
    step = [i for i, part in enumerate(parts) if step_word.casefold() in part]
    return bool(holding and step) and not set(holding) & set(step)


def _round_and_step(title: TitleReading, step_word: str) -> bool:
    """Whether the title's later round comes first and ``step_word`` (a step around the
    interviews) is joined to it by "and" ("Final interview and salary discussion",
    "최종 면접 및 처우 협의", "Zweitgespräch + Vertragsdetails"): the round, with the step
    on its agenda. A step first ("Offer call & final round") or holding the round's
    words ("Final round feedback") is not so joined."""
    later = title.explicit or title.stage
    if not later or not step_word:
        return False
    lowered = title.title.casefold()
    at, step = lowered.find(later.casefold()), lowered.find(step_word.casefold())
    if at < 0 or step < 0 or step < at + len(later):
        return False
    return _and_joins().fullmatch(title.title[at + len(later) : step]) is not None


@cache
def _and_joins() -> re.Pattern[str]:
    """A join: "+", "&", "/" or the word for "and" of any language (``people_and``)."""
    words = "|".join((*fragments("people_and", True), *fragments("people_and", False)))
    return re.compile(rf"\s*(?:[+&/]|{words})\s*", re.I)


# At most this many besides the user on a talk with an executive that is a round.
SMALL_TALK = 4


def talk_with_a_rank(title: str, contact: str | None, words: str, others: int) -> bool:
    """Whether the conference word ``words`` ("Fireside chat", "charla") is the meeting
    noun of the title's later stage with a rank ("Fireside chat w/ Jo Ray (CEO)",
    "charla final con CTO y CEO") on a small invite: the candidate's talk with an
    executive, not a programme. ``contact``: the title's weaker later stage, naming whom
    the round is with (``later_contact``); ``others``: how many besides the user are on
    it. A strong stage ("Panel on grid queues") or a word apart from the stage
    ("Summit – chat with our CEO") lifts nothing."""
    if not contact or others > SMALL_TALK or not w.search(w.INTERVIEWER_RANK, contact):
        return False
    lowered = title.casefold()
    at, found = lowered.find(contact.casefold()), lowered.find(words.casefold())
    return at >= 0 and found >= 0 and found <= at + len(contact) and at <= found + len(words)


def ranked_job(title: str, words: str) -> bool:
    """Whether the kind word ``words`` ("Football", "Golf") follows a rank in ``title``
    ("Final w/ Head of Football", "Director of Golf – second interview"): the noun of a
    job title (``rank_words`` of every language), not a pastime the user plays."""
    at = title.casefold().find(words.casefold())
    if at <= 0:
        return False
    before = title[:at]
    joined = before.rstrip()
    if len(joined) == len(before):
        return False  # inside a word
    return any(m.end() == len(joined) for m in w.ROLE_NOUN.finditer(before))
