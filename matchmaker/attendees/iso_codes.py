"""ISO 3166-1 alpha-2 country codes and ISO 639-1 language codes, from pycountry's data."""

from __future__ import annotations

import pycountry

COUNTRY_CODES: frozenset[str] = frozenset(c.alpha_2 for c in pycountry.countries)
LANGUAGE_CODES: frozenset[str] = frozenset(
    lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2")
)


def country_name(code: str) -> str:
    """English short name of a country code, or the code itself when unknown."""
    country = pycountry.countries.get(alpha_2=code)
    return str(country.name) if country is not None else code


def language_name(code: str) -> str:
    """English name of a language code, or the code itself when unknown."""
    language = pycountry.languages.get(alpha_2=code)
    return str(language.name) if language is not None else code
