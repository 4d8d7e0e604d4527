"""A word that is both "regulation" and the EP's "Rules" (fr "règlement", it
"regolamento", es "Reglamento", el "κανονισμός"), with no regulation cited before,
names the EP Rules of Procedure; not when a name in quotes follows it ("du règlement
« concentration »"): that is a regulation named by a name, no EP Rule."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "En vertu de l'article 22 du règlement « concentration », agir.",
        ),
        (
            "it",
            "Ai sensi dell'articolo 22 del regolamento «concentrazioni», decide.",
        ),
        ("es", "Conforme al artículo 22 del Reglamento «de concentraciones», la Comisión actúa."),
        ("el", "Σύμφωνα με το άρθρο 22 του κανονισμού «συγκεντρώσεων», η Επιτροπή αποφασίζει."),
    ],
)
def test_quoted_name_after_the_word_is_no_ep_rule(lang: str, text: str) -> None:
    assert not any(key.startswith("EP-RULES") for key in keys(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the EP's Rules, no name after the word
        (
            "fr",
            "Selon l'article 22 du règlement intérieur, il vote.",
            "EP-RULES:22",
        ),
        ("fr", "Conformément à l'article 22 du règlement, « les députés » votent.", "EP-RULES:22"),
        # a regulation cited before: the word refers back to it, quoted name or not
        (
            "fr",
            "Le règlement (CE) nº 139/2004 s'applique. Selon l'article 22 du règlement "
            "« concentrations », la Commission agit.",
            "CELEX:32004R0139:22",
        ),
    ],
)
def test_the_word_still_names_the_rules_or_the_regulation_before(
    lang: str, text: str, expected: str
) -> None:
    assert expected in keys(text, lang)
