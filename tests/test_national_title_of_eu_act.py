"""A national act named after the EU act it implements ("Zakon o provedbi Opće uredbe o
zaštiti podataka", "Gesetz zur Durchführung der Verordnung (EU) 2016/679", "the Act
implementing Regulation (EU) 2016/679"): the EU act is still cited, but an article tied
to the title is the national act's. Only a capitalised title word counts: bg
"законодателството на Съюза" (Union legislation) is no national act."""

from __future__ import annotations

import pytest

import citeresolve

GDPR = "CELEX:32016R0679"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("hr", "Zakon o provedbi Opće uredbe o zaštiti podataka u čl. 20. uređuje biometriju.", []),
        ("hr", "Zakon o provedbi Uredbe (EU) 2016/679 u članku 20. propisuje iznimke.", [GDPR]),
        (
            "hr",
            "Uredba (EU) 2016/679 u članku 20. propisuje pravo na prenosivost.",
            [GDPR, f"{GDPR}:20"],
        ),
        ("de", "nach Artikel 3 des Gesetzes zur Durchführung der Verordnung (EU) 2016/679", [GDPR]),
        ("de", "nach Artikel 3 der Verordnung (EU) 2016/679", [f"{GDPR}:3"]),
        ("en", "Article 3 of the Act implementing the GDPR sets the age of consent.", []),
        ("en", "Article 17 of the Digital Services Act applies.", ["CELEX:32022R2065:17"]),
        ("nl", "Op grond van artikel 5 Uitvoeringswet AVG is toestemming nodig.", []),
        (
            "bg",
            "В законодателството на Съюза, Регламент (ЕС) 2016/679 в член 5 предвижда принципите.",
            [GDPR, f"{GDPR}:5"],
        ),
    ],
)
def test_article_of_a_national_implementing_act(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
