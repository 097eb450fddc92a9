"""Set: several needs per person, written the messy way real attendees write them.

Who wrote it: an outside author from the urban-security field, without looking at the engine.
One event of 800 attendees of a European urban-security and local-prevention conference
(cities, police, justice, NGOs, researchers, national and regional authorities, companies,
international bodies; 17 countries). Each attendee seeks 1-3 and offers 1-3 practice concepts
out of a catalogue of 60 (three per topic, twenty topics). Every concept has its own wordings
for seekers and for offerers (English, and French, Dutch and German as natives write them), so
the two sides of a match never share a wording. Texts mix the needs in real styles: lists,
bullet lines, semicolons, a lead-in with a colon, full sentences, terse keywords, and some
long paragraphs about one need; some people add vague filler ("open to EU project partners").
Wordings fit their writer: "our police unit" is only offered by police, a national scheme
("Téléphone Grave Danger", "Halt-afdoening") only by people of that country.

Misleading signals on purpose: topic tags ticked loosely (extra topics, or the neighbouring
topic instead of the real one; three concepts share each topic, so same tags often mean
different needs); colleagues who spell their organisation differently ("Ville de Lyon",
"City of Lyon"); different organisations with near-identical names ("Ministry of the
Interior" in several countries, Brussels police zones, "Ville de Lyon" vs "Métropole de
Lyon"); about 12% of attendees leave seeking or offering blank (never both); a few broad
"celebrity" generalists whose vague offer ("advice on any aspect of urban security") names no
concept.

Ground truth, for viewer v and another attendee u: u is relevant one-way (grade 1) if some
concept u offers is one v seeks, or some concept u seeks is one v offers; mutual (grade 2) if
both hold. Only concepts written in the texts count (a blank field states nothing; vague
filler states nothing). Colleagues of the same real organisation, however spelled, are never
relevant. About 27% of attendees are planted in complementary pairs (A offers what B seeks
and B offers what A seeks). Viewers with no relevant other are left out of ``relevance``.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from matchmaker.attendees.models import AttendeeProfile
from quality_sets.base import MUTUAL, ONE_WAY, QualitySet, profile

EVENT_SIZE = 800
PLANTED_PAIR_SHARE = 0.275  # share of attendees placed in complementary (mutual) pairs
BLANK_SEEK_SHARE = 0.06
BLANK_OFFER_SHARE = 0.06

# topic slug -> labels in English (the event's topic list), French, Dutch, German (for bios)
TOPICS: dict[str, tuple[str, str, str, str]] = {
    "crisis-management": (
        "Crisis management and resilience",
        "la gestion de crise",
        "crisisbeheersing",
        "Krisenmanagement",
    ),
    "radicalisation": (
        "Prevention of violent radicalisation",
        "la prévention de la radicalisation violente",
        "preventie van gewelddadige radicalisering",
        "Extremismusprävention",
    ),
    "discriminatory-violence": (
        "Discriminatory violence and hate crime",
        "les violences discriminatoires",
        "discriminatie en haatmisdrijven",
        "Hasskriminalität",
    ),
    "violence-against-women": (
        "Violence against women",
        "les violences faites aux femmes",
        "geweld tegen vrouwen",
        "Gewalt gegen Frauen",
    ),
    "victim-support": ("Victim support", "l'aide aux victimes", "slachtofferhulp", "Opferhilfe"),
    "public-space": (
        "Public space and urban design",
        "l'aménagement des espaces publics",
        "inrichting van de openbare ruimte",
        "Stadtgestaltung",
    ),
    "nightlife": ("Nightlife", "la vie nocturne", "nachtleven", "Nachtleben"),
    "polarisation": (
        "Polarisation and social cohesion",
        "la cohésion sociale",
        "polarisatie",
        "Polarisierung und Zusammenhalt",
    ),
    "technology": (
        "Technology, CCTV and data",
        "la vidéoprotection et les technologies",
        "technologie en cameratoezicht",
        "Videoüberwachung und Technik",
    ),
    "climate-security": (
        "Climate-related security",
        "les risques climatiques",
        "klimaat en veiligheid",
        "Klimawandel und Sicherheit",
    ),
    "drugs": ("Drugs and addiction", "les addictions", "drugs en verslaving", "Drogen und Sucht"),
    "youth": ("Youth and violence", "la jeunesse", "jeugd", "Jugendarbeit"),
    "homelessness": (
        "Homelessness",
        "le sans-abrisme",
        "dak- en thuisloosheid",
        "Wohnungslosigkeit",
    ),
    "trafficking": (
        "Human trafficking and exploitation",
        "la traite des êtres humains",
        "mensenhandel",
        "Menschenhandel",
    ),
    "cybercrime": ("Cybercrime", "la cybercriminalité", "cybercriminaliteit", "Cyberkriminalität"),
    "community-policing": (
        "Policing and communities",
        "la police de proximité",
        "gebiedsgebonden politiezorg",
        "bürgernahe Polizeiarbeit",
    ),
    "transport": (
        "Public transport and stations",
        "la sûreté dans les transports",
        "veiligheid in het openbaar vervoer",
        "Sicherheit im ÖPNV",
    ),
    "reoffending": (
        "Justice, probation and reintegration",
        "la réinsertion",
        "re-integratie en reclassering",
        "Resozialisierung",
    ),
    "governance": (
        "Local safety governance and evaluation",
        "les politiques locales de sécurité",
        "lokaal veiligheidsbeleid",
        "kommunale Sicherheitspolitik",
    ),
    "organised-crime": (
        "Organised crime and drug markets",
        "la criminalité organisée",
        "ondermijning",
        "Organisierte Kriminalität",
    ),
}

# Topics people tick alongside (or instead of) the one their need really belongs to.
NEIGHBOURS: dict[str, tuple[str, ...]] = {
    "crisis-management": ("public-space", "climate-security", "radicalisation", "transport"),
    "radicalisation": ("polarisation", "youth", "crisis-management", "cybercrime"),
    "discriminatory-violence": ("polarisation", "victim-support", "community-policing"),
    "violence-against-women": ("victim-support", "nightlife", "public-space"),
    "victim-support": ("violence-against-women", "reoffending", "discriminatory-violence"),
    "public-space": ("nightlife", "technology", "transport", "homelessness"),
    "nightlife": ("drugs", "public-space", "violence-against-women", "youth"),
    "polarisation": ("radicalisation", "discriminatory-violence", "community-policing"),
    "technology": ("cybercrime", "public-space", "governance", "community-policing"),
    "climate-security": ("crisis-management", "homelessness", "governance"),
    "drugs": ("nightlife", "homelessness", "organised-crime", "youth"),
    "youth": ("radicalisation", "organised-crime", "community-policing", "reoffending"),
    "homelessness": ("drugs", "public-space", "transport", "climate-security"),
    "trafficking": ("organised-crime", "violence-against-women", "victim-support"),
    "cybercrime": ("technology", "youth", "victim-support", "organised-crime"),
    "community-policing": ("youth", "polarisation", "governance", "public-space"),
    "transport": ("public-space", "homelessness", "nightlife", "technology"),
    "reoffending": ("youth", "victim-support", "radicalisation", "drugs"),
    "governance": ("technology", "community-policing", "polarisation", "crisis-management"),
    "organised-crime": ("drugs", "youth", "trafficking", "reoffending"),
}

# Organisation types by one-letter code, as used in Concept.offered_by.
TYPE_CODES: dict[str, str] = {
    "L": "local_authority",
    "R": "regional_authority",
    "N": "national_authority",
    "P": "police",
    "J": "justice",
    "O": "ngo",
    "S": "research",
    "B": "private_sector",
    "I": "international_organisation",
    "X": "other",
}


@dataclass(frozen=True)
class Concept:
    """One practice: what seekers ask for and offerers bring, each side worded its own way."""

    key: str
    topic: str
    popularity: int  # 1 niche, 2 common, 3 hot
    offered_by: str  # organisation-type codes that typically have this to offer
    seek: dict[str, tuple[str, ...]]  # language -> wordings only seekers use
    offer: dict[str, tuple[str, ...]]  # language -> wordings only offerers use
    seek_story: str  # a sentence of context a seeker writes in a long paragraph
    offer_story: str
    # wording or story -> "types@countries" it fits ("P", "L@FR", "@BE,NL"); absent = any
    fits: dict[str, str] = field(default_factory=dict)


def _entries(text: str) -> list[tuple[str, str]]:
    """Lines 'tag | value' of a text block; indented lines continue the previous value."""
    entries: list[tuple[str, str]] = []
    for line in text.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("    "):
            tag, value = entries[-1]
            entries[-1] = (tag, f"{value} {line.strip()}")
        else:
            tag, _, value = line.partition(" | ")
            entries.append((tag.strip(), value.strip()))
    return entries


def _blocks(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """Blocks opened by a '= header' line, each with its entries."""
    blocks: list[tuple[str, list[tuple[str, str]]]] = []
    for tag, value in _entries(text):
        if tag.startswith("= "):
            blocks.append((f"{tag[2:]} | {value}" if value else tag[2:], []))
        else:
            blocks[-1][1].append((tag, value))
    return blocks


def _parse_catalogue(text: str) -> tuple[Concept, ...]:
    concepts = []
    for header, entries in _blocks(text):
        key, topic, popularity, offered_by = (part.strip() for part in header.split(" | "))
        sides: dict[str, dict[str, list[str]]] = {"seek": {}, "offer": {}, "story": {}}
        fits: dict[str, str] = {}
        for tag, value in entries:
            side, lang = tag.split()
            if value.startswith("["):
                letters, _, value = value[1:].partition("] ")
                fits[value] = letters
            sides[side].setdefault(lang, []).append(value)
        for side in ("seek", "offer"):
            if sorted(sides[side]) != ["de", "en", "fr", "nl"]:
                raise ValueError(f"{key}: {side} wordings must cover en, fr, nl and de")
        concepts.append(
            Concept(
                key=key,
                topic=topic,
                popularity=int(popularity),
                offered_by=offered_by,
                seek={lang: tuple(w) for lang, w in sides["seek"].items()},
                offer={lang: tuple(w) for lang, w in sides["offer"].items()},
                seek_story=sides["story"]["seek"][0],
                offer_story=sides["story"]["offer"][0],
                fits=fits,
            )
        )
    return tuple(concepts)


# The catalogue: 60 practices, three per topic. "seek"/"offer" lines are the wordings each
# side uses (never shared between sides); "story" lines are context a long paragraph adds.
# Header: = key | topic | popularity (1 niche .. 3 hot) | organisation types that offer it, as
# letters: L local, R regional, N national authority, P police, J justice, O NGO, S research,
# B company, I international body; among "other" organisations T transport operator, E events
# and nightlife, D design practice (independents, Z, fit nothing in particular).
# "[PL] ..." marks a wording only police (P) or local authorities (L) would write; "[L@FR]"
# one only French local authorities would, "[@BE,NL]" any organisation in Belgium or the
# Netherlands (a national scheme or institution).
CATALOGUE_TEXT = """
= crowd_safety | crisis-management | 3 | LPBSE
seek en | crowd management at large open-air events
seek en | how to prevent crushes at concerts and fan zones
seek en | pedestrian flow modelling for festivals and city celebrations
seek en | stewarding and entry control at mass gatherings
seek fr | la gestion des foules lors des grands rassemblements
seek fr | la prévention des mouvements de foule en fan zone
seek nl | crowd management bij grote evenementen
seek nl | het voorkomen van gedrang op festivals
seek de | Besucherlenkung bei Großveranstaltungen
seek de | Vermeidung von Gedränge bei Stadtfesten und Public Viewing
offer en | crowd flow simulations for big public events
offer en | [LPE] our safety concept for a 300,000-person fireworks night
offer en | training for event stewards and crowd safety managers
offer en | real-time density monitoring with people-counting sensors
offer fr | [LP] notre dispositif de sécurisation des grands événements festifs
offer fr | des simulations de flux piétons pour les manifestations de plein air
offer nl | [LPE] ons draaiboek voor publieksveiligheid bij massa-evenementen
offer nl | simulaties van bezoekersstromen
offer de | Sicherheitskonzept für Veranstaltungen mit über 100.000 Gästen
offer de | Schulungen für Ordnungsdienste bei Massenveranstaltungen
story seek | Our city hosts a marathon, a music festival and a Christmas market, and last winter
    the station square became dangerously packed.
story offer | For eight years our team has planned crowd safety for the national day parade and
    the city's largest concerts.

= crisis_exercises | crisis-management | 2 | LRNPB
seek en | running tabletop crisis exercises with city departments
seek en | [L] how to keep a municipal emergency plan alive and tested
seek en | continuity of city services during a major incident
seek en | examples of crisis cells bringing mayor, police and fire brigade together
seek fr | l'organisation d'exercices de gestion de crise à l'échelle communale
seek fr | [L@FR] la mise à jour du plan communal de sauvegarde
seek nl | het oefenen van gemeentelijke crisisteams
seek nl | [@BE] een algemeen nood- en interventieplan dat ook echt gebruikt wordt
seek de | Stabsrahmenübungen für kommunale Krisenstäbe
seek de | Fortschreibung kommunaler Notfallpläne
offer en | a scenario library for multi-agency simulation exercises
offer en | [L] our municipal emergency coordination room and its procedures
offer en | facilitation of table-top drills for local crisis teams
offer en | a template for local emergency and continuity plans
offer fr | [LRB] notre méthode d'exercices cadre avec les services municipaux
offer fr | un retour d'expérience sur la cellule de crise communale
offer nl | draaiboeken voor multidisciplinaire crisisoefeningen
offer nl | [L] onze ervaring met de gemeentelijke crisiscel
offer de | Übungsszenarien für den Verwaltungsstab
offer de | Aufbau eines kommunalen Krisenstabs
story seek | During the last power cut nobody in the town hall knew who was supposed to call the
    schools, and that cannot happen again.
story offer | We run four exercises a year with police, fire brigade, hospitals and the town
    hall, each built on a different scenario.

= post_crisis_recovery | crisis-management | 2 | LOSN
seek en | supporting residents in the months after a terrorist attack
seek en | psychosocial care for a community hit by a disaster
seek en | organising commemorations and memorial sites after an attack
seek en | long-term recovery of a neighbourhood after a traumatic event
seek fr | l'accompagnement des habitants après un attentat
seek fr | le soutien psychologique collectif après une catastrophe
seek nl | nazorg voor bewoners na een aanslag of ramp
seek nl | psychosociale hulp na een schokkende gebeurtenis in de wijk
seek de | Nachsorge für Betroffene nach Anschlägen
seek de | psychosoziale Unterstützung für Stadtteile nach Katastrophen
offer en | a psychosocial aftercare model for affected communities
offer en | [LON] our experience running a support centre for those affected by an attack
offer en | guidance on remembrance ceremonies and spontaneous memorials
offer en | research on community resilience after collective trauma
offer fr | [LON] notre expérience de cellule d'écoute post-attentat
offer fr | l'accompagnement des commémorations et des lieux de mémoire
offer nl | ons model voor psychosociale nazorg na rampen
offer nl | ervaring met herdenkingen en spontane gedenkplekken
offer de | Konzept der psychosozialen Notfallversorgung (PSNV)
offer de | Erfahrungen mit Gedenkveranstaltungen nach einem Anschlag
story seek | Three years after the attack in our city centre, people still avoid the square and
    shop owners feel forgotten.
story offer | [LON] We set up the support centre the day after the attack and ran it for two
    years, with over 2,000 people registered.

= exit_programmes | radicalisation | 2 | OJPNS
seek en | disengagement work with people leaving violent extremism
seek en | rehabilitation of returning foreign fighters and their children
seek en | how to set up a deradicalisation exit programme
seek en | mentoring for released terrorist offenders
seek fr | l'accompagnement au désengagement de la violence extrémiste
seek fr | la prise en charge des enfants de retour de zones de conflit
seek nl | exitbegeleiding van geradicaliseerde personen
seek nl | re-integratie van Syriëgangers
seek de | Ausstiegsarbeit mit extremistischen Personen
seek de | Begleitung von Rückkehrerinnen aus dem IS-Gebiet
offer en | [OJN] our exit programme for far-right and jihadist extremists
offer en | case management for returnees from Syria and Iraq
offer en | training of mentors working one-to-one with radicalised people
offer en | a risk and needs assessment tool for extremist offenders
offer fr | [OJN] notre programme de désengagement pour personnes radicalisées
offer fr | le suivi individualisé des sortants de prison pour terrorisme
offer nl | [OJN] onze exitfaciliteit voor extremisten
offer nl | mentoring van gedetineerden met een terroristische achtergrond
offer de | Ausstiegsprogramm für Rechtsextreme und Islamisten
offer de | Fallmanagement für Rückkehrende und ihre Kinder
story seek | A young man from our town was convicted for planning an attack and will be released
    next spring; nobody is sure who should follow him up.
story offer | [OJN] Since 2015 our team has helped more than 150 people leave extremist
    movements, religious and political, left and right.

= case_roundtables | radicalisation | 2 | LNPR
seek en | multi-agency case conferences on radicalisation
seek en | sharing information on individual cases without breaching professional secrecy
seek en | how other cities structure their local safety cells on extremism
seek en | involving social workers and schools in radicalisation case panels
seek fr | [@BE] le fonctionnement des cellules de sécurité intégrale locales (CSIL-R)
seek fr | le secret professionnel partagé entre partenaires
seek nl | casusoverleg over radicalisering met gedeeld beroepsgeheim
seek nl | [@BE] hoe andere steden hun LIVC-R organiseren
seek de | Fallkonferenzen im Bereich Radikalisierung
seek de | datenschutzkonformer Informationsaustausch zwischen Behörden und Trägern
offer en | the legal framework we use to share case information between partners
offer en | [LP] our local integrated security cell and how it works in practice
offer en | a protocol for case deliberation between police, prevention and social services
offer en | [@GB] Channel-style referral panels: what we learned
offer fr | [LP@BE] notre CSIL-R et son règlement d'ordre intérieur
offer fr | un guide sur l'échange d'informations entre police et travailleurs sociaux
offer nl | [@NL] ervaring met het Zorg- en Veiligheidshuis en de persoonsgerichte aanpak
offer nl | ons convenant voor informatiedeling bij radicaliseringscasussen
offer de | Kooperationsvereinbarung für behördenübergreifende Fallberatung
offer de | Erfahrungen aus unserem kommunalen Netzwerk gegen Radikalisierung
story seek | Our police, youth service and schools each see part of the picture, but they are
    not allowed (or believe they are not allowed) to talk to each other.
story offer | We meet every month around individual cases, with a signed charter on what can be
    shared and what stays with the professional.

= online_counter_narratives | radicalisation | 2 | OSIB
seek en | extremist propaganda aimed at teenagers on TikTok and gaming platforms
seek en | counter-narrative campaigns that actually reach young people
seek en | monitoring online radicalisation of minors
seek en | digital youth work against extremist content
seek fr | la propagande extrémiste sur les réseaux sociaux fréquentés par les jeunes
seek fr | les contre-discours en ligne
seek nl | online radicalisering van minderjarigen
seek nl | tegenverhalen die jongeren echt bereiken
seek de | extremistische Inhalte auf TikTok und in Gaming-Communities
seek de | wirksame Gegennarrative für Jugendliche
offer en | alternative narrative videos made with young creators
offer en | research on extremist subcultures in online games
offer en | training for youth workers on the signs of online radicalisation
offer en | a digital streetwork team active on Discord and Telegram
offer fr | [OB] nos campagnes de contre-discours co-construites avec des jeunes
offer fr | une formation au repérage de la radicalisation en ligne
offer nl | digitaal jongerenwerk tegen extremistische content
offer nl | onderzoek naar extremisme op gamingplatforms
offer de | Digital Streetwork auf Discord, Telegram und Instagram
offer de | Fortbildung zu Online-Radikalisierung für Fachkräfte
story seek | Two 14-year-olds in our region were arrested last year after months in an online
    group nobody around them knew about.
story offer | [O] Our digital streetworkers talk every week with hundreds of young people in the
    same online spaces where extremist recruiters hang out.

= hate_crime_reporting | discriminatory-violence | 2 | OPSN
seek en | why victims of hate crime do not report and what helps
seek en | third-party reporting centres for hate incidents
seek en | recording the bias motive in police crime statistics
seek en | tackling under-reporting of racist attacks
seek fr | le sous-signalement des crimes de haine
seek fr | l'enregistrement du mobile discriminatoire dans les plaintes
seek nl | de lage aangiftebereidheid bij discriminatie en haatmisdrijven
seek nl | meldpunten voor haatincidenten
seek de | Dunkelfeld bei Hasskriminalität
seek de | unabhängige Meldestellen für vorurteilsmotivierte Vorfälle
offer en | our online reporting tool for discrimination and hate incidents
offer en | police training on recognising bias-motivated offences
offer en | a victimisation survey on hate crime in five cities
offer en | a network of community reporting points in shops and associations
offer fr | notre plateforme de signalement des actes racistes et LGBTphobes
offer fr | un module de formation des policiers à l'accueil des victimes de haine
offer nl | ons antidiscriminatiemeldpunt en de jaarlijkse monitor
offer nl | training voor agenten in het herkennen van discriminatoire motieven
offer de | Meldestelle für antisemitische und rassistische Vorfälle
offer de | Schulungen zur Erkennung von Hassmotiven bei der Anzeigenaufnahme
story seek | Official statistics in our city show almost no hate crime, which we know is not the
    reality: victims simply do not report.
story offer | [OPN] Our reporting point has received over 4,000 reports since it opened, most
    from people who would never have gone to the police.

= lgbtiq_safety | discriminatory-violence | 1 | OLP
seek en | safety of LGBTIQ+ people at night and in public space
seek en | security planning for Pride marches
seek en | how police can build trust with queer communities
seek en | responding to attacks on trans people
seek fr | la sécurité des personnes LGBTQIA+ dans l'espace public
seek fr | la sécurisation des marches des fiertés
seek nl | veiligheid van LHBTIQ+-personen op straat
seek nl | beveiliging van Pride-evenementen
seek de | Schutz queerer Menschen vor Übergriffen im öffentlichen Raum
seek de | Sicherheit beim CSD
offer en | [P] our network of LGBTIQ+ liaison officers
offer en | a safer-spaces charter for bars and venues
offer en | the security plan of a Pride with 100,000 participants
offer en | research on violence experienced by trans and non-binary people
offer fr | [P] notre réseau de référents LGBT+ au sein de la police
offer fr | une enquête sur les violences vécues par les personnes trans
offer nl | [P@NL] ons netwerk Roze in Blauw
offer nl | een handvest voor queervriendelijke horeca
offer de | [P] Ansprechpersonen für LSBTIQ* bei der Polizei
offer de | Studie zu Gewalt gegen trans* und nicht-binäre Personen
story seek | After two violent attacks near the gay bars last summer, the community asked us for
    a plan and we have nothing ready.
story offer | [P] Our liaison officers have been part of the LGBTIQ+ community for ten years and
    now handle most reports directly.

= places_of_worship | discriminatory-violence | 1 | PNOB
seek en | protecting synagogues, mosques and churches
seek en | security advice for religious communities after threats
seek en | balancing openness and protection at places of worship
seek en | funding schemes for security at faith buildings
seek fr | la sécurisation des lieux de culte
seek fr | la protection des communautés religieuses
seek nl | beveiliging van gebedshuizen
seek nl | bescherming van geloofsgemeenschappen
seek de | Schutz von Synagogen, Moscheen und Kirchen
seek de | Sicherheitsberatung für Religionsgemeinschaften
offer en | a security self-assessment for faith communities
offer en | [PNL] our liaison between police and religious leaders
offer en | guidance on physical protection of religious buildings
offer en | [N] a government grant scheme for securing places of worship
offer fr | un guide d'auto-diagnostic de sûreté pour les lieux de culte
offer fr | [P] notre référent police pour les cultes
offer nl | een veiligheidsscan voor moskeeën, kerken en synagogen
offer nl | [PL] ons overleg tussen politie en geloofsgemeenschappen
offer de | Leitfaden zur baulichen Sicherung religiöser Einrichtungen
offer de | [P] Kontaktbeamte für Religionsgemeinschaften
story seek | The mosque and the synagogue in our district both received threatening letters in
    the same week.
story offer | [PN] Our unit has visited more than 300 places of worship to advise on simple,
    affordable protection.

= street_harassment | violence-against-women | 3 | LOST
seek en | sexual harassment of women in the street and on public transport
seek en | exploratory walks with women to map unsafe places
seek en | measures against catcalling and sexist insults
seek en | how to make parks and squares feel safe for girls
seek fr | le harcèlement de rue
seek fr | les marches exploratoires de femmes
seek nl | straatintimidatie
seek nl | seksuele intimidatie in het openbaar vervoer
seek de | sexuelle Belästigung im öffentlichen Raum
seek de | Angsträume von Frauen und Mädchen
offer en | a method for women's safety walks in neighbourhoods
offer en | [LOT] our anti-harassment campaign on buses and trams
offer en | a mobile app for reporting harassment in public space
offer en | data from a city-wide survey on sexist harassment
offer fr | notre guide des marches exploratoires
offer fr | une campagne contre le harcèlement sexiste dans les transports
offer nl | [L] onze aanpak van straatintimidatie met straatcoaches
offer nl | veiligheidswandelingen met vrouwen en meisjes
offer de | Methode für Sicherheitsbegehungen mit Frauen
offer de | Kampagne gegen Catcalling und sexistische Sprüche
story seek | In our last survey six women out of ten said they avoid certain streets after dark,
    and the council wants to act before the next elections.
story offer | [LOS] We have walked more than 40 neighbourhoods with groups of women and girls
    and turned their remarks into changes to lighting, benches and paths.

= dv_risk_assessment | violence-against-women | 2 | PJOL
seek en | multi-agency risk assessment for high-risk domestic abuse
seek en | preventing femicide: warning signs and protection
seek en | how MARAC-type meetings work in practice
seek en | protection orders and alarm devices for women at risk
seek fr | la prévention des féminicides
seek fr | l'évaluation du danger dans les situations de violences conjugales
seek nl | risicotaxatie bij ernstig partnergeweld
seek nl | het voorkomen van femicide
seek de | Gefährdungsanalyse bei häuslicher Gewalt
seek de | Femizidprävention
offer en | [PJLO] our MARAC coordination and the risk checklist we use
offer en | an evaluation of panic buttons for survivors of domestic violence
offer en | a femicide review process modelled on domestic homicide reviews
offer en | risk-assessment training for frontline police
offer fr | [JLO@FR] notre dispositif Téléphone Grave Danger
offer fr | [P] la grille d'évaluation du danger utilisée par nos enquêteurs
offer fr | une formation des équipes à l'évaluation du danger dans les violences conjugales
offer nl | [PJLO@BE] onze ervaring met multidisciplinair casusoverleg bij intrafamiliaal geweld
offer nl | [PL] het risicotaxatie-instrument dat onze politie gebruikt
offer nl | een training risicotaxatie bij partnergeweld voor eerstelijnswerkers
offer de | Hochrisikomanagement bei Partnergewalt
offer de | interdisziplinäre Fallkonferenzen zum Gewaltschutz
story seek | Our region had four femicides in eighteen months, and in three cases the police had
    been called to the home before.
story offer | [PJLO] Since we introduced systematic risk assessment and monthly case meetings,
    repeat call-outs for the highest-risk couples have dropped by a third.

= perpetrator_programmes | violence-against-women | 1 | OJS
seek en | working with perpetrators of domestic violence
seek en | behaviour change programmes for violent partners
seek en | court-mandated programmes for abusive men
seek en | housing the perpetrator instead of the victim after an eviction order
seek fr | la prise en charge des auteurs de violences conjugales
seek fr | les stages de responsabilisation pour les auteurs
seek nl | daderhulpverlening bij partnergeweld
seek nl | gedragsinterventies voor plegers
seek de | Täterarbeit bei häuslicher Gewalt
seek de | Anti-Gewalt-Trainings für Männer
offer en | a group programme for men who use violence in relationships
offer en | [OJ] our accommodation scheme for evicted perpetrators
offer en | outcome data from a perpetrator programme ordered by the courts
offer en | training for probation staff working with abusive partners
offer fr | [O@FR] notre centre de prise en charge des auteurs (CPCA)
offer fr | des groupes de parole pour hommes auteurs de violences
offer nl | [OJ] ons groepsprogramma voor plegers van partnergeweld
offer nl | tijdelijke opvang voor uithuisgeplaatste plegers
offer de | [@DE] Täterarbeit nach den Standards der Bundesarbeitsgemeinschaft
offer de | Wirkungsevaluation eines Anti-Gewalt-Trainings
story seek | We have good services for women, but the violent partner goes home, meets someone
    new and the cycle starts again.
story offer | [OJ] More than 600 men have gone through our 26-week group programme, most of them
    referred by the prosecutor.

= restorative_justice | victim-support | 2 | OJS
seek en | restorative approaches between victims and offenders
seek en | victim-offender mediation for juvenile crime
seek en | restorative circles in neighbourhood conflicts
seek en | using restorative justice after serious violence
seek fr | la justice restaurative
seek fr | la médiation auteur-victime
seek nl | herstelgericht werken na een misdrijf
seek nl | bemiddeling tussen dader en slachtoffer
seek de | Täter-Opfer-Ausgleich
seek de | Wiedergutmachung nach schweren Gewalttaten
offer en | trained mediators for victim-offender dialogue
offer en | [OJ] our restorative justice service working alongside the courts
offer en | facilitator training in restorative conferencing
offer en | an evaluation of restorative circles in schools and housing estates
offer fr | [OJ] notre service de médiation réparatrice
offer fr | l'animation de rencontres détenus-victimes
offer nl | herstelbemiddeling door onze getrainde bemiddelaars
offer nl | ervaring met herstelcirkels in wijken
offer de | TOA-Fachstelle mit langjähriger Erfahrung
offer de | Ausbildung zur Moderation von Restorative-Justice-Konferenzen
story seek | Victims in our city often tell us that the court case gave them nothing: no
    answers, no apology, no voice.
story offer | [OJ] Our mediators handle around 400 cases a year, from shoplifting teenagers to
    families bereaved by a homicide.

= police_victim_desks | victim-support | 2 | POL
seek en | the first reception of victims at police stations
seek en | referral from police to victim support services
seek en | keeping victims informed about their rights and their case
seek en | victim assistance officers inside the police
seek fr | l'accueil des victimes dans les commissariats
seek fr | l'orientation des victimes vers les services d'aide
seek nl | slachtofferopvang bij de politie
seek nl | doorverwijzing van slachtoffers
seek de | Opferschutz bei der Polizei
seek de | Vermittlung von Betroffenen an die Opferhilfe
offer en | [P] a victim liaison desk inside our police stations
offer en | [PL] our automatic referral of victims to support services after every complaint
offer en | training for officers on receiving victims
offer en | a one-stop centre combining police, justice and counselling for victims
offer fr | [P@BE] notre service d'assistance policière aux victimes
offer fr | [@FR] un intervenant social en commissariat
offer fr | une formation des policiers à l'accueil des victimes
offer nl | [P@BE] onze dienst slachtofferbejegening
offer nl | een warme overdracht van politie naar Slachtofferhulp
offer de | proaktive Opferberatung nach Anzeigenerstattung
offer de | [P] Opferschutzbeauftragte in jeder Dienststelle
story seek | Victims tell us they leave the police station with a complaint number and no idea
    what happens next.
story offer | [PL] Every complaint in our zone now triggers a call from a support worker within
    48 hours, unless the victim declines.

= barnahus | victim-support | 1 | JPON
seek en | child-friendly interviews for child victims
seek en | setting up a Barnahus (children's house)
seek en | reducing repeated questioning of abused children
seek en | forensic interviewing of child witnesses
seek fr | l'audition des enfants victimes
seek fr | [@FR] les unités d'accueil pédiatriques enfants en danger (UAPED)
seek nl | kindvriendelijke verhoren
seek nl | een Barnahus-model voor ons land
seek de | kindgerechte Vernehmungen
seek de | Childhood-Haus nach dem Barnahus-Modell
offer en | our Barnahus bringing police, child protection and medical care under one roof
offer en | training in the NICHD child interview protocol
offer en | [JP] a video-recorded hearing room for minors
offer en | an evaluation of a child advocacy centre
offer fr | [JP] notre salle d'audition filmée adaptée aux mineurs
offer fr | une formation au protocole NICHD
offer nl | [JPO@BE] ons Zorgcentrum na Seksueel Geweld met kinderverhoorstudio
offer nl | training in het verhoren van jonge kinderen
offer de | [JPO@DE] unser Childhood-Haus
offer de | videogestützte Vernehmung von Kindern
story seek | A child in a sexual abuse case in our country can be questioned seven or eight
    times by different professionals.
story offer | In our children's house a child is interviewed once, on video, while judge,
    prosecutor and defence watch from the next room.

= cpted | public-space | 3 | LSBD
seek en | crime prevention through environmental design
seek en | safety assessments of urban renewal plans
seek en | designing out crime in housing estates
seek en | involving police early in planning permission
seek fr | la prévention situationnelle dans les projets d'urbanisme
seek fr | [@FR] les études de sûreté et de sécurité publique (ESSP)
seek nl | veilig ontwerp van de openbare ruimte
seek nl | criminaliteitspreventie via ruimtelijke planning
seek de | städtebauliche Kriminalprävention
seek de | Sicherheitsaudits bei Stadtentwicklungsprojekten
offer en | our CPTED checklist for architects and planners
offer en | security impact assessments of new developments
offer en | a design guide for safe streets, squares and car parks
offer en | training for planners in situational crime prevention
offer fr | notre méthode d'étude de sûreté pour les projets de rénovation urbaine
offer fr | un référentiel d'aménagement sûr des espaces publics
offer nl | [PN@NL] het Politiekeurmerk Veilig Wonen
offer nl | een toetsingskader voor sociale veiligheid bij bouwprojecten
offer de | Leitfaden für sichere Wohnquartiere
offer de | Planungsberatung zur Kriminalprävention im Städtebau
story seek | A large housing estate is being rebuilt next year and we have one chance to avoid
    the dark passages and blind corners of the old one.
story offer | [PL] For twenty years our unit has reviewed building permits with the planning
    department, 150 projects so far.

= hostile_vehicle | public-space | 2 | BPNLD
seek en | protecting pedestrian zones against vehicle-ramming attacks
seek en | bollards that do not turn Christmas markets into fortresses
seek en | temporary barriers for events and markets
seek en | [L] hostile vehicle mitigation on a tight municipal budget
seek fr | la protection des zones piétonnes contre les attaques à la voiture-bélier
seek fr | des dispositifs anti-intrusion compatibles avec un centre-ville accueillant
seek nl | bescherming tegen voertuigaanslagen bij evenementen
seek nl | esthetische anti-rampalen op pleinen en in winkelstraten
seek de | Zufahrtsschutz für Weihnachtsmärkte
seek de | Überfahrschutz in Fußgängerzonen
offer en | crash-rated bollards integrated into street furniture
offer en | a risk assessment method for vehicle attacks on public spaces
offer en | [BL] our rental pool of mobile vehicle barriers for events
offer en | design guidance on discreet anti-ram protection
offer fr | [BD] nos obstacles anti-véhicules béliers intégrés au mobilier urbain
offer fr | un diagnostic de vulnérabilité des marchés de Noël
offer nl | mobiele voertuigbarrières voor evenementen
offer nl | onze risicoanalyse voor voertuigaanslagen
offer de | zertifizierte Zufahrtssperren als Stadtmobiliar
offer de | Zufahrtsschutzkonzepte für Veranstaltungen
story seek | Since the Berlin and Nice attacks our market square has been lined with concrete
    blocks that everyone hates.
story offer | [B] We have protected 60 sites across Europe with barriers most visitors take for
    benches and planters.

= lighting | public-space | 1 | LSBD
seek en | street lighting and the feeling of safety
seek en | smart lighting in parks at night
seek en | switching lights off at night to save energy without scaring people
seek en | lighting design for underpasses and cycle paths
seek fr | l'éclairage public et le sentiment d'insécurité
seek fr | l'extinction nocturne
seek nl | openbare verlichting en veiligheidsgevoel
seek nl | slimme verlichting in parken
seek de | Beleuchtung und Sicherheitsempfinden
seek de | nächtliche Abschaltung der Straßenbeleuchtung
offer en | a study on lighting levels and fear of crime
offer en | [LB] our dimmable, sensor-based street lights
offer en | a lighting master plan combining biodiversity and safety
offer en | night-time walks with lighting engineers and residents
offer fr | [L] notre schéma directeur d'aménagement lumière
offer fr | une étude sur l'éclairage et la fréquentation nocturne
offer nl | [L] ons lichtplan voor fietspaden en tunnels
offer nl | dimbare ledverlichting met sensoren
offer de | [L] Lichtmasterplan unserer Stadt
offer de | Begehungen mit Lichtplanern und Anwohnenden
story seek | The city dimmed street lights after midnight to save energy, and residents, women
    especially, say they no longer walk home.
story offer | [LB] We replaced 12,000 street lights and measured both the energy saved and
    residents' feeling of safety, before and after.

= night_mayor | nightlife | 2 | LEO
seek en | night-time economy governance
seek en | setting up a night mayor or night council
seek en | balancing clubs, residents and safety in party districts
seek en | a nightlife policy that is about more than nuisance
seek fr | la gouvernance de la vie nocturne
seek fr | la création d'un conseil de la nuit
seek nl | nachtbeleid
seek nl | het aanstellen van een nachtburgemeester
seek de | Nachtkultur und Nachtökonomie als kommunales Handlungsfeld
seek de | Einrichtung eines Nachtbürgermeisters
offer en | [LEO] our experience as the city's night mayor
offer en | a night council bringing clubs, residents and police around one table
offer en | [L] a nightlife strategy adopted by the city council
offer en | a comparative study of night-time governance in European cities
offer fr | [LEO] notre conseil de la nuit et sa charte
offer fr | le rôle de maire de la nuit
offer nl | ervaring als nachtburgemeester
offer nl | [LE] onze nachtvisie en het nachtoverleg met clubs
offer de | [LEO] Erfahrungen unserer Nachtbürgermeisterin
offer de | Runder Tisch Nachtleben
story seek | Our old town has become where everyone goes out on Saturday, and the conflicts
    between bar owners, residents and police are endless.
story offer | [LEO] The night council has met every two months since 2018 and has turned a
    permanent conflict into a working relationship.

= drink_spiking | nightlife | 2 | OPEL
seek en | drink spiking in bars and clubs
seek en | preventing sexual violence in nightlife venues
seek en | training bar staff to step in when a guest is at risk
seek en | needle spiking reports at festivals
seek fr | la soumission chimique en milieu festif
seek fr | les violences sexuelles dans les bars et boîtes de nuit
seek nl | drugs in drankjes in het uitgaansleven
seek nl | seksueel grensoverschrijdend gedrag in clubs
seek de | K.-o.-Tropfen im Nachtleben
seek de | sexualisierte Gewalt in Clubs und Bars
offer en | a safer-nightlife label for bars with trained staff
offer en | an 'Ask for Angela' style scheme for venues
offer en | bystander training for bouncers and bartenders
offer en | [PSO] rapid toxicology testing for people who think they were drugged
offer fr | [LOE] notre label pour les établissements de nuit engagés
offer fr | des formations du personnel de bar à la prévention des violences sexuelles
offer nl | een keurmerk voor veilig uitgaan
offer nl | trainingen voor portiers en barpersoneel
offer de | Awareness-Teams für Clubs und Festivals
offer de | [LOE@DE,AT,CH] die Kampagne 'Luisa ist hier'
story seek | Last summer our police registered 70 reports of spiking in two months, and the
    clubs say it is not their problem.
story offer | [OLE] More than 200 venues have joined our label and their staff now know what to
    do when a guest suddenly collapses.

= noise_mediation | nightlife | 1 | LOE
seek en | night-time noise and nuisance from bars and terraces
seek en | mediating between residents and late-night venues
seek en | night stewards calming streets at closing time
seek en | alternatives to fines for noisy revellers
seek fr | les nuisances sonores nocturnes
seek fr | la médiation entre riverains et établissements de nuit
seek nl | geluidsoverlast in uitgaansgebieden
seek nl | bemiddeling tussen horeca en buurtbewoners
seek de | Lärmkonflikte im Nachtleben
seek de | Vermittlung zwischen Anwohnenden und Gastronomie
offer en | [LO] our team of night mediators working on weekends
offer en | a mediation protocol between bar owners and neighbours
offer en | sound-level monitoring shared with residents
offer en | the evaluation of a 'quiet streets' pilot at closing time
offer fr | [LO] nos médiateurs de nuit
offer fr | un protocole de conciliation entre bars et riverains
offer nl | [LO] onze nachtstewards in het uitgaansgebied
offer nl | geluidsmetingen die we delen met bewoners
offer de | nächtliches Konfliktmanagement durch unsere Nachtlotsen
offer de | Lärmmessnetz mit öffentlicher Datenplattform
story seek | Every summer the same square turns into an open-air bar at 2 a.m. and the
    complaints pile up on the mayor's desk.
story offer | [LO] Our night mediators have walked the streets every Friday and Saturday for six
    years; complaints have halved and fines almost disappeared.

= conspiracy_disinfo | polarisation | 2 | SOI
seek en | conspiracy thinking and its effect on local trust
seek en | local disinformation campaigns targeting minorities
seek en | [LRN] how a municipality should answer fake news during a crisis
seek en | working with people drawn into conspiracy movements
seek fr | le complotisme et la défiance envers les institutions
seek fr | la désinformation locale en période de crise
seek nl | complotdenken en wantrouwen in de overheid
seek nl | lokale desinformatiecampagnes
seek de | Verschwörungserzählungen und Vertrauensverlust
seek de | Desinformation auf kommunaler Ebene
offer en | a research project on conspiracy beliefs in European cities
offer en | a counselling service for families of conspiracy believers
offer en | media literacy workshops for adults
offer en | a rapid response protocol against local disinformation
offer fr | [OS] nos ateliers d'éducation aux médias pour adultes
offer fr | une recherche sur les croyances complotistes
offer nl | [S] ons onderzoek naar complotdenken in wijken
offer nl | een steunpunt voor naasten van complotdenkers
offer de | Beratungsstelle für Angehörige von Verschwörungsgläubigen
offer de | Workshops zur Medienkompetenz für Erwachsene
story seek | During the pandemic a local Telegram group spread false rumours about the town
    hall, and they have never really gone away.
story offer | [O] Our counsellors have worked with some 300 families where a parent or partner
    slipped into conspiracy movements.

= threats_to_officials | polarisation | 2 | NLPS
seek en | threats and intimidation against mayors and councillors
seek en | [LR] protecting frontline municipal staff from aggression
seek en | support for local elected officials harassed online
seek en | security of council meetings that turn hostile
seek fr | les violences et menaces envers les élus locaux
seek fr | la protection des agents d'accueil face aux incivilités
seek nl | agressie en intimidatie tegen burgemeesters en raadsleden
seek nl | veilig werken aan het loket
seek de | Anfeindungen gegen Kommunalpolitikerinnen und -politiker
seek de | Schutz von Beschäftigten im Bürgerservice
offer en | [N] a national support desk for threatened elected officials
offer en | our de-escalation training for counter staff
offer en | a survey on aggression against local politicians
offer en | a protocol for reporting threats against public servants
offer fr | [NL] notre dispositif d'accompagnement des élus menacés
offer fr | une formation à la désescalade pour les agents d'accueil
offer nl | [NL@NL] het programma Veilig Publieke Taak
offer nl | [N] ons steunpunt voor bedreigde politieke ambtsdragers
offer nl | een training de-escalatie voor baliemedewerkers
offer de | [NO] Anlaufstelle für bedrohte Mandatsträger
offer de | Deeskalationstraining für Verwaltungsmitarbeitende
story seek | Two of our councillors stepped down last year after threats against their children,
    and people no longer want to stand for election.
story offer | [NO] Our support desk has helped more than 900 mayors and councillors, from alarms
    at home to getting hate messages taken down.

= neighbourhood_dialogue | polarisation | 2 | OLS
seek en | dialogue between communities after local tensions
seek en | defusing conflicts between groups in a neighbourhood
seek en | how to hold a residents' meeting after a violent incident
seek en | bringing polarised groups back to the same table
seek fr | le dialogue entre communautés après des tensions
seek fr | l'apaisement des conflits de quartier
seek nl | dialoog tussen groepen na spanningen in de wijk
seek nl | polarisatie op buurtniveau
seek de | Dialog zwischen Gruppen nach Konflikten im Stadtteil
seek de | Polarisierung im Quartier
offer en | trained facilitators for community dialogue
offer en | a method for mediating between groups in conflict
offer en | our polarisation management training for local professionals
offer en | case studies of calming tensions after riots
offer fr | notre méthode de médiation entre groupes
offer fr | des formations à la gestion de la polarisation
offer nl | training polarisatiemanagement voor professionals
offer nl | [OL] ons team van wijkbemiddelaars
offer de | moderierte Bürgerdialoge in Konfliktlagen
offer de | Fortbildung Polarisierungsmanagement
story seek | A plan to open a reception centre for asylum seekers split our town in two, with
    angry public meetings and graffiti on both sides.
story offer | We have facilitated more than fifty dialogue processes, from a stabbing outside a
    school to a dispute over a new mosque.

= cctv_evaluation | technology | 3 | SLBP
seek en | whether CCTV actually reduces crime
seek en | [LP] evaluating the impact of our camera network
seek en | [LP] where to put cameras and how many operators we need
seek en | the cost-effectiveness of video surveillance
seek fr | l'efficacité de la vidéoprotection
seek fr | l'évaluation d'un réseau de caméras urbain
seek nl | de effectiviteit van cameratoezicht
seek nl | [LP] de evaluatie van ons cameranetwerk
seek de | Wirksamkeit von Videoüberwachung
seek de | Evaluation kommunaler Kameraüberwachung
offer en | a meta-analysis of the effects of video surveillance
offer en | [SLP] our before-and-after evaluation of 400 public cameras
offer en | a method to decide where cameras make sense
offer en | operator workload data from our monitoring centre
offer fr | une évaluation de notre centre de supervision urbain
offer fr | une méthode de diagnostic pour l'implantation des caméras
offer nl | een evaluatie van cameratoezicht in uitgaansgebieden
offer nl | ons afwegingskader voor het plaatsen van camera's
offer de | Evaluationsstudie zur Videobeobachtung an Kriminalitätsschwerpunkten
offer de | Kriterien für die Standortwahl von Kameras
story seek | [LRPN] Every councillor wants more cameras in their district and we have no
    evidence to tell them yes or no.
story offer | [SL] We followed 400 cameras for five years and compared crime around them with
    similar streets without cameras.

= ai_video_ethics | technology | 3 | SIBN
seek en | legal limits on AI video analytics under the AI Act
seek en | ethical rules for algorithmic surveillance in public space
seek en | data protection impact assessments for smart cameras
seek en | facial recognition: what a city may and may not do
seek fr | l'encadrement juridique de la vidéoprotection algorithmique
seek fr | la reconnaissance faciale et les libertés publiques
seek nl | juridische kaders voor slimme camera's en AI
seek nl | ethiek van algoritmische surveillance
seek de | KI-gestützte Videoanalyse und Datenschutz
seek de | Gesichtserkennung im öffentlichen Raum: rechtlicher Rahmen
offer en | legal guidance on the AI Act for public-space surveillance
offer en | an ethics framework for smart-city sensors
offer en | our DPIA template for intelligent video systems
offer en | a bias audit of automated video analytics
offer fr | notre modèle d'AIPD pour les caméras augmentées
offer fr | un cadre éthique pour les capteurs dans l'espace public
offer nl | een DPIA-sjabloon voor intelligente camerasystemen
offer nl | ons ethisch kader voor sensoren in de stad
offer de | Gutachten zur KI-Verordnung und Videoüberwachung
offer de | Datenschutz-Folgenabschätzung für intelligente Kameras
story seek | [LPN] A vendor is offering our police 'behaviour detection' software free for a
    year, and nobody in the city knows whether it is even legal.
story offer | [SBI] Our lab has advised three national data protection authorities on
    algorithmic video surveillance since the Paris Olympics experiment.

= drones | technology | 1 | PBS
seek en | police use of drones at demonstrations and events
seek en | detecting and countering hostile drones
seek en | rules for flying drones over crowds
seek en | privacy concerns around camera drones
seek fr | l'usage des drones par les forces de sécurité
seek fr | la lutte anti-drones lors des grands événements
seek nl | inzet van drones door de politie
seek nl | detectie van kwaadwillende drones
seek de | Drohneneinsatz der Polizei
seek de | Drohnenabwehr bei Großveranstaltungen
offer en | [P] our drone unit's operating procedures
offer en | counter-drone detection systems for stadiums
offer en | a legal analysis of police drone flights
offer en | drone pilot training for public-safety staff
offer fr | [P] la doctrine d'emploi de nos drones
offer fr | des solutions de détection de drones
offer nl | [P] onze dronepiloten en hun werkinstructies
offer nl | anti-dronesystemen voor stadions en evenementen
offer de | [P] Einsatzkonzept unserer Drohnenstaffel
offer de | Detektionssysteme gegen unerlaubte Drohnen
story seek | Last season a drone stopped a football match in our stadium for twenty minutes and
    we had no way to find the pilot.
story offer | [P] Our drone unit flies about 1,500 missions a year, from traffic accidents to
    large demonstrations, under public rules.

= heatwave_vulnerable | climate-security | 2 | LROS
seek en | protecting isolated elderly people during heatwaves
seek en | heat action plans for cities
seek en | cool spaces in summer for homeless people and others at risk
seek en | how extreme heat affects violence and public order
seek fr | la protection des personnes âgées isolées pendant les canicules
seek fr | les plans canicule
seek nl | hitteplannen voor kwetsbare inwoners
seek nl | eenzame ouderen tijdens hittegolven
seek de | Hitzeschutz für vulnerable Gruppen
seek de | kommunale Hitzeaktionspläne
offer en | [LO] our heat register for calling isolated older residents
offer en | a network of cooling centres in public buildings
offer en | research on heat and aggression in urban areas
offer en | [L] a municipal heatwave plan tested over three summers
offer fr | [LO] notre registre canicule et les appels aux personnes vulnérables
offer fr | le réseau d'îlots de fraîcheur dans les bâtiments publics
offer nl | [L] ons hitteplan met belrondes naar kwetsbare ouderen
offer nl | koele plekken in bibliotheken en buurthuizen
offer de | [L] unser Hitzeaktionsplan
offer de | kühle Orte und Hitzetelefon für ältere Menschen
story seek | During the last heatwave three elderly residents were found dead in their flats
    days later, and the press asked why nobody checked on them.
story offer | [LO] Every summer our volunteers call 6,000 registered residents when the heat
    alert goes off, and visit those who do not answer.

= flood_evacuation | climate-security | 1 | LRNP
seek en | evacuating neighbourhoods during floods
seek en | warning residents who do not speak the local language in an emergency
seek en | preventing looting and keeping order after extreme weather
seek en | storm and flood preparedness for city services
seek fr | l'évacuation des quartiers lors d'inondations
seek fr | l'alerte à la population en cas d'événement climatique extrême
seek nl | evacuatie bij overstromingen
seek nl | alarmering van inwoners bij extreem weer
seek de | Evakuierung bei Hochwasser und Starkregen
seek de | Warnung der Bevölkerung bei Extremwetter
offer en | [LRP@BE,DE,NL,LU] our evacuation plan tested during the 2021 floods
offer en | cell broadcast and multilingual alerting
offer en | lessons learned on public order after a flash flood
offer en | a flood preparedness kit for households
offer fr | [LRNP@BE] notre retour d'expérience des inondations de juillet 2021
offer fr | un dispositif d'alerte multilingue
offer nl | [@NL,BE] lessen uit de watersnood van 2021 in Limburg
offer nl | [LR] ons evacuatieplan voor laaggelegen wijken
offer nl | een meertalig alarmeringssysteem voor inwoners
offer de | [@DE] Erfahrungen aus der Flutkatastrophe im Ahrtal
offer de | [LRP] unser Starkregen-Notfallkonzept
offer de | mehrsprachige Warnung der Bevölkerung per Cell Broadcast
story seek | [LRNP] Our river has flooded the lower town twice in four years, and the second
    time we evacuated too late.
story offer | [LRPN] When the 2021 floods hit we evacuated 9,000 people in one night; we wrote
    down everything that went wrong and everything that worked.

= environmental_crime | climate-security | 1 | LPJN
seek en | illegal dumping of waste in streets and parks
seek en | environmental crime by organised groups
seek en | enforcement against fly-tipping with cameras
seek en | waste trafficking investigations
seek fr | les dépôts sauvages de déchets
seek fr | la lutte contre la criminalité environnementale
seek nl | [@BE] sluikstorten en zwerfvuil
seek nl | milieucriminaliteit door criminele netwerken
seek de | illegale Müllablagerungen
seek de | Umweltkriminalität
offer en | [L] our environmental enforcement brigade
offer en | camera traps at illegal dumping hotspots
offer en | [PJN] joint investigations into waste trafficking networks
offer en | a study on the links between waste crime and organised crime
offer fr | [L] notre brigade de l'environnement et ses caméras nomades
offer fr | des enquêtes sur les trafics de déchets
offer nl | [L] onze milieuhandhavers met mobiele camera's
offer nl | onderzoek naar ondermijning in de afvalsector
offer de | Wildkameras an Hotspots illegaler Entsorgung
offer de | Ermittlungen zu illegaler Abfallverbringung
story seek | The city picks up 400 tonnes of dumped waste a year along the ring road, and the
    same vans come back every week.
story offer | [LP] Our brigade combines cameras, number-plate checks and fines, and dumping has
    fallen by 40% in two years.

= drug_checking | drugs | 2 | OSE
seek en | drug checking at festivals
seek en | pill testing for party-goers
seek en | harm reduction stands at music events
seek en | early warning about dangerous pills in circulation
seek fr | l'analyse de produits en milieu festif
seek fr | la réduction des risques dans les festivals
seek nl | pillen testen op festivals
seek nl | harm reduction in het uitgaansleven
seek de | Drug-Checking auf Festivals
seek de | Schadensminderung in der Partyszene
offer en | an on-site drug analysis lab for festivals
offer en | [OE] our harm reduction team of peer volunteers at parties
offer en | alerts on high-dose ecstasy and adulterants
offer en | a legal analysis of drug checking across Europe
offer fr | [OE] notre stand de réduction des risques avec analyse de drogues
offer fr | un réseau d'alertes précoces sur les produits qui circulent
offer nl | [SO@NL] het Drugs Informatie en Monitoring Systeem (DIMS)
offer nl | peer-educators op dancefeesten
offer de | mobiles Drug-Checking-Labor
offer de | Peer-Projekte für sichereres Feiern
story seek | Two young people died at a festival near us last summer after taking pills far
    stronger than they thought.
story offer | [OSE] Our mobile lab tested over 5,000 samples last season and issued 30 public
    warnings about dangerous pills.

= consumption_rooms | drugs | 2 | OLS
seek en | opening a supervised drug consumption room
seek en | getting neighbours to accept a drug consumption facility
seek en | safe injection sites and public nuisance
seek en | the legal set-up for a consumption room
seek fr | l'ouverture d'une salle de consommation à moindre risque
seek fr | [@FR] l'acceptabilité des haltes soins addictions par les riverains
seek nl | het openen van een gebruiksruimte
seek nl | draagvlak in de buurt voor een gebruiksruimte
seek de | Einrichtung eines Drogenkonsumraums
seek de | Akzeptanz von Konsumräumen im Quartier
offer en | [O] ten years of running a supervised consumption facility
offer en | [OL] our neighbourhood liaison group around the injection room
offer en | an evaluation of nuisance before and after a consumption room opened
offer en | a model agreement between police, city and the consumption room
offer fr | [OL] notre salle de consommation supervisée et son comité de voisinage
offer fr | l'évaluation de l'impact d'une salle de consommation sur la tranquillité publique
offer nl | [OL] onze ervaring met de gebruiksruimte en het buurtoverleg
offer nl | een evaluatie van overlast rond de gebruiksruimte
offer de | 20 Jahre Erfahrung mit Drogenkonsumräumen
offer de | Kooperationsvereinbarung zwischen Konsumraum, Polizei und Stadt
story seek | People inject in the stairwells of our social housing and the residents are at the
    end of their tether.
story offer | [OL] Our consumption room welcomes 250 people a day and has never had an overdose
    death on site.

= crack_open_scenes | drugs | 2 | LPO
seek en | open drug scenes around stations and parks
seek en | the rise of crack cocaine use in public space
seek en | coordinating police and outreach around an open drug market
seek en | what to do when a drug scene moves from one district to the next
seek fr | les scènes ouvertes de consommation de crack
seek fr | les regroupements d'usagers de drogues dans l'espace public
seek nl | openlijk drugsgebruik op straat
seek nl | de opkomst van crack in het centrum
seek de | offene Drogenszenen
seek de | Crack-Konsum im öffentlichen Raum
offer en | [LP] our integrated approach to the open crack scene
offer en | street teams for crack users combining care and order
offer en | an analysis of how open drug scenes move
offer en | lessons from closing an open scene in the 1990s
offer fr | [LO] notre plan crack et ses équipes de maraude
offer fr | [LP] notre cellule de coordination police-santé sur les scènes ouvertes
offer fr | une analyse des déplacements des scènes ouvertes de drogue
offer nl | onze integrale aanpak van de open drugsscène
offer nl | [LO] outreachende teams voor crackgebruikers
offer de | [LPO@DE] der Frankfurter Weg in der Drogenpolitik
offer de | [LO] Straßensozialarbeit für Crack-Konsumierende
story seek | Since last year several hundred crack users gather every day near our main station,
    and shopkeepers are threatening to leave.
story offer | We went from a scene of 800 people to almost none in three years, with housing,
    care and policing working from one plan.

= youth_violence | youth | 3 | LPOS
seek en | knife crime among teenagers
seek en | violence interruption with young people at risk
seek en | how to stop fights between rival youth groups
seek en | focused deterrence for young repeat offenders
seek fr | les rixes entre bandes de jeunes
seek fr | le port d'armes blanches chez les adolescents
seek nl | messengeweld onder jongeren
seek nl | straatconflicten tussen jeugdgroepen
seek de | Messerangriffe unter Jugendlichen
seek de | Gewalt zwischen Jugendgruppen
offer en | [OL] our violence interrupters recruited from the neighbourhoods
offer en | a focused-deterrence pilot with group call-ins
offer en | the evaluation of a knife-crime prevention programme in schools
offer en | a youth violence reduction unit model
offer fr | [LP] notre cellule de prévention des rixes
offer fr | des médiateurs issus des quartiers pour désamorcer les conflits
offer nl | [LPO] ons programma tegen wapenbezit bij jongeren
offer nl | [LP] de groepsaanpak van problematische jeugdgroepen
offer nl | een evaluatie van een preventieprogramma tegen messengeweld op scholen
offer de | Anti-Gewalt-Projekt an Brennpunktschulen
offer de | aufsuchende Arbeit mit gewaltbereiten Jugendgruppen
story seek | Two boys aged 15 and 16 were stabbed in our town this year, in what started as an
    argument on social media.
story offer | [OL] Our interrupters were all once part of street life and now step in within
    hours when a conflict between groups flares up.

= school_safety | youth | 2 | OSLN
seek en | violence and bullying in schools
seek en | school climate and early signs of dropping out
seek en | police in or around schools: good idea or not
seek en | safety at the school gate
seek fr | le harcèlement scolaire
seek fr | le climat scolaire et le décrochage
seek nl | pesten op school
seek nl | schoolveiligheid en vroegtijdig schoolverlaten
seek de | Mobbing an Schulen
seek de | Gewaltprävention im Schulalltag
offer en | an anti-bullying programme evaluated in 120 schools
offer en | [OL] our school mediators
offer en | school safety audits carried out with pupils
offer en | a partnership charter between schools and the local police
offer fr | [OL] notre programme de médiation par les pairs
offer fr | des diagnostics de climat scolaire
offer nl | ons programma voor een positief schoolklimaat
offer nl | schoolbemiddelaars
offer de | Streitschlichter-Ausbildung an Schulen
offer de | evaluiertes Anti-Mobbing-Programm
story seek | Teachers in our secondary schools report more fights and threats since the
    pandemic, and half of them say they feel unsafe.
story offer | We train pupils as peer mediators; in our schools they now settle most conflicts
    before they reach the head teacher.

= youth_participation | youth | 1 | OLS
seek en | involving young people in local safety policy
seek en | youth councils with a real say on prevention
seek en | co-designing public spaces with teenagers
seek en | giving young people a voice on policing
seek fr | la participation des jeunes aux politiques de sécurité
seek fr | la co-construction des espaces publics avec les adolescents
seek nl | jongerenparticipatie in veiligheidsbeleid
seek nl | jongeren betrekken bij pleinen
seek de | Jugendbeteiligung in der Sicherheitspolitik
seek de | Mitgestaltung öffentlicher Räume durch Jugendliche
offer en | [LO] a youth panel that advises the mayor on safety
offer en | participatory budgeting with teenagers for safer parks
offer en | a toolkit for co-creation with young people
offer en | [SO] our peer researchers aged 16 to 24
offer fr | [L] notre conseil local des jeunes
offer fr | des outils de co-construction avec les jeunes
offer nl | [LO] onze jongerenraad die de burgemeester adviseert
offer nl | jonge onderzoekers uit de wijk
offer de | Jugendforum zur Stadtsicherheit
offer de | Methodenkoffer für Jugendbeteiligung
story seek | [LRO] We keep designing skate parks and youth plans for young people without ever
    asking them.
story offer | [LO] Our youth panel of 25 teenagers has changed three park designs and killed a
    curfew proposal with better arguments than the council's.

= homeless_outreach | homelessness | 2 | OL
seek en | outreach to rough sleepers
seek en | winter shelter planning
seek en | street teams for homeless people with mental illness
seek en | reaching people who sleep in stations and car parks
seek fr | les maraudes auprès des personnes sans-abri
seek fr | le plan grand froid
seek nl | outreachend werk bij daklozen
seek nl | winteropvang
seek de | aufsuchende Hilfe für obdachlose Menschen
seek de | Kältehilfe
offer en | [OL] our night outreach team with a nurse and a social worker
offer en | a winter plan coordinating shelters, police and NGOs
offer en | mental health outreach for rough sleepers
offer en | a yearly count of people sleeping rough
offer fr | [OL] notre équipe mobile psychiatrie-précarité
offer fr | [@FR] le dénombrement des personnes sans-abri lors de la Nuit de la solidarité
offer fr | une maraude de nuit associant infirmier et travailleur social
offer nl | [OL] ons straatteam met verpleegkundige
offer nl | een telling van dak- en thuislozen
offer de | Kältebus mit medizinischer Versorgung
offer de | Straßenzählung obdachloser Menschen
story seek | More and more people sleep in the underground car park of the town hall, many with
    psychiatric problems.
story offer | [OL] Every night our team visits the same 150 people, and we know most of them by
    name.

= housing_first | homelessness | 2 | OLSR
seek en | Housing First for long-term homeless people
seek en | moving people from shelters into permanent homes
seek en | finding landlords for Housing First tenants
seek en | the evidence on Housing First and public order
seek fr | le Logement d'abord
seek fr | la sortie de rue vers un logement durable
seek nl | Housing First voor langdurig daklozen
seek nl | doorstroom van opvang naar eigen woning
seek de | Housing First
seek de | dauerhafter Wohnraum statt Notunterkunft
offer en | [OL] our Housing First programme with 300 tenants
offer en | a social rental agency working with private landlords
offer en | evaluation data on tenancy sustainment
offer en | training for Housing First support workers
offer fr | [NOL@FR] notre programme Un chez-soi d'abord
offer fr | une agence immobilière sociale
offer nl | [OL] onze Housing First-teams
offer nl | een sociaal verhuurkantoor
offer de | Housing-First-Projekt mit Wohnbegleitung
offer de | Akquise von Wohnraum bei Privatvermietern
story seek | [LO] Our shelters are full every night with the same people, some of them for ten
    years.
story offer | [OLR] Nine out of ten people we housed are still in their flat after two years,
    most after a decade on the street.

= begging_public_space | homelessness | 1 | LPO
seek en | aggressive begging and street drinking in the city centre
seek en | conflicts between shopkeepers and homeless people
seek en | alternatives to begging bans
seek en | managing tent camps in parks
seek fr | la mendicité agressive
seek fr | les conflits d'usage dans l'espace public avec les personnes en errance
seek nl | agressieve bedelarij
seek nl | overlast van drinkers in het stadscentrum
seek de | aggressives Betteln
seek de | Trinkerszenen in der Innenstadt
offer en | a social approach to street drinking groups
offer en | [LO] our mediation between retailers and people living on the street
offer en | a legal review of begging bans in Europe
offer en | [LP] our protocol for clearing tent camps with rehousing offers
offer fr | notre protocole d'évacuation des campements avec solutions de relogement
offer fr | une analyse juridique des arrêtés anti-mendicité
offer nl | [LPO] onze aanpak van hangplekken van alcoholgebruikers
offer nl | bemiddeling tussen winkeliers en dak- en thuislozen
offer de | Aufenthaltsräume für die Trinkerszene
offer de | Gutachten zu Bettelverboten
story seek | Shopkeepers on our high street demand a begging ban and the social services are
    strongly against it.
story offer | [LO] Instead of a ban we opened a day space with a small garden for street
    drinkers, and complaints from shops fell by half.

= sexual_exploitation | trafficking | 2 | POJN
seek en | trafficking for sexual exploitation
seek en | identifying victims in online escort advertising
seek en | exit support for women in prostitution
seek en | exploitation in massage parlours and short-term rentals
seek fr | la traite des êtres humains à des fins d'exploitation sexuelle
seek fr | l'identification des victimes dans la prostitution en ligne
seek nl | mensenhandel met seksuele uitbuiting
seek nl | signalen van uitbuiting in de prostitutie
seek de | Menschenhandel zur sexuellen Ausbeutung
seek de | Ausstiegshilfe aus der Prostitution
offer en | [P] our specialised anti-trafficking police unit
offer en | a tool that scans escort ads for trafficking indicators
offer en | [O] a shelter and exit programme for victims of sexual exploitation
offer en | training for hotel staff on spotting exploitation
offer fr | [ON] notre parcours de sortie de la prostitution
offer fr | [O] notre centre d'accueil spécialisé pour victimes de traite
offer fr | des formations du personnel hôtelier au repérage de la traite
offer nl | [ON] onze zorgcoördinatie voor slachtoffers van mensenhandel
offer nl | een webcrawler voor advertenties met signalen van uitbuiting
offer de | [O] Fachberatungsstelle für Betroffene von Menschenhandel
offer de | Schulungen für Hotelpersonal zu Menschenhandel
story seek | Our police keep finding young women in rented flats, moved every two weeks from one
    city to another.
story offer | [PN] Our unit analyses thousands of online ads each month and last year identified
    60 potential victims.

= labour_exploitation | trafficking | 2 | NOJP
seek en | labour exploitation in construction and agriculture
seek en | cooperation between labour inspectors and police
seek en | exploited workers in car washes and nail bars
seek en | [LRN] keeping forced labour out of municipal contracts
seek fr | l'exploitation par le travail
seek fr | le travail forcé sur les chantiers
seek nl | arbeidsuitbuiting
seek nl | uitbuiting in nagelstudio's en autowasstraten
seek de | Arbeitsausbeutung
seek de | Ausbeutung auf Baustellen und in der Paketzustellung
offer en | joint inspections by labour inspectorate, police and tax services
offer en | outreach to migrant workers in their own language
offer en | a checklist for public buyers against labour exploitation
offer en | research on exploitation in food delivery
offer fr | [NP] nos contrôles conjoints inspection du travail et police
offer fr | un guide pour les acheteurs publics contre l'exploitation
offer nl | gezamenlijke controles met de Arbeidsinspectie
offer nl | voorlichting aan arbeidsmigranten in hun eigen taal
offer de | Beratung für ausgebeutete Beschäftigte
offer de | gemeinsame Kontrollen mit Zoll und Arbeitsschutz
story seek | Last year we found twenty men sleeping in a garage, working 14 hours a day on
    building sites for two euros an hour.
story offer | [ON] Our multilingual outreach workers visit farms and building sites every week
    and have helped more than 400 workers claim their rights.

= minors_exploitation | trafficking | 1 | OPJN
seek en | unaccompanied minors forced into pickpocketing and theft
seek en | migrant children exploited by theft rings
seek en | protecting missing migrant children
seek en | treating exploited children as victims, not offenders
seek fr | les mineurs non accompagnés exploités
seek fr | la criminalité forcée des enfants
seek nl | uitbuiting van alleenstaande minderjarige vreemdelingen
seek nl | minderjarige slachtoffers van mensenhandel
seek de | Ausbeutung unbegleiteter Minderjähriger
seek de | erzwungene Kriminalität von Kindern
offer en | [ON] a protected shelter for trafficked children
offer en | guardianship for unaccompanied minors
offer en | a non-punishment guideline for children forced into crime
offer en | [ON] our missing children hotline data
offer fr | [ON] notre centre d'hébergement sécurisé pour mineurs victimes
offer fr | le principe de non-sanction des enfants victimes de traite
offer nl | [ON] beschermde opvang voor minderjarige slachtoffers
offer nl | voogdij voor niet-begeleide minderjarigen
offer de | [ON] Schutzunterkunft für minderjährige Betroffene
offer de | Vormundschaften für unbegleitete Minderjährige
story seek | The same group of boys, probably 13 or 14, is arrested for pickpocketing in our
    metro every week and released every evening.
story offer | [O] Our shelter has an address no one knows, and most children we take in stay
    long enough to break the link with their exploiters.

= online_fraud_elderly | cybercrime | 2 | PBOL
seek en | online scams targeting older people
seek en | phishing and fake bank employee fraud
seek en | prevention campaigns on romance scams
seek en | helping victims of online fraud recover
seek fr | les arnaques en ligne visant les seniors
seek fr | l'hameçonnage et les faux conseillers bancaires
seek nl | online fraude bij ouderen
seek nl | phishing en spoofing
seek de | Betrug an älteren Menschen
seek de | Enkeltrick und Schockanrufe
offer en | a prevention campaign against phone and online fraud
offer en | our volunteers teaching seniors to spot scams
offer en | a fraud helpline run with the banking sector
offer en | data on fraud reports by age group
offer fr | nos ateliers de prévention des escroqueries pour seniors
offer fr | une campagne de sensibilisation au phishing
offer nl | onze campagne tegen WhatsApp-fraude
offer nl | vrijwilligers die senioren leren oplichting te herkennen
offer de | Präventionsveranstaltungen gegen Telefonbetrug
offer de | Seniorensicherheitsberater
story seek | Older residents in our town lost more than two million euros last year to fake
    police officers and bank advisers on the phone.
story offer | Our trained senior volunteers have held 800 sessions in community centres and
    parishes.

= sextortion_youth | cybercrime | 2 | OPS
seek en | sextortion of teenagers
seek en | non-consensual sharing of intimate images among pupils
seek en | grooming of children on social media
seek en | support for young victims of online sexual abuse
seek fr | la sextorsion des adolescents
seek fr | la diffusion d'images intimes sans consentement
seek nl | sextortion bij jongeren
seek nl | het verspreiden van naaktbeelden zonder toestemming
seek de | Sextortion bei Jugendlichen
seek de | Cybergrooming
offer en | a helpline for young victims of sextortion
offer en | getting intimate images taken down by the platforms
offer en | prevention lessons on nudes and consent
offer en | [PJ] our investigators specialised in online child sexual abuse
offer fr | [O] notre ligne d'écoute pour les jeunes victimes de cyberviolences
offer fr | des interventions en classe sur le consentement en ligne
offer nl | [OP] ons meldpunt voor online seksueel misbruik
offer nl | lessen over sexting en grenzen
offer de | Beratungsstelle für Betroffene digitaler sexueller Gewalt
offer de | Präventionsworkshops zu Sexting für Schulklassen
story seek | A 15-year-old boy in our area took his own life after being blackmailed with
    images, and schools ask us what to do.
story offer | [O] Last year our helpline had 3,000 contacts from young people, and most images
    were removed within days.

= municipal_cyber | cybercrime | 2 | BNLR
seek en | ransomware protection for municipalities
seek en | cyber resilience of city services
seek en | [L] the first hours after a cyber attack on the town hall
seek en | [L] cyber security awareness for council staff
seek fr | la cybersécurité des collectivités
seek fr | [L] la gestion d'une cyberattaque contre la mairie
seek nl | digitale weerbaarheid van gemeenten
seek nl | ransomware bij lokale besturen
seek de | Informationssicherheit in Kommunen
seek de | Vorbereitung auf Ransomware-Angriffe
offer en | a cyber crisis exercise for local authorities
offer en | [BNR] our shared security operations centre for small municipalities
offer en | [L] lessons learned from a ransomware attack on our city
offer en | phishing simulations for public employees
offer fr | [LRN] notre retour d'expérience après une attaque par rançongiciel
offer fr | un centre de réponse aux incidents mutualisé
offer nl | [BNR] onze cyberoefening voor gemeenten
offer nl | een gedeeld SOC voor kleine gemeenten
offer de | [LRN] Erfahrungsbericht nach dem Cyberangriff auf unsere Verwaltung
offer de | Planspiel Cyberkrise für Kommunen
story seek | [L] A neighbouring town was paralysed for three months by ransomware and our mayor
    wants to know if we are next.
story offer | [L] Our city lost all its systems for six weeks in 2022; we now help other
    administrations get ready for it.

= police_youth_relations | community-policing | 2 | PSO
seek en | trust between police and young people
seek en | ethnic profiling in identity checks
seek en | stop forms and receipts for police checks
seek en | dialogue between officers and youths after confrontations
seek fr | les relations police-jeunes
seek fr | les contrôles d'identité discriminatoires
seek nl | vertrouwen tussen politie en jongeren
seek nl | etnisch profileren
seek de | Vertrauen zwischen Polizei und Jugendlichen
seek de | Racial Profiling bei Kontrollen
offer en | [PO] our sport-and-dialogue programme for police and youths
offer en | research on identity checks and discrimination
offer en | [PS] a pilot with stop receipts in two police zones
offer en | procedural justice training for patrol officers
offer fr | [PO] nos rencontres police-jeunesse
offer fr | une étude sur les contrôles au faciès
offer nl | [PO] ons programma waarin agenten en jongeren in dialoog gaan
offer nl | onderzoek naar proactieve controles en discriminatie
offer de | Dialogformate zwischen Polizei und jungen Menschen
offer de | Studie zu Kontrollpraxis und Diskriminierung
story seek | Every summer the same young men are checked three or four times a week, and every
    summer the tension ends in a riot.
story offer | [PO] Officers and teenagers from the estate have played football and talked every
    Wednesday for five years; complaints against police have dropped sharply.

= neighbourhood_officers | community-policing | 2 | PLS
seek en | community policing models
seek en | the role of neighbourhood officers
seek en | keeping beat officers in the neighbourhood instead of on emergency calls
seek en | measuring what neighbourhood policing achieves
seek fr | la police de proximité
seek fr | le rôle de l'inspecteur de quartier
seek nl | gebiedsgebonden politiezorg
seek nl | de rol van de wijkagent
seek de | bürgernahe Polizeiarbeit
seek de | Kontaktbereichsbeamte
offer en | [PL] our neighbourhood policing reform and its evaluation
offer en | a job profile for community police officers
offer en | research on visible patrols and public confidence
offer en | a training course for beat officers
offer fr | [PL] notre réforme de la police de quartier
offer fr | une formation pour les agents de proximité
offer nl | [PS@NL] onze evaluatie van de wijkagentennorm
offer nl | een opleiding voor wijkinspecteurs
offer de | [P] unser Konzept der Bezirksdienstbeamten
offer de | Evaluation von Fußstreifen
story seek | [PL] Our neighbourhood officers spend most of their time answering emergency calls
    and residents no longer know who they are.
story offer | [P] We gave every officer a fixed area of 4,000 residents and protected their
    time; public confidence rose by twelve points.

= citizen_watch | community-policing | 2 | PLO
seek en | neighbourhood watch schemes
seek en | residents' WhatsApp groups and their risks
seek en | involving residents in local safety
seek en | volunteer patrols: useful or dangerous
seek fr | la participation citoyenne à la sécurité
seek fr | les réseaux d'information de quartier
seek nl | buurtpreventie en burgerparticipatie
seek nl | WhatsApp-buurtpreventiegroepen
seek de | Bürgerbeteiligung in der Kriminalprävention
seek de | Nachbarschaftswachen
offer en | [PL] our neighbourhood information networks linking residents and police
offer en | guidelines for responsible WhatsApp neighbourhood groups
offer en | a volunteer street ambassador scheme
offer en | a study on citizen participation in crime prevention
offer fr | [PL@FR] notre dispositif de participation citoyenne avec la gendarmerie
offer fr | [PL@BE] nos partenariats locaux de prévention (PLP)
offer fr | une étude sur la participation des habitants à la prévention
offer nl | [PL@BE] ons netwerk van buurtinformatienetwerken (BIN)
offer nl | richtlijnen voor buurtpreventieteams
offer de | Sicherheitspartnerschaft mit Ehrenamtlichen
offer de | Leitfaden für Nachbarschaftsinitiativen
story seek | Residents started their own night patrols after a series of burglaries and we are
    worried it will go wrong.
story offer | [PL] We have 180 neighbourhood information networks and a police contact for each
    of them.

= transport_staff | transport | 2 | BPT
seek en | aggression against bus drivers and ticket inspectors
seek en | security staff on public transport
seek en | body cameras for transport staff
seek en | safety on night buses
seek fr | les agressions contre les agents de transport
seek fr | la sûreté dans les bus de nuit
seek nl | agressie tegen buschauffeurs en controleurs
seek nl | veiligheid in het nachtnet
seek de | Übergriffe auf Fahrpersonal
seek de | Sicherheit im nächtlichen Nahverkehr
offer en | [TB] our transport security teams and control room
offer en | de-escalation training for drivers and inspectors
offer en | results from a body-worn camera trial on trams
offer en | a joint patrol scheme with the transport operator
offer fr | [TB] nos équipes de sûreté sur le réseau
offer fr | la formation des contrôleurs à la gestion des conflits
offer nl | [TB] onze veiligheidsteams op tram en metro
offer nl | bodycams voor conducteurs
offer de | [T] Sicherheitsdienst und Leitstelle unseres Verkehrsbetriebs
offer de | Deeskalationsschulung für Fahrpersonal
story seek | Bus drivers in our city went on strike last month after a colleague was beaten up
    on the last bus of the night.
story offer | [TB] Our 200 security agents cover 400 km of tram and bus lines, and we share a
    control room with the police.

= station_areas | transport | 2 | LPBT
seek en | insecurity around the main railway station
seek en | station squares where drugs, homelessness and commuters meet
seek en | cooperation between rail operator, city and police at stations
seek en | redesigning a station forecourt
seek fr | l'insécurité aux abords des gares
seek fr | la coordination entre exploitant ferroviaire, ville et police
seek nl | veiligheid rond stations
seek nl | overlast in stationsomgevingen
seek de | Bahnhofsviertel und Sicherheit
seek de | Zusammenarbeit von Bahn, Stadt und Polizei
offer en | [LT] our station area management team
offer en | a partnership agreement on railway station safety
offer en | a before-and-after study of a station square redesign
offer en | station hosts who help travellers and vulnerable people
offer fr | [LPT] notre plan de sécurisation du quartier de la gare
offer fr | des agents d'accueil et de médiation en gare
offer nl | [LPT] onze aanpak van de stationsbuurt
offer nl | stationsstewards
offer de | Sicherheitspartnerschaft am Hauptbahnhof
offer de | Präsenzdienst am Bahnhof
story seek | Around our central station drugs, rough sleeping and 100,000 daily commuters meet,
    and nobody owns the problem.
story offer | [LPT] Five years ago we created a station-area manager post paid jointly by the
    city, the rail company and the police.

= bike_theft | transport | 1 | PLBT
seek en | bicycle theft
seek en | secure bike parking at stations
seek en | tracing stolen bikes
seek en | bike registration and marking
seek fr | les vols de vélos
seek fr | le stationnement vélo sécurisé
seek nl | fietsdiefstal
seek nl | veilige fietsenstallingen
seek de | Fahrraddiebstahl
seek de | sichere Fahrradabstellanlagen
offer en | [NB] a national bike registration database
offer en | [LB] our guarded cycle parks
offer en | [P] GPS bait bikes used by the police
offer en | an analysis of bike theft hotspots
offer fr | notre marquage antivol des vélos
offer fr | des consignes vélos surveillées en gare
offer nl | [P] lokfietsen met gps
offer nl | [L] ons fietsdepot en registratiesysteem
offer nl | een analyse van hotspots van fietsdiefstal
offer de | [P] Fahrradcodierung durch die Polizei
offer de | bewachte Radstationen
story seek | Bike theft is what our residents complain about most, and almost nobody bothers to
    report it any more.
story offer | [P] Our bait bikes with GPS trackers led to the arrest of a network stealing 3,000
    bikes a year.

= prison_release | reoffending | 2 | JOLN
seek en | reintegration after release from prison
seek en | housing and jobs for ex-prisoners
seek en | throughcare from prison to community
seek en | the first days after release
seek fr | la réinsertion des sortants de prison
seek fr | l'accès au logement et à l'emploi à la sortie
seek nl | re-integratie van ex-gedetineerden
seek nl | nazorg na detentie
seek de | Übergangsmanagement nach der Haft
seek de | Wohnraum und Arbeit für Haftentlassene
offer en | a mentoring programme for people leaving prison
offer en | [JON] our one-stop reintegration office inside the prison
offer en | employers willing to hire former prisoners
offer en | research on reoffending after short sentences
offer fr | [OJL] notre programme d'accompagnement des sortants de prison
offer fr | un réseau d'employeurs solidaires
offer nl | [JON] ons re-integratieloket in de gevangenis
offer nl | maatjes voor ex-gedetineerden
offer de | Entlassungsvorbereitung mit freien Trägern
offer de | Mentoringprogramm für Haftentlassene
story seek | People leave the prison in our town on Friday afternoon with a bag and a bus
    ticket, and many are back within a year.
story offer | [OJ] Our mentors meet people six months before release and stay with them for a
    year after the gate.

= probation_em | reoffending | 1 | JSN
seek en | electronic monitoring as an alternative to custody
seek en | community service orders that mean something
seek en | probation supervision of high-risk offenders
seek en | alternative sentences to ease prison overcrowding
seek fr | la surveillance électronique
seek fr | les peines de travail d'intérêt général
seek nl | elektronisch toezicht
seek nl | werkstraffen als alternatief voor de cel
seek de | elektronische Aufenthaltsüberwachung
seek de | gemeinnützige Arbeit statt Ersatzfreiheitsstrafe
offer en | [JN] our electronic monitoring centre
offer en | an evaluation of community sentences
offer en | a risk-need-responsivity tool for probation officers
offer en | community service placements in municipal services
offer fr | [JN] notre centre de surveillance électronique
offer fr | des postes de travail d'intérêt général dans les services municipaux
offer nl | [J] onze reclasseringsaanpak voor hoog-risicodaders
offer nl | werkstrafplaatsen bij de gemeente
offer de | risikoorientierte Bewährungshilfe
offer de | Evaluation der elektronischen Fußfessel
story seek | [JN] Our prisons are at 130% capacity and the minister wants more alternatives by
    next year.
story offer | [JN] We supervise 4,000 people under electronic monitoring and can share our
    reoffending figures.

= juvenile_diversion | reoffending | 2 | JPO
seek en | diverting young first offenders away from court
seek en | alternative measures for minors
seek en | quick responses to youth offending
seek en | mediation instead of prosecution for teenagers
seek fr | les mesures alternatives pour les mineurs
seek fr | la réponse rapide à la délinquance des mineurs
seek nl | alternatieve afdoening voor jongeren
seek nl | snel reageren op jeugdcriminaliteit
seek de | Diversion im Jugendstrafrecht
seek de | schnelle Reaktion auf Jugenddelinquenz
offer en | our diversion scheme for 12 to 17 year olds
offer en | [J] educational measures ordered by the youth prosecutor
offer en | an evaluation of out-of-court settlements for minors
offer en | a youth offending team of police and social workers
offer fr | [JO@FR] nos mesures de réparation pénale
offer fr | [@BE] un service de prestations éducatives
offer fr | une évaluation des alternatives aux poursuites pour les mineurs
offer nl | [JO@NL] de Halt-afdoening
offer nl | [JO] onze herstelgerichte groepsbemiddeling voor minderjarigen
offer nl | een evaluatie van buitengerechtelijke afdoening bij minderjarigen
offer de | [JP@DE] das Haus des Jugendrechts
offer de | Sozialstunden und Diversionsmaßnahmen
story seek | A 14-year-old caught shoplifting waits eleven months for a court date, by which
    time the link with the act is gone.
story offer | [JP] Police, prosecutor and youth services sit in the same building and decide
    within days.

= safety_audit | governance | 2 | SLBN
seek en | local safety diagnostics
seek en | victimisation surveys at city level
seek en | crime mapping for a new safety strategy
seek en | safety audits with residents
seek fr | le diagnostic local de sécurité
seek fr | les enquêtes de victimation
seek nl | de veiligheidsmonitor op lokaal niveau
seek nl | [LR] een veiligheidsdiagnose voor ons beleidsplan
seek de | kommunale Sicherheitsanalysen
seek de | Dunkelfeldbefragungen in der Stadt
offer en | [SN] a victimisation survey repeated every two years in 30 cities
offer en | our local safety diagnosis method
offer en | crime and disorder mapping for municipalities
offer en | a dashboard of local safety indicators
offer fr | notre méthodologie de diagnostic local de sécurité
offer fr | une enquête de victimation et de sentiment d'insécurité
offer nl | onze lokale veiligheidsbarometer
offer nl | slachtofferenquêtes op wijkniveau
offer de | Bürgerbefragung zu Sicherheit und Sicherheitsgefühl
offer de | Lagebild Kriminalität für Kommunen
story seek | [LR] Our last safety survey is nine years old and the council wants a new strategy
    by December.
story offer | [SN] We have run the same survey in our cities since 2008, so we can show trends
    street by street.

= evaluation_methods | governance | 2 | SIN
seek en | evaluating prevention projects
seek en | measuring impact on a small budget
seek en | [LRNO] a theory of change for our prevention plan
seek en | evidence-based crime prevention
seek fr | l'évaluation des politiques de prévention
seek fr | la mesure d'impact de nos actions
seek nl | effectmeting van preventieprojecten
seek nl | een veranderingstheorie opstellen
seek de | Evaluation kommunaler Präventionsprojekte
seek de | Wirkungsmessung mit kleinem Budget
offer en | evaluation support for local prevention projects
offer en | a database of evaluated prevention practices
offer en | training in realist evaluation
offer en | our evaluation toolbox for cities
offer fr | un accompagnement à l'évaluation des projets de prévention
offer fr | notre guide d'évaluation
offer nl | de databank erkende interventies
offer nl | begeleiding bij evaluaties
offer de | [@DE] die Grüne Liste Prävention
offer de | Evaluationsberatung für Kommunen
story seek | [LRN] We have spent millions on prevention projects over ten years and cannot say
    whether any of them worked.
story offer | [SIN] Our centre has evaluated 90 local projects, from youth work to CCTV, with
    methods a city can afford.

= safety_partnership | governance | 2 | LNRS
seek en | how to run a local safety partnership
seek en | governance of multi-agency crime prevention councils
seek en | getting schools, housing and health around the safety table
seek en | funding models for local prevention plans
seek fr | [@FR] le fonctionnement d'un CLSPD
seek fr | la gouvernance partenariale de la prévention
seek nl | regie op integrale veiligheid
seek nl | samenwerking in een lokaal veiligheidsoverleg
seek de | kommunale Präventionsräte
seek de | Netzwerkarbeit in der kommunalen Kriminalprävention
offer en | [L] our local crime prevention council and its rules
offer en | [N] a national framework for local safety contracts
offer en | a guide to partnerships with housing companies and schools
offer en | a comparison of prevention funding in European cities
offer fr | [L@BE] notre plan stratégique de sécurité et de prévention
offer fr | [L@FR] la coordination de notre CISPD
offer fr | un guide pour associer bailleurs sociaux et écoles à la prévention
offer nl | [L] ons integraal veiligheidsplan en de overlegstructuur erachter
offer nl | [LR@BE] het strategisch veiligheids- en preventieplan
offer nl | een vergelijking van de financiering van preventiebeleid in Europa
offer de | [L] unser Kriminalpräventiver Rat
offer de | Leitfaden für Sicherheitspartnerschaften
story seek | [LR] Our prevention council meets twice a year, reads reports and goes home; we
    want it to actually decide things.
story offer | [LR] Our partnership brings 40 organisations together with a small secretariat and
    a shared budget.

= administrative_approach | organised-crime | 2 | LNJP
seek en | the administrative approach to organised crime
seek en | screening businesses before granting licences
seek en | closing premises used by criminal networks
seek en | criminal money in local shops and real estate
seek fr | l'approche administrative de la criminalité organisée
seek fr | le contrôle des commerces de façade
seek nl | de bestuurlijke aanpak van ondermijning
seek nl | Bibob-toetsen
seek de | verwaltungsrechtlicher Ansatz gegen Organisierte Kriminalität
seek de | Geldwäsche in Barbershops und Shisha-Bars
offer en | [L] our integrity screening of permit applicants
offer en | a regional expertise centre on undermining crime
offer en | a legal toolkit for mayors to close criminal premises
offer en | training for civil servants on spotting criminal front businesses
offer fr | [L] notre cellule d'approche administrative
offer fr | l'enquête d'intégrité avant l'octroi des permis
offer nl | [LRNPJ@NL] ons RIEC-netwerk
offer nl | [L] de bestuurlijke handhavingscel van onze stad
offer nl | een training voor ambtenaren in het herkennen van dekmantelbedrijven
offer de | Verbundkontrollen von Ordnungsamt, Polizei und Finanzbehörden
offer de | Lagebild Organisierte Kriminalität auf kommunaler Ebene
story seek | Within two years eight barbershops and three car washes opened on the same street,
    and none of them ever seems to have customers.
story offer | [LN] Since we started screening licence applications, 70 businesses linked to
    criminal groups have been refused or closed.

= drug_violence_ports | organised-crime | 2 | PJLN
seek en | drug-related violence: shootings and explosions
seek en | cocaine coming through the port and spilling over into the city
seek en | intimidation of dock workers by criminal networks
seek en | protecting residents from gang-related explosions
seek fr | le narcobanditisme et les règlements de comptes
seek fr | les violences liées au trafic
seek nl | drugsgerelateerd geweld en explosies
seek nl | cocaïnesmokkel via de haven
seek de | Gewalt im Drogenmilieu
seek de | Kokainschmuggel über Seehäfen
offer en | [PLNJ] our port security partnership against cocaine smuggling
offer en | [PJ] a joint investigation team on drug-related shootings
offer en | an analysis of explosions linked to drug markets
offer en | support for port workers approached by criminals
offer fr | [PLJN@FR] notre plan de lutte contre les narchomicides
offer fr | [PLN] notre expérience de la sécurisation du port
offer fr | une analyse des violences liées aux marchés de la drogue
offer nl | [PLN] onze havenaanpak tegen drugssmokkel
offer nl | een weerbaarheidsprogramma voor havenmedewerkers
offer de | [PLN] Sicherheitspartnerschaft im Hafen
offer de | [P] Ermittlungsgruppe zu Sprengstoffanschlägen im Drogenmilieu
offer de | Unterstützung für Hafenbeschäftigte, die von Kriminellen angesprochen werden
story seek | Our city counted more than 50 explosions and shootings linked to the drug trade
    last year, often at the wrong address.
story offer | Port authority, customs and police now share one control room, and far fewer
    containers leave unchecked.

= young_recruits | organised-crime | 2 | OLPS
seek en | recruitment of teenagers by drug networks
seek en | young 'jobbers' hired online for violent crime
seek en | keeping children from becoming lookouts and dealers
seek en | what to tell parents whose child works for a drug gang
seek fr | le recrutement des jeunes par les réseaux de trafic
seek fr | les jeunes guetteurs et 'jobbeurs'
seek nl | het ronselen van jongeren door drugsnetwerken
seek nl | jongeren die via sociale media als 'jobber' worden ingehuurd
seek de | Rekrutierung Jugendlicher durch Drogenbanden
seek de | Kinder als Drogenkuriere
offer en | a prevention programme on criminal recruitment of minors
offer en | outreach to youngsters working as lookouts
offer en | research on recruitment through Snapchat and Telegram
offer en | support groups for parents of young dealers
offer fr | notre programme de prévention de l'enrôlement des mineurs
offer fr | un accompagnement des parents dont l'enfant est pris dans le trafic
offer nl | ons preventieprogramma tegen criminele uitbuiting van jongeren
offer nl | onderzoek naar ronselen via Snapchat
offer de | Präventionsprojekt gegen die Anwerbung Minderjähriger
offer de | Elternberatung bei Verstrickung in den Drogenhandel
story seek | Boys of 13 are paid 50 euros a day to watch out for the police on our estate.
story offer | [OL] We have worked with more than 200 boys recruited as lookouts or couriers, and
    with their parents.
"""
CATALOGUE: tuple[Concept, ...] = _parse_catalogue(CATALOGUE_TEXT)

CONCEPTS: dict[str, Concept] = {concept.key: concept for concept in CATALOGUE}
POPULARITY_WEIGHT = {1: 1.0, 2: 1.7, 3: 2.5}

# What broad generalists write: no concept in it, so it matches nobody specifically.
VAGUE_OFFERS: dict[str, tuple[str, ...]] = {
    "en": (
        "advice on any aspect of urban security",
        "thirty years of experience in policing and prevention, happy to help anyone who asks",
        "strategic advice for mayors and senior leaders",
        "a wide European network and introductions to the right people",
        "keynote talks on the future of safe and inclusive cities",
        "mentoring for young professionals in the security field",
        "a broad overview of what works in urban safety",
    ),
    "fr": (
        "des conseils sur tous les aspects de la sécurité urbaine",
        "une longue expérience des politiques de prévention et un large réseau",
    ),
}
VAGUE_SEEKS: dict[str, tuple[str, ...]] = {
    "en": (
        "inspiring people and fresh ideas",
        "networking with all stakeholders",
        "partners for future European projects",
        "innovative practices in general",
        "meeting as many cities as possible",
        "new trends in urban security",
    ),
    "fr": ("des rencontres inspirantes", "des partenaires pour de futurs projets européens"),
}

# Given names (female, male) and family names per naming culture.
NAMES_TEXT = """
= fr
female | Camille, Claire, Sophie, Nathalie, Isabelle, Élodie, Marion, Juliette, Aurélie,
    Sandrine, Hélène, Céline, Laure, Anne-Sophie, Valérie, Manon
male | Julien, Nicolas, Thomas, Pierre, Mathieu, Olivier, Sébastien, Laurent, François,
    Jean-Marc, Antoine, Guillaume, Benoît, Vincent, Damien, Xavier
family | Martin, Bernard, Dubois, Lefebvre, Moreau, Girard, Roux, Fournier, Lambert, Fontaine,
    Rousseau, Chevalier, Mercier, Dupont, Blanchard, Perrin, Gauthier, Masson, Faure, Garnier
= fr_be
female | Amélie, Caroline, Delphine, Florence, Géraldine, Marie, Pascale, Sarah, Virginie,
    Aline, Justine, Muriel
male | Arnaud, Benoît, Cédric, Denis, Frédéric, Grégory, Jérôme, Michel, Philippe, Quentin,
    Renaud, Thierry
family | Lejeune, Delvaux, Dumont, Collignon, Renard, Lemaire, Jacquet, Hubert, Leroy, Simon,
    Gilson, Henrard, Piette, Dethier, Lambotte, Wilmet
= nl
female | Sanne, Lotte, Eva, Anouk, Femke, Inge, Marieke, Esther, Ilse, Mirjam, Hanneke, Maaike
male | Jeroen, Pieter, Bram, Joost, Wouter, Sander, Ruben, Thijs, Maarten, Erik, Niels, Martijn
family | de Vries, Jansen, van den Berg, Bakker, Visser, Smit, Meijer, de Boer, Mulder, de
    Groot, Bos, Vos, Hendriks, van Dijk, Dekker, van Leeuwen
= nl_be
female | An, Els, Griet, Lies, Katrien, Sofie, Nele, Hanne, Evelien, Leen, Veerle, Ann-Sophie
male | Koen, Bart, Stijn, Tom, Dries, Jan, Geert, Pieter-Jan, Wim, Joris, Kristof, Jens
family | Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens, Wouters, De Smet,
    Vermeulen, Van Damme, De Clercq, Verbeke, Vandenberghe, Van Hoof
= de
female | Anna, Katharina, Julia, Sabine, Petra, Lena, Miriam, Stefanie, Johanna, Ulrike,
    Franziska, Claudia, Nina, Birgit, Carolin, Svenja
male | Stefan, Thomas, Michael, Andreas, Jan, Markus, Tobias, Florian, Matthias, Christian,
    Jürgen, Lukas, Felix, Daniel, Sebastian, Uwe
family | Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Hoffmann, Schulz,
    Koch, Richter, Klein, Wolf, Neumann, Braun, Krüger, Hartmann
= de_at
female | Barbara, Elisabeth, Theresa, Magdalena, Verena, Sandra, Christina, Martina
male | Georg, Wolfgang, Florian, Bernhard, Dominik, Christoph, Lukas, Manfred
family | Gruber, Huber, Bauer, Pichler, Steiner, Moser, Hofer, Leitner, Wagner, Mayr, Fuchs,
    Eder
= de_ch
female | Regula, Corinne, Barbara, Andrea, Nadine, Simone, Sibylle, Esther
male | Urs, Beat, Reto, Adrian, Marco, Lukas, Roger, Thomas
family | Keller, Meier, Brunner, Baumann, Frei, Gerber, Widmer, Zimmermann, Huber, Steiner,
    Moser, Schmid
= lb
female | Anne, Carole, Nathalie, Sandy, Tessy, Martine, Claudine, Joëlle
male | Marc, Luc, Jean, Laurent, Tom, Yves, Gilles, Patrick
family | Schmit, Muller, Weber, Hoffmann, Wagner, Thill, Reuter, Kieffer, Schroeder, Hansen,
    Faber, Welter
= ma
female | Fatima, Samira, Nadia, Leila, Yasmina, Salma, Houda, Imane, Khadija
male | Mohamed, Karim, Youssef, Mehdi, Rachid, Hamza, Anas, Bilal, Nordin
family | El Amrani, Benali, Bouzid, El Khattabi, Haddad, Azzouzi, Cherkaoui, Belkacem, Ouali,
    Ait Said, El Idrissi, Boukhari
= tr
female | Elif, Zeynep, Ayşe, Fatma, Merve, Derya, Esra
male | Mehmet, Emre, Murat, Serkan, Burak, Hakan, Volkan
family | Yılmaz, Kaya, Demir, Şahin, Çelik, Aydın, Öztürk, Arslan, Doğan
= es
female | María, Laura, Carmen, Lucía, Marta, Elena, Cristina, Nuria, Ana, Irene, Pilar, Raquel
male | Javier, David, Carlos, Pablo, Sergio, Jorge, Álvaro, Miguel, Alberto, Daniel, Iñaki,
    Jordi
family | García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, Ruiz,
    Navarro, Torres, Romero, Serrano, Puig, Etxeberria
= it
female | Giulia, Francesca, Chiara, Sara, Elena, Valentina, Federica, Silvia, Alessandra,
    Martina
male | Marco, Luca, Andrea, Matteo, Alessandro, Davide, Francesco, Giorgio, Stefano, Paolo
family | Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno,
    Gallo, Conti, De Luca, Costa, Mancini
= pt
female | Ana, Inês, Mariana, Beatriz, Catarina, Joana, Sofia, Rita
male | João, Pedro, Tiago, Miguel, Rui, Nuno, Ricardo, Bruno
family | Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Sousa,
    Fernandes, Gonçalves, Carvalho
= en
female | Sarah, Emma, Rachel, Hannah, Laura, Charlotte, Helen, Rebecca, Priya, Amira, Joanne,
    Kate
male | James, David, Daniel, Matthew, Tom, Richard, Andrew, Chris, Raj, Kwame, Gareth, Ian
family | Smith, Jones, Taylor, Brown, Williams, Wilson, Evans, Thomas, Roberts, Walker, Patel,
    Khan, Hughes, Clarke, Campbell, Macdonald
= ie
female | Aoife, Siobhán, Niamh, Ciara, Sinéad, Orla, Róisín, Gráinne
male | Seán, Ciarán, Cian, Eoin, Pádraig, Conor, Declan, Liam
family | Murphy, Kelly, O'Sullivan, Walsh, O'Brien, Byrne, Ryan, O'Connor, McCarthy, Doyle,
    Kennedy, Lynch
= sv
female | Anna, Sara, Emma, Karin, Maria, Elin, Johanna, Linnea
male | Erik, Johan, Lars, Anders, Oskar, Karl, Magnus, Fredrik
family | Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Lindqvist,
    Berg, Svensson, Holm
= da
female | Mette, Sofie, Camilla, Louise, Ida, Line, Maja, Trine
male | Mads, Rasmus, Søren, Jens, Mikkel, Anders, Christian, Henrik
family | Nielsen, Jensen, Hansen, Pedersen, Andersen, Christensen, Larsen, Sørensen, Rasmussen,
    Jørgensen, Madsen, Kristensen
= no
female | Ingrid, Kari, Silje, Marte, Ida, Nora, Hilde, Kristin
male | Ole, Lars, Håkon, Sindre, Eirik, Magnus, Jon, Torbjørn
family | Hansen, Johansen, Olsen, Larsen, Andersen, Berg, Haugen, Bakken, Solberg, Dahl, Lie,
    Strand
= pl
female | Anna, Katarzyna, Magdalena, Agnieszka, Joanna, Monika, Aleksandra, Ewa
male | Piotr, Tomasz, Paweł, Marcin, Krzysztof, Michał, Jakub, Łukasz
family | Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński,
    Szymański, Woźniak, Dąbrowski, Kozłowski, Mazur, Kaczmarek, Jankowski, Zając
= el
female | Maria, Eleni, Katerina, Sofia, Dimitra, Georgia, Ioanna, Vasiliki
male | Giorgos, Nikos, Dimitris, Kostas, Yannis, Panagiotis, Christos, Vasilis
family | Papadopoulos, Georgiou, Nikolaidis, Papadakis, Karagiannis, Vlachos, Oikonomou, Pappas,
    Makris, Dimitriou, Konstantinidis, Alexiou
"""
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    culture: (
        tuple(dict(entries)["female"].split(", ")),
        tuple(dict(entries)["male"].split(", ")),
        tuple(dict(entries)["family"].split(", ")),
    )
    for culture, entries in _blocks(NAMES_TEXT)
}


def _feminine_surname(surname: str, culture: str) -> str:
    """Polish and Greek family names agree with the bearer's gender."""
    if culture == "pl":
        for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if surname.endswith(male):
                return surname[: -len(male)] + female
    if culture == "el":
        for male, female in (("os", "ou"), ("is", "i"), ("as", "a")):
            if surname.endswith(male):
                return surname[: -len(male)] + female
    return surname


@dataclass(frozen=True)
class City:
    """A city: its English name, its local names by language, and who runs it."""

    en: str
    zone: str  # writing language of the place: fr, nl, de, bi (Brussels), lu, or a country's
    weight: int
    local: dict[str, str] = field(default_factory=dict)  # language -> local name
    hall: tuple[str, ...] = ()  # the council's name variants (else from the country template)
    police: tuple[str, ...] | None = None  # () = no city police; None = country template

    def name_in(self, lang: str) -> str:
        if lang in self.local:
            return self.local[lang]
        if self.local:
            return next(iter(self.local.values()))
        return self.en


def _city(
    en: str,
    zone: str,
    weight: int,
    local: str | dict[str, str] | None = None,
    hall: tuple[str, ...] = (),
    police: tuple[str, ...] | None = None,
) -> City:
    names = {zone: local} if isinstance(local, str) else dict(local or {})
    return City(en=en, zone=zone, weight=weight, local=names, hall=hall, police=police)


@dataclass(frozen=True)
class Country:
    code: str
    weight: float
    native_share: float  # share of attendees who write their needs in the local language
    cultures: dict[str, tuple[tuple[str, float], ...]]  # zone -> naming cultures and shares
    cities: tuple[City, ...]
    hall: dict[str, tuple[str, ...]]  # zone -> templates of a council's name variants
    police: dict[str, tuple[str, ...]]  # zone -> templates of a city police's name variants
    languages: dict[str, tuple[str, ...]]  # zone -> languages people of that zone speak
    company_suffix: str


_PZ_CAPIXL = (
    "Zone de police Bruxelles-Capitale Ixelles",
    "Politiezone Brussel Hoofdstad Elsene",
    "Police de Bruxelles",
    "Brussels Police",
)
_PZ_WEST = ("Zone de police Bruxelles-Ouest", "Politiezone Brussel-West", "Brussels West police")
_PZ_MIDI = ("Zone de police Bruxelles-Midi", "Politiezone Brussel-Zuid", "Brussels South police")
_PZ_NORD = ("Zone de police Bruxelles-Nord", "Politiezone Brussel-Noord", "Brussels North police")


def _nl_police(unit: str, unit_en: str) -> tuple[str, ...]:
    return (f"Politie eenheid {unit}", f"Politie {unit}", f"Dutch Police, {unit_en} unit")


COUNTRIES: tuple[Country, ...] = (
    Country(
        code="BE",
        weight=0.20,
        native_share=0.45,
        cultures={
            "fr": (("fr_be", 0.85), ("ma", 0.1), ("tr", 0.05)),
            "nl": (("nl_be", 0.88), ("ma", 0.07), ("tr", 0.05)),
            "bi": (("fr_be", 0.45), ("nl_be", 0.3), ("ma", 0.17), ("tr", 0.08)),
        },
        cities=(
            _city(
                "Brussels",
                "bi",
                12,
                {"fr": "Bruxelles", "nl": "Brussel"},
                hall=("Ville de Bruxelles", "Stad Brussel", "City of Brussels"),
                police=_PZ_CAPIXL,
            ),
            _city("Ixelles", "bi", 3, {"fr": "Ixelles", "nl": "Elsene"}, police=_PZ_CAPIXL),
            _city(
                "Molenbeek",
                "bi",
                4,
                {"fr": "Molenbeek-Saint-Jean", "nl": "Sint-Jans-Molenbeek"},
                police=_PZ_WEST,
            ),
            _city("Anderlecht", "bi", 3, {"fr": "Anderlecht", "nl": "Anderlecht"}, police=_PZ_MIDI),
            _city(
                "Saint-Gilles",
                "bi",
                2,
                {"fr": "Saint-Gilles", "nl": "Sint-Gillis"},
                police=_PZ_MIDI,
            ),
            _city("Schaerbeek", "bi", 3, {"fr": "Schaerbeek", "nl": "Schaarbeek"}, police=_PZ_NORD),
            _city(
                "Antwerp",
                "nl",
                6,
                "Antwerpen",
                police=("Politiezone Antwerpen", "Lokale politie Antwerpen", "Antwerp Police"),
            ),
            _city("Ghent", "nl", 5, "Gent"),
            _city("Mechelen", "nl", 3, "Mechelen"),
            _city("Leuven", "nl", 3, "Leuven"),
            _city("Bruges", "nl", 2, "Brugge"),
            _city("Ostend", "nl", 2, "Oostende"),
            _city("Hasselt", "nl", 2, "Hasselt"),
            _city("Kortrijk", "nl", 2, "Kortrijk"),
            _city("Vilvoorde", "nl", 1, "Vilvoorde"),
            _city("Liège", "fr", 5, "Liège"),
            _city("Charleroi", "fr", 4, "Charleroi"),
            _city("Namur", "fr", 3, "Namur"),
            _city("Mons", "fr", 2, "Mons"),
            _city("Verviers", "fr", 2, "Verviers"),
            _city("Seraing", "fr", 1, "Seraing"),
            _city(
                "Louvain-la-Neuve",
                "fr",
                1,
                "Louvain-la-Neuve",
                hall=("Ville d'Ottignies-Louvain-la-Neuve", "City of Ottignies-Louvain-la-Neuve"),
            ),
        ),
        hall={
            "fr": ("Ville {de_loc}", "City of {en}", "Administration communale {de_loc}"),
            "nl": ("Stad {loc}", "City of {en}", "Stadsbestuur {loc}"),
            "bi": ("Commune {de_fr}", "Gemeente {nl}", "Municipality of {en}"),
        },
        police={
            "fr": ("Zone de police {de_loc}", "Police locale {de_loc}", "{en} Police"),
            "nl": ("Politiezone {loc}", "Lokale politie {loc}", "{en} Police"),
        },
        languages={"fr": ("fr", "en", "nl"), "nl": ("nl", "en", "fr"), "bi": ("fr", "nl", "en")},
        company_suffix="SA",
    ),
    Country(
        code="FR",
        weight=0.14,
        native_share=0.55,
        cultures={"fr": (("fr", 0.85), ("ma", 0.15))},
        cities=(
            _city(
                "Paris",
                "fr",
                8,
                "Paris",
                hall=("Ville de Paris", "Mairie de Paris", "City of Paris", "Paris City Hall"),
            ),
            _city("Lyon", "fr", 5, "Lyon"),
            _city("Marseille", "fr", 5, "Marseille"),
            _city("Lille", "fr", 4, "Lille"),
            _city("Strasbourg", "fr", 4, "Strasbourg"),
            _city("Toulouse", "fr", 3, "Toulouse"),
            _city("Bordeaux", "fr", 3, "Bordeaux"),
            _city("Nantes", "fr", 3, "Nantes"),
            _city("Nice", "fr", 3, "Nice"),
            _city("Saint-Denis", "fr", 3, "Saint-Denis"),
            _city("Grenoble", "fr", 2, "Grenoble"),
            _city("Montpellier", "fr", 2, "Montpellier"),
            _city("Rennes", "fr", 2, "Rennes"),
            _city("Roubaix", "fr", 2, "Roubaix"),
            _city("Villeurbanne", "fr", 2, "Villeurbanne"),
            _city("Mulhouse", "fr", 2, "Mulhouse"),
            _city("Metz", "fr", 1, "Metz"),
            _city(
                "Le Havre",
                "fr",
                1,
                "Le Havre",
                hall=("Ville du Havre", "Le Havre City Council", "City of Le Havre"),
                police=("Police municipale du Havre", "Le Havre Municipal Police"),
            ),
        ),
        hall={"fr": ("Ville {de_loc}", "Mairie {de_loc}", "City of {en}", "{en} City Council")},
        police={"fr": ("Police municipale {de_loc}", "{en} Municipal Police")},
        languages={"fr": ("fr", "en", "es", "de", "it")},
        company_suffix="SAS",
    ),
    Country(
        code="NL",
        weight=0.10,
        native_share=0.35,
        cultures={"nl": (("nl", 0.85), ("ma", 0.08), ("tr", 0.07))},
        cities=(
            _city("Amsterdam", "nl", 6, "Amsterdam", police=_nl_police("Amsterdam", "Amsterdam")),
            _city("Rotterdam", "nl", 6, "Rotterdam", police=_nl_police("Rotterdam", "Rotterdam")),
            _city("The Hague", "nl", 4, "Den Haag", police=_nl_police("Den Haag", "The Hague")),
            _city(
                "Utrecht",
                "nl",
                4,
                "Utrecht",
                police=_nl_police("Midden-Nederland", "Central Netherlands"),
            ),
            _city(
                "Eindhoven", "nl", 3, "Eindhoven", police=_nl_police("Oost-Brabant", "East Brabant")
            ),
            _city(
                "Groningen",
                "nl",
                2,
                "Groningen",
                police=_nl_police("Noord-Nederland", "Northern Netherlands"),
            ),
            _city(
                "Tilburg",
                "nl",
                2,
                "Tilburg",
                police=_nl_police("Zeeland-West-Brabant", "Zeeland-West-Brabant"),
            ),
            _city(
                "Breda",
                "nl",
                1,
                "Breda",
                police=_nl_police("Zeeland-West-Brabant", "Zeeland-West-Brabant"),
            ),
            _city(
                "Arnhem", "nl", 2, "Arnhem", police=_nl_police("Oost-Nederland", "East Netherlands")
            ),
            _city(
                "Nijmegen",
                "nl",
                2,
                "Nijmegen",
                police=_nl_police("Oost-Nederland", "East Netherlands"),
            ),
            _city("Maastricht", "nl", 2, "Maastricht", police=_nl_police("Limburg", "Limburg")),
            _city("Leiden", "nl", 1, "Leiden", police=_nl_police("Den Haag", "The Hague")),
            _city(
                "Almere",
                "nl",
                1,
                "Almere",
                police=_nl_police("Midden-Nederland", "Central Netherlands"),
            ),
        ),
        hall={"nl": ("Gemeente {loc}", "Municipality of {en}", "City of {en}")},
        police={"nl": ()},
        languages={"nl": ("nl", "en", "de")},
        company_suffix="BV",
    ),
    Country(
        code="DE",
        weight=0.10,
        native_share=0.45,
        cultures={"de": (("de", 0.85), ("tr", 0.1), ("pl", 0.05))},
        cities=(
            _city(
                "Berlin",
                "de",
                6,
                "Berlin",
                hall=(
                    "Bezirksamt Neukölln von Berlin",
                    "Bezirksamt Neukölln",
                    "Neukölln District Office",
                ),
                police=("Polizei Berlin", "Berlin Police", "Der Polizeipräsident in Berlin"),
            ),
            _city(
                "Hamburg",
                "de",
                4,
                "Hamburg",
                hall=("Bezirksamt Hamburg-Mitte", "Hamburg-Mitte District Office"),
                police=("Polizei Hamburg", "Hamburg Police"),
            ),
            _city("Munich", "de", 4, "München"),
            _city("Cologne", "de", 4, "Köln"),
            _city("Frankfurt", "de", 4, "Frankfurt am Main"),
            _city("Stuttgart", "de", 3, "Stuttgart"),
            _city("Düsseldorf", "de", 3, "Düsseldorf"),
            _city(
                "Leipzig", "de", 2, "Leipzig", police=("Polizeidirektion Leipzig", "Leipzig Police")
            ),
            _city(
                "Hanover",
                "de",
                2,
                "Hannover",
                police=("Polizeidirektion Hannover", "Hanover Police"),
            ),
            _city("Bremen", "de", 2, "Bremen", police=("Polizei Bremen", "Bremen Police")),
            _city(
                "Dresden", "de", 2, "Dresden", police=("Polizeidirektion Dresden", "Dresden Police")
            ),
            _city(
                "Nuremberg",
                "de",
                2,
                "Nürnberg",
                police=("Polizeipräsidium Mittelfranken", "Middle Franconia Police"),
            ),
            _city("Essen", "de", 2, "Essen"),
            _city("Bonn", "de", 2, "Bonn"),
            _city("Mannheim", "de", 1, "Mannheim"),
            _city("Freiburg", "de", 1, "Freiburg im Breisgau"),
            _city(
                "Wiesbaden",
                "de",
                1,
                "Wiesbaden",
                police=("Polizeipräsidium Westhessen", "West Hesse Police"),
            ),
        ),
        hall={"de": ("Stadt {loc}", "City of {en}", "{en} City Council")},
        police={"de": ("Polizeipräsidium {loc}", "{en} Police")},
        languages={"de": ("de", "en", "fr")},
        company_suffix="GmbH",
    ),
    Country(
        code="AT",
        weight=0.03,
        native_share=0.45,
        cultures={"de": (("de_at", 0.92), ("tr", 0.08))},
        cities=(
            _city(
                "Vienna",
                "de",
                4,
                "Wien",
                hall=("Stadt Wien", "Magistrat der Stadt Wien", "City of Vienna"),
                police=("Landespolizeidirektion Wien", "LPD Wien", "Vienna Police"),
            ),
            _city("Graz", "de", 2, "Graz"),
            _city("Linz", "de", 2, "Linz"),
            _city("Salzburg", "de", 2, "Salzburg"),
            _city("Innsbruck", "de", 1, "Innsbruck"),
        ),
        hall={"de": ("Stadt {loc}", "Magistrat der Stadt {loc}", "City of {en}")},
        police={"de": ("Stadtpolizeikommando {loc}", "{en} City Police Command")},
        languages={"de": ("de", "en")},
        company_suffix="GmbH",
    ),
    Country(
        code="CH",
        weight=0.03,
        native_share=0.4,
        cultures={"de": (("de_ch", 1.0),), "fr": (("fr", 1.0),)},
        cities=(
            _city("Zurich", "de", 3, "Zürich"),
            _city("Geneva", "fr", 3, "Genève"),
            _city(
                "Basel",
                "de",
                2,
                "Basel",
                police=("Kantonspolizei Basel-Stadt", "Basel-Stadt Cantonal Police"),
            ),
            _city("Lausanne", "fr", 2, "Lausanne"),
            _city("Bern", "de", 2, "Bern", police=("Kantonspolizei Bern", "Bern Cantonal Police")),
            _city("Winterthur", "de", 1, "Winterthur"),
        ),
        hall={"de": ("Stadt {loc}", "City of {en}"), "fr": ("Ville {de_loc}", "City of {en}")},
        police={
            "de": ("Stadtpolizei {loc}", "{en} City Police"),
            "fr": ("Police municipale {de_loc}", "{en} Municipal Police"),
        },
        languages={"de": ("de", "fr", "en"), "fr": ("fr", "de", "en")},
        company_suffix="AG",
    ),
    Country(
        code="LU",
        weight=0.02,
        native_share=0.35,
        cultures={"lu": (("lb", 0.55), ("fr", 0.15), ("pt", 0.3))},
        cities=(
            _city("Luxembourg", "lu", 3, {"fr": "Luxembourg", "de": "Luxemburg"}),
            _city(
                "Esch-sur-Alzette", "lu", 2, {"fr": "Esch-sur-Alzette", "de": "Esch an der Alzette"}
            ),
            _city("Differdange", "lu", 1, {"fr": "Differdange", "de": "Differdingen"}),
        ),
        hall={"lu": ("Ville {de_fr}", "City of {en}")},
        police={"lu": ()},
        languages={"lu": ("lb", "fr", "de", "en")},
        company_suffix="SA",
    ),
    Country(
        code="ES",
        weight=0.06,
        native_share=0.0,
        cultures={"es": (("es", 1.0),)},
        cities=(
            _city(
                "Madrid",
                "es",
                5,
                "Madrid",
                police=("Policía Municipal de Madrid", "Madrid Municipal Police"),
            ),
            _city(
                "Barcelona",
                "es",
                5,
                "Barcelona",
                hall=(
                    "Ajuntament de Barcelona",
                    "Barcelona City Council",
                    "Ayuntamiento de Barcelona",
                ),
                police=(
                    "Guàrdia Urbana de Barcelona",
                    "Guardia Urbana Barcelona",
                    "Barcelona City Police",
                ),
            ),
            _city("Valencia", "es", 2, "València"),
            _city("Seville", "es", 2, "Sevilla"),
            _city("Bilbao", "es", 2, "Bilbao"),
            _city("Málaga", "es", 2, "Málaga"),
            _city("Zaragoza", "es", 1, "Zaragoza"),
            _city("Getafe", "es", 1, "Getafe"),
            _city(
                "L'Hospitalet de Llobregat",
                "es",
                1,
                "L'Hospitalet de Llobregat",
                hall=("Ajuntament de L'Hospitalet", "L'Hospitalet City Council"),
                police=("Guàrdia Urbana de L'Hospitalet", "L'Hospitalet Local Police"),
            ),
        ),
        hall={"es": ("Ayuntamiento de {loc}", "{en} City Council", "City Council of {en}")},
        police={"es": ("Policía Local de {loc}", "{en} Local Police")},
        languages={"es": ("es", "en", "ca", "fr")},
        company_suffix="S.L.",
    ),
    Country(
        code="IT",
        weight=0.06,
        native_share=0.0,
        cultures={"it": (("it", 1.0),)},
        cities=(
            _city(
                "Rome",
                "it",
                4,
                "Roma",
                hall=("Roma Capitale", "City of Rome", "Comune di Roma"),
                police=("Polizia Locale di Roma Capitale", "Rome Local Police"),
            ),
            _city("Milan", "it", 4, "Milano"),
            _city("Turin", "it", 3, "Torino"),
            _city("Bologna", "it", 3, "Bologna"),
            _city("Naples", "it", 2, "Napoli"),
            _city("Florence", "it", 2, "Firenze"),
            _city("Modena", "it", 2, "Modena"),
            _city("Genoa", "it", 1, "Genova"),
            _city("Reggio Emilia", "it", 1, "Reggio Emilia"),
            _city("Bari", "it", 1, "Bari"),
        ),
        hall={"it": ("Comune di {loc}", "City of {en}", "Municipality of {en}")},
        police={
            "it": ("Polizia Locale di {loc}", "{en} Local Police", "Polizia Municipale di {loc}")
        },
        languages={"it": ("it", "en", "fr", "es")},
        company_suffix="S.r.l.",
    ),
    Country(
        code="PT",
        weight=0.04,
        native_share=0.0,
        cultures={"pt": (("pt", 1.0),)},
        cities=(
            _city("Lisbon", "pt", 4, "Lisboa"),
            _city(
                "Porto",
                "pt",
                3,
                "Porto",
                hall=("Câmara Municipal do Porto", "Porto City Council"),
                police=("Polícia Municipal do Porto", "Porto Municipal Police"),
            ),
            _city(
                "Amadora",
                "pt",
                1,
                "Amadora",
                hall=("Câmara Municipal da Amadora", "Amadora City Council"),
                police=(),
            ),
            _city("Coimbra", "pt", 1, "Coimbra", police=()),
            _city("Braga", "pt", 1, "Braga", police=()),
            _city("Setúbal", "pt", 1, "Setúbal", police=()),
        ),
        hall={"pt": ("Câmara Municipal de {loc}", "{en} City Council", "Municipality of {en}")},
        police={"pt": ("Polícia Municipal de {loc}", "{en} Municipal Police")},
        languages={"pt": ("pt", "en", "es", "fr")},
        company_suffix="Lda.",
    ),
    Country(
        code="GB",
        weight=0.05,
        native_share=0.0,
        cultures={"en": (("en", 1.0),)},
        cities=(
            _city(
                "London",
                "en",
                3,
                hall=("London Borough of Hackney", "Hackney Council"),
                police=("Metropolitan Police Service", "Met Police", "The Met"),
            ),
            _city(
                "London",
                "en",
                2,
                hall=("Westminster City Council", "City of Westminster"),
                police=("Metropolitan Police Service", "Met Police", "The Met"),
            ),
            _city(
                "Manchester",
                "en",
                2,
                hall=("Manchester City Council",),
                police=("Greater Manchester Police", "GMP"),
            ),
            _city("Birmingham", "en", 2, police=("West Midlands Police", "WMP")),
            _city("Glasgow", "en", 2, police=("Police Scotland",)),
            _city(
                "Edinburgh",
                "en",
                1,
                hall=("City of Edinburgh Council", "Edinburgh Council"),
                police=("Police Scotland",),
            ),
            _city("Bristol", "en", 1, police=("Avon and Somerset Police",)),
            _city("Leeds", "en", 1, police=("West Yorkshire Police",)),
            _city(
                "Cardiff",
                "en",
                1,
                hall=("Cardiff Council", "Cyngor Caerdydd"),
                police=("South Wales Police", "Heddlu De Cymru"),
            ),
            _city("Cambridge", "en", 1, police=("Cambridgeshire Constabulary",)),
        ),
        hall={"en": ("{en} City Council", "{en} Council")},
        police={"en": ()},
        languages={"en": ("en", "fr", "es")},
        company_suffix="Ltd",
    ),
    Country(
        code="IE",
        weight=0.03,
        native_share=0.0,
        cultures={"en": (("ie", 1.0),)},
        cities=(
            _city("Dublin", "en", 3, hall=("Dublin City Council", "DCC"), police=()),
            _city("Cork", "en", 1, police=()),
            _city(
                "Limerick",
                "en",
                1,
                hall=("Limerick City and County Council", "Limerick Council"),
                police=(),
            ),
            _city("Galway", "en", 1, police=()),
        ),
        hall={"en": ("{en} City Council",)},
        police={"en": ()},
        languages={"en": ("en", "ga", "fr")},
        company_suffix="Ltd",
    ),
    Country(
        code="SE",
        weight=0.03,
        native_share=0.0,
        cultures={"sv": (("sv", 1.0),)},
        cities=(
            _city("Stockholm", "sv", 3, "Stockholm", hall=("Stockholms stad", "City of Stockholm")),
            _city("Gothenburg", "sv", 2, "Göteborg", hall=("Göteborgs Stad", "City of Gothenburg")),
            _city("Malmö", "sv", 2, "Malmö", hall=("Malmö stad", "City of Malmö")),
            _city("Uppsala", "sv", 1, "Uppsala", hall=("Uppsala kommun", "Uppsala Municipality")),
            _city("Örebro", "sv", 1, "Örebro", hall=("Örebro kommun", "Örebro Municipality")),
        ),
        hall={"sv": ("{loc} kommun", "City of {en}")},
        police={"sv": ()},
        languages={"sv": ("sv", "en", "de")},
        company_suffix="AB",
    ),
    Country(
        code="DK",
        weight=0.02,
        native_share=0.0,
        cultures={"da": (("da", 1.0),)},
        cities=(
            _city(
                "Copenhagen",
                "da",
                2,
                "København",
                hall=("Københavns Kommune", "City of Copenhagen"),
                police=("Københavns Politi", "Copenhagen Police"),
            ),
            _city(
                "Aarhus", "da", 2, "Aarhus", police=("Østjyllands Politi", "East Jutland Police")
            ),
            _city("Odense", "da", 1, "Odense", police=("Fyns Politi", "Funen Police")),
            _city(
                "Aalborg",
                "da",
                1,
                "Aalborg",
                police=("Nordjyllands Politi", "North Jutland Police"),
            ),
        ),
        hall={"da": ("{loc} Kommune", "Municipality of {en}")},
        police={"da": ()},
        languages={"da": ("da", "en", "sv")},
        company_suffix="ApS",
    ),
    Country(
        code="NO",
        weight=0.02,
        native_share=0.0,
        cultures={"no": (("no", 1.0),)},
        cities=(
            _city("Oslo", "no", 2, "Oslo", police=("Oslo politidistrikt", "Oslo Police District")),
            _city(
                "Bergen", "no", 1, "Bergen", police=("Vest politidistrikt", "West Police District")
            ),
            _city(
                "Trondheim",
                "no",
                1,
                "Trondheim",
                police=("Trøndelag politidistrikt", "Trøndelag Police District"),
            ),
            _city(
                "Stavanger",
                "no",
                1,
                "Stavanger",
                police=("Sør-Vest politidistrikt", "South-West Police District"),
            ),
        ),
        hall={"no": ("{loc} kommune", "Municipality of {en}")},
        police={"no": ()},
        languages={"no": ("nb", "en", "sv")},
        company_suffix="AS",
    ),
    Country(
        code="PL",
        weight=0.04,
        native_share=0.0,
        cultures={"pl": (("pl", 1.0),)},
        cities=(
            _city(
                "Warsaw",
                "pl",
                3,
                "Warszawa",
                hall=("Urząd m.st. Warszawy", "City of Warsaw", "Warsaw City Hall"),
                police=("Straż Miejska m.st. Warszawy", "Warsaw Municipal Police"),
            ),
            _city(
                "Kraków",
                "pl",
                2,
                "Kraków",
                hall=("Urząd Miasta Krakowa", "City of Kraków", "Krakow City Hall"),
                police=("Straż Miejska Miasta Krakowa", "Kraków Municipal Guard"),
            ),
            _city(
                "Gdańsk",
                "pl",
                2,
                "Gdańsk",
                hall=("Urząd Miejski w Gdańsku", "City of Gdańsk"),
                police=("Straż Miejska w Gdańsku", "Gdańsk Municipal Guard"),
            ),
            _city(
                "Wrocław",
                "pl",
                1,
                "Wrocław",
                hall=("Urząd Miejski Wrocławia", "City of Wrocław"),
                police=(),
            ),
            _city(
                "Poznań",
                "pl",
                1,
                "Poznań",
                hall=("Urząd Miasta Poznania", "City of Poznań"),
                police=(),
            ),
            _city("Łódź", "pl", 1, "Łódź", hall=("Urząd Miasta Łodzi", "City of Łódź"), police=()),
        ),
        hall={"pl": ("City of {en}",)},
        police={"pl": ()},
        languages={"pl": ("pl", "en", "de")},
        company_suffix="Sp. z o.o.",
    ),
    Country(
        code="GR",
        weight=0.03,
        native_share=0.0,
        cultures={"el": (("el", 1.0),)},
        cities=(
            _city(
                "Athens",
                "el",
                3,
                hall=("Municipality of Athens", "City of Athens", "Dimos Athinaion"),
            ),
            _city(
                "Thessaloniki",
                "el",
                2,
                hall=("Municipality of Thessaloniki", "Dimos Thessalonikis"),
            ),
            _city("Piraeus", "el", 1, hall=("Municipality of Piraeus", "Dimos Piraia")),
            _city("Heraklion", "el", 1, hall=("Municipality of Heraklion", "Dimos Irakleiou")),
            _city("Patras", "el", 1, hall=("Municipality of Patras", "Dimos Patreon")),
        ),
        hall={"el": ("Municipality of {en}",)},
        police={"el": ()},
        languages={"el": ("el", "en", "fr")},
        company_suffix="S.A.",
    ),
)
COUNTRY_BY_CODE: dict[str, Country] = {country.code: country for country in COUNTRIES}

# National, regional and specialised organisations, one a line:
# country type-code city | name variants separated by "|" | focus topics ("" for any).
INSTITUTIONS_TEXT = """
# BE
BE N Brussels | SPF Intérieur – Direction Sécurité et Prévention|FOD Binnenlandse Zaken –
    Directie Veiligheid en Preventie|Belgian FPS Home Affairs | governance
BE P Brussels | Police fédérale|Federale Politie|Belgian Federal Police
BE J Brussels | SPF Justice|FOD Justitie|Belgian FPS Justice | reoffending
BE J Brussels | Parquet de Bruxelles|Parket Brussel|Brussels Public Prosecutor's Office |
    organised-crime violence-against-women
BE J Brussels@fr | Administration générale des Maisons de justice|Maisons de justice (FWB) |
    reoffending victim-support
BE J Brussels@nl | Departement Justitie en Handhaving – Justitiehuizen|Justitiehuizen Vlaanderen |
    reoffending
BE R Brussels | Bruxelles Prévention & Sécurité|Brussel Preventie & Veiligheid|Brussels
    Prevention & Security (BPS) | governance technology
BE R Brussels | Région de Bruxelles-Capitale|Brussels Hoofdstedelijk Gewest|Brussels-Capital
    Region
BE R Namur | Service public de Wallonie|SPW Intérieur et Action sociale|Walloon Public Service
BE R Brussels@nl | Agentschap Binnenland – Vlaamse overheid|Flemish Agency for Home Affairs
BE S Leuven | KU Leuven – Leuven Institute of Criminology|KU Leuven|LINC, KU Leuven
BE S Ghent | Universiteit Gent – IRCP|Ghent University|UGent
BE S Liège | Université de Liège – Criminologie|ULiège|University of Liège
BE S Brussels | Institut National de Criminalistique et de Criminologie|NICC|Nationaal Instituut
    voor Criminalistiek en Criminologie
BE S Brussels | Vrije Universiteit Brussel – Crime & Society|VUB
BE S Louvain-la-Neuve | UCLouvain – CRID&P|Université catholique de Louvain
BE X Brussels | STIB-MIVB|STIB|Brussels Intercommunal Transport Company | transport
BE X Antwerp | De Lijn|Vlaamse Vervoermaatschappij De Lijn | transport
BE X Brussels | SNCB – Securail|NMBS Securail|Belgian Railways Securail | transport
BE I Brussels | European Crime Prevention Network (EUCPN)|EUCPN | governance
BE I Brussels | European Commission – DG HOME|DG Migration and Home Affairs|European Commission
BE I Brussels | RAN Practitioners|Radicalisation Awareness Network | radicalisation polarisation
BE I Brussels | Eurocities
BE O Brussels | Victim Support Europe|VSE | victim-support
# FR
FR N Paris | Ministère de l'Intérieur|French Ministry of the Interior|Ministry of the Interior
FR N Paris | CIPDR – Comité interministériel de prévention de la délinquance et de la
    radicalisation|CIPDR | radicalisation governance
FR N Paris | MILDECA|Mission interministérielle de lutte contre les drogues et les conduites
    addictives | drugs
FR P Paris | Police nationale|French National Police|DGPN
FR P Paris | Préfecture de police de Paris|Paris Police Prefecture
FR P Paris | Gendarmerie nationale|French Gendarmerie
FR J Paris | Ministère de la Justice|French Ministry of Justice
FR J Marseille | Parquet de Marseille|Marseille Public Prosecutor's Office | organised-crime
FR J Lille | SPIP du Nord|Service pénitentiaire d'insertion et de probation du Nord |
    reoffending
FR R Paris | Région Île-de-France|Île-de-France Region|Conseil régional d'Île-de-France |
    transport
FR R Lyon | Métropole de Lyon|Lyon Metropolis|Grand Lyon
FR R Marseille | Métropole Aix-Marseille-Provence|Aix-Marseille Metropolis
FR S Paris | CESDIP (CNRS)|Centre de recherches sociologiques sur le droit et les institutions
    pénales
FR S Grenoble | Sciences Po Grenoble – PACTE|Sciences Po Grenoble
FR S Toulouse | Université Toulouse Capitole – Institut de criminologie|University of Toulouse
    Capitole
FR S Lille | Université de Lille – CLERSÉ|University of Lille
FR O Paris | France Victimes|Fédération France Victimes | victim-support
FR X Paris | RATP – Sûreté|RATP|Paris transport authority (RATP) | transport
FR X Paris | SNCF – Sûreté ferroviaire|SNCF SUGE|French Railways Security | transport
FR I Paris | Efus – Forum européen pour la sécurité urbaine|European Forum for Urban
    Security|Efus
FR I Strasbourg | Council of Europe|Conseil de l'Europe | discriminatory-violence
# NL
NL N The Hague | Ministerie van Justitie en Veiligheid|Dutch Ministry of Justice and
    Security|Ministry of Justice and Security
NL N The Hague | NCTV|Nationaal Coördinator Terrorismebestrijding en Veiligheid | radicalisation
    crisis-management
NL N Utrecht | Centrum voor Criminaliteitspreventie en Veiligheid|CCV|Dutch Centre for Crime
    Prevention and Safety | governance public-space
NL P The Hague | Politie – Landelijke Eenheid|Dutch National Police, National Unit
NL J The Hague | Openbaar Ministerie|Dutch Public Prosecution Service
NL J Utrecht | Reclassering Nederland|Dutch Probation Service | reoffending
NL O Leiden | Halt|Stichting Halt | reoffending youth
NL R Rotterdam | Veiligheidsregio Rotterdam-Rijnmond|Rotterdam-Rijnmond Safety Region |
    crisis-management climate-security
NL R Amsterdam | RIEC Amsterdam-Amstelland|Regional Information and Expertise Centre Amsterdam |
    organised-crime
NL S The Hague | Universiteit Leiden – ISGA|Leiden University|Institute of Security and Global
    Affairs
NL S Amsterdam | Vrije Universiteit Amsterdam – Criminologie|VU Amsterdam
NL S Rotterdam | Erasmus Universiteit Rotterdam|Erasmus University Rotterdam
NL S Utrecht | Trimbos-instituut|Trimbos Institute | drugs nightlife
NL S Amsterdam | NSCR|Netherlands Institute for the Study of Crime and Law Enforcement
NL O Utrecht | Slachtofferhulp Nederland|Victim Support Netherlands | victim-support
NL X Amsterdam | GVB Amsterdam|GVB | transport
NL X Utrecht | NS Veiligheid & Service|Dutch Railways (NS) Security | transport
NL I The Hague | Europol | organised-crime cybercrime trafficking
NL I The Hague | Eurojust | organised-crime trafficking
# DE
DE N Berlin | Bundesministerium des Innern (BMI)|German Federal Ministry of the
    Interior|Ministry of the Interior
DE N Bonn | Deutsches Forum für Kriminalprävention (DFK)|DFK|German Forum for Crime Prevention |
    governance
DE P Wiesbaden | Bundeskriminalamt (BKA)|BKA|Federal Criminal Police Office
DE P Düsseldorf | Landeskriminalamt Nordrhein-Westfalen|LKA NRW
DE R Hanover | Landespräventionsrat Niedersachsen|Lower Saxony Crime Prevention Council|LPR
    Niedersachsen | governance
DE R Berlin | Senatsverwaltung für Inneres und Sport Berlin|Berlin Senate Department for the
    Interior
DE R Düsseldorf | Ministerium des Innern NRW|Ministry of the Interior of North Rhine-Westphalia
DE J Berlin | Staatsanwaltschaft Berlin|Berlin Public Prosecutor's Office
DE J Frankfurt | Haus des Jugendrechts Frankfurt-Höchst|Frankfurt Youth Justice House |
    reoffending youth
DE S Freiburg | Max-Planck-Institut zur Erforschung von Kriminalität, Sicherheit und Recht|Max
    Planck Institute for the Study of Crime, Security and Law|MPI-CSL
DE S Hanover | Kriminologisches Forschungsinstitut Niedersachsen (KFN)|KFN
DE S Hamburg | Universität Hamburg – Kriminologische Sozialforschung|University of Hamburg
DE X Berlin | Berliner Verkehrsbetriebe (BVG)|BVG | transport
DE X Berlin | Deutsche Bahn – Konzernsicherheit|DB Sicherheit|Deutsche Bahn Security | transport
# AT
AT N Vienna | Bundesministerium für Inneres|Austrian Federal Ministry of the Interior|BMI
    Österreich
AT P Vienna | Bundeskriminalamt Österreich|Austrian Criminal Intelligence Service
AT J Vienna | Bundesministerium für Justiz|Austrian Federal Ministry of Justice
AT O Vienna | NEUSTART|Verein NEUSTART | reoffending victim-support
AT S Vienna | Universität Wien – Institut für Strafrecht und Kriminologie|University of Vienna
AT S Vienna | Institut für Rechts- und Kriminalsoziologie (IRKS)|IRKS
AT I Vienna | UNODC|United Nations Office on Drugs and Crime | drugs trafficking organised-crime
AT I Vienna | OSCE – Transnational Threats Department|OSCE | radicalisation cybercrime
AT I Vienna | European Union Agency for Fundamental Rights (FRA)|FRA | discriminatory-violence
    technology
AT X Vienna | Wiener Linien | transport
# CH
CH N Bern | Schweizerische Kriminalprävention (SKP)|Prévention Suisse de la Criminalité
    (PSC)|Swiss Crime Prevention | governance cybercrime
CH P Bern | fedpol|Bundesamt für Polizei|Office fédéral de la police
CH R Zurich | Sicherheitsdirektion Kanton Zürich|Canton of Zurich, Security Directorate
CH R Geneva | République et canton de Genève – Département des institutions|Canton of Geneva
CH J Geneva | Ministère public du canton de Genève|Geneva Public Prosecutor's Office
CH S Lausanne | Université de Lausanne – École des sciences criminelles|UNIL|University of
    Lausanne
CH S Zurich | Universität Zürich – Kriminologisches Institut|University of Zurich
CH S Winterthur | ZHAW Soziale Arbeit|ZHAW
CH I Geneva | DCAF – Geneva Centre for Security Sector Governance|DCAF
# LU
LU N Luxembourg | Ministère des Affaires intérieures|Luxembourg Ministry of Home Affairs
LU N Luxembourg | Ministère de la Sécurité intérieure|Luxembourg Ministry of Internal Security
LU P Luxembourg | Police grand-ducale|Grand Ducal Police|Police Lëtzebuerg
LU J Luxembourg | Parquet général du Grand-Duché|Luxembourg State Prosecutor's Office
LU S Esch-sur-Alzette | Université du Luxembourg|University of Luxembourg|Uni.lu
# ES
ES N Madrid | Ministerio del Interior|Spanish Ministry of the Interior|Ministry of the Interior
ES P Madrid | Policía Nacional|Spanish National Police
ES P Barcelona | Mossos d'Esquadra|Policia de la Generalitat – Mossos d'Esquadra
ES P Bilbao | Ertzaintza|Basque Police
ES R Barcelona | Generalitat de Catalunya – Departament d'Interior|Catalan Government, Interior
ES R Madrid | Comunidad de Madrid|Madrid Regional Government
ES J Madrid | Fiscalía Provincial de Madrid|Madrid Public Prosecutor's Office
ES J Barcelona | CIRE – Centre d'Iniciatives per a la Reinserció|CIRE | reoffending
ES S Barcelona | Universitat de Barcelona – Criminologia|University of Barcelona
ES S Málaga | Instituto Andaluz Interuniversitario de Criminología|Universidad de Málaga
ES S Madrid | Universidad Autónoma de Madrid|UAM
ES X Barcelona | Transports Metropolitans de Barcelona|TMB | transport
ES X Madrid | Metro de Madrid | transport
# IT
IT N Rome | Ministero dell'Interno|Italian Ministry of the Interior|Ministry of the Interior
IT P Rome | Polizia di Stato|Italian State Police
IT P Rome | Arma dei Carabinieri|Carabinieri
IT R Bologna | Regione Emilia-Romagna – Area sicurezza urbana|Emilia-Romagna Region | governance
IT R Milan | Regione Lombardia|Lombardy Region
IT J Naples | Procura della Repubblica di Napoli|Naples Public Prosecutor's Office |
    organised-crime
IT J Rome | Dipartimento per la giustizia minorile e di comunità|Italian Ministry of Justice,
    Juvenile Justice | reoffending youth
IT S Milan | Transcrime – Università Cattolica del Sacro Cuore|Transcrime|Università Cattolica
    Milano | organised-crime
IT S Bologna | Università di Bologna|University of Bologna
IT S Turin | Università di Torino|University of Turin
IT X Milan | ATM Milano|Azienda Trasporti Milanesi | transport
# PT
PT N Lisbon | Ministério da Administração Interna|Portuguese Ministry of Internal Administration
PT P Lisbon | Polícia de Segurança Pública (PSP)|PSP|Portuguese Public Security Police
PT P Lisbon | Guarda Nacional Republicana (GNR)|GNR
PT J Lisbon | Direção-Geral de Reinserção e Serviços Prisionais|DGRSP | reoffending
PT O Lisbon | APAV – Associação Portuguesa de Apoio à Vítima|APAV|Portuguese Association for
    Victim Support | victim-support
PT S Porto | Universidade do Porto – Escola de Criminologia|University of Porto
PT S Lisbon | ISCTE – Instituto Universitário de Lisboa|ISCTE
PT I Lisbon | European Union Drugs Agency (EUDA)|EUDA|EMCDDA | drugs
# GB
GB N London | Home Office|UK Home Office
GB P London | British Transport Police|BTP | transport
GB P London | National Police Chiefs' Council|NPCC
GB P Glasgow | Scottish Violence Reduction Unit|SVRU | youth
GB J London | HM Prison and Probation Service|HMPPS|Probation Service | reoffending
GB J London | Crown Prosecution Service|CPS
GB R London | Mayor's Office for Policing and Crime|MOPAC
GB R Manchester | Greater Manchester Combined Authority|GMCA
GB R Birmingham | West Midlands Violence Reduction Unit|WM VRU | youth
GB S Cambridge | University of Cambridge – Institute of Criminology|Cambridge Institute of
    Criminology
GB S London | UCL Jill Dando Institute of Security and Crime Science|UCL JDI|Jill Dando
    Institute
GB S Cardiff | Cardiff University – Violence Research Group|Cardiff University
GB S Glasgow | Scottish Centre for Crime and Justice Research|SCCJR
GB O London | Victim Support|Victim Support England and Wales | victim-support
GB X London | Transport for London|TfL | transport
# IE
IE N Dublin | Department of Justice|Department of Justice (Ireland)
IE P Dublin | An Garda Síochána|Garda Síochána|Irish police (Garda)
IE J Dublin | Probation Service|The Probation Service (Ireland) | reoffending
IE S Dublin | University College Dublin – Sutherland School of Law|UCD
IE S Limerick | University of Limerick|UL
# SE
SE N Stockholm | Brottsförebyggande rådet (Brå)|Brå|Swedish National Council for Crime
    Prevention | governance
SE P Stockholm | Polismyndigheten|Swedish Police Authority|Polisen
SE J Stockholm | Kriminalvården|Swedish Prison and Probation Service | reoffending
SE R Malmö | Länsstyrelsen Skåne|County Administrative Board of Skåne
SE S Stockholm | Stockholms universitet – Kriminologiska institutionen|Stockholm University
SE S Malmö | Malmö universitet|Malmö University
# DK
DK N Copenhagen | Det Kriminalpræventive Råd|Danish Crime Prevention Council|DKR | governance
DK J Copenhagen | Justitsministeriet|Danish Ministry of Justice
DK S Copenhagen | Københavns Universitet|University of Copenhagen
DK S Aarhus | Aarhus Universitet|Aarhus University
# NO
NO N Oslo | Det kriminalitetsforebyggende råd (KRÅD)|KRÅD|Norwegian Crime Prevention Council |
    governance
NO N Oslo | Justis- og beredskapsdepartementet|Norwegian Ministry of Justice and Public Security
NO S Oslo | Politihøgskolen|Norwegian Police University College
NO S Oslo | Universitetet i Oslo|University of Oslo
# PL
PL N Warsaw | Ministerstwo Spraw Wewnętrznych i Administracji|Polish Ministry of Interior and
    Administration
PL P Warsaw | Komenda Główna Policji|Polish National Police Headquarters|Policja
PL J Warsaw | Ministerstwo Sprawiedliwości|Polish Ministry of Justice
PL S Warsaw | Uniwersytet Warszawski – Instytut Profilaktyki Społecznej i
    Resocjalizacji|University of Warsaw
PL S Kraków | Uniwersytet Jagielloński|Jagiellonian University
PL I Warsaw | Frontex | trafficking
# GR
GR N Athens | Ministry of Citizen Protection|Hellenic Ministry of Citizen Protection
GR P Athens | Hellenic Police|Elliniki Astynomia (ELAS)
GR R Athens | Region of Attica|Periferia Attikis
GR S Athens | KEMEA – Center for Security Studies|KEMEA
GR S Athens | Panteion University|Panteion University of Social and Political Sciences
GR S Thessaloniki | Aristotle University of Thessaloniki|AUTh
"""


def _parse_institutions(text: str) -> tuple[tuple[str, str, str, str, str], ...]:
    rows = []
    for head, rest in _entries(text):
        code, letter, city = head.split(" ", 2)  # "Brussels@nl": staff write Dutch
        names, _, focus = rest.partition(" | ")
        rows.append((code, letter, city, names, focus))
    return tuple(rows)


INSTITUTIONS = _parse_institutions(INSTITUTIONS_TEXT)

COMPANY_WORDS = (
    "Urbis",
    "Vigil",
    "Secura",
    "Civitas",
    "Argos",
    "Klarsicht",
    "Veilix",
    "Nocturna",
    "Metron",
    "Safeline",
    "Vigilo",
    "Lumen",
)
COMPANY_KINDS = ("Consulting", "Security", "Analytics", "Solutions", "Urban Safety")
OTHER_KINDS: tuple[tuple[str, str, str], ...] = (
    # (name pattern, role pool, focus topics)
    ("{city} Open Air Festival", "festival", "nightlife drugs crisis-management"),
    ("Atelier {word} architectes", "design", "public-space"),
    ("{word} Urban Design Studio", "design", "public-space climate-security"),
    ("{city} Nightlife Association", "festival", "nightlife"),
)

# Roles by organisation type (or a special pool) and language; "m/f" gives the masculine and
# feminine forms where the language marks gender.
ROLES_TEXT = """
= local_authority
en | Head of Prevention; Urban Safety Coordinator; Deputy Mayor for Public Safety; Prevention
    Officer; Policy Officer, Public Safety; Social Cohesion Officer; Community Safety Manager;
    Strategic Analyst; Head of Crisis Management; Night-time Economy Manager
fr | Chargé de mission prévention/Chargée de mission prévention; Coordinateur CLSPD/Coordinatrice
    CLSPD; Adjoint au maire chargé de la sécurité/Adjointe au maire chargée de la sécurité;
    Directeur de la tranquillité publique/Directrice de la tranquillité publique; Fonctionnaire de
    prévention; Chef du service médiation/Cheffe du service médiation
nl | Beleidsmedewerker integrale veiligheid; Preventieambtenaar; Coördinator nachtleven; Schepen
    van veiligheid; Strategisch adviseur openbare orde en veiligheid
de | Referent für Kriminalprävention/Referentin für Kriminalprävention; Leiter des
    Ordnungsamts/Leiterin des Ordnungsamts; Präventionsbeauftragter/Präventionsbeauftragte;
    Koordinator Kommunale Prävention/Koordinatorin Kommunale Prävention
= police
en | Chief Inspector; Superintendent; Community Policing Coordinator; Crime Prevention Officer;
    Head of Analysis; Public Order Commander; Neighbourhood Inspector; Detective Sergeant
fr | Commissaire divisionnaire; Inspecteur principal/Inspectrice principale; Chef de corps/Cheffe
    de corps; Commandant de police/Commandante de police; Officier de prévention/Officière de
    prévention
nl | Hoofdinspecteur; Wijkagent; Teamchef; Hoofdcommissaris; Operationeel expert
de | Polizeihauptkommissar/Polizeihauptkommissarin; Polizeioberrat/Polizeioberrätin; Leiter
    Prävention/Leiterin Prävention; Kriminalhauptkommissar/Kriminalhauptkommissarin
= justice
en | Public Prosecutor; Probation Officer; Juvenile Court Judge; Youth Justice Worker; Head of
    Reintegration
fr | Substitut du procureur/Substitute du procureur; Juge des enfants; Assistant de
    justice/Assistante de justice; Conseiller pénitentiaire d'insertion et de
    probation/Conseillère pénitentiaire d'insertion et de probation
nl | Officier van justitie; Reclasseringswerker; Justitieassistent; Beleidsadviseur
    strafrechtketen
de | Staatsanwalt/Staatsanwältin; Bewährungshelfer/Bewährungshelferin;
    Jugendrichter/Jugendrichterin; Referent Justizvollzug/Referentin Justizvollzug
= ngo
en | Director; Project Coordinator; Outreach Worker; Programme Manager; Founder; Street Worker;
    Advocacy Officer; Counsellor
fr | Directeur/Directrice; Éducateur de rue/Éducatrice de rue; Coordinateur de projet/Coordinatrice
    de projet; Chargé de plaidoyer/Chargée de plaidoyer; Médiateur social/Médiatrice sociale
nl | Straathoekwerker; Coördinator; Directeur; Projectleider; Ervaringsdeskundige
de | Geschäftsführer/Geschäftsführerin; Streetworker/Streetworkerin; Projektleitung;
    Sozialarbeiter/Sozialarbeiterin; Fachberater/Fachberaterin
= research
en | Professor of Criminology; Senior Researcher; PhD Candidate; Postdoctoral Researcher; Research
    Fellow; Lecturer in Urban Studies; Data Scientist
fr | Chercheur/Chercheuse; Maître de conférences; Doctorant/Doctorante; Professeur de criminologie
nl | Onderzoeker; Hoogleraar criminologie; Promovendus/Promovenda; Lector
de | Wissenschaftlicher Mitarbeiter/Wissenschaftliche Mitarbeiterin; Professor für
    Kriminologie/Professorin für Kriminologie; Doktorand/Doktorandin
= national_authority
en | Policy Officer; Head of Unit, Crime Prevention; Senior Adviser; Programme Manager; Deputy
    Director
fr | Chargé de mission/Chargée de mission; Chef de bureau/Cheffe de bureau; Conseiller
    technique/Conseillère technique
nl | Senior beleidsmedewerker; Programmamanager; Afdelingshoofd
de | Referent/Referentin; Referatsleiter/Referatsleiterin; Projektleiter/Projektleiterin
= regional_authority
en | Regional Prevention Coordinator; Policy Adviser; Head of Safety Programmes; Analyst
fr | Chargé de projets/Chargée de projets; Directeur adjoint/Directrice adjointe; Coordinateur
    régional/Coordinatrice régionale
nl | Beleidsadviseur; Regionaal coördinator
de | Referent für Landesprävention/Referentin für Landesprävention
= private_sector
en | Security Manager; CEO; Business Development Manager; Consultant; Senior Risk Consultant;
    Product Manager
fr | Directeur sûreté/Directrice sûreté; Consultant/Consultante; Responsable commercial/Responsable
    commerciale
nl | Veiligheidsadviseur; Accountmanager; Directeur
de | Sicherheitsberater/Sicherheitsberaterin; Geschäftsführer/Geschäftsführerin;
    Vertriebsleiter/Vertriebsleiterin
= international_organisation
en | Programme Officer; Policy Analyst; Project Manager; Senior Expert; Head of Sector
fr | Chargé de programme/Chargée de programme; Responsable de projet
= other
en | Independent Consultant; Journalist; Trainer; Urban Planner
fr | Consultant indépendant/Consultante indépendante; Urbaniste; Journaliste
nl | Zelfstandig adviseur; Stedenbouwkundige
de | Freier Berater/Freie Beraterin; Stadtplaner/Stadtplanerin
= prosecution
en | Public Prosecutor; Deputy Public Prosecutor; Head of the Juvenile Section
fr | Substitut du procureur/Substitute du procureur; Procureur adjoint/Procureure adjointe
nl | Officier van justitie; Parketmagistraat
de | Staatsanwalt/Staatsanwältin; Oberstaatsanwalt/Oberstaatsanwältin
= probation
en | Probation Officer; Senior Probation Officer; Head of Reintegration
fr | Assistant de justice/Assistante de justice; Conseiller pénitentiaire d'insertion et de
    probation/Conseillère pénitentiaire d'insertion et de probation
nl | Justitieassistent; Reclasseringswerker
de | Bewährungshelfer/Bewährungshelferin; Sozialarbeiter im Justizvollzug/Sozialarbeiterin im
    Justizvollzug
= ministry
en | Policy Adviser; Head of Unit; Senior Policy Officer
fr | Chargé de mission/Chargée de mission; Conseiller/Conseillère
nl | Beleidsadviseur; Senior beleidsmedewerker
de | Referent/Referentin; Referatsleiter/Referatsleiterin
= municipal_police
en | Head of Municipal Police; Municipal Police Officer
fr | Directeur de la police municipale/Directrice de la police municipale; Chef de service de police
    municipale/Cheffe de service de police municipale; Policier municipal/Policière municipale
= transport
en | Head of Security; Safety and Security Manager; Network Security Coordinator
fr | Responsable sûreté; Directeur de la sûreté/Directrice de la sûreté
nl | Manager veiligheid; Coördinator security
de | Leiter Sicherheit/Leiterin Sicherheit; Sicherheitskoordinator/Sicherheitskoordinatorin
= festival
en | Festival Director; Head of Production; Safety Officer; Chair
fr | Directeur du festival/Directrice du festival; Responsable sécurité
nl | Festivaldirecteur; Veiligheidscoördinator
de | Festivalleiter/Festivalleiterin; Sicherheitsbeauftragter/Sicherheitsbeauftragte
= design
en | Urban Designer; Partner; Landscape Architect
fr | Architecte urbaniste; Associé/Associée
nl | Stedenbouwkundige; Landschapsarchitect
de | Stadtplaner/Stadtplanerin; Landschaftsarchitekt/Landschaftsarchitektin
"""
ROLES: dict[str, dict[str, tuple[str, ...]]] = {
    pool: {lang: tuple(value.split("; ")) for lang, value in entries}
    for pool, entries in _blocks(ROLES_TEXT)
}

# Short bios; {topic} is one topic label (often not the one the person now works on);
# "masculine // feminine" where the language marks gender.
BIOS: dict[str, tuple[str, ...]] = {
    "en": (
        "{years} years in local prevention policy, previously working on {topic}.",
        "Criminologist by training. Interested in {topic} and in how cities use evidence.",
        "Former police officer, now working on {topic}.",
        "Trained as a social worker; {years} years of street work before moving into policy.",
        "I coordinate a small team. Outside work: cycling and too much coffee.",
        "Lawyer by training, moved into {topic} after some years at the prosecutor's office.",
        "Background in urban planning and {topic}.",
        "Joined in {year} after a PhD on {topic}.",
    ),
    "fr": (
        "Dans la prévention depuis {years} ans, auparavant sur {topic}.",
        "Juriste de formation, je travaille sur {topic} depuis {year}.",
        "Ancien travailleur social, aujourd'hui côté politiques publiques. // "
        "Ancienne travailleuse sociale, aujourd'hui côté politiques publiques.",
        "Sociologue, thèse sur {topic}.",
    ),
    "nl": (
        "Al {years} jaar actief in het lokale veiligheidsbeleid, eerder rond {topic}.",
        "Criminoloog van opleiding, sinds {year} bezig met {topic}.",
        "Jurist van opleiding; werkte eerder bij het parket.",
        "Vroeger straathoekwerker, nu beleid.",
    ),
    "de": (
        "Seit {years} Jahren in der kommunalen Prävention, zuvor Schwerpunkt {topic}.",
        "Sozialwissenschaftler, seit {year} im Bereich {topic}. // Sozialwissenschaftlerin, seit "
        "{year} im Bereich {topic}.",
        "Früher im Polizeidienst, heute in der Präventionsarbeit.",
    ),
}

LEAD_INS: dict[tuple[str, str], tuple[str, ...]] = {
    ("seek", "en"): (
        "Looking for: ",
        "Seeking: ",
        "Interested in: ",
        "Keen to learn about: ",
        "Would like to meet people working on: ",
        "Looking for contacts on: ",
    ),
    ("offer", "en"): (
        "We offer: ",
        "Offering: ",
        "Can share: ",
        "What we bring: ",
        "Happy to share: ",
        "Expertise: ",
    ),
    ("seek", "fr"): (
        "Recherche : ",
        "Nous cherchons des contacts sur : ",
        "Thématiques recherchées : ",
        "Nous souhaitons échanger sur : ",
    ),
    ("offer", "fr"): (
        "Nous proposons : ",
        "Partage d'expérience : ",
        "Ce que nous pouvons apporter : ",
        "Expertise : ",
    ),
    ("seek", "nl"): (
        "Op zoek naar: ",
        "Wij zoeken contact over: ",
        "Interesse in: ",
        "Graag in gesprek over: ",
    ),
    ("offer", "nl"): ("Wij bieden: ", "Kennis en ervaring: ", "Wij delen graag: ", "Aanbod: "),
    ("seek", "de"): ("Suche: ", "Wir suchen Austausch zu: ", "Interesse an: ", "Gesucht: "),
    ("offer", "de"): ("Wir bieten: ", "Angebot: ", "Wir teilen gerne: ", "Expertise: "),
}
SENTENCE_FIRST: dict[tuple[str, str], tuple[str, ...]] = {
    ("seek", "en"): (
        "We would like to learn more about {}.",
        "I'm keen to hear about {}.",
        "Our team is looking into {}; any experience is welcome.",
        "We are working on {} and would like to compare notes.",
        "Main question for us: {}.",
    ),
    ("offer", "en"): (
        "We can share {}.",
        "Happy to present {}.",
        "I can tell you about {}.",
        "Glad to share {}.",
    ),
    ("seek", "fr"): (
        "Nous souhaiterions échanger sur {}.",
        "Nous cherchons des retours d'expérience sur {}.",
        "{gender_interested} par {}.",
    ),
    ("offer", "fr"): (
        "Nous pouvons présenter {}.",
        "Nous partageons volontiers {}.",
        "Je peux présenter {}.",
    ),
    ("seek", "nl"): (
        "Wij zoeken kennis over {}.",
        "Graag in contact met mensen die werken aan {}.",
        "Ik ben benieuwd naar ervaringen elders met {}.",
    ),
    ("offer", "nl"): (
        "Wij delen graag {}.",
        "Ik kan iets vertellen over {}.",
        "Wij kunnen {} presenteren.",
    ),
    ("seek", "de"): (
        "Wir suchen Austausch zum Thema: {}.",
        "Uns interessieren vor allem Erfahrungen zu folgendem Thema: {}.",
    ),
    ("offer", "de"): ("Gerne stellen wir vor: {}.", "Wir können Folgendes anbieten: {}."),
}
SENTENCE_MORE: dict[tuple[str, str], tuple[str, ...]] = {
    ("seek", "en"): (
        "We are also interested in {}.",
        "Also curious about {}.",
        "We would also welcome contacts on {}.",
    ),
    ("offer", "en"): ("We can also offer {}.", "Also available: {}.", "In addition, {}."),
    ("seek", "fr"): ("Autre sujet : {}.", "Et si possible, des échanges sur {}."),
    ("offer", "fr"): ("Nous pouvons aussi présenter {}.", "Également : {}."),
    ("seek", "nl"): ("Daarnaast interesse in {}.", "Ook: {}."),
    ("offer", "nl"): ("Daarnaast bieden wij {}.", "Verder: {}."),
    ("seek", "de"): ("Außerdem: {}.", "Ebenfalls interessant: {}."),
    ("offer", "de"): ("Außerdem: {}.", "Zusätzlich: {}."),
}
# Long paragraphs: an opener fitting the kind of organisation, the need, a closing line.
WORDY_OPEN: dict[tuple[str, str, str], tuple[str, ...]] = {
    ("seek", "en", "city"): (
        "Our municipality has just adopted a new local safety plan and we are still deciding "
        "what goes into it.",
        "Our team is small (three people for the whole prevention policy), so we cannot "
        "reinvent everything ourselves.",
        "The mayor has asked us for concrete proposals before the summer.",
    ),
    ("seek", "en", "state"): (
        "Our service has been asked to review how we work on this.",
        "I took over this file six months ago and I am still finding my way.",
    ),
    ("seek", "en", "civil"): (
        "We are a small organisation preparing a new project for next year.",
        "I am starting a new project and would like to talk to practitioners first.",
    ),
    ("offer", "en", "city"): (
        "We have worked on this in our city for several years and learned a lot, often the "
        "hard way.",
    ),
    ("offer", "en", "state"): ("Our service has built this up over several years.",),
    ("offer", "en", "civil"): ("This is the core of what we do.",),
    ("seek", "fr", "city"): (
        "Notre ville vient d'adopter une nouvelle stratégie territoriale de sécurité et de "
        "prévention de la délinquance.",
    ),
    ("seek", "fr", "state"): ("Notre service a été chargé de revoir son approche sur ce sujet.",),
    ("seek", "fr", "civil"): ("Nous sommes une petite structure et préparons un nouveau projet.",),
    ("offer", "fr", "city"): ("Notre ville travaille sur ce sujet depuis plusieurs années.",),
    ("offer", "fr", "state"): (
        "Notre service a développé cette approche depuis plusieurs années.",
    ),
    ("offer", "fr", "civil"): ("C'est le cœur de notre activité.",),
    ("seek", "nl", "city"): ("Onze gemeente werkt aan een nieuw integraal veiligheidsplan.",),
    ("seek", "nl", "state"): ("Onze dienst moet haar aanpak op dit vlak herzien.",),
    ("seek", "nl", "civil"): (
        "Wij zijn een kleine organisatie en starten volgend jaar een nieuw project.",
    ),
    ("offer", "nl", "city"): ("Onze stad werkt hier al een aantal jaren aan.",),
    ("offer", "nl", "state"): ("Onze dienst heeft dit de afgelopen jaren opgebouwd.",),
    ("offer", "nl", "civil"): ("Dit is de kern van ons werk.",),
    ("seek", "de", "city"): ("Unsere Stadt erarbeitet gerade ein neues Präventionskonzept.",),
    ("seek", "de", "state"): (
        "Unsere Behörde überarbeitet derzeit ihr Vorgehen in diesem Bereich.",
    ),
    ("seek", "de", "civil"): ("Wir sind ein kleiner Träger und planen ein neues Projekt.",),
    ("offer", "de", "city"): ("Unsere Stadt arbeitet seit mehreren Jahren an diesem Thema.",),
    ("offer", "de", "state"): ("Unsere Behörde hat dies über mehrere Jahre aufgebaut.",),
    ("offer", "de", "civil"): ("Das ist der Kern unserer Arbeit.",),
}
WORDY_MIDDLE: dict[tuple[str, str], tuple[str, ...]] = {
    ("seek", "en"): (
        "We are therefore looking for input on {}.",
        "What we need most is input on {}.",
    ),
    ("offer", "en"): ("We are glad to share {}.", "We can present {} in detail."),
    ("seek", "fr"): ("Nous cherchons donc des retours d'expérience sur {}.",),
    ("offer", "fr"): ("Nous présentons volontiers {}.",),
    ("seek", "nl"): ("Daarom zoeken wij contact met mensen die bezig zijn met {}.",),
    ("offer", "nl"): ("Wij delen graag {}.",),
    ("seek", "de"): ("Gesucht sind deshalb Erfahrungen zum Thema: {}.",),
    ("offer", "de"): ("Gerne stellen wir vor: {}.",),
}
WORDY_MORE: dict[tuple[str, str], str] = {
    ("seek", "en"): "We would also like to hear about {}.",
    ("offer", "en"): "We can also offer {}.",
    ("seek", "fr"): "Nous cherchons aussi des échanges sur {}.",
    ("offer", "fr"): "Nous pouvons aussi présenter {}.",
    ("seek", "nl"): "Daarnaast interesse in {}.",
    ("offer", "nl"): "Daarnaast bieden wij {}.",
    ("seek", "de"): "Außerdem interessiert uns: {}.",
    ("offer", "de"): "Außerdem: {}.",
}
WORDY_CLOSE: dict[tuple[str, str], tuple[str, ...]] = {
    ("seek", "en"): (
        "Any contact, even informal, would be very welcome.",
        "Ideally from a city of a similar size, but anything that has been evaluated is welcome.",
        "Happy to meet anyone who has tried this, including things that did not work.",
    ),
    ("offer", "en"): (
        "Happy to host study visits.",
        "Reports and slides available on request.",
        "I can also put you in touch with our partners.",
    ),
    ("seek", "fr"): ("Tout contact, même informel, est le bienvenu.",),
    ("offer", "fr"): ("Nous accueillons volontiers des visites d'étude.",),
    ("seek", "nl"): ("Ook informeel contact is van harte welkom.",),
    ("offer", "nl"): ("Werkbezoeken zijn altijd mogelijk.",),
    ("seek", "de"): ("Wir freuen uns über jeden Kontakt.",),
    ("offer", "de"): ("Fachbesuche sind jederzeit möglich.",),
}
# Filler some people add: it names no concept, so it makes nobody relevant.
FILLER: dict[tuple[str, str], tuple[str, ...]] = {
    ("seek", "en"): (
        "Also open to partners for EU-funded projects.",
        "Open to any good practice, really.",
        "(Ideally cities of 100-300k inhabitants.)",
    ),
    ("offer", "en"): (
        "Happy to host study visits.",
        "Slides and reports on request.",
        "Materials in English and in our own language.",
    ),
    ("seek", "fr"): ("Ouverts aussi à des partenariats pour des projets européens.",),
    ("offer", "fr"): ("Visites d'étude possibles.",),
    ("seek", "nl"): ("Ook open voor Europese projectpartners.",),
    ("offer", "nl"): ("Werkbezoeken welkom.",),
    ("seek", "de"): ("Auch offen für Partner in EU-Projekten.",),
    ("offer", "de"): ("Hospitationen sind möglich.",),
}
AND: dict[str, str] = {"en": " and ", "fr": " et ", "nl": " en ", "de": " und "}
ARTICLES: dict[str, tuple[str, ...]] = {
    "en": ("the ", "a ", "an "),
    "fr": ("les ", "la ", "le ", "l'", "des ", "un ", "une "),
    "nl": ("het ", "de ", "een "),
    "de": ("der ", "die ", "das "),
}
# Bios that would not describe someone serving in this kind of organisation.
BIO_UNLIKE: dict[str, tuple[str, ...]] = {
    "police": ("police", "Polizei", "social worker", "street work", "travailleur", "straathoek"),
    "justice": ("prosecutor", "parket", "social worker", "street work", "straathoek"),
}
# Text styles and how often people use them.
STYLES: tuple[tuple[str, float], ...] = (
    ("lead", 0.22),
    ("comma", 0.15),
    ("lines", 0.14),
    ("semicolons", 0.09),
    ("sentences", 0.20),
    ("terse", 0.08),
    ("wordy", 0.12),
)


# Broad "celebrity" generalists: (country, city, organisation, type, role, language).
GENERALISTS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("GB", "London", "Independent", "other", "Former Chief Constable and author", "en"),
    (
        "FR",
        "Paris",
        "Institut européen de la ville sûre",
        "other",
        "Président d'honneur/Présidente d'honneur",
        "fr",
    ),
    (
        "BE",
        "Brussels",
        "Safe Cities Europe Network",
        "international_organisation",
        "Secretary General",
        "en",
    ),
    ("NL", "Amsterdam", "Independent", "other", "Former Mayor", "en"),
    ("DE", "Berlin", "Urban Futures Institute", "research", "Director", "en"),
    (
        "ES",
        "Madrid",
        "Global Urban Safety Alliance",
        "international_organisation",
        "Senior Adviser",
        "en",
    ),
    ("IT", "Rome", "Independent", "other", "Keynote speaker", "en"),
    ("SE", "Stockholm", "Nordic Urban Safety Forum", "international_organisation", "Chair", "en"),
    (
        "AT",
        "Vienna",
        "United Cities Security Platform",
        "international_organisation",
        "Strategic Adviser",
        "en",
    ),
    ("IE", "Dublin", "Independent consultant", "other", "Former Assistant Commissioner", "en"),
)
# Which generalists also state one specific need (index -> side); the rest state none.
GENERALIST_SPECIFIC: dict[int, str] = {3: "seek", 4: "seek", 7: "offer", 9: "seek"}
GENERALIST_BIOS = (
    "Has advised governments and cities across Europe for three decades.",
    "Author of a book on the safe city of tomorrow. Regular keynote speaker.",
    "Board member of several foundations. Passionate about people and ideas.",
    "",
)

NGO_WORDS: dict[str, tuple[str, ...]] = {
    "fr": (
        "Le Relais",
        "Passerelles",
        "La Boussole",
        "Horizons",
        "Rue Libre",
        "Le Phare",
        "Trait d'Union",
        "Solidarité Nuit",
        "L'Escale",
        "Parenthèse",
    ),
    "nl": (
        "De Brug",
        "Buurtkracht",
        "Nachtlicht",
        "Kompas",
        "Straatwijs",
        "De Overstap",
        "Vangnet",
        "Open Huis",
    ),
    "de": (
        "Brückenschlag",
        "Nachtlicht",
        "Kompass",
        "Wegweiser",
        "Anker",
        "Lichtblick",
        "Perspektive",
    ),
    "es": ("Puente", "Calle Abierta", "Convive", "Brújula"),
    "it": ("Il Ponte", "Strada Facendo", "La Bussola", "Porte Aperte"),
    "pt": ("Ponte", "Rua Viva", "Novo Rumo", "Farol"),
    "en": (
        "Bridges",
        "Safe Streets",
        "Open Door",
        "Compass",
        "Lighthouse",
        "New Leaf",
        "Second Chance",
    ),
    "sv": ("Trygg Stad", "Bron", "Fyren"),
    "da": ("Broen", "Tryg Nat"),
    "no": ("Trygg Natt", "Fyret"),
    "pl": ("Most", "Latarnia", "Nowa Droga"),
    "el": ("Gefyra", "Faros", "Nea Poreia"),
}
NGO_PATTERNS: dict[tuple[str, str], tuple[str, ...]] = {
    ("BE", "fr"): ("{w} asbl",),
    ("BE", "nl"): ("{w} vzw",),
    ("FR", "fr"): ("Association {w}",),
    ("LU", "fr"): ("{w} asbl",),
    ("CH", "fr"): ("Association {w}",),
    ("CH", "de"): ("Verein {w}",),
    ("AT", "de"): ("Verein {w}",),
    ("DE", "de"): ("{w} e.V.",),
    ("NL", "nl"): ("Stichting {w}",),
    ("ES", "es"): ("Fundación {w}", "Asociación {w}"),
    ("IT", "it"): ("Associazione {w}", "Cooperativa sociale {w}"),
    ("PT", "pt"): ("Associação {w}",),
    ("GB", "en"): ("{w} Trust", "{w} CIC", "The {w} Project"),
    ("IE", "en"): ("{w} CLG",),
    ("SE", "sv"): ("Föreningen {w}", "Stiftelsen {w}"),
    ("DK", "da"): ("Foreningen {w}",),
    ("NO", "no"): ("Stiftelsen {w}",),
    ("PL", "pl"): ("Fundacja {w}", "Stowarzyszenie {w}"),
    ("GR", "el"): ("{w} NGO", "{w} Centre"),
}
# Which role pool a justice body's staff come from, by words in its name.
JUSTICE_ROLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "prosecution",
        (
            "Parquet",
            "Parket",
            "Prosecut",
            "Staatsanwaltschaft",
            "Fiscalía",
            "Procura",
            "Ministère public",
            "Openbaar Ministerie",
        ),
    ),
    (
        "probation",
        (
            "Probation",
            "probation",
            "Reclassering",
            "Justitiehuizen",
            "Maisons de justice",
            "Kriminalvården",
            "Reinserção",
            "Reinserció",
        ),
    ),
    (
        "ministry",
        ("Minist", "SPF", "FOD", "Department of Justice", "Justitsministeriet", "Dipartimento"),
    ),
)
INDEPENDENT_NAMES = ("Independent", "Freelance", "Self-employed", "")
TYPE_SHARES: tuple[tuple[str, float], ...] = (
    ("local_authority", 0.28),
    ("police", 0.13),
    ("ngo", 0.16),
    ("research", 0.12),
    ("national_authority", 0.07),
    ("regional_authority", 0.05),
    ("justice", 0.07),
    ("private_sector", 0.05),
    ("international_organisation", 0.03),
    ("other", 0.04),
)
TYPE_LETTER: dict[str, str] = {name: letter for letter, name in TYPE_CODES.items()}
FIT_LETTERS: dict[str, str] = {"transport": "T", "festival": "E", "design": "D", "other": "Z"}
VOICE: dict[str, str] = {  # which opener fits a long paragraph
    "local_authority": "city",
    "regional_authority": "city",
    "national_authority": "state",
    "police": "state",
    "justice": "state",
}


@dataclass
class Organisation:
    key: str
    type: str
    country: str
    city: City
    names: tuple[str, ...]  # spellings colleagues use for the same organisation
    focus: tuple[str, ...]  # topics its people work on most
    roles: str  # key into ROLES
    weight: float
    lang: str = ""  # the language its staff write, where the place alone does not say
    fit: str = ""  # letter matched against Concept.offered_by and wording tags

    def __post_init__(self) -> None:
        if not self.fit:
            self.fit = FIT_LETTERS.get(self.roles, TYPE_LETTER[self.type])


@dataclass
class Person:
    name: str
    gender: str
    culture: str
    country: Country
    organisation: Organisation
    organisation_name: str
    role: str
    city_name: str
    write_lang: str  # language of the seeking text
    offer_lang: str  # language of the offering text
    languages: list[str]
    seeks: list[str] = field(default_factory=list)  # concept keys
    offers: list[str] = field(default_factory=list)
    generalist: int = -1  # index into GENERALISTS, -1 for everyone else
    planted: bool = False  # placed in a complementary pair


def _pick(rng: random.Random, weighted: Sequence[tuple[str, float]]) -> str:
    return rng.choices([item for item, _ in weighted], [w for _, w in weighted])[0]


def _de_fr(name: str) -> str:
    """French 'de' before a place name, elided before a vowel."""
    return ("d'" if name[:1] in "AEIOUÉÈÊÂÎÔY" else "de ") + name


def _names_from(templates: Sequence[str], city: City) -> tuple[str, ...]:
    loc = city.name_in(city.zone)
    fr, nl = city.name_in("fr"), city.name_in("nl")
    values = {
        "loc": loc,
        "en": city.en,
        "fr": fr,
        "nl": nl,
        "de_loc": _de_fr(loc),
        "de_fr": _de_fr(fr),
    }
    return tuple(template.format(**values) for template in templates)


def _focus(rng: random.Random, letter: str, count: int) -> tuple[str, ...]:
    """Topics an organisation of this kind plausibly works on, drawn by what it can offer."""
    weights: dict[str, float] = dict.fromkeys(TOPICS, 0.0)
    for concept in CATALOGUE:
        fit = 3.0 if letter in concept.offered_by else 0.5
        weights[concept.topic] += fit * POPULARITY_WEIGHT[concept.popularity]
    chosen: list[str] = []
    while len(chosen) < count:
        topic = _pick(rng, [(t, w) for t, w in weights.items() if t not in chosen])
        chosen.append(topic)
    return tuple(chosen)


def _zone_lang(rng: random.Random, city: City) -> str:
    if city.zone == "bi":
        return rng.choice(("fr", "nl"))
    if city.zone == "lu":
        return "fr"
    return city.zone


def _institution_roles(org_type: str, letter: str, names: str, topics: Sequence[str]) -> str:
    if letter == "X" and "transport" in topics:
        return "transport"
    if org_type == "justice":
        for pool, words in JUSTICE_ROLES:
            if any(word in names for word in words):
                return pool
    return org_type


def _build_organisations(rng: random.Random) -> dict[tuple[str, str], list[Organisation]]:
    """Every organisation attendees can come from, by (country, type)."""
    by_key: dict[str, Organisation] = {}

    def add(org: Organisation) -> None:
        if org.key in by_key:
            by_key[org.key].weight += org.weight
        else:
            by_key[org.key] = org

    for country in COUNTRIES:
        for city in country.cities:
            hall = city.hall or _names_from(country.hall[city.zone], city)
            add(
                Organisation(
                    key=f"{country.code}|L|{hall[0]}",
                    type="local_authority",
                    country=country.code,
                    city=city,
                    names=hall,
                    focus=_focus(rng, TYPE_LETTER["local_authority"], 3),
                    roles="local_authority",
                    weight=city.weight,
                )
            )
            police = city.police
            if police is None:
                police = _names_from(country.police.get(city.zone, ()), city)
            if police:
                add(
                    Organisation(
                        key=f"{country.code}|P|{police[0]}",
                        type="police",
                        country=country.code,
                        city=city,
                        names=police,
                        focus=_focus(rng, TYPE_LETTER["police"], 3),
                        roles="municipal_police" if "unicipal" in police[0] else "police",
                        weight=city.weight,
                    )
                )
        cities = {city.en: city for city in country.cities}
        for code, letter, place, names, focus in INSTITUTIONS:
            if code != country.code:
                continue
            city_en, _, lang = place.partition("@")
            org_type = TYPE_CODES[letter]
            topics = tuple(focus.split()) or _focus(rng, letter, 3)
            add(
                Organisation(
                    key=f"{code}|{letter}|{names}",
                    type=org_type,
                    country=code,
                    city=cities[city_en],
                    names=tuple(names.split("|")),
                    focus=topics,
                    roles=_institution_roles(org_type, letter, names, topics),
                    weight=3.0 if code == "BE" else 2.0,
                    lang=lang,
                )
            )
        weighted_cities = [(city, float(city.weight)) for city in country.cities]
        for _ in range(max(2, round(country.weight * 40))):
            city = rng.choices([c for c, _ in weighted_cities], [w for _, w in weighted_cities])[0]
            lang = _zone_lang(rng, city)
            if (country.code, lang) not in NGO_PATTERNS:
                lang = next(key[1] for key in NGO_PATTERNS if key[0] == country.code)
            word = rng.choice(NGO_WORDS[lang])
            pattern = rng.choice(NGO_PATTERNS[(country.code, lang)])
            add(
                Organisation(
                    key=f"{country.code}|O|{city.en}|{word}",
                    type="ngo",
                    country=country.code,
                    city=city,
                    names=(pattern.format(w=word), word),
                    focus=_focus(rng, TYPE_LETTER["ngo"], 2),
                    roles="ngo",
                    weight=1.5,
                    lang=lang if city.zone == "bi" else "",
                )
            )
        for _ in range(max(1, round(country.weight * 20))):
            city = rng.choices([c for c, _ in weighted_cities], [w for _, w in weighted_cities])[0]
            brand = f"{rng.choice(COMPANY_WORDS)} {rng.choice(COMPANY_KINDS)}"
            add(
                Organisation(
                    key=f"{country.code}|B|{brand}",
                    type="private_sector",
                    country=country.code,
                    city=city,
                    names=(brand, f"{brand} {country.company_suffix}"),
                    focus=_focus(rng, TYPE_LETTER["private_sector"], 2),
                    roles="private_sector",
                    weight=1.5,
                )
            )
        for _ in range(max(1, round(country.weight * 15))):
            city = rng.choices([c for c, _ in weighted_cities], [w for _, w in weighted_cities])[0]
            pattern, roles, focus = rng.choice(OTHER_KINDS)
            if pattern.startswith("Atelier") and city.zone not in ("fr", "bi", "lu"):
                pattern, roles, focus = OTHER_KINDS[2]
            name = pattern.format(city=city.name_in(city.zone), word=rng.choice(COMPANY_WORDS))
            add(
                Organisation(
                    key=f"{country.code}|X|{name}",
                    type="other",
                    country=country.code,
                    city=city,
                    names=(name,),
                    focus=tuple(focus.split()),
                    roles=roles,
                    weight=1.0,
                )
            )
    grouped: dict[tuple[str, str], list[Organisation]] = {}
    for org in by_key.values():
        grouped.setdefault((org.country, org.type), []).append(org)
    return grouped


def _full_name(rng: random.Random, culture: str, gender: str) -> str:
    female, male, surnames = NAMES[culture]
    given = rng.choice(female if gender == "f" else male)
    family = rng.choice(surnames)
    if gender == "f":
        family = _feminine_surname(family, culture)
    if culture == "es" and rng.random() < 0.7:
        family = f"{family} {rng.choice([s for s in surnames if s != family])}"
    if culture == "pt" and rng.random() < 0.5:
        family = f"{rng.choice([s for s in surnames if s != family])} {family}"
    return f"{given} {family}"


def _writing_language(rng: random.Random, country: Country, city: City, culture: str) -> str:
    """The local language this person would write in, were they to write natively."""
    if city.zone == "bi":
        if culture == "nl_be":
            return "nl"
        if culture == "tr":
            return rng.choice(("fr", "nl"))
        return "fr" if culture != "ma" or rng.random() < 0.8 else "nl"
    if city.zone == "lu":
        return "de" if culture == "lb" and rng.random() < 0.4 else "fr"
    return city.zone if city.zone in ("fr", "nl", "de") else "en"


def _spoken(
    rng: random.Random, country: Country, city: City, native: str, culture: str
) -> list[str]:
    zone_languages = country.languages[city.zone]
    spoken: list[str] = []
    first = native if native in ("fr", "nl", "de") else zone_languages[0]
    if culture == "pt" and country.code == "LU":
        spoken.append("pt")
    if culture == "lb":
        spoken.append("lb")
    spoken.append(first)
    for lang in zone_languages:
        if lang not in spoken and rng.random() < (0.85 if lang == "en" else 0.35):
            spoken.append(lang)
    if culture == "ma" and rng.random() < 0.4:
        spoken.append("ar")
    if culture == "tr" and rng.random() < 0.6:
        spoken.append("tr")
    return spoken


def _draw_concepts(
    rng: random.Random,
    count: int,
    side: str,
    org: Organisation,
    exclude: Sequence[str],
) -> list[str]:
    letter = org.fit
    chosen: list[str] = []
    while len(chosen) < count:
        free = [c for c in CATALOGUE if c.key not in chosen and c.key not in exclude]
        focused = [
            c for c in free if c.topic in org.focus and (side == "seek" or letter in c.offered_by)
        ]
        stay = 0.7 if side == "offer" else 0.45
        pool = focused if focused and rng.random() < stay else free
        weights = []
        for concept in pool:
            weight = POPULARITY_WEIGHT[concept.popularity]
            if side == "offer":
                weight *= 3.0 if letter in concept.offered_by else 0.1
            weights.append(weight)
        chosen.append(rng.choices(pool, weights)[0].key)
    return chosen


def _need_count(rng: random.Random) -> int:
    return rng.choices((1, 2, 3), (0.4, 0.4, 0.2))[0]


def _make_person(
    rng: random.Random,
    organisations: dict[tuple[str, str], list[Organisation]],
    used_names: set[str],
) -> Person:
    country = rng.choices(COUNTRIES, [c.weight for c in COUNTRIES])[0]
    org_type = _pick(rng, TYPE_SHARES)
    if org_type == "other" and rng.random() < 0.4:
        city = rng.choices(country.cities, [c.weight for c in country.cities])[0]
        label = rng.choice(INDEPENDENT_NAMES)
        org = Organisation(
            key=f"independent|{len(used_names)}",
            type="other",
            country=country.code,
            city=city,
            names=(label,),
            focus=_focus(rng, "Z", 2),
            roles="other",
            weight=0.0,
        )
    else:
        candidates: list[Organisation] = []
        for wanted in (org_type, "ngo", "local_authority"):
            candidates = organisations.get((country.code, wanted), [])
            if candidates:
                break
        org = rng.choices(candidates, [o.weight for o in candidates])[0]
    city = org.city
    zone = org.lang or city.zone
    culture = _pick(
        rng,
        country.cultures[zone if zone in country.cultures else next(iter(country.cultures))],
    )
    gender = rng.choice(("f", "m"))
    name = _full_name(rng, culture, gender)
    for _ in range(5):
        if name not in used_names:
            break
        name = _full_name(rng, culture, gender)
    used_names.add(name)
    native = org.lang or _writing_language(rng, country, city, culture)
    share = country.native_share * (
        0.5 if org.type in ("research", "international_organisation") else 1.0
    )
    writes_native = native != "en" and rng.random() < share
    seek_lang = offer_lang = native if writes_native else "en"
    if writes_native and rng.random() < 0.15:
        if rng.random() < 0.5:
            seek_lang = "en"
        else:
            offer_lang = "en"
    spoken = _spoken(rng, country, city, native, culture)
    for lang in (seek_lang, offer_lang):
        if lang not in spoken:
            spoken.append(lang)
    role_lang = seek_lang if writes_native and rng.random() < 0.6 else "en"
    pool = ROLES[org.roles]
    forms = rng.choice(pool.get(role_lang, pool["en"])).split("/")
    role = forms[-1] if gender == "f" else forms[0]
    names = org.names
    org_name = names[0] if len(names) == 1 or rng.random() < 0.55 else rng.choice(names[1:])
    if writes_native:
        city_name = city.name_in(native)
    elif rng.random() < 0.6:
        city_name = city.name_in(native if city.zone == "bi" else city.zone)
    else:
        city_name = city.en
    person = Person(
        name=name,
        gender=gender,
        culture=culture,
        country=country,
        organisation=org,
        organisation_name=org_name,
        role=role,
        city_name=city_name,
        write_lang=seek_lang,
        offer_lang=offer_lang,
        languages=spoken,
    )
    person.offers = _draw_concepts(rng, _need_count(rng), "offer", org, ())
    person.seeks = _draw_concepts(rng, _need_count(rng), "seek", org, person.offers)
    return person


def _make_generalist(rng: random.Random, index: int) -> Person:
    code, city_en, org_name, org_type, role, lang = GENERALISTS[index]
    country = COUNTRY_BY_CODE[code]
    city = next(c for c in country.cities if c.en == city_en)
    org = Organisation(
        key=f"generalist|{index}",
        type=org_type,
        country=code,
        city=city,
        names=(org_name,),
        focus=(),
        roles=org_type,
        weight=0.0,
    )
    gender = rng.choice(("f", "m"))
    culture = _pick(rng, next(iter(country.cultures.values())))
    person = Person(
        name=_full_name(rng, culture, gender),
        gender=gender,
        culture=culture,
        country=country,
        organisation=org,
        organisation_name=org_name,
        role=role.split("/")[-1] if gender == "f" else role.split("/")[0],
        city_name=city.en if lang == "en" else city.name_in(lang),
        write_lang=lang,
        offer_lang=lang,
        languages=_spoken(rng, country, city, lang, culture),
        generalist=index,
    )
    if lang not in person.languages:
        person.languages.append(lang)
    side = GENERALIST_SPECIFIC.get(index)
    if side == "seek":
        person.seeks = [rng.choice(CATALOGUE).key]
    elif side == "offer":
        person.offers = [rng.choice(CATALOGUE).key]
    return person


def _plant_pairs(rng: random.Random, people: list[Person]) -> int:
    """Place attendees in complementary pairs: A offers what B seeks and B what A seeks."""
    target = round(len(people) * PLANTED_PAIR_SHARE / 2)
    pool = [p for p in people if p.generalist < 0 and p.seeks and p.offers]
    rng.shuffle(pool)
    planted = 0
    for a in pool:
        if planted >= target:
            break
        if a.planted:
            continue
        for b in pool:
            if b is a or b.planted or b.organisation.key == a.organisation.key:
                continue
            if b.country.code == a.country.code and rng.random() < 0.6:
                continue  # complementary partners are more often found abroad
            gives = [c for c in a.offers if c not in b.offers and c not in b.seeks]
            gets = [c for c in b.offers if c not in a.offers and c not in a.seeks]
            if not gives or not gets:
                continue
            give, get = rng.choice(gives), rng.choice(gets)
            if give == get:
                continue
            for person, concept in ((b, give), (a, get)):
                if len(person.seeks) >= 3:
                    person.seeks[rng.randrange(len(person.seeks))] = concept
                else:
                    person.seeks.insert(rng.randrange(len(person.seeks) + 1), concept)
                person.planted = True
            planted += 1
            break
    return planted


def _bare(text: str, lang: str) -> str:
    for article in ARTICLES[lang]:
        if text.startswith(article):
            return text[len(article) :]
    return text


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _join(items: Sequence[str], lang: str) -> str:
    if len(items) == 1:
        return items[0]
    if any(AND[lang] in item or "," in item for item in items):  # keep the items apart
        return "; ".join(items)
    return ", ".join(items[:-1]) + AND[lang] + items[-1]


def _ends_with_item(template: str) -> bool:
    return template.endswith("{}.")


def _awkward_mid_sentence(phrase: str) -> bool:
    """Phrases that read badly with words after them ('how to ...', 'x: y')."""
    return ":" in phrase or phrase.startswith(("how ", "whether ", "what ", "where "))


def _compose(
    rng: random.Random,
    side: str,
    lang: str,
    phrases: list[str],
    story: str,
    voice: str,
    gender: str,
) -> str:
    """One attendee's seeking or offering text, in one of the styles real people use."""
    style = _pick(rng, STYLES)
    if lang == "de":  # German lists and colon frames drop the article
        phrases = [_bare(p, lang) for p in phrases]
    bare = [_bare(p, lang) for p in phrases]
    key = (side, lang)
    if style == "lead":
        sep = " ; " if lang == "fr" else rng.choice(("; ", ", "))
        text = rng.choice(LEAD_INS[key]) + sep.join(bare)
        text += "." if rng.random() < 0.3 else ""
    elif style == "comma":
        text = _join(bare, lang)
        text = _cap(text) if rng.random() < 0.5 else text
    elif style == "lines":
        bullet = rng.choice(("- ", "• ", "* ", ""))
        text = "\n".join(bullet + _cap(item) for item in bare)
    elif style == "semicolons":
        text = (" ; " if lang == "fr" else "; ").join(bare)
        text = _cap(text) if rng.random() < 0.6 else text
    elif style == "terse":
        text = rng.choice((" / ", ", ", " - ", " + ")).join(bare)
    elif style == "sentences":
        templates = SENTENCE_FIRST[key]
        if _awkward_mid_sentence(phrases[0]):
            templates = tuple(t for t in templates if _ends_with_item(t)) or templates
        first = rng.choice(templates).replace(
            "{gender_interested}", "Intéressée" if gender == "f" else "Intéressé"
        )
        parts = [first.format(phrases[0])]
        more = rng.sample(SENTENCE_MORE[key], len(SENTENCE_MORE[key]))
        parts += [more[i % len(more)].format(p) for i, p in enumerate(phrases[1:])]
        text = " ".join(_cap(part) for part in parts)
    else:  # wordy: a paragraph about the first need, the others in passing
        parts = []
        if rng.random() < 0.6 or not (lang == "en" and story):
            parts.append(rng.choice(WORDY_OPEN[(side, lang, voice)]))
        if lang == "en" and story and (rng.random() < 0.85 or not parts):
            parts.append(story)
        parts.append(rng.choice(WORDY_MIDDLE[key]).format(phrases[0]))
        if phrases[1:]:
            parts.append(WORDY_MORE[key].format(_join(phrases[1:], lang)))
        if rng.random() < 0.6:
            parts.append(rng.choice(WORDY_CLOSE[key]))
        text = " ".join(parts)
    if style != "wordy" and rng.random() < (0.09 if side == "seek" else 0.07):
        filler = rng.choice(FILLER[key])
        if "\n" in text:
            text += "\n" + filler
        else:
            text += ("" if text.endswith((".", ")")) else ".") + " " + filler
    return text


POSSESSIVE = re.compile(r"^(our|notre|nos|ons|onze|unser|unsere)\b")


def _fits(concept: Concept, text: str, letter: str, country: str) -> bool:
    letters, _, countries = concept.fits.get(text, "").partition("@")
    return (not letters or letter in letters) and (not countries or country in countries)


def _wordings(
    rng: random.Random, side: str, lang: str, keys: Sequence[str], letter: str, country: str
) -> list[str]:
    result = []
    for key in keys:
        concept = CONCEPTS[key]
        pool = (concept.seek if side == "seek" else concept.offer)[lang]
        fitting = [w for w in pool if _fits(concept, w, letter, country)]
        if side == "offer" and letter not in concept.offered_by:
            # someone offering outside their usual line does not say "our unit"
            fitting = [w for w in fitting if not POSSESSIVE.match(w)] or fitting
        result.append(rng.choice(fitting or pool))
    return result


def _story(side: str, key: str, letter: str, country: str) -> str:
    concept = CONCEPTS[key]
    story = concept.seek_story if side == "seek" else concept.offer_story
    if side == "offer" and letter not in concept.offered_by:
        return ""
    return story if _fits(concept, story, letter, country) else ""


def _text(rng: random.Random, person: Person, side: str) -> str:
    keys = person.seeks if side == "seek" else person.offers
    lang = person.write_lang if side == "seek" else person.offer_lang
    voice = VOICE.get(person.organisation.type, "civil")
    code = person.country.code
    if person.generalist >= 0:
        vague_pool = (VAGUE_SEEKS if side == "seek" else VAGUE_OFFERS)[lang]
        vague = rng.sample(vague_pool, rng.choice((1, 2)))
        text = _cap(_join(vague, lang)) + "."
        if keys:
            phrase = _wordings(rng, side, "en", keys, person.organisation.fit, code)[0]
            lead = "Personally keen to learn about " if side == "seek" else "Concretely: "
            text += f" {lead}{phrase}."
        return text
    if not keys:
        return ""
    letter, code = person.organisation.fit, person.country.code
    phrases = _wordings(rng, side, lang, keys, letter, code)
    story = _story(side, keys[0], letter, code)
    return _compose(rng, side, lang, phrases, story, voice, person.gender)


def _topics(rng: random.Random, person: Person) -> list[str]:
    """Ticked topics: mostly the needs' own, plus neighbours; sometimes only neighbours."""
    order = list(TOPICS)
    if person.generalist >= 0:
        return sorted(rng.sample(order, rng.randint(8, 14)), key=order.index)
    real: list[str] = []
    for key in person.seeks + person.offers:
        topic = CONCEPTS[key].topic
        if topic not in real:
            real.append(topic)
    near = [t for topic in real for t in NEIGHBOURS[topic] if t not in real]
    roll = rng.random()
    if roll < 0.05:
        return []
    if roll < 0.15 and near:
        ticked = set(rng.sample(near, min(len(near), rng.randint(1, 3))))
    else:
        ticked = {t for t in real if rng.random() < 0.8} or {rng.choice(real)}
        for _ in range(rng.choices((0, 1, 2, 3), (0.3, 0.35, 0.2, 0.15))[0]):
            if near and rng.random() < 0.7:
                ticked.add(rng.choice(near))
            else:
                ticked.add(rng.choice(order))
    return sorted(ticked, key=order.index)


def _bio(rng: random.Random, person: Person, topics: Sequence[str]) -> str:
    if person.generalist >= 0:
        return GENERALIST_BIOS[person.generalist % len(GENERALIST_BIOS)]
    if rng.random() < 0.25:
        return ""
    lang = person.offer_lang if person.offer_lang in BIOS else "en"
    index = {"en": 0, "fr": 1, "nl": 2, "de": 3}[lang]
    slug = rng.choice(list(topics)) if topics and rng.random() < 0.5 else rng.choice(list(TOPICS))
    label = TOPICS[slug][index]
    label = label[:1].lower() + label[1:] if lang == "en" else label
    unlike = BIO_UNLIKE.get(person.organisation.type, ())
    bios = tuple(b for b in BIOS[lang] if not any(word in b for word in unlike)) or BIOS[lang]
    forms = rng.choice(bios).split(" // ")
    return (forms[-1] if person.gender == "f" else forms[0]).format(
        topic=label, years=rng.randint(3, 25), year=rng.randint(2008, 2023)
    )


def _relevance(people: Sequence[Person], ids: Sequence[int]) -> dict[int, dict[int, int]]:
    """The ground truth: concept overlap in either direction, colleagues excluded."""
    relevance: dict[int, dict[int, int]] = {}
    seeks = [set(p.seeks) for p in people]
    offers = [set(p.offers) for p in people]
    for v, viewer in enumerate(people):
        graded: dict[int, int] = {}
        for u, other in enumerate(people):
            if u == v or other.organisation.key == viewer.organisation.key:
                continue
            gives = bool(offers[u] & seeks[v])
            takes = bool(seeks[u] & offers[v])
            if gives and takes:
                graded[ids[u]] = MUTUAL
            elif gives or takes:
                graded[ids[u]] = ONE_WAY
        if graded:
            relevance[ids[v]] = graded
    return relevance


def generate(seed: int) -> list[QualitySet]:
    """One 800-attendee event with several needs per person, deterministic for a seed."""
    rng = random.Random(seed)
    organisations = _build_organisations(rng)
    used_names: set[str] = set()
    people = [
        _make_person(rng, organisations, used_names) for _ in range(EVENT_SIZE - len(GENERALISTS))
    ]
    for person in people:
        roll = rng.random()
        if roll < BLANK_SEEK_SHARE:
            person.seeks = []  # leaves seeking blank
        elif roll < BLANK_SEEK_SHARE + BLANK_OFFER_SHARE:
            person.offers = []  # leaves offering blank
    _plant_pairs(rng, people)
    people += [_make_generalist(rng, index) for index in range(len(GENERALISTS))]
    rng.shuffle(people)
    ids = list(range(1, len(people) + 1))
    profiles: list[AttendeeProfile] = []
    for attendee_id, person in zip(ids, people, strict=True):
        topics = _topics(rng, person)
        profiles.append(
            profile(
                attendee_id,
                name=person.name,
                role=person.role,
                organisation=person.organisation_name,
                organisation_type=person.organisation.type,
                city=person.city_name,
                country=person.country.code,
                languages=person.languages,
                topics=topics,
                seeking=_text(rng, person, "seek"),
                offering=_text(rng, person, "offer"),
                bio=_bio(rng, person, topics),
            )
        )
    return [
        QualitySet(
            name="multilingual_needs",
            style=(
                "outside field author: 1-3 needs per side in messy real styles, in English, "
                "French, Dutch or German; loose topic tags, colleagues with variant "
                "organisation names, vague generalists"
            ),
            topics={slug: labels[0] for slug, labels in TOPICS.items()},
            profiles=profiles,
            relevance=_relevance(people, ids),
        )
    ]
