"""The European Convention on Human Rights by its full title, with the adjective
"European" in it, in the languages that write the purpose first."""

from __future__ import annotations

import pytest

from citeresolve import extract


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        (
            "fi",
            "Periaatteen lähteenä on ihmisoikeuksien ja perusvapauksien suojaamiseksi tehty "
            "eurooppalainen yleissopimus, jonka kaikki jäsenvaltiot ovat allekirjoittaneet.",
            "ECHR",
        ),
        (
            "fi",
            "ihmisoikeuksien ja perusvapauksien suojaamiseksi tehdyn eurooppalaisen "
            "yleissopimuksen 8 artiklassa taattu oikeus",
            "ECHR:8",
        ),
        ("et", "Euroopa inimõiguste ja põhivabaduste kaitse konventsiooni artikkel 8", "ECHR:8"),
        (
            "lv",
            "Eiropas Cilvēktiesību un pamatbrīvību aizsardzības konvencijas 8. pants",
            "ECHR:8",
        ),
    ],
)
def test_full_title_names_the_echr(lang: str, text: str, key: str) -> None:
    assert key in [c.key for c in extract(text, lang=lang)]


def test_another_european_convention_is_not_the_echr() -> None:
    text = "kidutuksen ehkäisemiseksi tehty eurooppalainen yleissopimus"
    assert not any(c.key.startswith("ECHR") for c in extract(text, lang="fi"))
