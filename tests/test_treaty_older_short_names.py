"""The Treaties' short and older names as court databases, course papers and
consultancies write them: de "EWGV" (the EEC Treaty, as "EGV" is the EC Treaty),
ro "Tratatul instituind Comunitatea Europeană" and "Tratatul asupra Uniunii
Europene" (the older translations), hr "Ugovor o EEZ", "Ugovor o osnivanju EZ-a"
and "Ugovor o funkcioniranju EU" (the abbreviation without its case ending). The
ECSC Treaty and the Constitutional Treaty, and a contract ("ugovor") about an EU
project, keep no key."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a database summary of a Federal Constitutional Court order
        (
            "de",
            "Das BVerfG kontrolliert die Einhaltung des Art. 177 Abs. 3 EWGV wie die anderer"
            " Zuständigkeitsregelungen.",
            ["TEC:177(3)"],
        ),
        ("de", "Normenkette GG Art. 101 Abs. 1 S. 2; EWGV Art. 30; ZPO § 554b", ["TEC:30"]),
        ("de", "Art. 234 EGV", ["TEC:234"]),
        ("de", "Art. 4 EGKSV", []),
        # a law student's paper on infringement proceedings
        (
            "ro",
            "art. 258 din Tratatul privind Funcționarea Uniunii Europene, fostul art. 226"
            " Tratatul instituind Comunitatea Europeană, care prevede",
            ["TFEU:258", "TEC:226"],
        ),
        (
            "ro",
            "art. 85 din Tratatul instituind Comunitatea Economică Europeană",
            ["TEC:85"],
        ),
        ("ro", "art. 6 din Tratatul asupra Uniunii Europene", ["TEU:6"]),
        (
            "ro",
            "art. 1 din Tratatul instituind Comunitatea Europeană a Energiei Atomice",
            ["EAEC:1"],
        ),
        (
            "ro",
            "art. 4 din Tratatul instituind Comunitatea Europeană a Cărbunelui și Oțelului",
            [],
        ),
        ("ro", "Tratatul instituind o Constituție pentru Europa, art. 5", []),
        # an equality body's presentation, a consultancy's page on state aid
        (
            "hr",
            "Članak 119. Ugovora o EEZ Svaka država članica osigurava primjenu načela o"
            " jednakim plaćama.",
            ["TEC:119"],
        ),
        ("hr", "na temelju članka 81. Ugovora o osnivanju EZ-a", ["TEC:81"]),
        ("hr", "Ugovorom o osnivanju EEZ predviđeno je", ["TEC"]),
        (
            "hr",
            "Sukladno članku 107. st. 1. Ugovora o funkcioniranju EU, svaka potpora",
            ["TFEU:107(1)"],
        ),
        ("hr", "članak 4. Ugovora o osnivanju EZUČ-a", []),
        ("hr", "potpisan je ugovor o EZ projektu", []),
    ],
)
def test_older_short_names(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
