"""The VAT Directives named by their ordinal. "The Sixth Directive" is the Sixth VAT
Directive (77/388/EEC) in Hungarian ("a hatodik irányelv 17. cikke"), Finnish
("kuudennen direktiivin 17 artiklan") and Lithuanian ("Šeštosios direktyvos 17
straipsnio") too, as judgments in those languages cite it. The First and Second VAT
Directives (1967) contain the VAT Directive's name ("Pirmosios PVM direktyvos", "the
First VAT Directive") and are never the VAT Directive of 2006."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        ("hu", "A hatodik irányelv 17. cikkének (2) bekezdése szerint", ["CELEX:31977L0388:17(2)"]),
        ("fi", "kuudennen direktiivin 17 artiklan 2 kohdan mukaan", ["CELEX:31977L0388:17(2)"]),
        (
            "lt",
            "pagal Šeštosios direktyvos 17 straipsnio 2 dalį atskaita leidžiama",
            ["CELEX:31977L0388:17(2)"],
        ),
        (
            "lt",
            "4. Pirmosios PVM direktyvos(4) 2 straipsnis nustato tokį apibrėžimą:",
            ["CELEX:31967L0227:2"],
        ),
        ("en", "Article 2 of the First VAT Directive defines it.", ["CELEX:31967L0227:2"]),
        ("de", "nach Art. 2 der Ersten Mehrwertsteuerrichtlinie", ["CELEX:31967L0227:2"]),
        ("fr", "l’article 2 de la deuxième directive TVA", ["CELEX:31967L0228:2"]),
    ],
)
def test_ordinal_names(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        ("lt", "PVM direktyvos 2 straipsnis", ["CELEX:32006L0112:2"]),
        ("fi", "arvonlisäverodirektiivin 2 artiklan mukaan", ["CELEX:32006L0112:2"]),
        ("hu", "a héairányelv 2. cikke", ["CELEX:32006L0112:2"]),
        ("en", "Article 2 of the VAT Directive", ["CELEX:32006L0112:2"]),
    ],
)
def test_the_vat_directive_itself(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("hu", "a hatodik fejezet 17. pontja szerint"),
        ("fi", "kuudennen luvun 17 kohdan mukaan"),
    ],
)
def test_other_sixth_things(lang: str, text: str) -> None:
    assert _keys(text, lang) == []
