"""Which of an export's columns feed which attendee field.

A mapping gives each column of the file (by position) a target field or nothing. Presets
name the columns of the exports organisers bring most often, as those systems document
them; pretix repeats names (the attendee's Company, City and Country, then the invoice
address's), so a preset names a column by its header *and* which occurrence it is. Any
other file gets a suggestion from common header words in English, French and German."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

# Attendee fields a column can feed, in the order the mapping form lists them.
TARGETS: tuple[str, ...] = (
    "name",
    "email",
    "role",
    "organisation",
    "organisation_type",
    "city",
    "country",
    "languages",
    "topics",
    "seeking",
    "offering",
    "bio",
    "consent",
)
# Fields several columns may feed together (first and last name; several question columns).
JOINED = frozenset({"name", "seeking", "offering", "bio", "languages", "topics"})

Mapping = tuple[str, ...]
"""One target per column of the file, "" for a column left out."""


def header_key(header: str) -> str:
    """A header compared without case, accents, punctuation or repeated spaces."""
    decomposed = unicodedata.normalize("NFKD", header)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    cleaned = "".join(c if c.isalnum() else " " for c in plain)
    return " ".join(cleaned.split())


@dataclass(frozen=True)
class PresetColumn:
    header: str
    target: str
    occurrence: int = 0
    """0 for the first column with this header, 1 for the second, ..."""


@dataclass(frozen=True)
class Preset:
    key: str
    label: str
    columns: tuple[PresetColumn, ...]
    signature: tuple[str, ...]
    """Headers that together recognise this system's export."""


PRESETS: tuple[Preset, ...] = (
    Preset(
        key="indico",
        label="Indico (registrants)",
        columns=(
            PresetColumn("First Name", "name"),
            PresetColumn("Last Name", "name"),
            PresetColumn("Email", "email"),
            PresetColumn("Affiliation", "organisation"),
            PresetColumn("Position", "role"),
            PresetColumn("Country", "country"),
        ),
        signature=("Registration date", "Registration state", "Affiliation"),
    ),
    Preset(
        key="pretix",
        label="pretix (attendees)",
        columns=(
            PresetColumn("Attendee name", "name"),
            PresetColumn("Attendee email", "email"),
            # The attendee's own Company, City and Country come first; the invoice
            # address repeats these names later and is the buyer's, not the attendee's.
            PresetColumn("Company", "organisation", 0),
            PresetColumn("City", "city", 0),
            PresetColumn("Country", "country", 0),
        ),
        signature=("Order code", "Attendee name", "Attendee email"),
    ),
    Preset(
        key="eventbrite",
        label="Eventbrite (attendee report)",
        columns=(
            PresetColumn("First Name", "name"),
            PresetColumn("Last Name", "name"),
            PresetColumn("Email", "email"),
            PresetColumn("Job Title", "role"),
            PresetColumn("Company", "organisation"),
            PresetColumn("Work City", "city"),
            PresetColumn("Work Country", "country"),
        ),
        signature=("Order #", "Ticket Type", "Attendee Status"),
    ),
    Preset(
        key="google_forms",
        label="Google Forms",
        columns=(
            PresetColumn("Email address", "email"),
            PresetColumn("Full name", "name"),
            PresetColumn("Job title", "role"),
            PresetColumn("Organisation", "organisation"),
            PresetColumn("Type of organisation", "organisation_type"),
            PresetColumn("City", "city"),
            PresetColumn("Country", "country"),
            PresetColumn("Languages you speak", "languages"),
            PresetColumn("Topics you are interested in", "topics"),
            PresetColumn("What are you looking for?", "seeking"),
            PresetColumn("What can you offer?", "offering"),
            PresetColumn("A few words about you", "bio"),
            PresetColumn("I agree to be suggested to other attendees", "consent"),
        ),
        signature=("Timestamp", "Email address"),
    ),
)
PRESETS_BY_KEY = {preset.key: preset for preset in PRESETS}

# Header words that name a field in exports without a preset (keys as header_key makes).
# fmt: off
SYNONYMS: dict[str, str] = {
    key: target
    for target, words in {
        "name": (
            "name", "full name", "attendee name", "participant", "participant name",
            "first name", "given name", "last name", "family name", "surname",
            "nom", "nom complet", "prenom", "nom de famille", "vorname", "nachname",
        ),
        "email": (
            "email", "e mail", "email address", "e mail address", "attendee email", "mail",
            "courriel", "adresse e mail", "adresse email", "e mail adresse",
        ),
        "role": ("role", "position", "job title", "job", "function", "fonction", "poste"),
        "organisation": (
            "organisation", "organization", "company", "affiliation", "employer",
            "institution", "organisme", "societe", "entreprise", "firma", "organisation name",
        ),
        "organisation_type": (
            "organisation type", "organization type", "type of organisation",
            "type of organization", "type d organisation", "type d organisme",
        ),
        "city": ("city", "town", "work city", "ville", "commune", "stadt", "ort"),
        "country": ("country", "work country", "pays", "land", "country code"),
        "languages": ("languages", "language", "langues", "langue", "sprachen"),
        "topics": ("topics", "interests", "themes", "thematiques", "sujets", "themen"),
        "seeking": ("seeking", "looking for", "i am looking for", "je cherche", "recherche"),
        "offering": ("offering", "offer", "i can offer", "je propose", "offre"),
        "bio": ("bio", "biography", "about", "about me", "biographie", "a propos"),
        "consent": ("consent", "consentement", "matchmaking consent", "opt in"),
    }.items()
    for key in (header_key(word) for word in words)
}
# fmt: on


def detect_preset(header: Sequence[str]) -> Preset | None:
    """The preset whose signature headers all appear in ``header`` (None when none does)."""
    present = {header_key(name) for name in header}
    for preset in PRESETS:
        if all(header_key(name) in present for name in preset.signature):
            return preset
    return None


def preset_mapping(preset: Preset, header: Sequence[str]) -> Mapping:
    """The preset applied to this header: each named column found by header and occurrence."""
    targets = [""] * len(header)
    for column in preset.columns:
        wanted = header_key(column.header)
        positions = [i for i, name in enumerate(header) if header_key(name) == wanted]
        if column.occurrence < len(positions):
            targets[positions[column.occurrence]] = column.target
    return tuple(targets)


def suggest_mapping(header: Sequence[str]) -> tuple[Mapping, Preset | None]:
    """A mapping for an export: its system's preset when recognised, else header words.
    A field that only one column may feed takes the first column naming it."""
    preset = detect_preset(header)
    if preset is not None:
        return preset_mapping(preset, header), preset
    targets: list[str] = []
    taken: set[str] = set()
    for name in header:
        target = SYNONYMS.get(header_key(name), "")
        if target and target not in JOINED and target in taken:
            target = ""
        taken.add(target)
        targets.append(target)
    return tuple(targets), None


def check_mapping(mapping: Sequence[str], header: Sequence[str]) -> list[str]:
    """What is wrong with a mapping chosen in the form, as field names: a target fed by two
    columns where only one may, and the required name and e-mail when nothing feeds them."""
    problems: list[str] = []
    if len(mapping) != len(header) or any(t and t not in TARGETS for t in mapping):
        return ["mapping"]
    for target in TARGETS:
        count = sum(1 for t in mapping if t == target)
        if count > 1 and target not in JOINED:
            problems.append(target)
    for required in ("name", "email"):
        if required not in mapping:
            problems.append(required)
    return problems
