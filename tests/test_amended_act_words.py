"""Articles after a comma that follow "A, as amended by B" are A's in every language whose
amending words are listed (``amended_by`` of data/context_words.toml), not B's."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "pinned"),
    [
        (
            "sk",
            "(smernica Rady 2003/88, zmenená smernicou 2010/12, článok 4)",
            "CELEX:32003L0088:4",
        ),
        (
            "cs",
            "(směrnice Rady 2003/88, ve znění směrnice 2010/12, článek 6)",
            "CELEX:32003L0088:6",
        ),
        (
            "de",
            "(Richtlinie 2003/88, geändert durch Richtlinie 2010/12, Art. 7)",
            "CELEX:32003L0088:7",
        ),
        ("pl", "(dyrektywa 2003/88, zmieniona dyrektywą 2010/12, art. 5)", "CELEX:32003L0088:5"),
        (
            "sv",
            "(direktiv 2003/88, ändrat genom direktiv 2010/12, artikel 3)",
            "CELEX:32003L0088:3",
        ),
    ],
)
def test_articles_after_the_amending_act_are_the_amended_acts(
    lang: str, text: str, pinned: str
) -> None:
    keys = [c.key for c in citeresolve.extract(text, lang=lang)]
    assert pinned in keys
    assert not any(k.startswith(("CELEX:32010L0012:", "CELEX:32009R0072:")) for k in keys)


@pytest.mark.parametrize(
    ("lang", "text", "pinned", "bare"),
    [
        (
            "lt",
            "dėl 2011 m. Europos Parlamento ir Tarybos direktyvos 2011/83/ES dėl vartotojų teisių"
            " ir panaikinančios Tarybos direktyvą 85/577/EEB 9 straipsnio 2 dalies",
            "CELEX:32011L0083:9(2)",
            "CELEX:31985L0577",
        ),
        (
            "lv",
            "Eiropas Parlamenta un Padomes Direktīvas 2011/83/ES par patērētāju tiesībām"
            " un ar ko atceļ Padomes Direktīvu 85/577/EEK 9. panta 2. punkts",
            "CELEX:32011L0083:9(2)",
            "CELEX:31985L0577",
        ),
    ],
)
def test_the_repealing_titles_article(lang: str, text: str, pinned: str, bare: str) -> None:
    """A title's clause "and repealing Directive B" before the article: the article is
    the titled act's, B is cited bare."""
    keys = [c.key for c in citeresolve.extract(text, lang=lang)]
    assert pinned in keys and bare in keys
