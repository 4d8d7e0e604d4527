"""A list of applied provisions, one a line, each line naming its act and then the
article (a judgment's "Sovelletut säännökset", de "Normen", sv "Lagrum"): the name that
opens the next line, linked by no "of" word, is not the article's instrument."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fi",
            "Neuvoston direktiivi 2006/112/EY yhteisestä arvonlisäverojärjestelmästä 135 "
            "artiklan 1 kohdan d alakohta\n"
            "Euroopan unionin toiminnasta tehdyn sopimuksen 267 artikla",
            ["CELEX:32006L0112", "CELEX:32006L0112:135(1)(d)", "TFEU:267"],
        ),
        (
            "de",
            "Richtlinie 2006/112/EG des Rates über das gemeinsame Mehrwertsteuersystem Art. 135 "
            "Abs. 1 Buchst. d\n"
            "Vertrag über die Arbeitsweise der Europäischen Union Art. 267",
            ["CELEX:32006L0112", "CELEX:32006L0112:135(1)(d)", "TFEU:267"],
        ),
        (
            "sv",
            "Rådets direktiv 2006/112/EG om ett gemensamt system för mervärdesskatt artikel "
            "135.1 d\n"
            "Fördraget om Europeiska unionens funktionssätt artikel 267",
            ["CELEX:32006L0112", "CELEX:32006L0112:135(1)(d)", "TFEU:267"],
        ),
        # an "of" word still links a chain to the name on the next line
        (
            "en",
            "having regard to Regulation (EU) 2016/679 and to Article 16\n"
            "of the Treaty on the Functioning of the European Union,",
            ["CELEX:32016R0679", "TFEU:16"],
        ),
    ],
)
def test_provision_lines(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
