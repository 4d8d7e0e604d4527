"""A "thereof" or a possessive further in a sentence whose words before the chain are
plain (lower case, no digit, no act word) points back to the one instrument the
sentence before names, as one opening the sentence does: mt "Id-Direttiva (UE)
2019/882 … . Il-prodotti koperti huma elenkati fl-Artikolu 2(1) tagħha", en "… are
listed in Article 2(1) thereof", es "… figuran en su artículo 2, apartado 1", cs "…
jsou uvedeny v jejím čl. 2 odst. 1", el "… στο άρθρο 2 παράγραφος 1 αυτής". Where a
name stands before the chain in its sentence (a national act the extractor does not
know), or the sentence before names two acts, nothing is read."""

from __future__ import annotations

import pytest

import citeresolve

EAA = "CELEX:32019L0882"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "mt",
            "Id-Direttiva (UE) 2019/882 tapplika minn Ġunju 2025. Il-prodotti koperti huma "
            "elenkati fl-Artikolu 2(1) tagħha.",
        ),
        (
            "en",
            "Directive (EU) 2019/882 applies from June 2025. The products covered are listed "
            "in Article 2(1) thereof.",
        ),
        (
            "es",
            "La Directiva (UE) 2019/882 se aplica desde junio de 2025. Los productos cubiertos "
            "figuran en su artículo 2, apartado 1.",
        ),
        (
            "cs",
            "Směrnice (EU) 2019/882 se použije od června 2025. Dotčené výrobky jsou uvedeny v "
            "jejím čl. 2 odst. 1.",
        ),
        (
            "el",
            "Η Οδηγία (ΕΕ) 2019/882 εφαρμόζεται από τον Ιούνιο του 2025. Τα προϊόντα "
            "απαριθμούνται στο άρθρο 2 παράγραφος 1 αυτής.",
        ),
    ],
)
def test_thereof_further_in_points_to_the_sentence_before(lang: str, text: str) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == [EAA, f"{EAA}:2(1)"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a name before the chain: an act the extractor does not know
        (
            "en",
            "Directive (EU) 2019/882 applies from June 2025. The Maltese Act sets out in "
            "Article 2 thereof the scope.",
        ),
        # the sentence before names two acts
        (
            "en",
            "Directive (EU) 2019/882 amends Directive 2010/13/EU. The products covered are "
            "listed in Article 2(1) thereof.",
        ),
        # a national act's number before the chain
        (
            "es",
            "La Directiva (UE) 2019/882 se aplica desde 2025. La ley 11/2023 regula en su "
            "artículo 2 el ámbito.",
        ),
    ],
)
def test_no_reach_past_a_name_or_two_acts(lang: str, text: str) -> None:
    keys = [c.key for c in citeresolve.extract(text, lang=lang)]
    assert not any(k.endswith(":2(1)") or k.endswith(":2") for k in keys)
