"""Weighing the evidence: a confidence from 0 to 1, and every reason behind it.

Weights, added up and capped at 1:

- 0.60  the title names a later round ("second interview", "Zweitgespräch");
- 0.45  the title names a later stage ("onsite", "round 2") and the event is about a
  job, or the title names the guests' organisation (0.20 otherwise);
- 0.45  the description names a later round (not as a mere possibility);
- 0.50  an earlier interview with the same employer (:mod:`.linkage`);
- 0.15  the title mentions an interview (0.10 for the description);
- 0.15  people from the employer's corporate domain are on it;
- 0.10  it is part of a hiring process (recruiting service, shared recruiting
  mailbox, hiring words such as "the … role" or "(m/w/d)").

Then caps: a title that names a first round caps the confidence at 0.30; an
event with no one else on it at 0.45; and a veto (cancelled, declined, all-day,
the user interviewing, another kind of interview, a prep block…) at 0.10 and
the event is never acted on. An event is a follow-up when nothing vetoes it and
its confidence reaches ``[detect] threshold``.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import replace

from assistant.detect.employer import processname, registeredhead
from assistant.detect.employer.domains import domain_of
from assistant.detect.employer.extract import name_key
from assistant.detect.employer.initials import holds_initials, spelled_in_full
from assistant.detect.employer.jobname import without_job_names
from assistant.detect.employer.nativename import native_name
from assistant.detect.employer.writtenlonger import written_longer
from assistant.detect.job.dashtail import (
    calendar_localities,
    with_employer_tails_cut,
    without_named_tail,
)
from assistant.detect.job.firmrole import is_the_employer
from assistant.detect.job.roleemployer import (
    university_unit,
    without_employer,
    without_employer_first,
)
from assistant.detect.job.roles import is_supervisory
from assistant.detect.job.roundnote import round_note
from assistant.detect.profile import Profile
from assistant.detect.text.per_series import read_all
from assistant.detect.text.reading import Reader
from assistant.detect.verdict import dayround, process, processrole
from assistant.detect.verdict.evidence import Evidence
from assistant.detect.verdict.hiringlink import organisations, why_linked
from assistant.detect.verdict.linkage import EmployerIndex
from assistant.detect.verdict.othersround import third_person_round
from assistant.detect.verdict.placeholder import placeholder
from assistant.detect.verdict.rolecarry import fullest_role, role_under_near_key, team_not_employer
from assistant.detect.verdict.series import hold_frequent_series
from assistant.detect.verdict.spokenof import without_round_spoken_of
from assistant.detect.warmup import ready
from assistant.detect.who.organisation import learn
from assistant.detect.who.people import everyone, interviewers_of, recruiter_of
from assistant.detect.who.possessive import possessive_name
from assistant.models import Detection, Event, Verdict

FIRST_ROUND_CAP = 0.3
SOLO_CAP = 0.45
VETO_CAP = 0.1
# Words that make a first contact a screen rather than a first interview.
SCREEN_WORDS = re.compile(
    r"screen|call|chat|intro|phone|recruit|talent|\bhr\b|telefon|kennenlern|contact|contatto",
    re.I,
)


def _score(ev: Evidence, earlier: Evidence | None, why_linked: str = "") -> tuple[float, list[str]]:
    """Add up the signals for ``ev``; return the raw score and the reasons."""
    score, reasons = 0.0, []
    if ev.everyday:
        reasons.append(f"“{ev.everyday}” is an everyday phrase, not an interview round")
    if ev.explicit:
        score += 0.6
        reasons.append(f"the title names a later round: “{ev.explicit}”")
    elif ev.stage and (ev.about_a_job or earlier or (ev.strong_stage and ev.names_guests)):
        score += 0.45
        reason = f"the title names a later stage: “{ev.stage}”"
        if not (ev.about_a_job or earlier):
            reason += f", and {ev.company} as the guests' organisation"
        reasons.append(reason)
    elif ev.stage:
        score += 0.2
        reasons.append(f"the title says “{ev.stage}”, but nothing says it is about a job")
    if ev.described and not ev.explicit:
        score += 0.45
        reasons.append(f"the description names a later round: “{ev.described}”")
    if ev.extra:
        score += 0.6 if ev.extra_in_title else 0.45
        reasons.append(f"matches your extra keyword “{ev.extra}”")
    if earlier is not None:
        score += 0.5
        # ISO 8601: shown in the reader's locale (assistant.dates.reason_in_locale), so
        # detection loads no locale data.
        when = earlier.event.start.date().isoformat()
        who = earlier.company or "the same employer"
        reasons.append(
            f"follows an earlier interview with {who} on {when}: “{earlier.title or '(no title)'}”"
            + (f"; the link counts because {why_linked}" if why_linked else "")
        )
    if ev.interview:
        score += 0.15
        reasons.append(f"the title mentions an interview: “{ev.interview}”")
    elif ev.interview_in_text:
        score += 0.1
        reasons.append("the description mentions an interview")
    if ev.employer_people:
        score += 0.15
        domains = sorted({domain_of(p.email) for p in ev.employer_people})
        reasons.append("you meet people from " + ", ".join(domains))
    if ev.recruiting:
        score += 0.1
        reasons.append("part of a hiring process: " + "; ".join(ev.recruiting))
    return score, reasons


def judge(
    ev: Evidence,
    earlier: Evidence | None,
    profile: Profile,
    company: str | None,
    role: str | None = None,
    why_linked: str = "",
) -> Verdict:
    """The verdict for one event, given its earlier round (if any) and why it is linked."""
    score, reasons = _score(ev, earlier, why_linked)
    if ev.first_round and not ev.explicit and not ev.extra_in_title:
        score = min(score, FIRST_ROUND_CAP)
        where = "description" if ev.first_round_said else "title"
        reasons.append(f"the {where} names a first round: “{ev.first_round}”")
    if ev.solo and ev.veto is None:
        if earlier is None and possessive_name(company, ev.title):
            score = min(score, SOLO_CAP)
            reasons.append(f"“{company}” names whose round it is: someone else's, not yours")
        elif _own_note(ev, company, earlier):
            reasons.append(
                f"your own note names a later round with {company}: acted on for the "
                "briefing; no drafts until the people you meet are known"
            )
        else:
            score = min(score, SOLO_CAP)
            reasons.append("no one else is invited: a note or block for yourself")
    if ev.veto is not None:
        score = min(score, VETO_CAP)
        reasons.append(ev.veto)
    confidence = round(min(score, 1.0), 2)
    follow_up = ev.veto is None and confidence >= profile.threshold
    if ev.veto is None and not follow_up:
        if not reasons:
            reasons.append("nothing suggests an interview")
        reasons.append(
            f"confidence {confidence:.2f} is below your threshold {profile.threshold:.2f}"
        )
    return Verdict(
        is_follow_up=follow_up,
        confidence=confidence,
        reasons=tuple(reasons),
        company=company,
        role=without_employer(role or ev.role, company),
        interviewers=interviewers_of(ev.event, profile, company, prose=follow_up),
        recruiter=recruiter_of(ev.event, profile),
        supervisory=is_supervisory(ev.role),
        mentions_test=ev.mentions_test,
        language=ev.language,
        first_interview_id=earlier.event.event_id if earlier is not None else None,
        employer_keys=tuple(sorted(ev.keys)),
        round_kind=_round_kind(ev, follow_up),
    )


def _round_kind(ev: Evidence, follow_up: bool) -> str:
    """Which round of an application this event is, for the pipeline ("" for none).

    A first contact whose words are a screen's ("phone screen", "recruiter call",
    "intro") is a screen; other first rounds are first interviews.
    """
    if follow_up:
        return "later"
    if not ev.interview_like:
        return ""
    if ev.first_round and SCREEN_WORDS.search(ev.first_round):
        return "screen"
    return "first"


def _overridden(verdict: Verdict, wanted: bool) -> Verdict:
    return replace(
        verdict,
        is_follow_up=wanted,
        confidence=1.0 if wanted else 0.0,
        reasons=(
            *verdict.reasons,
            "you marked it " + ("a follow-up interview" if wanted else "not a follow-up interview"),
        ),
        overridden=True,
    )


def _own_note(ev: Evidence, company: str | None, earlier: Evidence | None = None) -> bool:
    """An event the user made for themselves that names a later round and the employer
    ("Final interview – Acme" copied into their own calendar; "Acme onsite" after an
    interview with Acme)."""
    # the note's own text naming the later round ("it's the final round") says it too
    said = ev.interview or ev.interview_in_text or ev.described or earlier is not None
    # a weaker stage ("Acme – hiring manager chat") once an earlier round is known
    names_round = (
        ev.explicit
        or (ev.strong_stage and said)
        or (ev.stage and (earlier is not None or ev.described))
    )
    return bool(names_round and company and ev.strong_company and not ev.first_round)


def _chat_in_a_later_stage(ev: Evidence, index: EmployerIndex) -> Evidence:
    """``ev`` without the first round its title names ("informal chat with future
    peers") when its description puts it in a later stage ("as part of the final stage")
    and the employer's earlier interview is on the calendar: a chat inside a late stage."""
    if not (ev.first_round and ev.described and not ev.first_round_said and not ev.solo):
        return ev
    lifted = replace(ev, first_round=None)
    return lifted if ev.veto is None and index.earlier_round(lifted) is not None else ev


def _can_follow(ev: Evidence) -> bool:
    """Whether an earlier interview with the same employer may make ``ev`` a later round."""
    if ev.veto is not None or ev.mass:
        return False  # a webinar or an open house with a hundred guests is no round
    if ev.solo:
        # the user's own note follows an interview when it names a stage and the employer,
        # a weaker stage too ("Acme - hiring manager chat"): the earlier round must exist
        return bool((ev.explicit or ev.stage) and ev.strong_company)
    if ev.first_round and not ev.explicit:
        return False  # a second screen is still a screen
    # "Partnership sync", a catch-up or a lunch with the company's people is no round.
    # a tracking system's session named as an interview ("Interview: Product & Training") is one
    return not (ev.business and not (ev.explicit or ev.stage or ev.interview or ev.typed))


def _named_employer(ev: Evidence, index: EmployerIndex) -> Evidence:
    """``ev`` without its veto when the word that made it a pastime ("Games", "Club")
    is part of the name of an employer the user has interviews with, written in the
    user's own note ("Kinship Games final round"); else ``ev`` as it is."""
    if not (ev.veto and ev.kind and ev.veto.startswith(ev.kind[0])):
        return ev
    if not ev.solo:
        # an invite from the people of "Quarry & Quill Games" whose domain names it shorter
        # ("Onsite loop: Game Design"): its interviews wrote the word in the name
        if not ev.stage:
            return ev
        word = ev.kind[1].casefold()
        named = (index.named_keys.get(key, "") for key in ev.keys)
        name = next((n for n in named if word in n.casefold()), None)
        if name is None:
            return ev
        return replace(ev, veto=None)
    name = index.employer_in(ev.title, ev.kind[1])
    if name is None:
        return ev
    return replace(
        ev, veto=None, company=name, company_from="title", keys=ev.keys | {name_key(name)}
    )


def _named_before(ev: Evidence, index: EmployerIndex) -> Evidence:
    """The user's own copy of an invite (a forwarded one keeps no guests) whose employer
    only a domain names (the forwarded mail's sender): named as its interview invites
    name it, which is as good as the copy writing the name."""
    if not (ev.solo and ev.company and ev.keys and not ev.strong_company):
        return ev
    name = index.fullest_name(ev)
    return replace(ev, company=name, company_from="earlier round") if name else ev


def detect(
    events: Sequence[Event],
    profile: Profile,
    overrides: Mapping[str, bool] | None = None,
    *,
    share: bool = True,
) -> list[Detection]:
    """Give every event a verdict, in the order given.

    Pass every event in view, history included: earlier rounds are found among
    them. ``overrides`` (event id → follow-up?) come from ``mark`` and win. The
    user's own organisation is learned from the same events first (:mod:`.organisation`).
    The first call in a process makes every vocabulary first (:func:`.warmup.ready`,
    about 0.3 s of CPU time), so the word automaton is built once, not per vocabulary.

    With ``share`` (the default), events that say the same (a series' instances) are
    read once and judged once per earlier round (:mod:`.per_series`); what depends on
    the instance (its earlier round, marks) is still asked per event, so the verdicts
    are those of ``share=False``, which reads every event on its own (the tests
    compare both).
    """
    ready()  # every vocabulary made and the automaton built once, not one by one
    overrides = overrides or {}
    learned = learn(events, profile)
    if learned:
        profile = profile.with_own(learned.addresses, learned.domains, learned.personal)
    keys, evidence = read_all(events, profile, Reader(), share=share)
    evidence = without_job_names(evidence)  # "Second round – Farrier": the job, not a name
    # "Catch-up with Rowan (agency)" speaking of a client's final stage: not that stage
    evidence = [without_round_spoken_of(ev) for ev in evidence]
    index = EmployerIndex(evidence)
    recorded = process.recorded_first(evidence, index)
    organised = organisations(events)
    towns = calendar_localities([e.location for e in events])  # "… – Tarnowskie Góry"
    follows: dict[Hashable, bool] = {}
    judged: dict[Hashable, Verdict] = {}
    # the words a round gave where the job stands that were whom it is with, by employer:
    # the job kept instead, for the rounds after it that take those words as "before"
    whom_not_job: dict[tuple[str | None, str], str] = {}
    detections = []
    read: list[Evidence] = []  # each detection's evidence, as judged
    for key, ev in zip(keys, evidence, strict=True):
        if ev.solo:
            ev = process.known_in_note(process.final_in_note(ev, index), index)
        ev = _named_employer(_named_before(process.written_employer(ev, index), index), index)
        ev = process.live_after_recorded(ev, recorded)
        ev = placeholder(dayround.noted_stage(dayround.whole_day_round(ev, index), index), index)
        ev = third_person_round(ev, index)  # "Jo – final interview (text her at 11)"
        ev = _chat_in_a_later_stage(ev, index)
        if key not in follows:
            follows[key] = _can_follow(ev)
        # Asked per event: its earlier round and why it counts, the employer's fullest
        # name and the role named before it.
        earlier = index.earlier_round(ev) if follows[key] else None
        why = why_linked(ev, earlier, organised) if earlier is not None else None
        if why is None:
            earlier = None
        before = index.role_before(ev)
        if before is None and earlier is not None:
            before = process.role_named_before(ev, index)
        ev = team_not_employer(ev, before)
        company = written_longer(index.fullest_name(ev) or ev.company, ev.event)
        # "Harbour Link … Limited" in a signature that writes 港聯工程（香港）有限公司 too
        company = native_name(company, ev.title, ev.text, index.names) or company
        # "Lakeshore County HSD" where another round wrote the name in full
        made_up = bool(company) and str(company).lower() in ev.keys  # "Srhsa" from a domain
        if company and holds_initials(company, made_up):
            earlier_words = (earlier.title, earlier.text) if earlier else ()
            # the signature a conferencing block's reading leaves out ("… Meeting ID …
            # Ospedale Veterinario Ticino SA"): the descriptions as written, last
            written = (ev.event.description, earlier.event.description if earlier else "")
            sources = (ev.title, ev.text, *earlier_words, *index.names, *written)
            company = spelled_in_full(company, sources, made_up) or company
        before = before or (process.role_filed_under(ev, index, company) if company else None)
        before = whom_not_job.get((company, before or ""), before)
        if before is None and ev.role is None and follows[key]:
            before = role_under_near_key(ev, index)  # "Laboratoires Acme" after "Acme"
        role = ev.role
        if role and before and role != before:
            role = process.job_not_whom_met(ev, before)
        people = " ".join([p.name for p in everyone(ev.event) if p.name])
        role = fullest_role(role, before, people, company) or ev.role_beside_round  # unlisted words
        role = without_employer_first(role, company)
        role = without_named_tail(role, company=company, places=towns)
        company, role = university_unit(company, role, ev.title)
        if round_note(role):  # "（社長＋山本本部長）", "CEO joins": whom the round is with
            role = None if round_note(before) else before
        if role and is_the_employer(role, (company or "", *ev.keys)):
            role = before if before and not is_the_employer(before, (company or "",)) else None
        if ev.role and before and role == before != ev.role:
            whom_not_job[company, ev.role] = before
        facts = (key, id(earlier), why, company, role, ev.veto)
        verdict = judged.get(facts)
        if verdict is None:
            verdict = judged[facts] = judge(ev, earlier, profile, company, role, why or "")
        # an instance's id is formatted anew each time: only asked when something is marked
        if overrides and ev.event.event_id in overrides:
            verdict = _overridden(verdict, overrides[ev.event.event_id])
        detections.append(Detection(ev.event, verdict))
        read.append(ev)
    # every round named as the fullest invite of its process writes the employer
    widened = processname.widened(detections, read)
    named = with_employer_tails_cut(registeredhead.headed(widened, read))
    # a later round naming no job takes its process's, once every employer is named
    return hold_frequent_series(processrole.carried(named))
