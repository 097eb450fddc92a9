"""Names, roles and organisations that are not tied to one city's institutions."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Given names and family names per language of the person's region; a family name may have
# several words ("Van den Berg"), so both are tuples, never split on spaces.
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "fr": (
        (
            "Marie",
            "Camille",
            "Sophie",
            "Julie",
            "Nathalie",
            "Isabelle",
            "Aurélie",
            "Céline",
            "Léa",
            "Hélène",
            "Chloé",
            "Thomas",
            "Nicolas",
            "Julien",
            "Pierre",
            "Antoine",
            "François",
            "Mathieu",
            "Sébastien",
            "Olivier",
            "Karim",
            "Yannick",
        ),
        (
            "Dupont",
            "Lambert",
            "Martin",
            "Bernard",
            "Dubois",
            "Moreau",
            "Laurent",
            "Lefèvre",
            "Leroy",
            "Mercier",
            "Fontaine",
            "Girard",
            "Benali",
            "Rousseau",
            "Chevalier",
            "Gauthier",
            "Petit",
            "Renard",
            "Collin",
            "Mertens",
            "Haddad",
        ),
    ),
    "nl": (
        (
            "Anke",
            "Els",
            "Sofie",
            "Lotte",
            "Inge",
            "Marieke",
            "Fleur",
            "Hanne",
            "Sanne",
            "Nora",
            "Pieter",
            "Jeroen",
            "Bram",
            "Koen",
            "Wouter",
            "Stijn",
            "Jan",
            "Thijs",
            "Ruben",
            "Mehmet",
        ),
        (
            "Peeters",
            "Janssens",
            "Maes",
            "De Smet",
            "Willems",
            "Claes",
            "Van den Berg",
            "De Vries",
            "Bakker",
            "Visser",
            "Jansen",
            "Vermeulen",
            "Mulder",
            "Dekker",
            "Verhoeven",
            "De Backer",
            "Aydın",
        ),
    ),
    "de": (
        (
            "Anna",
            "Katharina",
            "Julia",
            "Sabine",
            "Stefanie",
            "Lena",
            "Miriam",
            "Ulrike",
            "Leonie",
            "Aylin",
            "Michael",
            "Andreas",
            "Stefan",
            "Tobias",
            "Matthias",
            "Jonas",
            "Florian",
            "Markus",
            "Christoph",
            "Jürgen",
        ),
        (
            "Müller",
            "Schmidt",
            "Schneider",
            "Fischer",
            "Weber",
            "Wagner",
            "Becker",
            "Hoffmann",
            "Schäfer",
            "Koch",
            "Richter",
            "Klein",
            "Wolf",
            "Schröder",
            "Neumann",
            "Zimmermann",
            "Krüger",
            "Yılmaz",
        ),
    ),
    "lb": (
        (
            "Anne",
            "Claudine",
            "Martine",
            "Sandy",
            "Carole",
            "Tom",
            "Luc",
            "Marc",
            "Jeff",
            "Paul",
            "Sven",
        ),
        (
            "Schmit",
            "Muller",
            "Weber",
            "Wagner",
            "Hoffmann",
            "Thill",
            "Kieffer",
            "Reuter",
            "Hansen",
            "Kremer",
            "Meyer",
        ),
    ),
    "it": (
        (
            "Giulia",
            "Francesca",
            "Chiara",
            "Sara",
            "Valentina",
            "Elena",
            "Martina",
            "Federica",
            "Silvia",
            "Marco",
            "Luca",
            "Alessandro",
            "Andrea",
            "Matteo",
            "Davide",
            "Lorenzo",
            "Stefano",
            "Giovanni",
            "Paolo",
        ),
        (
            "Rossi",
            "Russo",
            "Ferrari",
            "Esposito",
            "Bianchi",
            "Romano",
            "Colombo",
            "Ricci",
            "Marino",
            "Greco",
            "Bruno",
            "Gallo",
            "Conti",
            "De Luca",
            "Mancini",
            "Costa",
            "Giordano",
            "Lombardi",
        ),
    ),
    "es": (
        (
            "María",
            "Lucía",
            "Carmen",
            "Laura",
            "Marta",
            "Paula",
            "Elena",
            "Ana",
            "Cristina",
            "Nuria",
            "Javier",
            "Carlos",
            "David",
            "Pablo",
            "Sergio",
            "Jorge",
            "Alberto",
            "Daniel",
            "Miguel",
            "Íñigo",
        ),
        (
            "García",
            "Martínez",
            "López",
            "Sánchez",
            "Pérez",
            "Gómez",
            "Fernández",
            "Ruiz",
            "Díaz",
            "Moreno",
            "Álvarez",
            "Romero",
            "Navarro",
            "Torres",
            "Ramírez",
            "Gil",
            "Serrano",
            "Etxeberria",
        ),
    ),
    "ca": (
        (
            "Montserrat",
            "Laia",
            "Núria",
            "Mireia",
            "Marta",
            "Jordi",
            "Oriol",
            "Pau",
            "Xavier",
            "Marc",
            "Joan",
        ),
        (
            "Puig",
            "Vila",
            "Soler",
            "Ferrer",
            "Roca",
            "Serra",
            "Font",
            "Pujol",
            "Casals",
            "Riera",
            "Vidal",
            "Costa",
        ),
    ),
    "pt": (
        (
            "Ana",
            "Maria",
            "Inês",
            "Beatriz",
            "Joana",
            "Catarina",
            "Rita",
            "João",
            "Pedro",
            "Tiago",
            "Rui",
            "Miguel",
            "Nuno",
        ),
        (
            "Silva",
            "Santos",
            "Ferreira",
            "Pereira",
            "Oliveira",
            "Costa",
            "Rodrigues",
            "Martins",
            "Sousa",
            "Gonçalves",
            "Lopes",
        ),
    ),
    "pl": (
        (
            "Anna",
            "Katarzyna",
            "Magdalena",
            "Agnieszka",
            "Joanna",
            "Zofia",
            "Piotr",
            "Tomasz",
            "Paweł",
            "Krzysztof",
            "Michał",
            "Łukasz",
        ),
        (
            "Nowak",
            "Kowalski",
            "Wiśniewski",
            "Wójcik",
            "Kamiński",
            "Lewandowski",
            "Zieliński",
            "Szymański",
            "Woźniak",
            "Dąbrowski",
            "Kozłowski",
        ),
    ),
    "sv": (
        (
            "Anna",
            "Karin",
            "Sara",
            "Emma",
            "Maria",
            "Ingrid",
            "Erik",
            "Lars",
            "Johan",
            "Anders",
            "Oskar",
            "Ahmed",
        ),
        (
            "Andersson",
            "Johansson",
            "Karlsson",
            "Nilsson",
            "Eriksson",
            "Larsson",
            "Olsson",
            "Persson",
            "Lindqvist",
            "Berg",
            "Holm",
        ),
    ),
    "da": (
        (
            "Mette",
            "Anne",
            "Louise",
            "Camilla",
            "Signe",
            "Søren",
            "Jens",
            "Mads",
            "Rasmus",
            "Henrik",
            "Ali",
        ),
        (
            "Nielsen",
            "Jensen",
            "Hansen",
            "Pedersen",
            "Andersen",
            "Christensen",
            "Larsen",
            "Sørensen",
            "Rasmussen",
            "Kristensen",
        ),
    ),
    "no": (
        (
            "Ingrid",
            "Kari",
            "Silje",
            "Ida",
            "Marit",
            "Ole",
            "Lars",
            "Kristian",
            "Håkon",
            "Magnus",
            "Eirik",
        ),
        (
            "Hansen",
            "Johansen",
            "Olsen",
            "Larsen",
            "Andersen",
            "Berg",
            "Haugen",
            "Bakken",
            "Dahl",
            "Solberg",
            "Lie",
        ),
    ),
    "fi": (
        (
            "Anna",
            "Laura",
            "Sanna",
            "Minna",
            "Johanna",
            "Aino",
            "Mikko",
            "Jukka",
            "Antti",
            "Janne",
            "Ville",
            "Timo",
        ),
        (
            "Korhonen",
            "Virtanen",
            "Mäkinen",
            "Nieminen",
            "Mäkelä",
            "Hämäläinen",
            "Laine",
            "Heikkinen",
            "Koskinen",
            "Järvinen",
            "Lehtonen",
        ),
    ),
    "cs": (
        (
            "Jana",
            "Petra",
            "Lucie",
            "Tereza",
            "Markéta",
            "Eva",
            "Jan",
            "Petr",
            "Tomáš",
            "Martin",
            "Jakub",
            "Ondřej",
        ),
        (
            "Novák",
            "Svoboda",
            "Novotný",
            "Dvořák",
            "Černý",
            "Procházka",
            "Kučera",
            "Veselý",
            "Horák",
            "Němec",
            "Marek",
        ),
    ),
    "en": (
        (
            "Sarah",
            "Emma",
            "Claire",
            "Rachel",
            "Hannah",
            "Priya",
            "Fiona",
            "Amira",
            "James",
            "David",
            "Daniel",
            "Thomas",
            "Michael",
            "Owen",
            "Callum",
            "Tariq",
        ),
        (
            "Smith",
            "Jones",
            "Taylor",
            "Brown",
            "Williams",
            "Wilson",
            "Evans",
            "Thompson",
            "Walker",
            "Hughes",
            "Patel",
            "Khan",
            "Campbell",
            "Murphy",
            "Robertson",
            "Davies",
        ),
    ),
}


@dataclass(frozen=True)
class Organisation:
    """A national body, association, institute, company or international organisation, with
    the topics its staff work on; no topics means it works on the whole field (a ministry of
    the interior, Efus)."""

    name: str
    city: str  # spelt as in places.CITIES
    organisation_type: str
    weight: int
    topics: tuple[str, ...] = ()

    def fits(self, topic: str) -> bool:
        """Whether someone working mainly on ``topic`` could work here."""
        return not self.topics or topic in self.topics


def _organisations(org_type: str, spec: str) -> list[Organisation]:
    """Parse ``name | city | weight | topics`` lines; indented lines carry on the topics."""
    out: list[Organisation] = []
    for line in re.sub(r"\n\s+", " ", spec.strip()).splitlines():
        name, city, weight, topics = (p.strip() for p in line.split("|"))
        out.append(Organisation(name, city, org_type, int(weight), tuple(topics.split())))
    return out


FIXED_ORGANISATIONS: tuple[Organisation, ...] = (
    *_organisations(
        "national_authority",
        """
SPF Intérieur – Direction Sécurité locale intégrale | Bruxelles | 3 |
FOD Justitie | Bruxelles | 1 |
    restorative-justice victim-support domestic-violence human-trafficking
Ministère de l'Intérieur | Paris | 2 |
CIPDR – Comité interministériel de prévention de la délinquance et de la radicalisation
    | Paris | 2 |
    radicalisation youth local-safety-governance polarisation
Bundesministerium des Innern und für Heimat | Berlin | 1 |
Ministerie van Justitie en Veiligheid | Den Haag | 2 |
Centrum voor Criminaliteitspreventie en Veiligheid (CCV) | Utrecht | 1 |
    local-safety-governance community-policing youth technology
Ministerio del Interior | Madrid | 1 |
Ministero dell'Interno | Roma | 1 |
Ministério da Administração Interna | Lisboa | 1 |
Ministère de la Sécurité intérieure | Luxembourg | 1 |
Bundesministerium für Inneres | Wien | 1 |
Schweizerische Kriminalprävention | Bern | 1 |
    local-safety-governance cybercrime youth domestic-violence
Ministerstwo Spraw Wewnętrznych i Administracji | Warszawa | 1 |
Brottsförebyggande rådet (Brå) | Stockholm | 2 |
    local-safety-governance community-policing youth organised-crime
Det Kriminalpræventive Råd | København | 1 | local-safety-governance youth community-policing
Justis- og beredskapsdepartementet | Oslo | 1 |
Sisäministeriö | Helsinki | 1 |
Ministerstvo vnitra České republiky | Praha | 1 |
Home Office | London | 1 |
""",
    ),
    *_organisations(
        "regional_authority",
        """
Landespräventionsrat Niedersachsen | Hannover | 1 | local-safety-governance youth domestic-violence
""",
    ),
    *_organisations(
        "ngo",
        """
Modus Vivendi | Bruxelles | 2 | drugs nightlife
Free Clinic | Antwerpen | 1 | drugs
Payoke | Antwerpen | 1 | human-trafficking
Sürya | Liège | 1 | human-trafficking
PAG-ASA | Bruxelles | 1 | human-trafficking
Child Focus | Bruxelles | 1 | cybercrime youth victim-support
Vie Féminine | Bruxelles | 1 | violence-against-women
France Victimes | Paris | 2 | victim-support domestic-violence
Fédération nationale Solidarité Femmes | Paris | 2 | violence-against-women domestic-violence
Fédération Addiction | Paris | 1 | drugs
Weisser Ring | Mainz | 1 | victim-support
Violence Prevention Network | Berlin | 2 | radicalisation polarisation
Frauenhauskoordinierung | Berlin | 1 | domestic-violence violence-against-women
Slachtofferhulp Nederland | Utrecht | 1 | victim-support
Mainline | Amsterdam | 1 | drugs nightlife
Energy Control | Barcelona | 1 | drugs nightlife
Fundación ANAR | Madrid | 1 | youth
Libera – Associazioni, nomi e numeri contro le mafie | Roma | 2 | organised-crime
D.i.Re – Donne in Rete contro la violenza | Roma | 1 | violence-against-women domestic-violence
APAV – Associação Portuguesa de Apoio à Vítima | Lisboa | 1 | victim-support domestic-violence
Neustart | Wien | 1 | restorative-justice radicalisation
Centrum Praw Kobiet | Warszawa | 1 | violence-against-women domestic-violence
Brottsofferjouren Sverige | Stockholm | 1 | victim-support
Danner | København | 1 | domestic-violence violence-against-women
Kirkens Bymisjon | Oslo | 1 | drugs migration-inclusion social-cohesion
Bílý kruh bezpečí | Praha | 1 | victim-support
Victim Support | London | 1 | victim-support
European Forum for Restorative Justice | Leuven | 2 | restorative-justice
Victim Support Europe | Bruxelles | 1 | victim-support
European Digital Rights (EDRi) | Bruxelles | 1 | surveillance-ethics
La Quadrature du Net | Paris | 1 | surveillance-ethics
Liga voor Mensenrechten | Gent | 1 | surveillance-ethics discriminatory-violence
Unia | Bruxelles | 1 | discriminatory-violence
Çavaria | Gent | 1 | discriminatory-violence
""",
    ),
    *_organisations(
        "research",
        """
IHEMI – Institut des hautes études du ministère de l'Intérieur | Paris | 1 |
    crisis-management local-safety-governance radicalisation community-policing technology
Max-Planck-Institut zur Erforschung von Kriminalität, Sicherheit und Recht
    | Freiburg im Breisgau | 1 |
    organised-crime radicalisation cybercrime restorative-justice
NSCR – Nederlands Studiecentrum Criminaliteit en Rechtshandhaving | Amsterdam | 1 |
    organised-crime community-policing youth polarisation
Transcrime – Università Cattolica del Sacro Cuore | Milano | 1 | organised-crime human-trafficking
Trimbos-instituut | Utrecht | 1 | drugs nightlife
Institut national de criminalistique et de criminologie | Bruxelles | 1 |
    technology organised-crime victim-support
""",
    ),
    *_organisations(
        "private_sector",
        """
Lumen Urbanis | Lyon | 2 | public-spaces nightlife climate-security
SafeCity Analytics | Amsterdam | 2 | technology surveillance-ethics cybercrime
Civitas Risk Consulting | Madrid | 1 | crisis-management local-safety-governance climate-security
Nachtlicht Stadtdesign GmbH | Berlin | 1 | public-spaces nightlife
UrbanSense Technologies | Barcelona | 2 | technology surveillance-ethics crisis-management
Prevent & Protect Consulting | Bruxelles | 1 | local-safety-governance radicalisation
Nordic Resilience Partners | København | 1 | crisis-management climate-security
Secura Cyber Advisory | Luxembourg | 1 | cybercrime
""",
    ),
    *_organisations(
        "international_organisation",
        """
Efus – European Forum for Urban Security | Paris | 4 |
    local-safety-governance youth radicalisation polarisation public-spaces nightlife technology
    surveillance-ethics social-cohesion violence-against-women crisis-management
    climate-security discriminatory-violence drugs migration-inclusion
Council of Europe | Strasbourg | 2 |
    radicalisation violence-against-women discriminatory-violence restorative-justice
    migration-inclusion polarisation cybercrime
European Commission, DG Migration and Home Affairs | Bruxelles | 3 |
    radicalisation human-trafficking crisis-management organised-crime migration-inclusion
    cybercrime local-safety-governance drugs
European Crime Prevention Network (EUCPN) | Bruxelles | 2 |
    local-safety-governance youth domestic-violence cybercrime community-policing
Europol | Den Haag | 1 | organised-crime cybercrime human-trafficking drugs
EU Agency for Fundamental Rights (FRA) | Wien | 1 |
    discriminatory-violence surveillance-ethics migration-inclusion violence-against-women
European Union Drugs Agency (EUDA) | Lisboa | 2 | drugs
UNODC | Wien | 1 | organised-crime human-trafficking drugs
Eurocities | Bruxelles | 1 |
    social-cohesion migration-inclusion climate-security public-spaces local-safety-governance
    technology
European Commission, DG ECHO | Bruxelles | 1 | crisis-management climate-security
""",
    ),
    *_organisations(
        "other",
        """
""",
    ),
)
