"""The last digit of an act number with its domain bracketed before it ("(EU)
2016/1011") is its own, not a glued footnote marker, when no marker numbered one
lower stands before it: the first footnote of a text is no evidence against a
plausible serial number. With the numbering before and after it, it is a marker."""

from __future__ import annotations

import pytest

import citeresolve


def acts(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "sl",
            "spremembi uredb (EU) št. 909/2014 in (EU) 2016/1011 (v nadaljevanju: uredba "
            "DORA), ki določa zahteve. Navodilo za ocenjevanje tveganj Slovenije2 velja.",
        ),
        (
            "en",
            "amending Regulations (EU) No 909/2014 and (EU) 2016/1011 (DORA), which lays "
            "down requirements set by the Commission2 and others.",
        ),
        (
            "de",
            "zur Änderung der Verordnungen (EU) Nr. 909/2014 und (EU) 2016/1011 (DORA), "
            "die Anforderungen der Kommission2 festlegt.",
        ),
        (
            "fr",
            "modifiant les règlements (UE) n° 909/2014 et (UE) 2016/1011 (DORA), qui "
            "établit des exigences de la Commission2 pour les entités.",
        ),
    ],
)
def test_last_digit_kept(lang: str, text: str) -> None:
    assert acts(text, lang) == ["CELEX:32014R0909", "CELEX:32016R1011"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "the Council1 adopted Regulation (EU) 2019/9472 on drones; the Parliament3 agreed"),
        ("de", "der Rat1 erließ die Verordnung (EU) 2019/9472 über Drohnen; das Parlament3 auch"),
        ("fr", "le Conseil1 a adopté le règlement (UE) 2019/9472 et le Parlement3 a suivi"),
    ],
)
def test_marker_in_numbering_still_read(lang: str, text: str) -> None:
    assert acts(text, lang) == ["CELEX:32019R0947"]
