"""A footnote names an instrument, then its article after a comma: a convention takes
the article as a treaty or an act does (fr "Conv. EDH, art. 8", de "EMRK, Art. 6 Abs.
1", et "EIÕK, artikkel 10"), and a full stop inside a name ("Conv.") ends no sentence.
On a line of its own the name only completes the article; elsewhere (a ";"-list of
such items, a summary's list) the name is cited itself as well, as an act's is."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a footnote's line: the name only completes the article
        ("fr", "12. Conv. EDH, art. 8.", ["ECHR:8"]),
        ("de", "3. EMRK, Art. 6 Abs. 1.", ["ECHR:6(1)"]),
        ("et", "EIÕK, artikkel 10.", ["ECHR:10"]),
        ("fi", "Euroopan ihmisoikeussopimus, 8 artikla.", ["ECHR:8"]),
        ("en", "- UDHR, Article 19.", ["UDHR:19"]),
        # items parted by ";": each name cited, as an act's in such a list
        ("fr", "Conv. EDH, art. 8 ; TFUE, art. 267.", ["ECHR", "ECHR:8", "TFEU", "TFEU:267"]),
        ("da", "EMRK, art. 8; TEUF, art. 267.", ["ECHR", "ECHR:8", "TFEU", "TFEU:267"]),
        (
            "en",
            "(Article 19 TFEU; European Convention on Human Rights, Articles 9 and 14)",
            ["TFEU:19", "ECHR", "ECHR:9", "ECHR:14"],
        ),
    ],
)
def test_convention_comma_articles(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a name in running text before a comma does not take a later chain
        ("en", "The Court referred to the ECHR, and Article 8 TFEU applies.", ["ECHR", "TFEU:8"]),
        # a national act after the comma keeps its own article
        ("de", "EMRK, Art. 3 des Grundgesetzes", ["ECHR"]),
    ],
)
def test_convention_comma_negatives(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


def test_abbreviation_dot_inside_a_name_ends_no_sentence() -> None:
    """The full stop of "Conv." is the name's: the comma after the name still links it."""
    keys = [c.key for c in citeresolve.extract("4. Conv. EDH, art. 6, § 1.", lang="fr")]
    assert keys == ["ECHR:6(1)"]
