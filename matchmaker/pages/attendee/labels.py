"""Words for values the services store as codes: marked for translation here, translated
when a page is rendered."""

from __future__ import annotations

from matchmaker.events.models import Event
from matchmaker.pages.i18n import N_, Translator

# The words for the organisation types every event starts with; a type an organiser adds
# is shown with the label they gave it.
ORGANISATION_TYPES = {
    "local_authority": N_("Local authority"),
    "regional_authority": N_("Regional authority"),
    "national_authority": N_("National authority"),
    "police": N_("Police"),
    "justice": N_("Justice"),
    "ngo": N_("NGO or association"),
    "research": N_("Research"),
    "private_sector": N_("Private sector"),
    "international_organisation": N_("International organisation"),
    "other": N_("Other"),
}

FIELDS = {
    "name": N_("Name"),
    "email": N_("E-mail address"),
    "role": N_("Role"),
    "organisation": N_("Organisation"),
    "organisation_type": N_("Type of organisation"),
    "city": N_("City"),
    "country": N_("Country"),
    "languages": N_("Languages"),
    "topics": N_("Topics"),
    "seeking": N_("What you seek"),
    "offering": N_("What you offer"),
    "bio": N_("Short bio"),
    "consent": N_("Matchmaking"),
    "message": N_("Message"),
    "preferred_slot_ids": N_("Preferred times"),
    "slot_id": N_("Time"),
    "slot_ids": N_("Availability"),
    "note": N_("Note"),
}

REQUEST_STATUSES = {
    "pending": N_("Pending"),
    "accepted": N_("Accepted"),
    "declined": N_("Declined"),
    "withdrawn": N_("Withdrawn"),
    "expired": N_("Expired"),
    "cancelled": N_("Cancelled"),
    "booked": N_("Booked"),
}

# Languages offered as tick boxes, European first; a code an attendee already has is
# added to the list when their form is shown.
LANGUAGE_CHOICES = (
    "en",
    "fr",
    "nl",
    "de",
    "es",
    "it",
    "pt",
    "pl",
    "ro",
    "el",
    "sv",
    "da",
    "fi",
    "cs",
    "sk",
    "hu",
    "bg",
    "hr",
    "sl",
    "et",
    "lv",
    "lt",
    "ga",
    "mt",
    "lb",
    "ca",
    "eu",
    "no",
    "is",
    "sq",
    "sr",
    "bs",
    "mk",
    "tr",
    "uk",
    "ru",
    "ar",
)


def organisation_type_names(t: Translator, event: Event) -> dict[str, str]:
    """The event's organisation types in its order, each worded in the reader's language."""
    return {
        entry.slug: t.gettext(ORGANISATION_TYPES[entry.slug])
        if entry.slug in ORGANISATION_TYPES
        else entry.label
        for entry in event.organisation_types
    }
