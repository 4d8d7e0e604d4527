"""Annex numbers: after an annex word a capital "I" is the numeral, also where "i" is a
determiner of the language (it "i", "the"), as it was where "i" means "and" (hr, sl, pl)
or "of" (da, sv): it "allegato I del regolamento" is Annex I. And the single annex cited
with no number at all ("the Annex to that Directive") is read with no digit in reach."""

from __future__ import annotations

import pytest

from citeresolve import extract


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        (
            "it",
            "i dati elencati nell'allegato I del regolamento (UE) 2016/679, e gli altri",
            "CELEX:32016R0679:annex-I",
        ),
        (
            "it",
            "La direttiva 2012/34/UE riguarda le ferrovie. Le banchine di cui all'allegato I "
            "di tale direttiva sono un elemento dell'infrastruttura.",
            "CELEX:32012L0034:annex-I",
        ),
        ("it", "(Allegato I della direttiva (UE) 2019/904); inoltre", "CELEX:32019L0904:annex-I"),
        ("hr", "Prilog I. Uredbe (EU) 2016/679 sadrži", "CELEX:32016R0679:annex-I"),
        ("sv", "enligt bilaga I i förordning (EU) 2016/679", "CELEX:32016R0679:annex-I"),
    ],
)
def test_capital_i_after_an_annex_word_is_annex_one(lang: str, text: str, key: str) -> None:
    assert key in [c.key for c in extract(text, lang=lang)]


def test_the_determiner_in_lower_case_stays_a_word() -> None:
    text = "gli allegati i cui dati sono elencati nella direttiva (UE) 2019/904"
    keys = [c.key for c in extract(text, lang="it")]
    assert not any("annex-I" in k for k in keys)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Directive (EU) 2019/904 on plastics. The products listed in the Annex to that "),
        (
            "fr",
            "La directive (UE) 2019/904 sur les plastiques. Les produits visés à l'annexe de la ",
        ),
        ("de", "Die Richtlinie (EU) 2019/904 über Kunststoffe. Die Produkte im Anhang der "),
        ("it", "La direttiva (UE) 2019/904 sulla plastica. I prodotti (Parte A Allegato della "),
    ],
)
def test_the_single_annex_of_a_reference_word_needs_no_number(lang: str, text: str) -> None:
    """ "the Annex to that Directive" with no digit anywhere after it: the single annex."""
    word = {"en": "Directive", "fr": "Directive", "de": "Richtlinie", "it": "Direttiva"}[lang]
    keys = [c.key for c in extract(f"{text}{word} are banned; so are others.", lang=lang)]
    assert "CELEX:32019L0904:annex-1" in keys


@pytest.mark.parametrize(
    "text",
    [
        "Directive (EU) 2019/904 on plastics. The list is in the Annex.",
        "Directive (EU) 2019/904 on plastics. The list is annexed to the Directive.",
    ],
)
def test_an_annex_word_with_no_instrument_after_it_cites_nothing(text: str) -> None:
    assert [c.key for c in extract(text, lang="en")] == ["CELEX:32019L0904"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A lettered annex is outside the annex grammar (Roman numerals or digits) and is
        # no single annex either: the act alone is cited (was annex-1 where "a" is a
        # determiner of the language, pt).
        ("pt", "a diretiva veio alterar o anexo A da Diretiva 96/98/CE,", ["CELEX:31996L0098"]),
        ("es", "se modificó el anexo B de la Directiva 2014/90/UE,", ["CELEX:32014L0090"]),
        ("ro", "modifică anexa A la Directiva 2014/90/UE,", ["CELEX:32014L0090"]),
        ("en", "it replaced Annex A to Directive 2014/90/EU,", ["CELEX:32014L0090"]),
        # Negatives: a Roman numeral and the single annex keep their pins.
        ("pt", "o anexo I da Diretiva 96/98/CE", ["CELEX:31996L0098:annex-I"]),
        ("pt", "o anexo da Diretiva 96/98/CE", ["CELEX:31996L0098:annex-1"]),
    ],
)
def test_a_lettered_annex_cites_its_act(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in extract(text, lang=lang)] == expected
