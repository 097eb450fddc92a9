"""Every text the pages show is translated into French, with the same placeholders, and the
catalog the app loads is the one in the repository."""

from __future__ import annotations

import re
import sys

from babel.messages.pofile import read_po

from matchmaker.pages.i18n import Translators, choose_language
from matchmaker.settings import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "scripts"))
from translations import extract, po_path

PLACEHOLDER = re.compile(r"%\((\w+)\)s|\{(\w+)\}")


def placeholders(text: str) -> set[str]:
    return {a or b for a, b in PLACEHOLDER.findall(text)}


def test_every_page_text_has_a_french_translation_with_the_same_placeholders() -> None:
    with po_path("fr").open("rb") as source:
        catalog = read_po(source, locale="fr")
    problems = []
    for message in extract():
        if not message.id:
            continue
        translated = catalog.get(message.id)
        if translated is None or translated.fuzzy or not translated.string:
            problems.append(f"untranslated: {message.id!r}")
            continue
        sources = [message.id] if isinstance(message.id, str) else list(message.id)
        targets = (
            [translated.string] if isinstance(translated.string, str) else list(translated.string)
        )
        wanted = set().union(*(placeholders(s) for s in sources))
        for target in targets:
            if placeholders(target) - wanted or not target:
                problems.append(f"placeholders differ: {message.id!r} -> {target!r}")
    assert problems == []


def test_the_app_loads_the_french_catalog() -> None:
    french = Translators()["fr"]
    assert french.gettext("Today") == "Aujourd'hui"
    assert (
        french.ngettext("%(num)s person found", "%(num)s people found", 3) == "3 personnes trouvées"
    )
    assert Translators()["en"].gettext("Today") == "Today"


def test_the_language_follows_the_switcher_then_the_browser() -> None:
    assert choose_language(None, "fr-BE,fr;q=0.9,en;q=0.8") == "fr"
    assert choose_language(None, "de-DE,de;q=0.9,fr;q=0.5,en;q=0.4") == "fr"
    assert choose_language(None, "nl-BE, en;q=0.7") == "en"
    assert choose_language(None, None) == "en"
    assert choose_language("en", "fr") == "en"
    assert choose_language("xx", "fr") == "fr"


def test_shared_topics_are_joined_as_the_reader_s_language_joins_a_list() -> None:
    from matchmaker.matching import Reason
    from matchmaker.pages.reasons import worded

    reason = Reason(
        kind="shared_topics",
        values={"topics": "Nightlife, Drugs and Youth (+2 more)", "more": "2"},
        items=["Nightlife", "Drugs", "Youth"],
    )
    translators = Translators()
    assert worded(translators["en"], reason) == "Both work on Nightlife, Drugs and Youth (+2 more)"
    french = worded(translators["fr"], reason)
    assert "Nightlife, Drugs et Youth" in french
    assert "(+2 autres)" in french
