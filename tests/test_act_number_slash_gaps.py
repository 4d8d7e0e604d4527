"""An act number whose domain a conversion set apart from its slash (pl "91/414/ EWG",
nl "Verordening 2012/1219/\\n\\nEU") or lost after it (hr "(2011/7/)", hu "a 2001/413/
tanácsi kerethatározat"): the domain is read across the gap, and a year-first number
with its slash and no domain is read as one written without domain."""

from __future__ import annotations

import pytest

import citeresolve


def acts(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pl",
            "uchylające dyrektywy Rady 79/117/EWG i 91/414/ EWG, w szczególności",
            [
                ("CELEX:31979L0117", "dyrektywy Rady 79/117/EWG"),
                ("CELEX:31991L0414", "91/414/ EWG"),
            ],
        ),
        (
            "nl",
            "Pb. EU 2012, L 351/40 (Verordening 2012/1219/\n\nEU).\n\nInleiding",
            [("CELEX:32012R1219", "Verordening 2012/1219/\n\nEU")],
        ),
        (
            "lt",
            "Direktyva 2015/413/ ES, kuria sudaromos palankesnės sąlygos",
            [("CELEX:32015L0413", "Direktyva 2015/413/ ES")],
        ),
        (
            "el",
            "σύμφωνα και με τη σύσταση (ΕΕ) 2016/336/ ΕΚ της Επιτροπής",
            [("CELEX:32016H0336", "σύσταση (ΕΕ) 2016/336/ ΕΚ")],
        ),
        (
            "hr",
            "Nova Direktiva Europskog parlamenta i Vijeća Europske Unije (2011/7/) o borbi protiv "
            "kašnjenja u plaćanju",
            [
                (
                    "CELEX:32011L0007",
                    "Direktiva Europskog parlamenta i Vijeća Europske Unije (2011/7/",
                )
            ],
        ),
        (
            "hu",
            "a csalás elleni küzdelemről és a 2001/413/ tanácsi kerethatározat felváltásáról",
            [("CELEX:32001F0413", "2001/413/ tanácsi kerethatározat")],
        ),
        (
            "en",
            "replacing Council Framework Decision 2001/413/ on combating fraud",
            [("CELEX:32001F0413", "Framework Decision 2001/413/")],
        ),
        # Negatives: an OJ page with a stray slash; a slash and a word that is no domain
        # after a number that is no year first.
        ("el", "της διασυνοριακής υγειονομικής περίθαλψης (L 88/45/ ) και άλλες διατάξεις", []),
        ("en", "see tables 12/45/ and 13/46/ below", []),
    ],
)
def test_act_number_slash_gaps(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert acts(text, lang) == expected
