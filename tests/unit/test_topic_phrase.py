"""Debrief answers as topic phrases: they finish "I especially enjoyed our conversation
about …" in a message to someone else, so a leading subject and verb goes and a clause
is refused."""

from __future__ import annotations

import pytest

from assistant.drafting.topic_phrase import NotATopic, split_topics, topic_phrase


@pytest.mark.parametrize(
    ("answer", "phrase"),
    [
        ("walked me through the on-call rotation.", "the on-call rotation"),
        ("He walked me through the on-call rotation.", "the on-call rotation"),
        ("we talked about the pricing model", "the pricing model"),
        ("We discussed hiring plans", "hiring plans"),
        ("She showed me the new dashboard", "the new dashboard"),
        ("Loved the demo.", "the demo"),
        ("I especially enjoyed our conversation about the roadmap", "the roadmap"),
        ("our conversation about Kafka", "Kafka"),
        ("  your team's   move to Rust ", "your team's move to Rust"),
        ("advanced analytics", "advanced analytics"),
        ("the way they run retros.", "the way they run retros"),
        ("", ""),
    ],
)
def test_a_leading_subject_and_verb_is_dropped(answer: str, phrase: str):
    assert topic_phrase(answer) == phrase


@pytest.mark.parametrize(
    "answer", ["it was fun", "He was great. Very direct.", "we talked about it", "was very kind"]
)
def test_what_is_still_a_clause_is_refused_with_an_example(answer: str):
    with pytest.raises(NotATopic, match=r"reads as a sentence.*e\.g\. “the on-call rotation”"):
        topic_phrase(answer)


# The new user's answers: a clause after "how/that", a leftover gerund, a name and a verb.
@pytest.mark.parametrize(
    ("answer", "phrase"),
    [
        (
            "Marcus walked me through how they are moving claims processing off the mainframe",
            "how they are moving claims processing off the mainframe",
        ),
        ("Marcus Lee explained why they chose Rust.", "why they chose Rust"),
        ("I liked hearing about the team's move off the mainframe", "the team's move off the mainframe"),
        ("I enjoyed learning more about the claims platform", "the claims platform"),
        ("hearing how the team handles incidents", "how the team handles incidents"),
        ("seeing the demo of the claims app", "the demo of the claims app"),
        ("about the roadmap", "the roadmap"),
        ("We discussed hiring plans", "hiring plans"),
        ("Marcus's plans for the data team", "Marcus's plans for the data team"),
        ("the team that is moving claims off the mainframe", "the team that is moving claims off the mainframe"),
        ("that migration project", "that migration project"),
        ("what the first 90 days look like", "what the first 90 days look like"),
    ],
)  # fmt: skip
def test_a_name_and_a_verb_or_a_gerund_goes_and_a_question_clause_stays(answer: str, phrase: str):
    assert topic_phrase(answer) == phrase


@pytest.mark.parametrize(
    "answer",
    [
        "I liked hearing that the team is moving claims off the mainframe next year",
        "Marcus told me that they are hiring two more engineers",
        "that they are moving to AWS",
        "the team is moving claims off the mainframe",
        "they are moving claims off the mainframe",
        "Marcus was great",
        "he said they need someone for on-call",
    ],
)
def test_a_that_clause_or_a_subject_with_its_verb_is_asked_again(answer: str):
    with pytest.raises(NotATopic, match="reads as a sentence"):
        topic_phrase(answer)


@pytest.mark.parametrize(
    ("language", "answer"),
    [
        ("de", "Marcus hat mir erklärt, wie sie die Schadensbearbeitung migrieren"),
        ("de", "dass das Team den Großrechner ablöst"),
        ("de", "die Migration ist für nächstes Jahr geplant"),
        ("de", "wir haben über die Cloud gesprochen"),
        ("fr", "Marcus m'a expliqué comment ils migrent"),
        ("fr", "qu'ils quittent le mainframe"),
        ("fr", "la migration a commencé"),
        ("fr", "j'ai aimé la démo"),
        ("es", "Marcus me explicó cómo están migrando"),
        ("es", "que están migrando"),
        ("es", "el equipo está migrando"),
        ("es", "hablamos de la migración"),
    ],
)
def test_a_clause_is_asked_again_in_every_language_the_drafts_are_written_in(
    language: str, answer: str
):
    with pytest.raises(NotATopic, match="reads as a sentence"):
        topic_phrase(answer, language)


@pytest.mark.parametrize(
    ("language", "answer"),
    [
        ("de", "die Migration vom Großrechner"),
        ("de", "die Pläne, die das Team hat"),
        ("de", "die Frage, wie schnell die Abteilung wächst"),
        ("de", "den Zeitplan, ob die Umstellung im Herbst kommt"),
        ("fr", "la stratégie que l'équipe suit"),
        ("fr", "vos projets pour l'équipe data"),
        ("es", "cómo están migrando el mainframe"),
        ("es", "el equipo que está migrando"),
        ("es", "por qué eligieron Rust"),
    ],
)
def test_a_topic_in_another_language_is_kept_as_written(language: str, answer: str):
    assert topic_phrase(answer, language) == answer


@pytest.mark.parametrize(
    ("language", "answer", "topics"),
    [
        ("en", "the pricing model, hiring", ["the pricing model", "hiring"]),
        ("en", "the rollout, which starts in May, budgets", ["the rollout, which starts in May", "budgets"]),
        ("de", "die Frage, wie schnell die Abteilung wächst, Gehälter",
         ["die Frage, wie schnell die Abteilung wächst", "Gehälter"]),
        ("de", "ein Budget von 2,4 Mio. Euro, Teamgröße", ["ein Budget von 2,4 Mio. Euro", "Teamgröße"]),
        ("fr", "le chantier, qu'elle pilote depuis mars, la paie",
         ["le chantier, qu'elle pilote depuis mars", "la paie"]),
        ("es", "el almacén, donde trabajan 40 personas, 3,5 turnos",
         ["el almacén, donde trabajan 40 personas", "3,5 turnos"]),
        ("en", " , ,", []),
    ],
)  # fmt: skip
def test_topics_split_at_list_commas_not_inside_numbers_or_before_a_clause(
    language: str, answer: str, topics: list[str]
):
    assert split_topics(answer, language) == topics
