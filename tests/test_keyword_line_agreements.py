"""A judgment's keyword segment that names an agreement or a convention the extractor does
not key (data/context_words.toml, agreement_nouns) owns the articles after it: they are
not the instrument's of the segments before (de "– Art. 50 – Übereinkommen zur
Durchführung des Übereinkommens von Schengen – Art. 54 –", fi "– SEUT 49 artikla –
ETA-sopimuksen 31 artikla –", et "- EMP lepingu artikkel 31 -")."""

from __future__ import annotations

import pytest

from citeresolve import extract


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Vorabentscheidungsersuchen – Charta der Grundrechte der Europäischen Union – Art. 47"
            " – Abkommen über den Europäischen Wirtschaftsraum – Art. 36 – Dienstleistungen",
            ["CFR", "CFR:47"],
        ),
        (
            "de",
            "Justizielle Zusammenarbeit – Charta der Grundrechte der Europäischen Union – Art. 50"
            " – Übereinkommen zur Durchführung des Übereinkommens von Schengen – Art. 54 – Strafe",
            ["CFR", "CFR:50"],
        ),
        (
            "fi",
            "Sijoittautumisvapaus – SEUT 56 artikla – ETA-sopimuksen 36 artikla – Palvelut",
            ["TFEU:56"],
        ),
        (
            "et",
            "Teenuste osutamise vabadus - ELTL artikkel 56 - EMP lepingu artikkel 36 - Maksud",
            ["TFEU:56"],
        ),
        (
            "sv",
            "Fri rörlighet för tjänster – Artikel 56 FEUF – EES-avtalet – Artikel 36 – Skatter",
            ["TFEU:56"],
        ),
    ],
)
def test_an_agreements_segment_owns_the_articles_after_it(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # With no agreement named between, the later segment's article is the act's.
        (
            "de",
            "Sozialpolitik – Richtlinie 79/7/EWG – Art. 4 – Gleichbehandlung – Art. 7",
            ["CELEX:31979L0007", "CELEX:31979L0007:4", "CELEX:31979L0007:7"],
        ),
        (
            "fi",
            "Sosiaalipolitiikka – Direktiivi 79/7/ETY – 4 artikla – Tasa-arvo – 7 artikla",
            ["CELEX:31979L0007", "CELEX:31979L0007:4", "CELEX:31979L0007:7"],
        ),
        (
            "et",
            "Sotsiaalpoliitika - Direktiiv 79/7/EMÜ - Artikkel 4 - Võrdne kohtlemine - Artikkel 7",
            ["CELEX:31979L0007", "CELEX:31979L0007:4", "CELEX:31979L0007:7"],
        ),
    ],
)
def test_other_segments_keep_the_act(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
