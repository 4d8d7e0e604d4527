"""A national act numbered with "No" after an EU act in the same sentence: a national
act's word, also abbreviated (ro "OUG", "HG", pt "DL", es "RDL", it "DPCM", bg "ПМС")
or with its author between it and "No" (ro "Hotărârea Guvernului nr.", pt "Resolução
do Conselho de Ministros n.º"), makes the number its own, not a further member of
the list of EU acts before it."""

from __future__ import annotations

import pytest

import citeresolve

D1158 = "CELEX:32019L1158"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ro", "Directiva 2019/1158 a fost transpusă prin OUG nr. 117/2020."),
        ("ro", "Directiva 2019/1158 a fost transpusă prin O.U.G. nr. 117/2020 și HG nr. 905/2017."),
        ("ro", "Directiva 2019/1158 a fost transpusă prin Hotărârea Guvernului nr. 905/2017."),
        ("ro", "Directiva 2019/1158 se aplică prin Ordinul ministrului muncii nr. 12/2021."),
        ("pt", "A Diretiva 2019/1158 foi transposta pelo DL n.º 84/2021."),
        ("pt", "A Diretiva 2019/1158 e a Resolução do Conselho de Ministros n.º 41/2020."),
        ("es", "La Directiva 2019/1158 se incorporó por el RDL n.º 6/2019 y el RD núm. 902/2020."),
        ("it", "La direttiva 2019/1158 è stata recepita con il DPCM n. 30/2021."),
        (
            "it",
            "La direttiva 2019/1158 è attuata dal decreto del Presidente del Consiglio dei "
            "ministri n. 31/2021.",
        ),
        ("bg", "Директива 2019/1158 е транспонирана с ПМС № 117/2020."),
    ],
)
def test_national_number_after_an_eu_act(lang: str, text: str) -> None:
    assert keys(text, lang) == [D1158]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # lists of EU acts go on as before
        (
            "ro",
            "Regulamentele (UE) nr. 1303/2013 și nr. 1301/2013 ale Parlamentului European.",
            ["CELEX:32013R1303", "CELEX:32013R1301"],
        ),
        (
            "pt",
            "os Regulamentos (UE) n.º 1303/2013 do Parlamento Europeu e n.º 1301/2013",
            ["CELEX:32013R1303", "CELEX:32013R1301"],
        ),
        (
            "en",
            "Regulations (EU) No 1296/2013, (EU) No 1301/2013 of the European Parliament and "
            "of the Council and No 2160/87",
            ["CELEX:32013R1296", "CELEX:32013R1301", "CELEX:31987R2160"],
        ),
    ],
)
def test_lists_of_eu_acts_go_on(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
