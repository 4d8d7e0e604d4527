"""A legal database's metadata label run into the identifier it labels ("Docket
Number43-75", "ECLIECLI:EU:C:1976:56", "Celex Number61975CJ0043"; data/identifiers.toml,
metadata_labels) leaves the identifier readable; and a case number the document cites
with its slash is the same case where it is written again with a hyphen for the slash
("(C-31-16)" under the parties)."""

from __future__ import annotations

import pytest

from citeresolve import extract


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "it",
            "Sentenza Rossi contro Commissione\nECLIECLI:EU:C:1982:335\nDate06 ottobre 1982\n"
            "Celex Number61981CJ0283\nDocket Number283-81\n",
        ),
        (
            "de",
            "Urteil Müller gegen Land Berlin\nECLIECLI:EU:C:1982:335\nDate06 Oktober 1982\n"
            "Celex Number61981CJ0283\nDocket Number283-81\n",
        ),
        (
            "pl",
            "Wyrok w sprawie Nowak\nECLIECLI:EU:C:1982:335\nDate06 października 1982\n"
            "Celex Number61981CJ0283\nDocket Number283-81\n",
        ),
    ],
)
def test_glued_labels_leave_their_identifiers(lang: str, text: str) -> None:
    assert keys(text, lang) == ["ECLI:EU:C:1982:335", "CELEX:61981CJ0283", "CJEU:C-283/81"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Docket Number: T-12/19\nParties: Smith v Commission", ["CJEU:T-12/19"]),
        ("fr", "Docket number C-415/93 (Bosman)", ["CJEU:C-415/93"]),
        # A number with no court letter is a case only in the years of the Court's
        # old cases; another label, or a word ending in one, introduces none.
        ("en", "Docket Number12-34", []),
        ("en", "Pocket number 43-75 of the catalogue", []),
        ("de", "Aktenzeichen: 43-75 (Rechnungsnummer)", []),
        ("es", "el marcador ECLIPSE:EU:C:1976:56 no es nada", []),
    ],
)
def test_a_case_label_introduces_its_number(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Affaires jointes C-360/15 et C-31/16\n\nVisser Vastgoed\ncontre\nRaad (C-31-16)\n"),
        ("nl", "Gevoegde zaken C-360/15 en C-31/16\n\nVisser Vastgoed\ntegen\nRaad (C-31-16)\n"),
        ("sl", "Združeni zadevi C-360/15 in C-31/16\n\nVisser Vastgoed\nproti\nRaad (C-31-16)\n"),
    ],
)
def test_a_hyphen_for_the_slash_is_the_case_cited_before(lang: str, text: str) -> None:
    assert keys(text, lang) == ["CJEU:C-360/15", "CJEU:C-31/16", "CJEU:C-31/16"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Le produit (C-31-16) est vendu en vrac.", []),
        (
            "en",
            "Case C-360/15 concerns retail. Part number C-31-16 is a spare part.",
            ["CJEU:C-360/15"],
        ),
        (
            "de",
            "Rechtssache C-31/16; die Ersatzteilnummer C-31-17 ist eine andere.",
            ["CJEU:C-31/16"],
        ),
    ],
)
def test_a_hyphen_for_the_slash_alone_is_no_case(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
