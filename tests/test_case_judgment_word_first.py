"""An old case number right after its judgment's word, the case's name after it, is a case
of the Court (``judgments`` of each language file's [cases]; families/case_judgments.py):
an Austrian commentary's "(bereits Urteil 239/85, Kom/Belgien)", Italian course notes'
"sentenza 6/64, Costa c. ENEL", an English textbook's "judgment 26/62 Van Gend en Loos" gave
nothing. A national court's number, with a lower-case word after it, or a number of a year
after 1988 stays none."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Dasselbe gilt für Dienstanweisungen an die Gliedstaaten, die nach Belieben "
            "geändert werden können (bereits Urteil 239/85, Kom/Belgien):",
            ["CJEU:C-239/85"],
        ),
        (
            "it",
            "Il primato del diritto comunitario fu affermato dalla sentenza 6/64, Costa c. "
            "ENEL, e ribadito in seguito.",
            ["CJEU:C-6/64"],
        ),
        (
            "en",
            "The doctrine of direct effect dates from judgment 26/62 Van Gend en Loos and "
            "was extended in Case C-6/90 Francovich.",
            ["CJEU:C-26/62", "CJEU:C-6/90"],
        ),
        (
            "es",
            "Véase la sentencia 26/62, Van Gend en Loos, de 5 de febrero de 1963.",
            ["CJEU:C-26/62"],
        ),
        ("nl", "Zie het arrest 6/64 (Costa/ENEL) over de voorrang.", ["CJEU:C-6/64"]),
        (
            "fi",
            "Välitön oikeusvaikutus vahvistettiin tuomiossa 26/62 Van Gend en Loos.",
            ["CJEU:C-26/62"],
        ),
        (
            "et",
            "Vahetu õigusmõju tunnustati kohtuotsuses 26/62 Van Gend en Loos.",
            ["CJEU:C-26/62"],
        ),
    ],
)
def test_the_number_right_after_the_judgment_word(
    lang: str, text: str, expected: list[str]
) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Das Urteil 12/85 des Landgerichts Wien wurde bestätigt."),
        ("en", "The judgment 12/85 was delivered by the district court in 1985."),
        ("it", "La sentenza 12/95, Rossi c. Bianchi, del tribunale di Roma."),
        ("pl", "Zob. wyrok 14/99 Sądu Okręgowego w Krakowie."),
    ],
)
def test_no_case_without_a_name_or_of_a_later_year(lang: str, text: str) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == []
