""" "The Treaty" inside the dated title of an act adopted before the Treaty of Lisbon,
in a text that names the TFEU: neither the TFEU (Article 85 TFEU is another provision)
nor the EEC Treaty, which the text never names: the article is left out (the round-5
and round-17 gold). With no Treaty named before it, it stays the EC Treaty; a recital
that names the old act with no date keeps the TFEU."""

from __future__ import annotations

import pytest

from citeresolve import extract

VISA = {
    "en": "Having regard to the Treaty on the Functioning of the European Union,\n",
    "fr": "vu le traité sur le fonctionnement de l'Union européenne,\n",
    "cs": "s ohledem na Smlouvu o fungování Evropské unie,\n",
    "mt": "Wara li kkunsidrat it-Trattat dwar il-Funzjonament tal-Unjoni Ewropea,\n",
}


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        (
            "en",
            "Having regard to Regulation No 19/65/EEC of the Council of 2 March 1965 on the "
            "application of Article 85(3) of the Treaty to certain categories of agreements,",
        ),
        (
            "fr",
            "vu le règlement n° 19/65/CEE du Conseil du 2 mars 1965 concernant l'application "
            "de l'article 85, paragraphe 3, du traité à des catégories d'accords,",
        ),
        (
            "cs",
            "s ohledem na nařízení Rady č. 19/65/EHS ze dne 2. března 1965 o použití čl. 85 "
            "odst. 3 Smlouvy na určité kategorie dohod,",
        ),
        (
            "mt",
            "Wara li kkunsidrat ir-Regolament (KEE) Nru 2821/71 tal-Kunsill tal-20 ta' "
            "Diċembru 1971 dwar l-applikazzjoni tal-Artikolu 85(3) tat-Trattat għal "
            "kategoriji ta' ftehim,",
        ),
    ],
)
def test_the_treaty_of_an_old_dated_title_is_left_out(lang: str, title: str) -> None:
    keys = [c.key for c in extract(VISA[lang] + title, lang=lang)]
    assert "TFEU" in keys
    assert not any(k.endswith(":85(3)") for k in keys)


def test_with_no_treaty_named_before_it_is_the_ec_treaty() -> None:
    text = (
        "Having regard to Regulation No 19/65/EEC of the Council of 2 March 1965 on the "
        "application of Article 85(3) of the Treaty to certain categories of agreements,"
    )
    assert "TEC:85(3)" in [c.key for c in extract(text, lang="en")]


def test_a_recital_naming_the_old_act_keeps_the_tfeu() -> None:
    text = (
        VISA["en"] + "Whereas:\n(1) Regulation No 19/65/EEC empowers the Commission to apply "
        "Article 101(3) of the Treaty by regulation."
    )
    assert "TFEU:101(3)" in [c.key for c in extract(text, lang="en")]
