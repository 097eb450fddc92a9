"""Attendee profile field types: constraints live in the types, so bad input is refused at
the edge with the field named."""

from __future__ import annotations

from typing import Annotated, Literal, get_args

from msgspec import Meta

from matchmaker.attendees.iso_codes import COUNTRY_CODES, LANGUAGE_CODES

Name = Annotated[str, Meta(min_length=1, max_length=200)]
Email = Annotated[
    str,
    Meta(max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$", description="e-mail address"),
]
ShortText = Annotated[str, Meta(max_length=200)]
LongText = Annotated[str, Meta(max_length=2000)]
CountryCode = Annotated[
    str, Meta(pattern=r"^([A-Z]{2})?$", description="ISO 3166-1 alpha-2, upper case")
]
LanguageCode = Annotated[str, Meta(pattern=r"^[a-z]{2}$", description="ISO 639-1, lower case")]
TopicSlug = Annotated[str, Meta(pattern=r"^[a-z0-9][a-z0-9-]{0,62}$")]

OrganisationType = Literal[
    "local_authority",
    "regional_authority",
    "national_authority",
    "police",
    "justice",
    "ngo",
    "research",
    "private_sector",
    "international_organisation",
    "other",
]
ORGANISATION_TYPES: tuple[str, ...] = get_args(OrganisationType)

# Fields an attendee may keep from other attendees' eyes. Name, role and organisation are
# always shown (a meeting partner must know who they meet); e-mail is never shown.
HideableField = Literal["city", "bio", "languages", "seeking", "offering"]
HIDEABLE_FIELDS: tuple[str, ...] = get_args(HideableField)

__all__ = [
    "COUNTRY_CODES",
    "HIDEABLE_FIELDS",
    "LANGUAGE_CODES",
    "ORGANISATION_TYPES",
    "CountryCode",
    "Email",
    "HideableField",
    "LanguageCode",
    "LongText",
    "Name",
    "OrganisationType",
    "ShortText",
    "TopicSlug",
]
