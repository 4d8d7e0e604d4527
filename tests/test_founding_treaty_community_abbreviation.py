"""The founding Treaty named with the Community's abbreviation after "establishing" (sk
"Zmluva o založení ES", "Zmluvy o založení EHS", cs "Smlouva o založení ES", sl "Pogodba o
ustanovitvi ES", pl "Traktat ustanawiający WE") is the EC Treaty (TEC), cited alone and
completing an article, as hr "Ugovor o osnivanju EZ-a" already was."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, text[c.start : c.end]) for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sk",
            "Súdny dvor poukázal na povahu, systematiku a znenie ustanovení Zmluvy o založení "
            "EHS. Neskôr vykladal článok 81 ods. 1 Zmluvy o založení ES.",
            [
                ("TEC", "Zmluvy o založení EHS"),
                ("TEC:81(1)", "článok 81 ods. 1 Zmluvy o založení ES"),
            ],
        ),
        (
            "cs",
            "Soudní dvůr vyložil článek 234 Smlouvy o založení ES a připomněl cíle Smlouvy o "
            "založení EHS.",
            [("TEC:234", "článek 234 Smlouvy o založení ES"), ("TEC", "Smlouvy o založení EHS")],
        ),
        (
            "sl",
            "Sodišče je razlagalo 81. člen Pogodbe o ustanovitvi ES in se sklicevalo na cilje "
            "Pogodbe o ustanovitvi EGS.",
            [("TEC:81", "81. člen Pogodbe o ustanovitvi ES"), ("TEC", "Pogodbe o ustanovitvi EGS")],
        ),
        (
            "pl",
            "Trybunał wyjaśnił art. 82 Traktatu ustanawiającego WE oraz cele Traktatu "
            "ustanawiającego EWG.",
            [
                ("TEC:82", "art. 82 Traktatu ustanawiającego WE"),
                ("TEC", "Traktatu ustanawiającego EWG"),
            ],
        ),
    ],
)
def test_founding_treaty_with_the_communitys_abbreviation(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [k for k, _ in keys(text, lang)] == [k for k, _ in expected]
