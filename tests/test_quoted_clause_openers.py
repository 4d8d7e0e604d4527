"""A visa's opener inside a quotation of a keyword line's descriptor (lt "atsižvelgdamas
į", pl "uwzględniając", cs "s ohledem na" in "„… the consumer can reasonably expect,
having regard to the nature of the goods …“") opens no clause: the article of a later
segment still belongs to the act at the head of the line."""

from __future__ import annotations

import pytest

import citeresolve

_KEYS = ["CELEX:31999L0044", "CELEX:31999L0044:2(2)(d)", "CELEX:31999L0044:3(5)"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "lt",
            "Prašymas priimti prejudicinį sprendimą – Direktyva 1999/44/EB – Vartoj"
            "imo prekių pardavimas ir susijusios garantijos – 2 straipsnio 2 dalies"
            " d punktas – Prekės, kuri „pasižymi kokybe, kurios vartotojas gali pag"
            "rįstai tikėtis, atsižvelgdamas į prekės pobūdį ir į visus viešus parei"
            "škimus apie konkrečias prekės savybes, kuriuos padarė pardavėjas ar ga"
            "mintojas“, sąvoka – Naujas automobilis – 3 straipsnio 5 dalis – Atsako"
            "mybė",
        ),
        (
            "pl",
            "Odesłanie prejudycjalne – Dyrektywa 1999/44/WE – Sprzedaż towarów kons"
            "umpcyjnych i związane z tym gwarancje – Artykuł 2 ust. 2 lit. d) – Poj"
            "ęcie towaru, który „wykazuje jakość, jakiej konsument może rozsądnie o"
            "czekiwać, uwzględniając charakter towaru i wszelkie publiczne oświadcz"
            "enia o jego właściwościach złożone przez sprzedawcę lub producenta” – "
            "Nowy samochód – Artykuł 3 ust. 5 – Odpowiedzialność",
        ),
        (
            "cs",
            "Řízení o předběžné otázce – Směrnice 1999/44/ES – Prodej spotřebního z"
            "boží a záruky na toto zboží – Čl. 2 odst. 2 písm. d) – Pojem zboží, kt"
            "eré „vykazuje jakost, kterou spotřebitel může rozumně očekávat s ohled"
            "em na povahu zboží a veřejná prohlášení o jeho vlastnostech učiněná pr"
            "odávajícím nebo výrobcem“ – Nové vozidlo – Čl. 3 odst. 5 – Odpovědnost",
        ),
    ],
)
def test_quoted_opener_opens_no_clause(lang: str, text: str) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == _KEYS
