"""An article list inside a bracket whose instrument follows the closing bracket ("other
provisions (than Articles 2 and 4) of Directive …"); a compound short name defined with
its article (nl "(de EOB-richtlijn)", de "(die EEA-Richtlinie)"); nl "in de" as an "of"
word; de "der VO", the short act word, as a reference to the only regulation."""

from __future__ import annotations

import pytest

from citeresolve import extract


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Court also looked at the other provisions (than Articles 2 and 4) of"
            " Directive 2014/41/EU in that case.",
        ),
        (
            "de",
            "Das Gericht prüfte auch die übrigen Vorschriften (außer Art. 2 und 4) der"
            " Richtlinie 2014/41/EU im Einzelnen.",
        ),
        (
            "fr",
            "La Cour a examiné les autres dispositions (hors articles 2 et 4) de la"
            " directive 2014/41/UE en détail.",
        ),
        (
            "nl",
            "Het Hof onderzocht ook de overige bepalingen (behalve artikelen 2 en 4) van"
            " richtlijn 2014/41/EU nader.",
        ),
    ],
)
def test_chain_in_a_bracket_takes_the_instrument_after_it(lang: str, text: str) -> None:
    keys = _keys(text, lang)
    assert "CELEX:32014L0041:2" in keys
    assert "CELEX:32014L0041:4" in keys


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the bracket closes a sentence's aside: nothing names an instrument after it
        ("de", "Die VO (EU) 2023/2675 gilt. Sie soll Zwang abwehren (Art. 4), so die Kommission."),
        # a pin's own bracket is no aside: the act before stays the chain's
        ("en", "Regulation (EU) 2016/679 applies (Article 6(1)) of Directive 2014/41/EU too."),
    ],
)
def test_no_instrument_after_the_bracket_changes_nothing(lang: str, text: str) -> None:
    keys = _keys(text, lang)
    assert not any(k.startswith("CELEX:32014L0041:") for k in keys)
    assert "CELEX:32023R2675:4" not in keys


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        (
            "nl",
            "Richtlijn 2014/41/EU betreffende het onderzoeksbevel (de EOB-richtlijn) geldt."
            " Verordening (EU) 2016/679 geldt ook. Volgens artikel 6 van de EOB-richtlijn mag dat.",
            "CELEX:32014L0041:6",
        ),
        (
            "de",
            "Die Richtlinie 2014/41/EU über die Ermittlungsanordnung (die EEA-Richtlinie) gilt."
            " Die Verordnung (EU) 2016/679 gilt auch. Nach Artikel 6 der EEA-Richtlinie darf das.",
            "CELEX:32014L0041:6",
        ),
    ],
)
def test_compound_name_defined_with_its_article(lang: str, text: str, key: str) -> None:
    assert key in _keys(text, lang)


def test_a_preposition_before_a_compound_defines_nothing() -> None:
    text = (
        "Die Richtlinie 2014/41/EU über die Ermittlungsanordnung (zur EEA-Richtlinie) gilt."
        " Nach Artikel 6 der EEA-Richtlinie darf das."
    )
    assert "CELEX:32014L0041:6" not in _keys(text, "de")


def test_dutch_in_de_links_a_chain_to_its_act() -> None:
    text = "Richtlijn 2014/41/EU geldt. De bewoording in artikel 7 in de richtlijn is ruim."
    assert "CELEX:32014L0041:7" in _keys(text, "nl")
    text = "Richtlijn 2014/41/EU geldt. Artikel 7 in de praktijk is ruim."
    assert "CELEX:32014L0041:7" not in _keys(text, "nl")


def test_german_short_regulation_word_refers_to_the_regulation() -> None:
    text = "Die VO (EU) 2023/2675 gilt seit 2023. Art. 9 und Anh. II der VO regeln die Maßnahmen."
    keys = _keys(text, "de")
    assert "CELEX:32023R2675:9" in keys
    assert "CELEX:32023R2675:annex-II" in keys
