"""The Directive on copyright in the Digital Single Market (EU) 2019/790 by its popular
names in Danish, Swedish, Finnish and French; the Information Society Directive keeps
its own names."""

from __future__ import annotations

import pytest

import citeresolve

CDSM = "CELEX:32019L0790"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "da",
            "gennemførelse af artikel 15 og 17 i ophavsretsdirektivet på det digitale indre marked",
            [f"{CDSM}:15", f"{CDSM}:17"],
        ),
        ("da", "efter DSM-direktivets artikel 17, stk. 4, skal", [f"{CDSM}:17(4)"]),
        ("sv", "enligt artikel 17.4 i DSM-direktivet ska", [f"{CDSM}:17(4)"]),
        ("fi", "DSM-direktiivin 17 artiklan 4 kohdan mukaan", [f"{CDSM}:17(4)"]),
        (
            "fr",
            "l'article 17 de la directive sur le droit d'auteur dans le marché unique numérique",
            [f"{CDSM}:17"],
        ),
    ],
)
def test_the_popular_names(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "the copyright directive" alone is also the Information Society Directive's
        ("da", "artikel 5 i ophavsretsdirektivet fra 2001"),
        # the name standing alone is no citation
        ("sv", "DSM-direktivet genomfördes 2022."),
    ],
)
def test_no_dsm_article(lang: str, text: str) -> None:
    assert not any(k.startswith(f"{CDSM}:") for k in keys(text, lang))
