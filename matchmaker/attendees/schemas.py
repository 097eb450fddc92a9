"""What the attendee API reads and writes. Private fields (e-mail, consent, hidden choices)
appear only in an attendee's own view and the organiser's."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import msgspec
from msgspec import UNSET, Meta, UnsetType

from matchmaker.attendees.fields import (
    CountryCode,
    Email,
    HideableField,
    LanguageCode,
    LongText,
    Name,
    OrganisationType,
    ShortText,
    TopicSlug,
)
from matchmaker.attendees.models import AttendeeProfile

# A keyword msgspec has no constraint for: the document states it,
# check_profile_values refuses the repeats.
_NO_REPEATS = {"uniqueItems": True}
Languages = Annotated[list[LanguageCode], Meta(max_length=20, extra_json_schema=_NO_REPEATS)]
Topics = Annotated[list[TopicSlug], Meta(max_length=30, extra_json_schema=_NO_REPEATS)]
HiddenFields = Annotated[list[HideableField], Meta(max_length=10)]


class AttendeeCreate(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    name: Name
    email: Email
    role: ShortText = ""
    organisation: ShortText = ""
    organisation_type: OrganisationType = "other"
    city: ShortText = ""
    country: CountryCode = ""
    languages: Languages = msgspec.field(default_factory=list)
    topics: Topics = msgspec.field(default_factory=list)
    seeking: LongText = ""
    offering: LongText = ""
    bio: LongText = ""
    consent: bool = False
    hidden_fields: HiddenFields = msgspec.field(default_factory=list)


class AttendeePatch(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """A partial update: only the fields present change."""

    name: Name | UnsetType = UNSET
    email: Email | UnsetType = UNSET
    role: ShortText | UnsetType = UNSET
    organisation: ShortText | UnsetType = UNSET
    organisation_type: OrganisationType | UnsetType = UNSET
    city: ShortText | UnsetType = UNSET
    country: CountryCode | UnsetType = UNSET
    languages: Languages | UnsetType = UNSET
    topics: Topics | UnsetType = UNSET
    seeking: LongText | UnsetType = UNSET
    offering: LongText | UnsetType = UNSET
    bio: LongText | UnsetType = UNSET
    consent: bool | UnsetType = UNSET
    hidden_fields: HiddenFields | UnsetType = UNSET

    def changes(self) -> dict[str, object]:
        return {
            name: value
            for name in self.__struct_fields__
            if (value := getattr(self, name)) is not UNSET
        }


class AttendeeOwn(msgspec.Struct, frozen=True, kw_only=True):
    """An attendee's own full profile, also what the organiser sees."""

    id: int
    name: str
    email: str
    role: str
    organisation: str
    organisation_type: str
    city: str
    country: str
    languages: list[str]
    topics: list[str]
    seeking: str
    offering: str
    bio: str
    consent: bool
    hidden_fields: list[str]
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, profile: AttendeeProfile) -> AttendeeOwn:
        fields = {name: getattr(profile, name) for name in cls.__struct_fields__}
        return cls(**fields)


class AttendeeCreated(AttendeeOwn, frozen=True, kw_only=True):
    token: str
    """Shown once: only its hash is stored."""

    @classmethod
    def with_token(cls, profile: AttendeeProfile, token: str) -> AttendeeCreated:
        fields = {name: getattr(profile, name) for name in AttendeeOwn.__struct_fields__}
        return cls(**fields, token=token)


class AttendeePublic(msgspec.Struct, frozen=True, kw_only=True, omit_defaults=True):
    """What other attendees may see; fields the attendee hid are left out."""

    id: int
    name: str
    role: str
    organisation: str
    organisation_type: str
    country: str
    topics: list[str]
    city: str | None = None
    languages: list[str] | None = None
    seeking: str | None = None
    offering: str | None = None
    bio: str | None = None

    @classmethod
    def of(cls, profile: AttendeeProfile) -> AttendeePublic:
        hidden = set(profile.hidden_fields)
        return cls(
            id=profile.id,
            name=profile.name,
            role=profile.role,
            organisation=profile.organisation,
            organisation_type=profile.organisation_type,
            country=profile.country,
            topics=list(profile.topics),
            city=None if "city" in hidden else profile.city,
            languages=None if "languages" in hidden else list(profile.languages),
            seeking=None if "seeking" in hidden else profile.seeking,
            offering=None if "offering" in hidden else profile.offering,
            bio=None if "bio" in hidden else profile.bio,
        )


class AttendeePage(msgspec.Struct, frozen=True, kw_only=True):
    items: list[AttendeeOwn]
    next: str | None


class RowError(msgspec.Struct, frozen=True, kw_only=True):
    row: int
    """Spreadsheet row number: the header is row 1, the first attendee row 2."""
    field: str | None
    message: str


class ImportedToken(msgspec.Struct, frozen=True, kw_only=True):
    email: str
    token: str


class ImportReport(msgspec.Struct, frozen=True, kw_only=True):
    created: int
    updated: int
    errors: list[RowError]
    tokens: list[ImportedToken]
    dry_run: bool = False
