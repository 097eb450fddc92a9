"""Cities, regions and local organisation names for the demo conference.

About 260 real cities in 17 European countries, grouped by region. A leading ``*`` marks a
large city, which also hosts a university and a prosecutor's office in the demo data.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class City:
    """One city: where a delegation comes from and which languages it speaks there."""

    name: str
    country: str
    region: str | None  # name of the regional authority, when the demo has one
    languages: tuple[str, ...]  # first is the main local language
    big: bool


# (country, regional authority or None, local languages, cities)
_REGIONS: tuple[tuple[str, str | None, tuple[str, ...], str], ...] = (
    (
        "BE",
        "safe.brussels – Brussels-Capital Region",
        ("fr", "nl"),
        "*Bruxelles, Ixelles, Schaerbeek, Anderlecht, Molenbeek-Saint-Jean, Saint-Gilles, "
        "Etterbeek, Forest, Uccle, Saint-Josse-ten-Noode, Evere, Jette",
    ),
    ("BE", "Provincie Antwerpen", ("nl",), "*Antwerpen, Mechelen, Turnhout, Lier"),
    ("BE", "Provincie Oost-Vlaanderen", ("nl",), "*Gent, Aalst, Sint-Niklaas, Dendermonde"),
    ("BE", "Provincie West-Vlaanderen", ("nl",), "Brugge, Kortrijk, Oostende, Roeselare"),
    ("BE", "Provincie Vlaams-Brabant", ("nl",), "*Leuven, Vilvoorde"),
    ("BE", "Provincie Limburg", ("nl",), "Hasselt, Genk"),
    ("BE", "Province de Liège", ("fr",), "*Liège, Verviers, Seraing, Herstal"),
    ("BE", "Province de Hainaut", ("fr",), "*Mons, *Charleroi, La Louvière, Tournai, Mouscron"),
    ("BE", "Province de Namur", ("fr",), "*Namur"),
    ("BE", "Province du Brabant wallon", ("fr",), "*Ottignies-Louvain-la-Neuve, Wavre"),
    (
        "FR",
        "Région Île-de-France",
        ("fr",),
        "*Paris, Saint-Denis, Montreuil, Créteil, Aubervilliers, Sarcelles, Nanterre, "
        "Évry-Courcouronnes",
    ),
    (
        "FR",
        "Région Auvergne-Rhône-Alpes",
        ("fr",),
        "*Lyon, Villeurbanne, *Grenoble, Saint-Étienne, Clermont-Ferrand",
    ),
    ("FR", "Région Provence-Alpes-Côte d'Azur", ("fr",), "*Marseille, *Nice, Toulon, Avignon"),
    ("FR", "Région Hauts-de-France", ("fr",), "*Lille, Roubaix, Tourcoing, Amiens"),
    ("FR", "Région Grand Est", ("fr",), "*Strasbourg, Mulhouse, Metz, Nancy"),
    ("FR", "Région Occitanie", ("fr",), "*Toulouse, *Montpellier, Nîmes, Perpignan"),
    ("FR", "Région Nouvelle-Aquitaine", ("fr",), "*Bordeaux, Poitiers, Limoges"),
    ("FR", "Région Bretagne", ("fr",), "*Rennes, Brest"),
    ("FR", "Région Pays de la Loire", ("fr",), "*Nantes, Angers"),
    ("DE", "Land Berlin", ("de",), "*Berlin"),
    (
        "DE",
        "Land Nordrhein-Westfalen",
        ("de",),
        "*Köln, *Düsseldorf, Dortmund, Essen, Duisburg, *Bochum, Bielefeld, *Münster, "
        "Gelsenkirchen",
    ),
    ("DE", "Freistaat Bayern", ("de",), "*München, Nürnberg, Augsburg, Regensburg"),
    (
        "DE",
        "Land Baden-Württemberg",
        ("de",),
        "*Stuttgart, Mannheim, *Freiburg im Breisgau, *Heidelberg, Karlsruhe",
    ),
    ("DE", "Land Hessen", ("de",), "*Frankfurt am Main, Wiesbaden, Darmstadt"),
    ("DE", "Land Niedersachsen", ("de",), "*Hannover, Braunschweig, Osnabrück"),
    ("DE", "Freie und Hansestadt Hamburg", ("de",), "*Hamburg"),
    ("DE", "Freie Hansestadt Bremen", ("de",), "*Bremen"),
    ("DE", "Freistaat Sachsen", ("de",), "*Leipzig, Dresden"),
    ("DE", "Land Rheinland-Pfalz", ("de",), "Mainz"),
    ("IT", "Regione Lombardia", ("it",), "*Milano, Bergamo, Brescia, Monza"),
    ("IT", "Regione Piemonte", ("it",), "*Torino, Novara"),
    ("IT", "Regione Emilia-Romagna", ("it",), "*Bologna, Modena, Reggio Emilia, Parma, Ravenna"),
    ("IT", "Regione Toscana", ("it",), "*Firenze, Prato, Livorno, *Pisa"),
    ("IT", "Regione Lazio", ("it",), "*Roma, Latina"),
    ("IT", "Regione Campania", ("it",), "*Napoli, Salerno"),
    ("IT", "Regione Puglia", ("it",), "*Bari, Lecce"),
    ("IT", "Regione Veneto", ("it",), "Venezia, *Padova, Verona"),
    ("IT", "Regione Siciliana", ("it",), "*Palermo, Catania"),
    (
        "ES",
        "Comunidad de Madrid",
        ("es",),
        "*Madrid, Getafe, Alcalá de Henares, Fuenlabrada, Móstoles",
    ),
    (
        "ES",
        "Generalitat de Catalunya",
        ("ca", "es"),
        "*Barcelona, L'Hospitalet de Llobregat, Badalona, Girona, Sabadell, Terrassa, Tarragona",
    ),
    ("ES", "Junta de Andalucía", ("es",), "*Sevilla, Málaga, *Granada, Córdoba"),
    ("ES", "Generalitat Valenciana", ("es",), "*Valencia, Alicante"),
    ("ES", "Gobierno Vasco", ("es", "eu"), "*Bilbao, Vitoria-Gasteiz, Donostia-San Sebastián"),
    ("ES", "Gobierno de Aragón", ("es",), "*Zaragoza"),
    ("ES", "Xunta de Galicia", ("es", "gl"), "Santiago de Compostela, Vigo"),
    ("ES", "Principado de Asturias", ("es",), "Gijón"),
    ("NL", "Provincie Noord-Holland", ("nl",), "*Amsterdam, Haarlem, Zaanstad"),
    ("NL", "Provincie Zuid-Holland", ("nl",), "*Rotterdam, *Den Haag, *Leiden, Dordrecht, Delft"),
    ("NL", "Provincie Utrecht", ("nl",), "*Utrecht, Amersfoort"),
    ("NL", "Provincie Noord-Brabant", ("nl",), "Eindhoven, Tilburg, Breda"),
    ("NL", "Provincie Gelderland", ("nl",), "*Nijmegen, Arnhem"),
    ("NL", "Provincie Groningen", ("nl",), "*Groningen"),
    ("PT", "Área Metropolitana de Lisboa", ("pt",), "*Lisboa, Amadora, Sintra, Loures, Oeiras"),
    ("PT", "Área Metropolitana do Porto", ("pt",), "*Porto, Vila Nova de Gaia, Matosinhos"),
    ("PT", None, ("pt",), "*Coimbra, Faro"),
    ("LU", None, ("lb", "fr", "de"), "*Luxembourg, Esch-sur-Alzette, Differdange, Dudelange"),
    ("AT", "Land Wien", ("de",), "*Wien"),
    ("AT", "Land Steiermark", ("de",), "*Graz, Leoben"),
    ("AT", "Land Oberösterreich", ("de",), "*Linz, Wels"),
    ("AT", "Land Salzburg", ("de",), "*Salzburg"),
    ("AT", "Land Tirol", ("de",), "*Innsbruck"),
    ("AT", "Land Kärnten", ("de",), "Klagenfurt am Wörthersee"),
    ("CH", "Kanton Zürich", ("de",), "*Zürich, Winterthur"),
    ("CH", "République et canton de Genève", ("fr",), "*Genève, Vernier"),
    ("CH", "Canton de Vaud", ("fr",), "*Lausanne, Yverdon-les-Bains"),
    ("CH", "Kanton Bern", ("de", "fr"), "*Bern, Biel/Bienne"),
    ("CH", "Kanton Basel-Stadt", ("de",), "*Basel"),
    ("CH", "Repubblica e Cantone Ticino", ("it",), "Lugano"),
    ("PL", "Województwo mazowieckie", ("pl",), "*Warszawa, Radom"),
    ("PL", "Województwo małopolskie", ("pl",), "*Kraków, Tarnów"),
    ("PL", "Województwo pomorskie", ("pl",), "*Gdańsk, Gdynia, Sopot"),
    ("PL", "Województwo dolnośląskie", ("pl",), "*Wrocław"),
    ("PL", "Województwo łódzkie", ("pl",), "*Łódź"),
    ("PL", "Województwo wielkopolskie", ("pl",), "*Poznań"),
    ("SE", "Region Stockholm", ("sv",), "*Stockholm, Södertälje"),
    ("SE", "Region Skåne", ("sv",), "*Malmö, *Lund, Helsingborg"),
    ("SE", "Västra Götalandsregionen", ("sv",), "*Göteborg, Borås"),
    ("SE", "Region Uppsala", ("sv",), "*Uppsala"),
    ("DK", "Region Hovedstaden", ("da",), "*København, Frederiksberg"),
    ("DK", "Region Midtjylland", ("da",), "*Aarhus, Randers"),
    ("DK", "Region Syddanmark", ("da",), "*Odense"),
    ("DK", "Region Nordjylland", ("da",), "*Aalborg"),
    ("NO", None, ("no",), "*Oslo"),
    ("NO", "Vestland fylkeskommune", ("no",), "*Bergen"),
    ("NO", "Trøndelag fylkeskommune", ("no",), "*Trondheim"),
    ("NO", "Rogaland fylkeskommune", ("no",), "*Stavanger"),
    ("NO", "Akershus fylkeskommune", ("no",), "Bærum, Lillestrøm"),
    ("FI", "Uudenmaan liitto", ("fi", "sv"), "*Helsinki, Espoo, Vantaa"),
    ("FI", "Pirkanmaan liitto", ("fi",), "*Tampere"),
    ("FI", "Varsinais-Suomen liitto", ("fi", "sv"), "*Turku"),
    ("FI", "Pohjois-Pohjanmaan liitto", ("fi",), "*Oulu"),
    ("CZ", None, ("cs",), "*Praha"),
    ("CZ", "Jihomoravský kraj", ("cs",), "*Brno"),
    ("CZ", "Moravskoslezský kraj", ("cs",), "*Ostrava, Opava"),
    ("CZ", "Plzeňský kraj", ("cs",), "*Plzeň"),
    ("CZ", "Ústecký kraj", ("cs",), "Ústí nad Labem"),
    ("GB", "Greater London Authority", ("en",), "*London"),
    ("GB", "Greater Manchester Combined Authority", ("en",), "*Manchester, Salford, Bolton"),
    ("GB", "West Midlands Combined Authority", ("en",), "*Birmingham, *Coventry, Wolverhampton"),
    ("GB", "West Yorkshire Combined Authority", ("en",), "*Leeds, Bradford"),
    ("GB", "Liverpool City Region Combined Authority", ("en",), "*Liverpool"),
    ("GB", None, ("en",), "*Glasgow, *Edinburgh, *Cardiff"),
)


def _build_cities() -> tuple[City, ...]:
    cities: list[City] = []
    for country, region, languages, names in _REGIONS:
        for raw in names.split(","):
            name = raw.strip()
            cities.append(City(name.lstrip("*"), country, region, languages, name[0] == "*"))
    return tuple(cities)


CITIES: tuple[City, ...] = _build_cities()
CITY_BY_NAME: dict[str, City] = {city.name: city for city in CITIES}
COUNTRIES: tuple[str, ...] = tuple(dict.fromkeys(city.country for city in CITIES))

# Organisation name templates per (country, main language): local authority, police,
# prosecution, university. "{c}" is the city; "{de}" is French "de " or "d'" as fits.
_TEMPLATES: dict[tuple[str, str], tuple[str, str, str, str]] = {
    ("BE", "fr"): (
        "Ville {de}{c}",
        "Zone de police {de}{c}",
        "Parquet {de}{c}",
        "Université {de}{c}",
    ),
    ("BE", "nl"): ("Stad {c}", "Politiezone {c}", "Parket {c}", "Universiteit {c}"),
    ("FR", "fr"): (
        "Ville {de}{c}",
        "Police municipale {de}{c}",
        "Parquet {de}{c}",
        "Université {de}{c}",
    ),
    ("LU", "lb"): (
        "Ville {de}{c}",
        "Police grand-ducale, commissariat {de}{c}",
        "Parquet {de}{c}",
        "Université du Luxembourg",
    ),
    ("CH", "fr"): (
        "Ville {de}{c}",
        "Police municipale {de}{c}",
        "Ministère public, {c}",
        "Université {de}{c}",
    ),
    ("CH", "de"): ("Stadt {c}", "Stadtpolizei {c}", "Staatsanwaltschaft {c}", "Universität {c}"),
    ("CH", "it"): (
        "Città di {c}",
        "Polizia della Città di {c}",
        "Ministero pubblico, {c}",
        "Università della Svizzera italiana",
    ),
    ("DE", "de"): (
        "Stadt {c}",
        "Polizeipräsidium {c}",
        "Staatsanwaltschaft {c}",
        "Universität {c}",
    ),
    ("AT", "de"): (
        "Stadt {c}",
        "Stadtpolizeikommando {c}",
        "Staatsanwaltschaft {c}",
        "Universität {c}",
    ),
    ("NL", "nl"): (
        "Gemeente {c}",
        "Politie, basisteam {c}",
        "Openbaar Ministerie, parket {c}",
        "Universiteit {c}",
    ),
    ("IT", "it"): (
        "Comune di {c}",
        "Polizia Locale di {c}",
        "Procura della Repubblica di {c}",
        "Università di {c}",
    ),
    ("ES", "es"): (
        "Ayuntamiento de {c}",
        "Policía Local de {c}",
        "Fiscalía Provincial de {c}",
        "Universidad de {c}",
    ),
    ("ES", "ca"): (
        "Ajuntament de {c}",
        "Guàrdia Urbana de {c}",
        "Fiscalía Provincial de {c}",
        "Universitat de {c}",
    ),
    ("PT", "pt"): (
        "Câmara Municipal de {c}",
        "Polícia Municipal de {c}",
        "Ministério Público, Comarca de {c}",
        "Universidade de {c}",
    ),
    ("PL", "pl"): (
        "Miasto {c}",
        "Straż Miejska, {c}",
        "Prokuratura Okręgowa, {c}",
        "Uniwersytet, {c}",
    ),
    ("SE", "sv"): (
        "{c} kommun",
        "Polisen, lokalpolisområde {c}",
        "Åklagarmyndigheten, {c}",
        "{c} universitet",
    ),
    ("DK", "da"): ("{c} Kommune", "Politiet, {c}", "Anklagemyndigheden, {c}", "{c} Universitet"),
    ("NO", "no"): ("{c} kommune", "Politiet, {c}", "Statsadvokatene i {c}", "Universitetet i {c}"),
    ("FI", "fi"): ("{c} kaupunki", "Poliisi, {c}", "Syyttäjälaitos, {c}", "{c} yliopisto"),
    ("CZ", "cs"): (
        "Statutární město {c}",
        "Městská policie {c}",
        "Státní zastupitelství, {c}",
        "Univerzita, {c}",
    ),
    ("GB", "en"): (
        "{c} City Council",
        "{c} Police",
        "Crown Prosecution Service, {c}",
        "University of {c}",
    ),
}

_KINDS = ("local", "police", "justice", "university")

# Real names where a template would read wrong.
_OVERRIDES: dict[tuple[str, str], str] = {
    ("local", "Bruxelles"): "Ville de Bruxelles",
    ("police", "Bruxelles"): "Zone de police Bruxelles-Capitale/Ixelles",
    ("police", "Ixelles"): "Zone de police Bruxelles-Capitale/Ixelles",
    ("police", "Anderlecht"): "Zone de police Midi",
    ("police", "Saint-Gilles"): "Zone de police Midi",
    ("police", "Forest"): "Zone de police Midi",
    ("police", "Schaerbeek"): "Zone de police Bruxelles-Nord",
    ("police", "Evere"): "Zone de police Bruxelles-Nord",
    ("police", "Saint-Josse-ten-Noode"): "Zone de police Bruxelles-Nord",
    ("police", "Molenbeek-Saint-Jean"): "Zone de police Bruxelles-Ouest",
    ("police", "Jette"): "Zone de police Bruxelles-Ouest",
    ("police", "Etterbeek"): "Zone de police Montgomery",
    ("police", "Uccle"): "Zone de police Uccle/Watermael-Boitsfort/Auderghem",
    ("university", "Bruxelles"): "Université libre de Bruxelles",
    ("university", "Leuven"): "KU Leuven",
    ("university", "Ottignies-Louvain-la-Neuve"): "UCLouvain",
    ("university", "Paris"): "Université Paris Cité",
    ("university", "Lyon"): "Université Lumière Lyon 2",
    ("university", "Marseille"): "Aix-Marseille Université",
    ("university", "Nice"): "Université Côte d'Azur",
    ("university", "Grenoble"): "Université Grenoble Alpes",
    ("university", "Berlin"): "Freie Universität Berlin",
    ("university", "München"): "Ludwig-Maximilians-Universität München",
    ("university", "Frankfurt am Main"): "Goethe-Universität Frankfurt am Main",
    ("university", "Bochum"): "Ruhr-Universität Bochum",
    ("university", "Freiburg im Breisgau"): "Albert-Ludwigs-Universität Freiburg",
    ("university", "Amsterdam"): "Vrije Universiteit Amsterdam",
    ("university", "Rotterdam"): "Erasmus Universiteit Rotterdam",
    ("university", "Den Haag"): "Universiteit Leiden, Campus Den Haag",
    ("university", "Nijmegen"): "Radboud Universiteit",
    ("university", "Groningen"): "Rijksuniversiteit Groningen",
    ("university", "Milano"): "Università degli Studi di Milano",
    ("university", "Roma"): "Sapienza Università di Roma",
    ("university", "Napoli"): "Università di Napoli Federico II",
    ("university", "Madrid"): "Universidad Complutense de Madrid",
    ("university", "Bilbao"): "Universidad del País Vasco",
    ("local", "Madrid"): "Ayuntamiento de Madrid",
    ("police", "Madrid"): "Policía Municipal de Madrid",
    ("local", "Porto"): "Câmara Municipal do Porto",
    ("police", "Porto"): "Polícia Municipal do Porto",
    ("university", "Porto"): "Universidade do Porto",
    ("local", "Warszawa"): "Miasto Stołeczne Warszawa",
    ("university", "Warszawa"): "Uniwersytet Warszawski",
    ("university", "Kraków"): "Uniwersytet Jagielloński",
    ("university", "Gdańsk"): "Uniwersytet Gdański",
    ("university", "Wrocław"): "Uniwersytet Wrocławski",
    ("university", "Łódź"): "Uniwersytet Łódzki",
    ("university", "Poznań"): "Uniwersytet im. Adama Mickiewicza w Poznaniu",
    ("local", "Stockholm"): "Stockholms stad",
    ("local", "Göteborg"): "Göteborgs Stad",
    ("local", "Malmö"): "Malmö stad",
    ("local", "Helsingborg"): "Helsingborgs stad",
    ("university", "Stockholm"): "Stockholms universitet",
    ("university", "Göteborg"): "Göteborgs universitet",
    ("university", "Lund"): "Lunds universitet",
    ("local", "København"): "Københavns Kommune",
    ("police", "København"): "Københavns Politi",
    ("university", "København"): "Københavns Universitet",
    ("university", "Odense"): "Syddansk Universitet",
    ("police", "Oslo"): "Oslo politidistrikt",
    ("university", "Trondheim"): "NTNU",
    ("local", "Helsinki"): "Helsingin kaupunki",
    ("local", "Espoo"): "Espoon kaupunki",
    ("local", "Vantaa"): "Vantaan kaupunki",
    ("local", "Tampere"): "Tampereen kaupunki",
    ("local", "Turku"): "Turun kaupunki",
    ("local", "Oulu"): "Oulun kaupunki",
    ("police", "Helsinki"): "Helsingin poliisilaitos",
    ("university", "Helsinki"): "Helsingin yliopisto",
    ("university", "Tampere"): "Tampereen yliopisto",
    ("university", "Turku"): "Turun yliopisto",
    ("university", "Oulu"): "Oulun yliopisto",
    ("local", "Praha"): "Hlavní město Praha",
    ("university", "Praha"): "Univerzita Karlova",
    ("university", "Brno"): "Masarykova univerzita",
    ("university", "Ostrava"): "Ostravská univerzita",
    ("university", "Plzeň"): "Západočeská univerzita v Plzni",
    ("local", "London"): "London Borough of Lambeth",
    ("police", "London"): "Metropolitan Police Service",
    ("university", "London"): "University College London",
    ("police", "Manchester"): "Greater Manchester Police",
    ("police", "Salford"): "Greater Manchester Police",
    ("police", "Bolton"): "Greater Manchester Police",
    ("police", "Birmingham"): "West Midlands Police",
    ("police", "Coventry"): "West Midlands Police",
    ("police", "Wolverhampton"): "West Midlands Police",
    ("police", "Leeds"): "West Yorkshire Police",
    ("police", "Bradford"): "West Yorkshire Police",
    ("police", "Liverpool"): "Merseyside Police",
    ("police", "Glasgow"): "Police Scotland",
    ("justice", "Glasgow"): "Crown Office and Procurator Fiscal Service, Glasgow",
    ("justice", "Edinburgh"): "Crown Office and Procurator Fiscal Service, Edinburgh",
    ("police", "Edinburgh"): "Police Scotland",
    ("police", "Cardiff"): "South Wales Police",
    ("local", "Glasgow"): "Glasgow City Council",
    ("local", "Edinburgh"): "City of Edinburgh Council",
    ("university", "Coventry"): "University of Warwick",
    ("police", "Luxembourg"): "Police grand-ducale",
    ("police", "Esch-sur-Alzette"): "Police grand-ducale",
    ("police", "Differdange"): "Police grand-ducale",
    ("police", "Dudelange"): "Police grand-ducale",
}


def _french_de(name: str) -> str:
    return "d'" if name[0].lower() in "aeiouyéèêîôâ" else "de "


def organisation_for(kind: str, city: City) -> str:
    """The name of a city's local authority, police, prosecution office or university."""
    if kind not in _KINDS:
        raise ValueError(f"unknown organisation kind {kind!r}")
    override = _OVERRIDES.get((kind, city.name))
    if override is not None:
        return override
    if city.region is not None and city.region.startswith("safe.brussels") and kind == "local":
        return f"Commune {_french_de(city.name)}{city.name}"
    templates = _TEMPLATES.get((city.country, city.languages[0]))
    if templates is None:
        templates = _TEMPLATES[(city.country, next(k for c, k in _TEMPLATES if c == city.country))]
    return templates[_KINDS.index(kind)].format(c=city.name, de=_french_de(city.name))
