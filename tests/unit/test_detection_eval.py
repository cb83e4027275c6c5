"""Detection measured on the labelled calendar, against two naive rules.

``tests/data/detection_labelled.ics`` is a half-year of one job seeker's calendar
(Alex Rivera, who also works part-time at Northwind and interviews candidates
there), labelled in ``detection_labels.json`` by someone who did not see the
rules: positives, hard negatives, six languages, linkage cases, the user as
interviewer, and noise. It is the development set. The file is read through the
real .ics source by ``scripts/bench_detect.py``, which scores any labelled calendar
the same way.

Each labelled event counts once: a series is a follow-up when any instance is.
The two naive rules are what peers do: a literal "second interview" in the title,
and "any meeting with an outside guest" (meeting-brief tools).
"""

from __future__ import annotations

import pytest

from assistant.detect import Profile, detect
from tests.conftest import DATA
from tests.unit.test_detect_extraction import load_bench

CALENDAR = DATA / "detection_labelled.ics"
# The second development set: a calendar first written blind as held-out data, then
# used for tuning (its README has the story). Its labels carry no ``_about`` entry:
# only the personal address is configured, so the work address must be learned.
DEV2 = DATA / "detection_dev2"
DEV2_USER = {"user_email": "alex.rivera@example.com", "timezone": "America/New_York"}
# The third development set, also first written blind (its README has the story); its
# labels carry an ``_about`` entry naming the user, so it needs no options.
DEV3 = DATA / "detection_dev3"
# The fourth, the third calendar written blind (its README has the story and its scores).
DEV4 = DATA / "detection_dev4"
# The fifth, the fourth calendar written blind (its README has the story and its scores).
DEV5 = DATA / "detection_dev5"
# The sixth, the fifth calendar written blind (its README has the story and its scores).
DEV6 = DATA / "detection_dev6"
# The seventh, the sixth calendar written blind (its README has the story and its scores).
DEV7 = DATA / "detection_dev7"
# The eighth, the seventh calendar written blind (its README has the story and its scores).
DEV8 = DATA / "detection_dev8"


@pytest.fixture(scope="module")
def bench():
    return load_bench()


@pytest.fixture(scope="module")
def labelled(bench):
    return bench.read_labelled(CALENDAR)


def test_the_labelled_calendar_is_big_and_varied_enough(labelled):
    labels = labelled.labels
    positives = [label for label in labels.values() if label["follow_up"]]
    assert len(labels) >= 120
    assert len(positives) >= 30
    kinds = {label["note"].split("]")[0] for label in labels.values()}
    for kind in ("[pos/linkage", "[pos/language", "[neg/interviewer", "[neg/trigger-word"):
        assert kind in kinds
    assert {e.uid for e in labelled.events} == set(labels)


def test_detection_beats_the_bar_and_both_naive_rules(bench, labelled):
    scores = bench.evaluate(labelled)
    ours, literal, guests = scores.values()
    for name, result in scores.items():
        print(f"\n{name:34} {result}")
    wrong = bench.mistakes(labelled.labels, detect(labelled.events, labelled.profile))
    assert ours.precision >= 0.95, wrong
    assert ours.recall >= 0.95, wrong
    assert ours.f1 > literal.f1 and ours.f1 > guests.f1
    assert ours.recall > literal.recall and ours.precision > guests.precision


def test_the_company_is_right_on_nine_positives_in_ten(bench, labelled):
    ours = bench.evaluate(labelled)["detection"]
    assert ours.company is not None and ours.company >= 0.9


def test_the_bar_holds_without_the_work_address_configured(bench, labelled):
    """The employer is learned from the calendar when only the private address is known."""
    private = Profile.build(["alex.rivera@gmail.com"])
    ours = bench.evaluate(bench.Labelled(labelled.labels, labelled.events, private))["detection"]
    assert ours.precision >= 0.95 and ours.recall >= 0.95, ours


def test_every_follow_up_says_why_and_links_its_earlier_round(labelled):
    labels, events = labelled.labels, labelled.events
    detections = detect(events, labelled.profile)
    ids = {e.event_id for e in events}
    linkage = [
        d
        for d in detections
        if labels[d.event.uid]["note"].startswith("[pos/linkage") and d.verdict.is_follow_up
    ]
    assert linkage
    for d in linkage:
        assert d.verdict.first_interview_id in ids
        assert any("earlier interview" in reason for reason in d.verdict.reasons)
        assert any("the link counts because" in reason for reason in d.verdict.reasons)
    for d in detections:
        assert d.verdict.reasons


def test_the_bench_scores_a_calendar_given_on_the_command_line(bench, capsys):
    assert bench.main([str(CALENDAR), str(DATA / "detection_labels.json")]) == 0
    out = capsys.readouterr().out
    assert "precision" in out and "recall" in out and "company" in out and "role" in out
    assert '"second interview" in the title' in out and "any outside guest" in out


def test_several_calendars_are_also_scored_together(bench, labelled, capsys):
    # one calendar twice: the same rates as once
    alone = bench.evaluate(labelled)["detection"]
    assert bench.evaluate_together([labelled, labelled]) == alone
    # two calendars whose recalls differ: each labelled follow-up counts once, whichever
    # calendar it is in, so the recall together is the average weighted by follow-ups
    # (development set 2 is now found in full: set 36, whose recall is below 1, instead)
    dev36 = bench.read_labelled(DATA / "detection_dev36" / "heldout_labelled.ics")
    other = bench.evaluate(dev36)["detection"]
    assert alone.recall != other.recall
    together = bench.evaluate_together([labelled, dev36])
    follow_ups = [sum(lab["follow_up"] for lab in c.labels.values()) for c in (labelled, dev36)]
    weighted = (alone.recall * follow_ups[0] + other.recall * follow_ups[1]) / sum(follow_ups)
    assert together.recall == pytest.approx(weighted)
    assert bench.main([str(CALENDAR), str(DATA / "detection_dev13" / "heldout_labelled.ics")]) == 0
    assert "all 2 calendars together: " in capsys.readouterr().out


@pytest.fixture(scope="module")
def dev2(bench):
    return bench.read_labelled(
        DEV2 / "heldout_labelled.ics", DEV2 / "heldout_labels.json", DEV2_USER
    )


def test_the_second_development_set_does_not_regress(bench, dev2):
    """Thresholds just below what detection reached on it (precision 1.00, recall 0.99,
    company 0.97, role 0.87), so a change that loses ground fails here."""
    _holds(bench, dev2, precision=0.98, recall=0.97, company=0.95, role=0.85)


def _holds(bench, labelled, precision: float, recall: float, company: float, role: float):
    """Assert each score of detection on ``labelled`` reaches its floor."""
    ours = bench.evaluate(labelled)["detection"]
    wrong = bench.mistakes(labelled.labels, detect(labelled.events, labelled.profile))
    assert ours.precision >= precision, wrong
    assert ours.recall >= recall, wrong
    assert ours.company is not None and ours.company >= company, ours
    assert ours.role is not None and ours.role >= role, ours


@pytest.mark.parametrize("folder", [DEV3, DEV4], ids=["third", "fourth"])
def test_the_later_development_sets_do_not_regress(bench, folder):
    """Thresholds just below what detection reached on each (third: 1.00 on precision,
    recall, company and role; fourth: 1.00, 1.00, 1.00, 0.99). About 72 follow-ups
    each, so one mistake costs about 0.014."""
    labelled = bench.read_labelled(folder / "heldout_labelled.ics", folder / "heldout_labels.json")
    _holds(bench, labelled, precision=0.98, recall=0.98, company=0.97, role=0.97)


def test_role_and_company_are_compared_without_case_accents_legal_form_or_gender(bench):
    assert bench.normalised("ACME Corp.") == bench.normalised("Acme")
    assert bench.normalised("Société Générale SA") == bench.normalised("societe generale")
    assert bench.normalised("Müller & Söhne GmbH") == bench.normalised("Muller & Sohne")
    assert bench.normalised("Marlow & Finch") != bench.normalised("Marlow")
    # dotted legal forms, and those of scripts without spaces
    assert bench.normalised("Ostwind N.V.") == bench.normalised("Ostwind")
    assert bench.normalised("Corran Ridge L.L.C.") == bench.normalised("Corran Ridge LLC")
    assert bench.normalised("Corvina S.A. de C.V.") == bench.normalised("Corvina")
    assert bench.normalised("Ostwind Lojistik A.Ş.") == bench.normalised("Ostwind Lojistik")
    assert bench.normalised("누리데이터 주식회사") == bench.normalised("누리데이터")
    assert bench.normalised("北京青木科技有限公司") == bench.normalised("北京青木科技")
    # Asia-Pacific legal forms ("Pte. Ltd.", "Sdn. Bhd.", "Co., Ltd.", "(주)")
    assert bench.normalised("Orchid Harbour Pte. Ltd.") == bench.normalised("Orchid Harbour")
    assert bench.normalised("Sungai Data Sdn. Bhd.") == bench.normalised("Sungai Data")
    assert bench.normalised("Hanami Works Co., Ltd.") == bench.normalised("Hanami Works")
    assert bench.normalised("(주)한강데이터") == bench.normalised("한강데이터")
    assert bench.normalised("Andes Data S. de R.L. de C.V.") == bench.normalised("Andes Data")
    assert bench.normalised("Boğaz Yazılım Ltd. Şti.") == bench.normalised("Boğaz Yazılım")
    assert bench.normalised("주주데이터") != bench.normalised("데이터")
    assert bench.normalised("Maison Orme S.A.S.") == bench.normalised("Maison Orme")
    # Irish forms (CRO): designated activity company, company limited by guarantee
    assert bench.normalised("Kilbrack Rail DAC") == bench.normalised("Kilbrack Rail")
    assert bench.normalised("Inver Heritage CLG") == bench.normalised("Inver Heritage")
    assert bench.normalised_role("Entwickler (m/w/d)") == bench.normalised_role("entwickler")
    labels = {"a": {"follow_up": True, "company": "Acme", "role": "Data Engineer"}}
    result = bench.score(labels, {"a": True}, {"a": "ACME Inc."}, {"a": "data engineer"})
    assert (result.precision, result.recall, result.company, result.role) == (1, 1, 1, 1)


@pytest.mark.parametrize(
    ("found", "labelled"),
    [
        ("Jefe/a de Almacén", "Jefa de Almacén"),
        ("Jefe/a de Almacén", "Jefe de Almacén"),
        ("Directeur/Directrice des achats", "Directrice des achats"),
        ("Teamleiter/in Logistik", "Teamleiterin Logistik"),
        ("Teamleiter*in Logistik", "Teamleiter Logistik"),
        ("Coordenador/a de Compras", "Coordenadora de Compras"),
        ("Gestor(a) de Armazém", "Gestora de Armazém"),
    ],
)
def test_an_inclusive_role_counts_as_each_gendered_label(bench, found, labelled):
    """The labels give one gendered form; the invite's inclusive form names the job."""
    assert bench.same_role(found, labelled)


@pytest.mark.parametrize(
    ("found", "labelled"),
    [("Jefe/a de Almacén", "Jefa de Compras"), ("Teamleiter/in Logistik", "Leiterin Logistik")],
)
def test_an_inclusive_role_is_still_a_different_job(bench, found, labelled):
    assert not bench.same_role(found, labelled)


def test_the_fifth_development_set_does_not_regress(bench):
    """Thresholds just below what detection reached on it (precision, recall and company
    1.00, role 0.97: the roles left are labelled with words the calendar never
    writes). 73 follow-ups, so one mistake costs about 0.014."""
    labelled = bench.read_labelled(DEV5 / "heldout_labelled.ics", DEV5 / "heldout_labels.json")
    _holds(bench, labelled, precision=0.98, recall=0.98, company=0.97, role=0.95)


def test_the_sixth_development_set_does_not_regress(bench):
    """Thresholds just below what detection reached on it (precision 1.00, recall 0.99,
    company 1.00, role 0.95: the one miss is a whiteboard session after an informal
    coffee chat, and the roles left are labelled with words the calendar never writes or
    only a non-interview first call names). 77 follow-ups, so one mistake costs about
    0.013."""
    labelled = bench.read_labelled(DEV6 / "heldout_labelled.ics", DEV6 / "heldout_labels.json")
    _holds(bench, labelled, precision=0.98, recall=0.98, company=0.98, role=0.93)


@pytest.mark.parametrize(
    ("folder", "floors"),
    [(DEV7, (0.95, 0.97, 0.77, 0.95)), (DEV8, (0.98, 0.98, 0.89, 0.86))],
    ids=["seventh", "eighth"],
)
def test_the_seventh_and_eighth_development_sets_do_not_regress(bench, folder, floors):
    """Thresholds just below what detection reached on each (seventh: precision 0.97,
    recall 1.00, company 0.80, role 0.97; eighth: precision and recall 1.00, company
    0.91, role 0.88). Most companies and roles left are labelled with words the calendar
    never writes (a registered name, a team after the job), see their READMEs. About 70
    follow-ups each, so one mistake costs about 0.014."""
    labelled = bench.read_labelled(folder / "heldout_labelled.ics", folder / "heldout_labels.json")
    precision, recall, company, role = floors
    _holds(bench, labelled, precision=precision, recall=recall, company=company, role=role)


def test_labels_no_invite_writes_are_scored_apart(bench):
    """A label naming more than any invite shows is beyond any reader: the score also
    counts the follow-ups whose company and role some invite of the calendar writes."""
    labels = {
        "a": {"follow_up": True, "company": "Acme Instruments AG", "role": "Buyer (Plant)"},
        "b": {"follow_up": True, "company": "Birch & Oak", "role": "Planner"},
        "c": {"follow_up": False, "company": None},
    }
    text = "SUMMARY:Final round – Acme\nDESCRIPTION:Planner at Birch &amp; Oak\nBuyer"
    text = text.replace("&amp;", "&")
    result = bench.score(
        labels,
        {"a": True, "b": True},
        {"a": "Acme", "b": "Birch & Oak Ltd"},
        {"a": "Buyer", "b": "Planner"},
        text,
    )
    assert result.company == 0.5 and result.role == 0.5
    assert result.company_written == (1.0, 1)
    assert result.role_written == (1.0, 1)
    assert "as the invites write them: company 1.00 of 1, role 1.00 of 1" in str(result)
    everything_written = bench.score(
        labels, {"a": True, "b": True}, {"a": "Acme"}, {}, text + " Acme Instruments, Buyer (Plant)"
    )
    assert everything_written.company_written is None
    assert "as the invites write them" not in str(everything_written)


# The development sets from the ninth on: each was a calendar written blind, handed to
# one tuning round once scored (its README has the story, the scores before and after
# the round, and the mistakes left). Floors just below what detection reached on each
# after its round: precision, recall, company, role. About 70 follow-ups each, so one
# mistake costs about 0.014.
LATER_FLOORS = {
    "detection_dev9": (0.98, 0.98, 0.98, 0.98),  # the eighth calendar written blind
    "detection_dev10": (0.98, 0.98, 0.98, 0.97),  # the ninth calendar written blind
    "detection_dev11": (0.98, 0.89, 0.86, 0.94),  # the tenth calendar written blind
    "detection_dev12": (0.98, 0.97, 0.81, 0.92),  # the eleventh calendar written blind
    "detection_dev13": (0.98, 0.98, 0.98, 0.98),  # the twelfth calendar written blind
    "detection_dev14": (0.98, 0.98, 0.98, 0.94),  # the thirteenth calendar written blind
    "detection_dev15": (0.98, 0.98, 0.95, 0.98),  # the fourteenth calendar written blind
    "detection_dev16": (0.98, 0.97, 0.89, 0.93),  # the fifteenth calendar written blind
    "detection_dev17": (0.98, 0.97, 0.94, 0.91),  # the seventeenth calendar written blind
    "detection_dev18": (0.98, 0.98, 0.93, 0.97),  # the eighteenth calendar written blind
    "detection_dev19": (0.98, 0.97, 0.88, 0.84),  # the twentieth calendar written blind
    "detection_dev20": (0.97, 0.95, 0.87, 0.88),  # the twenty-third calendar written blind
    "detection_dev21": (0.98, 0.98, 0.96, 0.97),  # the twenty-second calendar written blind
    "detection_dev22": (0.98, 0.98, 0.98, 0.91),  # the twenty-fifth calendar written blind
    "detection_dev23": (0.98, 0.98, 0.94, 0.89),  # the twenty-sixth calendar written blind
    "detection_dev24": (0.98, 0.95, 0.89, 0.92),  # the twenty-eighth calendar written blind
    "detection_dev25": (0.98, 0.98, 0.96, 0.98),  # the twenty-ninth calendar written blind
    "detection_dev26": (0.98, 0.98, 0.98, 0.98),  # the thirtieth calendar written blind
    "detection_dev27": (0.98, 0.95, 0.98, 0.98),  # the sixteenth calendar written blind
    "detection_dev28": (0.98, 0.98, 0.94, 0.95),  # the twenty-first calendar written blind
    "detection_dev29": (0.98, 0.98, 0.98, 0.98),  # the thirty-third calendar written blind
    "detection_dev30": (0.98, 0.98, 0.97, 0.94),  # the thirty-seventh calendar written blind
    # Handed to tuning on 2026-12-01, after their rounds on roles and on company names.
    "detection_dev31": (0.98, 0.95, 0.97, 0.96),  # the thirty-first calendar written blind
    "detection_dev32": (0.98, 0.95, 0.90, 0.97),  # the thirty-fourth calendar written blind
    "detection_dev33": (0.94, 0.90, 0.93, 0.93),  # the thirty-ninth calendar written blind
    # Handed to tuning on 2026-12-01 after their first blind run (held-out 46 and 47),
    # then rounds on company names, roles and follow-up verdicts.
    "detection_dev34": (0.99, 0.96, 0.76, 0.78),  # the forty-sixth calendar written blind
    "detection_dev35": (0.99, 0.99, 0.89, 0.89),  # the forty-seventh calendar written blind
    # Handed to tuning on 2026-12-01 (second session) after the runs in the held-out
    # README (held-out 48 to 51); floors at what the rules then reached.
    # Precision (and dev39's company and role) raised after the round on events wrongly
    # taken for follow-ups.
    "detection_dev36": (0.99, 0.98, 0.95, 0.86),  # the forty-eighth calendar written blind
    "detection_dev37": (0.99, 0.99, 0.94, 0.85),  # the forty-ninth calendar written blind
    "detection_dev38": (0.99, 0.97, 0.87, 0.91),  # the fiftieth calendar written blind
    "detection_dev39": (0.99, 0.97, 0.94, 0.97),  # the fifty-first calendar written blind
    # Handed to tuning on 2026-12-02 after two runs each (held-out 52 to 55: before and
    # after the rounds on development sets 36 to 39). Floors of 36 to 43 raised after the
    # two rounds on them that day (recall, company names, roles).
    "detection_dev40": (0.99, 0.98, 0.98, 0.99),  # the fifty-second calendar written blind
    "detection_dev41": (0.99, 0.99, 0.96, 0.98),  # the fifty-third calendar written blind
    "detection_dev42": (0.99, 0.95, 0.86, 0.85),  # the fifty-fourth calendar written blind
    "detection_dev43": (0.99, 0.99, 0.93, 0.95),  # the fifty-fifth calendar written blind
    "detection_dev44": (0.98, 0.98, 0.92, 0.95),  # the fifty-sixth calendar written blind
    "detection_dev45": (0.98, 0.98, 0.95, 0.94),  # the fifty-seventh calendar written blind
    "detection_dev46": (0.97, 0.97, 0.97, 0.98),  # the fifty-eighth calendar written blind
    "detection_dev47": (0.99, 0.95, 0.88, 0.86),  # the fifty-ninth calendar written blind
    # Handed to tuning on the evening of 2026-12-02 after two runs each (held-out 60 to 63);
    # floors at what the rules then reached. Raised on 2026-12-03, with those of 36 to 47,
    # after the rounds on roles, company names and follow-up verdicts.
    "detection_dev48": (0.98, 0.93, 0.81, 0.89),  # the sixtieth calendar written blind
    "detection_dev49": (0.99, 0.98, 0.89, 0.89),  # the sixty-first calendar written blind
    "detection_dev50": (0.99, 0.99, 0.94, 0.89),  # the sixty-second calendar written blind
    "detection_dev51": (0.97, 0.95, 0.89, 0.91),  # the sixty-third calendar written blind
    # Handed to tuning on 2026-12-03 after two runs each (held-out 64 to 67); floors at
    # what the rules then reached.
    "detection_dev52": (0.98, 0.95, 0.87, 0.88),  # the sixty-fourth calendar written blind
    "detection_dev53": (0.94, 0.97, 0.97, 0.94),  # the sixty-fifth calendar written blind
    "detection_dev54": (0.97, 0.98, 0.91, 0.87),  # the sixty-sixth calendar written blind
    "detection_dev55": (0.97, 0.98, 0.79, 0.89),  # the sixty-seventh calendar written blind
    # Handed to tuning on 2026-12-03 after two runs each (held-out 68 to 71); floors at
    # what the rules then reached.
    "detection_dev56": (0.99, 0.93, 0.84, 0.70),  # the sixty-eighth calendar written blind
    "detection_dev57": (0.98, 0.98, 0.78, 0.83),  # the sixty-ninth calendar written blind
    "detection_dev58": (0.98, 0.95, 0.83, 0.92),  # the seventieth calendar written blind
    "detection_dev59": (0.98, 0.96, 0.87, 0.89),  # the seventy-first calendar written blind
    # Handed to tuning on 2026-12-03 (evening) after two runs each (held-out 72 to 75);
    # floors at what the rules then reached.
    "detection_dev60": (0.98, 0.95, 0.97, 0.88),  # the seventy-second calendar written blind
    "detection_dev61": (0.97, 0.94, 0.89, 0.94),  # the seventy-third calendar written blind
    "detection_dev62": (0.99, 0.95, 0.90, 0.85),  # the seventy-fourth calendar written blind
    "detection_dev63": (0.95, 0.95, 0.86, 0.89),  # the seventy-fifth calendar written blind
}


@pytest.mark.parametrize("folder", LATER_FLOORS, ids=lambda f: f.removeprefix("detection_"))
def test_each_later_development_set_keeps_its_floors(bench, folder):
    labelled = bench.read_labelled(
        DATA / folder / "heldout_labelled.ics", DATA / folder / "heldout_labels.json"
    )
    precision, recall, company, role = LATER_FLOORS[folder]
    _holds(bench, labelled, precision=precision, recall=recall, company=company, role=role)
