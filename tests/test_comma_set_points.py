"""Points a comma sets after an article's or a paragraph's number, with the instrument
right after them (doctrine and footnotes: fr "art. 6, § 1, f) du RGPD", it "art. 6,
par. 1, f) GDPR"), and numbered points so set (fr "art. 4, 7) RGPD", "art. 3, 8° de la
directive", nl "artikel 3, 8°, van Richtlijn …"): a numbered point is dropped from the
pin (citation-keys.md), it is not the next article of a list."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "V. not. art. 6, § 1, f) du RGPD.", ["CELEX:32016R0679:6(1)(f)"]),
        ("fr", "Comp. art. 6, § 1, a) RGPD.", ["CELEX:32016R0679:6(1)(a)"]),
        ("it", "Cfr. art. 6, par. 1, f) GDPR.", ["CELEX:32016R0679:6(1)(f)"]),
        ("es", "Véase el art. 6, ap. 1, f) RGPD.", ["CELEX:32016R0679:6(1)(f)"]),
        ("nl", "Zie art. 6, lid 1, f) AVG.", ["CELEX:32016R0679:6(1)(f)"]),
        ("de", "Vgl. Art. 6, Abs. 1, f) DSGVO.", ["CELEX:32016R0679:6(1)(f)"]),
    ],
)
def test_a_point_the_instrument_follows(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Comp. art. 4, 7) RGPD.", ["CELEX:32016R0679:4"]),
        ("fr", "Voir l'article 4, 11) du RGPD.", ["CELEX:32016R0679:4"]),
        ("fr", "V. art. 3, 8° de la directive (UE) 2016/680.", ["CELEX:32016L0680:3"]),
        ("nl", "Zie artikel 3, 8°, van Richtlijn (EU) 2016/680.", ["CELEX:32016L0680:3"]),
    ],
)
def test_a_numbered_point_is_dropped(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a bracket that closes an aside ends a list of articles
        (
            "fr",
            "Le texte (articles 4, 7) du RGPD s'applique.",
            ["CELEX:32016R0679:4", "CELEX:32016R0679:7"],
        ),
        # a letter that words follow opens the text's own enumeration
        ("en", "Under Article 3, a) the Member States shall act.", []),
        # after a list's next number, no point: "1" is no paragraph here
        ("en", "See Article 6, 1, f) GDPR.", []),
    ],
)
def test_no_point_where_the_comma_lists(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
