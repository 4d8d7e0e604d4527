"""A judgment or order of the Court cites its own Rules of Procedure by the bare name
(sl "Člen 104(3), drugi pododstavek, Poslovnika" in an order's keyword line): in a text
marked as the Court's (language field ``court_texts``) that never names the Parliament,
the bare Rules name is not the EP's Rules."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "sl",
            "SKLEP SODIŠČA (osmi senat)\n\nz dne 3. marca 2016\n\n„Predhodno odločanje – "
            "Člen 99 Poslovnika – Direktiva 2003/88/ES – Delovni čas“",
        ),
        (
            "en",
            "ORDER OF THE COURT (Eighth Chamber)\n\n3 March 2016\n\n(Reference for a "
            "preliminary ruling – Article 99 of the Rules of Procedure – Directive "
            "2003/88/EC – Working time)",
        ),
        (
            "cs",
            "USNESENÍ SOUDNÍHO DVORA (osmého senátu)\n\nze dne 3. března 2016\n\n„Řízení o "
            "předběžné otázce – Článek 99 jednacího řádu – Směrnice 2003/88/ES – Pracovní doba“",
        ),
        (
            "pl",
            "POSTANOWIENIE TRYBUNAŁU (ósma izba)\n\nz dnia 3 marca 2016 r.\n\n"
            "„Odesłanie prejudycjalne – Artykuł 99 regulaminu – Dyrektywa 2003/88/WE – Czas pracy”",
        ),
    ],
)
def test_a_court_text_cites_its_own_rules(lang: str, text: str) -> None:
    assert _keys(text, lang) == ["CELEX:32003L0088"]


def test_a_court_text_that_names_the_parliament_keeps_the_eps_rules() -> None:
    # a judgment about the Parliament's vote counting: its Rules are the EP's (named
    # with their owner in the keyword line, a citation of their own: rules.full_names)
    text = (
        "PRESUDA SUDA (veliko vijeće)\n\n„Pravila o računanju glasova u Parlamentu – "
        "Poslovnik Parlamenta – Članak 178. stavak 3.“"
    )
    assert _keys(text, "hr") == ["EP-RULES", "EP-RULES:178(3)"]


def test_a_parliament_text_citing_a_judgment_keeps_its_rules() -> None:
    text = (
        "The European Parliament,\n– having regard to the Judgment of the Court of 3 "
        "March 2016,\n– having regard to Rule 54 of its Rules of Procedure,"
    )
    assert _keys(text, "en") == ["EP-RULES:54"]
