"""A Treaty named on its own right before "in particular" (its abbreviation in brackets
between), in a clause about an act: the articles after "in particular" are the
Treaty's, not the act's that the clause is about. Recital 2 of the Union Customs Code:
"… Regulation (EC) No 450/2008 is consistent with the Treaty on the Functioning of the
European Union (TFEU), in particular Articles 290 and 291 thereof". Not a Treaty that
completed an article cited before it, nor a Protocol an act's title amends."""

from __future__ import annotations

import pytest

import citeresolve

ACT = "CELEX:32008R0450"
PINS = [ACT, "TFEU", "TFEU:290", "TFEU:291"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "it",
            "È opportuno garantire che il regolamento (CE) n. 450/2008 sia coerente con il "
            "trattato sul funzionamento dell’Unione europea (TFUE), in particolare con gli "
            "articoli 290 e 291 dello stesso.",
        ),
        (
            "es",
            "Es conveniente garantizar que el Reglamento (CE) n.º 450/2008 sea coherente con el "
            "Tratado de Funcionamiento de la Unión Europea (TFUE), en particular con sus "
            "artículos 290 y 291.",
        ),
        (
            "pl",
            "Należy zapewnić zgodność rozporządzenia (WE) nr 450/2008 z Traktatem o "
            "funkcjonowaniu Unii Europejskiej (TFUE), w szczególności z jego art. 290 i 291.",
        ),
        (
            "sv",
            "Förordning (EG) nr 450/2008 bör anpassas till fördraget om Europeiska unionens "
            "funktionssätt (EUF-fördraget), särskilt artiklarna 290 och 291.",
        ),
        (
            "lt",
            "tikslinga užtikrinti, kad Reglamentas (EB) Nr. 450/2008 būtų suderintas su "
            "Sutartimi dėl Europos Sąjungos veikimo (toliau – SESV), visų pirma jos 290 ir 291 "
            "straipsniais.",
        ),
        (
            "en",
            "It is appropriate to ensure that Regulation (EC) No 450/2008 is consistent with the "
            "Treaty on the Functioning of the European Union (TFEU), in particular Articles 290 "
            "and 291 thereof.",
        ),
        (
            "de",
            "Die Verordnung (EG) Nr. 450/2008 sollte mit dem Vertrag über die Arbeitsweise der "
            "Europäischen Union (AEUV), insbesondere mit dessen Artikeln 290 und 291, in "
            "Einklang gebracht werden.",
        ),
    ],
)
def test_articles_after_in_particular_are_the_treatys(lang: str, text: str) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == PINS


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the Treaty completed the articles before it: the act's article
        (
            "en",
            "Having regard to Council Regulation (EC) No 1/2003 of 16 December 2002 on the "
            "implementation of the rules on competition laid down in Articles 81 and 82 of the "
            "EC Treaty, and in particular Article 29 thereof,",
            ["CELEX:32003R0001", "TEC:81", "TEC:82", "CELEX:32003R0001:29"],
        ),
        (
            "it",
            "visto il regolamento (CE) n. 1/2003 concernente l'applicazione delle regole di "
            "concorrenza di cui agli articoli 81 e 82 del trattato CE, in particolare "
            "l'articolo 29.",
            ["CELEX:32003R0001", "TEC:81", "TEC:82", "CELEX:32003R0001:29"],
        ),
        # a Protocol the act's title amends, with or without the title's footnote marker
        (
            "it",
            "– visto il regolamento (UE, Euratom) 2015/2422 del Parlamento europeo e del "
            "Consiglio, del 16 dicembre 2015, recante modifica del protocollo n. 3 sullo "
            "statuto della Corte di giustizia dell'Unione europea(1), in particolare il "
            "considerando 9,",
            ["CELEX:32015R2422", "PROTOCOL-3", "CELEX:32015R2422:recital-9"],
        ),
        # a visa that opens with the Treaty: its article, as before
        (
            "it",
            "visto il trattato sul funzionamento dell'Unione europea, in particolare "
            "l'articolo 16,",
            ["TFEU", "TFEU:16"],
        ),
    ],
)
def test_act_keeps_its_articles(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
