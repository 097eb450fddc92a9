"""Languages of the pages: catalogs, choosing one per request, and formatting dates and times
for that language in the event's timezone.

The French catalog is read from its ``.po`` file when the app starts (Babel compiles it in
memory), so a plain ``pip install -e .`` of a fresh clone has every translation, no compiled
``.mo`` file is committed beside its source, and no build step can be forgotten."""

from __future__ import annotations

import gettext
import io
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from babel import Locale
from babel.core import negotiate_locale
from babel.dates import format_date, format_time, format_timedelta, get_timezone_name
from babel.lists import format_list
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from litestar.connection import ASGIConnection

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "messages"
LANGUAGES = ("en", "fr")
DEFAULT_LANGUAGE = "en"
LANGUAGE_COOKIE = "mm_lang"
# How each language formats dates and times: British English for a European audience
# (24-hour clock, day before month).
_FORMAT_LOCALES = {"en": "en_GB", "fr": "fr_FR"}
_TRANSLATOR = "mm_translator"


def N_(message: str) -> str:
    """Mark ``message`` for translation where it is defined; it is translated when shown."""
    return message


def load_translations(language: str, directory: Path = LOCALE_DIR) -> gettext.NullTranslations:
    """The catalog of ``language`` compiled from its .po file; English is the source text."""
    po_path = directory / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    if language == DEFAULT_LANGUAGE or not po_path.exists():
        return gettext.NullTranslations()
    with po_path.open("rb") as source:
        catalog = read_po(source, locale=language)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)  # fuzzy entries are left out, as gettext would
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


@dataclass(frozen=True)
class Translator:
    """Everything language-dependent a page needs, for one language."""

    language: str
    translations: gettext.NullTranslations = field(repr=False)
    locale: Locale = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "locale", Locale.parse(_FORMAT_LOCALES[self.language]))

    def gettext(self, message: str, **variables: Any) -> str:
        text = self.translations.gettext(message)
        return text % variables if variables else text

    def ngettext(self, singular: str, plural: str, n: int, **variables: Any) -> str:
        text = self.translations.ngettext(singular, plural, n)
        return text % {"num": n, **variables}

    def join(self, items: list[str]) -> str:
        """``A, B et C``: a list joined as the reader's language joins one."""
        return format_list(items, locale=self.locale) if items else ""

    def time(self, moment: datetime) -> str:
        """``14:30 CEST``: the wall-clock time in the moment's zone, with the zone's label."""
        return f"{format_time(moment, 'short', locale=self.locale)} {moment.tzname() or ''}".strip()

    def time_range(self, start: datetime, end: datetime) -> str:
        short = format_time(start, "short", locale=self.locale)
        return f"{short}–{self.time(end)}"

    def date(self, moment: datetime) -> str:
        """``Wednesday 15 April`` / ``mercredi 15 avril``."""
        return format_date(moment, "EEEE d MMMM", locale=self.locale)

    def date_time(self, moment: datetime) -> str:
        return f"{self.date(moment)}, {self.time(moment)}"

    def duration(self, delta: timedelta) -> str:
        """``in 2 days`` / ``dans 2 jours``."""
        return format_timedelta(delta, locale=self.locale, add_direction=True, threshold=1.1)

    def zone_name(self, moment: datetime) -> str:
        """``Central European Time (CEST)``: the zone every time on the page is shown in."""
        name = get_timezone_name(moment, width="long", locale=self.locale, uncommon=True)
        generic = get_timezone_name(moment.tzinfo, locale=self.locale)
        return f"{generic or name} ({moment.tzname()})"

    def country(self, code: str) -> str:
        return str(self.locale.territories.get(code, code)) if code else ""

    def language_name(self, code: str) -> str:
        name = self.locale.languages.get(code)
        return str(name) if name else code


class Translators:
    """One translator per shipped language, built once when the app is created."""

    def __init__(self, directory: Path = LOCALE_DIR) -> None:
        self._by_language = {
            language: Translator(language, load_translations(language, directory))
            for language in LANGUAGES
        }

    def __getitem__(self, language: str) -> Translator:
        return self._by_language[language]

    def for_connection(self, connection: ASGIConnection[Any, Any, Any, Any]) -> Translator:
        """The language this request is answered in, decided once per request: the
        switcher's cookie, else the browser's Accept-Language, else English."""
        state = connection.scope.setdefault("state", {})
        cached = state.get(_TRANSLATOR)
        if isinstance(cached, Translator):
            return cached
        translator = self[
            choose_language(
                connection.cookies.get(LANGUAGE_COOKIE),
                connection.headers.get("accept-language"),
            )
        ]
        state[_TRANSLATOR] = translator
        return translator


def choose_language(cookie: str | None, accept_language: str | None) -> str:
    """The shipped language a visitor prefers."""
    if cookie in LANGUAGES:
        return cookie
    preferred: list[tuple[float, str]] = []
    for position, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        if not tag or tag == "*":
            continue
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        if quality > 0:
            # Stable: equal qualities keep the browser's order.
            preferred.append((-quality + position * 1e-6, tag.replace("_", "-")))
    ranked = [tag for _, tag in sorted(preferred)]
    chosen = negotiate_locale(ranked, list(LANGUAGES), sep="-")
    if chosen is None:
        # "fr-BE" matches "fr" through its primary subtag.
        for tag in ranked:
            primary = tag.split("-")[0].lower()
            if primary in LANGUAGES:
                return primary
        return DEFAULT_LANGUAGE
    return chosen
