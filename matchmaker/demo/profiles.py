"""Practice profiles: what makes one demo person hold together.

A profile is a field of practice, named by its main conference topic. It says which
neighbouring topics its people also follow, which jobs in which kinds of organisation
work on it, what such people do (for bios), and which local associations they work in.
A person is drawn from one profile: role, organisation and its type, topics, and the
practices they seek and offer all come from it (seek and offer phrases are in
``texts.PAIRS``/``texts_local.LOCAL_PAIRS``, keyed by the same topics), so a drug-policy
officer in Liège offers drug-policy practice and seeks it, sometimes in a neighbouring field.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Role:
    """A job title and the kind of organisation that has it."""

    title: str
    organisation_type: str
    weight: int = 2
    unique: bool = False  # at most one per organisation (a city has one mayor)


@dataclass(frozen=True)
class Profile:
    """One field of practice and the people who work in it."""

    topic: str  # the main topic: its practices are what these people offer
    neighbours: tuple[str, ...]  # topics they also follow, and sometimes seek in
    weight: int  # how many of the conference's people work mainly in this field
    roles: tuple[Role, ...]
    # What the work is, as a bio phrase: "{focus}" in "works on {focus}".
    focus: tuple[str, ...]
    # Local associations of the field, by language of the city: "{c}" city, "{de}" de/d'.
    ngos: dict[str, tuple[str, ...]]


def _roles(spec: str) -> tuple[Role, ...]:
    """Parse ``organisation type | title | weight [| unique]`` lines."""
    out: list[Role] = []
    for line in spec.strip().splitlines():
        parts = [p.strip() for p in line.split("|")]
        out.append(Role(parts[1], parts[0], int(parts[2]), len(parts) > 3))
    return tuple(out)


_DRUG_NGOS = {
    "fr": ("Réduction des risques {de}{c}", "Centre d'accueil et de réduction des risques {de}{c}"),
    "nl": ("Straathoekwerk {c}", "Drugpunt {c}"),
    "de": ("Drogenhilfe {c} e.V.", "Kontaktladen {c}"),
    "it": ("Unità di strada di {c}",),
    "es": ("Asociación de Reducción de Daños de {c}",),
    "en": ("{c} Drug and Alcohol Service",),
}
_WOMEN_NGOS = {
    "fr": ("Maison des femmes {de}{c}", "Solidarité Femmes {c}"),
    "nl": ("Vrouwenopvang {c}",),
    "de": ("Frauenhaus {c}", "Frauenberatung {c} e.V."),
    "it": ("Centro antiviolenza di {c}",),
    "es": ("Centro de Acogida para Mujeres de {c}",),
    "en": ("{c} Women's Aid",),
}

PROFILES: tuple[Profile, ...] = (
    Profile(
        "local-safety-governance",
        ("public-spaces", "youth", "community-policing", "crisis-management", "technology"),
        12,
        _roles(
            """
local_authority | Mayor | 1 | u
local_authority | Deputy Mayor for Security and Prevention | 3 | u
local_authority | Head of the Prevention and Safety Department | 3 | u
local_authority | Local Prevention Coordinator | 4
local_authority | Strategic Safety Analyst | 2
regional_authority | Director of Regional Security Policy | 1 | u
regional_authority | Policy Officer, Crime Prevention | 2
national_authority | Policy Adviser, Crime Prevention | 3
research | Professor of Criminology | 2
private_sector | Urban Security Consultant | 2
international_organisation | Programme Manager | 2
other | Freelance Consultant | 1
"""
        ),
        (
            "the local prevention plan and the safety council that steers it",
            "local safety diagnoses and the evaluation of prevention policy",
            "the coordination of local prevention partners",
        ),
        {},
    ),
    Profile(
        "crisis-management",
        ("climate-security", "local-safety-governance", "victim-support", "technology"),
        5,
        _roles(
            """
local_authority | Crisis and Emergency Planning Officer | 3
local_authority | Head of Civil Protection | 1 | u
regional_authority | Regional Crisis Coordinator | 2
national_authority | Senior Civil Servant, Crisis Centre | 2
research | Senior Lecturer in Crisis and Security Studies | 2
private_sector | Resilience Consultant | 2
international_organisation | Programme Officer, Civil Protection | 1
"""
        ),
        (
            "emergency plans and multi-agency crisis exercises",
            "crisis communication and the support of residents after major incidents",
            "the continuity of essential local services in a crisis",
        ),
        {},
    ),
    Profile(
        "climate-security",
        ("crisis-management", "public-spaces", "social-cohesion"),
        4,
        _roles(
            """
local_authority | Climate Adaptation and Resilience Officer | 3
local_authority | Urban Planner, Heat and Flood Resilience | 1
regional_authority | Regional Crisis Coordinator | 1
research | Researcher in Climate and Security | 2
private_sector | Resilience Consultant | 1
"""
        ),
        (
            "heatwave and flood plans and who they leave out",
            "the safety consequences of climate change for cities",
            "adding climate risks to local safety and emergency plans",
        ),
        {},
    ),
    Profile(
        "radicalisation",
        ("polarisation", "youth", "restorative-justice", "technology"),
        6,
        _roles(
            """
local_authority | Radicalisation Prevention Officer | 4
local_authority | Coordinator, Local Safety Cell | 2
police | Inspector, Radicalisation and Extremism Unit | 2
justice | Public Prosecutor, Terrorism and Extremism | 1
national_authority | Head of Unit, Radicalisation Prevention | 2
research | Researcher in Radicalisation Studies | 2
ngo | Exit Programme Counsellor | 2
ngo | Family Counsellor, Radicalisation | 1
international_organisation | Programme Manager, Radicalisation Awareness | 1
"""
        ),
        (
            "the prevention of violent radicalisation among young people",
            "exit work with extremist offenders and the support of their families",
            "multi-agency case work on radicalisation",
        ),
        {"de": ("Beratungsstelle Radikalisierung {c}",)},
    ),
    Profile(
        "polarisation",
        ("radicalisation", "social-cohesion", "discriminatory-violence", "local-safety-governance"),
        4,
        _roles(
            """
local_authority | Deputy Mayor for Citizenship and Dialogue | 1 | u
local_authority | Neighbourhood Dialogue Coordinator | 3
research | Researcher in Political Sociology | 2
ngo | Mediator, Neighbourhood Dialogue | 2
"""
        ),
        (
            "tensions between groups of residents and how to talk them down",
            "threats against local elected officials and trust in local democracy",
            "conspiracy narratives and their local effects",
        ),
        {
            "fr": ("Médiation sociale {de}{c}",),
            "nl": ("Buurtbemiddeling {c}",),
            "de": ("Dialogbüro {c} e.V.",),
        },
    ),
    Profile(
        "discriminatory-violence",
        ("polarisation", "victim-support", "restorative-justice", "nightlife"),
        4,
        _roles(
            """
local_authority | Equality and Anti-Discrimination Officer | 3
police | Hate Crime Liaison Officer | 3
justice | Reference Prosecutor for Hate Crime | 1
ngo | Policy Officer, Anti-Racism | 2
ngo | Coordinator, LGBTIQ Support Centre | 1
research | Researcher in Hate Crime | 1
international_organisation | Programme Officer, Hate Crime | 1
"""
        ),
        (
            "hate crime and the under-reporting of it",
            "racist, antisemitic and anti-LGBTIQ violence",
            "municipal action plans against discrimination",
        ),
        {
            "fr": ("Collectif contre le racisme {de}{c}",),
            "nl": ("Meldpunt Discriminatie {c}",),
            "de": ("Antidiskriminierungsbüro {c}",),
            "es": ("Oficina contra la Discriminación de {c}",),
        },
    ),
    Profile(
        "violence-against-women",
        ("domestic-violence", "public-spaces", "victim-support", "nightlife"),
        5,
        _roles(
            """
local_authority | Coordinator, Plan against Violence against Women | 3
local_authority | Gender Equality Officer | 2
regional_authority | Adviser on Violence against Women | 2
ngo | Coordinator, Women's Shelter | 2
ngo | Project Manager, Women's Rights | 2
research | Researcher, Gender-Based Violence | 2
international_organisation | Programme Officer, Violence against Women | 1
other | Independent Trainer, Gender-Based Violence | 1
"""
        ),
        (
            "violence against women, from street harassment to femicide",
            "women's safety in public space and on public transport",
            "support for women facing violence who are hard to reach",
        ),
        _WOMEN_NGOS,
    ),
    Profile(
        "domestic-violence",
        ("violence-against-women", "victim-support", "restorative-justice", "community-policing"),
        5,
        _roles(
            """
police | Inspector, Youth and Family Unit | 2
police | Domestic Violence Liaison Officer | 2
justice | Reference Magistrate for Domestic Violence | 2
ngo | Coordinator, Women's Shelter | 2
ngo | Counsellor, Perpetrator Programme | 1
local_authority | Social Worker, Family Violence | 2
national_authority | Policy Adviser, Domestic Violence | 1
"""
        ),
        (
            "domestic violence cases from the first call to court",
            "the protection of victims of domestic violence at high risk",
            "work with perpetrators of domestic violence",
        ),
        _WOMEN_NGOS,
    ),
    Profile(
        "victim-support",
        (
            "domestic-violence",
            "restorative-justice",
            "crisis-management",
            "discriminatory-violence",
        ),
        5,
        _roles(
            """
ngo | Victim Support Counsellor | 3
ngo | Director | 1 | u
police | Officer, Victim Assistance Service | 2
justice | Victim Liaison Officer, Prosecution Service | 1
national_authority | Policy Officer, Victims' Rights | 2
local_authority | Social Worker, Victim Support | 2
"""
        ),
        (
            "support for victims of crime, from the first interview to the trial",
            "victims' rights and how services refer victims to each other",
            "support for victims and families after serious incidents",
        ),
        {
            "fr": ("Aide aux victimes {de}{c}",),
            "nl": ("Slachtofferhulp {c}",),
            "de": ("Opferhilfe {c}",),
            "it": ("Sportello vittime di reato di {c}",),
            "es": ("Centro de Atención a Víctimas de {c}",),
            "en": ("{c} Victim Support Centre",),
        },
    ),
    Profile(
        "public-spaces",
        ("nightlife", "social-cohesion", "climate-security", "violence-against-women"),
        6,
        _roles(
            """
local_authority | Urban Planner, Public Space Safety | 3
local_authority | Deputy Mayor for Public Space | 1 | u
local_authority | Urban Mediator | 2
local_authority | Park Steward Coordinator | 1
regional_authority | Project Manager, Urban Renewal | 1
police | Neighbourhood Inspector | 1
research | Researcher in Urban Sociology | 2
private_sector | Lighting Designer | 2
private_sector | Urban Design Consultant | 1
"""
        ),
        (
            "the design and management of squares, parks and station areas",
            "how the design of public space shapes the feeling of safety",
            "conflicts over the use of public space and how to mediate them",
        ),
        {},
    ),
    Profile(
        "nightlife",
        ("drugs", "public-spaces", "violence-against-women", "local-safety-governance"),
        5,
        _roles(
            """
local_authority | Nightlife Coordinator | 3
local_authority | Night Mayor | 1 | u
police | Inspector, Nightlife District | 1
ngo | Outreach Worker, Party Scene | 2
research | PhD Candidate, Night-Time Economy | 2
private_sector | Night-Time Economy Consultant | 1
"""
        ),
        (
            "the night-time economy and the conflicts between venues and residents",
            "safety in clubs and bars, from drink spiking to closing time",
            "mediation in nightlife districts",
        ),
        _DRUG_NGOS,
    ),
    Profile(
        "drugs",
        ("nightlife", "organised-crime", "public-spaces", "youth"),
        6,
        _roles(
            """
local_authority | Drug Policy Coordinator | 3
local_authority | Street Worker | 2
police | Inspector, Drugs Unit | 2
justice | Public Prosecutor, Drug Offences | 1
ngo | Harm Reduction Worker | 3
ngo | Outreach Worker | 2
research | Researcher in Addiction Studies | 2
national_authority | Desk Officer, Drug Policy | 1
international_organisation | Policy Analyst, Drug Markets | 1
"""
        ),
        (
            "harm reduction and open drug scenes",
            "drug checking, consumption rooms and the city's drug plan",
            "minors drawn into drug dealing",
        ),
        _DRUG_NGOS,
    ),
    Profile(
        "youth",
        ("social-cohesion", "restorative-justice", "community-policing", "drugs"),
        7,
        _roles(
            """
local_authority | Local Prevention Coordinator | 3
local_authority | Youth Worker | 3
local_authority | Deputy Mayor for Youth | 1 | u
local_authority | Street Worker | 2
police | Inspector, Youth and Family Unit | 1
justice | Public Prosecutor, Juvenile Cases | 1
ngo | Project Manager, Youth Prevention | 2
ngo | Sports Coach and Mentor | 1
research | Researcher in Youth Studies | 1
international_organisation | Project Officer, Youth Crime Prevention | 1
"""
        ),
        (
            "the prevention of youth violence and school dropout",
            "street work with teenagers in priority neighbourhoods",
            "young people's place in local safety policy",
        ),
        {
            "fr": ("Prévention spécialisée {de}{c}", "Maison de jeunes {de}{c}"),
            "nl": ("Jeugdwerk {c}", "JES {c}"),
            "de": ("Streetwork {c} e.V.", "Jugendhilfe {c} e.V."),
            "it": ("Cooperativa sociale Strade di {c}",),
            "es": ("Asociación Juvenil de {c}",),
            "en": ("{c} Youth Outreach",),
        },
    ),
    Profile(
        "cybercrime",
        ("technology", "youth", "organised-crime", "victim-support"),
        3,
        _roles(
            """
police | Head of Cybercrime Unit | 2
police | Cybercrime Investigator | 2
justice | Public Prosecutor, Cybercrime | 1
local_authority | Chief Information Security Officer | 1 | u
private_sector | Cybersecurity Consultant | 2
ngo | Prevention Officer, Online Safety | 1
international_organisation | Analyst, Cybercrime Centre | 1
"""
        ),
        (
            "online fraud and the people it targets",
            "cyber attacks on local administrations",
            "online abuse of teenagers and how to prevent it",
        ),
        {},
    ),
    Profile(
        "technology",
        ("surveillance-ethics", "cybercrime", "crisis-management", "local-safety-governance"),
        4,
        _roles(
            """
local_authority | Smart City Project Manager | 3
local_authority | Data Analyst, Safety Observatory | 2
regional_authority | Project Manager, Regional Observatory of Safety | 2
police | Head of Crime Analysis | 1
private_sector | Product Manager, Smart City | 2
private_sector | Chief Executive Officer | 1 | u
research | Researcher in Data Science and Policing | 1
"""
        ),
        (
            "safety data and the tools cities use to read it",
            "digital tools for local safety, and what they really change",
            "crime mapping and public dashboards",
        ),
        {},
    ),
    Profile(
        "surveillance-ethics",
        ("technology", "public-spaces", "polarisation"),
        3,
        _roles(
            """
local_authority | CCTV and Urban Technology Manager | 2
local_authority | Data Protection Officer | 2
research | Researcher, Ethics of Surveillance | 2
private_sector | Data Protection Officer | 1
ngo | Policy Officer, Digital Rights | 1
international_organisation | Legal Officer, Fundamental Rights and Technology | 1
"""
        ),
        (
            "video surveillance in public space and its oversight",
            "biometric surveillance and the AI Act",
            "the lawful and ethical use of urban technology",
        ),
        {},
    ),
    Profile(
        "human-trafficking",
        ("migration-inclusion", "organised-crime", "victim-support", "violence-against-women"),
        3,
        _roles(
            """
police | Investigator, Human Trafficking Unit | 2
justice | Public Prosecutor, Trafficking in Human Beings | 1
ngo | Case Manager, Trafficking Victims | 2
national_authority | National Rapporteur Team, Trafficking in Human Beings | 1
local_authority | Labour Inspection Coordinator | 1
international_organisation | Policy Officer, Trafficking in Human Beings | 1
"""
        ),
        (
            "the identification and protection of victims of trafficking",
            "labour and sexual exploitation and the cases that follow",
            "cooperation between police, inspectors and shelters on trafficking",
        ),
        {},
    ),
    Profile(
        "community-policing",
        ("youth", "social-cohesion", "local-safety-governance", "discriminatory-violence"),
        6,
        _roles(
            """
police | Community Policing Officer | 4
police | Neighbourhood Inspector | 3
police | Chief Commissioner | 1 | u
police | Chief of Municipal Police | 1 | u
local_authority | Coordinator, Police–Community Relations | 1
research | Researcher in Policing | 2
national_authority | Policy Adviser, Police Reform | 1
"""
        ),
        (
            "neighbourhood policing and the trust between police and residents",
            "police work with young people and in neighbourhoods wary of the police",
            "de-escalation and the everyday contact between police and residents",
        ),
        {},
    ),
    Profile(
        "organised-crime",
        ("drugs", "human-trafficking", "local-safety-governance", "cybercrime"),
        4,
        _roles(
            """
local_authority | Coordinator, Administrative Approach to Organised Crime | 2
police | Detective Chief Inspector, Organised Crime | 2
justice | Public Prosecutor, Organised Crime | 2
justice | Chief Prosecutor | 1 | u
research | Professor of Criminology | 2
ngo | Project Manager, Anti-Mafia Education | 1
international_organisation | Analyst, Serious and Organised Crime | 1
"""
        ),
        (
            "organised crime in local economies and the administrative approach to it",
            "drug trafficking networks and the violence they bring to cities",
            "the infiltration of local institutions by criminal money",
        ),
        {},
    ),
    Profile(
        "social-cohesion",
        ("migration-inclusion", "polarisation", "youth", "public-spaces"),
        5,
        _roles(
            """
local_authority | Deputy Mayor for Social Affairs | 1 | u
local_authority | Neighbourhood Development Officer | 3
local_authority | Community Worker | 2
ngo | Director, Community Centre | 1
ngo | Project Manager, Neighbourhood Projects | 2
research | Researcher in Urban Sociology | 2
regional_authority | Policy Officer, Urban Cohesion | 1
international_organisation | Project Officer, Inclusive Cities | 1
"""
        ),
        (
            "neighbourhood life and the ties between residents",
            "urban renewal and what it does to a neighbourhood's cohesion",
            "community projects in social housing estates",
        ),
        {
            "fr": ("Centre social {de}{c}", "Maison de quartier {de}{c}"),
            "nl": ("Buurtwerk {c}", "Samenlevingsopbouw {c}"),
            "de": ("Stadtteilzentrum {c}", "Quartiersmanagement {c}"),
            "it": ("Casa di quartiere di {c}",),
            "es": ("Asociación Vecinal de {c}",),
            "en": ("{c} Community Trust",),
        },
    ),
    Profile(
        "restorative-justice",
        ("victim-support", "youth", "social-cohesion"),
        3,
        _roles(
            """
justice | Penal Mediation Officer | 3
justice | Public Prosecutor, Juvenile Cases | 1
ngo | Trainer and Mediator | 2
ngo | Victim–Offender Mediator | 2
research | Researcher in Restorative Justice | 1
local_authority | Neighbourhood Mediation Coordinator | 2
"""
        ),
        (
            "victim–offender mediation and restorative circles",
            "restorative practice in schools and neighbourhoods",
            "restorative approaches with young offenders",
        ),
        {
            "fr": ("Service de médiation {de}{c}",),
            "nl": ("Buurtbemiddeling {c}",),
            "de": ("Täter-Opfer-Ausgleich {c} e.V.",),
        },
    ),
    Profile(
        "migration-inclusion",
        ("social-cohesion", "human-trafficking", "community-policing", "youth"),
        4,
        _roles(
            """
local_authority | Integration Officer | 3
local_authority | Intercultural Mediator | 2
ngo | Project Manager, Newcomers | 2
ngo | Guardianship Coordinator, Unaccompanied Minors | 1
national_authority | Policy Officer, Integration | 1
research | Researcher in Migration Studies | 1
international_organisation | Policy Officer, Migrant Integration | 1
"""
        ),
        (
            "the reception of newcomers and their first contacts with public services",
            "unaccompanied minors and the risks they face",
            "inclusive safety policies in diverse neighbourhoods",
        ),
        {
            "fr": ("Accueil des primo-arrivants {de}{c}",),
            "nl": ("Onthaalhuis {c}",),
            "de": ("Flüchtlingshilfe {c} e.V.",),
            "it": ("Centro di accoglienza di {c}",),
            "es": ("Asociación de Acogida de {c}",),
            "en": ("{c} Refugee Welcome",),
        },
    ),
)

PROFILE_BY_TOPIC: dict[str, Profile] = {profile.topic: profile for profile in PROFILES}


def topic_family(topic: str) -> frozenset[str]:
    """A topic and its neighbours: the practices a person of that field may seek or offer."""
    profile = PROFILE_BY_TOPIC[topic]
    return frozenset((topic, *profile.neighbours))


def role_types() -> dict[str, frozenset[str]]:
    """Each job title and the kinds of organisation it exists in."""
    found: dict[str, set[str]] = {}
    for profile in PROFILES:
        for role in profile.roles:
            found.setdefault(role.title, set()).add(role.organisation_type)
    return {title: frozenset(types) for title, types in found.items()}
