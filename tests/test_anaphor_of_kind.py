"""Anaphors that name an act's kind point to the act the text is about.

* de "dieser Richtlinie", "dieser Verordnung" (a "thereof" of a kind) in the middle of a
  sentence that names no instrument before its chain: the act of that kind the sentence
  before cites last, or, when it is named in the title of another act of its kind, that
  act (the title's head), also across a long operative part. A sentence that names an
  instrument before the chain keeps its own.
* mt: an article or preposition glued to an act word ("tad-Direttiva 2008/98/KE") is no
  compound name of that act, so that a later "tad-Direttiva" is not always the first act
  it opened. The bare definite word of a kind ("tad-Direttiva", "tar-Regolament") names
  the one act of its kind the text cites, and none where it cites several (then "ta' dik
  id-Direttiva", "that Directive", names the last).
"""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Art. 8 der Richtlinie 2011/83/EU über die Rechte der Verbraucher, zur Abänderung der "
            "Richtlinie 93/13/EWG und der Richtlinie 1999/44/EG, ist weit auszulegen. Hierbei hat "
            "das Gericht zu prüfen, ob – unter Berücksichtigung des Raumes – alle in Art. 6 Abs. 1 "
            "dieser Richtlinie genannten Informationen dargestellt werden.",
            [
                "CELEX:32011L0083:8",
                "CELEX:31993L0013",
                "CELEX:31999L0044",
                "CELEX:32011L0083:6(1)",
            ],
        ),
        (
            "de",
            "Art. 4 der Verordnung (EU) 2019/1020 ist eng auszulegen, und zwar so, dass die "
            "Behörde ihre Befugnisse nicht überschreitet, wenn sie – was selten vorkommt – "
            "Produkte vom Markt nimmt, die zwar geprüft, aber nicht zugelassen wurden, oder "
            "wenn sie Hersteller anweist, Mängel zu beheben, die bei einer Prüfung festgestellt "
            "wurden. Die Behörde muss dabei die in Art. 14 Abs. 4 dieser Verordnung genannten "
            "Befugnisse ausüben.",
            ["CELEX:32019R1020:4", "CELEX:32019R1020:14(4)"],
        ),
        # the sentence names its own directive before the chain
        (
            "de",
            "Art. 4 der Richtlinie 2011/83/EU ist eng auszulegen. Die Behörde muss nach der "
            "Richtlinie 2005/29/EG die in Art. 6 dieser Richtlinie genannten Angaben prüfen.",
            ["CELEX:32011L0083:4", "CELEX:32005L0029", "CELEX:32005L0029:6"],
        ),
        (
            "mt",
            "L-Artikolu 2 tad-Direttiva 2008/98/KE jiddefinixxi l-iskart.\n\nId-Direttiva "
            "2009/147/KE tipprojbixxi l-qabda. Kull deroga hija suġġetta għall-Artikolu 9 "
            "tad-Direttiva.",
            ["CELEX:32008L0098:2", "CELEX:32009L0147"],
        ),
        (
            "mt",
            "L-Artikolu 2 tad-Direttiva 2008/98/KE jiddefinixxi l-iskart.\n\nId-Direttiva "
            "2009/147/KE tipprojbixxi l-qabda. Kull deroga hija suġġetta għall-Artikolu 9 ta' "
            "dik id-Direttiva.",
            ["CELEX:32008L0098:2", "CELEX:32009L0147", "CELEX:32009L0147:9"],
        ),
        (
            "mt",
            "Id-Direttiva 2009/147/KE tipprojbixxi l-qabda. Kull deroga hija suġġetta "
            "għall-Artikolu 9 tad-Direttiva.",
            ["CELEX:32009L0147", "CELEX:32009L0147:9"],
        ),
        (
            "mt",
            "Ir-Regolament (UE) 2016/679 japplika. L-Artikolu 6 tar-Regolament jistabbilixxi "
            "l-bażi legali.",
            ["CELEX:32016R0679", "CELEX:32016R0679:6"],
        ),
    ],
)
def test_anaphor_of_kind(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
