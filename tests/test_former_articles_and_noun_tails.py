"""An article's former number in brackets with its own Treaty, between the article
and the Treaty it belongs to, marked by an inflected "former" word (pl "art. 49
(byłego art. 43 Traktatu WE) Traktatu o funkcjonowaniu …", cs "bývalého", hr "bivšeg",
lt "buvusį", ro "fostului"); and a short form of the EC Treaty carried on into a common
noun (lt "EB tipo patvirtinimas", et "EÜ tüübikinnitus", cs "ES schválení typu": the
EC type-approval of a vehicle), which is no instrument: the article of the keyword line
after it belongs to the directive of the line."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pl",
            "Swoboda ta wynika z art. 49 (byłego art. 43 Traktatu WE) Traktatu o "
            "funkcjonowaniu Unii Europejskiej.",
            ["TFEU:49", "TEC:43"],
        ),
        (
            "cs",
            "podle článku 49 (bývalého článku 43 Smlouvy o ES) Smlouvy o fungování Evropské unie",
            ["TFEU:49", "TEC:43"],
        ),
        (
            "hr",
            "na temelju članka 49. (bivšeg članka 43. UEZ-a) Ugovora o funkcioniranju "
            "Europske unije",
            ["TFEU:49", "TEC:43"],
        ),
        (
            "lt",
            "pagal 49 straipsnį (buvusį EB sutarties 43 straipsnį) Sutarties dėl Europos "
            "Sąjungos veikimo",
            ["TFEU:49", "TEC:43"],
        ),
        (
            "ro",
            "în temeiul articolului 49 (fostului articol 43 TCE) din Tratatul privind "
            "funcționarea Uniunii Europene",
            ["TFEU:49", "TEC:43"],
        ),
    ],
)
def test_former_article_between(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "lt",
            "Prejudicinis sprendimas – Direktyva 2007/46/EB – Motorinės transporto "
            "priemonės – 4 straipsnio 3 dalis – Gamintojo pareigos – Naujas automobilis, "
            "kuriam suteiktas EB tipo patvirtinimas – 8 straipsnio 2 dalis – Atsakomybė",
        ),
        (
            "et",
            "Eelotsusetaotlus – Direktiiv 2007/46/EÜ – Mootorsõidukid – Artikli 4 lõige 3 – "
            "Tootja kohustused – Uus sõiduk, millele on antud EÜ tüübikinnitus – Artikli 8 "
            "lõige 2 – Vastutus",
        ),
        (
            "cs",
            "Řízení o předběžné otázce – Směrnice 2007/46/ES – Motorová vozidla – Čl. 4 "
            "odst. 3 – Povinnosti výrobce – Nové vozidlo, jemuž bylo uděleno ES schválení "
            "typu – Čl. 8 odst. 2 – Odpovědnost",
        ),
    ],
)
def test_type_approval_is_no_treaty(lang: str, text: str) -> None:
    keys = [c.key for c in citeresolve.extract(text, lang=lang)]
    assert keys == ["CELEX:32007L0046", "CELEX:32007L0046:4(3)", "CELEX:32007L0046:8(2)"]
