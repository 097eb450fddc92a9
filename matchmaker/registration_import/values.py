"""Turning the values registration systems write into the ones attendee records hold:
country and language names into ISO codes, topic labels into the event's slugs,
organisation type wording into its slug. Anything not recognised is passed on unchanged,
so the attendee rules refuse it with the field named."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from functools import cache

import pycountry
from babel import Locale

from matchmaker.registration_import.presets import header_key

# Names in the languages our organisers' forms are written in.
NAME_LOCALES = ("en", "fr", "de", "nl", "es", "it")
LIST_SEPARATORS = re.compile(r"[;,|/\n]")


@cache
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for locale in NAME_LOCALES:
        for code, name in Locale(locale).territories.items():
            if len(code) == 2 and code.isalpha():
                names.setdefault(header_key(name), code.upper())
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name", "alpha_3"):
            value = getattr(country, attribute, None)
            if value:
                names.setdefault(header_key(value), country.alpha_2)
    return names


@cache
def _language_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for locale in NAME_LOCALES:
        for code, name in Locale(locale).languages.items():
            if len(code) == 2:
                names.setdefault(header_key(name), code)
    for language in pycountry.languages:
        code = getattr(language, "alpha_2", None)
        if code:
            names.setdefault(header_key(language.name), code)
            names.setdefault(header_key(language.alpha_3), code)
    return names


def country_code(value: str) -> str:
    """ISO 3166-1 alpha-2 for a code or a country name ("France", "Allemagne", "DEU")."""
    text = value.strip()
    if len(text) == 2 and text.isalpha():
        return text.upper()
    return _country_names().get(header_key(text), text)


def language_codes(value: str) -> list[str]:
    """ISO 639-1 codes for "English, French", "anglais; français" or "en;fr"."""
    codes: list[str] = []
    for part in LIST_SEPARATORS.split(value):
        text = part.strip()
        if not text:
            continue
        code = text.lower() if len(text) == 2 else _language_names().get(header_key(text), text)
        codes.append(code)
    return codes


def topic_slugs(value: str, labels: Mapping[str, str]) -> list[str]:
    """The event's topic slugs for a cell naming topics by slug or by label (``labels``
    maps slug to label), as Google Forms writes ticked boxes: "Open data, Night life"."""
    by_key = {header_key(label): slug for slug, label in labels.items()}
    by_key.update({header_key(slug): slug for slug in labels})
    slugs: list[str] = []
    for part in LIST_SEPARATORS.split(value):
        text = part.strip()
        if text:
            slugs.append(by_key.get(header_key(text), text))
    return slugs


def organisation_type(value: str, labels: Mapping[str, Collection[str]]) -> str:
    """The slug for "Police", "local authority" or "local_authority"; ``labels`` maps the
    event's type slugs to their wordings (in each language)."""
    key = header_key(value.replace("_", " "))
    if not key:
        return ""
    for slug in labels:
        names = {header_key(slug.replace("_", " "))}
        names.update(header_key(label) for label in labels.get(slug, ()))
        if key in names:
            return slug
    return value.strip()
