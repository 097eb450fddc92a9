"""Topics of the conference and what attendees seek and offer about each, in English.

Each topic has pairs of (something sought, something offered) that answer each other in
different words, so the demo shows semantic matching rather than shared keywords.
"""

from __future__ import annotations

TOPICS: tuple[tuple[str, str], ...] = (
    ("crisis-management", "Crisis management"),
    ("radicalisation", "Prevention of violent radicalisation"),
    ("discriminatory-violence", "Fight against discriminatory violence"),
    ("violence-against-women", "Prevention of violence against women"),
    ("victim-support", "Victim support"),
    ("public-spaces", "Design and management of public spaces"),
    ("nightlife", "Nightlife"),
    ("polarisation", "Polarisation"),
    ("technology", "Technology"),
    ("climate-security", "Security linked to climate change"),
    ("drugs", "Drug policy and harm reduction"),
    ("youth", "Youth and prevention"),
    ("cybercrime", "Cybercrime"),
    ("human-trafficking", "Trafficking in human beings"),
    ("community-policing", "Community policing"),
    ("organised-crime", "Organised crime"),
    ("domestic-violence", "Domestic violence"),
    ("surveillance-ethics", "Video surveillance and urban technology ethics"),
    ("social-cohesion", "Social cohesion"),
    ("restorative-justice", "Restorative justice"),
    ("migration-inclusion", "Migration and inclusion"),
    ("local-safety-governance", "Local safety governance and prevention policy"),
)

# topic -> [(sought, offered)]: noun phrases, completed by openers and contexts below.
PAIRS: dict[str, list[tuple[str, str]]] = {
    "crisis-management": [
        (
            "cities that have run joint crisis exercises (with hospitals, police and schools)",
            "our scenario kit for multi-agency crisis exercises, used with the fire brigade and "
            "three hospitals",
        ),
        (
            "ways to keep residents informed during a crisis without feeding rumours online",
            "a crisis communication playbook with message templates (floods, attacks, blackouts)",
        ),
        (
            "experience of psychosocial support for residents after a terrorist attack",
            "lessons from organising a post-attack support centre for families and witnesses",
        ),
        (
            "examples of business continuity plans for small municipalities",
            "a one-day method to map critical local services and their weak points",
        ),
    ],
    "radicalisation": [
        (
            "approaches to work with young returnees and their families",
            "a tested protocol for safe exit from radicalised networks for young returnees",
        ),
        (
            "training for frontline staff on recognising online radicalisation",
            "a two-day course for teachers and youth workers on extremist content online",
        ),
        (
            "feedback on multi-agency case conferences for radicalisation cases",
            "our local safety cell model, where police and social services share cases lawfully",
        ),
        (
            "partners to evaluate a disengagement programme for far-right youth",
            "an evaluation framework for exit work with far-right and jihadist offenders",
        ),
    ],
    "discriminatory-violence": [
        (
            "effective ways to encourage victims of hate crime to report",
            "an online third-party reporting tool for hate incidents run with community groups",
        ),
        (
            "examples of municipal action plans against antisemitism and anti-Muslim hatred",
            "our city action plan against racism and antisemitism, with indicators",
        ),
        (
            "training on LGBTIQ-phobic violence for municipal staff",
            "workshops on homophobic and transphobic violence designed with LGBTIQ associations",
        ),
        (
            "data on discrimination in access to nightlife venues",
            "results of discrimination testing at club doors in our city centre",
        ),
        (
            "ways to get hate crime cases through to court",
            "guidelines for prosecutors on recognising the hate motive in a case",
        ),
    ],
    "violence-against-women": [
        (
            "partners for an EU-funded project on femicide prevention data",
            "a methodology to build a local femicide observatory from police and court records",
        ),
        (
            "experience of safety audits of public space with women",
            "exploratory walks with women residents and a guide to turn them into works",
        ),
        (
            "measures against street harassment on public transport",
            "a campaign and bystander training against harassment on buses and trams",
        ),
        (
            "ways to reach migrant women who are victims of violence",
            "outreach material in twelve languages for women facing violence",
        ),
    ],
    "victim-support": [
        (
            "models of a one-stop centre for victims in a mid-sized city",
            "our family justice centre model bringing police, lawyers and counsellors under one "
            "roof",
        ),
        (
            "ideas to support victims during long trials",
            "a court accompaniment service run by trained volunteers",
        ),
        (
            "tools to assess the needs of crime victims quickly",
            "an individual needs assessment form aligned with the EU Victims' Rights Directive",
        ),
        (
            "experience of supporting victims after mass-casualty events",
            "a coordination protocol for victim support after large-scale incidents",
        ),
    ],
    "public-spaces": [
        (
            "examples of redesigning a station square to reduce fear of crime",
            "before-and-after evaluation of the redesign of a station forecourt",
        ),
        (
            "participatory methods to involve residents in the design of squares",
            "a participatory design toolkit for squares and parks, tested with teenagers",
        ),
        (
            "evidence on lighting and the feeling of safety",
            "lighting design guidance balancing safety with biodiversity and energy savings",
        ),
        (
            "solutions for conflicts over the use of parks in summer",
            "a park steward scheme that mediates between users during summer evenings",
        ),
        (
            "police presence in squares that does not push problems to the next street",
            "a joint police and city patrol plan for a station square that kept problems from "
            "moving next door",
        ),
    ],
    "nightlife": [
        (
            "cities that have evaluated night mayors or nightlife mediation schemes",
            "our night mayor model (mandate, budget, first-year evaluation)",
        ),
        (
            "ways to prevent drink spiking and sexual harassment in clubs",
            "a training and label for bar staff on sexual harassment in venues",
        ),
        (
            "examples of charters between venue owners and residents (with the police)",
            "a night-time charter signed by venues and residents' groups (and the police), "
            "with its follow-up committee",
        ),
        (
            "data on alcohol-related violence around closing time",
            "a dashboard linking ambulance calls and police reports to venue closing times",
        ),
    ],
    "polarisation": [
        (
            "methods to calm tensions in a neighbourhood after a violent incident",
            "a dialogue method for neighbourhood tensions, facilitated by trained mediators",
        ),
        (
            "research on conspiracy narratives at local level",
            "findings of a survey on trust and conspiracy beliefs in twelve municipalities",
        ),
        (
            "ways to protect local elected officials from threats and harassment",
            "a support protocol for mayors and councillors facing threats",
        ),
        (
            "experience with deliberative citizens' assemblies on security",
            "lessons from a citizens' panel on safety that drafted our prevention priorities",
        ),
    ],
    "technology": [
        (
            "feedback on predictive tools used by municipal police",
            "an independent review of a crime-mapping tool used by a municipal police force",
        ),
        (
            "open-source tools to analyse local safety data",
            "an open-source dashboard for local crime and disorder statistics",
        ),
        (
            "partners to test drones for crowd safety at large events",
            "a drone pilot for crowd monitoring at festivals, with the legal analysis",
        ),
        (
            "experience with apps that let residents report incivilities",
            "our resident reporting app and the data on how reports were handled",
        ),
    ],
    "surveillance-ethics": [
        (
            "guidance on ethical and lawful use of CCTV in public space",
            "an ethics charter for video surveillance reviewed by our data protection officer",
        ),
        (
            "cities that have assessed whether their cameras actually reduce crime",
            "an evaluation of a CCTV network of 300 cameras over five years",
        ),
        (
            "positions of cities on facial recognition in public space",
            "a legal and ethical briefing on biometric surveillance under the AI Act",
        ),
        (
            "ways to involve citizens in decisions on surveillance technology",
            "a citizen oversight board for urban technology, with its terms of reference",
        ),
    ],
    "climate-security": [
        (
            "cities preparing for heatwaves as a public safety issue",
            "a heatwave plan with checks on isolated elderly people and cool rooms",
        ),
        (
            "experience of managing evacuations during floods",
            "lessons learnt from recent floods on evacuation and volunteer coordination",
        ),
        (
            "research on climate change and tensions over resources in cities",
            "a study on climate stress and social tensions in urban areas",
        ),
        (
            "partners to include climate risks in local safety plans",
            "a method to add climate risks to a local safety diagnosis",
        ),
    ],
    "drugs": [
        (
            "cities that have opened or evaluated drug consumption rooms",
            "experience of running a supervised drug consumption room since 2018",
        ),
        (
            "approaches to open drug scenes around train stations",
            "a joint police and outreach plan that reduced the open drug scene near the station",
        ),
        (
            "drug checking services at festivals",
            "a mobile drug checking service for festivals and clubs",
        ),
        (
            "ways to protect minors recruited by drug dealing networks",
            "a protocol to support minors exploited in drug trafficking",
        ),
        (
            "data on new substances and local drug markets",
            "our monitoring of local drug markets from wastewater analysis and drug checking "
            "results",
        ),
    ],
    "youth": [
        (
            "programmes that keep teenagers out of street violence",
            "a mentoring programme for 12–17 year olds at risk of joining gangs",
        ),
        (
            "ideas for involving young people in local safety councils",
            "a youth safety council model with young people aged 15 to 25",
        ),
        (
            "prevention of school dropout linked to delinquency",
            "an early warning system between schools and social services on absenteeism",
        ),
        (
            "sports-based prevention projects with an evaluation",
            "an evaluated late-night sports programme in priority neighbourhoods",
        ),
        (
            "ways to keep minors out of court after a first offence",
            "a diversion scheme that keeps first-time juvenile offenders out of court",
        ),
        (
            "evaluations of youth crime prevention programmes",
            "a review of evaluated youth crime prevention programmes across Europe",
        ),
    ],
    "cybercrime": [
        (
            "awareness campaigns on online fraud aimed at older people",
            "an awareness campaign on phone and online scams for senior citizens",
        ),
        (
            "support for municipalities hit by ransomware",
            "our incident response checklist after a ransomware attack on the city hall",
        ),
        (
            "prevention of sextortion among teenagers",
            "school workshops on sextortion and image-based abuse",
        ),
        (
            "training for local police on digital evidence",
            "a basic digital investigation course for neighbourhood police officers",
        ),
    ],
    "human-trafficking": [
        (
            "ways to identify victims of labour exploitation in local businesses",
            "indicators and a checklist for labour inspectors to spot trafficking",
        ),
        (
            "shelter capacity for male victims of trafficking",
            "a shelter and support model for male victims of trafficking",
        ),
        (
            "cooperation between municipalities and NGOs on sexual exploitation",
            "a city–NGO referral mechanism for victims of sexual exploitation",
        ),
        (
            "cross-border partners to follow trafficking cases",
            "contacts and case experience from cross-border trafficking investigations",
        ),
    ],
    "community-policing": [
        (
            "examples of community policing in neighbourhoods with low trust in police",
            "a neighbourhood policing approach built with residents after riots",
        ),
        (
            "ways to measure trust between police and residents",
            "a trust survey tool used annually in all our police districts",
        ),
        (
            "training in de-escalation for police officers",
            "a de-escalation and communication training for patrol officers",
        ),
        (
            "experience of police–youth dialogue sessions",
            "structured dialogue sessions between police officers and teenagers",
        ),
        (
            "evaluations of community policing in several cities",
            "a comparative evaluation of neighbourhood policing in five cities",
        ),
    ],
    "organised-crime": [
        (
            "administrative approaches to organised crime for mayors",
            "an administrative approach toolkit (permits, inspections, closures) against "
            "criminal businesses",
        ),
        (
            "experience of dealing with drug-related violence at ports",
            "lessons from port cities on cocaine trafficking and local violence",
        ),
        (
            "ways to protect local officials from infiltration and corruption",
            "an integrity screening procedure for public tenders and licences",
        ),
        (
            "research on criminal money in local real estate",
            "an analysis of money laundering through local real estate and shops",
        ),
    ],
    "domestic-violence": [
        (
            "programmes for perpetrators of domestic violence",
            "a perpetrator programme run with the probation service and evaluated over 3 years",
        ),
        (
            "emergency housing solutions for victims and their children",
            "emergency flats for victims of domestic violence managed with social housing",
        ),
        (
            "protocols for police response to domestic violence calls",
            "a risk assessment grid for domestic violence calls used by patrol officers",
        ),
        (
            "experience with electronic alarm devices for victims at high risk",
            "feedback from two years of alarm phones for victims at high risk",
        ),
        (
            "national frameworks that fund local domestic violence services",
            "our national action plan on domestic violence and how it funds local services",
        ),
    ],
    "social-cohesion": [
        (
            "projects that bring together residents of different backgrounds",
            "a neighbourhood kitchen and festival programme bringing residents together",
        ),
        (
            "ways to revive neighbourhood committees",
            "a method to set up neighbourhood committees and keep them active",
        ),
        (
            "evaluation of urban renewal effects on safety",
            "an evaluation of urban renewal on safety and residents' cohesion over ten years",
        ),
        (
            "experience of intergenerational projects in social housing",
            "an intergenerational mentoring project in social housing estates",
        ),
    ],
    "restorative-justice": [
        (
            "examples of restorative justice for young offenders",
            "victim–offender mediation for minors, run with the juvenile court",
        ),
        (
            "ways to use restorative circles in schools",
            "training for school staff in restorative circles",
        ),
        (
            "experience of restorative approaches after hate crimes",
            "restorative dialogues after hate incidents, with case studies",
        ),
        (
            "partners to compare restorative justice in neighbourhood disputes",
            "a neighbourhood mediation service handling 400 disputes a year",
        ),
    ],
    "migration-inclusion": [
        (
            "approaches to protect unaccompanied minors from exploitation",
            "a reception and mentoring scheme for unaccompanied minors",
        ),
        (
            "ways to build trust between newcomers and local police",
            "information sessions where police meet newcomers in their own languages",
        ),
        (
            "experience of cultural mediators in public services",
            "a pool of intercultural mediators working in schools and hospitals",
        ),
        (
            "examples of inclusive safety policies in diverse neighbourhoods",
            "our inclusive safety diagnosis method, co-produced with migrant associations",
        ),
        (
            "national funding schemes for local integration work",
            "our national programme funding municipal integration projects",
        ),
    ],
    "local-safety-governance": [
        (
            "examples of local safety diagnoses to prepare a new prevention plan",
            "a local safety diagnosis method (data, interviews, exploratory walks)",
        ),
        (
            "indicators to evaluate a local prevention policy",
            "a set of indicators and an annual report format for local prevention policy",
        ),
        (
            "ways to make a local safety council work beyond formalities",
            "our experience chairing a local safety council with twenty partners",
        ),
        (
            "cities ready to share their safety budgets and staffing",
            "benchmarking data on prevention budgets and staff in thirty cities",
        ),
    ],
}

SEEK_OPENERS = (
    "Looking for",
    "Seeking",
    "I am looking for",
    "We are looking for",
    "Keen to find",
    "Hoping to find",
    "Searching for",
    "Would welcome",
    "Interested in",
)
OFFER_OPENERS = (
    "We offer",
    "We can share",
    "I can share",
    "Happy to share",
    "Happy to present",
    "Can offer",
    "Our team can present",
    "We can provide",
)
SEEK_CONTEXTS = (
    "",
    "",
    " for our new local safety plan",
    " ahead of a council decision in {month}",
    " to inform a national strategy review",
    " for a comparative study",
    " for a Horizon Europe or ISF consortium",
    " to adapt in {city}",
    " — our pilot starts in {month}",
    " in cities of a similar size to {city}",
    " (French or English is fine)",
    " before we renew our plan in {plan_year}",
    " for the programme we launch in {plan_year}",
)
# Details of an offer; {year} is always before the conference, so these are in the past.
OFFER_DETAILS = (
    "",
    "",
    " — materials in English and {lang}",
    ", evaluated by independent researchers in {year}",
    ", free of charge for Efus members",
    ", first used in {year}",
    " and the mistakes we made along the way",
)
# Details that only a city-based organisation can write ({city} is where it works).
LOCAL_OFFER_DETAILS_EN = (
    ", developed in {city}",
    ", with a site visit in {city} if useful",
    ", running in {city} since {year}",
)
# Lead-ins of a list of needs: bullets under it, or items after it separated by ";".
SEEK_LIST_LEADS = (
    "Looking for:",
    "What I hope to find here:",
    "We are looking for:",
    "Seeking:",
    "What we need most:",
)
OFFER_LIST_LEADS = (
    "We can share:",
    "Happy to present:",
    "What we can offer:",
    "I can share:",
)
SECOND_SEEK = ("Also interested in", "Also looking for", "In addition, seeking")
SECOND_OFFER = ("We can also share", "Also happy to present", "I can also offer")

# A bio's first sentence by kind of organisation: "{focus}" is what the person's field works
# on (profiles.Profile.focus), "{n}" years, "{team}" people, "{city}" where they work.
BIO_FRAMES: dict[str, tuple[str, ...]] = {
    "local_authority": (
        "Works on {focus} for the city, with police, schools and associations around the table.",
        "Has worked for the city administration for {n} years, the last few on {focus}.",
        "Leads a team of {team} in {city} working on {focus}.",
        "Has spent the last {n} years in {city} on {focus}.",
        "Joined the city after {n} years in the field; now in charge of {focus}.",
    ),
    "regional_authority": (
        "Funds and coordinates the municipalities' work on {focus} across the region.",
        "Advises the regional government on {focus}.",
    ),
    "police": (
        "Police officer for {n} years, now working on {focus}.",
        "Leads a unit of {team} officers in {city} dealing with {focus}.",
    ),
    "justice": (
        "Has worked in the justice system for {n} years and sits on the local safety council.",
        "Works with the police, probation and victim services on the cases of the district.",
    ),
    "research": (
        "Researches {focus}, with fieldwork in {city} and comparisons across Europe.",
        "Leads a research group of {team} on {focus}.",
        "Studies {focus} and advises cities that want to evaluate their work.",
    ),
    "national_authority": (
        "Drafts national policy on {focus} and follows how cities apply it.",
        "Manages the national funding programme for local work on {focus}.",
    ),
    "ngo": (
        "Has worked in the field for {n} years, on {focus}.",
        "Leads a team of {team} staff and volunteers working on {focus}.",
        "Works on {focus}, in the street and with the city's services.",
    ),
    "private_sector": (
        "Advises cities and transport operators on {focus}.",
        "Has delivered projects on {focus} for some {team} cities.",
    ),
    "international_organisation": (
        "Follows {focus} across European countries and organises exchanges between cities.",
        "Manages a European programme on {focus}.",
    ),
    "consultant": (
        "Trains and advises local authorities on {focus}.",
        "Independent since {since}, working with cities on {focus}.",
    ),
}
# A bio's optional second sentence: career, in the past tense ({since}, {year} < the event).
BIO_SECOND = (
    "Trained in {background}.",
    "Background in {background}.",
    "Previously worked in {other}.",
    "In this post since {since}.",
    "Took part in the Efus working group on {label} in {year}.",
)
BACKGROUNDS = (
    "social work",
    "law",
    "urban planning",
    "criminology",
    "public health",
    "political science",
    "psychology",
    "education",
)

# Who can offer each practice, by kind of organisation: L local authority, A regional
# authority, P police, J justice, G national authority, I international organisation,
# N association, R research, B company, O independent. A practice not listed can be offered
# by anyone; a prosecutor does not run a drug consumption room.
_KIND_CODES = {
    "L": "local_authority",
    "A": "regional_authority",
    "P": "police",
    "J": "justice",
    "G": "national_authority",
    "I": "international_organisation",
    "N": "ngo",
    "R": "research",
    "B": "private_sector",
    "O": "other",
}
_OFFERED_BY_CODES: dict[str, tuple[str, ...]] = {
    "crisis-management": ("LAPGBRI", "LAPGBRIO", "LAGNP", "LAGBRIO"),
    "radicalisation": ("NLJGP", "NLRGIO", "LPGA", "RGINBO"),
    "discriminatory-violence": ("LNPGI", "LA", "NLRO", "LNR", "JGIR"),
    "violence-against-women": ("LARGN", "LANRBO", "LANO", "NLAGI"),
    "victim-support": ("LAPJNG", "NJ", "NPJGI", "LAPGNI"),
    "public-spaces": ("LARB", "LARBNO", "LABR", "LN", "PL"),
    "nightlife": ("L", "LNBO", "LP", "LPRB"),
    "polarisation": ("LNO", "RGI", "LAGI", "LA"),
    "technology": ("RBO", "LAPRB", "LPB", "LB"),
    "surveillance-ethics": ("LAP", "LPR", "RINGBO", "LA"),
    "climate-security": ("LA", "LAGB", "RBI", "LARBGI"),
    "drugs": ("NL", "LPN", "NL", "LPJNG", "RIG"),
    "youth": ("NL", "LA", "LAG", "LN", "PJG", "RIGO"),
    "cybercrime": ("LPNG", "LB", "NP", "PJIG"),
    "human-trafficking": ("LGIN", "N", "LN", "PJI"),
    "community-policing": ("PL", "P", "P", "PLN", "RGI"),
    "organised-crime": ("LGA", "LPJRGI", "LAGB", "RJPIGN"),
    "domestic-violence": ("NJ", "NL", "P", "NPJL", "GI"),
    "social-cohesion": ("LN", "LNA", "RLAI", "NL"),
    "restorative-justice": ("JN", "NJR", "NJ", "LN"),
    "migration-inclusion": ("NL", "PLN", "LN", "LNR", "GI"),
    "local-safety-governance": ("LARGIBO", "LAGRIBO", "LAP", "RIGBO"),
}


def kinds(codes: str) -> frozenset[str]:
    """Organisation types of a string of kind codes ("LN": local authority, association)."""
    return frozenset(_KIND_CODES[c] for c in codes)


def offered_by(topic: str, index: int) -> frozenset[str]:
    """The kinds of organisation that can offer practice ``index`` of ``topic``."""
    return kinds(_OFFERED_BY_CODES[topic][index])
