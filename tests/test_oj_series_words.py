"""The Official Journal cited with its series spelt out after its title and a comma
after the domain: cs "v Úředním věstníku EU, řada L, č. 22, str. 11", en "Official
Journal of the EU, series L, No 22, p. 11"; the year from the date before."""

from __future__ import annotations

import pytest

import citeresolve


def journals(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang) if c.type == "oj"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "cs",
            "Dne 25.1.2013 bylo v Úředním věstníku EU, řada L, č. 22, str. 11-12, zveřejněno "
            "rozhodnutí Rady.",
            ["OJ:L:2013:022:11"],
        ),
        (
            "en",
            "On 25.1.2013 the decision was published in the Official Journal of the EU, "
            "series L, No 22, p. 11.",
            ["OJ:L:2013:022:11"],
        ),
        (
            "sk",
            "Dňa 25.1.2013 bolo v Úradnom vestníku EÚ, séria L, č. 22, s. 11 uverejnené "
            "rozhodnutie Rady.",
            ["OJ:L:2013:022:11"],
        ),
        (
            "sv",
            "Den 25.1.2013 publicerades beslutet i Europeiska unionens officiella tidning, "
            "serie L, nr 22, s. 11.",
            ["OJ:L:2013:022:11"],
        ),
        # Negatives: a series of another kind ("series of measures"); a national gazette.
        ("en", "The Official Journal published a series of 22 notices in 2013.", []),
        ("cs", "Sbírka zákonů, řada L, č. 22, str. 11 ze dne 25.1.2013.", []),
    ],
)
def test_series_spelt_out_after_the_title(lang: str, text: str, expected: list[str]) -> None:
    assert journals(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "el",
            "Η Οδηγία 2010/63/ΕΕ του Ευρωπαϊκού Κοινοβουλίου και του Συμβουλίου της 22ας "
            "Σεπτεμβρίου 2010 (L 276/33/20.10.2010) για την προστασία των ζώων.",
            ["OJ:L:2010:276:33"],
        ),
        (
            "en",
            "Directive 2010/63/EU of the European Parliament and of the Council of 22 "
            "September 2010 (L 276/33/20.10.2010) on the protection of animals.",
            ["OJ:L:2010:276:33"],
        ),
        (
            "de",
            "Verordnung (EG) Nr. 1907/2006 vom 18. Dezember 2006 (L 396/1/30.12.2006) zur "
            "Registrierung chemischer Stoffe.",
            ["OJ:L:2006:396:1"],
        ),
        # Negatives: no date (a page header's form); an impossible date; not bracketed.
        ("en", "Directive 2010/63/EU (L 276/33) on the protection of animals.", []),
        ("en", "Directive 2010/63/EU (L 276/33/40.10.2010) on animals.", []),
        ("en", "The list L 276/33/20.10.2010 of the ministry.", []),
    ],
)
def test_bracketed_series_issue_page_and_date(lang: str, text: str, expected: list[str]) -> None:
    assert journals(text, lang) == expected
