"""An act word right after a number names the act's kind only in a language that names
the kind last (hu "a 2004/38 irányelv"). Elsewhere the word after a number is a national
court's or authority's own decision type after its file number (de "Az: VI-3 Kart
132/20 Beschluss", sv "mål 4471/21 beslut", nl "zaak 200/19 besluit"), no EU act: the
EU act's word stands before its number. A label opening its line keeps its capital title
after a comma in every language (cs "1924/2006, Nařízení Evropského parlamentu")."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Instanzenzug: Az: VI-3 Kart 132/20 Beschluss", []),
        ("de", "vgl. OLG Düsseldorf, 3 Kart 845/19 Beschluss vom 29.5.2021", []),
        ("sv", "Kammarrätten upphävde i mål 4471/21 beslut den 16 maj 2022.", []),
        ("nl", "De rechtbank vernietigde in zaak 200/19 besluit van de minister.", []),
        (
            "hu",
            "A Bíróság a 2004/38 irányelv hatályát vizsgálta.",
            ["CELEX:32004L0038"],
        ),
        (
            "hu",
            "az 1612/68/EGK rendelet és a 2004/38/EK irányelv",
            ["CELEX:31968R1612", "CELEX:32004L0038"],
        ),
        (
            "cs",
            "1924/2006, Nařízení Evropského parlamentu a Rady (ES) o výživových tvrzeních",
            ["CELEX:32006R1924"],
        ),
        ("de", "Die Richtlinie 2004/38/EG gilt seit 2006.", ["CELEX:32004L0038"]),
    ],
)
def test_act_word_after_a_number(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
