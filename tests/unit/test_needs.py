"""Seeking and offering texts are split into needs the way people write lists."""

from __future__ import annotations

import pytest

from matchmaker.matching import split_needs
from matchmaker.matching.needs import MAX_NEEDS


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        (
            "drug checking at festivals, night mayors and safe transport home",
            ["drug checking at festivals", "night mayors", "safe transport home"],
        ),
        (
            "Looking for: exit programmes; online hate monitoring",
            ["exit programmes", "online hate monitoring"],
        ),
        ("- GIS mapping\n- victimisation surveys\n- CPTED audits", None),
        (
            "Analyse de produits en milieu festif, salles de consommation et maraudes",
            ["Analyse de produits en milieu festif", "salles de consommation", "maraudes"],
        ),
        (
            "testen van pillen op festivals, gebruiksruimtes en straathoekwerk voor jongeren",
            ["testen van pillen op festivals", "gebruiksruimtes", "straathoekwerk voor jongeren"],
        ),
        (
            "Ausstiegsprogramme, Präventionsarbeit an Schulen und Online-Radikalisierung",
            ["Ausstiegsprogramme", "Präventionsarbeit an Schulen", "Online-Radikalisierung"],
        ),
        (
            "1) Victim-offender mediation 2) Night audits of bar districts 3) Peacemaking circles",
            ["Victim-offender mediation", "Night audits of bar districts", "Peacemaking circles"],
        ),
        (
            "Know: risk assessment of crowded places, citizen panels on policing priorities",
            ["risk assessment of crowded places", "citizen panels on policing priorities"],
        ),
        (
            "Reagent testing (Marquis, Mecke) / take-home naloxone / housing first",
            ["Reagent testing (Marquis, Mecke)", "take-home naloxone", "housing first"],
        ),
        (
            "bystander training, mediation between victims and offenders and sketch maps of fear",
            [
                "bystander training",
                "mediation between victims and offenders",
                "sketch maps of fear",
            ],
        ),
        (
            "We run a night mayor office. We would like to hear about drink spiking, e.g. staff "
            "training.",
            [
                "We run a night mayor office",
                "We would like to hear about drink spiking, e.g. staff training",
            ],
        ),
    ],
)
def test_lists_sentences_and_enumerations_become_needs(text: str, needs: list[str] | None) -> None:
    expected = needs or ["GIS mapping", "victimisation surveys", "CPTED audits"]
    assert list(split_needs(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "mediation between bars and residents over night-time noise",  # a lone "and"
        "In our city, we mediate between bars and residents",  # one comma is a clause
        # commas in prose: the clauses carry the sentence on
        "We have shelters, but the partner goes home, meets someone new and it starts again",
        "We can share our experience with supervised drug consumption rooms.",
        "Happy to share. Our city runs housing first for rough sleepers.",  # no second need
    ],
)
def test_one_need_stays_one(text: str) -> None:
    assert split_needs(text) == (" ".join(text.split()),)


def test_french_en_is_not_a_list_word_in_french() -> None:
    # "en" joins Dutch lists only; in French it means "in".
    text = "analyse de drogues en milieu festif, réduction des risques en prison"
    assert split_needs(text) == (text,)
    dutch = "testen van pillen op festivals, risicobeperking en straathoekwerk"
    assert split_needs(dutch) == (
        "testen van pillen op festivals",
        "risicobeperking",
        "straathoekwerk",
    )


def test_empty_text_has_no_needs() -> None:
    assert split_needs("") == ()
    assert split_needs("   \n ") == ()


def test_needs_are_verbatim_and_capped() -> None:
    text = ", ".join(f"Need number {i} in Brussels" for i in range(20))
    found = split_needs(text)
    assert found[0] == "Need number 0 in Brussels"  # casing kept
    assert len(found) == MAX_NEEDS
