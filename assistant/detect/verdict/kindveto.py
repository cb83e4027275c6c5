"""The veto by kind: a sport, a contest, a conference programme or a review of work.

Such events reuse round and stage words ("final round", "panel", "stage 2"). The words
of each kind are data, one list per language in ``assistant/detect/lang/*.toml``
(:mod:`assistant.detect.words.wording`); this module decides when they veto an event
that :mod:`.evidence` has read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.detect.employer.extract import name_key
from assistant.detect.profile import Profile
from assistant.detect.text.reading import TextReading, TitleReading
from assistant.detect.verdict.vetoes import ranked_job, talk_with_a_rank, to_the_candidate
from assistant.detect.words import eventkinds
from assistant.detect.words.ownwords import faces_a_panel

if TYPE_CHECKING:
    from assistant.detect.verdict.evidence import Evidence


def kind_veto(ev: Evidence, title: TitleReading, text: TextReading, profile: Profile) -> str | None:
    """Why the event is a pastime, a public programme or a review of work, not an
    interview; ``None`` when it is none of those.

    Sports, contests, conference programmes and reviews of work reuse round and
    stage words ("final round", "panel", "stage 2"); they are no interview unless the
    title says interview, or the words are the employer's name ("Riot Games").
    Returns the reason as a sentence for ``--explain``, quoting the words found."""
    if title.interview and not (
        # A livestream or webinar "on interviewing", even "on the final round", is a
        # programme the user attends, not the user's round; a candidate's seminar
        # before the panel interview, sent to the user alone, is the user's round.
        title.kind
        and title.kind[0] == eventkinds.PUBLIC_KIND
        and not (title.hiring_side and to_the_candidate(ev.event, title, profile))
    ):
        return None  # "final round" is a contest's word too; "interview" is not
    if ev.mass:
        return f"an event for {ev.others} guests, not an interview"
    if text.public and not faces_a_panel(title, ev.recruiting):
        return f"a public event (the description says “{text.public}”), not an interview"
    if title.kind is None:
        return None
    label, found = title.kind
    if label == eventkinds.REVIEW_KIND and (
        ev.about_a_job
        or ev.explicit
        # the description names the round ("the next stage is a practical: you'll
        # review 8 slides"), or the title a strong stage beside the guests' firm
        # ("Acme trial day – data review with the team"): the review is its exercise
        or ev.described
        or (ev.strong_stage and ev.names_guests)
    ):
        return None  # a "code review" round of an interview process
    if label == eventkinds.PUBLIC_KIND and ev.described and ev.employer_people and ev.others <= 3:
        # "Acme | Charla con VP de Ingeniería" whose description says "es la última
        # entrevista": a talk with a few of the employer's people the invite calls a round
        return None
    # a hiring stage's phrase holding the word ("Team Match" in an invite about a job,
    # "lesson observation" from the employer's people)
    stage = ev.stage if ev.about_a_job or (ev.strong_stage and ev.names_guests) else None
    # the session a tracking system names ("Interview: Cross-functional: Product & Training")
    names = [name for name in (ev.company, ev.role, stage, ev.typed) if name]

    def in_a_name(words: str) -> bool:
        # "Riot Games", "Game Designer": a name, not a pastime; but "LinkedIn Live" read
        # as a company is the programme's own name
        return any(
            words.casefold() in name.casefold() and name_key(name) != name_key(words)
            for name in names
        )

    # "Brand Summit – Speaker: panel …": the organiser's name holds one of the words,
    # but another ("Speaker") still says what the event is
    contact = None if ev.strong_stage else ev.stage
    outside = [
        words
        for words in eventkinds.kind_words(ev.title, label) or [found]
        if not (
            in_a_name(words)
            or talk_with_a_rank(ev.title, contact, words, ev.others)
            or ranked_job(ev.title, words)
        )
    ]
    return f"{label}, not an interview: “{outside[0]}”" if outside else None
