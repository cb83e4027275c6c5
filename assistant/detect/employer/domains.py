"""Email domains: which ones name an employer, and how to turn one into a name.

Detection links rounds and names employers by the domains of the people on an
invitation. Three kinds of domain never name the employer: free-mail providers
(anyone can have a gmail.com address), services that send invitations on a
company's behalf (applicant-tracking systems, schedulers, conferencing, travel
and event sites), and the user's own organisation.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from assistant.sources.relays import is_relay_domain  # no project imports: safe in the core

_FREE_MAIL_LIST = """
    gmail.com googlemail.com outlook.com outlook.de hotmail.com hotmail.de hotmail.fr
    hotmail.co.uk live.com live.de msn.com yahoo.com yahoo.de yahoo.fr yahoo.es yahoo.it
    yahoo.co.uk ymail.com icloud.com me.com mac.com aol.com aol.de proton.me protonmail.com
    pm.me gmx.de gmx.net gmx.at gmx.ch gmx.com web.de t-online.de freenet.de posteo.de
    posteo.net mailbox.org fastmail.com fastmail.fm hey.com tutanota.com tuta.io yandex.ru
    yandex.com mail.ru mail.com zoho.com orange.fr wanadoo.fr free.fr laposte.net sfr.fr
    libero.it virgilio.it tiscali.it alice.it ziggo.nl kpnmail.nl hetnet.nl qq.com 163.com
    naver.com seznam.cz wp.pl o2.pl bluewin.ch
"""
FREE_MAIL = frozenset(_FREE_MAIL_LIST.split())

# Services that put their own domain on invitations sent for someone else.
# Matched as the domain itself or any parent of it (hire.lever.co → lever.co). Besides
# the global ones, those of Latin America (Gupy, Kenoby, Pandapé, HiringRoom), Australia
# (PageUp, LiveHire), China (Moka, Beisen), Japan (HRMOS, HERP), Korea (Greeting, Ninehire)
# and the public sector's (NEOGOV's GovernmentJobs and SchoolJobs, USAJOBS); then the job
# boards that mail an employer's invitations from their own domain: Brazil's (Gupy's
# national domain, Vagas, Sólides), Welcome to the Jungle, and Taiwan's, Korea's,
# China's, Japan's and Australia's largest (104, 1111, Saramin, JobKorea, Zhaopin,
# 51job, Liepin, BOSS Zhipin, Rikunabi, Mynavi, en-japan, doda, SEEK).
_ATS_DOMAINS_LIST = """
    greenhouse.io greenhouse-mail.io lever.co ashbyhq.com workable.com workablemail.com
    smartrecruiters.com icims.com jobvite.com myworkday.com workday.com bamboohr.com
    recruitee.com teamtailor.com teamtailor-mail.com breezy.hr jazzhr.com applytojob.com
    successfactors.com sapsf.com taleo.net zohorecruit.com pinpointhq.com comeet.co
    homerun.co join.com softgarden.io dvinci-hr.com avature.net beamery.com paradox.ai
    hirevue.com goodtime.io prelude.co modernloop.io gem.com rippling.com hackerrank.com
    codility.com codesignal.com coderpad.io karat.io karat.com personio.de personio.com
    rexx-systems.com onlyfy.com hibob.com jobylon.com manatal.com freshteam.com bullhorn.com
    jobadder.com vincere.io recruitcrm.io talentlyft.com indeedemail.com phenom.com
    eightfold.ai oraclecloud.com cornerstoneondemand.com hireez.com
    myworkdayjobs.com successfactors.eu sapsf.eu gupy.io kenoby.com pandape.com hiringroom.com
    pageuppeople.com livehire.com mokahr.com beisen.com hrmos.co herp.cloud greetinghr.com
    ninehire.com governmentjobs.com neogov.com schooljobs.com usajobs.gov
    gupy.com.br vagas.com.br solides.com.br welcomekit.co welcometothejungle.com
    104.com.tw 1111.com.tw saramin.co.kr jobkorea.co.kr zhaopin.com 51job.com liepin.com
    zhipin.com rikunabi.com mynavi.jp en-japan.com doda.jp seek.com.au
"""
ATS_DOMAINS = frozenset(_ATS_DOMAINS_LIST.split())
# Schedulers, meeting links and event sites. Companies that also employ people under
# their own domain (google.com, microsoft.com, zoom.us, linkedin.com…) are not listed:
# an interview there must still be seen as one.
_SERVICE_DOMAINS_LIST = """
    calendly.com cronofy.com youcanbook.me doodle.com savvycal.com cal.com
    acuityscheduling.com chilipiper.com zoomgov.com webex.com gotomeeting.com whereby.com
    teams.microsoft.com calendar.google.com meet.google.com tripit.com eventbrite.com
    meetup.com lu.ma facebookmail.com riverside.fm bounces.google.com
"""
SERVICE_DOMAINS = ATS_DOMAINS | frozenset(_SERVICE_DOMAINS_LIST.split())

# Public suffixes with two labels: the employer label sits one further left.
_TWO_LABEL_SUFFIXES_LIST = """
    co.uk org.uk ac.uk gov.uk ltd.uk plc.uk me.uk com.au net.au org.au co.nz co.jp co.kr
    co.in co.za com.br com.mx com.ar com.tr com.sg com.hk com.cn com.tw co.il com.pl com.ua
    co.at or.at com.es com.co com.pe
"""
_TWO_LABEL_SUFFIXES = frozenset(_TWO_LABEL_SUFFIXES_LIST.split())
# The generic second levels many countries register companies under, before their
# two-letter code ("kilima.co.ke", "acme.com.ng", "firma.or.jp"): a suffix wherever they
# stand, listed above or not (IANA's country-code registries' published second levels).
_GENERIC_SECOND_LEVEL = frozenset(
    {"co", "com", "org", "net", "ac", "or", "ne", "ltd", "plc", "biz", "edu"}
)
# A country's government second level ("gov.au", "gob.mx", "gouv.fr", "go.jp", "govt.nz").
_GOVERNMENT = frozenset({"gov", "gob", "gouv", "govt", "go", "gv"})
# The regional second levels of countries whose registries give their provinces,
# states and cities one ("musee.qc.ca", "hospital.on.ca", "muzeum.torun.pl",
# "library.ny.us"): a suffix, never the employer's name (CIRA's provincial domains,
# NASK's regional domains, the .us locality domains of RFC 1480).
_CANADA_PROVINCES = "ab bc mb nb nf nl ns nt nu on pe qc sk yk"
_US_STATES = """al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt
    ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy"""
_POLISH_REGIONS = """augustow bialystok bielsko bydgoszcz bytom czest elblag elk gda gdansk
    gdynia gliwice glogow gniezno gorzow jgora kalisz katowice kielce konin koszalin krakow
    legnica lodz lomza lublin malopolska mazowsze mazury olsztyn opole pila podhale podlasie
    pomorze poznan przemysl radom rybnik rzeszow slask slupsk sopot sosnowiec suwalki
    szczecin tarnow torun tychy walbrzych warmia warszawa waw wloclawek wroc wroclaw
    zakopane zgora"""
_REGIONAL_SECOND_LEVEL = {
    "ca": frozenset(_CANADA_PROVINCES.split()),
    "us": frozenset(_US_STATES.split()),
    "pl": frozenset(_POLISH_REGIONS.split()),
}
_NOT_ALNUM = re.compile(r"[\W_]+")
# Endings a company adds to its name to get a free domain: datadoghq, glovoapp.
_DOMAIN_NOISE = re.compile(r"(?<=\w{3})(hq|app|inc|group|careers|jobs)$")


# Words that end many company names, split off a domain label written as one word.
_NAME_ENDING = re.compile(
    r"(?<=[a-z]{4})(health|capital|labs|systems|group|bank|energy|media|software|solutions"
    r"|consulting|partners|foods|games|studios|ventures|analytics|robotics|logistics|insurance"
    r"|finance|security|technologies|therapeutics|motors|pharma|digital|interactive|networks)$"
)


@lru_cache(maxsize=65536)
def domain_of(address: str) -> str:
    """The lower-cased domain of an address ("" when there is none)."""
    return address.rsplit("@", 1)[-1].strip().lower() if "@" in address else ""


# Top-level domains reserved for examples and tests (RFC 2606, RFC 6761): a domain
# there stands for the same name under any real suffix ("myworkday.example" for
# "myworkday.com"), as in documentation and test calendars.
_RESERVED_TLDS = frozenset({"example", "test", "invalid"})


@lru_cache(maxsize=16)
def _without_suffix(listed: frozenset[str]) -> frozenset[str]:
    return frozenset(name.split(".", 1)[0] for name in listed)


def _within(domain: str, listed: frozenset[str]) -> bool:
    parts = domain.split(".")
    if any(".".join(parts[i:]) in listed for i in range(len(parts) - 1)):
        return True
    return len(parts) >= 2 and parts[-1] in _RESERVED_TLDS and parts[-2] in _without_suffix(listed)


def is_free_mail(domain: str) -> bool:
    """A mailbox anyone can open: says nothing about an employer."""
    return domain in FREE_MAIL


@lru_cache(maxsize=4096)
def is_service(domain: str) -> bool:
    """A scheduling, tracking, conferencing or event service, or a calendar relay
    (:func:`assistant.sources.relays.is_relay_domain`: imip.me.com), never the employer."""
    return _within(domain, SERVICE_DOMAINS) or is_relay_domain(domain)


@lru_cache(maxsize=4096)
def is_ats(domain: str) -> bool:
    """An applicant-tracking system or interview scheduler."""
    return _within(domain, ATS_DOMAINS)


@lru_cache(maxsize=4096)
def is_own(domain: str, own_domains: frozenset[str]) -> bool:
    """The user's own organisation (the domain or one of its subdomains)."""
    return bool(own_domains) and _within(domain, own_domains)


@lru_cache(maxsize=4096)
def employer_label(domain: str) -> str:
    """The label that names the organisation: ``jobs.acme.co.uk`` → ``acme``; under a
    country's government suffix, with a state's or province's code before it or not
    (``rezauthority.nsw.gov.au``, ``detran.sp.gov.br``, ``mhlw.go.jp``), the public
    body's own label, never the region's nor "gov" shared by every body there; under a
    province's, state's or city's second level (``musee.qc.ca``, ``muzeum.torun.pl``)
    the label before it."""
    parts = [p for p in domain.lower().split(".") if p]
    if len(parts) < 2:
        return parts[0] if parts else ""
    if len(parts) >= 3 and parts[-2] in _GOVERNMENT and len(parts[-1]) == 2:
        start = len(parts) - 2
        if start >= 2 and len(parts[start - 1]) <= 3:
            start -= 1  # a region's code: "nsw", "sp", "qld"
        return parts[start - 1]
    if len(parts) >= 3 and parts[-2] in _REGIONAL_SECOND_LEVEL.get(parts[-1], ()):
        # a province's government under it too: "ministere.gouv.qc.ca"
        at = -4 if len(parts) >= 4 and parts[-3] in _GOVERNMENT else -3
        return parts[at]
    if len(parts) >= 3 and (
        ".".join(parts[-2:]) in _TWO_LABEL_SUFFIXES
        or (parts[-2] in _GENERIC_SECOND_LEVEL and len(parts[-1]) == 2)
    ):
        return parts[-3]
    return parts[-2]


@lru_cache(maxsize=8192)
def squash(text: str) -> str:
    """Letters and digits only, lower-cased: how names and domains are compared (the same
    names and domains are compared again and again: each is squashed once)."""
    if text.isascii():
        return _NOT_ALNUM.sub("", text.lower())
    # the accents NFKD splits off are no letters: ``_NOT_ALNUM`` drops them with the rest
    # (every combining mark is ``\W``: tests/unit/test_detect_squash_accents.py)
    return _NOT_ALNUM.sub(
        "", unicodedata.normalize("NFKD", text.casefold().translate(_UNDECOMPOSED))
    )


# Letters Unicode does not split into a base letter and an accent, written as domains
# write them: Polish "ł", Danish and Norwegian "ø" and "æ", Turkish dotless "ı",
# Croatian "đ", Icelandic "þ" and "ð", French "œ", Maltese "ħ".
_UNDECOMPOSED = str.maketrans(
    {"ł": "l", "ø": "o", "æ": "ae", "ı": "i", "đ": "d", "þ": "th", "ð": "d", "œ": "oe", "ħ": "h"}
)


_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


@lru_cache(maxsize=4096)  # a long description is compared with each employer's labels
def squash_variants(text: str) -> tuple[str, ...]:
    """:func:`squash`, plus the German spelling domains use ("Müller" → "mueller")."""
    plain = squash(text)
    german = squash(text.casefold().translate(_GERMAN))
    return (plain,) if german == plain else (plain, german)


@lru_cache(maxsize=4096)
def domain_key(domain: str) -> str:
    """The employer key of a domain: its label squashed (``wayne-enterprises`` → ``wayneenterprises``)."""
    return squash(employer_label(domain))


@lru_cache(maxsize=4096)
def readable_name(domain: str) -> str:
    """A name to show for a domain when nothing better is known: ``wayne-enterprises.com``
    → "Wayne Enterprises", ``datadoghq.com`` → "Datadog", ``n26.com`` → "N26"."""
    label = employer_label(domain)
    if "-" not in label:
        label = _DOMAIN_NOISE.sub("", label)
        label = _NAME_ENDING.sub(r"-\1", label)  # orchidhealth → orchid-health
    words = [w for w in re.split(r"[-_]+", label) if w]
    return " ".join(w.upper() if any(c.isdigit() for c in w) else w.capitalize() for w in words)
