"""The bare genitive of an act kind in languages with no article: fi "asetuksen 49
artiklan mukaan", et "määruse artiklile 7", "direktiivi artikli 3" name the one act of
that kind the text cites (several: none), as cs "směrnice" and lt "reglamento" do. A
contents line that opens with its section number ("5.2.1. Direktiivin 3 artiklan 3
kohta") names no act: the act cited before is not in its reach."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fi",
            "Digipalvelusäädös eli asetus (EU) 2022/2065 on ollut sovellettavissa helmikuusta "
            "2024. Asetuksen 49 artiklan mukaan jäsenvaltion on nimettävä koordinaattori.",
            ["CELEX:32022R2065", "CELEX:32022R2065:49"],
        ),
        (
            "fi",
            "Direktiivi (EU) 2019/1937 annettiin lokakuussa 2019. Ilmoituskanavista säädetään "
            "direktiivin 8 artiklassa.",
            ["CELEX:32019L1937", "CELEX:32019L1937:8"],
        ),
        (
            "et",
            "Kohus viitas määrusele (EÜ) nr 261/2004. Reisijatel on õigus hüvitisele vastavalt "
            "määruse artiklile 7.",
            ["CELEX:32004R0261", "CELEX:32004R0261:7"],
        ),
        (
            "et",
            "Direktiiv (EL) 2019/790 tuli üle võtta 2021. aastaks. Direktiivi artikli 17 "
            "lõige 4 käsitleb platvormide vastutust.",
            ["CELEX:32019L0790", "CELEX:32019L0790:17(4)"],
        ),
        # two regulations cited: the bare word names neither
        (
            "fi",
            "Asetus (EU) 2022/2065 ja asetus (EU) 2022/1925 hyväksyttiin samana vuonna. "
            "Asetuksen 49 artiklassa säädetään koordinaattorista.",
            ["CELEX:32022R2065", "CELEX:32022R1925"],
        ),
        # a contents line: not in reach
        (
            "fi",
            "Kertomus direktiivin 2014/53/EU toiminnasta\n\nSISÄLTÖ\n\n"
            "5.1.    Vaatimukset\n\n5.2.1.    Direktiivin 3 artiklan 3 kohta\n",
            ["CELEX:32014L0053"],
        ),
    ],
)
def test_bare_kind_genitive(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
