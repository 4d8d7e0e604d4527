"""fi "perustamissopimus" alone ("the founding Treaty") points back to the Treaty named
before it, like "the Treaty"; written after "hiili- ja teräsyhteisön" it is the ECSC
Treaty, which no key covers."""

from __future__ import annotations

from citeresolve import extract


def test_bare_founding_treaty_is_the_treaty_named_before() -> None:
    text = (
        "ottavat huomioon Euroopan yhteisön perustamissopimuksen ja erityisesti sen 159 "
        "artiklan kolmannen kohdan, noudattavat perustamissopimuksen 251 artiklassa "
        "määrättyä menettelyä,"
    )
    assert [c.key for c in extract(text, lang="fi")] == ["TEC", "TEC:159(3)", "TEC:251"]


def test_ecsc_treaty_is_not_the_treaty_named_before() -> None:
    text = (
        "ottavat huomioon Euroopan yhteisön perustamissopimuksen. Euroopan hiili- ja "
        "teräsyhteisön perustamissopimuksen 65 artikla koski kartelleja."
    )
    assert [c.key for c in extract(text, lang="fi")] == ["TEC"]


def test_no_treaty_named_before_gives_nothing() -> None:
    text = "Perustamissopimuksen 267 artikla koskee ennakkoratkaisuja."
    assert extract(text, lang="fi") == []
