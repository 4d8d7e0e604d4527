"""An article of the pre-Amsterdam Treaty on European Union numbered by a letter
("Article K.3", "artikel A", "art. K 3") is outside the key grammar: the reference gets
no key, and the Treaty's name that only completes it is no citation of the whole Treaty.
A digit-numbered article of the same Treaty, and the name standing alone, keep theirs."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ro",
            "sesizarea a vizat și interpretarea art. 2 alin. 1) din Convenția elaborată în "
            "temeiul art. K 3 din Tratatul privind Uniunea Europeană referitor la protejarea "
            "intereselor financiare ale Comunităților Europene.",
            [],
        ),
        (
            "de",
            "Europol wurde gegründet auf Grundlage des Art. K.3 Abs. 2 Buchst. c EUV in der "
            "Fassung des Maastrichter Vertrags.",
            [],
        ),
        (
            "nl",
            "Het Verdrag bestond uit artikelen die met een letter zijn aangeduid (bv. artikel A "
            "of artikel K.1 VEU).",
            [],
        ),
        (
            "en",
            "the Convention drawn up on the basis of Article K.3 of the Treaty on European "
            "Union, on the protection of the European Communities' financial interests",
            [],
        ),
        (
            "fr",
            "la convention établie sur la base de l'article K.3 du traité sur l'Union "
            "européenne relative à la protection des intérêts financiers",
            [],
        ),
        # a digit-numbered article keeps its key, the name alone its whole-Treaty key
        (
            "en",
            "Under Article 4(2) of the Treaty on European Union, the Union respects national "
            "identities.",
            ["TEU:4(2)"],
        ),
        (
            "ro",
            "Tratatul privind Uniunea Europeană a fost semnat la Maastricht.",
            ["TEU"],
        ),
        # a sentence break ends the letter article's reach
        (
            "en",
            "The Convention was based on Article K.3. The Treaty on European Union was later "
            "amended at Amsterdam.",
            ["TEU"],
        ),
    ],
)
def test_letter_numbered_articles(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
