"""Planted people: structure the demo can show off.

The first three are the demo attendees the seed prints sign-in links for; each belongs to a
small cluster whose members answer each other's needs, so the first suggestions a visitor
opens are convincing and the reasons quote matching needs:

- nightlife in Liège: Sophie Lambert seeks drug checking and a night-time charter; Jordi Puig
  (Energy Control) runs drug checking and seeks night mediators, which she offers; Lotte
  de Vries (Groningen) offers a nightlife covenant and seeks mediators; Tobias Becker studies
  night mayors and seeks their data.
- radicalisation in Mechelen: Pieter Janssens seeks family counselling and offers a local
  case-conference cell; Miriam Schneider (Violence Prevention Network) offers the first and
  seeks the second; Hanne Maes evaluates both.
- women's safety in Bologna: Giulia Ferrari seeks exploratory walks with women and offers a
  femicide observatory; Camille Moreau (Lyon) offers the walks and seeks the observatory;
  Sara Lindqvist (Malmö) works on harassment in public transport.

Three more mutual pairs (floods and heatwaves, domestic-violence risk and alarm phones,
CCTV evaluation and citizen oversight) and three "celebrities" whose broad offers answer
what many people seek, so popularity damping has something to do.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Planted:
    """One planted person; ``offers`` are the topics of the practices they offer."""

    name: str
    role: str
    organisation: str
    organisation_type: str
    city: str
    languages: tuple[str, ...]
    topics: tuple[str, ...]
    offers: tuple[str, ...]
    seeking: str
    offering: str
    bio: str


PLANTED: tuple[Planted, ...] = (
    # -- the three demo attendees ------------------------------------------------------------
    Planted(
        "Sophie Lambert",
        "Nightlife Coordinator",
        "Ville de Liège",
        "local_authority",
        "Liège",
        ("fr", "en", "nl"),
        ("nightlife", "drugs", "public-spaces"),
        ("nightlife",),
        "Looking for:\n"
        "- drug checking at festivals and in clubs, with alerts to partygoers when a dangerous "
        "pill circulates\n"
        "- a nightlife charter between bar owners and residents that is still alive after its "
        "first year",
        "Eight night mediators who have worked the Carré bar district on weekend nights since "
        "2019, with their training and the noise complaints before and after. A label for bars "
        "whose staff are trained against sexual harassment and drink spiking.",
        "Set up Liège's night-time economy service in 2019 after six years as a street worker "
        "in the city centre. Sits between bar owners, residents and the police zone.",
    ),
    Planted(
        "Pieter Janssens",
        "Radicalisation Prevention Officer",
        "Stad Mechelen",
        "local_authority",
        "Mechelen",
        ("nl", "fr", "en"),
        ("radicalisation", "polarisation", "youth"),
        ("radicalisation",),
        "Counselling for parents whose teenage children are drawn into jihadist or far-right "
        "groups online, and what it changes for the families.",
        "Our local integrated security cell, where police, social services, schools and the "
        "prevention team discuss radicalisation cases every month within the law, with its "
        "protocol and what became of the cases it followed since 2016.",
        "Has led Mechelen's radicalisation prevention work since 2015, when young people from "
        "the city left for Syria. Trained as a youth worker.",
    ),
    Planted(
        "Giulia Ferrari",
        "Coordinator, Plan against Violence against Women",
        "Comune di Bologna",
        "local_authority",
        "Bologna",
        ("it", "en"),
        ("violence-against-women", "public-spaces", "domestic-violence"),
        ("violence-against-women",),
        "Experience of exploratory safety walks with women residents whose findings changed "
        "streets and lighting.",
        "The local observatory of violence against women we built with the police and the "
        "courts, cross-checking the records of every femicide and attempted femicide since "
        "2017.",
        "Coordinates Bologna's plan against violence against women and the network of its "
        "twelve anti-violence centres. Worked as a lawyer for women's shelters before that.",
    ),
    # -- their clusters ----------------------------------------------------------------------
    Planted(
        "Jordi Puig",
        "Harm Reduction Worker",
        "Energy Control",
        "ngo",
        "Barcelona",
        ("ca", "es", "en"),
        ("drugs", "nightlife"),
        ("drugs",),
        "Cities that run night mediators in bar districts, to convince our council to fund "
        "them. Ways to train bar staff against sexual harassment and drink spiking.",
        "Our drug checking service at festivals and clubs, which analyses pills on site and "
        "alerts partygoers when a dangerous batch circulates.",
        "Has tested substances at Catalan festivals for twelve years and trains peer "
        "volunteers to do it. Co-wrote the 2022 Spanish guidelines on drug checking.",
    ),
    Planted(
        "Lotte de Vries",
        "Night Mayor",
        "Gemeente Groningen",
        "local_authority",
        "Groningen",
        ("nl", "en", "de"),
        ("nightlife", "public-spaces", "local-safety-governance"),
        ("nightlife",),
        "Examples of night mediators or stewards in busy bar streets, and how bar owners were "
        "brought on board.",
        "The nightlife covenant we signed in 2021 with sixty bar owners and the residents' "
        "association (the police signed too), with the follow-up committee that keeps it alive.",
        "Elected night mayor of Groningen in 2021 after ten years of organising student "
        "festivals. Speaks for the night-time economy at the city council.",
    ),
    Planted(
        "Tobias Becker",
        "PhD Candidate, Night-Time Economy",
        "Universität Köln",
        "research",
        "Köln",
        ("de", "en"),
        ("nightlife", "drugs"),
        ("nightlife",),
        "Night-time economy services willing to share complaints and incident data for a "
        "comparison of nightlife mediation schemes.",
        "A comparison of night mayors and nightlife mediation schemes in eight European "
        "cities (costs and results).",
        "Writes a thesis on how cities govern the night, with fieldwork in Köln, Amsterdam and "
        "Liège. Worked as a club promoter before his studies.",
    ),
    Planted(
        "Miriam Schneider",
        "Family Counsellor, Radicalisation",
        "Violence Prevention Network",
        "ngo",
        "Berlin",
        ("de", "en"),
        ("radicalisation", "youth"),
        ("radicalisation",),
        "Models of municipal case conferences where police and social services discuss "
        "radicalisation cases lawfully (schools too), to propose one to Berlin's districts.",
        "Counselling for parents and siblings of young people drawn into extremism, online and "
        "in person, with the methods we have used since 2014.",
        "Has counselled families of radicalised young people for nine years, first in "
        "Hesse and now in Berlin. Trained as a systemic family therapist.",
    ),
    Planted(
        "Hanne Maes",
        "Researcher in Radicalisation Studies",
        "Universiteit Gent",
        "research",
        "Gent",
        ("nl", "en", "fr"),
        ("radicalisation", "polarisation"),
        ("radicalisation",),
        "Local prevention teams and family counselling services willing to take part in an "
        "evaluation of their work with radicalised young people.",
        "An evaluation framework for exit and family support programmes, tested with four "
        "Belgian cities.",
        "Studies how local prevention of radicalisation works in practice, from case "
        "conferences to family support. Spent two years embedded in Flemish prevention teams.",
    ),
    Planted(
        "Camille Moreau",
        "Urban Planner, Public Space Safety",
        "Ville de Lyon",
        "local_authority",
        "Lyon",
        ("fr", "en"),
        ("public-spaces", "violence-against-women"),
        ("public-spaces",),
        "A method to collect reliable local data on violence against women from police and "
        "court records, to decide where we act first.",
        "Exploratory walks with women residents in twelve neighbourhoods, and the guide we use "
        "to turn their findings into works on lighting, benches and bus stops.",
        "Has redesigned squares and station forecourts in Lyon for ten years. Started the "
        "city's women's safety walks in 2018.",
    ),
    Planted(
        "Sara Lindqvist",
        "Gender Equality Officer",
        "Malmö stad",
        "local_authority",
        "Malmö",
        ("sv", "en"),
        ("violence-against-women", "public-spaces"),
        ("violence-against-women",),
        "Measures against sexual harassment on night buses and at stops that were evaluated.",
        "A women's safety audit of our public transport hubs, carried out with the regional "
        "transport operator.",
        "Works on gender equality in Malmö's urban planning and transport. Before that, ran a "
        "helpline for women facing violence.",
    ),
    # -- three more mutual pairs -------------------------------------------------------------
    Planted(
        "Martine Schmit",
        "Crisis and Emergency Planning Officer",
        "Ville d'Esch-sur-Alzette",
        "local_authority",
        "Esch-sur-Alzette",
        ("lb", "fr", "de", "en"),
        ("crisis-management", "climate-security"),
        ("climate-security",),
        "Lessons from cities that evacuated neighbourhoods during floods (warning residents, "
        "moving people who cannot leave alone, coordinating volunteers).",
        "Our heatwave plan, with daily calls to isolated elderly residents and cool rooms in "
        "public buildings.",
        "Wrote Esch-sur-Alzette's emergency plan and runs its yearly crisis exercise. Worked "
        "for the fire and rescue service for eight years.",
    ),
    Planted(
        "Jonas Fischer",
        "Climate Adaptation and Resilience Officer",
        "Stadt Köln",
        "local_authority",
        "Köln",
        ("de", "en"),
        ("climate-security", "crisis-management"),
        ("climate-security",),
        "Heatwave plans that reach isolated elderly people with the help of volunteers.",
        "Lessons learnt from the July 2021 floods on evacuating residents and coordinating "
        "thousands of spontaneous volunteers.",
        "Coordinated volunteers during the 2021 floods and now prepares Köln for heat and "
        "heavy rain. Trained as a geographer.",
    ),
    Planted(
        "Koen Willems",
        "Domestic Violence Liaison Officer",
        "Politiezone Gent",
        "police",
        "Gent",
        ("nl", "fr", "en"),
        ("domestic-violence", "victim-support"),
        ("domestic-violence",),
        "Experience with alarm phones for victims of domestic violence at high risk: who gets "
        "one, who answers, what it changed.",
        "The risk assessment grid our patrol officers fill in at every domestic violence call, "
        "and how it decides the follow-up.",
        "Police officer for nineteen years, the last eight on domestic violence cases. Trains "
        "patrol officers across East Flanders.",
    ),
    Planted(
        "Inês Ferreira",
        "Victim Support Counsellor",
        "APAV – Associação Portuguesa de Apoio à Vítima",
        "ngo",
        "Lisboa",
        ("pt", "en", "es"),
        ("victim-support", "domestic-violence"),
        ("domestic-violence",),
        "Tools police officers use to assess the risk at domestic violence calls, and how "
        "victim services hear about the result.",
        "Feedback from three years of alarm phones for victims of domestic violence at high "
        "risk, answered around the clock.",
        "Has supported victims of crime in Lisbon for eleven years. Runs APAV's programme for "
        "victims at high risk.",
    ),
    Planted(
        "Anke Peeters",
        "CCTV and Urban Technology Manager",
        "Stad Antwerpen",
        "local_authority",
        "Antwerpen",
        ("nl", "en", "fr"),
        ("surveillance-ethics", "technology"),
        ("surveillance-ethics",),
        "Examples of citizen oversight boards for cameras and other urban technology: who "
        "sits on them and what they may refuse.",
        "An evaluation of our network of 300 cameras over five years: where crime fell, where "
        "it moved, and what the cameras cost.",
        "Manages Antwerp's camera network and every new sensor project the city considers. "
        "Came from the city's data protection team.",
    ),
    Planted(
        "Sanna Virtanen",
        "Researcher, Ethics of Surveillance",
        "Helsingin yliopisto",
        "research",
        "Helsinki",
        ("fi", "sv", "en"),
        ("surveillance-ethics", "technology"),
        ("surveillance-ethics",),
        "Cities that evaluated whether their CCTV cameras reduce crime, with data I could compare.",
        "The design of a citizen oversight board for urban technology, with the terms of "
        "reference we drafted for Helsinki.",
        "Researches the ethics of surveillance in public space and advised Helsinki on its "
        "technology oversight board. Trained in law and philosophy.",
    ),
    # -- celebrities: broad offers many people seek ------------------------------------------
    Planted(
        "Élodie Girard",
        "Programme Manager",
        "Efus – European Forum for Urban Security",
        "international_organisation",
        "Paris",
        ("fr", "en", "es"),
        ("local-safety-governance", "public-spaces", "youth", "polarisation"),
        ("local-safety-governance", "public-spaces"),
        "Cities ready to host a peer-review visit of their prevention programme next year.",
        "We can share:\n"
        "- a local safety diagnosis method (data, interviews, exploratory walks)\n"
        "- indicators and an annual report format to evaluate a local prevention policy\n"
        "- contacts in member cities working on every topic of this conference\n"
        "- participatory methods to redesign squares and parks with residents",
        "Has run Efus projects on local prevention policy for fourteen years, with cities "
        "from Lisbon to Helsinki. Previously a prevention coordinator in Seine-Saint-Denis.",
    ),
    Planted(
        "Bram Claes",
        "Professor of Criminology",
        "KU Leuven",
        "research",
        "Leuven",
        ("nl", "en", "fr"),
        ("local-safety-governance", "youth", "community-policing"),
        ("local-safety-governance", "youth"),
        "Cities willing to open their prevention data for a comparative study of what their "
        "programmes achieve.",
        "I can share:\n"
        "- the evidence on what works in local crime prevention, from lighting to mentoring\n"
        "- help to design the evaluation of a prevention programme\n"
        "- our review of programmes that keep teenagers out of street violence",
        "Has evaluated crime prevention programmes for Belgian and Dutch cities for twenty "
        "years. Chairs the scientific committee of the national prevention plan.",
    ),
    Planted(
        "Ruben Bakker",
        "Community Policing Officer",
        "Politie, basisteam Rotterdam",
        "police",
        "Rotterdam",
        ("nl", "en"),
        ("community-policing", "youth", "social-cohesion"),
        ("community-policing", "youth"),
        "Ways to keep young officers in neighbourhood posts longer than two years.",
        "We can share:\n"
        "- structured dialogue sessions between police officers and teenagers\n"
        "- a de-escalation and communication training for patrol officers\n"
        "- an evaluated late-night sports programme run with youth workers",
        "Neighbourhood officer in Rotterdam-Zuid for sixteen years, known for his weekly "
        "football nights with teenagers. Trains police forces across the Netherlands.",
    ),
)

#: How many planted people open the list: the seed shows sign-in links for these three.
SHOWN = 3
