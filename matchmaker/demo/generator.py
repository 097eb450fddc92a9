"""Deterministic demo data for the Security, Democracy & Cities conference.

Efus with safe.brussels, Brussels, 20–22 March 2024, about 800 participants. Everything here
is pure: the same seed gives the same attendees, with no global state and no I/O. The
programme keeps the conference's days and times of day but is dated a few weeks after the day
it is seeded: slots that have started take no bookings, so a demo in 2024 would be read-only.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from matchmaker.demo.people import FIXED_ORGANISATIONS, NAMES, Organisation
from matchmaker.demo.places import CITIES, CITY_BY_NAME, City, organisation_for
from matchmaker.demo.planted import PLANTED, Planted
from matchmaker.demo.profiles import PROFILES, Profile, Role
from matchmaker.demo.texts import (
    BACKGROUNDS,
    BIO_FRAMES,
    BIO_SECOND,
    LOCAL_OFFER_DETAILS_EN,
    OFFER_DETAILS,
    OFFER_LIST_LEADS,
    OFFER_OPENERS,
    PAIRS,
    SECOND_SEEK,
    SEEK_CONTEXTS,
    SEEK_LIST_LEADS,
    SEEK_OPENERS,
    TOPICS,
    kinds,
    offered_by,
)
from matchmaker.demo.texts_local import (
    LOCAL_BACKGROUNDS,
    LOCAL_BIOS,
    LOCAL_FOCUS,
    LOCAL_OFFER_DETAILS,
    LOCAL_OFFER_OPENERS,
    LOCAL_OFFERED_BY_CODES,
    LOCAL_PAIRS,
    LOCAL_SEEK_CONTEXTS,
    LOCAL_SEEK_LIST_LEADS,
    LOCAL_SEEK_OPENERS,
)
from matchmaker.matching.needs import content_words


@dataclass(frozen=True)
class DemoEvent:
    """The demo conference: slug, name, timezone and its (slug, label) topics."""

    slug: str
    name: str
    timezone: str
    topics: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class DemoSession:
    """A networking session of the programme: its conference day (0 = the first) and local
    start and end times."""

    name: str
    day: int
    starts: time
    ends: time
    slot_minutes: int
    tables: tuple[str, ...]

    def window(self, first_day: date, timezone: str) -> tuple[datetime, datetime]:
        """Start and end as aware datetimes when the conference opens on ``first_day``."""
        zone = ZoneInfo(timezone)
        day = first_day + timedelta(days=self.day)
        return datetime.combine(day, self.starts, zone), datetime.combine(day, self.ends, zone)


DEMO_EVENT = DemoEvent(
    slug="sdc-brussels-2024",
    name="Security, Democracy & Cities 2024 — Efus & safe.brussels",
    timezone="Europe/Brussels",
    topics=TOPICS,
)

_TABLES: tuple[str, ...] = tuple(
    f"Table {n} — {area}"
    for n, area in enumerate(
        ["foyer"] * 12 + ["mezzanine"] * 10 + ["garden room"] * 8 + ["library"] * 6, start=1
    )
)

DEMO_SESSIONS: tuple[DemoSession, ...] = (
    DemoSession("Networking session 1 — Opening evening", 0, time(17, 0), time(19, 0), 20, _TABLES),
    DemoSession(
        "Networking session 2 — Lunch matchmaking", 1, time(12, 20), time(14, 0), 20, _TABLES
    ),
    DemoSession(
        "Networking session 3 — Closing morning", 2, time(10, 30), time(12, 0), 15, _TABLES
    ),
)

#: How far ahead of the seeding day the demo conference opens: long enough to try requests,
#: bookings and the auto-scheduler before any slot has started.
LEAD_DAYS = 28


def first_conference_day(today: date) -> date:
    """The first Wednesday at least ``LEAD_DAYS`` after ``today`` (the conference ran from
    Wednesday to Friday)."""
    day = today + timedelta(days=LEAD_DAYS)
    return day + timedelta(days=(2 - day.weekday()) % 7)


ATTENDEE_FIELDS: tuple[str, ...] = (
    "name",
    "email",
    "role",
    "organisation",
    "organisation_type",
    "city",
    "country",
    "languages",
    "topics",
    "seeking",
    "offering",
    "bio",
    "consent",
)


#: The year of the conference the demo is modelled on: past practice is dated before it,
#: plans after it.
EVENT_YEAR = 2024
_MONTHS_AHEAD = {  # months after the conference (March), for plans
    "en": ("May", "June", "September", "October", "December"),
    "fr": ("mai", "juin", "septembre", "octobre", "décembre"),
    "nl": ("mei", "juni", "september", "oktober", "december"),
    "de": ("Mai", "Juni", "September", "Oktober", "Dezember"),
}
_LANGUAGE_NAMES = {
    "fr": "French",
    "nl": "Dutch",
    "de": "German",
    "it": "Italian",
    "es": "Spanish",
    "ca": "Catalan",
    "pt": "Portuguese",
    "pl": "Polish",
    "sv": "Swedish",
    "da": "Danish",
    "no": "Norwegian",
    "fi": "Finnish",
    "cs": "Czech",
    "lb": "French",
    "en": "French",
}
_CITY_BASED = frozenset({"local_authority", "police", "justice", "regional_authority"})
_FOLD = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
        "ß": "ss",
        "đ": "d",
        "ı": "i",
        "'": "",
        "’": "",
    }
)
_STOPWORDS = frozenset(
    {
        "de",
        "d",
        "du",
        "des",
        "la",
        "le",
        "les",
        "l",
        "di",
        "del",
        "della",
        "do",
        "da",
        "van",
        "den",
        "der",
        "het",
        "for",
        "of",
        "the",
        "and",
        "et",
        "i",
        "y",
        "e",
        "und",
        "zur",
        "im",
        "am",
    }
)
_TOPIC_LABELS = dict(TOPICS)
_LOCAL_SHARE = 0.33  # of attendees whose language and field allow it, who write in FR/NL/DE
_SEEK_LIST_SHARE = 0.25  # who name two or three needs as a list
_OFFER_LIST_SHARE = 0.15
_WEIGHTED_PROFILES = [p.weight for p in PROFILES]


def ascii_fold(text: str) -> str:
    """``"Łódź Müller"`` → ``"Lodz Muller"``: drop accents, keep plain ASCII."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return decomposed.encode("ascii", "ignore").decode("ascii")


def _slug(text: str, limit: int) -> str:
    words = "".join(ch if ch.isalnum() else " " for ch in ascii_fold(text).lower()).split()
    kept = [w for w in words if w not in _STOPWORDS] or words
    slug = "-".join(kept)[:limit].rstrip("-")
    return slug or "org"


def _de(name: str) -> str:
    return "d'" if name[0] in "AEIOUÉ" else "de "


def as_list(lead: str, items: list[str]) -> str:
    """Needs written as a list the matcher splits: bullets under a lead-in that says nothing
    by itself ("Looking for:"), else items after the lead-in on its line ("Wir suchen: A; B"),
    since a lead-in line with words of its own would be read as a need."""
    if not content_words(lead):
        return lead + "".join(f"\n- {item}" for item in items)
    return f"{lead} {'; '.join(items)}."


def practice_offerers() -> dict[str, frozenset[str]]:
    """Every practice phrase a generated person may offer, and who can offer it."""
    found: dict[str, frozenset[str]] = {}
    for topic, pairs in PAIRS.items():
        for index, (_, offered) in enumerate(pairs):
            found[offered] = offered_by(topic, index)
    for lang, by_topic in LOCAL_PAIRS.items():
        for topic, (_, offered) in by_topic.items():
            found[offered] = kinds(LOCAL_OFFERED_BY_CODES[lang][topic])
    return found


def _local_fits(lang: str, topic: str, org_type: str) -> bool:
    """Whether someone of ``org_type`` can offer the local practice of ``topic``."""
    codes = LOCAL_OFFERED_BY_CODES[lang].get(topic)
    return codes is not None and org_type in kinds(codes)


def practice_topics() -> dict[str, str]:
    """Every practice phrase a generated person may seek or offer, and its topic."""
    found: dict[str, str] = {}
    for topic, pairs in PAIRS.items():
        for sought, offered in pairs:
            found[sought] = found[offered] = topic
    for by_topic in LOCAL_PAIRS.values():
        for topic, (sought, offered) in by_topic.items():
            found[sought] = found[offered] = topic
    return found


class _Builder:
    """State of one generation run: the rng, the city rota, emails and roles already used."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        rota = list(CITIES)
        rng.shuffle(rota)
        extra = [c for c in CITIES if c.big or c.country == "BE"]
        rng.shuffle(extra)
        self.rota = rota + extra  # every city once first, then big and Belgian cities again
        self.rota_index = 0
        self.emails: set[str] = set()
        self.names: set[str] = {person.name for person in PLANTED}
        self.taken: set[tuple[str, str]] = set()
        self.big = [c for c in CITIES if c.big]
        self.regional = [c for c in CITIES if c.region is not None and c.big]

    def next_city(self) -> City:
        city = self.rota[self.rota_index % len(self.rota)]
        self.rota_index += 1
        return city

    # -- who and where ----------------------------------------------------------------------

    def fixed(self, org_type: str, topic: str) -> Organisation | None:
        """A national or specialised organisation of ``org_type`` working on ``topic``:
        specialists first, organisations of the whole field when there is none."""
        rows = [o for o in FIXED_ORGANISATIONS if o.organisation_type == org_type]
        fitting = [o for o in rows if topic in o.topics] or [o for o in rows if not o.topics]
        if not fitting:
            return None
        return self.rng.choices(fitting, weights=[o.weight for o in fitting])[0]

    def organisation(self, role: Role, profile: Profile, name: str) -> tuple[str, City] | None:
        """Where someone in ``role`` works, or None when the field has no such place."""
        rng, org_type = self.rng, role.organisation_type
        if org_type in ("local_authority", "police"):
            city = self.next_city()
            kind = "local" if org_type == "local_authority" else "police"
            return organisation_for(kind, city), city
        if org_type == "justice":
            city = rng.choice(self.big)
            return organisation_for("justice", city), city
        if org_type == "regional_authority" and rng.random() < 0.9:
            city = rng.choice(self.regional)
            return str(city.region), city
        if org_type == "research" and rng.random() < 0.75:
            city = rng.choice(self.big)
            return organisation_for("university", city), city
        if org_type == "ngo" and profile.ngos and rng.random() < 0.6:
            city = self.next_city()
            templates = profile.ngos.get(city.languages[0])
            if templates is not None:
                return rng.choice(templates).format(c=city.name, de=_de(city.name)), city
        if org_type == "other":
            return f"{name.split(' ', 1)[1]} Consulting", self.next_city()
        fixed = self.fixed(org_type, profile.topic)
        if fixed is None and org_type == "ngo" and profile.ngos:
            # The field's associations are local ones only: one in a city of their language.
            city = rng.choice([c for c in CITIES if c.languages[0] in profile.ngos])
            template = rng.choice(profile.ngos[city.languages[0]])
            return template.format(c=city.name, de=_de(city.name)), city
        if fixed is None:
            return None
        return fixed.name, CITY_BY_NAME[fixed.city]

    def role(self, profile: Profile) -> Role:
        roles = profile.roles
        return self.rng.choices(roles, weights=[r.weight for r in roles])[0]

    def email(self, name: str, organisation: str) -> str:
        local = ".".join(_slug(part, 30) for part in name.split(" ", 1))
        domain = _slug(organisation, 40) + ".example"
        email, n = f"{local}@{domain}", 1
        while email in self.emails:
            n += 1
            email = f"{local}{n}@{domain}"
        self.emails.add(email)
        return email

    def languages(self, home: City, org_type: str) -> list[str]:
        rng = self.rng
        langs = [home.languages[0]]
        if home.country == "BE" and home.region and home.region.startswith("safe.brussels"):
            langs = [rng.choice(("fr", "fr", "nl"))]
        for other in home.languages[1:]:
            # A Brussels resident may already speak the second language of the city.
            if other not in langs and rng.random() < (0.8 if home.country == "LU" else 0.45):
                langs.append(other)
        if "en" not in langs and rng.random() < 0.9:
            langs.append("en")
        if "fr" not in langs and rng.random() < (0.8 if org_type.startswith("inter") else 0.3):
            langs.append("fr")
        if rng.random() < 0.12:
            extra = rng.choice(("de", "es", "it", "nl", "pt"))
            if extra not in langs:
                langs.append(extra)
        return langs

    def name(self, language: str) -> str:
        """A full name of the language's region, not yet worn by anyone at the conference
        (a planted person's namesake would blur the demo's story)."""
        given, family = NAMES.get(language, NAMES["en"])
        while True:
            name = f"{self.rng.choice(given)} {self.rng.choice(family)}"
            if name not in self.names:
                return name

    def topics(self, profile: Profile) -> list[str]:
        rng = self.rng
        k = rng.choices((1, 2, 3), weights=(4, 4, 2))[0]
        return [profile.topic, *rng.sample(profile.neighbours, k=min(k, len(profile.neighbours)))]

    # -- what they write --------------------------------------------------------------------

    def _practice_topic(self, topics: list[str], main: str, main_share: float) -> str:
        """Mostly the person's own field; sometimes a neighbouring topic they follow."""
        if len(topics) == 1 or self.rng.random() < main_share:
            return main
        return self.rng.choice(topics[1:])

    def _fill(self, lang: str, city: City) -> dict[str, str]:
        rng = self.rng
        return {
            "city": city.name,
            "year": str(rng.randint(EVENT_YEAR - 9, EVENT_YEAR - 1)),
            "plan_year": str(rng.randint(EVENT_YEAR + 1, EVENT_YEAR + 2)),
            "n": str(rng.randint(2, 14)),
            "lang": _LANGUAGE_NAMES.get(lang, "French"),
            "month": rng.choice(_MONTHS_AHEAD.get(lang, _MONTHS_AHEAD["en"])),
        }

    def local_texts(
        self, topics: list[str], lang: str, city: City, org_type: str, local_offer: bool
    ) -> tuple[str, str]:
        rng, local = self.rng, LOCAL_PAIRS[lang]
        fill = self._fill(lang, city)
        usable = [t for t in topics if t in local]
        if len(usable) > 1 and rng.random() < _SEEK_LIST_SHARE:
            items = [local[t][0] for t in rng.sample(usable, k=min(3, len(usable)))]
            seek = as_list(rng.choice(LOCAL_SEEK_LIST_LEADS[lang]), items)
        else:
            sought = local[self._practice_topic(usable, usable[0], 0.7)][0]
            seek = (
                f"{rng.choice(LOCAL_SEEK_OPENERS[lang])} {sought}"
                f"{rng.choice(LOCAL_SEEK_CONTEXTS[lang])}."
            )
        details = LOCAL_OFFER_DETAILS[lang] if local_offer else LOCAL_OFFER_DETAILS[lang][:3]
        offered = local[topics[0]][1]  # their own field, as in English (it fits: checked)
        offer = f"{rng.choice(LOCAL_OFFER_OPENERS[lang])} {offered}{rng.choice(details)}."
        return seek.format(**fill), offer.format(**fill)

    def texts(
        self, topics: list[str], org_type: str, city: City, city_based: bool
    ) -> tuple[str, str]:
        rng = self.rng
        fill = self._fill("en", city)
        main = topics[0]
        if rng.random() < _SEEK_LIST_SHARE:
            chosen = [main, *rng.sample(topics[1:], k=min(len(topics) - 1, rng.randint(1, 2)))]
            items = [rng.choice(PAIRS[t])[0] for t in chosen]
            if len(items) == 1:
                items = [p[0] for p in rng.sample(PAIRS[main], k=2)]
            seek = as_list(rng.choice(SEEK_LIST_LEADS), items)
            seek_pair: tuple[str, int] | None = None
        else:
            seek_t = self._practice_topic(topics, main, 0.7)
            seek_i = rng.randrange(len(PAIRS[seek_t]))
            seek_pair = (seek_t, seek_i)
            seek = (
                f"{rng.choice(SEEK_OPENERS)} {PAIRS[seek_t][seek_i][0]}{rng.choice(SEEK_CONTEXTS)}."
            )
            if len(topics) > 1 and rng.random() < 0.3:
                t = rng.choice([t for t in topics if t != seek_t])
                seek += f" {rng.choice(SECOND_SEEK)} {rng.choice(PAIRS[t])[0]}."

        def fitting(topic: str) -> list[int]:
            """Practices of ``topic`` this person's kind of organisation can offer."""
            return [
                i
                for i in range(len(PAIRS[topic]))
                if (topic, i) != seek_pair and org_type in offered_by(topic, i)
            ]

        # People offer their own field's practice (a night mayor offering lighting guidance
        # or a women's shelter offering park stewards read as noise); they seek more widely.
        offer_t = main
        choices = fitting(main) or [
            i for i in range(len(PAIRS[main])) if org_type in offered_by(main, i)
        ]
        if len(choices) > 1 and rng.random() < _OFFER_LIST_SHARE:
            items = [PAIRS[offer_t][i][1] for i in rng.sample(choices, k=2)]
            offer = as_list(rng.choice(OFFER_LIST_LEADS), items)
        else:
            offered = PAIRS[offer_t][rng.choice(choices)][1]
            details = OFFER_DETAILS + (LOCAL_OFFER_DETAILS_EN if city_based else ())
            details = tuple(d for d in details if not ("evaluat" in d and "evaluat" in offered))
            offer = f"{rng.choice(OFFER_OPENERS)} {offered}{rng.choice(details)}."
        return seek.format(**fill), offer.format(**fill)

    def bio(self, role: Role, profile: Profile, city: City, lang: str, local: bool) -> str:
        rng = self.rng
        years = rng.randint(4, 22)
        fill = {
            "n": str(years),
            "team": str(rng.randint(3, 15)),
            "city": city.name,
            "since": str(EVENT_YEAR - rng.randint(1, years)),  # in post no longer than in the job
            "year": str(rng.randint(EVENT_YEAR - 6, EVENT_YEAR - 1)),
            "other": rng.choice([c.name for c in CITIES if c.country == city.country]),
            "label": _TOPIC_LABELS[profile.topic].lower(),
        }
        if local:
            fill["focus"] = LOCAL_FOCUS[lang][profile.topic]
            fill["background"] = rng.choice(LOCAL_BACKGROUNDS[lang])
            return rng.choice(LOCAL_BIOS[lang]).format(**fill)
        fill["focus"] = rng.choice(profile.focus)
        fill["background"] = rng.choice(BACKGROUNDS)
        kind = role.organisation_type
        if kind == "other":
            kind = "consultant"
        first = rng.choice(BIO_FRAMES[kind])
        if rng.random() < 0.7:
            second = rng.choice([s for s in BIO_SECOND if ("{since}" in s) != ("{since}" in first)])
            first = f"{first} {second}"
        return first.format(**fill)

    # -- people -----------------------------------------------------------------------------

    def attendee(self) -> dict[str, object]:
        rng = self.rng
        profile = rng.choices(PROFILES, weights=_WEIGHTED_PROFILES)[0]
        found: tuple[str, City] | None = None
        while found is None:
            role = self.role(profile)
            placeholder = self.name("en")  # a freelancer's firm is named after them, below
            found = self.organisation(role, profile, placeholder)
            if found is not None and role.unique and (found[0], role.title) in self.taken:
                found = None
        organisation, city = found
        if role.unique:
            self.taken.add((organisation, role.title))
        org_type = role.organisation_type
        home = rng.choice(CITIES) if org_type == "international_organisation" else city
        languages = self.languages(home, org_type)
        name = self.name(languages[0])
        self.names.add(name)
        if organisation.endswith(" Consulting") and role.organisation_type == "other":
            organisation = f"{name.split(' ', 1)[1]} Consulting"
        topics = self.topics(profile)
        lang = languages[0]
        local = (
            lang in LOCAL_PAIRS
            and profile.topic in LOCAL_PAIRS[lang]
            and _local_fits(lang, profile.topic, org_type)
            and rng.random() < _LOCAL_SHARE
        )
        # Only an organisation of one city writes "developed in {city}" or offers a visit.
        city_based = org_type in _CITY_BASED or (org_type == "ngo" and city.name in organisation)
        if local:
            seeking, offering = self.local_texts(topics, lang, city, org_type, city_based)
        else:
            seeking, offering = self.texts(topics, org_type, city, city_based)
        return {
            "name": name,
            "email": self.email(name, organisation),
            "role": role.title,
            "organisation": organisation,
            "organisation_type": org_type,
            "city": city.name,
            "country": city.country,
            "languages": languages,
            "topics": topics,
            "seeking": seeking,
            "offering": offering,
            "bio": self.bio(role, profile, city, lang, local),
            "consent": rng.random() < 0.95,
        }

    def planted(self, person: Planted) -> dict[str, object]:
        city = CITY_BY_NAME[person.city]
        if person.organisation_type in ("local_authority", "police"):
            self.taken.add((person.organisation, person.role))
        return {
            "name": person.name,
            "email": self.email(person.name, person.organisation),
            "role": person.role,
            "organisation": person.organisation,
            "organisation_type": person.organisation_type,
            "city": city.name,
            "country": city.country,
            "languages": list(person.languages),
            "topics": list(person.topics),
            "seeking": person.seeking,
            "offering": person.offering,
            "bio": person.bio,
            "consent": True,
        }


def generate_attendees(count: int = 800, seed: int = 2024) -> list[dict[str, object]]:
    """``count`` plausible, varied attendees; the same seed always gives the same list.

    The planted people (``planted.PLANTED``) come first, the three shown demo attendees
    leading; the others are drawn from the practice profiles."""
    if count < 0:
        raise ValueError("count must not be negative")
    builder = _Builder(random.Random(seed))  # noqa: S311 - synthetic data, not secrets
    people = [builder.planted(person) for person in PLANTED[:count]]
    people += [builder.attendee() for _ in range(count - len(people))]
    return people
