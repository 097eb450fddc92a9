"""Attendee profile field types: constraints live in the types, so bad input is refused at
the edge with the field named."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal, get_args

from msgspec import Meta

from matchmaker.attendees.iso_codes import COUNTRY_CODES, LANGUAGE_CODES
from matchmaker.events.models import DEFAULT_ORGANISATION_TYPES, OrganisationTypeSlug, Slug
from matchmaker.text_fields import LongText, Name, ShortText

Email = Annotated[
    str,
    # Spaces and control characters spelled out: "\s" means other things in other engines.
    Meta(
        max_length=254,
        pattern=r"^[^@\x00-\x20\x7f]+@[^@\x00-\x20\x7f]+\.[^@\x00-\x20\x7f]+(?!\n)$",
        description="e-mail address",
    ),
]
if TYPE_CHECKING:
    CountryCodes = str
    LanguageCodes = str
else:
    # The code lists are data, not something to spell out by hand: a Literal of all of them
    # refuses any other code at the edge and lists them as an enum in the OpenAPI document.
    CountryCodes = Literal[("", *sorted(COUNTRY_CODES))]
    LanguageCodes = Literal[tuple(sorted(LANGUAGE_CODES))]
CountryCode = Annotated[
    CountryCodes, Meta(description="ISO 3166-1 alpha-2, upper case; empty when not given")
]
LanguageCode = Annotated[LanguageCodes, Meta(description="ISO 639-1, lower case")]
TopicSlug = Slug

# Each event has its own list (GET /api/v1/events/{event}/organisation-types): the document
# states the shape, the attendees service checks the value against the event's list.
OrganisationType = OrganisationTypeSlug
ORGANISATION_TYPES: tuple[str, ...] = tuple(entry.slug for entry in DEFAULT_ORGANISATION_TYPES)

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
