"""Lithuanian writers name the EC Treaty after "the European Communities" as well
("Europos Bendrijų steigimo sutartis", beside the official "Europos bendrijos steigimo
sutartis"): its articles are the EC Treaty's, with or without a defined short name in
brackets between ("(toliau EB sutartis)"). The Official Journal of the Communities is no
Treaty."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="lt")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Socialinių mokslų studijos 2010, an article on locus standi
        (
            "Privačių asmenų galimybę pateikti ieškinį dėl Europos Sąjungos institucijų "
            "priimtų teisės aktų teisėtumo daugelį metų ribojo Europos Bendrijų steigimo "
            "sutarties (toliau EB sutartis) 230 straipsnio 4 dalyje įtvirtintas reikalavimas.",
            ["TEC:230(4)"],
        ),
        (
            "Pagal Europos Bendrijų steigimo sutarties 81 straipsnį susitarimai draudžiami.",
            ["TEC:81"],
        ),
        ("Europos Bendrijų steigimo sutartis buvo pasirašyta Romoje.", ["TEC"]),
        ("Tekstas paskelbtas Europos Bendrijų oficialiajame leidinyje 1998 m.", []),
    ],
)
def test_ec_treaty_plural(text: str, expected: list[str]) -> None:
    assert _keys(text) == expected
