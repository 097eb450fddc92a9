"""Keep the page catalogs in step with the code: extract every translatable text of the pages
(templates and Python) into ``messages.pot`` and merge it into each language's ``.po``, keeping
the translations already there. New texts arrive untranslated; the test suite refuses a
catalog with an untranslated or mismatched entry.

    python scripts/translations.py          # extract and merge
    python scripts/translations.py --check  # exit 1 if a catalog is behind the code
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from matchmaker.pages.i18n import DEFAULT_LANGUAGE, DOMAIN, LANGUAGES, LOCALE_DIR

PAGES = LOCALE_DIR.parent
METHODS = [("**.py", "python"), ("**/templates/**.html", "jinja2.ext:babel_extract")]
OPTIONS = {"**/templates/**.html": {"extensions": "jinja2.ext.i18n"}}


def extract() -> Catalog:
    """Every text the pages translate, with where it is used."""
    template = Catalog(project="matchmaker", domain=DOMAIN)
    for filename, lineno, message, comments, context in extract_from_dir(
        str(PAGES), method_map=METHODS, options_map=OPTIONS
    ):
        template.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return template


def po_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def merged(language: str, template: Catalog) -> Catalog:
    path = po_path(language)
    if path.exists():
        with path.open("rb") as source:
            catalog = read_po(source, locale=language)
    else:
        catalog = Catalog(locale=language, domain=DOMAIN, project="matchmaker")
    catalog.update(template, no_fuzzy_matching=True)
    return catalog


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only report, write nothing")
    args = parser.parse_args()
    template = extract()
    behind = []
    for language in LANGUAGES:
        if language == DEFAULT_LANGUAGE:
            continue
        catalog = merged(language, template)
        missing = [m.id for m in catalog if m.id and (not m.string or m.fuzzy)]
        if missing:
            behind.append(f"{language}: {len(missing)} untranslated")
        if not args.check:
            po_path(language).parent.mkdir(parents=True, exist_ok=True)
            with po_path(language).open("wb") as target:
                write_po(target, catalog, width=100, omit_header=False, sort_output=False)
    if not args.check:
        with (LOCALE_DIR / f"{DOMAIN}.pot").open("wb") as target:
            write_po(target, template, width=100)
    print(f"{len(template)} texts; " + ("; ".join(behind) if behind else "every catalog complete"))
    return 1 if behind and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
