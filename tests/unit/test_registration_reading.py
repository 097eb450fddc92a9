"""Reading registration systems' exports: any of the encodings and delimiters they come in,
their columns mapped to attendee fields by preset or by header words, their values turned
into the codes attendee records hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from matchmaker.errors import Conflict
from matchmaker.registration_import.mapping import canonical_rows
from matchmaker.registration_import.presets import (
    PRESETS_BY_KEY,
    check_mapping,
    preset_mapping,
    suggest_mapping,
)
from matchmaker.registration_import.reading import decode, read_table, sniff_delimiter
from matchmaker.registration_import.values import country_code, language_codes, topic_slugs

DATA = Path(__file__).parent.parent / "data" / "registration"
TOPICS = {
    "nightlife": "Nightlife",
    "drugs": "Drugs and harm reduction",
    "victim-support": "Victim support",
}
TYPES = {"local_authority": ["Local authority", "Autorité locale"], "police": ["Police"]}


def fixture(name: str) -> bytes:
    return (DATA / name).read_bytes()


def mapped(table_bytes: bytes) -> list[dict[str, str]]:
    table = read_table(table_bytes)
    mapping, _ = suggest_mapping(table.header)
    return list(canonical_rows(table.rows, mapping, topic_labels=TOPICS, type_labels=TYPES).cells)


def test_utf8_with_and_without_bom_and_windows_1252_read_the_same_text() -> None:
    text = "name,city\nZoé,Liège\n"
    assert decode(text.encode("utf-8")) == (text, "utf-8")
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8")) == (text, "utf-8-sig")
    assert decode(text.encode("cp1252")) == (text, "windows-1252")
    # 0x81 is undefined in Windows-1252: Latin-1 still reads the file.
    assert decode(b"a\x81\xe9")[1] == "latin-1"


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_the_delimiter_is_found_from_the_header(delimiter: str) -> None:
    text = delimiter.join(["Name", "Email", "City"]) + "\n" + delimiter.join(["A", "a@b.c", "X, Y"])
    assert sniff_delimiter(text) == delimiter


def test_a_comma_inside_quotes_does_not_outvote_semicolons() -> None:
    assert sniff_delimiter('"Name, full";Email;City\nA;b@c.d;X\n') == ";"


def test_quoted_line_breaks_stay_in_the_cell_and_lines_are_counted() -> None:
    table = read_table(b'name,bio\nAnne,"two\nlines"\nJan,one\n')
    assert [(row.line, row.cells) for row in table.rows] == [
        (2, ("Anne", "two\nlines")),
        (4, ("Jan", "one")),
    ]


def test_a_file_without_a_header_is_refused_naming_the_file() -> None:
    with pytest.raises(Conflict) as refused:
        read_table(b"\n\n")
    assert refused.value.field == "file"


def test_indico_export_is_recognised_and_first_and_last_names_are_joined() -> None:
    table = read_table(fixture("indico_registrants.csv"))
    mapping, preset = suggest_mapping(table.header)
    assert preset is not None
    assert preset.key == "indico"
    first = mapped(fixture("indico_registrants.csv"))[0]
    assert first["name"] == "Anne Dupont"
    assert first["organisation"] == "Ville de Liège"
    assert first["country"] == "BE"  # "Belgium" as its code
    assert mapping[table.header.index("Phone")] == ""


def test_pretix_repeated_columns_take_the_attendees_not_the_invoice_address() -> None:
    table = read_table(fixture("pretix_attendees.csv"))
    assert table.encoding == "utf-8-sig"
    assert table.header[0] == "Order code"
    assert table.header.count("Company") == 2
    assert table.header.count("City") == 2
    mapping, preset = suggest_mapping(table.header)
    assert preset is not None
    assert preset.key == "pretix"
    company = [i for i, name in enumerate(table.header) if name == "Company"]
    assert (mapping[company[0]], mapping[company[1]]) == ("organisation", "")
    lyon = mapped(fixture("pretix_attendees.csv"))[2]
    # The invoice address says Paris and an accounting firm; the attendee is in Lyon.
    assert (lyon["name"], lyon["organisation"], lyon["city"]) == (
        "François Girard",
        "Mairie de Lyon",
        "Lyon",
    )
    assert lyon["email"] == "francois.girard@mairie-lyon.fr"  # not the buyer's address


def test_eventbrite_report_in_windows_1252_keeps_its_accents() -> None:
    table = read_table(fixture("eventbrite_attendees.csv"))
    assert table.encoding == "windows-1252"
    assert suggest_mapping(table.header)[1] is PRESETS_BY_KEY["eventbrite"]
    rows = mapped(fixture("eventbrite_attendees.csv"))
    assert rows[0]["name"] == "Søren Kierkegård"
    assert (rows[1]["organisation"], rows[1]["city"], rows[1]["role"]) == (
        "Ayuntamiento de Madrid",
        "Madrid",
        "Técnica de seguridad",
    )


def test_google_forms_answers_become_codes_and_slugs() -> None:
    table = read_table(fixture("google_forms_responses.csv"))
    assert table.delimiter == ";"
    assert suggest_mapping(table.header)[1] is PRESETS_BY_KEY["google_forms"]
    rows = mapped(fixture("google_forms_responses.csv"))
    claire, pieter = rows[0], rows[1]
    assert claire["name"] == "Claire Roux"
    assert claire["role"] == "Chargée de prévention"
    assert claire["topics"] == "nightlife;drugs"
    assert claire["languages"] == "fr;en"
    assert claire["seeking"] == "Night-time economy partners;\nespecially bar owners"
    assert claire["organisation_type"] == "local_authority"
    assert pieter["country"] == "NL"  # "Pays-Bas", the French name
    assert pieter["languages"] == "nl;en;de"
    assert [row.line for row in table.rows] == [2, 4, 5, 6]  # the quoted line break


def test_unknown_exports_are_mapped_by_header_words_in_several_languages() -> None:
    mapping, preset = suggest_mapping(
        ["Prénom", "Nom de famille", "Courriel", "Société", "Pays", "Notes"]
    )
    assert preset is None
    assert mapping == ("name", "name", "email", "organisation", "country", "")


def test_a_field_only_one_column_may_feed_is_suggested_once() -> None:
    mapping, _ = suggest_mapping(["Name", "Email", "E-mail address"])
    assert mapping == ("name", "email", "")


def test_mapping_checks_name_the_field() -> None:
    header = ["A", "B", "C"]
    assert check_mapping(("name", "email", ""), header) == []
    assert check_mapping(("name", "", ""), header) == ["email"]
    assert check_mapping(("name", "email", "email"), header) == ["email"]
    assert check_mapping(("name", "email", "nonsense"), header) == ["mapping"]
    assert check_mapping(("name", "email"), header) == ["mapping"]


def test_a_preset_picked_by_hand_maps_what_it_finds() -> None:
    header = ["Attendee name", "Attendee email", "City"]
    assert preset_mapping(PRESETS_BY_KEY["pretix"], header) == ("name", "email", "city")


def test_values_become_codes_or_are_left_for_the_rules_to_refuse() -> None:
    assert country_code("Allemagne") == "DE"
    assert country_code("deu") == "DE"
    assert country_code("be") == "BE"
    assert country_code("Atlantis") == "Atlantis"
    assert language_codes("anglais; Français") == ["en", "fr"]
    assert topic_slugs("nightlife, Victim support, Astrology", TOPICS) == [
        "nightlife",
        "victim-support",
        "Astrology",
    ]
