"""The EU Trade Mark Regulation as EUIPO's own decisions name it in each language, and
the national courts that follow them: it "l'articolo 8, paragrafo 1, lettera b), RMUE"
(an Opposition Division decision), pl "zgodnie z art. 7 rozporządzenia w sprawie znaku
towarowego Unii Europejskiej („RZTUE”)" and "art. 7 ust. 1 lit. b) i c) oraz art. 7 ust.
2 RZTUE" (a refusal of registration), pt "nos artigos 8.º, 60.º e 127.º do RMUE" (the
Lisbon Court of Appeal). Before, only en, de, fr, es and nl names were listed and these
articles took no act."""

from __future__ import annotations

import pytest

import citeresolve

EUTMR = "CELEX:32017R1001"


def keys(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "it",
            "L’opponente invocava l’articolo 8, paragrafo 1, lettera b), RMUE relativamente a "
            "entrambi i marchi. Rischio di confusione ex articolo 8, paragrafo 1, lettera b), "
            "RMUE Sussiste un rischio di confusione se vi è il rischio che il pubblico possa "
            "credere che i prodotti provengano dalla stessa impresa.",
            [
                (f"{EUTMR}:8(1)(b)", "articolo 8, paragrafo 1, lettera b)"),
                (f"{EUTMR}:8(1)(b)", "articolo 8, paragrafo 1, lettera b)"),
            ],
        ),
        (
            "it",
            "L'opponente ha invocato l'articolo 8, paragrafo 5, del regolamento sul marchio "
            "dell'Unione europea.",
            [(f"{EUTMR}:8(5)", "articolo 8, paragrafo 5")],
        ),
        (
            "pl",
            "Decyzja o odmowie udzielenia rejestracji znaku towarowego Unii Europejskiej "
            "zgodnie z art. 7 rozporządzenia w sprawie znaku towarowego Unii Europejskiej "
            "(„RZTUE”) oraz zasadą 11 ust. 3 rozporządzenia wykonawczego w sprawie znaku "
            "towarowego Unii Europejskiej („RWZTUE”)",
            [(f"{EUTMR}:7", "art. 7")],
        ),
        (
            "pl",
            "Urząd stwierdził na podstawie art. 7 ust. 1 lit. b) i c) oraz art. 7 ust. 2 "
            "RZTUE, że zgłoszony znak ma charakter opisowy.",
            [
                (f"{EUTMR}:7(1)(b)", "art. 7 ust. 1 lit. b)"),
                (f"{EUTMR}:7(1)(c)", "c)"),
                (f"{EUTMR}:7(2)", "art. 7 ust. 2"),
            ],
        ),
        (
            "pt",
            "devem observar os termos previstos nos artigos 8.º, 60.º e 127.º do RMUE, que "
            "aqui não se verificam.",
            [
                (f"{EUTMR}:8", "artigos 8.º"),
                (f"{EUTMR}:60", "60.º"),
                (f"{EUTMR}:127", "127.º"),
            ],
        ),
        # the names of other languages, unchanged
        (
            "fr",
            "au sens de l'article 8, paragraphe 1, sous b), du RMUE",
            [(f"{EUTMR}:8(1)(b)", "article 8, paragraphe 1, sous b)")],
        ),
    ],
)
def test_eutmr_names(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the name alone is no citation
        ("it", "La domanda è stata esaminata ai sensi del RMUE."),
        ("pl", "Przepisy RZTUE stosuje się odpowiednio."),
        # national trade mark law keeps its articles
        (
            "pl",
            "art. 129¹ ust. 1 pkt 2 ustawy z dnia 30 czerwca 2000 r. prawo własności przemysłowej",
        ),
        # the abbreviation in lower case or inside a word is no name
        ("it", "l'articolo 8 del rmue-bis"),
        # the implementing regulation is another act, not keyed by this name
        (
            "pl",
            "zasada 11 ust. 3 rozporządzenia wykonawczego w sprawie znaku towarowego "
            "Unii Europejskiej",
        ),
    ],
)
def test_eutmr_names_negatives(lang: str, text: str) -> None:
    assert [k for k, _ in keys(text, lang) if k.startswith(EUTMR)] == []
