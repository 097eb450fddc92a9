"""The profile form, shared by onboarding and the Me page: read the fields shown into the
API's own ``AttendeePatch`` and save through the same service as ``PATCH /me``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from litestar.datastructures import FormMultiDict

from matchmaker.attendees.iso_codes import COUNTRY_CODES
from matchmaker.attendees.models import AttendeeProfile
from matchmaker.attendees.schemas import AttendeePatch
from matchmaker.attendees.service import update_own_profile
from matchmaker.errors import InvalidInput, MatchmakerError, NotFound
from matchmaker.events.models import Event
from matchmaker.pages.actions import attempt
from matchmaker.pages.attendee.labels import LANGUAGE_CHOICES, organisation_type_names
from matchmaker.pages.attendee.views import AttendeeView
from matchmaker.pages.errors import describe
from matchmaker.pages.forms import FieldErrors, choices, convert, text
from matchmaker.pages.i18n import Translator

LIST_FIELDS = ("languages", "topics", "hidden_fields")
# What the profile page edits: every field of the API's patch but those with pages of their
# own (consent, hidden fields) and the e-mail address, which the organiser's import owns.
EDITABLE = tuple(
    name
    for name in AttendeePatch.__struct_fields__
    if name not in ("email", "consent", "hidden_fields")
)


def profile_values(form: FormMultiDict, names: Iterable[str]) -> dict[str, Any]:
    """The submitted values of the fields ``names`` (the ones the form showed)."""
    values: dict[str, Any] = {}
    for name in names:
        if name in LIST_FIELDS:
            values[name] = choices(form, name)
        elif name == "country":
            values[name] = text(form, name).upper()
        elif name == "consent":
            values[name] = text(form, name) == "yes"
        else:
            values[name] = text(form, name)
    return values


def saving_profile(
    view: AttendeeView, values: dict[str, Any]
) -> Callable[[], Awaitable[AttendeeProfile]]:
    """The action of saving ``values`` through the API's own patch and rules."""

    async def save() -> AttendeeProfile:
        patch = convert(values, AttendeePatch)
        return await update_own_profile(view.conn, view.event, view.me, patch)

    return save


async def save_profile(
    view: AttendeeView, values: dict[str, Any]
) -> AttendeeProfile | MatchmakerError:
    """Save; a refusal is returned, naming the field."""
    return await attempt(view.conn, saving_profile(view, values))


def field_errors(t: Translator, error: MatchmakerError) -> FieldErrors:
    """What to say next to the field a refusal names."""
    errors = FieldErrors()
    field = error.field or ""
    messages = {
        "name": t.gettext("Enter your name, at most 200 characters."),
        "role": t.gettext("Use at most 200 characters."),
        "organisation": t.gettext("Use at most 200 characters."),
        "city": t.gettext("Use at most 200 characters."),
        "organisation_type": t.gettext("Choose a type of organisation from the list."),
        "country": t.gettext("Choose a country from the list."),
        "languages": t.gettext("Choose languages from the list."),
        "topics": t.gettext("Choose topics from the list."),
        "hidden_fields": t.gettext("Choose from the list."),
        "seeking": t.gettext("Use at most 2000 characters."),
        "offering": t.gettext("Use at most 2000 characters."),
        "bio": t.gettext("Use at most 2000 characters."),
        "message": t.gettext("Use at most 500 characters."),
    }
    # A topic or organisation type the event lacks is a NotFound (as through the API); on a
    # form it means "choose from the list" like any other bad answer.
    if isinstance(error, (InvalidInput, NotFound)) and field in messages:
        errors.add(field, messages[field])
    else:
        errors.add(field or "form", describe(t, error))
    return errors


def form_options(t: Translator, event: Event, me: AttendeeProfile) -> dict[str, Any]:
    """The choices the profile form offers, in the reader's language."""
    countries = sorted(COUNTRY_CODES, key=lambda code: t.country(code).casefold())
    languages = list(LANGUAGE_CHOICES) + [c for c in me.languages if c not in LANGUAGE_CHOICES]
    return {
        "countries": [(code, t.country(code)) for code in countries],
        "language_choices": [(code, t.language_name(code)) for code in languages],
        "topic_choices": [(topic.slug, topic.label) for topic in event.topics],
        "organisation_types": list(organisation_type_names(t, event).items()),
    }
