"""The act a sentence is about among the acts its title names: a short name defined at
the end of the title names the act cited with its own date, and a year-less OJ
reference takes that act's year (also with the date written "de 18 de marzo de 2002")."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


_MICA_EN = (
    "Regulation (EU) 2023/1114 of the European Parliament and of the Council of 31 May 2023"
    " on markets in crypto-assets, and amending Regulations (EU) No 1093/2010 and (EU)"
    " No 1010/2010 and Directives 2013/36/EU and (EU) 2019/1937 (‘the Regulation’)."
    " Article 30 of the Regulation applies."
)
_MICA_SV = (
    "1 §   Denna lag kompletterar Europaparlamentets och rådets förordning (EU) 2023/1114"
    " av den 31 maj 2023 om marknader för kryptotillgångar och om ändring av förordningarna"
    " (EU) nr 1093/2010 och (EU) nr 1010/2010 samt direktiven 2013/36/EU och (EU)"
    " 2019/1937, i denna lag kallad EU-förordningen.\n\n3 §   Information enligt artikel 30"
    " eller 78.3 i EU-förordningen ska lämnas."
)
_MICA_ES = (
    "el Reglamento (UE) 2023/1114 del Parlamento Europeo y del Consejo, de 31 de mayo de"
    " 2023, relativo a los mercados de criptoactivos y por el que se modifican los"
    " Reglamentos (UE) n.o 1093/2010 y (UE) n.o 1010/2010 y las Directivas 2013/36/UE y"
    " (UE) 2019/1937 (en lo sucesivo, «Reglamento»). El artículo 30 del Reglamento se aplica."
)
_TITLE_ACTS = ["CELEX:32010R1093", "CELEX:32010R1010", "CELEX:32013L0036", "CELEX:32019L1937"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", _MICA_EN, ["CELEX:32023R1114", *_TITLE_ACTS, "CELEX:32023R1114:30"]),
        (
            "sv",
            _MICA_SV,
            ["CELEX:32023R1114", *_TITLE_ACTS, "CELEX:32023R1114:30", "CELEX:32023R1114:78(3)"],
        ),
        ("es", _MICA_ES, ["CELEX:32023R1114", *_TITLE_ACTS, "CELEX:32023R1114:30"]),
        # Negatives: the last act is of the kind the name says (it is its own name);
        # a sentence ends between the dated act and the definition.
        (
            "en",
            "Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April"
            " 2016 and Directive (EU) 2016/680 (‘the Directive’). Article 4 of the Directive"
            " applies.",
            ["CELEX:32016R0679", "CELEX:32016L0680", "CELEX:32016L0680:4"],
        ),
        (
            "en",
            "Regulation (EU) 2016/679 of 27 April 2016 applies. Regulation (EU) 2018/1725 and"
            " Directive (EU) 2016/680 (‘the Regulation’). Article 4 of the Regulation applies.",
            ["CELEX:32016R0679", "CELEX:32018R1725", "CELEX:32016L0680", "CELEX:32018R1725:4"],
        ),
    ],
)
def test_a_name_defined_after_a_title_names_the_dated_act(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "oj"),
    [
        (
            "es",
            "la Directiva 2002/24/CE del Parlamento Europeo y del Consejo, de 18 de marzo de"
            " 2002, relativa a la homologación y por la que se deroga la Directiva 92/61/CEE"
            " del Consejo (DO L 124, p. 1).",
            "OJ:L:2002:124:1",
        ),
        (
            "pt",
            "a Diretiva 2002/24/CE do Parlamento Europeu e do Conselho, de 18 de março de 2002,"
            " que revoga a Diretiva 92/61/CEE do Conselho (JO L 124, p. 1).",
            "OJ:L:2002:124:1",
        ),
        (
            "fr",
            "la directive 2002/24/CE du Parlement européen et du Conseil, du 18 mars 2002,"
            " abrogeant la directive 92/61/CEE du Conseil (JO L 124, p. 1).",
            "OJ:L:2002:124:1",
        ),
    ],
)
def test_a_yearless_oj_reference_takes_the_dated_acts_year(lang: str, text: str, oj: str) -> None:
    assert [k for k in keys(text, lang) if k.startswith("OJ:")] == [oj]
