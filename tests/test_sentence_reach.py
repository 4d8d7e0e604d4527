"""An article chain with no instrument of its own takes the one its sentence names
before it, with only lower-case words between (the contract's "in reach"): ro
"Tratatul nu prevede … la articolul 308", sl "Uredba 833/2004 predvideva, da … prilog II
in X", fi "Asetuksessa … on 7 artikla", en "2006/42/EC, the Annex IV list"."""

from __future__ import annotations

import pytest

from citeresolve import extract


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        (
            "ro",
            "având în vedere Tratatul de instituire a Comunității Europene, întrucât: (2) "
            "Tratatul nu prevede alte competențe decât cele menționate la articolul 308 "
            "pentru a se lua măsuri adecvate.",
            "TEC:308",
        ),
        (
            "sl",
            "Uredba 833/2004 predvideva, da mora biti vsebina prilog II in X določena pred "
            "začetkom uporabe.",
            "CELEX:32004R0833:annex-X",
        ),
        (
            "fi",
            "Asetuksessa (EY) N:o 261/2004 on ensinnäkin 7 artikla, joka koskee korvauksia.",
            "CELEX:32004R0261:7",
        ),
        (
            "en",
            "This guide presents how Directive 2006/42/EC lists in its Annex IV the high-risk "
            "machinery and the conformity procedures.",
            "CELEX:32006L0042:annex-IV",
        ),
        (
            "cs",
            "Hodnocení uplatňování směrnice 91/477/EHS (dále jen „směrnice o zbraních“), jak "
            "vyžaduje článek 17 po její změně.",
            "CELEX:31991L0477:17",
        ),
    ],
)
def test_the_sentence_names_the_instrument_before(lang: str, text: str, key: str) -> None:
    assert key in [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "wrong"),
    [
        # a relative clause of the act: another act's articles
        (
            "en",
            "Regulation (EU) 2018/1725, which amends Articles 12 to 23, applies.",
            "CELEX:32018R1725:12-23",
        ),
        # two instruments before the chain in its sentence
        (
            "en",
            "Regulation (EU) 2017/1129 repealing Directive 2003/71/EC as amended in Article 22",
            "CELEX:32003L0071:22",
        ),
        # an earlier sentence
        ("en", "Directive 2006/42/EC applies. Article 5 lists the duties.", "CELEX:32006L0042:5"),
        # an aside in brackets
        (
            "en",
            "It repeals Directive 2009/125/EC (subject to the exemptions in Article 79).",
            "CELEX:32009L0125:79",
        ),
        # a capitalised name between: another instrument the extractor does not know
        (
            "en",
            "Directive 2006/42/EC is transposed by the Machinery Act in section 5 and Article 7.",
            "CELEX:32006L0042:7",
        ),
        # a bare kind word after two instruments of its kind: either could be meant
        (
            "de",
            "Die Richtlinien 2000/43/EG und 2000/78/EG regeln vieles. Die Richtlinie zielt "
            "nach Art. 1 auf Beschäftigung.",
            "CELEX:32000L0078:1",
        ),
        # a national code's book and article
        ("nl", "Richtlijn 93/13/EEG en in de zin van art. 6:233 aanhef", "CELEX:31993L0013:6"),
        # another act right after the chain
        (
            "sk",
            "smernice 2002/57/ES, spĺňajú požiadavky článku 2 ods. 1 bodu A smernice 66/401/EHS",
            "CELEX:32002L0057:2(1)",
        ),
    ],
)
def test_no_instrument_in_reach(lang: str, text: str, wrong: str) -> None:
    assert wrong not in [c.key for c in extract(text, lang=lang)]


def test_a_kind_word_after_one_instrument_of_its_kind() -> None:
    text = (
        "Die Richtlinie 2000/78/EG regelt vieles. Die Richtlinie zielt nach Art. 1 auf "
        "Beschäftigung."
    )
    assert "CELEX:32000L0078:1" in [c.key for c in extract(text, lang="de")]
