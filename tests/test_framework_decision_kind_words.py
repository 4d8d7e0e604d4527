"""The bare "framework decision" of a language whose prepositions drop the article (ro
"din decizia-cadru", mt "tad-Deċiżjoni Qafas") names the one framework decision the text
cites, as hr "Okvirne odluke" and sk "rámcového rozhodnutia" do; with two framework
decisions cited, nothing."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ro",
            "Decizia-cadru 2008/909/JAI a Consiliului a fost transpusă în 2013. Instanța a "
            "reținut că art. 4 alin. (1) din decizia-cadru impune consimțământul persoanei.",
            ["CELEX:32008F0909", "CELEX:32008F0909:4(1)"],
        ),
        (
            "mt",
            "Id-Deċiżjoni Qafas tal-Kunsill 2008/909/ĠAI ġiet trasposta fl-2012. Il-Qorti "
            "qieset li l-Artikolu 4(1) tad-Deċiżjoni Qafas jeħtieġ il-kunsens.",
            ["CELEX:32008F0909", "CELEX:32008F0909:4(1)"],
        ),
        (
            "hr",
            "Okvirna odluka Vijeća 2008/909/PUP prenesena je 2013. Sud je utvrdio da članak "
            "4. stavak 1. Okvirne odluke zahtijeva pristanak osuđene osobe.",
            ["CELEX:32008F0909", "CELEX:32008F0909:4(1)"],
        ),
        (
            # two framework decisions cited: the bare word names neither
            "ro",
            "Deciziile-cadru 2008/909/JAI și 2008/947/JAI au fost transpuse în 2013. "
            "Instanța a reținut că art. 4 din decizia-cadru impune consimțământul.",
            ["CELEX:32008F0909", "CELEX:32008F0947"],
        ),
    ],
)
def test_bare_framework_decision_word(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ga",
            "AG MEABHRÚ Threoir (AE) 2022/2555 (Treoir NIS 2); ÁITÍONN SÍ go bhfuil gá le cur "
            "chun feidhme iomlán Airteagal 21 de Threoir NIS 2.",
            ["CELEX:32022L2555", "CELEX:32022L2555:21"],
        ),
        (
            "mt",
            "Il-Kunsill ifakkar li l-Artikolu 23 tad-Direttiva NIS 2 jirregola r-rappurtar.",
            ["CELEX:32022L2555:23"],
        ),
        (
            "hr",
            "Države članice primjenjuju mjere iz članka 21. Direktive NIS 2.",
            ["CELEX:32022L2555:21"],
        ),
        (
            "ro",
            "Competența se stabilește potrivit art. 7 pct. 1 lit. b) din Regulamentul "
            "Bruxelles I bis.",
            ["CELEX:32012R1215:7(1)(b)"],
        ),
    ],
)
def test_popular_names_ga_mt_hr_ro(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
