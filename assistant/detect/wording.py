"""The words that mark a later interview round, and the words that unmark it.

Every vocabulary is one compiled pattern over English, German, French, Spanish,
Italian and Dutch. The patterns are matched case-insensitively against the title
(and, where said, the description); each match becomes part of a reason string,
so a verdict can always quote what it saw.

Kinds of wording:

- ``EXPLICIT_LATER``: names a later interview by itself ("second interview",
  "Zweitgespräch", "segunda entrevista", "final round").
- ``LATER_STAGE``: a later stage when the event is about a job ("onsite",
  "round 2", "panel", "meet the team", "hiring manager"); alone, these words also
  describe maintenance visits and tax appointments.
- ``FIRST_ROUND``: a first contact ("phone screen", "intro call", "Erstgespräch").
- ``EVERYDAY``: everyday phrases built from the same words ("second quarter",
  "final round of golf", "follow-up with Dr."); they are removed before matching.
- ``OTHER_INTERVIEW``, ``PREP``, ``HIRING_SIDE_*``: interviews that are not the
  user's job interviews, blocks to prepare, and meetings where the user interviews.
"""

from __future__ import annotations

import re


def _words(*alternatives: str) -> re.Pattern[str]:
    """One case-insensitive pattern matching any alternative as whole words."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w])", re.I)


_ORDINAL_LATER = r"(?:second|2nd|third|3rd|fourth|4th|fifth|5th|final|last)"

# Any word for a job interview, in any of the supported languages.
INTERVIEW = _words(
    r"interviews?",
    r"interviewing",
    r"(?:vorstellungs|bewerbungs|zweit|erst|dritt)gespr[äa]ch\w*",
    r"entretiens?",
    r"entrevistas?",
    r"colloqui[oa]?",
    r"sollicitatie\w*",
)

EXPLICIT_LATER = _words(
    # English: an ordinal or "follow-up" before interview, round or stage.
    _ORDINAL_LATER + r"[\s-]+(?:round[\s-]+)?(?:interviews?|round|stage|rounds)",
    r"(?:follow[\s-]?up|next|further|subsequent|additional|onsite|on-site|panel)"
    r"[\s-]+(?:round[\s-]+)?interviews?",
    r"interviews?[\s:-]*(?:round[\s:-]*)?#?\s*[2-9](?![:.,]\d)(?:\s*(?:/|of)\s*\d)?",
    r"round[\s-]*[2-9][\s-]+interviews?",
    # German
    r"(?:zweit|dritt|viert)(?:e[snrm]?)?[\s-]+(?:vorstellungs|bewerbungs)gespr[äa]ch\w*",
    r"(?:zweit|dritt)gespr[äa]ch\w*",
    r"[2-4]\.\s*(?:vorstellungs|bewerbungs)gespr[äa]ch\w*",
    r"(?:abschluss|final)gespr[äa]ch\w*",
    r"(?:zweit|dritt)(?:e[snrm]?)?\s+kennenlern\w*",
    # French
    r"(?:second|seconde|deuxi[èe]me|2e|2[èe]me|troisi[èe]me|3e|dernier)\s+entretien",
    r"entretien\s+(?:final|de\s+suivi)",
    # Spanish
    r"(?:segunda|2ª|2a|tercera|3ª|[úu]ltima)\s+entrevista",
    r"entrevista\s+final",
    # Italian
    r"(?:secondo|2°|terzo|3°|ultimo)\s+colloquio",
    r"colloquio\s+finale",
    # Dutch
    r"(?:tweede|2e|derde|3e|laatste)\s+(?:sollicitatie)?gesprek",
    r"eindgesprek",
    r"super\s?day",
)

LATER_STAGE = _words(
    r"round\s*#?\s*[2-9](?![:.,]\d)(?:\s*(?:/|of)\s*\d)?",
    r"\(\s*[2-9]\s*/\s*[2-9]\s*\)",
    r"(?:virtual\s+|in[\s-]person\s+)?on-?site(?:\s+loop)?",
    r"(?:interview\s+)?loop",
    r"panel",
    r"meet\s+(?:the|your|our)\s+team",
    r"case\s+(?:study|interview)(?:\s+presentation)?",
    r"take[\s-]?home\s+(?:review|presentation|debrief|discussion|walkthrough)",
    r"(?:2\.|zweite|dritte|3\.|finale|letzte)\s+runde",
    r"fachgespr[äa]ch",
    r"assessment[\s-]?center",
    r"(?:deuxi[èe]me|second|2e|dernier)\s+tour",
    r"(?:segunda|tercera|[úu]ltima)\s+(?:ronda|fase)",
    r"(?:seconda|terza|ultima)\s+fase",
    r"(?:tweede|derde|laatste)\s+ronde",
)

# A later conversation: a stage only when the event is about a job (a "follow-up
# call" with a client is none), never merely because the title names the guests.
LATER_CONTACT = _words(
    r"hiring[\s-]+manager(?:\s+(?:interview|call|chat|conversation|round|meeting))?",
    r"(?:exec|executive|leadership|ceo|founder|vp|director|team|culture|values)\s+"
    r"(?:interviews?|round|chat|conversation)",
    r"(?:second|2nd|follow[\s-]?up)\s+(?:chat|call|conversation|meeting)",
    r"next\s+steps?",
    r"zweites\s+gespr[äa]ch",
)

FIRST_ROUND = _words(
    r"phone\s+(?:screen\w*|interview|call)",
    r"telephone\s+interview",
    r"(?:recruiter|recruiting|talent|hr|initial|intro|introductory|screening|exploratory|first|1st)"
    r"\s+(?:call|chat|screen|conversation|interview|meeting|round|contact)",
    r"screen(?:ing)?(?:\s+call)?",
    r"intro(?:duction)?",
    r"round\s*#?\s*1(?:\s*(?:/|of)\s*\d)?",
    r"\(\s*1\s*/\s*\d\s*\)",
    r"erstgespr[äa]ch\w*",
    r"erstes\s+(?:gespr[äa]ch|interview|vorstellungsgespr[äa]ch)",
    r"kennenlern\w*",
    r"telefon(?:interview|at)\w*",
    r"telefonisches\s+\w+",
    r"(?:1\.|erste)\s+runde",
    r"premier\s+(?:entretien|[ée]change|tour)",
    r"1er\s+entretien",
    r"entretien\s+t[ée]l[ée]phonique",
    r"prise\s+de\s+contact",
    r"primera\s+(?:entrevista|ronda)",
    r"1ª\s+entrevista",
    r"entrevista\s+telef[óo]nica",
    r"primo\s+(?:colloquio|contatto)",
    r"colloquio\s+telefonico",
    r"eerste\s+(?:gesprek|ronde)",
    r"kennismaking\w*",
    r"telefonisch\s+gesprek",
)

# Removed from a title before the round vocabularies are matched.
EVERYDAY = _words(
    r"(?:first|1st|second|2nd|third|3rd|fourth|4th)\s+(?:quarter|half|shift|opinion|date|hand"
    r"|place|floor|grade|class|reading|look|coat|season|semester|term|trimester|year|birthday"
    r"|anniversary|helping|course|dose|vaccination|shot|appointment)",
    _ORDINAL_LATER + r"\s+rounds?\s+of\s+(?!interviews?\b|talks\b|conversations?\b)\w+",
    r"on-?site\s+(?:maintenance|repair|service|support|inspection|installation|visit|cleaning"
    r"|audit|training|workshop|offsite|planning|technician|works?|event|party|parking)",
    r"off-?site",
    r"follow[\s-]?up\s+(?:with|w/|at|bei|chez|con)\s+(?:the\s+)?(?:dr\b\.?|doctor|dentist|physio\w*"
    r"|dermatolog\w*|surgeon|nurse|clinic|hospital|vet|gp\b|therapist|orthodontist)",
    r"(?:doctor|dentist|medical|physio|dental|hospital)\s+follow[\s-]?up",
    r"follow[\s-]?up\s+(?:appointment|visit|exam|check\w*|scan|consultation|x-?ray|care|treatment)",
    r"panel\s+(?:discussion|talk|debate|moderation|session\s+at)",
    r"(?:expert|speaker|discussion|conference)\s+panel",
    r"panelist",
)

# Everyday business and social meetings: an earlier interview with the same company
# does not turn a "Partnership sync" or a "Lunch" with its people into a round.
BUSINESS = _words(
    r"sync(?:-?up)?",
    r"stand-?up",
    r"retro(?:spective)?",
    r"planning",
    r"kick-?off",
    r"demo",
    r"workshop",
    r"training",
    r"webinar",
    r"all[\s-]hands",
    r"town\s?hall",
    r"qbr",
    r"business\s+review",
    r"invoice",
    r"contract",
    r"partnership",
    r"vendor",
    r"procurement",
    r"sales",
    r"pitch",
    r"renewal",
    r"steering",
    r"board\s+meeting",
    r"happy\s+hour",
    r"lunch",
    r"dinner",
    r"breakfast",
    r"brunch",
    r"drinks",
    r"party",
    r"birthday",
    r"wedding",
    r"bbq",
    r"abstimmung",
    r"jour\s+fixe",
    r"r[ée]union\s+d'[ée]quipe",
)

# Interviews that are not the user's job interviews.
OTHER_INTERVIEW = _words(
    r"podcast",
    r"press",
    r"(?:media|radio|tv|television)\s+(?:interview|appearance|training)",
    r"journalist",
    r"reporter",
    r"newspaper",
    r"magazine",
    r"exit\s+(?:interview|gespr[äa]ch|entretien)",
    r"stay\s+interview",
    r"informational\s+(?:interview|chat|call)",
    r"info\s+interview",
    r"user\s+(?:interview|research|study|test\w*)",
    r"ux\s+research",
    r"usability",
    r"customer\s+(?:interview|discovery)",
    r"research\s+(?:interview|participant|session|study)",
    r"visa\s+(?:interview|appointment|appt)",
    r"(?:us|u\.s\.|uk|schengen|work|student|tourist)\s+visa",
    r"consulate",
    r"embassy",
    r"konsulat",
    r"botschaft",
    r"ausl[äa]nderbeh[öo]rde",
    r"immigration\s+(?:interview|appointment|office)",
    r"citizenship",
    r"naturali[sz]ation",
    r"(?:school|kita|kindergarten|admissions?|university|college|nanny|au\s+pair|tenant"
    r"|roommate|flatmate)\s+interview",
    r"wg[\s-]casting",
    r"oral\s+history",
    r"family\s+history",
    r"expert\s+(?:call|network|interview)",
    r"(?:performance|annual|mid-year|year-end)\s+review",
    r"appraisal",
    r"mitarbeitergespr[äa]ch",
    r"jahresgespr[äa]ch",
    r"entretien\s+(?:annuel|individuel|professionnel)",
)

# Steps around an interview process that are not interview rounds.
NOT_A_ROUND = _words(
    r"offer\s+(?:call|discussion|review|meeting|chat|negotiation|letter)",
    r"(?:salary|contract|compensation)\s+(?:negotiation|discussion)",
    r"contract\s+signing",
    r"(?:employee|new[\s-]hire|your)\s+onboarding",
    r"onboarding\s+(?:day|session|call)",
    r"first\s+day",
    r"start\s+date",
    r"(?:background|reference)\s+checks?",
    r"(?:vertrags|gehalts)verhandlung",
    r"vertragsunterzeichnung",
    r"einarbeitung",
    r"erster\s+arbeitstag",
    r"n[ée]gociation\s+salariale",
    r"premier\s+jour",
)

# Blocks the user makes to get ready ("Prep: …", "Mock interview", "Practice …").
PREP = re.compile(
    r"(?<![\w-])(?:prep|prepare|preparing|preparation|practi[cs]e|practi[cs]ing|mock|rehears\w*"
    r"|dry[\s-]run|role[\s-]?play|before\s+(?:the\s+)?interview|vorbereitung|vorbereiten"
    r"|[üu]ben|pr[ée]paration|pr[ée]parer|entra[îi]nement|preparaci[óo]n|preparar|pr[áa]ctica"
    r"|simulacro|preparazione|preparare|voorbereiding|voorbereiden|oefen\w*)(?!\w)",
    re.I,
)

# The user interviews someone: in the title …
HIRING_SIDE_TITLE = _words(
    r"candidates?",
    r"kandidat(?:in|en|innen)?",
    r"candidat(?:e|s|es)?",
    r"candidat[oi]",
    r"candidata",
    r"kandida(?:at|ten)",
    r"bewerber(?:in|innen)?",
    r"applicants?",
    r"debrief\w*",
    r"scorecards?",
    r"hiring\s+(?:committee|sync|debrief|huddle|calibration)",
    r"interview(?:er)?\s+(?:kit|calibration|training)",
)
# … or in the description.
HIRING_SIDE_TEXT = _words(
    r"scorecards?",
    r"interview\s+kit",
    r"debrief\w*",
    r"candidate\s+(?:packet|profile|feedback|evaluation)",
    r"you\s+are\s+scheduled\s+to\s+interview",
    r"interviewer\s+schedule",
    r"you(?:'re|\s+are)\s+(?:on|part\s+of)\s+the\s+(?:interview|hiring)\s+panel",
    r"bewertungsbogen",
    r"(?:feedback|evaluation)\s+(?:form|formular)",
    r"grille\s+d'[ée]valuation",
    r"hiring\s+committee",
    r"rate\s+the\s+candidate",
)

# A job is being talked about: recruiting words in the title or description.
RECRUITING = _words(
    r"recruit\w*",
    r"talent\s+(?:acquisition|partner|team)",
    r"hiring",
    r"(?:the|this|a|an|your)\s+(?:[\w,-]+\s+){0,4}(?:role|position|vacancy|opening)",
    r"job\s+(?:description|offer|application|opening)",
    r"(?:your|job)\s+application|application\s+for",
    r"\((?:[mwfdhvx]\s*/\s*){2}[mwfdhvx]\)",
    r"\([hf]\s*/\s*[hf]\)",
    r"bewerbung\w*",
    r"stelle\s+als|(?:offene|ausgeschriebene)\s+stelle",
    r"(?:le|du|au|ce)\s+poste",
    r"candidature",
    r"(?:el|del|al)\s+puesto",
    r"vacante",
    r"candidatura",
    r"(?:la|della|alla)\s+posizione",
    r"vacature",
    r"(?:de|deze)\s+functie|functie\s+(?:van|als)",
)

# Shared recruiting mailboxes: talent@, recruiting.de@, talent.acquisition@, jobs@ …
RECRUITING_ADDRESS = re.compile(
    r"(?:^|[._+-])(?:talent\w*|recruit\w*|recrut\w*|reclut\w*|careers?|jobs?|hr|rh|rrhh|ta"
    r"|hiring|personal|bewerbung\w*|karriere)(?:$|[._+-])",
    re.I,
)

# Before a phrase in a description: "if this goes well, a second interview …" is
# not an invitation to one.
CONDITIONAL = re.compile(
    r"\b(?:if|should|would|may|might|could|potential(?:ly)?|possible|possibly|wenn|falls"
    r"|eventually|in\s+case)\b[^.!?\n]{0,60}$",
    re.I,
)

CANCELLED_TITLE = re.compile(
    r"^\W*(?:cancel+ed|cancel+ed\s+event|abgesagt|storniert|annul[ée]e?|cancelado|cancelada"
    r"|annullato|geannuleerd|afgezegd)\b",
    re.I,
)
STATUS_TITLE = re.compile(
    r"^\W*(?:ooo|out\s+of\s+(?:the\s+)?office|busy|blocked|block|hold|focus(?:\s+time)?"
    r"|working\s+(?:from|location|elsewhere)\b.*|wfh|home|office|remote|abwesend|urlaub"
    r"|vacation|holiday|sick|krank|away|tentative)\W*$",
    re.I,
)
STATUS_EVENT_TYPES = frozenset({"workingLocation", "focusTime", "outOfOffice", "birthday"})

# The role asked about is supervisory when its title says so; "Product Manager"
# and the like manage products, not people.
SUPERVISORY = re.compile(
    r"(?<!product )(?<!project )(?<!program )(?<!programme )(?<!account )(?<!community )"
    r"(?<!content )(?<!office )(?<!case )(?<!success )(?<!marketing )\bmanager\b"
    r"|\b(?:lead|leader|head|director|supervisor|chief|vp|vice\s+president|team\s*lead\w*"
    r"|\w*leiter(?:in)?|leitung|f[üu]hrungskraft|responsable|directeur|directrice|chef\s+d'[ée]quipe"
    r"|jefe|jefa|director[a]?|gerente|responsabile|direttore|direttrice|capo|leidinggevende"
    r"|teamleider|hoofd|manager\s+of)\b",
    re.I,
)
# Something to do or hand in: the briefing suggests preparing for it.
TEST = _words(
    r"tests?",
    r"testing",
    r"assessments?",
    r"case\s+stud(?:y|ies)",
    r"exercises?",
    r"take[\s-]?home",
    r"coding\s+(?:challenge|exercise|test)",
    r"home\s+assignment",
    r"assignment",
    r"work\s+sample",
    r"pre-?employment\s+test\w*",
    r"fallstudie",
    r"aufgabe",
    r"probearbeit\w*",
    r"[ée]tude\s+de\s+cas",
    r"cas\s+pratique",
    r"exercice",
    r"caso\s+pr[áa]ctico",
    r"prueba",
    r"esercizio",
    r"caso\s+studio",
    r"opdracht",
)


def first_match(pattern: re.Pattern[str], text: str) -> str | None:
    """The first match of ``pattern`` in ``text``, tidied for a reason string."""
    match = pattern.search(text)
    return " ".join(match.group(0).split()) if match else None


def without_everyday(title: str) -> tuple[str, str | None]:
    """``title`` with everyday phrases blanked out, and the first one found."""
    found = first_match(EVERYDAY, title)
    return (EVERYDAY.sub(" ", title), found) if found else (title, None)


def unconditional(pattern: re.Pattern[str], text: str) -> str | None:
    """The first match of ``pattern`` in ``text`` that is not said conditionally."""
    for match in pattern.finditer(text):
        if not CONDITIONAL.search(text[max(0, match.start() - 80) : match.start()]):
            return " ".join(match.group(0).split())
    return None
