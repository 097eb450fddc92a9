"""Names, roles and organisations that are not tied to one city's institutions."""

from __future__ import annotations

from dataclasses import dataclass

# Given names and family names per language of the person's region.
NAMES: dict[str, tuple[str, str]] = {
    "fr": (
        "Marie Camille Sophie Julie Nathalie Isabelle Aurélie Céline Léa Hélène Chloé "
        "Thomas Nicolas Julien Pierre Antoine François Mathieu Sébastien Olivier Karim Yannick",
        "Dupont Lambert Martin Bernard Dubois Moreau Laurent Lefèvre Leroy Mercier Fontaine "
        "Girard Benali Rousseau Chevalier Gauthier Petit Renard Collin Mertens Haddad",
    ),
    "nl": (
        "Anke Els Sofie Lotte Inge Marieke Fleur Hanne Sanne Nora "
        "Pieter Jeroen Bram Koen Wouter Stijn Jan Thijs Ruben Mehmet",
        "Peeters Janssens Maes De Smet Willems Claes Van den Berg De Vries Bakker Visser "
        "Jansen Vermeulen Mulder Dekker Verhoeven De Backer Aydın",
    ),
    "de": (
        "Anna Katharina Julia Sabine Stefanie Lena Miriam Ulrike Leonie Aylin "
        "Michael Andreas Stefan Tobias Matthias Jonas Florian Markus Christoph Jürgen",
        "Müller Schmidt Schneider Fischer Weber Wagner Becker Hoffmann Schäfer Koch Richter "
        "Klein Wolf Schröder Neumann Zimmermann Krüger Yılmaz",
    ),
    "lb": (
        "Anne Claudine Martine Sandy Carole Tom Luc Marc Jeff Paul Sven",
        "Schmit Muller Weber Wagner Hoffmann Thill Kieffer Reuter Hansen Kremer Meyer",
    ),
    "it": (
        "Giulia Francesca Chiara Sara Valentina Elena Martina Federica Silvia "
        "Marco Luca Alessandro Andrea Matteo Davide Lorenzo Stefano Giovanni Paolo",
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo "
        "Conti De Luca Mancini Costa Giordano Lombardi",
    ),
    "es": (
        "María Lucía Carmen Laura Marta Paula Elena Ana Cristina Nuria "
        "Javier Carlos David Pablo Sergio Jorge Alberto Daniel Miguel Íñigo",
        "García Martínez López Sánchez Pérez Gómez Fernández Ruiz Díaz Moreno Álvarez Romero "
        "Navarro Torres Ramírez Gil Serrano Etxeberria",
    ),
    "ca": (
        "Montserrat Laia Núria Mireia Marta Jordi Oriol Pau Xavier Marc Joan",
        "Puig Vila Soler Ferrer Roca Serra Font Pujol Casals Riera Vidal Costa",
    ),
    "pt": (
        "Ana Maria Inês Beatriz Joana Catarina Rita João Pedro Tiago Rui Miguel Nuno",
        "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Gonçalves Lopes",
    ),
    "pl": (
        "Anna Katarzyna Magdalena Agnieszka Joanna Zofia Piotr Tomasz Paweł Krzysztof "
        "Michał Łukasz",
        "Nowak Kowalski Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Woźniak "
        "Dąbrowski Kozłowski",
    ),
    "sv": (
        "Anna Karin Sara Emma Maria Ingrid Erik Lars Johan Anders Oskar Ahmed",
        "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Lindqvist Berg Holm",
    ),
    "da": (
        "Mette Anne Louise Camilla Signe Søren Jens Mads Rasmus Henrik Ali",
        "Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Kristensen",
    ),
    "no": (
        "Ingrid Kari Silje Ida Marit Ole Lars Kristian Håkon Magnus Eirik",
        "Hansen Johansen Olsen Larsen Andersen Berg Haugen Bakken Dahl Solberg Lie",
    ),
    "fi": (
        "Anna Laura Sanna Minna Johanna Aino Mikko Jukka Antti Janne Ville Timo",
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen "
        "Järvinen Lehtonen",
    ),
    "cs": (
        "Jana Petra Lucie Tereza Markéta Eva Jan Petr Tomáš Martin Jakub Ondřej",
        "Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Marek",
    ),
    "en": (
        "Sarah Emma Claire Rachel Hannah Priya Fiona Amira James David Daniel Thomas "
        "Michael Owen Callum Tariq",
        "Smith Jones Taylor Brown Williams Wilson Evans Thompson Walker Hughes Patel Khan "
        "Campbell Murphy Robertson Davies",
    ),
}


@dataclass(frozen=True)
class Role:
    """A job title, the kind of organisation that has it, and the topics it works on."""

    title: str
    organisation_type: str
    topics: tuple[str, ...]
    weight: int = 2
    unique: bool = False  # at most one per organisation (a city has one mayor)


def _roles(org_type: str, spec: str) -> list[Role]:
    """Parse ``title | topics | weight [| unique]`` lines."""
    out: list[Role] = []
    for line in spec.strip().splitlines():
        parts = [p.strip() for p in line.split("|")]
        out.append(Role(parts[0], org_type, tuple(parts[1].split()), int(parts[2]), len(parts) > 3))
    return out


ROLES: tuple[Role, ...] = (
    *_roles(
        "local_authority",
        """
Mayor | local-safety-governance social-cohesion polarisation crisis-management | 2 | u
Deputy Mayor for Security and Prevention | local-safety-governance public-spaces nightlife | 3 | u
Deputy Mayor for Social Affairs and Youth | youth social-cohesion migration-inclusion | 1 | u
Head of the Prevention and Safety Department | local-safety-governance public-spaces | 3 | u
Local Prevention Coordinator | youth drugs local-safety-governance | 4
Radicalisation Prevention Officer | radicalisation polarisation youth | 3
Nightlife Coordinator | nightlife drugs public-spaces | 2
Street Worker | youth drugs public-spaces | 3
Social Worker | domestic-violence victim-support migration-inclusion | 3
Youth Worker | youth social-cohesion discriminatory-violence | 3
Urban Mediator | public-spaces social-cohesion nightlife | 2
Crisis and Emergency Planning Officer | crisis-management climate-security | 2
Smart City and CCTV Project Manager | technology surveillance-ethics | 2
Equality and Anti-Discrimination Officer | discriminatory-violence violence-against-women | 2
Coordinator, Plan against Violence against Women | violence-against-women domestic-violence | 2
Urban Planner, Public Space Safety | public-spaces climate-security | 2
""",
    ),
    *_roles(
        "regional_authority",
        """
Director of Regional Security Policy | local-safety-governance crisis-management | 2 | u
Policy Officer, Crime Prevention | local-safety-governance youth drugs | 3
Project Manager, Regional Observatory of Safety | technology local-safety-governance | 2
Adviser on Violence against Women | violence-against-women domestic-violence | 2
Regional Crisis Coordinator | crisis-management climate-security | 2
""",
    ),
    *_roles(
        "police",
        """
Chief Commissioner | community-policing organised-crime local-safety-governance | 2 | u
Chief of Municipal Police | community-policing public-spaces nightlife | 2 | u
Community Policing Officer | community-policing social-cohesion youth | 4
Neighbourhood Inspector | community-policing public-spaces | 3
Inspector, Youth and Family Unit | youth domestic-violence | 2
Head of Cybercrime Unit | cybercrime organised-crime technology | 2
Investigator, Human Trafficking Unit | human-trafficking organised-crime | 2
Officer, Victim Assistance Service | victim-support domestic-violence | 2
Hate Crime Liaison Officer | discriminatory-violence polarisation | 2
""",
    ),
    *_roles(
        "justice",
        """
Public Prosecutor | organised-crime drugs human-trafficking | 3
Chief Prosecutor | organised-crime local-safety-governance | 1 | u
Juvenile Court Judge | youth restorative-justice | 2
Investigating Judge | organised-crime cybercrime | 1
Reference Magistrate for Domestic Violence | domestic-violence violence-against-women | 2
Restorative Justice Mediator | restorative-justice victim-support | 2
Probation Officer | restorative-justice radicalisation | 2
""",
    ),
    *_roles(
        "research",
        """
Professor of Criminology | local-safety-governance organised-crime community-policing | 3
Researcher in Urban Sociology | public-spaces social-cohesion polarisation | 3
Postdoctoral Researcher | radicalisation polarisation technology | 3
PhD Candidate | nightlife drugs youth | 3
Senior Lecturer in Security Studies | crisis-management climate-security | 2
Researcher, Gender-Based Violence | violence-against-women domestic-violence | 2
Researcher, Ethics of Surveillance | surveillance-ethics technology | 2
""",
    ),
    *_roles(
        "national_authority",
        """
Policy Adviser, Crime Prevention | local-safety-governance youth | 3
Head of Unit, Radicalisation Prevention | radicalisation polarisation | 2
Desk Officer, Drug Policy | drugs | 2
National Rapporteur Team, Trafficking in Human Beings | human-trafficking migration-inclusion | 1
Senior Civil Servant, Public Security | crisis-management organised-crime | 2
Policy Officer, Victims' Rights | victim-support restorative-justice | 2
""",
    ),
    *_roles(
        "ngo",
        """
Director | victim-support social-cohesion | 2 | u
Project Manager | youth migration-inclusion | 3
Outreach Worker | drugs nightlife public-spaces | 3
Coordinator, Women's Shelter | violence-against-women domestic-violence | 3
Harm Reduction Worker | drugs nightlife | 3
Victim Support Counsellor | victim-support domestic-violence | 3
Policy Officer | discriminatory-violence polarisation | 2
Trainer and Mediator | restorative-justice social-cohesion | 2
""",
    ),
    *_roles(
        "private_sector",
        """
Chief Executive Officer | technology public-spaces | 1 | u
Urban Security Consultant | local-safety-governance crisis-management | 3
Lighting Designer | public-spaces nightlife | 2
Product Manager, Smart City | technology surveillance-ethics | 2
Data Protection Officer | surveillance-ethics cybercrime | 2
Business Development Manager | technology crisis-management | 2
""",
    ),
    *_roles(
        "international_organisation",
        """
Programme Manager | local-safety-governance radicalisation | 3
Project Officer | youth social-cohesion | 3
Policy Analyst | drugs organised-crime | 2
Policy Officer | human-trafficking migration-inclusion | 2
Communications Officer | polarisation technology | 1
""",
    ),
    *_roles(
        "other",
        """
Journalist | polarisation organised-crime | 2
Independent Trainer | violence-against-women youth | 2
Freelance Consultant | local-safety-governance nightlife | 2
""",
    ),
)

# (organisation, city, organisation type, weight): national bodies, NGOs, institutes,
# companies and international organisations. Cities are spelt as in places.CITIES.
FIXED_ORGANISATIONS: tuple[tuple[str, str, str, int], ...] = (
    ("SPF Intérieur – Direction Sécurité locale intégrale", "Bruxelles", "national_authority", 3),
    ("FOD Justitie", "Bruxelles", "national_authority", 1),
    ("Ministère de l'Intérieur", "Paris", "national_authority", 2),
    (
        "CIPDR – Comité interministériel de prévention de la délinquance et de la radicalisation",
        "Paris",
        "national_authority",
        2,
    ),
    ("Bundesministerium des Innern und für Heimat", "Berlin", "national_authority", 1),
    ("Landespräventionsrat Niedersachsen", "Hannover", "regional_authority", 1),
    ("Ministerie van Justitie en Veiligheid", "Den Haag", "national_authority", 2),
    (
        "Centrum voor Criminaliteitspreventie en Veiligheid (CCV)",
        "Utrecht",
        "national_authority",
        1,
    ),
    ("Ministerio del Interior", "Madrid", "national_authority", 1),
    ("Ministero dell'Interno", "Roma", "national_authority", 1),
    ("Ministério da Administração Interna", "Lisboa", "national_authority", 1),
    ("Ministère de la Sécurité intérieure", "Luxembourg", "national_authority", 1),
    ("Bundesministerium für Inneres", "Wien", "national_authority", 1),
    ("Schweizerische Kriminalprävention", "Bern", "national_authority", 1),
    ("Ministerstwo Spraw Wewnętrznych i Administracji", "Warszawa", "national_authority", 1),
    ("Brottsförebyggande rådet (Brå)", "Stockholm", "national_authority", 2),
    ("Det Kriminalpræventive Råd", "København", "national_authority", 1),
    ("Justis- og beredskapsdepartementet", "Oslo", "national_authority", 1),
    ("Sisäministeriö", "Helsinki", "national_authority", 1),
    ("Ministerstvo vnitra České republiky", "Praha", "national_authority", 1),
    ("Home Office", "London", "national_authority", 1),
    ("Modus Vivendi", "Bruxelles", "ngo", 2),
    ("Free Clinic", "Antwerpen", "ngo", 1),
    ("Payoke", "Antwerpen", "ngo", 1),
    ("Sürya", "Liège", "ngo", 1),
    ("Child Focus", "Bruxelles", "ngo", 1),
    ("Vie Féminine", "Bruxelles", "ngo", 1),
    ("France Victimes", "Paris", "ngo", 2),
    ("Fédération nationale Solidarité Femmes", "Paris", "ngo", 2),
    ("Fédération Addiction", "Paris", "ngo", 1),
    ("Weisser Ring", "Mainz", "ngo", 1),
    ("Violence Prevention Network", "Berlin", "ngo", 2),
    ("Frauenhauskoordinierung", "Berlin", "ngo", 1),
    ("Slachtofferhulp Nederland", "Utrecht", "ngo", 1),
    ("Mainline", "Amsterdam", "ngo", 1),
    ("Energy Control", "Barcelona", "ngo", 1),
    ("Fundación ANAR", "Madrid", "ngo", 1),
    ("Libera – Associazioni, nomi e numeri contro le mafie", "Roma", "ngo", 2),
    ("D.i.Re – Donne in Rete contro la violenza", "Roma", "ngo", 1),
    ("APAV – Associação Portuguesa de Apoio à Vítima", "Lisboa", "ngo", 1),
    ("Neustart", "Wien", "ngo", 1),
    ("Centrum Praw Kobiet", "Warszawa", "ngo", 1),
    ("Brottsofferjouren Sverige", "Stockholm", "ngo", 1),
    ("Danner", "København", "ngo", 1),
    ("Kirkens Bymisjon", "Oslo", "ngo", 1),
    ("Bílý kruh bezpečí", "Praha", "ngo", 1),
    ("Victim Support", "London", "ngo", 1),
    ("European Forum for Restorative Justice", "Leuven", "ngo", 2),
    ("Victim Support Europe", "Bruxelles", "ngo", 1),
    ("IHEMI – Institut des hautes études du ministère de l'Intérieur", "Paris", "research", 1),
    (
        "Max-Planck-Institut zur Erforschung von Kriminalität, Sicherheit und Recht",
        "Freiburg im Breisgau",
        "research",
        1,
    ),
    (
        "NSCR – Nederlands Studiecentrum Criminaliteit en Rechtshandhaving",
        "Amsterdam",
        "research",
        1,
    ),
    ("Transcrime – Università Cattolica del Sacro Cuore", "Milano", "research", 1),
    ("Trimbos-instituut", "Utrecht", "research", 1),
    ("Institut national de criminalistique et de criminologie", "Bruxelles", "research", 1),
    ("Lumen Urbanis", "Lyon", "private_sector", 2),
    ("SafeCity Analytics", "Amsterdam", "private_sector", 2),
    ("Civitas Risk Consulting", "Madrid", "private_sector", 1),
    ("Nachtlicht Stadtdesign GmbH", "Berlin", "private_sector", 1),
    ("UrbanSense Technologies", "Barcelona", "private_sector", 2),
    ("Prevent & Protect Consulting", "Bruxelles", "private_sector", 1),
    ("Nordic Resilience Partners", "København", "private_sector", 1),
    ("Efus – European Forum for Urban Security", "Paris", "international_organisation", 4),
    ("Council of Europe", "Strasbourg", "international_organisation", 2),
    (
        "European Commission, DG Migration and Home Affairs",
        "Bruxelles",
        "international_organisation",
        3,
    ),
    ("European Crime Prevention Network (EUCPN)", "Bruxelles", "international_organisation", 2),
    ("Europol", "Den Haag", "international_organisation", 1),
    ("EU Agency for Fundamental Rights (FRA)", "Wien", "international_organisation", 1),
    ("European Union Drugs Agency (EUDA)", "Lisboa", "international_organisation", 2),
    ("UNODC", "Wien", "international_organisation", 1),
    ("Eurocities", "Bruxelles", "international_organisation", 1),
    ("Le Soir", "Bruxelles", "other", 1),
    ("De Standaard", "Bruxelles", "other", 1),
    ("Euractiv", "Bruxelles", "other", 1),
    ("Freelance", "Lille", "other", 2),
)

# What specialised organisations work on: their staff's topics and roles follow it.
ORGANISATION_TOPICS: dict[str, tuple[str, ...]] = {
    "Modus Vivendi": ("drugs", "nightlife"),
    "Free Clinic": ("drugs", "public-spaces"),
    "Payoke": ("human-trafficking", "victim-support"),
    "Sürya": ("human-trafficking", "victim-support"),
    "Child Focus": ("cybercrime", "youth", "victim-support"),
    "Vie Féminine": ("violence-against-women", "social-cohesion"),
    "France Victimes": ("victim-support", "domestic-violence"),
    "Fédération nationale Solidarité Femmes": ("violence-against-women", "domestic-violence"),
    "Fédération Addiction": ("drugs", "youth"),
    "Weisser Ring": ("victim-support",),
    "Violence Prevention Network": ("radicalisation", "polarisation"),
    "Frauenhauskoordinierung": ("domestic-violence", "violence-against-women"),
    "Slachtofferhulp Nederland": ("victim-support",),
    "Mainline": ("drugs", "nightlife"),
    "Energy Control": ("drugs", "nightlife"),
    "Fundación ANAR": ("youth", "victim-support"),
    "Libera – Associazioni, nomi e numeri contro le mafie": ("organised-crime", "youth"),
    "D.i.Re – Donne in Rete contro la violenza": ("violence-against-women", "domestic-violence"),
    "APAV – Associação Portuguesa de Apoio à Vítima": ("victim-support", "domestic-violence"),
    "Neustart": ("restorative-justice", "radicalisation"),
    "Centrum Praw Kobiet": ("violence-against-women", "domestic-violence"),
    "Brottsofferjouren Sverige": ("victim-support",),
    "Danner": ("domestic-violence", "violence-against-women"),
    "Kirkens Bymisjon": ("drugs", "migration-inclusion", "social-cohesion"),
    "Bílý kruh bezpečí": ("victim-support",),
    "Victim Support": ("victim-support",),
    "European Forum for Restorative Justice": ("restorative-justice",),
    "Victim Support Europe": ("victim-support",),
    "Lumen Urbanis": ("public-spaces", "nightlife", "climate-security"),
    "SafeCity Analytics": ("technology", "surveillance-ethics"),
    "Civitas Risk Consulting": ("crisis-management", "local-safety-governance"),
    "Nachtlicht Stadtdesign GmbH": ("public-spaces", "nightlife"),
    "UrbanSense Technologies": ("technology", "surveillance-ethics", "crisis-management"),
    "Prevent & Protect Consulting": ("local-safety-governance", "radicalisation"),
    "Nordic Resilience Partners": ("crisis-management", "climate-security"),
    "Europol": ("organised-crime", "cybercrime", "human-trafficking"),
    "EU Agency for Fundamental Rights (FRA)": (
        "discriminatory-violence",
        "surveillance-ethics",
        "migration-inclusion",
    ),
    "European Union Drugs Agency (EUDA)": ("drugs",),
    "UNODC": ("organised-crime", "human-trafficking", "drugs"),
    "Trimbos-instituut": ("drugs", "nightlife"),
    "Transcrime – Università Cattolica del Sacro Cuore": ("organised-crime",),
    "CIPDR – Comité interministériel de prévention de la délinquance et de la radicalisation": (
        "radicalisation",
        "youth",
        "local-safety-governance",
    ),
    "Brottsförebyggande rådet (Brå)": ("local-safety-governance", "community-policing"),
}
