"""What of a need is embedded: the practice, not the framing everyone writes alike."""

from __future__ import annotations

import pytest

from matchmaker.matching.framing import need_core


@pytest.mark.parametrize(
    ("need", "core"),
    [
        (
            "We are looking for partners experienced in drug checking at festivals.",
            "drug checking at festivals",
        ),
        (
            "Our municipality has run supervised drug consumption rooms for five years.",
            "supervised drug consumption rooms",
        ),
        (
            "I lead a programme on restorative justice and happy to present results.",
            "restorative justice",
        ),
        (
            "running an FTIR drug-checking service (10+ yrs)",
            "running an FTIR drug-checking service",
        ),
        (
            "Keen to learn about: running tabletop crisis exercises",
            "running tabletop crisis exercises",
        ),
        (
            "Expertise: 'Ask for Angela' style scheme for venues",
            "'Ask for Angela' style scheme for venues",
        ),
        ("Nous pouvons partager notre expérience de la médiation de nuit", "la médiation de nuit"),
        ("Wir suchen Austausch zu Ausstiegsprogrammen", "Ausstiegsprogrammen"),
        ("Wij zoeken graag meer weten over buurtbemiddeling", "buurtbemiddeling"),
    ],
)
def test_framing_and_asides_are_cut(need: str, core: str) -> None:
    assert need_core(need) == core


@pytest.mark.parametrize(
    "need",
    [
        "Night mayors",  # nothing to cut
        "We are looking for",  # nothing of substance would remain
        "Reagent testing (Marquis, Mecke)",  # a bracket that names the practice stays
    ],
)
def test_a_need_without_framing_is_embedded_as_written(need: str) -> None:
    assert need_core(need) == need
