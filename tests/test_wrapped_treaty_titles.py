"""'The Treaty' in the title of an act adopted before the Treaty of Lisbon is the EC
Treaty also where a text laid out in lines wraps the title between two lower-case words
(da "der er omfattet af\\nproceduren i traktatens artikel 251"); a line that ends
before a capital, a digit or a mark is a line of its own (pipeline/treaty_anaphors.py)."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "da",
            "forordning (EF) nr. 219/2009 af 11. marts 2009 om tilpasning til Rådets afgørelse "
            "1999/468/EF af visse retsakter, der er omfattet af\nproceduren i traktatens "
            "artikel 251, for så vidt angår forskriftsproceduren med kontrol",
            "TEC:251",
        ),
        (
            "en",
            "Council Regulation (EC) No 1/2003 of 16 December 2002 on the implementation of "
            "the rules on\ncompetition laid down in Articles 81 and 82 of the Treaty",
            "TEC:82",
        ),
        (
            "fr",
            "règlement (CE) no 1/2003 du Conseil du 16 décembre 2002 relatif à la mise en "
            "œuvre des règles de\nconcurrence prévues aux articles 81 et 82 du traité",
            "TEC:82",
        ),
        (
            "nl",
            "Verordening (EG) nr. 1/2003 van de Raad van 16 december 2002 betreffende de "
            "uitvoering van de\nmededingingsregels van de artikelen 81 en 82 van het Verdrag",
            "TEC:82",
        ),
        (
            "sv",
            "rådets förordning (EG) nr 1/2003 av den 16 december 2002 om tillämpning av "
            "konkurrensreglerna i\nartiklarna 81 och 82 i fördraget",
            "TEC:82",
        ),
    ],
)
def test_wrapped_title_names_the_ec_treaty(lang: str, text: str, expected: str) -> None:
    assert expected in keys(text, lang)


def test_line_of_its_own_reads_no_treaty() -> None:
    # the title ends at its line; the next line opens with a capital
    text = (
        "Council Regulation (EC) No 1/2003 of 16 December 2002 on the implementation of "
        "the rules\nArticles 81 and 82 of the Treaty"
    )
    assert not any(k.startswith("TEC:") for k in keys(text, "en"))
