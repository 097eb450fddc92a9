"""The Jinja environment every page audience shares: templates found per audience
(``attendee/…``, later ``console/…``) beside the shared ``base.html``, autoescaping, gettext
in the request's language, and filters that format times in the event's timezone."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PrefixLoader,
    StrictUndefined,
    pass_context,
)
from litestar.plugins.jinja import JinjaTemplateEngine
from litestar.template.config import TemplateConfig

from matchmaker.matching import Reason
from matchmaker.pages.i18n import Translator, Translators
from matchmaker.pages.reasons import worded

PAGES_DIR = Path(__file__).parent
SHARED_TEMPLATES = PAGES_DIR / "templates"
STATIC_DIR = PAGES_DIR.parent / "web" / "static"
STATIC_PATH = "/static"


def translator_of(context: Mapping[str, Any]) -> Translator:
    request = context["request"]
    translators: Translators = request.app.state.translators
    return translators.for_connection(request)


@pass_context
def _gettext(context: Mapping[str, Any], message: str) -> str:
    return translator_of(context).translations.gettext(message)


@pass_context
def _ngettext(context: Mapping[str, Any], singular: str, plural: str, n: int) -> str:
    return translator_of(context).translations.ngettext(singular, plural, n)


def _formatter(method: str) -> Any:
    @pass_context
    def format_value(context: Mapping[str, Any], value: Any, *more: Any) -> str:
        if value is None:
            return ""
        formatted: str = getattr(translator_of(context), method)(value, *more)
        return formatted

    return format_value


@pass_context
def _flash_messages(context: Mapping[str, Any]) -> list[Any]:
    """The flashed messages, taken out of the session (so each shows once). Error pages
    may be rendered before the session is loaded; they show none."""
    request = context["request"]
    if not request.scope.get("session"):
        return []
    messages: list[Any] = request.session.pop("_messages", [])
    return messages


@pass_context
def _reason(context: Mapping[str, Any], reason: Reason) -> str:
    return worded(translator_of(context), reason)


def static_urls(directory: Path = STATIC_DIR) -> dict[str, str]:
    """Each static file's address with a digest of its content, so browsers may keep it
    for a year and still fetch a changed file at once."""
    urls: dict[str, str] = {}
    for path in sorted(directory.iterdir()):
        if path.is_file():
            digest = hashlib.sha256(path.read_bytes()).hexdigest()[:10]
            urls[path.name] = f"{STATIC_PATH}/{path.name}?v={digest}"
    return urls


def build_environment(audiences: Mapping[str, Path]) -> Environment:
    """The environment: ``base.html`` and shared macros by name, each audience's templates
    under its prefix (``attendee/today.html``)."""
    loader = ChoiceLoader(
        [
            FileSystemLoader(SHARED_TEMPLATES),
            PrefixLoader({name: FileSystemLoader(path) for name, path in audiences.items()}),
        ]
    )
    env = Environment(
        loader=loader,
        autoescape=True,
        undefined=StrictUndefined,  # a misspelt variable fails a test instead of vanishing
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
        extensions=["jinja2.ext.i18n"],
    )
    env.install_gettext_callables(_gettext, _ngettext, newstyle=True)  # type: ignore[attr-defined]
    for name in (
        "time",
        "time_range",
        "date",
        "date_time",
        "duration",
        "zone_name",
        "country",
        "language_name",
    ):
        env.filters[name] = _formatter(name)
    urls = static_urls()
    env.globals["static"] = lambda name: urls[name]
    env.globals["flash_messages"] = _flash_messages
    env.filters["reason"] = _reason
    return env


def template_config(audiences: Mapping[str, Path]) -> TemplateConfig[JinjaTemplateEngine]:
    return TemplateConfig(
        instance=JinjaTemplateEngine.from_environment(build_environment(audiences))
    )
