"""Names a document defines for an act and then uses alone (pipeline/context.py,
pipeline/compound_names.py): each sentence cites another act between the definition
and the use, so that only the definition can give the use its act."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A compound of an act word alone in brackets after the act's title.
        (
            "sv",
            "Rådets förordning (EU) 2017/1939 av den 12 oktober 2017 (Eppoförordningen) "
            "och direktiv (EU) 2017/1371. Enligt artikel 22 i Eppoförordningen gäller.",
            ["CELEX:32017R1939", "CELEX:32017L1371", "CELEX:32017R1939:22"],
        ),
        (
            "da",
            "Direktiv (EU) 2017/1371 om bekæmpelse af svig rettet mod Unionens finansielle "
            "interesser (PIF-direktivet) og forordning (EU) 2017/1939. Efter artikel 3 i "
            "PIF-direktivet og PIF-direktivets artikel 4.",
            ["CELEX:32017L1371", "CELEX:32017R1939", "CELEX:32017L1371:3", "CELEX:32017L1371:4"],
        ),
        (
            "de",
            "Verordnung (EU) 2017/1939 des Rates vom 12. Oktober 2017 (EUStA-Verordnung) "
            "und die Richtlinie (EU) 2017/1371. Nach Artikel 22 der EUStA-Verordnung.",
            ["CELEX:32017R1939", "CELEX:32017L1371", "CELEX:32017R1939:22"],
        ),
        # After a marker, unquoted, declined later (fi genitive "tukiasetuksen").
        (
            "fi",
            "Euroopan parlamentin ja neuvoston asetus (EU) N:o 1307/2013 (jäljempänä "
            "tukiasetus) ja asetus (EU) N:o 1305/2013. Tukiasetuksen 50 artiklassa tarkoitettu.",
            ["CELEX:32013R1307", "CELEX:32013R1305", "CELEX:32013R1307:50"],
        ),
        # Between commas, with no bracket.
        (
            "fi",
            "asetuksen (EU) N:o 1307/2013, jäljempänä tukiasetus, 21—35 artiklassa tarkoitettu "
            "perustuki ja asetuksen (EU) N:o 1305/2013 28 artiklassa tarkoitettu korvaus; "
            "tukiasetuksen 50 artiklassa tarkoitettu tuki",
            ["CELEX:32013R1307:21-35", "CELEX:32013R1305:28", "CELEX:32013R1307:50"],
        ),
        (
            "sv",
            "Förordning (EU) nr 1307/2013, nedan kallad direktstödsförordningen, och förordning "
            "(EU) nr 1305/2013 fastställer regler. Enligt artikel 50 i direktstödsförordningens "
            "avdelning gäller artikel 50 i direktstödsförordningen.",
            [
                "CELEX:32013R1307",
                "CELEX:32013R1305",
                "CELEX:32013R1307:50",
                "CELEX:32013R1307:50",
            ],
        ),
        (
            "en",
            "Regulation (EU) No 1307/2013, hereinafter ‘the Direct Payments Regulation’, and "
            "Regulation (EU) No 1305/2013 lay down rules. Article 50 of the Direct Payments "
            "Regulation applies.",
            ["CELEX:32013R1307", "CELEX:32013R1305", "CELEX:32013R1307:50"],
        ),
        # A compound act word before the act's number names the act later.
        (
            "et",
            "Põhimäärus (EL) nr 1303/2013 ja määrus (EL) nr 1305/2013 kehtestavad sätted. "
            "Põhimääruse artikli 65 lõike 2 kohaselt.",
            ["CELEX:32013R1303", "CELEX:32013R1305", "CELEX:32013R1303:65(2)"],
        ),
        (
            "sv",
            "Trafikförsäkringsdirektivet 2009/103/EG och förordning (EG) nr 864/2007 gäller. "
            "Enligt artikel 3 i trafikförsäkringsdirektivet.",
            ["CELEX:32009L0103", "CELEX:32007R0864", "CELEX:32009L0103:3"],
        ),
        (
            "fi",
            "Tupakkatuotedirektiivi 2014/40/EU ja asetus (EU) 2019/1020 ovat voimassa. "
            "Tupakkatuotedirektiivin 20 artiklassa säädetään.",
            ["CELEX:32014L0040", "CELEX:32019R1020", "CELEX:32014L0040:20"],
        ),
        # An unquoted acronym in brackets after the act (or after its popular name).
        (
            "it",
            "Il regolamento (UE) 2022/868, noto come Data Governance Act (DGA), e la "
            "direttiva (UE) 2019/1024 si applicano. Ai sensi degli articoli 13 e 23 del DGA.",
            ["CELEX:32022R0868", "CELEX:32019L1024", "CELEX:32022R0868:13", "CELEX:32022R0868:23"],
        ),
        (
            "fr",
            "Le règlement (UE) 2022/868 sur la gouvernance des données (RGD) et la directive "
            "(UE) 2019/1024 s'appliquent. En vertu de l'article 13 du RGD.",
            ["CELEX:32022R0868", "CELEX:32019L1024", "CELEX:32022R0868:13"],
        ),
        (
            "es",
            "El Reglamento (UE) 2022/868 relativo a la gobernanza de datos (RGD) y la Directiva "
            "(UE) 2019/1024 se aplican. Con arreglo al artículo 13 del RGD.",
            ["CELEX:32022R0868", "CELEX:32019L1024", "CELEX:32022R0868:13"],
        ),
    ],
)
def test_a_defined_name_names_its_act(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A name followed by another act's number: the number names the act.
        (
            "en",
            "Directive 2002/24/EC (‘Directive’) applies. Article 1 of Directive 2003/59/EC.",
            ["CELEX:32002L0024", "CELEX:32003L0059:1"],
        ),
        (
            "sv",
            "Genomförandeförordningen (EU) 2019/947 gäller. Se artikel 5 i "
            "genomförandeförordningen (EU) 2019/945.",
            ["CELEX:32019R0947", "CELEX:32019R0945:5"],
        ),
        # A qualifier or the Union's abbreviation before the act word makes no name.
        (
            "de",
            "Durchführungsverordnung (EU) 2019/947 und Verordnung (EU) 2018/1139 gelten. "
            "Artikel 5 der Durchführungsverordnung (EU) 2019/945.",
            ["CELEX:32019R0947", "CELEX:32018R1139", "CELEX:32019R0945:5"],
        ),
        # A national act's defined name is no EU act's.
        ("fi", "Tietosuojalaki (1050/2018), jäljempänä tietosuojalaki, tarkentaa 5 §:ää.", []),
        # "(EU)" and a bare act word in brackets define nothing.
        (
            "sv",
            "Förordning (EU) 2017/1939 (förordningen) och direktiv (EU) 2017/1371 gäller. "
            "Artikel 5 i denna förordning.",
            ["CELEX:32017R1939", "CELEX:32017L1371"],
        ),
        # An acronym that names an instrument itself stays that instrument's name.
        (
            "en",
            "Regulation (EU) 2019/1020 applies, as does the Treaty on the Functioning of the "
            "European Union (TFEU). Article 114 TFEU is the legal basis.",
            ["CELEX:32019R1020", "TFEU", "TFEU:114"],
        ),
    ],
)
def test_what_defines_no_name(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lt",
            "pagal Direktyvą 2014/59/ES ir Europos Parlamento ir Tarybos reglamentą (ES) Nr. "
            "806/2014 dėl bendros pertvarkymo valdybos (toliau – Reglamentas (ES) Nr. 806/2014) "
            "7 straipsnio 3 dalį.",
            ["CELEX:32014L0059", "CELEX:32014R0806", "CELEX:32014R0806:7(3)"],
        ),
        (
            "lv",
            "kā noteikts Eiropas Parlamenta un Padomes Regulā (ES) Nr. 575/2013 par "
            "prudenciālajām prasībām (turpmāk – Regula (ES) Nr. 575/2013) 4. panta 1. punktā.",
            ["CELEX:32013R0575", "CELEX:32013R0575:4(1)"],
        ),
        (
            "fi",
            "luottolaitosten vakavaraisuusvaatimuksista annetun asetuksen (EU) N:o 575/2013 "
            "(jäljempänä – asetus (EU) N:o 575/2013) 4 artiklan 1 kohdan 38 alakohdassa",
            ["CELEX:32013R0575", "CELEX:32013R0575:4(1)"],
        ),
    ],
)
def test_an_act_defined_as_itself_heads_the_chain_after_the_bracket(
    lang: str, text: str, expected: list[str]
) -> None:
    """ "(toliau – Reglamentas (ES) Nr. 806/2014) 7 straipsnio": the act that ends a
    definition's bracket is the act of the genitive chain right after it."""
    assert keys(text, lang) == expected
