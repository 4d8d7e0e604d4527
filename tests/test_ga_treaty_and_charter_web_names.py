"""Irish web pages of the Commission write the TFEU's name with a lower-case verbal
noun and "an AE" for the Union ("atá sonraithe in Airteagal 12 den gConradh ar
fheidhmiú an AE", a consumer-policy page) and the Charter by its older name "Cairt na
gCearta Bunúsacha" ("tugann Cairt na gCearta Bunúsacha agus na conarthaí Eorpacha
ráthaíocht ..."): both gave nothing. They are names of TFEU and CFR in the ga data,
with their mutated forms; the UN Charter and the ECHR stay apart."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="ga")]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "Sprioc ghinearálta é seo leis, atá sonraithe in Airteagal 12 den gConradh ar "
            "fheidhmiú an AE.",
            ["TFEU:12"],
        ),
        ("faoi Airteagal 114 den Chonradh ar Fheidhmiú an AE", ["TFEU:114"]),
        (
            "Ó tháinig an Ionstraim Eorpach Aonair i bhfeidhm tugann Cairt na gCearta "
            "Bunúsacha agus na conarthaí Eorpacha ráthaíocht go bhfuil cosaint tomhaltóra "
            "ar chaighdeán ard i bhfeidhm san AE.",
            ["CFR"],
        ),
        ("in Airteagal 47 de Chairt na gCearta Bunúsacha", ["CFR:47"]),
        # negatives: the UN Charter, the ECHR, the words alone
        ("De Bhrí go ndearna pobail na Náisiún Aontaithe i gCairt na Náisiún Aontaithe", []),
        ("Tá an Chairt i gcomhréir leis an Choinbhinsiún Eorpach um Chearta an Duine.", ["ECHR"]),
        ("i gcearta bunúsacha an duine agus i bhfeidhmiú an AE", []),
    ],
)
def test_irish_web_names_of_the_tfeu_and_the_charter(text: str, keys: list[str]) -> None:
    assert _keys(text) == keys
