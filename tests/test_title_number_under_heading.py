"""A bracketed number that closes the subject line of a title under its heading.

An OJ title copied line by line: the heading in capitals ("COUNCIL FRAMEWORK DECISION",
pl "DECYZJA RAMOWA RADY"), its date on the next line, and the number in brackets at the
end of the subject line rather than on its own. The heading's act word gives the kind;
a blank line between, or no act word in the heading, gives none.
"""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "COUNCIL FRAMEWORK DECISION\nof 26 June 2001\non money laundering, the "
            "identification, tracing, freezing, seizing and confiscation of instrumentalities "
            "and the proceeds of crime (2001/500/JHA)\nTHE COUNCIL OF THE EUROPEAN UNION,",
            ["CELEX:32001F0500"],
        ),
        (
            "de",
            "RAHMENBESCHLUSS DES RATES\nvom 24. Februar 2005\nüber die Anwendung des "
            "Grundsatzes der gegenseitigen Anerkennung von Geldstrafen (2005/214/JI)\nDER RAT "
            "DER EUROPÄISCHEN UNION —",
            ["CELEX:32005F0214"],
        ),
        (
            "fr",
            "DÉCISION DE LA COMMISSION\ndu 5 mars 2009\nétablissant un formulaire (2009/335/CE)"
            "\nLA COMMISSION DES COMMUNAUTÉS EUROPÉENNES,",
            ["CELEX:32009D0335"],
        ),
        (
            "pl",
            "DECYZJA RAMOWA RADY\nz dnia 27 listopada 2008 r.\nw sprawie stosowania zasady "
            "wzajemnego uznawania do wyroków w sprawach karnych (2008/909/WSiSW)\nRADA UNII "
            "EUROPEJSKIEJ,",
            ["CELEX:32008F0909"],
        ),
        # a blank line between the heading and the title: no heading of this title
        (
            "pl",
            "DECYZJA RAMOWA RADY\n\nz dnia 27 listopada 2008 r.\nw sprawie stosowania zasady "
            "(2008/909/WSiSW)",
            [],
        ),
        # a heading in capitals with no act word: a judgment, not an act
        (
            "pl",
            "WYROK SĄDU\nz dnia 13 czerwca 2002 r.\nw sprawie o sygn. akt (2002/475)",
            [],
        ),
    ],
)
def test_number_closing_title_under_heading(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
