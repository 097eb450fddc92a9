"""Research workshops where participants list the methods they can teach and want to learn.

Style: modelled on a real research workshop's registration form with two list questions,
"methods/practices I know (can teach)" and "methods/practices I want to learn". Six workshops
of 30-60 participants each, one field per workshop: urban security, public health and harm
reduction, social-science methods, data and technology for cities, crisis and emergency
management, youth work and prevention. Each field has its own catalogue of 30-32 real methods;
each method has several wordings (acronym alone, acronym with its expansion, the expansion, a
tool-flavoured phrase such as "mapping crime hotspots with QGIS"), and neighbouring methods
share vocabulary on purpose ("risk assessment for domestic violence" beside "risk assessment
of crowded places"; "social network analysis" beside "running a network of social workers";
SARA the problem-solving model beside SARA the spousal-assault risk tool).

Each participant lists 2-5 methods they know (``offering``) and 2-5 they want to learn
(``seeking``), mostly two or three, written the way people fill in such forms: comma,
semicolon, slash, line and bullet lists, numbered lists, "I can teach A, B and C", "Keen to
learn: X; Y", with asides ("(beginner)", "- can share templates") and the occasional typo.
Role, organisation and its type, city, country (ISO 3166-1) and languages (ISO 639-1) are
plausible for the field; practitioners lean towards practice methods they know and research
methods they want, and researchers the other way round (in the social-science workshop the two
sides are quantitative/computational and qualitative/participatory, a coin toss per person).
Each participant works on one or two of the workshop's 7-8 topics (a psychologist on
psychosocial support, a teacher on schools) and their lists lean towards methods there; the
profile's topics are 2-4 broad tags, drawn mostly from those areas: loosely informative only.
About 40% write a bio.

Ground truth: every list item is one canonical method, whatever its wording. Attendee u is
relevant to viewer v with grade 1 (ONE_WAY) when u knows a method v wants to learn, or u wants
to learn a method v knows; grade 2 (MUTUAL) when both hold. Anyone else is irrelevant.
Participants left with fewer than three relevant others get one more list item (the method
that connects them most), so nearly everyone has at least three. Short lists over a catalogue
of ~30 methods make a large share of the room relevant (about 40-50% of the others per viewer,
roughly one in six of those mutual): the signal is in telling grade 2 from grade 1 from 0
despite the wording, not in finding a needle.

Everything is drawn from ``random.Random`` seeded once per call: the same seed gives the same
events, byte for byte.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from matchmaker.attendees.models import AttendeeProfile
from quality_sets.base import MUTUAL, ONE_WAY, QualitySet, profile

# Two sides of a field: "r" for research, analytic or technical methods, "p" for practice.
RESEARCH = "r"
PRACTICE = "p"

# Words in a role that put its holder on the research side.
_RESEARCH_ROLE_WORDS = (
    "research",
    "phd",
    "professor",
    "lecturer",
    "analyst",
    "scientist",
    "epidemiologist",
    "statistician",
    "methodologist",
    "toxicologist",
    "hydrologist",
    "engineer",
    "developer",
)

MIN_RELEVANT = 3
MAX_ITEMS = 5
# How strongly lists lean: towards a participant's focus topics (people know and want methods
# near their own work), towards their side (what they know) or the other side (what they
# want), and towards fashionable methods (a long tail: few methods are widespread).
KNOWN_FOCUS_PULL = 10.0
WANTED_FOCUS_PULL = 5.0
KNOWN_SIDE_PULL = 12.0
WANTED_SIDE_PULL = 3.0
POPULARITY_EXPONENT = 0.5


@dataclass(frozen=True)
class Method:
    """One canonical method or practice and the ways people write it."""

    key: str
    side: str
    topics: tuple[str, ...]
    wordings: tuple[str, ...]


def _methods(table: str) -> tuple[Method, ...]:
    """A catalogue written one method per entry: ``key side topic,topic: wording | wording``;
    a line starting with ``|`` carries on the entry above it."""
    entries: list[str] = []
    for line in table.strip().splitlines():
        if line.strip().startswith("|"):
            entries[-1] += " " + line.strip()
        elif line.strip():
            entries.append(line.strip())
    methods: list[Method] = []
    for entry in entries:
        head, wordings = entry.split(":", 1)
        key, side, topics = head.split()
        methods.append(
            Method(
                key=key,
                side=side,
                topics=tuple(topics.split(",")),
                wordings=tuple(w.strip() for w in wordings.split("|") if w.strip()),
            )
        )
    return tuple(methods)


@dataclass(frozen=True)
class Country:
    """Where a participant comes from: cities, languages and names that fit."""

    cities: tuple[str, ...]
    languages: tuple[str, ...]  # one of them is the participant's first language
    female: tuple[str, ...]
    male: tuple[str, ...]
    surnames: tuple[str, ...]  # "Novák/Nováková": male and female forms
    # Where the country has several languages, the one a city speaks (Brussels: either).
    city_languages: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Workshop:
    """One research workshop: its field, its people and its catalogue of methods."""

    slug: str
    title: str
    topics: dict[str, str]
    methods: tuple[Method, ...]
    countries: dict[str, float]  # country code -> weight; the host weighs most
    organisations: dict[str, tuple[str, ...]]  # organisation type -> name templates
    organisation_weights: dict[str, float]
    roles: dict[str, tuple[str, ...]]  # organisation type -> roles
    bios: dict[str, tuple[str, ...]]  # organisation type -> lines someone there might write
    role_topics: dict[str, str]  # role -> the topic its holders work on (a psychologist ...)
    side_from_role: bool = True  # False: a participant's side is a coin toss (methods school)


@dataclass(frozen=True)
class _Identity:
    """Who a participant is, apart from their lists."""

    name: str
    role: str
    organisation: str
    organisation_type: str
    city: str
    country: str
    languages: list[str]


@dataclass
class _Participant:
    side: str
    focus: list[str]
    known: list[str] = field(default_factory=list)
    wanted: list[str] = field(default_factory=list)


COUNTRIES: dict[str, Country] = {
    "BE": Country(
        ("Brussels", "Antwerp", "Ghent", "Liège", "Leuven", "Charleroi", "Mechelen"),
        ("nl", "fr"),
        ("Lotte", "Sofie", "Mathilde", "Élodie", "Ines", "Hanne", "Nadia", "Charlotte"),
        ("Pieter", "Wout", "Julien", "Thomas", "Arne", "Karim", "Maxime", "Jens"),
        ("Peeters", "Janssens", "Maes", "Dubois", "Lambert", "Claes", "Goossens", "Lemaire"),
        {
            "Antwerp": "nl",
            "Ghent": "nl",
            "Leuven": "nl",
            "Mechelen": "nl",
            "Liège": "fr",
            "Charleroi": "fr",
        },
    ),
    "FR": Country(
        ("Paris", "Lyon", "Marseille", "Lille", "Toulouse", "Bordeaux", "Nantes", "Strasbourg"),
        ("fr",),
        ("Camille", "Léa", "Claire", "Sarah", "Manon", "Yasmine", "Chloé", "Aurélie"),
        ("Hugo", "Nicolas", "Mathieu", "Antoine", "Karim", "Julien", "Romain", "Bastien"),
        ("Martin", "Bernard", "Petit", "Moreau", "Laurent", "Girard", "Rousseau", "Benali"),
    ),
    "NL": Country(
        ("Amsterdam", "Rotterdam", "Utrecht", "The Hague", "Eindhoven", "Groningen"),
        ("nl",),
        ("Sanne", "Fleur", "Anouk", "Femke", "Noor", "Esther", "Iris", "Marloes"),
        ("Daan", "Joris", "Bram", "Thijs", "Ruben", "Sander", "Youssef", "Jeroen"),
        ("de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer"),
    ),
    "DE": Country(
        ("Berlin", "Hamburg", "Munich", "Cologne", "Frankfurt", "Leipzig", "Stuttgart"),
        ("de",),
        ("Lena", "Anna", "Katrin", "Miriam", "Sophie", "Julia", "Franziska", "Deniz"),
        ("Jonas", "Felix", "Tobias", "Lukas", "Florian", "Stefan", "Emre", "Moritz"),
        ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Yilmaz"),
    ),
    "AT": Country(
        ("Vienna", "Graz", "Linz", "Innsbruck", "Salzburg"),
        ("de",),
        ("Theresa", "Magdalena", "Verena", "Katharina"),
        ("Lukas", "Florian", "Matthias", "Clemens"),
        ("Gruber", "Huber", "Bauer", "Wagner", "Pichler", "Steiner"),
    ),
    "CH": Country(
        ("Zurich", "Geneva", "Lausanne", "Bern", "Basel"),
        ("de", "fr"),
        ("Nina", "Laura", "Céline", "Andrea"),
        ("Reto", "Luca", "Samuel", "Yannick"),
        ("Meier", "Keller", "Favre", "Brunner", "Baumann", "Rochat"),
        {"Zurich": "de", "Bern": "de", "Basel": "de", "Geneva": "fr", "Lausanne": "fr"},
    ),
    "ES": Country(
        ("Madrid", "Barcelona", "Valencia", "Seville", "Bilbao", "Zaragoza", "Málaga"),
        ("es",),
        ("Lucía", "Marta", "Elena", "Nuria", "Irene", "Laia", "Carmen", "Paula"),
        ("Javier", "Pablo", "Carlos", "Alejandro", "Sergio", "Jordi", "Iker", "Daniel"),
        ("García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro", "Vidal"),
    ),
    "PT": Country(
        ("Lisbon", "Porto", "Coimbra", "Braga"),
        ("pt",),
        ("Inês", "Beatriz", "Mariana", "Catarina", "Joana"),
        ("João", "Tiago", "Rui", "Miguel", "Duarte"),
        ("Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Almeida"),
    ),
    "IT": Country(
        ("Rome", "Milan", "Turin", "Bologna", "Naples", "Florence", "Padua"),
        ("it",),
        ("Giulia", "Chiara", "Francesca", "Sara", "Elisa", "Valentina", "Martina"),
        ("Marco", "Luca", "Davide", "Matteo", "Andrea", "Lorenzo", "Stefano"),
        ("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Greco"),
    ),
    "GB": Country(
        ("London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Bristol", "Cardiff"),
        ("en",),
        ("Emma", "Olivia", "Priya", "Aisha", "Hannah", "Rachel", "Fiona", "Grace"),
        ("James", "Harry", "Tom", "Callum", "Owen", "Imran", "Rory", "Ben"),
        ("Smith", "Jones", "Taylor", "Brown", "Patel", "Wilson", "Evans", "Khan", "Hughes"),
    ),
    "IE": Country(
        ("Dublin", "Cork", "Galway", "Limerick"),
        ("en",),
        ("Aoife", "Niamh", "Ciara", "Sinéad"),
        ("Cian", "Seán", "Oisín", "Darragh"),
        ("Murphy", "Kelly", "O'Brien", "Byrne", "Ryan", "Walsh"),
    ),
    "SE": Country(
        ("Stockholm", "Gothenburg", "Malmö", "Uppsala"),
        ("sv",),
        ("Elin", "Maja", "Sara", "Linnea", "Frida"),
        ("Erik", "Oskar", "Johan", "Amir", "Viktor"),
        ("Andersson", "Johansson", "Karlsson", "Nilsson", "Lindqvist", "Berg"),
    ),
    "DK": Country(
        ("Copenhagen", "Aarhus", "Odense", "Aalborg"),
        ("da",),
        ("Mette", "Freja", "Ida", "Signe"),
        ("Mads", "Rasmus", "Kasper", "Mikkel"),
        ("Nielsen", "Jensen", "Hansen", "Pedersen", "Larsen", "Christensen"),
    ),
    "NO": Country(
        ("Oslo", "Bergen", "Trondheim", "Stavanger"),
        ("no",),
        ("Ingrid", "Silje", "Kari", "Ragnhild"),
        ("Henrik", "Anders", "Sindre", "Magnus"),
        ("Hansen", "Olsen", "Haugen", "Berg", "Solberg", "Dahl"),
    ),
    "FI": Country(
        ("Helsinki", "Tampere", "Turku", "Espoo"),
        ("fi",),
        ("Aino", "Laura", "Johanna", "Riikka"),
        ("Mikko", "Juho", "Antti", "Ville"),
        ("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Heikkinen"),
    ),
    "EE": Country(
        ("Tallinn", "Tartu"),
        ("et",),
        ("Kadri", "Liis", "Triin", "Kristiina"),
        ("Mart", "Tanel", "Rasmus", "Priit"),
        ("Tamm", "Saar", "Sepp", "Mägi", "Kask"),
    ),
    "PL": Country(
        ("Warsaw", "Kraków", "Wrocław", "Gdańsk", "Poznań", "Łódź"),
        ("pl",),
        ("Anna", "Katarzyna", "Magdalena", "Agnieszka", "Zofia"),
        ("Piotr", "Tomasz", "Michał", "Paweł", "Krzysztof"),
        ("Nowak", "Kowalski/Kowalska", "Wiśniewski/Wiśniewska", "Wójcik", "Mazur"),
    ),
    "CZ": Country(
        ("Prague", "Brno", "Ostrava"),
        ("cs",),
        ("Tereza", "Lucie", "Petra", "Klára"),
        ("Jakub", "Tomáš", "Ondřej", "Martin"),
        ("Novák/Nováková", "Svoboda/Svobodová", "Dvořák/Dvořáková", "Černý/Černá"),
    ),
    "GR": Country(
        ("Athens", "Thessaloniki", "Patras", "Heraklion", "Volos"),
        ("el",),
        ("Maria", "Eleni", "Katerina", "Sofia", "Despina"),
        ("Giorgos", "Nikos", "Dimitris", "Kostas", "Yannis"),
        (
            "Papadopoulos/Papadopoulou",
            "Georgiou",
            "Nikolaidis/Nikolaidou",
            "Konstantinou",
            "Pappas/Pappa",
            "Alexiou",
        ),
    ),
    "RO": Country(
        ("Bucharest", "Cluj-Napoca", "Iași", "Timișoara"),
        ("ro",),
        ("Ioana", "Elena", "Andreea", "Raluca"),
        ("Andrei", "Mihai", "Radu", "Bogdan"),
        ("Popescu", "Ionescu", "Constantin", "Stan", "Dumitru"),
    ),
    "CA": Country(
        ("Montreal", "Toronto", "Vancouver", "Ottawa"),
        ("en", "fr"),
        ("Émilie", "Jessica", "Geneviève", "Sarah"),
        ("Alexandre", "Ryan", "Mathieu", "Kevin"),
        ("Tremblay", "Gagnon", "Roy", "Campbell", "Wong", "MacDonald"),
        {"Montreal": "fr", "Toronto": "en", "Vancouver": "en"},
    ),
    "CO": Country(
        ("Bogotá", "Medellín", "Cali"),
        ("es",),
        ("Valentina", "Daniela", "Catalina", "Luisa"),
        ("Santiago", "Andrés", "Felipe", "Juan Camilo"),
        ("Restrepo", "Gómez", "Rodríguez", "Ospina", "Cardona"),
    ),
    "AU": Country(
        ("Melbourne", "Sydney", "Brisbane"),
        ("en",),
        ("Chloe", "Jess", "Mia", "Kate"),
        ("Liam", "Jack", "Nathan", "Josh"),
        ("Nguyen", "Wilson", "Thompson", "Murray", "Kelly"),
    ),
}

# Languages people add to their first one (English as the workshops' common language aside).
_EXTRA_LANGUAGES = ("fr", "de", "es", "it", "nl", "pt")


_URBAN_SECURITY_METHODS = """
victimisation-survey r surveys-victims: victimisation surveys | crime victimization surveys
    | designing a local victimisation survey | victim surveys (CSEW-style)
    | running city-wide victimisation surveys
insecurity-survey r surveys-victims: fear of crime surveys | measuring feelings of insecurity
    | perceived safety surveys | surveys on feelings of unsafety
intercept-survey r surveys-victims,nightlife: street intercept surveys
    | on-street questionnaires | intercept interviews in public space
crime-mapping r crime-analysis: crime mapping | GIS | GIS mapping of crime
    | mapping crime hotspots with QGIS | geographic information systems (GIS) for crime data
    | hotspot maps in ArcGIS
near-repeat r crime-analysis: near-repeat analysis | near repeat calculator
    | space-time clustering of burglaries (near repeats)
risk-terrain r crime-analysis,urban-design: risk terrain modelling | RTM
    | risk terrain modeling (RTM) | modelling environmental risk factors for crime
agent-based r crime-analysis: agent-based modelling of crime | ABM
    | agent based simulation of burglary patterns
crime-script r crime-analysis: crime script analysis | crime scripting
    | scripting organised crime processes
osint r crime-analysis,policing: OSINT | open source intelligence
    | open-source intelligence on social media | monitoring public social media for disorder
cpted p urban-design: CPTED audits | crime prevention through environmental design
    | CPTED site assessments | CPTED | environmental design reviews for crime prevention
safety-walk p gender-violence,urban-design: women's safety audits
    | exploratory safety walks with women | marches exploratoires | gender safety walks
participatory-mapping p urban-design,surveys-victims: participatory mapping with residents
    | community mapping of unsafe places | sketch maps of fear with residents
local-safety-audit p evaluation,urban-design: local safety audits | local safety diagnostics
    | diagnostic local de sécurité | city-wide community safety audit
dv-risk p gender-violence: risk assessment for domestic violence | DASH risk checklist
    | domestic abuse risk assessment (DASH / SARA) | IPV risk assessment tools
marac p gender-violence,policing: MARAC | multi-agency risk assessment conferences (MARAC)
    | running multi-agency case conferences for high-risk victims
crowded-places p nightlife,urban-design: risk assessment of crowded places
    | crowded places risk assessment | protective security assessments for public spaces
    | hostile vehicle mitigation assessments
nightlife-audit p nightlife: night-time economy safety audits | nightlife safety assessment
    | night audits of bar districts
bystander-training p nightlife,gender-violence: bystander intervention training
    | bystander training for bar staff | Ask for Angela style training
rj-circles p restorative-justice: restorative justice circles | peacemaking circles
    | facilitating restorative circles | RJ circles
victim-offender-mediation p restorative-justice: victim-offender mediation | VOM
    | mediation between victims and offenders
police-focus-groups r policing: focus groups with police
    | running focus groups with police officers | focus groups with frontline officers
ride-along r policing: ride-alongs with police patrols | police ethnography (ride-alongs)
    | observing patrols | ride-along fieldwork
community-panels p policing: community policing panels | neighbourhood safety panels
    | citizen panels on policing priorities
procedural-justice p policing: procedural justice training for officers | procedural justice
    | training police in procedural justice
problem-oriented p policing,crime-analysis: problem-oriented policing (SARA)
    | the SARA model (scanning, analysis, response, assessment) | POP projects
    | problem-solving partnerships (POP)
rct r evaluation: randomised controlled trials | RCTs | randomized field experiments in policing
quasi-experimental r evaluation: quasi-experimental designs | difference-in-differences
    | DiD / synthetic control evaluation | quasi-experiments with matched comparison areas
realist-evaluation r evaluation: realist evaluation | CMO configurations (realist evaluation)
    | Pawson & Tilley realist evaluation
theory-of-change p evaluation: theory of change workshops | logic models
    | building a theory of change | ToC
cost-benefit r evaluation: cost-benefit analysis of prevention | CBA | cost benefit analysis
cctv-evaluation r evaluation,urban-design: CCTV evaluation | evaluating CCTV schemes
    | assessing whether cameras reduce crime
displacement r evaluation,crime-analysis: measuring crime displacement
    | displacement and diffusion of benefits analysis
    | checking for displacement with buffer zones
"""

_HARM_REDUCTION_METHODS = """
ftir p drug-checking: drug checking with FTIR | FTIR spectroscopy
    | infrared spectrometry for drug checking | running an FTIR drug-checking service
test-strips p drug-checking,overdose: fentanyl test strips | FTS distribution
    | fentanyl strip testing | test strips for fentanyl and nitazenes
reagents p drug-checking,nightlife-festivals: reagent testing (Marquis, Mecke)
    | colour reagent kits | reagent test kits at festivals
gc-ms r drug-checking,monitoring: GC-MS confirmation of samples | GC-MS
    | lab confirmation with gas chromatography-mass spectrometry
early-warning p drug-checking,monitoring: drug early warning systems
    | early warning alerts on new psychoactive substances | issuing drug alerts
    | NPS early warning
naloxone p overdose: naloxone distribution | take-home naloxone programmes | THN
    | Narcan training and distribution | nasal naloxone kits
consumption-rooms p overdose,treatment: running supervised consumption rooms
    | drug consumption rooms (DCR) | overdose prevention sites
    | safer injection facility operations
peer-outreach p outreach: peer outreach | peer-led outreach with people who use drugs
    | training peer workers | peer worker programmes
nsp-logistics p infections,outreach: needle exchange logistics
    | NSP logistics (needle and syringe programmes) | syringe service programme supply chains
    | managing needle & syringe stock
vending-machines p infections,outreach: syringe vending machines
    | harm reduction vending machines | dispensing machines for injecting kits
needle-litter p outreach: discarded needle collection | needle litter sweeps
    | placing sharps disposal bins
wastewater r monitoring: wastewater epidemiology | wastewater-based epidemiology (WBE)
    | sewage analysis to estimate drug use | WBE
syringe-residue r monitoring,drug-checking: syringe residue analysis | analysing used syringes
    | ESCAPE-style syringe residue testing
rds r monitoring,infections: respondent-driven sampling | RDS
    | RDS surveys of people who inject drugs
capture-recapture r monitoring: capture-recapture estimation
    | estimating hidden populations (capture–recapture)
    | capture recapture for PWID size estimates
darknet r monitoring,drug-policy: monitoring darknet markets | darknet market scraping
    | cryptomarket monitoring
death-reviews r overdose,monitoring: drug-related death reviews | DRD case reviews
    | confidential inquiry into drug deaths
hcv-testing p infections: point-of-care HCV testing | HCV rapid testing
    | dried blood spot testing for hepatitis C | hep C testing in low-threshold settings
prep p infections,nightlife-festivals: PrEP outreach | HIV PrEP promotion
    | PrEP navigation for MSM
chemsex p nightlife-festivals,infections: chemsex support groups | chemsex counselling
    | working with chemsex users
oat p treatment: opioid agonist treatment (OAT) | methadone and buprenorphine prescribing | OST
    | low-threshold OAT
motivational-interviewing p treatment,outreach: motivational interviewing | MI
    | MI conversations with clients
contingency-management p treatment: contingency management | CM for stimulant use
    | voucher-based incentives
brief-interventions p treatment,nightlife-festivals: alcohol brief interventions | ABI | SBIRT
festival-care p nightlife-festivals: festival welfare tents | harm reduction stands at festivals
    | running care spaces at festivals
mobile-outreach p outreach: mobile outreach vans | running a harm reduction bus | mobile units
housing-first p treatment,drug-policy: Housing First | housing first programmes
    | HF fidelity assessment
safer-smoking p outreach,infections: safer smoking kit distribution | crack pipe distribution
    | safer inhalation supplies
peer-research r outreach,drug-policy: peer research with people who use drugs
    | community-based participatory research with PWUD | working with peer researchers
policy-analysis r drug-policy: decriminalisation policy analysis | drug policy analysis
    | comparing decriminalisation models
"""

_SOCIAL_METHODS_METHODS = """
ethnography p qualitative: ethnography | ethnographic fieldwork | participant observation
    | urban ethnography
discourse-analysis p qualitative: discourse analysis | critical discourse analysis (CDA)
    | CDA of policy documents | Foucauldian discourse analysis
content-analysis r qualitative,quantitative: content analysis
    | quantitative content analysis of media | coding newspaper articles (content analysis)
conversation-analysis p qualitative: conversation analysis | CA of talk-in-interaction
    | analysing naturally occurring talk (conversation analysis)
sna r networks: social network analysis | SNA | network analysis with UCINET
    | ego-network analysis | SNA (social network analysis) in R / igraph
communities-of-practice p networks,participatory: running a network of social workers
    | facilitating communities of practice | community of practice facilitation
    | building practitioner networks
survey-weighting r quantitative: survey weighting | raking and post-stratification
    | weighting survey data | calibration weights
questionnaire-design r quantitative: questionnaire design | designing survey questionnaires
    | writing good survey questions
cognitive-interviewing p quantitative,qualitative: cognitive interviewing
    | cognitive pretesting of survey items | think-aloud testing of questionnaires
qda-software p qualitative: qualitative coding with software | NVivo | ATLAS.ti | MAXQDA coding
    | CAQDAS (NVivo / ATLAS.ti)
thematic-analysis p qualitative: thematic analysis
    | reflexive thematic analysis (Braun & Clarke) | reflexive TA
grounded-theory p qualitative: grounded theory | constructivist grounded theory
    | grounded theory coding (open / axial)
mixed-methods r mixed-methods: mixed methods | mixed-methods designs
    | integrating qual and quant (joint displays) | sequential explanatory designs
qca r mixed-methods: qualitative comparative analysis | QCA | fsQCA | fuzzy-set QCA
multilevel r quantitative: multilevel modelling | hierarchical linear models (HLM)
    | mixed-effects models | multilevel models in lme4
sem r quantitative: structural equation modelling | SEM | SEM with lavaan | CFA / SEM
propensity-matching r quantitative: propensity score matching | PSM
    | matching methods for causal inference
biographical-interviews p qualitative: biographical narrative interviews
    | life-history interviews | BNIM
focus-groups p qualitative,participatory: focus groups | running focus groups
    | focus group moderation
photovoice p participatory: photovoice | photo-voice | participatory photography
walking-interviews p participatory,qualitative: walking interviews | go-along interviews
    | walk-along methods
par p participatory: participatory action research | PAR | co-research with communities
topic-models r computational: topic modelling | LDA topic models | structural topic models (STM)
    | text mining with R
web-scraping r computational: web scraping | scraping websites with Python
    | collecting social media data via APIs
systematic-review r mixed-methods: systematic reviews | systematic literature reviews (PRISMA)
    | PRISMA-style reviews
meta-analysis r quantitative: meta-analysis | meta-analytic methods
    | random-effects meta-analysis
delphi p mixed-methods,participatory: Delphi method | Delphi studies | expert Delphi panels
q-methodology r mixed-methods: Q methodology | Q-sort | Q-method studies
sequence-analysis r quantitative,computational: sequence analysis
    | optimal matching of life courses | TraMineR sequence analysis
ethics-applications p research-ethics: writing ethics applications
    | navigating ethics review boards | ethics committee applications
data-management-plans r research-ethics: data management plans | DMPs | FAIR data management
transcript-anonymisation p research-ethics,qualitative: anonymising interview transcripts
    | pseudonymisation of qualitative data | de-identifying transcripts
"""

_CITY_DATA_METHODS = """
open-data-portal p open-data: open data portals | running a CKAN portal
    | publishing open data (CKAN / Opendatasoft) | open data portal management
dcat r open-data,data-infrastructure: DCAT-AP metadata | open data metadata standards (DCAT)
    | metadata standards for open data
sensor-networks r sensing: sensor networks | deploying IoT sensors | LoRaWAN sensor networks
    | IoT sensor deployment in public space
sensor-calibration r sensing: low-cost sensor calibration
    | calibrating air quality sensors against reference stations | sensor calibration
pia p privacy: privacy impact assessments | PIA | DPIA (data protection impact assessment)
    | GDPR DPIAs | PIAs
algorithmic-impact p privacy,ai: algorithmic impact assessments | AIA | algorithm registers
    | auditing public-sector algorithms
cv-audit r ai,privacy: computer vision audits | auditing computer vision systems for bias
    | CV bias audits | testing facial recognition for bias
cv-counting r ai,mobility: computer vision for pedestrian counting
    | camera-based people counting | object detection for traffic counts (YOLO)
dashboards p visualisation: dashboards | building city dashboards | Power BI dashboards
    | Grafana dashboards | KPI dashboards for city departments
data-visualisation r visualisation: data visualisation | D3.js | data storytelling
    | interactive visualisations
digital-twin r data-infrastructure,mobility: digital twins | urban digital twins
    | 3D city models (CityGML)
anonymisation r privacy: anonymisation techniques | k-anonymity
    | de-identification of mobility data | anonymising datasets
differential-privacy r privacy: differential privacy | DP
    | adding calibrated noise (differential privacy)
synthetic-data r privacy,ai: synthetic data generation | synthetic data
    | generating synthetic populations
data-sharing-agreements p privacy,data-infrastructure: data sharing agreements | DSAs
    | drafting data-sharing contracts between agencies
mobility-data r mobility: mobility data analysis | analysing GPS traces
    | bike-share and scooter data analysis | origin-destination matrices
api-design r data-infrastructure,open-data: API design | REST APIs for city data
    | designing open APIs
participation-platforms p civic-tech: participatory budgeting platforms | Decidim
    | running Decidim / CONSUL processes | e-participation platforms
hackathons p civic-tech,open-data: civic hackathons | organising hackathons
    | hackathon facilitation
user-research p civic-tech: user research | usability testing with residents | UX research
    | service design
data-maturity p data-infrastructure: data maturity assessments
    | assessing data maturity in city departments
ai-procurement p ai: AI procurement | procuring AI systems
    | algorithm clauses in procurement contracts
geospatial r mobility,data-infrastructure: GIS | spatial analysis with PostGIS | QGIS
    | geospatial analysis
accessibility-audits p civic-tech: web accessibility audits | WCAG audits
    | accessibility testing
data-pipelines r data-infrastructure: data pipelines | ETL pipelines | Airflow pipelines
    | data engineering
forecasting r ai: time series forecasting | forecasting service demand with ML
    | predictive models for service demand
nlp-reports r ai,civic-tech: NLP for citizen complaints | text classification of 311 requests
    | classifying citizen reports with NLP
data-ethics-canvas p privacy: data ethics canvas | ODI data ethics canvas
    | data ethics workshops
iot-security r sensing,data-infrastructure: IoT security testing
    | penetration testing of connected devices | cyber security for OT / IoT
citizen-reporting p civic-tech,sensing: citizen reporting apps (FixMyStreet)
    | crowdsourced reporting apps | citizen science data collection
"""

_CRISIS_METHODS = """
tabletop p preparedness: tabletop exercises | TTX | designing tabletop exercises
    | discussion-based exercises
full-scale-exercise p preparedness,response: full-scale exercises | live multi-agency exercises
    | field exercises | FSE
serious-games r preparedness: serious games for crisis training | crisis simulation games
    | gamified crisis training
evacuation-planning p preparedness,response: evacuation planning | evacuation route planning
    | mass evacuation plans
crowd-simulation r hazards,preparedness: pedestrian simulation
    | crowd simulation (Pathfinder, MassMotion) | pedestrian dynamics modelling
early-warning p warning-communication,hazards: early warning systems | EWS
    | multi-hazard early warning | impact-based warnings
cell-broadcast p warning-communication: cell broadcast alerts
    | public warning via cell broadcast | EU-Alert / cell broadcast
risk-communication p warning-communication: risk communication | crisis communication
    | public messaging during emergencies
misinformation r warning-communication: rumour and misinformation monitoring
    | countering misinformation in crises | social media monitoring during disasters
psychological-first-aid p psychosocial: psychosocial first aid | psychological first aid (PFA)
    | PFA training | psychosocial support after disasters
cism p psychosocial: critical incident stress management | CISM | peer support for responders
    | defusing and debriefing for responders
flood-risk r hazards: flood risk assessment | flood risk mapping | hydraulic flood modelling
heat-plans p hazards,preparedness: heatwave plans | heat-health action plans
    | planning cooling centres
incident-command p response: incident command system | ICS | gold-silver-bronze command
    | setting up command structures
business-continuity p preparedness,resilience-recovery: business continuity planning | BCP
    | BCM (ISO 22301)
after-action-review p response,preparedness: after-action reviews | AAR
    | lessons-learned processes | hot debriefs after incidents
infrastructure-dependencies r hazards,resilience-recovery:
    | critical infrastructure dependency mapping
    | interdependency analysis of critical infrastructure
triage p response: mass casualty triage | START triage | MCI triage
shelters p response,volunteers: shelter management | running emergency shelters
    | reception centres for evacuees
spontaneous-volunteers p volunteers: spontaneous volunteer management
    | coordinating spontaneous volunteers | volunteer coordination in emergencies
resilience-assessment r resilience-recovery: community resilience assessments
    | resilience indicators (BRIC) | measuring community resilience
risk-register p hazards,preparedness: local risk registers | risk matrix assessments
    | national risk assessment / risk registers
drones r response,hazards: drone damage assessment | UAV mapping after disasters
    | rapid damage assessment with drones
satellite r hazards,response: satellite imagery for disasters | Copernicus EMS mapping
    | remote sensing of flood extent
cbrn p response: CBRN response | decontamination procedures | chemical incident response
family-reunification p response,psychosocial: family reunification
    | missing persons registration in disasters | family liaison after mass casualty incidents
scenario-planning r preparedness: scenario planning | foresight scenarios | horizon scanning
blackout p preparedness,resilience-recovery: blackout planning | power outage preparedness
    | long-duration blackout scenarios
vulnerable-registers p volunteers,preparedness: registers of vulnerable people
    | identifying vulnerable residents for evacuation | vulnerability mapping
recovery-planning r resilience-recovery: recovery planning | build back better
    | post-disaster recovery frameworks
cert p volunteers: community emergency response teams (CERT) | CERT training
    | training neighbourhood emergency teams
"""

_YOUTH_METHODS = """
street-outreach p street-work: street outreach | detached youth work | streetwork
    | street-based youth work
online-youth-work p street-work,radicalisation: online youth work | digital streetwork
    | outreach on social media and Discord
mentoring p mentoring: mentoring programmes | youth mentoring | setting up mentoring schemes
    | matching mentors and mentees
peer-education p mentoring,schools: peer education | training young peer educators
    | peer-to-peer education
sport-prevention p sport-leisure: sport-based prevention | sport for development
    | midnight football | using sport to reach young people at risk
school-mediation p schools: school mediation | peer mediation in schools
    | conflict mediation programmes in schools
anti-bullying p schools: anti-bullying programmes | KiVa | Olweus bullying prevention programme
restorative-schools p schools,youth-violence: restorative practices in schools
    | restorative conversations with pupils | restorative approaches in classrooms
violence-interrupters p youth-violence,street-work: violence interrupters | Cure Violence model
    | credible messengers
focused-deterrence p youth-violence: focused deterrence | group violence intervention (GVI)
    | GVI call-ins
gang-exit p youth-violence: gang exit support | helping young people leave gangs
    | exit programmes for gang members
extremism-exit p radicalisation: exit work with extremists | disengagement programmes
    | deradicalisation counselling
radicalisation-awareness p radicalisation: radicalisation awareness training
    | RAN-style training for frontline workers | recognising signs of radicalisation
parenting p families: parenting programmes | Triple P | parent training
    | family support programmes
mst p families,youth-violence: multisystemic therapy | MST
    | multisystemic therapy (MST) for young offenders
youth-participation p mentoring: youth councils | youth participation
    | co-designing services with young people
sel p schools: social-emotional learning (SEL) | life skills training | SEL programmes
employability p mentoring: employability coaching | job coaching for NEETs | NEET re-engagement
trauma-informed p families,street-work: trauma-informed practice | trauma informed care
    | ACE-aware practice
savry r youth-violence: structured risk assessment for young offenders (SAVRY) | SAVRY
    | youth risk screening tools
youth-centres p sport-leisure,street-work: running open youth centres | youth clubs
    | after-school programmes
arts-based p sport-leisure: arts-based youth work | rap and music workshops
    | hip-hop workshops with young people
outdoor-education p sport-leisure: outdoor education | adventure-based learning
    | wilderness programmes
weapons-awareness p schools,youth-violence: knife crime education sessions
    | weapons awareness workshops in schools
contextual-safeguarding r families,youth-violence: contextual safeguarding
    | safeguarding in public spaces | mapping peer groups for safeguarding
outcome-measurement r mentoring: outcome measurement for youth work
    | measuring impact of youth programmes | Outcomes Star
self-report-surveys r youth-violence,schools: self-report delinquency surveys
    | youth surveys on violence exposure | ISRD-style school surveys
youth-led-research r mentoring: participatory research with young people | youth-led research
    | training young co-researchers
dropout-prevention p schools: early school leaving prevention | truancy interventions
    | dropout prevention
gaming-youth-work p sport-leisure,street-work: gaming-based youth work | esports youth work
    | youth work through gaming
impact-evaluation r mentoring,schools: evaluating prevention programmes (RCTs)
    | randomised evaluations of youth programmes | impact evaluation with control groups
"""

URBAN_SECURITY = Workshop(
    slug="urban-security",
    title="Methods exchange: urban security research and practice",
    topics={
        "crime-analysis": "Crime analysis and mapping",
        "surveys-victims": "Victims and safety surveys",
        "urban-design": "Urban design and situational prevention",
        "policing": "Policing and community relations",
        "restorative-justice": "Restorative and community justice",
        "evaluation": "Evaluation and evidence",
        "gender-violence": "Gender-based and domestic violence",
        "nightlife": "Night-time economy and public spaces",
    },
    methods=_methods(_URBAN_SECURITY_METHODS),
    countries={
        "BE": 8,
        "FR": 4,
        "NL": 3,
        "DE": 2,
        "ES": 2,
        "IT": 2,
        "GB": 3,
        "SE": 1,
        "PL": 1,
        "PT": 1,
        "CO": 1,
        "CA": 1,
    },
    organisations={
        "research": (
            "Department of Criminology, University of {city}",
            "{city} Institute for Security Studies",
            "Centre for Urban Safety Research, {city}",
        ),
        "local_authority": (
            "City of {city}, Prevention and Safety Department",
            "{city} Community Safety Unit",
            "Municipality of {city}, Urban Security Service",
        ),
        "police": (
            "{city} Police",
            "Local Police {city}, Analysis Unit",
            "{city} Police, Community Policing Division",
        ),
        "ngo": (
            "Safer {city} Foundation",
            "Restorative Justice {city}",
            "Women's Safety Collective {city}",
            "Victim Support {city}",
        ),
        "justice": ("Probation Service {city}", "Public Prosecutor's Office {city}"),
        "national_authority": (
            "Ministry of the Interior, Crime Prevention Unit",
            "National Crime Prevention Council",
        ),
        "international_organisation": (
            "European Forum for Urban Security",
            "UN-Habitat Safer Cities Programme",
        ),
    },
    organisation_weights={
        "research": 7,
        "local_authority": 4,
        "police": 3,
        "ngo": 3,
        "justice": 1,
        "national_authority": 1,
        "international_organisation": 1,
    },
    roles={
        "research": (
            "Researcher",
            "PhD student",
            "Postdoctoral researcher",
            "Professor of criminology",
            "Research fellow",
        ),
        "local_authority": (
            "Prevention coordinator",
            "Policy officer",
            "Crime analyst",
            "Urban security manager",
        ),
        "police": (
            "Crime analyst",
            "Community police officer",
            "Inspector",
            "Intelligence analyst",
        ),
        "ngo": (
            "Project coordinator",
            "Restorative justice facilitator",
            "Programme manager",
            "Victim support worker",
        ),
        "justice": ("Probation officer", "Mediator"),
        "national_authority": ("Policy advisor", "Senior analyst"),
        "international_organisation": ("Programme officer", "Project manager"),
    },
    bios={
        "research": (
            "Currently writing up my thesis.",
            "My PhD compares prevention policies in three European cities.",
            "Interested in what actually works in local prevention.",
        ),
        "local_authority": (
            "I coordinate our city's prevention plan.",
            "Working between researchers and the city council, mostly translating.",
            "New to the field, came from urban planning.",
        ),
        "police": (
            "Twenty years in the force, the last five in analysis and prevention.",
            "We are trying to move from patrols to problem-solving.",
        ),
        "ngo": (
            "Our association works with victims and residents in two districts.",
            "Small team, lots of projects, always short of evidence.",
        ),
        "justice": ("Trying to get more restorative options into everyday casework.",),
        "national_authority": ("We fund local prevention projects and want better evaluations.",),
        "international_organisation": ("I support city networks across Europe.",),
    },
    role_topics={
        "Crime analyst": "crime-analysis",
        "Intelligence analyst": "crime-analysis",
        "Community police officer": "policing",
        "Inspector": "policing",
        "Restorative justice facilitator": "restorative-justice",
        "Victim support worker": "surveys-victims",
        "Mediator": "restorative-justice",
        "Probation officer": "restorative-justice",
    },
)

HARM_REDUCTION = Workshop(
    slug="harm-reduction",
    title="Skills-share: public health and harm reduction",
    topics={
        "drug-checking": "Drug checking and alerts",
        "overdose": "Overdose prevention",
        "outreach": "Outreach and peer work",
        "infections": "HIV, hepatitis and infections",
        "monitoring": "Drug monitoring and epidemiology",
        "treatment": "Treatment and low-threshold services",
        "nightlife-festivals": "Nightlife and festivals",
        "drug-policy": "Drug policy",
    },
    methods=_methods(_HARM_REDUCTION_METHODS),
    countries={
        "PT": 7,
        "ES": 3,
        "FR": 3,
        "NL": 3,
        "CH": 2,
        "GB": 3,
        "IE": 2,
        "DE": 2,
        "CZ": 2,
        "CA": 1,
        "AU": 1,
        "BE": 1,
    },
    organisations={
        "research": (
            "Institute of Public Health, University of {city}",
            "{city} Centre for Addiction Research",
            "Faculty of Pharmacy, University of {city}",
        ),
        "local_authority": ("{city} Public Health Department", "City of {city}, Social Services"),
        "ngo": (
            "{city} Harm Reduction Network",
            "Drug Users' Union {city}",
            "Street Health {city}",
            "Party Safe {city}",
        ),
        "national_authority": (
            "National Institute of Public Health",
            "Ministry of Health, Drugs Unit",
        ),
        "international_organisation": (
            "European Union Drugs Agency (EUDA)",
            "WHO Regional Office for Europe",
            "Correlation – European Harm Reduction Network",
        ),
        "other": (
            "{city} University Hospital, Addiction Clinic",
            "{city} University Hospital, Emergency Department",
        ),
    },
    organisation_weights={
        "research": 5,
        "local_authority": 2,
        "ngo": 7,
        "national_authority": 1,
        "international_organisation": 1,
        "other": 2,
    },
    roles={
        "research": ("Epidemiologist", "PhD student", "Researcher", "Senior researcher"),
        "local_authority": ("Public health officer", "Drug policy coordinator", "Data analyst"),
        "ngo": (
            "Outreach worker",
            "Peer worker",
            "Harm reduction coordinator",
            "Project manager",
            "Drug checking coordinator",
        ),
        "national_authority": ("Policy advisor", "Epidemiologist"),
        "international_organisation": ("Scientific analyst", "Programme officer"),
        "other": ("Physician", "Nurse", "Clinical toxicologist"),
    },
    bios={
        "research": (
            "My PhD looks at overdose trends after the nitazene wave.",
            "Lab person who wants to be more useful to frontline services.",
        ),
        "local_authority": (
            "Trying to get a consumption room opened in my city.",
            "I commission the city's harm reduction services.",
        ),
        "ngo": (
            "We run drug checking at about 20 festivals a year.",
            "Low-threshold service, open six nights a week.",
            "Our organisation is run by and for people who use drugs.",
        ),
        "national_authority": ("Monitoring drug markets for the national focal point.",),
        "international_organisation": ("I support harm reduction networks across Europe.",),
        "other": (
            "Hospital-based, we see the overdoses the services miss.",
            "Ex-outreach worker, now in an addiction clinic.",
        ),
    },
    role_topics={
        "Epidemiologist": "monitoring",
        "Outreach worker": "outreach",
        "Peer worker": "outreach",
        "Drug checking coordinator": "drug-checking",
        "Drug policy coordinator": "drug-policy",
        "Policy advisor": "drug-policy",
        "Scientific analyst": "monitoring",
        "Physician": "treatment",
        "Nurse": "treatment",
        "Clinical toxicologist": "drug-checking",
    },
)

SOCIAL_METHODS = Workshop(
    slug="social-science-methods",
    title="Methods café: social-science research methods",
    topics={
        "qualitative": "Qualitative methods",
        "quantitative": "Quantitative methods",
        "networks": "Networks and relations",
        "mixed-methods": "Mixed methods",
        "participatory": "Participatory and visual methods",
        "computational": "Computational social science",
        "research-ethics": "Ethics and data management",
    },
    methods=_methods(_SOCIAL_METHODS_METHODS),
    countries={
        "NL": 7,
        "BE": 3,
        "DE": 3,
        "GB": 3,
        "FR": 2,
        "IT": 2,
        "ES": 2,
        "SE": 2,
        "DK": 1,
        "PL": 2,
        "FI": 1,
        "PT": 1,
        "RO": 1,
    },
    organisations={
        "research": (
            "Department of Sociology, University of {city}",
            "{city} School of Social Sciences",
            "Institute for Social Research, {city}",
            "Department of Political Science, University of {city}",
        ),
        "national_authority": ("National Statistics Office",),
        "ngo": ("{city} Community Research Collective",),
        "local_authority": ("City of {city}, Research and Statistics Office",),
        "private_sector": ("{city} Social Research Ltd",),
    },
    organisation_weights={
        "research": 14,
        "national_authority": 1,
        "ngo": 1,
        "local_authority": 1,
        "private_sector": 1,
    },
    roles={
        "research": (
            "PhD student",
            "PhD student",
            "Postdoctoral researcher",
            "Lecturer",
            "Associate professor",
            "Research assistant",
            "Professor",
        ),
        "national_authority": ("Survey methodologist", "Statistician"),
        "ngo": ("Community researcher", "Research coordinator"),
        "local_authority": ("Research officer", "Data analyst"),
        "private_sector": ("Senior research consultant", "Research consultant"),
    },
    bios={
        "research": (
            "Second-year PhD, drowning in interview data.",
            "Trained as a statistician, slowly converting to qualitative work.",
            "I teach the methods course for our master's students.",
            "My project is on neighbourhood ties and trust.",
            "Fieldwork in three cities starting this autumn.",
            "Happy to swap skills over coffee.",
        ),
        "national_authority": ("We run the national labour force and crime surveys.",),
        "ngo": ("We train residents to do research in their own neighbourhoods.",),
        "local_authority": ("We run the city's resident panel and its yearly survey.",),
        "private_sector": ("We do evaluations and surveys for public bodies.",),
    },
    role_topics={
        "Survey methodologist": "quantitative",
        "Statistician": "quantitative",
        "Community researcher": "participatory",
    },
    side_from_role=False,
)

CITY_DATA = Workshop(
    slug="city-data-tech",
    title="Hands-on exchange: data and technology for cities",
    topics={
        "open-data": "Open data",
        "sensing": "Sensors and IoT",
        "privacy": "Privacy and data protection",
        "ai": "AI and computer vision",
        "visualisation": "Dashboards and visualisation",
        "civic-tech": "Civic tech and participation",
        "data-infrastructure": "Data infrastructure",
        "mobility": "Mobility and urban analytics",
    },
    methods=_methods(_CITY_DATA_METHODS),
    countries={
        "ES": 7,
        "NL": 3,
        "FI": 2,
        "EE": 2,
        "DE": 2,
        "FR": 2,
        "BE": 2,
        "IT": 2,
        "GB": 2,
        "DK": 1,
        "PT": 1,
        "AT": 1,
    },
    organisations={
        "research": (
            "Urban Data Lab, University of {city}",
            "{city} Institute of Technology",
            "Centre for Digital Society, {city}",
        ),
        "local_authority": (
            "City of {city}, Digital Department",
            "{city} City Council, Data Office",
            "Smart City Office {city}",
        ),
        "regional_authority": ("{city} Metropolitan Area, Open Data Team",),
        "private_sector": (
            "{city} Civic Tech Studio",
            "UrbanSense {city}",
            "Open Knowledge Consultancy",
        ),
        "ngo": ("Code for {city}", "Digital Rights {city}", "{city} Open Data Collective"),
    },
    organisation_weights={
        "research": 5,
        "local_authority": 6,
        "regional_authority": 1,
        "private_sector": 3,
        "ngo": 2,
    },
    roles={
        "research": (
            "PhD student",
            "Researcher",
            "Data scientist",
            "Postdoctoral researcher",
            "Assistant professor",
        ),
        "local_authority": (
            "Chief data officer",
            "Data analyst",
            "Open data manager",
            "Privacy officer",
            "Smart city project manager",
            "GIS analyst",
        ),
        "regional_authority": ("Digital transformation lead", "Data protection officer"),
        "private_sector": ("Data scientist", "Product manager", "Software engineer", "UX designer"),
        "ngo": ("Community organiser", "Volunteer developer", "Policy lead"),
    },
    bios={
        "research": (
            "PhD on sensing and surveillance in smart cities.",
            "Working with the city's mobility team on a joint project.",
        ),
        "local_authority": (
            "I look after our city's open data portal and everything that breaks around it.",
            "Our council is about to buy a camera system and I want to get it right.",
            "Our department is small, so everyone does a bit of everything.",
        ),
        "regional_authority": (
            "We coordinate data work for the municipalities in our metropolitan area.",
        ),
        "private_sector": (
            "Previously at a mapping start-up.",
            "We build tools for city governments.",
        ),
        "ngo": (
            "Civic tech volunteer on weekends.",
            "We campaign on digital rights in public services.",
        ),
    },
    role_topics={
        "Open data manager": "open-data",
        "Privacy officer": "privacy",
        "Data protection officer": "privacy",
        "GIS analyst": "mobility",
        "UX designer": "civic-tech",
        "Community organiser": "civic-tech",
        "Policy lead": "privacy",
        "Data scientist": "ai",
        "Chief data officer": "data-infrastructure",
        "Software engineer": "data-infrastructure",
    },
)

CRISIS = Workshop(
    slug="crisis-management",
    title="Practice exchange: crisis and emergency management",
    topics={
        "preparedness": "Preparedness and planning",
        "response": "Response and coordination",
        "warning-communication": "Warning and crisis communication",
        "psychosocial": "Psychosocial support",
        "hazards": "Hazards and risk analysis",
        "resilience-recovery": "Resilience and recovery",
        "volunteers": "Volunteers and communities",
    },
    methods=_methods(_CRISIS_METHODS),
    countries={
        "GR": 7,
        "IT": 3,
        "DE": 3,
        "NL": 2,
        "SE": 2,
        "PT": 2,
        "ES": 2,
        "FR": 2,
        "GB": 2,
        "AT": 1,
        "CZ": 1,
        "RO": 2,
        "BE": 1,
    },
    organisations={
        "research": (
            "Disaster Research Centre, University of {city}",
            "{city} Institute for Risk and Resilience",
            "Department of Geography, University of {city}",
        ),
        "local_authority": (
            "City of {city}, Emergency Management Office",
            "{city} Civil Protection Service",
        ),
        "regional_authority": (
            "{city} Regional Fire and Rescue Service",
            "Regional Crisis Centre {city}",
        ),
        "national_authority": (
            "National Crisis Centre",
            "Civil Protection Agency",
            "Ministry of the Interior, Crisis Management Directorate",
        ),
        "ngo": (
            "Red Cross {city} branch",
            "{city} Volunteer Emergency Network",
            "Psychosocial Support Team {city}",
        ),
        "international_organisation": (
            "EU Civil Protection Mechanism (DG ECHO)",
            "UNDRR Europe Office",
            "IFRC Psychosocial Centre",
        ),
        "police": ("{city} Police, Public Order Unit",),
    },
    organisation_weights={
        "research": 5,
        "local_authority": 4,
        "regional_authority": 3,
        "national_authority": 2,
        "ngo": 3,
        "international_organisation": 1,
        "police": 1,
    },
    roles={
        "research": (
            "PhD student",
            "Researcher",
            "Hydrologist",
            "Remote sensing scientist",
            "Professor of disaster studies",
        ),
        "local_authority": ("Emergency planner", "Crisis manager", "Resilience officer"),
        "regional_authority": ("Fire officer", "Crisis coordinator", "Operations officer"),
        "national_authority": ("Policy advisor", "Exercise planner", "Risk analyst"),
        "ngo": (
            "Volunteer coordinator",
            "Psychologist",
            "Shelter coordinator",
            "Emergency response officer",
        ),
        "international_organisation": ("Programme officer", "Technical advisor"),
        "police": ("Public order commander", "Police inspector"),
    },
    bios={
        "research": (
            "Researcher on compound hazards.",
            "My PhD is on how cities learn (or not) from past disasters.",
        ),
        "local_authority": (
            "Worked through the 2021 floods and the wildfire seasons since.",
            "Looking for people who have actually used cell broadcast in anger.",
        ),
        "regional_authority": (
            "Former firefighter, now in planning.",
            "I plan and run our region's exercise programme.",
        ),
        "national_authority": ("We write the national risk assessment every three years.",),
        "ngo": (
            "Volunteer for fifteen years, now staff.",
            "We stand up shelters and support teams within hours.",
        ),
        "international_organisation": ("Supporting preparedness programmes across member states.",),
        "police": ("Public order and big events are my daily work.",),
    },
    role_topics={
        "Psychologist": "psychosocial",
        "Hydrologist": "hazards",
        "Remote sensing scientist": "hazards",
        "Volunteer coordinator": "volunteers",
        "Shelter coordinator": "response",
        "Fire officer": "response",
        "Exercise planner": "preparedness",
        "Risk analyst": "hazards",
        "Public order commander": "response",
        "Emergency planner": "preparedness",
        "Resilience officer": "resilience-recovery",
    },
)

YOUTH = Workshop(
    slug="youth-prevention",
    title="Exchange day: youth work and prevention",
    topics={
        "street-work": "Street work and outreach",
        "mentoring": "Mentoring and participation",
        "schools": "Schools and education",
        "sport-leisure": "Sport, arts and leisure",
        "radicalisation": "Radicalisation and extremism",
        "families": "Families and parenting",
        "youth-violence": "Gangs and youth violence",
    },
    methods=_methods(_YOUTH_METHODS),
    countries={
        "FR": 7,
        "BE": 3,
        "DE": 3,
        "DK": 2,
        "SE": 2,
        "NL": 2,
        "GB": 3,
        "IT": 1,
        "ES": 2,
        "AT": 1,
        "NO": 1,
        "CA": 1,
    },
    organisations={
        "research": (
            "Department of Social Work, University of {city}",
            "{city} Youth Research Institute",
            "Faculty of Education, University of {city}",
        ),
        "local_authority": (
            "City of {city}, Youth Service",
            "{city} Prevention Department",
            "{city} Municipal Youth Office",
        ),
        "ngo": (
            "Streetwork {city}",
            "{city} Youth Mentoring Network",
            "Sport Against Violence {city}",
            "Exit {city}",
        ),
        "justice": ("Youth Justice Service {city}", "Juvenile Probation {city}"),
        "police": ("{city} Police, Youth Unit",),
        "other": ("{city} Secondary School", "Lycée professionnel, {city}"),
    },
    organisation_weights={
        "research": 4,
        "local_authority": 4,
        "ngo": 7,
        "justice": 1,
        "police": 1,
        "other": 2,
    },
    roles={
        "research": (
            "PhD student",
            "Researcher",
            "Lecturer in social work",
            "Evaluation researcher",
        ),
        "local_authority": ("Youth worker", "Prevention coordinator", "Youth policy officer"),
        "ngo": (
            "Street worker",
            "Mentoring coordinator",
            "Sports coach",
            "Exit counsellor",
            "Youth worker",
        ),
        "justice": ("Youth justice worker", "Probation officer"),
        "police": ("Youth liaison officer",),
        "other": ("Teacher", "School social worker"),
    },
    bios={
        "research": (
            "Researcher on youth violence and street culture.",
            "Evaluating a mentoring programme across four cities.",
        ),
        "local_authority": (
            "I coordinate our city's youth prevention plan.",
            "Former street worker, now on the policy side.",
        ),
        "ngo": (
            "Ten years working in the same neighbourhood.",
            "We are setting up a mentoring scheme and want to avoid the classic mistakes.",
        ),
        "justice": ("Working with young people on probation orders.",),
        "police": ("Twenty years in the police, the last eight with young people.",),
        "other": (
            "Teacher who ended up as the school's mediation lead.",
            "Our school has tried three anti-bullying programmes so far.",
        ),
    },
    role_topics={
        "Street worker": "street-work",
        "Mentoring coordinator": "mentoring",
        "Sports coach": "sport-leisure",
        "Exit counsellor": "radicalisation",
        "Youth justice worker": "youth-violence",
        "Probation officer": "youth-violence",
        "Youth liaison officer": "youth-violence",
        "Teacher": "schools",
        "School social worker": "schools",
    },
)

WORKSHOPS: tuple[Workshop, ...] = (
    URBAN_SECURITY,
    HARM_REDUCTION,
    SOCIAL_METHODS,
    CITY_DATA,
    CRISIS,
    YOUTH,
)

# How many items a list holds (2-5): three or four most often.
_LIST_LENGTHS = (2, 3, 4, 5)
_LIST_LENGTH_WEIGHTS = (4, 4, 2, 1)

_OFFER_SENTENCES = (
    "I can teach ",
    "Happy to teach ",
    "Can show people ",
    "I know ",
    "Experienced with ",
    "I've done a lot of ",
)
_SEEK_SENTENCES = (
    "I want to learn ",
    "Would like to learn ",
    "Looking for someone to teach me ",
    "Hoping to pick up ",
    "I'd love to get into ",
)
_OFFER_LABELS = ("Know: ", "Can teach: ", "Methods I know: ", "Teach: ")
_SEEK_LABELS = ("Want to learn: ", "Keen to learn: ", "Methods I want to learn: ", "To learn - ")
_OFFER_ASIDES = (
    " (10+ yrs)",
    " (for years now)",
    " - can share templates",
    " (advanced)",
    " (daily work)",
    " - happy to demo",
)
_SEEK_ASIDES = (
    " (beginner)",
    " - total beginner",
    " (basics)",
    " ideally hands-on",
    " (read about it, never done it)",
    " esp. the practical side",
)
_SEEK_PREFIXES = ("intro to ", "the basics of ", "more about ")
# Inside "I want to learn ..." or "I'd love to get into ..." only this one reads right.
_SENTENCE_PREFIX = "the basics of "


def _join_and(items: Sequence[str]) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def _capitalise(item: str) -> str:
    return item[:1].upper() + item[1:]


def _typo(text: str, rng: random.Random) -> str:
    """One slip of the keyboard in a long lower-case word, as people make on forms."""
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha() and w.islower()]
    if not candidates:
        return text
    index = rng.choice(candidates)
    word = words[index]
    at = rng.randrange(1, len(word) - 2)
    kind = rng.randrange(3)
    if kind == 0:  # two letters swapped
        word = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    elif kind == 1:  # a letter dropped
        word = word[:at] + word[at + 1 :]
    else:  # a letter doubled
        word = word[:at] + word[at] + word[at:]
    words[index] = word
    return " ".join(words)


_STYLES = ("comma", "semicolon", "lines", "bullets", "sentence", "label", "numbered", "slash")


def _wordings(
    keys: Sequence[str],
    methods: dict[str, Method],
    offering: bool,
    style: str,
    rng: random.Random,
) -> list[str]:
    """Each method as this participant would word it, asides and slips included."""
    asides: tuple[str, ...] = _OFFER_ASIDES if offering else _SEEK_ASIDES
    if style == "sentence":  # a dash aside inside a sentence reads as a new list item
        asides = tuple(aside for aside in asides if aside.startswith(" ("))
    items: list[str] = []
    for key in keys:
        item = rng.choice(methods[key].wordings)
        roll = rng.random()
        if roll < 0.12:
            item += rng.choice(asides)
        elif roll < 0.18 and not offering:
            prefix = _SENTENCE_PREFIX if style == "sentence" else rng.choice(_SEEK_PREFIXES)
            item = prefix + item
        items.append(item)
    if rng.random() < 0.12:
        slip = rng.randrange(len(items))
        items[slip] = _typo(items[slip], rng)
    return items


def _render(items: list[str], offering: bool, style: str, rng: random.Random) -> str:
    """The list written in one of the ways people fill in a free-text form."""
    if style in ("lines", "bullets", "numbered") and rng.random() < 0.6:
        items = [_capitalise(item) for item in items]
    if style == "comma":
        return ", ".join(items)
    if style == "semicolon":
        return "; ".join(items)
    if style == "lines":
        return "\n".join(items)
    if style == "bullets":
        bullet = rng.choice(("- ", "* ", "• "))
        return "\n".join(bullet + item for item in items)
    if style == "numbered":
        if rng.random() < 0.5:
            return "\n".join(f"{n}. {item}" for n, item in enumerate(items, 1))
        return " ".join(f"{n}) {item}" for n, item in enumerate(items, 1))
    if style == "slash":
        return " / ".join(items)
    if style == "label":
        label = rng.choice(_OFFER_LABELS if offering else _SEEK_LABELS)
        return label + rng.choice((", ", "; ")).join(items)
    intro = rng.choice(_OFFER_SENTENCES if offering else _SEEK_SENTENCES)
    text = intro + _join_and(items) + "."
    if offering and rng.random() < 0.3:
        text += rng.choice((" Ask me anything.", " Happy to help.", " Can share materials."))
    return text


def _weighted_sample(
    rng: random.Random, keys: Sequence[str], weights: Sequence[float], count: int
) -> list[str]:
    """``count`` distinct keys, each drawn with probability proportional to its weight."""
    pool = list(keys)
    pool_weights = list(weights)
    chosen: list[str] = []
    while pool and len(chosen) < count:
        index = rng.choices(range(len(pool)), weights=pool_weights)[0]
        chosen.append(pool.pop(index))
        pool_weights.pop(index)
    return chosen


def _popularity(rng: random.Random, methods: Sequence[Method]) -> dict[str, float]:
    """A long-tailed popularity per method: a few methods everyone knows (or wants)."""
    keys = [m.key for m in methods]
    rng.shuffle(keys)
    return {key: 1.0 / (rank + 1) ** POPULARITY_EXPONENT for rank, key in enumerate(keys)}


def _side_of(role: str) -> str:
    lowered = role.lower()
    return RESEARCH if any(word in lowered for word in _RESEARCH_ROLE_WORDS) else PRACTICE


def _grade(a: _Participant, b: _Participant) -> int:
    """How useful a meeting of a and b is; the same whichever of them is the viewer."""
    b_teaches_a = bool(set(b.known) & set(a.wanted))
    a_teaches_b = bool(set(a.known) & set(b.wanted))
    if b_teaches_a and a_teaches_b:
        return MUTUAL
    return ONE_WAY if b_teaches_a or a_teaches_b else 0


def _relevant_counts(people: list[_Participant]) -> list[int]:
    return [
        sum(1 for j, other in enumerate(people) if j != i and _grade(person, other))
        for i, person in enumerate(people)
    ]


def _connect_loners(people: list[_Participant], rng: random.Random) -> None:
    """Give participants with fewer than three relevant others one more list item: the
    method known (or wanted) by most of the others, so the set has something to find."""
    for _ in range(3):
        counts = _relevant_counts(people)
        loners = [i for i, count in enumerate(counts) if count < MIN_RELEVANT]
        if not loners:
            return
        for i in loners:
            person = people[i]
            own = set(person.known) | set(person.wanted)
            knowers: dict[str, int] = {}
            seekers: dict[str, int] = {}
            for j, other in enumerate(people):
                if j == i:
                    continue
                for key in other.known:
                    knowers[key] = knowers.get(key, 0) + 1
                for key in other.wanted:
                    seekers[key] = seekers.get(key, 0) + 1
            # Whichever list still has room; learning something popular comes first.
            if len(person.wanted) < MAX_ITEMS and knowers:
                options, target = knowers, person.wanted
            elif len(person.known) < MAX_ITEMS and seekers:
                options, target = seekers, person.known
            else:
                continue
            ranked = sorted(
                (key for key in options if key not in own),
                key=lambda key: (-options[key], rng.random()),
            )
            if ranked:
                target.append(ranked[0])


def _draw_lists(workshop: Workshop, people: list[_Participant], rng: random.Random) -> None:
    methods = workshop.methods
    supply = _popularity(rng, methods)
    demand = _popularity(rng, methods)
    for person in people:
        focus = set(person.focus)
        known_weights = [
            supply[m.key]
            * (KNOWN_SIDE_PULL if m.side == person.side else 1.0)
            * (KNOWN_FOCUS_PULL if focus & set(m.topics) else 1.0)
            for m in methods
        ]
        person.known = _weighted_sample(
            rng,
            [m.key for m in methods],
            known_weights,
            rng.choices(_LIST_LENGTHS, weights=_LIST_LENGTH_WEIGHTS)[0],
        )
        # People want to learn what their side does not do, near their own focus.
        others = [m for m in methods if m.key not in person.known]
        wanted_weights = [
            demand[m.key]
            * (WANTED_SIDE_PULL if m.side != person.side else 1.0)
            * (WANTED_FOCUS_PULL if focus & set(m.topics) else 1.0)
            for m in others
        ]
        person.wanted = _weighted_sample(
            rng,
            [m.key for m in others],
            wanted_weights,
            rng.choices(_LIST_LENGTHS, weights=_LIST_LENGTH_WEIGHTS)[0],
        )
    _connect_loners(people, rng)


def _focus(workshop: Workshop, role: str, rng: random.Random) -> list[str]:
    """One or two topics a participant works on; some roles settle the first one."""
    topics = list(workshop.topics)
    first = workshop.role_topics.get(role) or rng.choice(topics)
    focus = [first]
    if rng.random() < 0.6:
        focus.append(rng.choice([t for t in topics if t != first]))
    return focus


def _name(country: Country, used: set[str], rng: random.Random) -> str:
    while True:
        female = rng.random() < 0.5
        first = rng.choice(country.female if female else country.male)
        forms = rng.choice(country.surnames).split("/")
        surname = forms[-1] if female else forms[0]
        name = f"{first} {surname}"
        if name not in used:
            used.add(name)
            return name


def _languages(country: Country, city: str, rng: random.Random) -> list[str]:
    first = country.city_languages.get(city) or rng.choice(country.languages)
    languages = [first]
    if len(country.languages) > 1 and rng.random() < 0.4:
        languages += [code for code in country.languages if code != first]
    if "en" not in languages and rng.random() < 0.9:
        languages.append("en")
    if rng.random() < 0.2:
        extra = rng.choice(_EXTRA_LANGUAGES)
        if extra not in languages:
            languages.append(extra)
    return languages


def _in_sentence(label: str) -> str:
    """A topic label in mid-sentence: lower-case first letter, acronyms kept (HIV, IoT)."""
    first_word = label.split()[0].strip(",")
    return label if first_word.isupper() else label[:1].lower() + label[1:]


def _bio(workshop: Workshop, who: _Identity, focus: list[str], rng: random.Random) -> str:
    """A short bio for about two in five participants; the rest leave it empty."""
    if rng.random() >= 0.4:
        return ""
    topic = _in_sentence(workshop.topics[focus[0]])
    openers = (
        f"{who.role} at {who.organisation}.",
        f"Based in {who.city}, working on {topic}.",
        f"Mostly working on {topic}.",
        f"{who.role}, {who.city}.",
    )
    parts = [rng.choice(openers)]
    lines = workshop.bios.get(who.organisation_type, ())
    if lines and rng.random() < 0.7:
        parts.append(rng.choice(lines))
    return " ".join(parts)


def _workshop_set(
    workshop: Workshop, event_id: int, first_id: int, rng: random.Random
) -> QualitySet:
    size = rng.randint(30, 60)
    topic_slugs = list(workshop.topics)
    country_codes = list(workshop.countries)
    country_weights = [workshop.countries[code] for code in country_codes]
    org_types = list(workshop.organisation_weights)
    org_weights = [workshop.organisation_weights[t] for t in org_types]

    people: list[_Participant] = []
    identities: list[_Identity] = []
    used_names: set[str] = set()
    for _ in range(size):
        code = rng.choices(country_codes, weights=country_weights)[0]
        country = COUNTRIES[code]
        city = rng.choice(country.cities)
        org_type = rng.choices(org_types, weights=org_weights)[0]
        organisation = rng.choice(workshop.organisations[org_type]).format(city=city)
        role = rng.choice(workshop.roles[org_type])
        side = _side_of(role) if workshop.side_from_role else rng.choice((RESEARCH, PRACTICE))
        focus = _focus(workshop, role, rng)
        people.append(_Participant(side=side, focus=focus))
        identities.append(
            _Identity(
                name=_name(country, used_names, rng),
                role=role,
                organisation=organisation,
                organisation_type=org_type,
                city=city,
                country=code,
                languages=_languages(country, city, rng),
            )
        )

    _draw_lists(workshop, people, rng)

    methods = {m.key: m for m in workshop.methods}
    profiles: list[AttendeeProfile] = []
    for index, (person, identity) in enumerate(zip(people, identities, strict=True)):
        topics = list(person.focus)
        # Tags are broad and loosely informative: after the focus areas come tags of listed
        # methods or any tag at all, until there are two to four.
        listed = [t for key in person.known + person.wanted for t in methods[key].topics]
        while len(topics) < 2 or (len(topics) < 4 and rng.random() < 0.35):
            pick = rng.choice(listed) if rng.random() < 0.6 else rng.choice(topic_slugs)
            if pick not in topics:
                topics.append(pick)
        offer_style, seek_style = rng.choice(_STYLES), rng.choice(_STYLES)
        offering = _render(
            _wordings(person.known, methods, True, offer_style, rng), True, offer_style, rng
        )
        seeking = _render(
            _wordings(person.wanted, methods, False, seek_style, rng), False, seek_style, rng
        )
        profiles.append(
            profile(
                first_id + index,
                name=identity.name,
                role=identity.role,
                organisation=identity.organisation,
                organisation_type=identity.organisation_type,
                city=identity.city,
                country=identity.country,
                languages=list(identity.languages),
                topics=topics,
                seeking=seeking,
                offering=offering,
                bio=_bio(workshop, identity, person.focus, rng),
                event_id=event_id,
            )
        )

    relevance: dict[int, dict[int, int]] = {}
    for i, viewer in enumerate(people):
        grades: dict[int, int] = {}
        for j, other in enumerate(people):
            if i != j and (grade := _grade(viewer, other)):
                grades[first_id + j] = grade
        relevance[first_id + i] = grades

    return QualitySet(
        name=f"practice-lists/{workshop.slug}",
        style=(
            f"{workshop.title}: participants' free-text lists of methods they can teach "
            "(offering) and want to learn (seeking), mixed wordings, acronyms and typos"
        ),
        topics=dict(workshop.topics),
        profiles=profiles,
        relevance=relevance,
    )


def generate(seed: int) -> list[QualitySet]:
    """Six research workshops (30-60 participants each), the same for the same seed."""
    rng = random.Random(seed)
    sets: list[QualitySet] = []
    next_id = 1
    for event_id, workshop in enumerate(WORKSHOPS, 1):
        workshop_rng = random.Random(rng.getrandbits(64))
        quality_set = _workshop_set(workshop, event_id, next_id, workshop_rng)
        next_id += len(quality_set.profiles)
        sets.append(quality_set)
    return sets
