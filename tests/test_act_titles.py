"""'Its Article 5' after an act's title, in languages that write the title before the
act's number (data/lang: act_title_end): the act the title belongs to, not an act the
title names."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "hu",
            "tekintettel a hitelintézetekre és befektetési vállalkozásokra vonatkozó prudenciális "
            "követelményekről és a 648/2012/EU rendelet módosításáról szóló, 2013. június 26-i "
            "575/2013/EU európai parlamenti és tanácsi rendeletre (2), és különösen annak 113. "
            "cikke (7) bekezdésére,",
            "CELEX:32013R0575:113(7)",
        ),
        (
            "fi",
            "ottaa huomioon luottolaitosten ja sijoituspalveluyritysten vakavaraisuusvaatimuksista "
            "ja asetuksen (EU) N:o 648/2012 muuttamisesta 26 päivänä kesäkuuta 2013 annetun "
            "Euroopan parlamentin ja neuvoston asetuksen (EU) N:o 575/2013 ja erityisesti sen 113 "
            "artiklan 7 kohdan,",
            "CELEX:32013R0575:113(7)",
        ),
        # a title that names several acts: the closing word after the last of them
        (
            "fi",
            "ottaa huomioon maksupalveluista, direktiivien 2002/65/EY ja 2013/36/EU sekä "
            "asetuksen (EU) N:o 1093/2010 muuttamisesta ja direktiivin 2007/64/EY kumoamisesta "
            "25 päivänä marraskuuta 2015 annetun Euroopan parlamentin ja neuvoston direktiivin "
            "(EU) 2015/2366 (1) ja erityisesti sen 98 artiklan 4 kohdan,",
            "CELEX:32015L2366:98(4)",
        ),
        (
            "hu",
            "tekintettel a 2002/65/EK, a 2009/110/EK és a 2013/36/EU irányelv, valamint a "
            "1093/2010/EU rendelet módosításáról és a 2007/64/EK irányelv hatályon kívül "
            "helyezéséről szóló, 2015. november 25-i (EU) 2015/2366 európai parlamenti és tanácsi "
            "irányelvre, és különösen annak 98. cikke (4) bekezdésére,",
            "CELEX:32015L2366:98(4)",
        ),
        # number first: the act named first is the one the title belongs to
        (
            "en",
            "Having regard to Regulation (EU) No 575/2013 of the European Parliament and of the "
            "Council of 26 June 2013 on prudential requirements for credit institutions and "
            "investment firms and amending Regulation (EU) No 648/2012, and in particular "
            "Article 113(7) thereof,",
            "CELEX:32013R0575:113(7)",
        ),
        # two acts of one visa, the second with a long title of its own: still the first
        (
            "hu",
            "tekintettel a 2016/679/EU rendeletre és a természetes személyeknek a személyes "
            "adatok uniós intézmények általi kezelése tekintetében történő védelméről szóló "
            "2018/1725/EU rendeletre, és különösen annak 5. cikkére,",
            "CELEX:32016R0679:5",
        ),
    ],
)
def test_its_article_is_the_titled_acts(lang: str, text: str, expected: str) -> None:
    pinned = [c.key for c in citeresolve.extract(text, lang=lang) if ":" in c.key[6:]]
    assert pinned == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Having regard to Regulation (EU, Euratom) 2018/1046 of 18 July 2018 on the "
            "financial rules and repealing Regulation (EU, Euratom) No 966/2012\n"
            "1, and in particular Article 110 thereof,",
            ["CELEX:32018R1046:110"],
        ),
        (
            "fr",
            "Vu le règlement (UE, Euratom) 2018/1046 du 18 juillet 2018 relatif aux règles "
            "financières, abrogeant le règlement (UE, Euratom) n° 966/2012\n"
            "1, et notamment son article 110,",
            ["CELEX:32018R1046:110"],
        ),
        (
            "de",
            "Gestützt auf die Verordnung (EU, Euratom) 2018/1046 vom 18. Juli 2018 über die "
            "Haushaltsordnung und zur Aufhebung der Verordnung (EU, Euratom) Nr. 966/2012\n"
            "1, insbesondere auf Artikel 110,",
            ["CELEX:32018R1046:110"],
        ),
        # an act without a number opens the line: the numbered act it repeals is not it
        (
            "en",
            "Having regard to the Regulation of the European Parliament and of the Council "
            "establishing the Creative Europe Programme and repealing Regulation (EU) No "
            "1295/2013\n2, and in particular Article 15 thereof,",
            [],
        ),
    ],
)
def test_a_footnote_marker_opening_the_line_keeps_the_visa(
    lang: str, text: str, expected: list[str]
) -> None:
    """A PDF broke the visa before the act's footnote marker ("966/2012" then "1, and in
    particular Article 110 thereof"): the line goes on with the act it opens with."""
    pinned = [c.key for c in citeresolve.extract(text, lang=lang) if ":" in c.key[6:]]
    assert pinned == expected
