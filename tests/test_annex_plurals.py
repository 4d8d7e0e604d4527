"""A plural annex word with no number after it ("the Annexes to Regulation …") names
the act, never its single unnumbered annex (``annex-1``); before numbers it is a list of
annexes, and the singular stays the single annex."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Rozporządzenia zmieniające załączniki do rozporządzenia (WE) nr 1272/2008."),
        ("en", "Commission regulations amending the Annexes to Regulation (EC) No 1272/2008."),
        ("de", "Verordnungen zur Änderung der Anhänge der Verordnung (EG) Nr. 1272/2008."),
        ("fr", "les règlements modifiant les annexes du règlement (CE) n° 1272/2008"),
        ("nl", "verordeningen tot wijziging van de bijlagen bij Verordening (EG) nr. 1272/2008"),
        ("it", "i regolamenti che modificano gli Allegati del regolamento (CE) n. 1272/2008"),
    ],
)
def test_plural_annex_word_names_the_act(lang: str, text: str) -> None:
    assert keys(text, lang) == ["CELEX:32008R1272"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "the Annex to Regulation (EC) No 1272/2008", ["CELEX:32008R1272:annex-1"]),
        ("fr", "l'annexe du règlement (CE) n° 1272/2008", ["CELEX:32008R1272:annex-1"]),
        (
            "pl",
            "załączniki I i II do rozporządzenia (WE) nr 1272/2008",
            ["CELEX:32008R1272:annex-I", "CELEX:32008R1272:annex-II"],
        ),
        (
            "de",
            "die Anhänge I und III der Verordnung (EG) Nr. 1272/2008",
            ["CELEX:32008R1272:annex-I", "CELEX:32008R1272:annex-III"],
        ),
    ],
)
def test_numbered_plurals_and_the_single_annex(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "In the annex to": the phrase is the noun, though the annex word alone may be
        # a participle in these languages ("protocollo allegato al trattato").
        (
            "it",
            "l'accordo quadro che compare in allegato alla direttiva del Consiglio 28 giugno "
            "1999, 1999/70/CE, relativa all'accordo quadro",
            ["CELEX:31999L0070:annex-1"],
        ),
        (
            "pt",
            "o acordo-quadro que figura em anexo à Diretiva 1999/70/CE",
            ["CELEX:31999L0070:annex-1"],
        ),
        (
            "es",
            "el Acuerdo marco que figura en anexo a la Directiva 1999/70/CE",
            ["CELEX:31999L0070:annex-1"],
        ),
        # Negatives: a letter's enclosure; the participle.
        ("it", "Le trasmetto in allegato alla presente la documentazione richiesta.", []),
        ("pt", "o protocolo anexo ao Tratado", []),
    ],
)
def test_in_the_annex_to_an_act(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
