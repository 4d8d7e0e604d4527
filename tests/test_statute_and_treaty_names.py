"""Protocols and Treaties cited by name in the forms texts use.

The Statute of the ESCB (Protocol No 4) in its official spellings and inflections: mt
"ta' Banek Ċentrali" (the title's own wording beside "tal-Banek"), da "… og Den
Europæiske Centralbank" (no second "for"), fi "perussäännön" (consonant gradation of
"perussääntö"), et "põhikirja"; its articles number paragraphs with a dot, which
number-first languages write before the article word (fi "12.1 artiklan", hu "12.1.
cikke", lv "12.1. pantu", lt "12.1 straipsnį"): PROTOCOL-4:12(1), as in "Article 12.1".

The Statute of the EIB (Protocol No 5) by name: "the Statute of the European Investment
Bank", de "Satzung der Europäischen Investitionsbank", fi "Euroopan investointipankin
perussäännön".

Short names of the TFEU: fi "EUT-sopimus", hu "az EU működéséről szóló szerződés" and
"az Európai Unió (EU) működéséről szóló szerződés", es/pt "Tratado FUE"; of the TEU: lv
"Līgums par ES", mt "Trattat dwar l-UE"."""

from __future__ import annotations

import pytest

from citeresolve import extract


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "mt",
            "Wara li kkunsidra l-Istatut tas-Sistema Ewropea ta’ Banek Ċentrali u tal-Bank "
            "Ċentrali Ewropew, u b'mod partikolari l-Artikolu 12.1 u l-Artikolu 14.3 tiegħu,",
        ),
        (
            "da",
            "under henvisning til statutten for Det Europæiske System af Centralbanker og Den "
            "Europæiske Centralbank, særlig artikel 12.1 og artikel 14.3,",
        ),
        (
            "fi",
            "ottaa huomioon Euroopan keskuspankkijärjestelmän ja Euroopan keskuspankin "
            "perussäännön ja erityisesti sen 12.1 artiklan ja 14.3 artiklan,",
        ),
        (
            "et",
            "võttes arvesse Euroopa Keskpankade Süsteemi ja Euroopa Keskpanga põhikirja, eriti "
            "selle artikli 12.1 ja artikli 14.3,",
        ),
        (
            "hu",
            "tekintettel a Központi Bankok Európai Rendszerének és az Európai Központi Banknak "
            "az alapokmányára és különösen annak 12.1. cikkére és 14.3. cikkére,",
        ),
        (
            "lv",
            "ņemot vērā Eiropas Centrālo banku sistēmas un Eiropas Centrālās bankas Statūtus un "
            "jo īpaši to 12.1. pantu un 14.3. pantu,",
        ),
        (
            "lt",
            "atsižvelgdama į Europos centrinių bankų sistemos ir Europos centrinio banko "
            "statutą, ypač į jo 12.1 straipsnį ir 14.3 straipsnį,",
        ),
    ],
)
def test_escb_statute_named_then_dotted_articles(lang: str, text: str) -> None:
    assert _keys(text, lang) == ["PROTOCOL-4", "PROTOCOL-4:12(1)", "PROTOCOL-4:14(3)"]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # a list of dotted articles before one article word
        ("fi", "EKPJ:n ja EKP:n perussäännön 12.1 ja 14.3 artiklan mukaisesti", None),
        ("hu", "a KBER és az EKB alapokmányának 12.1. és 14.3. cikke szerint", None),
        # the Court's Statute in the fi genitive
        (
            "fi",
            "unionin tuomioistuimen perussäännön 23 artiklan mukaisesti",
            ["PROTOCOL-3:23"],
        ),
        # a dotted number before an act's article word is that act's article and paragraph
        (
            "fi",
            "asetuksen (EU) N:o 1024/2013 6.4 artiklan mukaisesti",
            ["CELEX:32013R1024:6(4)"],
        ),
        # article-paragraph order is unchanged where the paragraph has its own word
        ("hu", "az EUMSZ 126. cikk (1) bekezdése", ["TFEU:126(1)"]),
        ("lv", "LESD 126. panta 1. punkts", ["TFEU:126(1)"]),
        # a dotted number with no article word is no article
        ("fi", "katso kohta 3.1 edellä ja perussäännön määräykset", []),
    ],
)
def test_dotted_articles_number_first(lang: str, text: str, keys: list[str] | None) -> None:
    expected = ["PROTOCOL-4:12(1)", "PROTOCOL-4:14(3)"] if keys is None else keys
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "fi",
            "EU-sopimukseen ja EUT-sopimukseen liitetyssä pöytäkirjassa N:o 21",
            ["TEU", "TFEU", "PROTOCOL-21"],
        ),
        (
            "hu",
            "az eljárás, amelyről az Európai Unió (EU) működéséről szóló szerződés 126. cikke "
            "rendelkezik",
            ["TFEU:126"],
        ),
        ("hu", "a Maastrichti Szerződéssel az EU működéséről szóló szerződéshez csatolt", ["TFEU"]),
        ("lt", "pagal Sutarties dėl ES veikimo 126 straipsnį", ["TFEU:126"]),
        ("es", "el artículo 126 del Tratado de Funcionamiento de la UE", ["TFEU:126"]),
        ("es", "el artículo 126 del Tratado FUE", ["TFEU:126"]),
        ("pt", "o artigo 126.º do Tratado FUE", ["TFEU:126"]),
        # the TEU's short names beside them: lv "Līgums par ES", mt "Trattat dwar l-UE"
        ("lv", "Līguma par ES 4. pants un Līguma par ES darbību 5. pants", ["TEU:4", "TFEU:5"]),
        ("mt", "l-Artikolu 4 tat-Trattat dwar l-UE", ["TEU:4"]),
    ],
)
def test_tfeu_short_names(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "en",
            "Having regard to the Statute of the European Investment Bank, and in particular "
            "Article 16 thereof,",
            ["PROTOCOL-5", "PROTOCOL-5:16"],
        ),
        ("de", "nach Artikel 16 der Satzung der Europäischen Investitionsbank", ["PROTOCOL-5:16"]),
        ("fi", "Euroopan investointipankin perussäännön 16 artiklan mukaisesti", ["PROTOCOL-5:16"]),
        ("fr", "conformément à l'article 19 des statuts de la BEI", ["PROTOCOL-5:19"]),
        # the Bank's own rules are no Protocol
        ("en", "Article 5 of the Rules of Procedure of the European Investment Bank", []),
    ],
)
def test_eib_statute_by_name(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys
