"""A reference word after the title of an act cited without a date stands for the titled
act, not for the act its title amends or repeals (da "Rådets forordning 2017/1509 om … og
om ophævelse af forordning (EF) nr. 329/2007 … bilag II i forordningen"); a word for the
act named last ("the latter Directive", nl "laatstgenoemde richtlijn", bg "последната
директива") still stands for the amended one."""

from __future__ import annotations

import pytest

import citeresolve

R1509 = "CELEX:32017R1509"
R329 = "CELEX:32007R0329"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "da",
            "Sanktionerne følger af Rådets forordning 2017/1509 om restriktive foranstaltninger"
            " over for Den Demokratiske Folkerepublik Korea og om ophævelse af forordning (EF)"
            " nr. 329/2007.\n\nListen over varer findes i bilag II i forordningen.",
            [R1509, R329, f"{R1509}:annex-II"],
        ),
        (
            "en",
            "The rules are laid down in Council Regulation (EU) 2017/1509 concerning restrictive"
            " measures against the Democratic People's Republic of Korea and repealing"
            " Regulation (EC) No 329/2007.\n\nThe goods are listed in Article 3 of that"
            " Regulation.",
            [R1509, R329, f"{R1509}:3"],
        ),
        (
            "de",
            "Maßgeblich ist die Verordnung (EU) 2017/1509 des Rates über restriktive Maßnahmen"
            " gegen die Demokratische Volksrepublik Korea und zur Aufhebung der Verordnung (EG)"
            " Nr. 329/2007.\n\nNach Artikel 3 der genannten Verordnung ist die Ausfuhr verboten.",
            [R1509, R329, f"{R1509}:3"],
        ),
        (
            "fr",
            "Le règlement (UE) 2017/1509 du Conseil concernant des mesures restrictives à"
            " l'encontre de la République populaire démocratique de Corée et abrogeant le"
            " règlement (CE) no 329/2007 s'applique.\n\nL'article 3 dudit règlement interdit"
            " l'exportation.",
            [R1509, R329, f"{R1509}:3"],
        ),
    ],
)
def test_reference_after_undated_title(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # no title words between the acts: the last one cited
        (
            "en",
            "See Regulation (EU) 2017/1509 and Regulation (EC) No 329/2007.\n\nArticle 3 of"
            " that Regulation applies.",
            [R1509, R329, f"{R329}:3"],
        ),
        # an act of another kind in the title stays an antecedent of its own kind
        (
            "en",
            "Council Decision (CFSP) 2016/849 concerning restrictive measures and repealing"
            " Directive 2013/183/EU.\n\nArticle 2 of that Directive applies.",
            ["CELEX:32016D0849", "CELEX:32013L0183", "CELEX:32013L0183:2"],
        ),
        # "the latter": the act named last, even in a title
        (
            "nl",
            "Richtlijn (EU) 2018/843 tot wijziging van richtlijn (EU) 2015/849 – wijziging van"
            " artikel 30, lid 5, van laatstgenoemde richtlijn.",
            ["CELEX:32018L0843", "CELEX:32015L0849", "CELEX:32015L0849:30(5)"],
        ),
        (
            "bg",
            "Директива (ЕС) 2018/843 за изменение на Директива (ЕС) 2015/849 — изменение на"
            " член 30, параграф 5 от последната директива.",
            ["CELEX:32018L0843", "CELEX:32015L0849", "CELEX:32015L0849:30(5)"],
        ),
        (
            "en",
            "Directive (EU) 2018/843 amending Directive (EU) 2015/849: Article 30(5) of the"
            " latter Directive is amended.",
            ["CELEX:32018L0843", "CELEX:32015L0849", "CELEX:32015L0849:30(5)"],
        ),
        # national law in the title is no act
        (
            "da",
            "Bekendtgørelse nr. 123 af 2020 om ophævelse af lov nr. 45 af 2019.\n\nSe bilag II i"
            " forordningen.",
            [],
        ),
    ],
)
def test_other_antecedents_stay(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
