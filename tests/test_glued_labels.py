"""A web page's link label glued to the number it links ("Artiklarna 59-63PDF") is read
as a space, and a number with a hyphen whose second part has a leading zero or is not
above the first ("bilaga 22-01", the Union Customs Code's annexes) is one number, no
range: the pin grammar cannot write it, so it is not cited."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sv",
            "Artiklarna 59-63PDF i tullkodex för unionen (Europaparlamentets och rådets "
            "förordning (EU) nr 952/2013 om fastställande av en tullkodex för unionen)",
            ["CELEX:32013R0952:59-63"],
        ),
        (
            "en",
            "Articles 59-63PDF of Regulation (EU) No 952/2013 laying down the Union Customs Code",
            ["CELEX:32013R0952:59-63"],
        ),
        ("de", "Artikel 59PDF der Verordnung (EU) Nr. 952/2013", ["CELEX:32013R0952:59"]),
        # not glued to a number: an ordinary word
        ("en", "the PDF of Regulation (EU) No 952/2013", ["CELEX:32013R0952"]),
    ],
)
def test_a_link_label_glued_to_a_number(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sv",
            "Artiklarna 31-36 och bilaga 22-01 i delegerade förordning (EU) 2015/2446",
            ["CELEX:32015R2446:31-36"],
        ),
        (
            "en",
            "Articles 37 to 70 and Annexes 22-02 and 22-03 to Delegated Regulation (EU) 2015/2446",
            ["CELEX:32015R2446:37-70"],
        ),
        ("de", "Anhang 22-01 der Delegierten Verordnung (EU) 2015/2446", ["CELEX:32015R2446"]),
        # a range still is one
        ("en", "Articles 22-26 of Regulation (EU) 2015/2446", ["CELEX:32015R2446:22-26"]),
    ],
)
def test_a_hyphenated_annex_number_is_no_range(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A page's label (the act's number) run into the title after it: the title's act
        # word is the title's own number's, and the label alone stays out.
        (
            "cs",
            "2010/53/EUSměrnice Evropského parlamentu a Rady 2010/53/EU ze dne 7. července 2010",
            ["CELEX:32010L0053"],
        ),
        ("en", "2010/53/EUDirective 2010/53/EU of the European Parliament", ["CELEX:32010L0053"]),
        ("de", "2016/679/EUVerordnung (EU) 2016/679 des Europäischen", ["CELEX:32016R0679"]),
        # A capital word that is no act word after the domain changes nothing.
        ("en", "2010/53/EUOverview of the rules", []),
    ],
)
def test_a_title_run_into_a_domain(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A table's label cell run into an abbreviated article word, as into a full one
        ("sv", "Beslutsförfarande\nRättslig grundArt. 114 FEUF", ["TFEU:114"]),
        ("pl", "Podstawa prawnaArt. 192 ust. 1 TFUE", ["TFEU:192(1)"]),
        ("de", "RechtsgrundlageArt. 16 Abs. 2 AEUV", ["TFEU:16(2)"]),
        ("en", "Legal basisArt. 207 TFEU", ["TFEU:207"]),
        # the full word, read before
        ("de", "RechtsgrundlageArtikel 304 AEUV", ["TFEU:304"]),
        # no number after the word: the Treaty alone, no article
        ("en", "the StArt. Programme under the TFEU", ["TFEU"]),
        ("sv", "Rättslig grundArt. enligt FEUF", ["TFEU"]),
        # no instrument, or a two-letter abbreviation
        ("en", "See the StArt. 5 list", []),
        ("bg", "Правно основаниеЧл. 5 от устава", []),
    ],
)
def test_an_abbreviated_article_word_glued_to_a_label(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected
