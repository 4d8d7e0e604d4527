"""Name forms a probe found missing.

* Irish names of the registered conventions the language file lacked (the Refugee
  Convention, UNCLOS, the Convention against Torture, CEDAW) and the CRC with "um";
  each also in its mutated forms ("sa Choinbhinsiún", "i gCoinbhinsiún").
* Irish popular names take the initial mutations too: "Airteagal 34 den Ghníomh um
  Sheirbhísí Digiteacha" is the DSA's; the name alone is still no citation.
* Bulgarian writes the digital acts also as "Законодателен акт за …" ("чл. 34 от
  Законодателния акт за цифровите услуги"), whose first word is no national law's.
"""

from __future__ import annotations

import pytest

import citeresolve

DSA = "CELEX:32022R2065"
DMA = "CELEX:32022R1925"
AI_ACT = "CELEX:32024R1689"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ga",
            "Tá tagairt sa Dearbhú Uilechoiteann um Chearta an Duine agus sa Choinbhinsiún um "
            "Chearta an Linbh do chosaint an teaghlaigh.",
            ["UDHR", "CRC"],
        ),
        (
            "ga",
            "Is é Coinbhinsiún na Náisiún Aontaithe maidir le Dlí na Farraige a rialaíonn iad.",
            ["UNCLOS"],
        ),
        (
            "ga",
            "faoi Airteagal 33 de Choinbhinsiún na Ginéive an 28 Iúil 1951 a bhaineann le Stádas "
            "Dídeanaithe",
            ["REFUGEE-CONVENTION:33"],
        ),
        (
            "ga",
            "Toirmisctear é le hAirteagal 3 den Choinbhinsiún in aghaidh an Chéastóireachta.",
            ["CAT:3"],
        ),
        ("ga", "faoi Airteagal 34 den Ghníomh um Sheirbhísí Digiteacha", [f"{DSA}:34"]),
        (
            "ga",
            "Ní mór d'Airteagal 5 den Ghníomh um Margaí Digiteacha a bheith comhlíonta.",
            [f"{DMA}:5"],
        ),
        ("ga", "Tá an Gníomh um Sheirbhísí Digiteacha i bhfeidhm.", []),
        (
            "bg",
            "Задълженията по чл. 34 и 35 от Законодателния акт за цифровите услуги се отнасят "
            "за много големите платформи.",
            [f"{DSA}:34", f"{DSA}:35"],
        ),
        ("bg", "Съгласно член 6 от Законодателния акт за цифровите пазари", [f"{DMA}:6"]),
        (
            "bg",
            "Член 5 от Законодателния акт за изкуствения интелект забранява някои практики.",
            [f"{AI_ACT}:5"],
        ),
        ("bg", "Законодателният акт за цифровите услуги се прилага от 2024 г.", []),
    ],
)
def test_name_form(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
