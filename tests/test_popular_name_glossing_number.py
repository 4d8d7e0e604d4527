"""A popular name of another act of the same kind in the bracket right after a
numbered act glosses that act: its number names it ("Regulation (EC) No 800/2008
(General Block Exemption Regulation) – Article 8(2)" is 800/2008's Article 8(2), the
name being that of its successor 651/2014). Not where the name is that of an act named
before it on its line, whose title names the numbered act (da "… om ophævelse af
direktiv 95/46/EF (generel forordning om databeskyttelse)"), nor where the act of the
name is of another kind."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "State aid – Regulation (EC) No 800/2008 (General Block Exemption Regulation) – "
            "Article 8(2) – Aid having an incentive effect",
        ),
        (
            "de",
            "Staatliche Beihilfen – Verordnung (EG) Nr. 800/2008 (Allgemeine "
            "Gruppenfreistellungsverordnung) – Art. 8 Abs. 2 – Beihilfen mit Anreizeffekt",
        ),
        (
            "da",
            "Statsstøtte – forordning (EF) nr. 800/2008 (generel gruppefritagelsesforordning) "
            "– artikel 8, stk. 2 – støtte med tilskyndelsesvirkning",
        ),
        (
            "fr",
            "Aides d'État – règlement (CE) no 800/2008 (règlement général d'exemption par "
            "catégorie) – article 8, paragraphe 2 – aides ayant un effet incitatif",
        ),
    ],
)
def test_name_in_brackets_glosses_the_numbered_act(lang: str, text: str) -> None:
    assert keys(text, lang) == ["CELEX:32008R0800", "CELEX:32008R0800:8(2)"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the name's act heads the line: the bracket names it, not the repealed act
        (
            "da",
            "Forordning (EU) 2016/679 af 27. april 2016 om ophævelse af direktiv 95/46/EF "
            "(generel forordning om databeskyttelse) artikel 83, stk. 2",
            ["CELEX:31995L0046", "CELEX:32016R0679:83(2)"],
        ),
        (
            "en",
            "Regulation (EU) No 651/2014 repealing Regulation (EC) No 800/2008 (General Block "
            "Exemption Regulation), Article 8(2) thereof",
            ["CELEX:32014R0651", "CELEX:32008R0800", "CELEX:32014R0651:8(2)"],
        ),
        # the act's own name in brackets: nothing changes
        (
            "en",
            "Regulation (EU) No 651/2014 (General Block Exemption Regulation) – Article 8(2)",
            ["CELEX:32014R0651", "CELEX:32014R0651:8(2)"],
        ),
        # a national law before the bracket is no act: the name stays the GBER's
        (
            "en",
            "The Aid Act 2015 (General Block Exemption Regulation) – Article 8(2) GBER",
            ["CELEX:32014R0651:8(2)"],
        ),
    ],
)
def test_names_that_do_not_gloss(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
