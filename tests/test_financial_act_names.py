"""Financial-services acts by the names Swedish, Maltese, Portuguese and Polish texts give
them, as the other languages already had: sv "tillsynsförordningen" (CRR),
"krishanteringsdirektivet" (BRRD), "Mifid II", "Emir", "MiCA"; mt and pt the
abbreviations ("tal-MiCA", "do SFDR"); pl "CSDDD"."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sv",
            "Enligt artikel 92.1 i tillsynsförordningen ska institut ha kapital.",
            ["CELEX:32013R0575:92(1)"],
        ),
        ("sv", "Se artikel 45 i krishanteringsdirektivet om kravet.", ["CELEX:32014L0059:45"]),
        ("sv", "Enligt artikel 16 i Mifid II ska företaget ha rutiner.", ["CELEX:32014L0065:16"]),
        ("sv", "Clearingplikten följer av artikel 4 i Emir.", ["CELEX:32012R0648:4"]),
        ("sv", "Enligt artikel 59 i MiCA krävs auktorisation.", ["CELEX:32023R1114:59"]),
        ("mt", "skont l-Artikolu 59 tal-MiCA", ["CELEX:32023R1114:59"]),
        ("pt", "nos termos do artigo 4.º do SFDR", ["CELEX:32019R2088:4"]),
        ("pl", "Zgodnie z art. 22 CSDDD przedsiębiorstwa przyjmują plan.", ["CELEX:32024L1760:22"]),
        # a national ordinance with the word inside a longer one is none
        ("sv", "Enligt 3 § miljötillsynsförordningen (2011:13) gäller detta.", []),
    ],
)
def test_financial_names(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
