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

from matchmaker.demo.people import (
    FIXED_ORGANISATIONS,
    NAMES,
    ORGANISATION_TOPICS,
    ROLES,
    Role,
)
from matchmaker.demo.places import CITIES, CITY_BY_NAME, City, organisation_for
from matchmaker.demo.texts import (
    OFFER_DETAILS,
    OFFER_OPENERS,
    PAIRS,
    SECOND_OFFER,
    SECOND_SEEK,
    SEEK_CONTEXTS,
    SEEK_OPENERS,
    TOPICS,
)
from matchmaker.demo.texts_local import (
    LOCAL_OFFER_DETAILS,
    LOCAL_OFFER_OPENERS,
    LOCAL_PAIRS,
    LOCAL_SEEK_CONTEXTS,
    LOCAL_SEEK_OPENERS,
)


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

_TYPE_WEIGHTS: dict[str, int] = {
    "local_authority": 30,
    "police": 12,
    "justice": 6,
    "research": 10,
    "national_authority": 6,
    "regional_authority": 6,
    "ngo": 14,
    "private_sector": 6,
    "international_organisation": 6,
    "other": 2,
}
_LOCAL_NGOS: dict[str, tuple[str, ...]] = {
    "fr": (
        "Prévention spécialisée {de}{c}",
        "Maison des femmes {de}{c}",
        "Aide aux victimes {de}{c}",
    ),
    "nl": ("Straathoekwerk {c}", "Vrouwenopvang {c}", "Slachtofferhulp {c}"),
    "de": ("Frauenhaus {c}", "Streetwork {c} e.V.", "Opferhilfe {c}"),
    "it": ("Centro antiviolenza di {c}", "Cooperativa sociale Strade di {c}"),
    "es": ("Asociación Vecinal de {c}", "Centro de Atención a Víctimas de {c}"),
    "en": ("{c} Women's Aid", "{c} Youth Outreach", "{c} Victim Support Centre"),
}
_NEWSPAPERS = frozenset({"Le Soir", "De Standaard", "Euractiv"})
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
_MONTHS = {
    "en": ("May", "June", "September", "October", "December"),
    "fr": ("mai", "juin", "septembre", "octobre", "décembre"),
}
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
    (
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
    )
)
_TOPIC_LABELS = dict(TOPICS)
_BACKGROUNDS = (
    "social work",
    "law",
    "urban planning",
    "criminology",
    "public health",
    "political science",
    "psychology",
    "education",
    "journalism",
)
_LOCAL_SHARE = 0.27  # of eligible attendees who write their texts in FR/NL/DE


def ascii_fold(text: str) -> str:
    """``"Łódź Müller"`` → ``"Lodz Muller"``: drop accents, keep plain ASCII."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return decomposed.encode("ascii", "ignore").decode("ascii")


def _slug(text: str, limit: int) -> str:
    words = "".join(ch if ch.isalnum() else " " for ch in ascii_fold(text).lower()).split()
    kept = [w for w in words if w not in _STOPWORDS] or words
    slug = "-".join(kept)[:limit].rstrip("-")
    return slug or "org"


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
        self.taken: set[tuple[str, str]] = set()
        self.big = [c for c in CITIES if c.big]
        self.regional = [c for c in CITIES if c.region is not None]

    def next_city(self) -> City:
        city = self.rota[self.rota_index % len(self.rota)]
        self.rota_index += 1
        return city

    def fixed(self, org_type: str) -> tuple[str, City]:
        rows = [r for r in FIXED_ORGANISATIONS if r[2] == org_type]
        row = self.rng.choices(rows, weights=[r[3] for r in rows])[0]
        return row[0], CITY_BY_NAME[row[1]]

    def organisation(self, org_type: str) -> tuple[str, City]:
        rng = self.rng
        if org_type in ("local_authority", "police"):
            city = self.next_city()
            kind = "local" if org_type == "local_authority" else "police"
            return organisation_for(kind, city), city
        if org_type == "justice":
            city = rng.choice(self.big)
            return organisation_for("justice", city), city
        if org_type == "research" and rng.random() < 0.7:
            city = rng.choice(self.big)
            return organisation_for("university", city), city
        if org_type == "regional_authority" and rng.random() < 0.9:
            region = rng.choice(self.regional).region
            return str(region), next(c for c in CITIES if c.region == region)
        if org_type == "ngo" and rng.random() < 0.45:
            city = self.next_city()
            templates = _LOCAL_NGOS.get(city.languages[0], _LOCAL_NGOS["en"])
            de = "d'" if city.name[0] in "AEIOUÉ" else "de "
            return rng.choice(templates).format(c=city.name, de=de), city
        return self.fixed(org_type)

    def role(self, org_type: str, organisation: str) -> Role:
        roles = [
            r
            for r in ROLES
            if r.organisation_type == org_type
            and not (r.unique and (organisation, r.title) in self.taken)
        ]
        if org_type == "other":
            journalist = organisation in _NEWSPAPERS
            roles = [r for r in roles if (r.title == "Journalist") == journalist]
        focus = ORGANISATION_TOPICS.get(organisation, ())
        fitting = [r for r in roles if set(r.topics) & set(focus)]
        roles = fitting or roles
        role = self.rng.choices(roles, weights=[r.weight for r in roles])[0]
        if role.unique:
            self.taken.add((organisation, role.title))
        return role

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

    def topics(self, role: Role, organisation: str) -> list[str]:
        rng = self.rng
        own = ORGANISATION_TOPICS.get(organisation, role.topics)
        chosen = rng.sample(own, k=rng.randint(1, min(2, len(own))))
        target = rng.choices((2, 3, 4, 5), weights=(3, 4, 3, 1))[0]
        others = [slug for slug, _ in TOPICS if slug not in chosen]
        chosen += rng.sample(others, k=max(0, target - len(chosen)))
        return chosen

    def texts(self, topics: list[str], lang: str, city: City) -> tuple[str, str]:
        rng = self.rng
        fill = {
            "city": city.name,
            "year": str(rng.randint(2015, 2023)),
            "n": str(rng.randint(2, 14)),
            "lang": _LANGUAGE_NAMES.get(lang, "French"),
            "month": rng.choice(_MONTHS["en"]),
        }
        local = LOCAL_PAIRS.get(lang, {})
        local_topics = [t for t in topics if t in local]
        if local_topics and rng.random() < _LOCAL_SHARE:
            fill["month"] = rng.choice(_MONTHS.get(lang, _MONTHS["en"]))
            seek_t, offer_t = rng.choice(local_topics), rng.choice(local_topics)
            seek = (
                f"{rng.choice(LOCAL_SEEK_OPENERS[lang])} {local[seek_t][0]}"
                f"{rng.choice(LOCAL_SEEK_CONTEXTS[lang])}."
            )
            offer = (
                f"{rng.choice(LOCAL_OFFER_OPENERS[lang])} {local[offer_t][1]}"
                f"{rng.choice(LOCAL_OFFER_DETAILS[lang])}."
            )
            return seek.format(**fill), offer.format(**fill)
        seek_t = rng.choice(topics)
        seek_i = rng.randrange(len(PAIRS[seek_t]))
        seek = f"{rng.choice(SEEK_OPENERS)} {PAIRS[seek_t][seek_i][0]}{rng.choice(SEEK_CONTEXTS)}."
        offer_t = rng.choice(topics)
        offer_i = rng.choice(
            [i for i in range(len(PAIRS[offer_t])) if (offer_t, i) != (seek_t, seek_i)]
        )
        offered = PAIRS[offer_t][offer_i][1]
        details = [d for d in OFFER_DETAILS if not ("evaluat" in d and "evaluat" in offered)]
        offer = f"{rng.choice(OFFER_OPENERS)} {offered}{rng.choice(details)}."
        if len(topics) > 1 and rng.random() < 0.4:
            t = rng.choice([t for t in topics if t != seek_t])
            seek += f" {rng.choice(SECOND_SEEK)} {rng.choice(PAIRS[t])[0]}."
        if len(topics) > 1 and rng.random() < 0.35:
            t = rng.choice([t for t in topics if t != offer_t])
            offer += f" {rng.choice(SECOND_OFFER)} {rng.choice(PAIRS[t])[1]}."
        return seek.format(**fill), offer.format(**fill)

    def bio(self, role: Role, organisation: str, city: City, topics: list[str]) -> str:
        rng = self.rng
        labels = [_TOPIC_LABELS[t].lower() for t in topics]
        second = rng.choice(
            (
                f" Works mainly on {labels[0]} and {labels[1]}.",
                f" Has worked on {labels[0]} for {rng.randint(3, 25)} years.",
                f" Background in {rng.choice(_BACKGROUNDS)}; based in {city.name}.",
                f" First time at an Efus conference; keen to compare notes on {labels[-1]}.",
                "",
            )
        )
        return f"{role.title}, {organisation}.{second}"

    def attendee(self) -> dict[str, object]:
        rng = self.rng
        org_type = rng.choices(list(_TYPE_WEIGHTS), weights=list(_TYPE_WEIGHTS.values()))[0]
        organisation, city = self.organisation(org_type)
        home = rng.choice(CITIES) if org_type == "international_organisation" else city
        languages = self.languages(home, org_type)
        given, family = NAMES.get(languages[0], NAMES["en"])
        name = f"{rng.choice(given.split())} {rng.choice(family.split())}"
        if organisation == "Freelance":
            city = self.next_city()
            organisation = f"{name.split(' ', 1)[1]} Consulting"
        role = self.role(org_type, organisation)
        topics = self.topics(role, organisation)
        seeking, offering = self.texts(topics, languages[0], city)
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
            "bio": self.bio(role, organisation, city, topics),
            "consent": rng.random() < 0.95,
        }


def generate_attendees(count: int = 800, seed: int = 2024) -> list[dict[str, object]]:
    """``count`` plausible, varied attendees; the same seed always gives the same list."""
    if count < 0:
        raise ValueError("count must not be negative")
    builder = _Builder(random.Random(seed))  # noqa: S311 - synthetic data, not secrets
    return [builder.attendee() for _ in range(count)]
