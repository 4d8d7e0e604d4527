"""Lists of articles joined by a word for "respectively" or "or alternatively" (cs
"resp.", "popř.", "či", sk "prípadne", pl "względnie", "bądź", de "beziehungsweise", nl
"respectievelijk", "dan wel", sv "respektive", da "henholdsvis", ro ", respectiv", hu
"ill.", it "ovvero"): every article of the list gets the instrument named after it, as
with "and" or "or", instead of the instrument alone."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "cs",
            "Úřad aplikuje přímo použitelné komunitární právo, konkrétně čl. 81, resp. čl. 82"
            " Smlouvy o založení Evropského společenství (dále jen „Smlouva“).",
            ["TEC:81", "TEC:82"],
        ),
        (
            "cs",
            "Komise může rozhodnout, že nedošlo k porušení článků 101, popř. 102 SFEU.",
            ["TFEU:101", "TFEU:102"],
        ),
        ("cs", "Jde o jednání zakázané podle článku 101 či 102 SFEU.", ["TFEU:101", "TFEU:102"]),
        (
            "sk",
            "Úrad postupuje podľa článku 101, resp. 102 ZFEÚ a nariadenia (ES) č. 1/2003.",
            ["TFEU:101", "TFEU:102", "CELEX:32003R0001"],
        ),
        ("sk", "Ide o porušenie čl. 101, prípadne 102 ZFEÚ.", ["TFEU:101", "TFEU:102"]),
        (
            "pl",
            "Prezes Urzędu stosuje art. 101, względnie 102 TFUE obok przepisów ustawy.",
            ["TFEU:101", "TFEU:102"],
        ),
        ("pl", "Naruszenie art. 101 bądź 102 TFUE zostało wykazane.", ["TFEU:101", "TFEU:102"]),
        (
            "de",
            "Die Behörde wendet Art. 101 beziehungsweise Art. 102 AEUV unmittelbar an.",
            ["TFEU:101", "TFEU:102"],
        ),
        (
            "nl",
            "De ACM past artikel 101 respectievelijk 102 VWEU toe naast de Mededingingswet.",
            ["TFEU:101", "TFEU:102"],
        ),
        (
            "sv",
            "Konkurrensverket tillämpar artikel 101 respektive 102 FEUF parallellt.",
            ["TFEU:101", "TFEU:102"],
        ),
        (
            "da",
            "Styrelsen anvender artikel 101 henholdsvis 102 TEUF på sagen.",
            ["TFEU:101", "TFEU:102"],
        ),
        (
            "ro",
            "Consiliul Concurenței aplică art. 101, respectiv 102 TFUE în paralel.",
            ["TFEU:101", "TFEU:102"],
        ),
        ("hu", "A GVH az EUMSZ 101. ill. 102. cikkét alkalmazza.", ["TFEU:101", "TFEU:102"]),
        (
            "it",
            "L'Autorità applica gli articoli 101 ovvero 102 TFUE direttamente.",
            ["TFEU:101", "TFEU:102"],
        ),
        # Negatives: national provisions in such a list; the word between other words.
        ("cs", "porušení § 3, resp. § 4 zákona č. 143/2001 Sb., o ochraně soutěže", []),
        ("sk", "Úrad posúdi, či ide o dohodu, prípadne o zosúladený postup.", []),
        ("de", "Die Beteiligten beziehungsweise ihre Vertreter wurden angehört.", []),
        ("sv", "Parterna respektive deras ombud yttrade sig den 12 maj 2020.", []),
    ],
)
def test_a_list_of_alternatives_keeps_each_article(
    lang: str, text: str, expected: list[str]
) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
