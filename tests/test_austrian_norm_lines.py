"""Austrian decisions (RIS, and the databases that copy it) head their text with a
"Norm" list: one norm a line, each written law first, article word, paragraph word and
point word run into their numbers and letters ("DSGVO Art5 Abs1 litd", "B-VG Art133
Abs4"). The glued "lit" is the point word, so its letter is kept in the pin; and a line
headed by a law the extractor does not know (B-VG, VStG) keeps its articles: the GDPR
that opens the next line is not theirs. Probed on jusline.at and lexisnexis.at pages."""

from __future__ import annotations

import pytest

import citeresolve

GDPR = "CELEX:32016R0679"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norm\nB-VG Art133 Abs4\nDSGVO Art83 Abs1\nDSGVO Art83 Abs2\n"
            "DSGVO Art83 Abs5 lita\nVStG §10\nVStG §16\nVwGVG §52 Abs8",
            [f"{GDPR}:83(1)", f"{GDPR}:83(2)", f"{GDPR}:83(5)(a)"],
        ),
        (
            "BVwG W211 2226025-1\nB-VG Art133 Abs4\nDSGVO Art16\nDSGVO Art5 Abs1 litd\n"
            "European Case Law Identifier: ECLI:AT:BVWG:2021:W211.2226025.1.00",
            [f"{GDPR}:16", f"{GDPR}:5(1)(d)"],
        ),
        (
            "Norm\nAVG §13\nDSGVO Art4 Z1\nDSGVO Art6 Abs1 litf",
            [f"{GDPR}:4", f"{GDPR}:6(1)(f)"],
        ),
        # the glued point word in running text too
        ("Die Strafe stützt sich auf Art. 83 Abs. 5 lita DSGVO.", [f"{GDPR}:83(5)(a)"]),
        # the spaced forms are read as before
        ("Norm\nB-VG Art. 133 Abs. 4\nDSGVO Art. 16", [f"{GDPR}:16"]),
        ("gemäß Art. 6 Abs. 1 lit f DSGVO", [f"{GDPR}:6(1)(f)"]),
    ],
)
def test_norm_lines(text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="de")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # national norms alone: no EU citation
        ("Norm\nB-VG Art133 Abs4\nVStG §10\nAVG §56", []),
        # a word that starts like the point word is not it
        (
            "Die Literatur zu Art. 83 DSGVO ist umfangreich; lite Verfahren gibt es nicht.",
            [f"{GDPR}:83"],
        ),
        ("Art. 83 Abs. 5 litera DSGVO", []),
    ],
)
def test_no_glued_point(text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="de")] == expected


def test_article_line_of_known_instrument_still_takes_next_line() -> None:
    """A chain alone on a line still reads the article heading rule, unchanged: only a
    line headed by an abbreviation parts the chain from the next line's name."""
    text = "Die Beschwerde stützt sich auf Art. 77 Abs. 1\nDSGVO und § 24 DSG."
    keys = [c.key for c in citeresolve.extract(text, lang="de")]
    assert keys == [f"{GDPR}:77(1)"]
