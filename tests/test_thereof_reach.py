"""What "thereof" and "in particular" pin.

* A name that only completed an article cited before is not what a later "in
  particular … thereof" of the clause pins, when the clause names another instrument
  after it ("Article 16 TFEU and Regulation (EU) 2016/679, and in particular Article 5
  thereof" is the Regulation's Article 5).
* "thereof" in a sentence that names no instrument before its chain points back to the
  one named last before the sentence ("Article 2 thereof provides" in a judgment's
  legal framework), but not in the middle of a sentence that may name an instrument
  the extractor does not know, nor when a name goes on after it.
* A year before a convention's name ("the 1951 Refugee Convention") does not cut the
  article from it.
"""

from __future__ import annotations

import pytest

import citeresolve

GDPR = "CELEX:32016R0679"
ACCESS = "CELEX:32001R1049"
EQUALITY = "CELEX:32000L0078"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Having regard to Article 16 TFEU and Regulation (EU) 2016/679, and in "
            "particular Article 5 thereof,",
        ),
        (
            "fr",
            "vu l'article 16 du TFUE et le règlement (UE) 2016/679, et notamment son article 5,",
        ),
        ("nl", "gelet op artikel 16 VWEU en Verordening (EU) 2016/679, en met name artikel 5,"),
        (
            "hr",
            "uzimajući u obzir članak 16. UFEU-a i Uredbu (EU) 2016/679, a posebno njezin "
            "članak 5.,",
        ),
        (
            "de",
            "gestützt auf Artikel 16 AEUV und die Verordnung (EU) 2016/679, insbesondere "
            "Artikel 5,",
        ),
    ],
)
def test_in_particular_skips_a_name_that_completed_an_article(lang: str, text: str) -> None:
    assert keys(text, lang) == ["TFEU:16", GDPR, f"{GDPR}:5"]


def test_thereof_after_a_convention_pins_the_agreement_named_after_it() -> None:
    text = (
        "Article 2 of the UN Convention on the Rights of the Child is relevant, as is the "
        "Paris Agreement, and in particular Article 2(1)(a) thereof."
    )
    assert keys(text, "en") == ["CRC:2", "PARIS-AGREEMENT", "PARIS-AGREEMENT:2(1)(a)"]


def test_the_treaty_of_a_visa_is_still_pinned() -> None:
    text = (
        "Having regard to the Treaty on the Functioning of the European Union, and in "
        "particular Article 114 thereof,"
    )
    assert keys(text, "en") == ["TFEU", "TFEU:114"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "4 Recital 11 of Directive 2000/78 states that discrimination must be prevented.\n\n"
            "5 Article 2 thereof, entitled 'Concept of discrimination', provides:",
            [f"{EQUALITY}:recital-11", f"{EQUALITY}:2"],
        ),
        (
            "en",
            "Regulation (EC) No 1049/2001 governs access. Under Article 4(1) thereof, "
            "access is refused.",
            [ACCESS, f"{ACCESS}:4(1)"],
        ),
        (
            "bg",
            "Регламент (ЕО) № 1049/2001 урежда достъпа. Според член 4, параграфи 1 и 2 от него "
            "институциите отказват достъп.",
            [ACCESS, f"{ACCESS}:4(1)", f"{ACCESS}:4(2)"],
        ),
        (
            "fr",
            "4 Le considérant 11 de la directive 2000/78 énonce que la discrimination doit être "
            "prévenue.\n\n5 L'article 2 de celle-ci, intitulé « Concept de discrimination "
            "», dispose :",
            [f"{EQUALITY}:recital-11", f"{EQUALITY}:2"],
        ),
    ],
)
def test_thereof_opening_a_sentence_points_back(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the sentence names an agreement the extractor does not know
        (
            "en",
            "See Regulation (EU) 2016/679. Having regard to the Agreement on the European "
            "Economic Area, and in particular Article 62(1)(a) thereof,",
        ),
        # a national law's name goes on after the "thereof" word
        (
            "it",
            "Si veda il regolamento (UE) 2016/679. Con l'articolo 22 della stessa Legge "
            "sono stati prescritti i criteri.",
        ),
        # mid-sentence, after a national law
        (
            "pt",
            "Ver o Regulamento (UE) 2016/679. O parecer é emitido ao abrigo do artigo 23.º "
            "do mesmo diploma legal.",
        ),
    ],
)
def test_thereof_does_not_reach_past_an_unknown_instrument(lang: str, text: str) -> None:
    assert keys(text, lang) == [GDPR]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Article 33 of the 1951 Refugee Convention prohibits refoulement.",
            ["REFUGEE-CONVENTION:33"],
        ),
        ("Article 14 of the 1950 European Convention on Human Rights applies.", ["ECHR:14"]),
        ("Article 5 of the 2003 Act applies.", []),
    ],
)
def test_year_before_a_convention_name(text: str, expected: list[str]) -> None:
    assert keys(text, "en") == expected
