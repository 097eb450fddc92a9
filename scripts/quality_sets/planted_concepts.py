"""Set (a): planted concepts, the team's original generator, judged in both directions.

Every attendee offers one concrete "concept" and seeks another; a dozen or more attendees
offer each concept, each worded differently from the way seekers ask for it (different
phrasings of one idea in different sentence templates). Distractors: attendees offering other
concepts of the same topic (same topic tags), and a few broad "celebrity" generalists whose
vague offer sits near everyone's request.

Relevance is two-way, as the product's rule says: someone who offers the concept I seek is
relevant (1), so is someone who seeks the concept I offer (1); both at once is mutual (2).
Colleagues (same organisation) are never relevant: the product does not suggest them.

This is the set the engine's constants are tuned on; the other sets only report.
"""

from __future__ import annotations

import random

from matchmaker.attendees.models import AttendeeProfile
from quality_sets.base import MUTUAL, ONE_WAY, QualitySet, profile

# topic slug -> (label, concepts); each concept is a list of different phrasings of one idea.
CATALOGUE: dict[str, tuple[str, list[list[str]]]] = {
    "nightlife": (
        "Nightlife",
        [
            [
                "mediation between bars and residents over night-time noise",
                "resolving disputes between nightclub owners and neighbours",
                "a night mayor office that brokers conflicts in entertainment districts",
            ],
            [
                "training bar staff to spot drink spiking",
                "preventing spiked drinks in clubs through staff awareness",
                "awareness courses for bouncers on drugging of drinks",
            ],
            [
                "safe transport home after a night out",
                "night buses and safe rides for people leaving clubs late",
                "getting revellers home safely in the early hours",
            ],
        ],
    ),
    "drugs": (
        "Drug policy",
        [
            [
                "supervised drug consumption rooms",
                "safe injection facilities for people who use drugs",
                "medically supervised sites where people can inject",
            ],
            [
                "drug checking services at festivals",
                "testing pills for dangerous substances at music events",
                "on-site analysis of party drugs for users",
            ],
            [
                "reducing crack cocaine use in public spaces",
                "open drug scenes around train stations",
                "street crack consumption near transport hubs",
            ],
        ],
    ),
    "radicalisation": (
        "Radicalisation",
        [
            [
                "exit programmes for people leaving extremist groups",
                "helping former extremists disengage and reintegrate",
                "deradicalisation support for returning jihadists and neo-nazis",
            ],
            [
                "online hate and extremist propaganda on social media",
                "countering radical content spreading on the internet",
                "monitoring and answering extremist narratives online",
            ],
            [
                "training teachers to recognise radicalisation",
                "helping schools detect early signs of extremism in pupils",
                "prevention workshops for school staff on violent ideologies",
            ],
        ],
    ),
    "youth": (
        "Youth",
        [
            [
                "street outreach workers for young people at risk",
                "youth workers meeting teenagers where they hang out",
                "mobile teams engaging adolescents on the streets at night",
            ],
            [
                "sport programmes that keep teenagers away from gangs",
                "using football and boxing to steer youths from crime",
                "athletic clubs as an alternative to gang membership",
            ],
            [
                "restorative justice for juvenile offenders",
                "victim-offender conferencing with minors",
                "repairing harm instead of punishing young delinquents",
            ],
        ],
    ),
    "domestic-violence": (
        "Domestic violence",
        [
            [
                "shelters and emergency housing for battered women",
                "safe accommodation for victims fleeing abusive partners",
                "refuges for women escaping violence at home",
            ],
            [
                "programmes for perpetrators of intimate partner violence",
                "behaviour change courses for abusive men",
                "working with violent partners to stop the abuse",
            ],
            [
                "coordinated risk assessment between police and social services for abuse cases",
                "multi-agency meetings on high-risk domestic abuse victims",
                "joint case conferences to protect people at serious risk from their partner",
            ],
        ],
    ),
    "cctv": (
        "Video surveillance",
        [
            [
                "evaluating whether CCTV cameras reduce crime",
                "evidence on the effectiveness of video surveillance",
                "measuring the impact of public cameras on offences",
            ],
            [
                "privacy rules for facial recognition in public space",
                "data protection limits on biometric camera systems",
                "legal safeguards for automated face identification",
            ],
            [
                "shared control rooms between police and municipality",
                "a joint monitoring centre run by city and police",
                "integrated command centres combining municipal and police camera feeds",
            ],
        ],
    ),
    "public-space": (
        "Safe public spaces",
        [
            [
                "lighting and urban design to make streets feel safer",
                "designing out crime in squares and parks",
                "crime prevention through environmental design",
            ],
            [
                "women's safety walks and harassment in the street",
                "exploratory walks with women to map unsafe places",
                "tackling sexual harassment of women in public areas",
            ],
            [
                "managing crowds at large public events",
                "security planning for festivals and mass gatherings",
                "crowd safety at concerts and city celebrations",
            ],
        ],
    ),
    "homelessness": (
        "Homelessness",
        [
            [
                "housing first for rough sleepers",
                "giving homeless people a permanent flat without conditions",
                "unconditional housing programmes for people living on the street",
            ],
            [
                "outreach to homeless people with mental illness",
                "psychiatric street teams for people sleeping rough",
                "mental health care for the unhoused",
            ],
            [
                "begging and public order regulations",
                "municipal bylaws on panhandling",
                "rules on asking for money in city centres",
            ],
        ],
    ),
    "trafficking": (
        "Human trafficking",
        [
            [
                "identifying victims of labour exploitation",
                "spotting workers held in forced labour",
                "detecting exploitation of migrant workers in construction and farms",
            ],
            [
                "sexual exploitation and pimping networks",
                "forced prostitution rings",
                "dismantling networks that traffic women for sex",
            ],
            [
                "city inspections of nail bars and car washes for exploitation",
                "administrative checks on businesses suspected of using trafficked labour",
                "using municipal licensing controls against exploitative employers",
            ],
        ],
    ),
    "cyber": (
        "Cybercrime",
        [
            [
                "protecting elderly people from online fraud",
                "scams targeting senior citizens on the internet",
                "helping older residents avoid phishing and fake bank calls",
            ],
            [
                "ransomware attacks on city administrations",
                "recovering municipal IT systems after a cyber attack",
                "hackers encrypting local government servers",
            ],
            [
                "cyberbullying among schoolchildren",
                "online harassment between pupils",
                "children bullied through social networks",
            ],
        ],
    ),
}
SEEK_TEMPLATES = [
    "We are looking for partners experienced in {x}.",
    "I would like to learn how other cities handle {x}.",
    "Seeking practical advice on {x}.",
    "Our city wants to start work on {x} and needs examples.",
    "Interested in meeting anyone who knows about {x}.",
]
OFFER_TEMPLATES = [
    "We can share our experience with {x}.",
    "Our municipality has run {x} for five years.",
    "I lead a programme on {x} and happy to present results.",
    "Lessons learned from our pilot on {x}.",
    "Our team has built up expertise in {x}.",
]
HUB_OFFERS = [
    "Decades of experience across urban security, prevention, policing, youth, drugs, nightlife "
    "and victims: happy to advise any city on any of these.",
    "Former minister and mayor; I can help with every aspect of local safety and prevention "
    "policy.",
    "Our European network covers all topics of urban security and crime prevention.",
]
ROLES = [
    "Mayor",
    "Deputy mayor",
    "Police chief",
    "Prevention officer",
    "Social worker",
    "Researcher",
    "Project manager",
    "Prosecutor",
    "NGO director",
    "Policy advisor",
]
ORG_TYPES = [
    "local_authority",
    "regional_authority",
    "police",
    "justice",
    "ngo",
    "research",
    "private_sector",
    "national_authority",
]
PLACES = [
    ("Lyon", "FR"),
    ("Paris", "FR"),
    ("Brussels", "BE"),
    ("Gent", "BE"),
    ("Berlin", "DE"),
    ("Munich", "DE"),
    ("Rotterdam", "NL"),
    ("Amsterdam", "NL"),
    ("Barcelona", "ES"),
    ("Turin", "IT"),
    ("Lisbon", "PT"),
    ("Montreal", "CA"),
    ("Liège", "BE"),
    ("Nantes", "FR"),
]
LANGS = {
    "FR": "fr",
    "BE": "fr",
    "DE": "de",
    "NL": "nl",
    "ES": "es",
    "IT": "it",
    "PT": "pt",
    "CA": "fr",
}


def _people(
    count: int, rng: random.Random
) -> tuple[list[AttendeeProfile], dict[int, str], dict[int, str]]:
    """Profiles, plus each attendee's sought and offered concept key ('' = hub)."""
    concepts = [(slug, i) for slug, (_, items) in CATALOGUE.items() for i in range(len(items))]
    profiles: list[AttendeeProfile] = []
    seeks: dict[int, str] = {}
    offers: dict[int, str] = {}
    hubs = max(3, count // 50)
    for attendee_id in range(1, count + 1):
        seek_topic, seek_i = concepts[rng.randrange(len(concepts))]
        is_hub = attendee_id <= hubs
        if is_hub:
            offer_topic, offer_i = rng.choice(concepts)
            offering = HUB_OFFERS[attendee_id % len(HUB_OFFERS)]
            offers[attendee_id] = ""
        else:
            # Offers cycle through the concepts so each has count/len(concepts) providers.
            offer_topic, offer_i = concepts[attendee_id % len(concepts)]
            if (offer_topic, offer_i) == (seek_topic, seek_i):
                seek_topic, seek_i = concepts[(attendee_id + 7) % len(concepts)]
            phrasings = CATALOGUE[offer_topic][1][offer_i]
            offering = rng.choice(OFFER_TEMPLATES).format(x=rng.choice(phrasings))
            offers[attendee_id] = f"{offer_topic}/{offer_i}"
        seek_phrasings = CATALOGUE[seek_topic][1][seek_i]
        seeking = rng.choice(SEEK_TEMPLATES).format(x=rng.choice(seek_phrasings))
        seeks[attendee_id] = f"{seek_topic}/{seek_i}"
        topics = {seek_topic, offer_topic} | set(rng.sample(list(CATALOGUE), rng.randint(0, 2)))
        city, country = rng.choice(PLACES)
        role = rng.choice(ROLES)
        profiles.append(
            profile(
                attendee_id,
                name=f"Attendee {attendee_id}",
                role=role,
                organisation=f"Organisation {rng.randrange(count // 2)}",
                organisation_type=rng.choice(ORG_TYPES),
                city=city,
                country=country,
                languages=sorted({"en", LANGS.get(country, "en")}),
                topics=sorted(topics),
                seeking=seeking,
                offering=offering,
                bio=f"{role} in {city}, working on {CATALOGUE[offer_topic][0].lower()}.",
            )
        )
    return profiles, seeks, offers


def generate(seed: int, count: int = 800) -> list[QualitySet]:
    """One event of `count` attendees with two-way graded relevance."""
    rng = random.Random(seed)
    people, seeks, offers = _people(count, rng)
    relevance: dict[int, dict[int, int]] = {}
    for viewer in people:
        grades: dict[int, int] = {}
        for other in people:
            if other.id == viewer.id or other.organisation == viewer.organisation:
                continue
            gives = offers[other.id] == seeks[viewer.id]
            gets = bool(offers[viewer.id]) and seeks[other.id] == offers[viewer.id]
            if gives and gets:
                grades[other.id] = MUTUAL
            elif gives or gets:
                grades[other.id] = ONE_WAY
        relevance[viewer.id] = grades
    topics = {slug: label for slug, (label, _) in CATALOGUE.items()}
    return [
        QualitySet(
            name="a: planted concepts",
            style="team generator: one templated need each side, concepts with 3 phrasings",
            topics=topics,
            profiles=people,
            relevance=relevance,
        )
    ]
