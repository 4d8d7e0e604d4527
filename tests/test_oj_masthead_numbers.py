"""An OJ masthead's issue and page ("L 70/11") before the title of the act it prints,
in capitals: the number is no act of the kind the title opens with (el "L 70/11 ΟΔΗΓΙΑ
2009/12/ΕΚ" gave a false Directive 70/11); the title's own number is read."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "el",
            "20.6.2019 EL Επίσημη Εφημερίδα της Ευρωπαϊκής Ένωσης L 76/10 ΟΔΗΓΙΑ (ΕΕ) "
            "2019/944 ΤΟΥ ΕΥΡΩΠΑΪΚΟΥ ΚΟΙΝΟΒΟΥΛΙΟΥ",
            ["CELEX:32019L0944"],
        ),
        (
            "en",
            "14.6.2019 EN Official Journal of the European Union L 88/31 DIRECTIVE (EU) "
            "2019/944 OF THE EUROPEAN PARLIAMENT",
            ["CELEX:32019L0944"],
        ),
        (
            "de",
            "14.6.2019 DE Amtsblatt der Europäischen Union L 91/17 RICHTLINIE (EU) "
            "2019/944 DES EUROPÄISCHEN PARLAMENTS",
            ["CELEX:32019L0944"],
        ),
        # the word after a bare number still names its act where no series letter stands
        ("hu", "a 2004/38 irányelv 27. cikke", ["CELEX:32004L0038:27"]),
    ],
)
def test_masthead_number_is_no_act(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
