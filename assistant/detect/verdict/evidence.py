"""What one event says for and against being a follow-up interview.

:func:`read_evidence` looks at a single event: its status, who is on it, its
wording and the job it talks about. It decides nothing; :mod:`.verdicts` weighs
the evidence, together with earlier events from the same employer.

Cheap checks come first, and the description is read only when the event could
still be an interview, so a calendar of thousands of meetings stays fast.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from assistant.detect.employer.confirmed import people_words
from assistant.detect.employer.domains import domain_key, domain_of, is_ats, readable_name
from assistant.detect.employer.extract import company_of, employer_domains, name_key
from assistant.detect.job.besideround import role_beside_round
from assistant.detect.job.bracketnote import without_people_bracket
from assistant.detect.job.dashtail import without_named_tail
from assistant.detect.job.fullerrole import fuller_in_text
from assistant.detect.job.gendered import in_both_genders
from assistant.detect.job.interviewerrank import not_interviewers
from assistant.detect.job.jobtail import with_tail
from assistant.detect.job.rolecompare import (
    dash_inside,
    is_the_company,
    qualified,
    role_of,
    with_team,
    without_lead_in,
    without_place,
    writes_more,
    written_out,
)
from assistant.detect.job.roleemployer import FIRM_FIRST, university_unit
from assistant.detect.job.rolefield import role_in_field
from assistant.detect.job.roleseat import is_the_location, without_seat
from assistant.detect.job.roundnote import round_note
from assistant.detect.profile import Profile
from assistant.detect.text.reading import Reader, TextReading, TitleReading, said_first_round
from assistant.detect.verdict.jobnames import company_apart, not_team, without_company
from assistant.detect.verdict.kindveto import kind_veto
from assistant.detect.verdict.vetoes import (
    ALL_DAY,
    PREP,
    candidacy_in_title,
    exercise_of_a_step,
    greets_me,
    hiring_side,
    internal_candidacy,
    others_on,
    own_domain_on,
    own_organisation,
    quick_veto,
    someone_elses_candidacy,
    title_veto,
)
from assistant.detect.who.people import everyone, guests, is_mass_event, is_mine, my_names
from assistant.detect.who.platformsign import SCHEDULED, scheduled_through
from assistant.detect.words import wording as w
from assistant.detect.words.language import language_of
from assistant.detect.words.ownwords import the_candidates_words
from assistant.models import Attendee, Event

# "earlier round": the name an earlier invite with the same employer wrote
_STRONG_SOURCES = ("title", "description", "location", "sender", "earlier round")


@dataclass
class Evidence:
    """The signals found in one event. Reason strings are ready to show the user."""

    event: Event
    title: str
    text: str = ""
    veto: str | None = None
    guests: tuple[Attendee, ...] = ()
    others: int = 0
    #: No one but the user (rooms aside): a note, a reminder or a block. Set with
    #: ``others`` (a field, not a property: it is asked tens of times per event).
    solo: bool = True
    employer_people: tuple[Attendee, ...] = ()
    explicit: str | None = None
    stage: str | None = None
    strong_stage: bool = False
    described: str | None = None
    first_round: str | None = None
    first_round_said: bool = False  # named by the description, not the title
    exercise: str | None = None
    interview: str | None = None
    interview_in_text: bool = False
    typed: str = ""  # the session's name a tracking system's "Interview:" field gives
    everyday: str | None = None
    business: str | None = None
    extra: str | None = None
    extra_in_title: bool = False
    recruiting: list[str] = field(default_factory=list)
    names_guests: bool = False
    company: str | None = None
    company_from: str = ""
    keys: frozenset[str] = frozenset()
    role: str | None = None
    #: The part of the title left beside its round words (:mod:`.besideround`): the job
    #: when neither this invite's words nor an earlier round's name one.
    role_beside_round: str | None = None
    language: str = "en"
    mentions_test: bool = False
    kind: tuple[str, str] | None = None

    @property
    def strong_company(self) -> bool:
        """The name was read from the invite's words, not made up from a domain."""
        return self.company_from in _STRONG_SOURCES

    @property
    def mass(self) -> bool:
        """So many guests that it is an event (a webinar, an open house), not a conversation."""
        return is_mass_event(self.event)

    @property
    def about_a_job(self) -> bool:
        """Something besides round words says this is about a job."""
        return bool(self.recruiting or self.interview or self.interview_in_text)

    @property
    def own_record(self) -> bool:
        """The user's own note of an interview, with no guests ("Phone screen - Acme
        Robotics"): it names a round and the employer, so a later round of the same
        process can follow it and take its role."""
        return bool(
            self.solo
            and self.veto is None
            and self.keys
            and self.strong_company
            # "Interview Acme Ltd – Buyer": a note naming an interview, the employer
            # and the job records a round as surely as one naming the round
            and (self.first_round or self.explicit or self.strong_stage
                 or (self.interview and self.role))
        )  # fmt: skip

    @property
    def interview_like(self) -> bool:
        """Could count as an earlier round for a later event with the same employer."""
        return (
            self.veto is None
            and not self.solo
            and bool(self.keys)
            and bool(
                self.about_a_job
                or self.first_round
                or self.explicit
                or self.described
                or (self.strong_stage and self.names_guests)
                # a scheduling link's first meeting with the employer's people whose
                # booking names the job ("Quick chat - Senior Buyer", the invitee's note
                # "applying for the Buyer post"): a first round without round words
                # (an agency's own call names the job too, but it is no round)
                or bool(
                    self.role
                    and self.employer_people
                    and self.company_from == "description"
                    and self.company
                    and not w.AGENCY.search(self.company)
                )
            )
        )


def _recruiting(
    ev: Evidence, profile: Profile, title: TitleReading, text: TextReading
) -> list[str]:
    """What says this event is part of a hiring process: who sent it, and its words."""
    found = []
    for person in everyone(ev.event):
        domain = domain_of(person.email)
        if is_ats(domain):
            found.append(f"sent through a recruiting service ({domain})")
            break
    if not found:  # booked by a platform from the employer's own address
        platform = scheduled_through(ev.title, ev.event.description or "")
        if platform:
            found.append(f"{SCHEDULED} ({platform})")
    for person in everyone(ev.event):
        local = person.email.split("@", 1)[0]
        if not is_mine(person, profile) and w.RECRUITING_ADDRESS.search(local):
            found.append(f"from a recruiting address ({person.email})")
            break
    said = title.recruiting or text.recruiting
    if said:
        found.append(f"mentions “{said}”")
    # "Second meeting – …" with "Role: Legal Director – LatAm Portfolio": a field naming
    # a job by its job word makes a later stage's title one about a job
    job = role_in_field(text.text) if ev.stage and text.text and not found else None
    if job and w.search(w.ROLE_NOUN, job):
        found.append(f"names the job: “{job}”")
    return found


def read_evidence(event: Event, profile: Profile, reader: Reader | None = None) -> Evidence:
    """Collect what ``event`` says, without comparing it to other events."""
    reader = reader or Reader()
    title = reader.title(event.summary or "")
    ev = Evidence(
        event=event,
        title=title.title,
        everyday=title.everyday,
        explicit=title.explicit,
        stage=title.stage or title.contact,
        strong_stage=title.stage is not None,
        first_round=title.first_round,
        interview=title.interview,
        business=title.business,
    )
    ev.veto = quick_veto(event, title, profile)
    ev.guests = guests(event, profile)
    ev.others = others_on(event, profile)
    ev.solo = not ev.others
    if ev.veto is None:
        ev.veto = (someone_elses_candidacy if ev.solo else hiring_side)(event, title, profile)
    ev.veto = ev.veto or title_veto(title, guests=not ev.solo)
    ev.kind = title.kind
    lowered = title.title.lower()
    ev.extra = next((k for k in profile.extra_keywords if k in lowered), None)
    ev.extra_in_title = ev.extra is not None
    # an invite's practising word may be the exercise its description names as a step
    practised = not ev.solo and (ev.veto or "").startswith(PREP)
    worth_reading = (ev.veto is None or practised) and not ev.solo
    # a whole day naming a day's stage ("Shadow day – planning team") may be a process's
    # round once its employer is known (:mod:`.dayround`): its description names it
    day = ev.veto == ALL_DAY and w.search(w.WHOLE_DAY_STAGE, title.title) is not None
    if not (worth_reading or day) and not (
        ev.explicit or ev.stage or ev.interview or ev.first_round
    ):
        return ev  # nothing here could matter: skip the description
    text = reader.description(event.description or "")
    if practised and exercise_of_a_step(title, text.described):
        ev.veto = None
    elif practised and not (ev.explicit or ev.stage or ev.interview or ev.first_round):
        return ev  # practice after all: read no further, as before
    ev.text = text.text
    applied = None
    if ev.veto is not None and ev.veto == own_organisation(event, profile):
        applied = internal_candidacy(text.text, ev.explicit or ev.stage or text.described)
        if applied:  # "2ª etapa do processo seletivo interno": the user is the candidate,
            # unless the description is for the interviewers (checked next)
            ev.veto = candidacy_in_title(event, title, profile) or title_veto(title, True)
    names = my_names(event, profile) if ev.veto is None and text.hiring_side else ()
    if (
        ev.veto is None
        and text.hiring_side
        and not the_candidates_words(text.text, text.hiring_side, names)
        and not greets_me(text.text, text.hiring_side, names)
    ):
        ev.veto = f"the description is for interviewers: “{text.hiring_side}”"
    ev.described = text.described
    ev.typed = text.typed
    if text.booked:
        _read_booked(ev, reader.title(text.booked))
    if text.sole:  # "this is your first and only conversation with us": no later round
        ev.explicit = ev.stage = None
        ev.first_round, ev.first_round_said = text.sole, True
    if not (ev.explicit or ev.stage) and not ev.first_round:
        said = text.typed_first_round
        if not said and not text.described and (text.interview or text.recruiting):
            # "Informal first chat about the site engineer job": a title without round
            # words, whose description says this is the first meeting about a job
            said = said_first_round(text.text)
        ev.first_round, ev.first_round_said = said, said is not None
    ev.interview_in_text = text.interview
    if ev.extra is None and ev.text:
        text_lowered = ev.text.lower()
        ev.extra = next((k for k in profile.extra_keywords if k in text_lowered), None)
    _read_job(ev, profile, title, text)
    if applied:  # the employer is the user's own organisation: its people are the panel
        ev.recruiting.append(f"you applied at your own organisation: “{applied}”")
        ev.employer_people = ev.employer_people or ev.guests
        domain = own_domain_on(event, profile)
        if not ev.company and domain:  # named after its domain, as the briefing shows it
            ev.company, ev.company_from = readable_name(domain), "own organisation"
    ev.veto = ev.veto or kind_veto(ev, title, text, profile)
    return ev


def _read_booked(ev: Evidence, booked: TitleReading) -> None:
    """A scheduling link's event name ("Event Name: Second interview (60 min)") is a
    second title: where the title is only the two names, the round is said there."""
    ev.explicit = ev.explicit or booked.explicit
    if not ev.stage and (booked.stage or booked.contact):
        ev.stage, ev.strong_stage = booked.stage or booked.contact, booked.stage is not None
    if not (ev.explicit or ev.stage or ev.first_round) and booked.first_round:
        ev.first_round, ev.first_round_said = booked.first_round, True  # a later round wins
    ev.interview = ev.interview or booked.interview
    ev.exercise = w.first_match(w.TEST, booked.title)
    # What vetoes a title vetoes the booked event's name: a research study's session
    # booked through a scheduling link is no job interview.
    ev.veto = ev.veto or title_veto(booked)


def _read_job(ev: Evidence, profile: Profile, title: TitleReading, text: TextReading) -> None:
    """Employer, role, language and the job context of an event worth reading."""
    event = ev.event
    if title.role and FIRM_FIRST.match(title.role):  # "…股份有限公司－製程工程師"
        title = replace(title, role=FIRM_FIRST.sub("", title.role) or title.role)
    ev.role = role_of(title.role, text.role, ev.text, title.title)
    if round_note(ev.role):  # "(técnica)", "（社長＋山本本部長）", "CEO joins": whom, or how
        ev.role = None if round_note(text.role) else text.role
    if (
        title.role
        and text.role
        and (
            writes_more(text.role, title.role)
            or qualified(text.role, title.role)
            or written_out(text.role, title.role)  # "Sportreha" → "Sportrehabilitation"
            or dash_inside(text.role, title.role)  # "… senior PVD" → "… senior – dépôt PVD"
        )
    ):
        # "Tweede gesprek – Constructeur / Tekenaar" cut at its " / ": the field writes
        # the job whole ("Vacature: Constructeur / Tekenaar")
        ev.role = text.role
    ev.role = without_lead_in(without_place(ev.role, event.location or ""))
    ev.role = without_people_bracket(ev.role, people_words(event, profile))  # "(Ana Ruiz)"
    ev.recruiting = _recruiting(ev, profile, title, text)
    domains = employer_domains(event, profile)
    corporate = set(domains)
    ev.employer_people = tuple(g for g in ev.guests if domain_of(g.email) in corporate)
    # The user's own note "Acme onsite" names its employer like an invite would.
    # "Acme – meet the Chief Data Officer" sent by an agency: the title names the client
    # beside a meeting with its people, as an invite about a job would
    contact = ev.stage is not None and not ev.strong_stage and bool(domains)
    # a platform's footer alone ("Scheduled with Ashby") names no job to read a name by
    booked_only = not (ev.interview or ev.interview_in_text) and all(
        r.startswith(SCHEDULED) for r in ev.recruiting
    )
    about_job = (ev.about_a_job and not booked_only) or bool(
        # the user's own note "Acme – meet Ana (site engineer)" names its employer too
        ev.explicit or ev.first_round or (ev.solo and ev.stage) or contact
    )
    if ev.described is None and ev.about_a_job:
        ev.described = text.numbered  # "Round 2 of 3" in an invite about a job
    ev.company, ev.company_from = company_of(event, profile, ev.text, job_context=about_job)
    if title.role and ev.company and is_the_company(title.role, ev.company):
        # "Andra intervju – Nordby Konsult AB", "[한빛컨설팅] 2차 면접": the title's part
        # holding a job's word ("Konsult", "컨설팅") is the employer; the field names the job
        ev.role = text.role
    ev.role = without_company(ev.role, ev.company)
    if ev.role is None and ev.company and not ev.solo and company_apart(ev, domains):
        labels = tuple(domain_key(d) for d in domains)
        people = people_words(event, profile)
        # a scheduler's second title ("Topic: …", "Event Name: …") puts the job there too
        ev.role_beside_round = next(
            (
                role
                for title in (ev.title, w.event_name(ev.text or ""))
                if title
                and (role := role_beside_round(title, ev.company, people, labels))
                and not is_the_location(role, event.location or "")  # "– Depot North"
                and role not in (w.first_match(w.RECORDED_INTERVIEW, title) or "")  # "On Demand"
            ),
            None,
        )
    ev.role = with_team(ev.role, (ev.title, ev.text), lambda team: not_team(team, ev, profile))
    ev.role = in_both_genders(ev.role, (ev.title, ev.text))  # "Enfermera Jefa / Enfermero Jefe"
    # "Registrar, <University> Art Galleries": the unit stays in the role the later
    # rounds carry over (the university is the employer, :func:`.university_unit`)
    ev.role = university_unit(ev.company, ev.role, ev.title)[1]
    ev.role = fuller_in_text(ev.role, ev.text or "")  # "Odontólogo/a …" written whole
    ev.role = with_tail(ev.role, ev.title, ev.text or "", ev.company)  # "… in Coastal Ecology"
    ev.role = without_seat(ev.role)  # "…, Stockholm", "… – Corporate Campus": where, not which
    # "2nd interview (Head of Sales)" meeting "Jo Park, Head of Sales": whom, not the job
    ev.role = not_interviewers(ev.role, text.role, ev.event, profile, ev.title, ev.text or "")
    ev.role = without_named_tail(  # "… - Fallon, NV", "… – K Doyle": a place or a person
        ev.role,
        sources=(ev.title, ev.text or ""),
        people=people_words(event, profile),
        company=ev.company,
    )
    if ev.company and ev.stage and not ev.strong_stage and w.AGENCY.search(ev.company):
        ev.stage = None  # an agency's "second call" or "next steps" is no interview round
    ev.names_guests = bool(
        ev.company and ev.company_from == "title" and domains and not ev.business
    )
    keys = {domain_key(d) for d in domains}
    # The tenant a tracking system sends for (acme@myworkday.com) is the employer too.
    if ev.company and (ev.strong_company or ev.company_from == "scheduling address"):
        keys.add(name_key(ev.company))
    ev.keys = frozenset(k for k in keys if len(k) >= 2)
    if about_job or ev.stage or ev.described or ev.keys:
        ev.language = language_of(ev.title, ev.text)
        ev.mentions_test = bool(w.TEST.search(ev.title)) or text.test
