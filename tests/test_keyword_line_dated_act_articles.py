"""A keyword line names an act with its date, then its articles after a comma, and goes
on after a dash with its next segment: fr "Directive 2002/58/CE du 12 juillet 2002, art.
15 § 1 – Sécurité nationale" cites the act and its Article 15(1), as a footnote's
"Dir. 95/46/CE du 24 oct. 1995, art. 25 ;" does (pipeline/comma_acts.py)."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "fr",
            "Données – Directive 2002/58/CE du 12 juillet 2002, art. 15 § 1 – Sécurité nationale.",
            ["CELEX:32002L0058", "CELEX:32002L0058:15(1)"],
        ),
        (
            "fr",
            "Marchés – Directive 2014/24/UE du 26 février 2014, art. 57, § 4 – Exclusion.",
            ["CELEX:32014L0024", "CELEX:32014L0024:57(4)"],
        ),
        (
            "de",
            "Datenschutz – Richtlinie 2002/58/EG vom 12. Juli 2002, Art. 15 Abs. 1 –"
            " Vorratsdatenspeicherung.",
            ["CELEX:32002L0058", "CELEX:32002L0058:15(1)"],
        ),
        (
            "en",
            "Procurement – Directive 2014/24/EU of 26 February 2014, Art. 57(4) – Exclusion"
            " grounds.",
            ["CELEX:32014L0024", "CELEX:32014L0024:57(4)"],
        ),
        (
            "nl",
            "Telecom – Richtlijn 2002/58/EG van 12 juli 2002, art. 15 lid 1 – Bewaarplicht.",
            ["CELEX:32002L0058", "CELEX:32002L0058:15(1)"],
        ),
    ],
)
def test_the_articles_after_the_dated_act_are_its_own(
    lang: str, text: str, keys: list[str]
) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == keys


def test_an_article_that_goes_on_in_words_still_is_not_the_dated_acts() -> None:
    # the chain goes on with a national provision: no dash, no mark closes it
    text = "Vu la directive 2006/112/CE du 28 novembre 2006, article 22 des dispositions."
    assert "CELEX:32006L0112:22" not in [c.key for c in citeresolve.extract(text, lang="fr")]
