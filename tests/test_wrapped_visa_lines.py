"""A visa whose line a PDF hard-wrapped inside the act's title (a word at the line's
end, a lower-case word or a year opening the next): the "in particular" article after
the wrap pins the act the visa opens with, not an act its title repeals or amends on a
later line. A line that opens with a footnote marker or with a new visa is no wrap."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "da",
            "under henvisning til Europa-Parlamentets og Rådets forordning (EU) 2016/679 "
            "af 27. april\n"
            "2016 om beskyttelse af fysiske personer i forbindelse med behandling af "
            "personoplysninger\n"
            "og om ophævelse af direktiv 95/46/EF (generel\n"
            "forordning om databeskyttelse)1, særlig artikel 40, stk. 9, og\n"
            "ud fra følgende betragtninger:",
            ["CELEX:32016R0679", "CELEX:31995L0046", "CELEX:32016R0679:40(9)"],
        ),
        (
            "en",
            "Having regard to Regulation (EU) 2016/679 of the European Parliament and of the\n"
            "Council of 27 April 2016 on the protection of natural persons and repealing\n"
            "Directive 95/46/EC (General Data Protection\n"
            "Regulation), and in particular Article 40(9) thereof,\n"
            "Whereas:",
            ["CELEX:32016R0679", "CELEX:31995L0046", "CELEX:32016R0679:40(9)"],
        ),
        (
            "de",
            "gestützt auf die Verordnung (EU) 2019/1020 des Europäischen Parlaments und "
            "des Rates vom 20. Juni\n"
            "2019 über Marktüberwachung und zur Änderung der Richtlinie 2004/42/EG und\n"
            "der Verordnungen (EG) Nr. 765/2008 und (EU) Nr. 305/2011, "
            "insbesondere auf Artikel 11 Absatz 8,",
            [
                "CELEX:32019R1020",
                "CELEX:32004L0042",
                "CELEX:32008R0765",
                "CELEX:32011R0305",
                "CELEX:32019R1020:11(8)",
            ],
        ),
        (
            "fr",
            "vu la directive 2009/125/CE du Parlement européen et du Conseil du 21 octobre 2009\n"
            "établissant un cadre pour la fixation d'exigences en matière "
            "d'écoconception applicables\n"
            "aux produits liés à l'énergie, abrogeant la directive 2005/32/CE, et notamment\n"
            "son article 15, paragraphe 1,",
            ["CELEX:32009L0125", "CELEX:32005L0032", "CELEX:32009L0125:15(1)"],
        ),
    ],
)
def test_an_article_after_a_wrapped_visa_pins_the_visas_act(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a footnote marker opens the next line: the title's own act (without a number)
        # is pinned, not the repealed 1295/2013
        (
            "en",
            "Having regard to Regulation of the European Parliament and of the Council\n"
            "establishing the Creative Europe Programme and repealing "
            "Regulation (EU) No 1295/2013\n"
            "2, and in particular Article 15 thereof,",
            ["CELEX:32013R1295"],
        ),
        # a new visa opens the next line: its article is its own act's
        (
            "da",
            "under henvisning til traktaten om Den Europæiske Unions funktionsmåde\n"
            "under henvisning til direktiv 2009/125/EF, særlig artikel 15,",
            ["TFEU", "CELEX:32009L0125", "CELEX:32009L0125:15"],
        ),
    ],
)
def test_no_wrap_before_a_footnote_marker_or_a_new_visa(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected
