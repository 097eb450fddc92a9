"""Seeking/offering phrases in French, Dutch and German for part of the attendees.

Not every topic has a phrase in every language; the generator falls back to English.
"""

from __future__ import annotations

# language -> topic -> (sought, offered)
LOCAL_PAIRS: dict[str, dict[str, tuple[str, str]]] = {
    "fr": {
        "crisis-management": (
            "des retours d'expérience sur les exercices de crise avec les écoles et les hôpitaux",
            "notre kit de scénarios pour des exercices de crise multi-partenaires",
        ),
        "radicalisation": (
            "des villes qui accompagnent les jeunes de retour de zones de conflit",
            "un protocole de sortie des réseaux radicalisés testé avec les familles",
        ),
        "discriminatory-violence": (
            "des moyens d'encourager les victimes de violences racistes à porter plainte",
            "un outil de signalement des actes haineux géré avec les associations",
        ),
        "violence-against-women": (
            "des partenaires pour un projet européen sur les données des féminicides",
            "une méthode d'observatoire local des violences faites aux femmes",
        ),
        "victim-support": (
            "des modèles de guichet unique pour les victimes dans une ville moyenne",
            "l'expérience de notre maison des victimes réunissant police, avocats et psychologues",
        ),
        "public-spaces": (
            "des exemples de réaménagement de places de gare pour réduire le sentiment "
            "d'insécurité",
            "une évaluation avant/après du réaménagement d'un parvis de gare",
        ),
        "nightlife": (
            "des villes ayant évalué un maire de nuit ou une médiation nocturne",
            "notre dispositif de médiateurs de nuit et son évaluation après deux saisons",
        ),
        "polarisation": (
            "des méthodes pour apaiser un quartier après un fait violent",
            "une démarche de dialogue de quartier animée par des médiateurs formés",
        ),
        "technology": (
            "des outils libres pour analyser les données locales de sécurité",
            "un tableau de bord open source sur la délinquance et les incivilités",
        ),
        "surveillance-ethics": (
            "des villes ayant évalué l'efficacité réelle de leur vidéoprotection",
            "une charte éthique de la vidéoprotection validée par notre délégué à la protection "
            "des données",
        ),
        "climate-security": (
            "des retours sur la gestion des canicules comme enjeu de sécurité publique",
            "notre plan canicule avec repérage des personnes âgées isolées",
        ),
        "drugs": (
            "des villes ayant ouvert ou évalué une salle de consommation à moindre risque",
            "l'expérience d'une salle de consommation supervisée ouverte depuis 2018",
        ),
        "youth": (
            "des programmes qui éloignent les adolescents des rixes",
            "un programme de mentorat pour les 12–17 ans exposés aux bandes",
        ),
        "cybercrime": (
            "des campagnes de prévention des arnaques en ligne pour les seniors",
            "une campagne de sensibilisation aux escroqueries téléphoniques pour les aînés",
        ),
        "human-trafficking": (
            "des coopérations entre villes et associations contre l'exploitation sexuelle",
            "un mécanisme d'orientation des victimes d'exploitation entre la ville et les ONG",
        ),
        "community-policing": (
            "des exemples de police de proximité dans des quartiers méfiants envers la police",
            "une démarche de police de quartier construite avec les habitants",
        ),
        "organised-crime": (
            "des approches administratives contre la criminalité organisée pour les maires",
            "une boîte à outils d'approche administrative (permis, contrôles, fermetures)",
        ),
        "domestic-violence": (
            "des programmes de prise en charge des auteurs de violences conjugales",
            "des logements d'urgence pour les victimes de violences conjugales et leurs enfants",
        ),
        "social-cohesion": (
            "des projets qui font se rencontrer des habitants d'horizons différents",
            "une méthode pour créer des comités de quartier et les faire vivre",
        ),
        "restorative-justice": (
            "des exemples de justice restaurative pour les mineurs",
            "la médiation auteur-victime pour mineurs menée avec le tribunal de la jeunesse",
        ),
        "migration-inclusion": (
            "des approches pour protéger les mineurs non accompagnés de l'exploitation",
            "un dispositif d'accueil et de parrainage des mineurs non accompagnés",
        ),
        "local-safety-governance": (
            "des diagnostics locaux de sécurité pour préparer notre nouveau plan de prévention",
            "une méthode de diagnostic local de sécurité (données, entretiens, marches)",
        ),
    },
    "nl": {
        "nightlife": (
            "steden die een nachtburgemeester of nachtmediatie hebben geëvalueerd",
            "ons model van nachtburgemeester (mandaat, budget, evaluatie)",
        ),
        "drugs": (
            "ervaringen met open drugsscènes rond stations",
            "een gezamenlijk plan van politie en straathoekwerk tegen de drugsscène aan het "
            "station",
        ),
        "organised-crime": (
            "voorbeelden van de bestuurlijke aanpak van ondermijning",
            "een toolkit bestuurlijke aanpak (vergunningen, controles, sluitingen)",
        ),
        "youth": (
            "projecten die jongeren weghouden uit straatgeweld",
            "een mentorprogramma voor jongeren van 12 tot 17 jaar met risico op bendevorming",
        ),
        "community-policing": (
            "manieren om het vertrouwen tussen politie en bewoners te meten",
            "een vertrouwensmeting die we jaarlijks in alle wijken afnemen",
        ),
        "domestic-violence": (
            "programma's voor plegers van huiselijk geweld",
            "een plegersprogramma samen met de reclassering, drie jaar geëvalueerd",
        ),
        "radicalisation": (
            "ervaringen met casusoverleg over radicalisering",
            "ons model van lokale integrale veiligheidscel voor radicaliseringscasussen",
        ),
        "public-spaces": (
            "participatieve methoden om bewoners bij de inrichting van pleinen te betrekken",
            "een toolkit voor participatief ontwerp van pleinen, getest met tieners",
        ),
        "victim-support": (
            "modellen van een centrum voor slachtoffers in een middelgrote stad",
            "ons Family Justice Center waar politie, justitie en hulpverlening samenwerken",
        ),
        "polarisation": (
            "methoden om spanningen in een wijk na een incident te verminderen",
            "een dialoogaanpak voor wijkspanningen, begeleid door getrainde bemiddelaars",
        ),
        "local-safety-governance": (
            "indicatoren om een lokaal preventiebeleid te evalueren",
            "een set indicatoren en een jaarrapport voor lokaal veiligheidsbeleid",
        ),
    },
    "de": {
        "radicalisation": (
            "Ansätze für die Arbeit mit Rückkehrern und ihren Familien",
            "ein erprobtes Ausstiegsprogramm aus extremistischen Szenen",
        ),
        "domestic-violence": (
            "Erfahrungen mit Täterarbeit bei häuslicher Gewalt",
            "ein Täterprogramm in Zusammenarbeit mit der Bewährungshilfe",
        ),
        "public-spaces": (
            "Beispiele für die Umgestaltung von Bahnhofsvorplätzen",
            "eine Vorher-Nachher-Evaluation der Umgestaltung unseres Bahnhofsplatzes",
        ),
        "nightlife": (
            "Städte mit Erfahrungen mit Nachtbürgermeistern oder Nachtmediation",
            "unser Modell der Nachtlotsen mit Auswertung der ersten Saison",
        ),
        "drugs": (
            "Erfahrungen mit Drogenkonsumräumen und deren Evaluation",
            "Erfahrungen aus dem Betrieb eines Drogenkonsumraums seit 2018",
        ),
        "surveillance-ethics": (
            "Leitlinien für einen rechtskonformen Einsatz von Videoüberwachung",
            "eine Ethik-Charta für Videoüberwachung im öffentlichen Raum",
        ),
        "climate-security": (
            "Erfahrungen mit Evakuierungen bei Hochwasser",
            "Lehren aus dem Hochwasser 2021 zur Evakuierung und Koordination Freiwilliger",
        ),
        "crisis-management": (
            "Städte, die gemeinsame Krisenübungen mit Kliniken und Schulen durchführen",
            "unser Szenario-Set für behördenübergreifende Krisenübungen",
        ),
        "community-policing": (
            "Deeskalationstrainings für Polizeikräfte",
            "ein Training zu Deeskalation und Kommunikation für den Streifendienst",
        ),
        "discriminatory-violence": (
            "Wege, Betroffene von Hasskriminalität zur Anzeige zu ermutigen",
            "eine Online-Meldestelle für Hassvorfälle mit Community-Organisationen",
        ),
        "local-safety-governance": (
            "Beispiele kommunaler Sicherheitsanalysen für ein neues Präventionskonzept",
            "eine Methode für kommunale Sicherheitsanalysen (Daten, Interviews, Begehungen)",
        ),
    },
}

LOCAL_SEEK_OPENERS: dict[str, tuple[str, ...]] = {
    "fr": ("Nous recherchons", "Je recherche", "Nous cherchons"),
    "nl": ("Wij zoeken", "Ik zoek", "Op zoek naar"),
    "de": ("Wir suchen", "Ich suche", "Gesucht:"),
}
LOCAL_OFFER_OPENERS: dict[str, tuple[str, ...]] = {
    "fr": ("Nous proposons", "Nous pouvons partager", "Je peux présenter"),
    "nl": ("Wij bieden", "Wij delen graag", "Aanbod:"),
    "de": ("Wir bieten", "Wir teilen gern", "Angebot:"),
}
LOCAL_SEEK_CONTEXTS: dict[str, tuple[str, ...]] = {
    "fr": (
        "",
        " pour notre nouveau plan local de sécurité",
        " en vue d'un projet européen",
        " à adapter à {city}",
        " avant le conseil municipal de {month}",
    ),
    "nl": (
        "",
        " voor ons nieuwe veiligheidsplan",
        " voor een Europees project",
        " om in {city} toe te passen",
    ),
    "de": (
        "",
        " für unser neues Sicherheitskonzept",
        " für ein EU-Projekt",
        " zur Anwendung in {city}",
    ),
}
LOCAL_OFFER_DETAILS: dict[str, tuple[str, ...]] = {
    "fr": (
        "",
        ", en place depuis {year}",
        ", avec une évaluation externe réalisée en {year}",
        " et une visite sur place à {city}",
    ),
    "nl": (
        "",
        ", sinds {year} in gebruik",
        ", met een externe evaluatie uit {year}",
        " en een werkbezoek in {city}",
    ),
    "de": (
        "",
        ", seit {year} im Einsatz",
        ", extern evaluiert {year}",
        " und einen Besuch vor Ort in {city}",
    ),
}


LOCAL_SEEK_LIST_LEADS: dict[str, tuple[str, ...]] = {
    "fr": ("Nous recherchons :", "Ce que je cherche à Bruxelles :"),
    "nl": ("Wij zoeken:", "Waar ik naar zoek:"),
    "de": ("Wir suchen:", "Was ich in Brüssel suche:"),
}
LOCAL_OFFER_LIST_LEADS: dict[str, tuple[str, ...]] = {
    "fr": ("Nous pouvons partager :", "Ce que nous proposons :"),
    "nl": ("Wij delen graag:", "Wat wij kunnen delen:"),
    "de": ("Wir teilen gern:", "Was wir teilen können:"),
}

# What a field's people work on, for bios written in the person's language.
LOCAL_FOCUS: dict[str, dict[str, str]] = {
    "fr": {
        "crisis-management": "les plans d'urgence et les exercices de crise",
        "radicalisation": "la prévention de la radicalisation violente",
        "discriminatory-violence": "les violences racistes, antisémites et LGBTIphobes",
        "violence-against-women": "les violences faites aux femmes",
        "victim-support": "l'accompagnement des victimes",
        "public-spaces": "l'aménagement et la gestion des espaces publics",
        "nightlife": "la vie nocturne et la médiation de nuit",
        "polarisation": "les tensions entre habitants et le dialogue de quartier",
        "technology": "les données et les outils numériques de sécurité locale",
        "climate-security": "les risques climatiques et la sécurité des habitants",
        "drugs": "la réduction des risques et les scènes ouvertes de drogue",
        "youth": "la prévention auprès des jeunes",
        "cybercrime": "la cybercriminalité et les arnaques en ligne",
        "human-trafficking": "la traite des êtres humains",
        "community-policing": "la police de proximité",
        "organised-crime": "l'approche administrative de la criminalité organisée",
        "domestic-violence": "les violences conjugales",
        "surveillance-ethics": "la vidéoprotection et son encadrement",
        "social-cohesion": "la vie de quartier et la cohésion sociale",
        "restorative-justice": "la justice restaurative et la médiation",
        "migration-inclusion": "l'accueil des primo-arrivants",
        "local-safety-governance": "les politiques locales de prévention et de sécurité",
    },
    "nl": {
        "crisis-management": "noodplanning en crisisoefeningen",
        "radicalisation": "de preventie van gewelddadige radicalisering",
        "discriminatory-violence": "racistisch, antisemitisch en anti-LGBTI+ geweld",
        "violence-against-women": "geweld tegen vrouwen",
        "victim-support": "slachtofferhulp",
        "public-spaces": "de inrichting en het beheer van de openbare ruimte",
        "nightlife": "het nachtleven en nachtbemiddeling",
        "polarisation": "polarisatie en dialoog in de wijk",
        "technology": "veiligheidsdata en digitale instrumenten",
        "climate-security": "klimaatrisico's en de veiligheid van bewoners",
        "drugs": "schadebeperking en open drugsscènes",
        "youth": "preventie met jongeren",
        "cybercrime": "cybercriminaliteit en online fraude",
        "human-trafficking": "mensenhandel",
        "community-policing": "wijkpolitie",
        "organised-crime": "de bestuurlijke aanpak van georganiseerde criminaliteit",
        "domestic-violence": "intrafamiliaal geweld",
        "surveillance-ethics": "cameratoezicht en de ethiek van stedelijke technologie",
        "social-cohesion": "samenleven in de wijk",
        "restorative-justice": "herstelrecht en bemiddeling",
        "migration-inclusion": "de opvang en inburgering van nieuwkomers",
        "local-safety-governance": "lokaal veiligheids- en preventiebeleid",
    },
    "de": {
        "crisis-management": "Notfallplanung und Krisenübungen",
        "radicalisation": "die Prävention gewaltbereiter Radikalisierung",
        "discriminatory-violence": "rassistische, antisemitische und queerfeindliche Gewalt",
        "violence-against-women": "Gewalt gegen Frauen",
        "victim-support": "Opferhilfe",
        "public-spaces": "die Gestaltung und Pflege öffentlicher Räume",
        "nightlife": "das Nachtleben und nächtliche Konfliktvermittlung",
        "polarisation": "Polarisierung und Dialog im Quartier",
        "technology": "Sicherheitsdaten und digitale Werkzeuge",
        "climate-security": "Klimarisiken und die Sicherheit der Bevölkerung",
        "drugs": "Schadensminderung und offene Drogenszenen",
        "youth": "Prävention mit Jugendlichen",
        "cybercrime": "Cyberkriminalität und Onlinebetrug",
        "human-trafficking": "Menschenhandel",
        "community-policing": "bürgernahe Polizeiarbeit",
        "organised-crime": "der verwaltungsrechtliche Ansatz gegen organisierte Kriminalität",
        "domestic-violence": "häusliche Gewalt",
        "surveillance-ethics": "Videoüberwachung und ihre rechtlichen Grenzen",
        "social-cohesion": "Nachbarschaft und sozialer Zusammenhalt",
        "restorative-justice": "Täter-Opfer-Ausgleich und Mediation",
        "migration-inclusion": "die Aufnahme und Integration von Neuankömmlingen",
        "local-safety-governance": "kommunale Sicherheits- und Präventionspolitik",
    },
}

# Bios written in the person's language: "{focus}" from LOCAL_FOCUS, "{n}" years.
LOCAL_BIOS: dict[str, tuple[str, ...]] = {
    "fr": (
        "Travaille depuis {n} ans sur {focus}. Auparavant dans le secteur associatif à {city}.",
        "Suit {focus} et représente notre structure dans les réseaux européens.",
        "Travaille sur {focus} depuis {since}. Formation initiale en {background}.",
    ),
    "nl": (
        "Werkt al {n} jaar rond {focus}. Daarvoor actief in het middenveld in {city}.",
        "Volgt {focus} op en vertegenwoordigt onze organisatie in Europese netwerken.",
        "Sinds {since} verantwoordelijk voor {focus}; opgeleid in {background}.",
    ),
    "de": (
        "Seit {n} Jahren in diesem Feld, Schwerpunkt: {focus}. Davor bei einem freien Träger "
        "in {city}.",
        "Schwerpunkt: {focus}. Vertritt unsere Organisation in europäischen Netzwerken.",
        "Seit {since} in dieser Aufgabe, Schwerpunkt: {focus}. Studium: {background}.",
    ),
}
LOCAL_BACKGROUNDS: dict[str, tuple[str, ...]] = {
    "fr": ("travail social", "droit", "urbanisme", "criminologie", "sciences politiques"),
    "nl": ("sociaal werk", "rechten", "stedenbouw", "criminologie", "politieke wetenschappen"),
    "de": ("Sozialarbeit", "Rechtswissenschaft", "Stadtplanung", "Kriminologie", "Politologie"),
}

NON_ENGLISH_OPENERS: tuple[str, ...] = tuple(
    o
    for d in (
        LOCAL_SEEK_OPENERS,
        LOCAL_OFFER_OPENERS,
        LOCAL_SEEK_LIST_LEADS,
        LOCAL_OFFER_LIST_LEADS,
    )
    for v in d.values()
    for o in v
)

# Who can offer each local practice (codes as in texts.offered_by).
LOCAL_OFFERED_BY_CODES: dict[str, dict[str, str]] = {
    "fr": {
        "crisis-management": "LAPGBRI",
        "radicalisation": "NLJGP",
        "discriminatory-violence": "LNPGI",
        "violence-against-women": "LARGN",
        "victim-support": "LAPJNG",
        "public-spaces": "LARB",
        "nightlife": "LN",
        "polarisation": "LNO",
        "technology": "LAPRB",
        "surveillance-ethics": "LAP",
        "climate-security": "LA",
        "drugs": "NL",
        "youth": "NL",
        "cybercrime": "LPNG",
        "human-trafficking": "LN",
        "community-policing": "PL",
        "organised-crime": "LGA",
        "domestic-violence": "NL",
        "social-cohesion": "LNA",
        "restorative-justice": "JN",
        "migration-inclusion": "NL",
        "local-safety-governance": "LARGIBO",
    },
    "nl": {
        "nightlife": "L",
        "drugs": "LPN",
        "organised-crime": "LGA",
        "youth": "NL",
        "community-policing": "P",
        "domestic-violence": "NJ",
        "radicalisation": "LPGA",
        "public-spaces": "LARBNO",
        "victim-support": "LAPJNG",
        "polarisation": "LNO",
        "local-safety-governance": "LAGRIBO",
    },
    "de": {
        "radicalisation": "NLJGP",
        "domestic-violence": "NJ",
        "public-spaces": "LARB",
        "nightlife": "LN",
        "drugs": "NL",
        "surveillance-ethics": "LAP",
        "climate-security": "LAGB",
        "crisis-management": "LAPGBRI",
        "community-policing": "P",
        "discriminatory-violence": "LNPGI",
        "local-safety-governance": "LARGIBO",
    },
}
