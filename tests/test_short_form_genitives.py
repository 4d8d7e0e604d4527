"""Short forms that stand for the last act of their kind: hu "az irányelv", "a
rendelet" before the article ("Az irányelv 26. cikke"), mt "tad-Direttiva",
"tar-Regolament" after it ("l-Artikolu 9 tad-Direttiva"), nl "de richtlijn"."""

from __future__ import annotations

import pytest

from citeresolve import extract


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        (
            "hu",
            "Magyarország nem ültette át az (EU) 2019/1937 irányelvet. Az irányelv 26. "
            "cikke szerint a határidő lejárt.",
            "CELEX:32019L1937:26",
        ),
        (
            "hu",
            "Az (EU) 2016/679 rendelet alkalmazandó. A rendelet 6. cikkének (1) bekezdése "
            "sorolja fel a jogalapokat.",
            "CELEX:32016R0679:6(1)",
        ),
        (
            "mt",
            "Id-Direttiva 2011/83/UE tagħti perjodu ta' rtirar (l-Artikolu 9 tad-Direttiva).",
            "CELEX:32011L0083:9",
        ),
        (
            "mt",
            "Ir-Regolament (UE) 2016/679 japplika. L-Artikolu 6 tar-Regolament jistabbilixxi "
            "l-bażijiet.",
            "CELEX:32016R0679:6",
        ),
        (
            "nl",
            "Richtlijn 2011/83/EU geldt voor webwinkels. Artikel 9 van de richtlijn geeft "
            "een bedenktijd.",
            "CELEX:32011L0083:9",
        ),
    ],
)
def test_short_form_takes_the_last_act_of_its_kind(lang: str, text: str, key: str) -> None:
    assert key in [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "hu",
            "E rendelet 6. cikke szerint a tagállamok jelentést tesznek.",
        ),
        (
            "mt",
            "L-Artikolu 6 ta' dan ir-Regolament japplika.",
        ),
        (
            "nl",
            "Artikel 6 van deze verordening is van toepassing.",
        ),
    ],
)
def test_the_document_itself_is_no_citation(lang: str, text: str) -> None:
    assert extract(text, lang=lang) == []


def test_maltese_echr_protection_word() -> None:
    text = (
        "– wara li kkunsidra l-Konvenzjoni Ewropea għall-Ħarsien tad-Drittijiet tal-Bniedem "
        "u tal-Libertajiet Fundamentali, u b'mod partikolari l-Artikolu 10 tagħha,"
    )
    assert [c.key for c in extract(text, lang="mt")] == ["ECHR", "ECHR:10"]
