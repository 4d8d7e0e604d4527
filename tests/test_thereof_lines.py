"""An instrument named in a visa and pinned after it: by a pronoun after the articles
(sv "särskilt artiklarna 57.2 och 100a i detta", but never "i detta direktiv", the
document itself), by an "in particular" line of its own after the visa's comma (pt
"Tendo em conta o Tratado …,\\nnomeadamente o artigo 37.º"), and genitive first with a
short name defined in brackets between (et "lepingu (ELi toimimise leping) artikli
169"), where the name only completes the article."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "med beaktande av Fördraget om upprättandet av Europeiska gemenskapen, "
            "särskilt artiklarna 47.2 och 95 i detta,",
            ["TEC", "TEC:47(2)", "TEC:95"],
        ),
        (
            "med beaktande av rådets förordning (EG) nr 1/2003, särskilt artikel 29 i denna,",
            ["CELEX:32003R0001", "CELEX:32003R0001:29"],
        ),
        # "i detta direktiv" is the document itself: no article of the treaty
        (
            "med beaktande av Fördraget om upprättandet av Europeiska gemenskapen, "
            "särskilt artikel 3 i detta direktiv,",
            ["TEC"],
        ),
    ],
)
def test_a_pronoun_after_the_articles_points_to_the_visas_instrument(
    text: str, expected: list[str]
) -> None:
    assert keys(text, "sv") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pt",
            "Tendo em conta o Tratado sobre o Funcionamento da União Europeia,\n"
            "nomeadamente o artigo 43.º, n.º 2,\nTendo em conta a proposta da Comissão,",
            ["TFEU", "TFEU:43(2)"],
        ),
        (
            "en",
            "Having regard to the Treaty on the Functioning of the European Union,\n"
            "and in particular Article 43(2) thereof,\nHaving regard to the proposal",
            ["TFEU", "TFEU:43(2)"],
        ),
        (
            "sv",
            "med beaktande av fördraget om Europeiska unionens funktionssätt,\n"
            "särskilt artikel 43.2,\nmed beaktande av Europeiska kommissionens förslag,",
            ["TFEU", "TFEU:43(2)"],
        ),
        # a line that names more than the link word is a visa of its own (an instrument
        # the extractor does not know): the line before is not its instrument
        (
            "en",
            "Having regard to the Treaty on the Functioning of the European Union,\n"
            "Having regard to the Agreement on the European Economic Area, and in "
            "particular Article 62(1)(a) thereof,",
            ["TFEU"],
        ),
    ],
)
def test_an_in_particular_line_goes_on_with_the_visa_before(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "et",
            "Euroopa Liidu toimimise lepingu (ELi toimimise leping) artikli 169 lõikega 1 "
            "on ette nähtud, et liit aitab kaasa",
            ["TFEU:169(1)"],
        ),
        ("et", "Euroopa Liidu lepingu (ELi leping) artikli 6 kohaselt", ["TEU:6"]),
        (
            "hu",
            "az Európai Unió működéséről szóló szerződés (EUMSZ) 258. cikke alapján",
            ["TFEU:258"],
        ),
    ],
)
def test_a_name_and_its_short_name_in_brackets_before_the_article(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected
