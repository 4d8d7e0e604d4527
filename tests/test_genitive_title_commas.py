"""An act written first, in the genitive, then its title and the article chain: a comma
inside the title that lists its subjects ("works, supply and service contracts") does not
end it, so the act only completes the chain's reference (one citation, the article's),
in lt, lv and et. A comma before a capital still ends the title."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lt",
            "Dėl tiekėjo iš kitos valstybės nėra priimtas apkaltinamasis teismo nuosprendis už "
            "2004 m. kovo 31 d. Europos Parlamento ir Tarybos direktyvos 2004/18/EB dėl "
            "viešojo darbų, prekių ir paslaugų pirkimo sutarčių sudarymo tvarkos derinimo 45 "
            "straipsnio 1 dalyje išvardytuose teisės aktuose apibrėžtus nusikaltimus.",
            ["CELEX:32004L0018:45(1)"],
        ),
        (
            "lv",
            "Direktīva 2019/523 paredz grozījumus Padomes Direktīvas 2000/29/EK par "
            "aizsardzības pasākumiem pret tādu organismu ievešanu, kas kaitīgi augiem vai augu "
            "produktiem, un pret to izplatību Kopienā I, II un III pielikumos.",
            [
                "CELEX:32019L0523",
                "CELEX:32000L0029:annex-I",
                "CELEX:32000L0029:annex-II",
                "CELEX:32000L0029:annex-III",
            ],
        ),
        (
            "lv",
            "Regulas (ES) Nr. 1169/2011 par pārtikas produktu informācijas sniegšanu "
            "patērētājiem, marķēšanu un noformējumu 9. panta 1. punktā noteikts saraksts.",
            ["CELEX:32011R1169:9(1)"],
        ),
        (
            "et",
            "Nõukogu direktiivi 2000/29/EÜ mis käsitleb kaitsemeetmeid taimedele, taimsetele "
            "saadustele kahjulike organismide ühendusse sissetoomise vastu artikli 5 lõikes 1 "
            "on sätestatud keeld.",
            ["CELEX:32000L0029:5(1)"],
        ),
        # a comma before a capital ends the title: the act is cited on its own
        (
            "lt",
            "Taikoma direktyva 2004/18/EB dėl viešųjų pirkimų, Lietuvos Respublikos "
            "įstatymo 5 straipsnio 1 dalis.",
            ["CELEX:32004L0018"],
        ),
    ],
)
def test_genitive_title_commas(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
