"""CJEU case numbers: lists after a case word, lost hyphens, pre-1989 numbers."""

from __future__ import annotations

import pytest

import citeresolve


def cases(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "case"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # each member of joined cases keeps its own number
        (
            "en",
            "Joined Cases 46/87 and 227/88 Hoechst v Commission [1989] ECR 2859",
            [("CJEU:C-46/87", "46/87"), ("CJEU:C-227/88", "227/88")],
        ),
        (
            "de",
            "Urteil in den verbundenen Rechtssachen 46/87 und 227/88, Hoechst/Kommission",
            [("CJEU:C-46/87", "46/87"), ("CJEU:C-227/88", "227/88")],
        ),
        (
            "fr",
            "arrêt dans les affaires jointes 46/87 et 227/88, Hoechst/Commission",
            [("CJEU:C-46/87", "46/87"), ("CJEU:C-227/88", "227/88")],
        ),
        # the hyphen lost in conversion, right after a case word
        (
            "es",
            "En el asunto C 60/17, que tiene por objeto una petición de decisión prejudicial",
            [("CJEU:C-60/17", "C 60/17")],
        ),
        (
            "de",
            "im Zusammenhang mit dem Urteil des Gerichtshofs in der Rechtssache C442/09 und",
            [("CJEU:C-442/09", "C442/09")],
        ),
        (
            "en",
            "the judgments in Cases C 73/16 and C415/19 P",
            [("CJEU:C-73/16", "C 73/16"), ("CJEU:C-415/19", "C415/19 P")],
        ),
        # a member of a list of case numbers whose hyphen became a space, no case word
        (
            "cs",
            "dne 2. září 2021 vydal Soudní dvůr EU rozsudky C 34/20, C-854/19 a C-5/20 ohledně",
            [("CJEU:C-34/20", "C 34/20"), ("CJEU:C-854/19", "C-854/19"), ("CJEU:C-5/20", "C-5/20")],
        ),
        (
            "de",
            "die Urteile C-854/19, C 5/20 und C 34/20 vom 2. September 2021",
            [("CJEU:C-854/19", "C-854/19"), ("CJEU:C-5/20", "C 5/20"), ("CJEU:C-34/20", "C 34/20")],
        ),
        (
            "fr",
            "les arrêts C-854/19 ; C 34/20 ; T 12/21 rendus",
            [
                ("CJEU:C-854/19", "C-854/19"),
                ("CJEU:C-34/20", "C 34/20"),
                ("CJEU:T-12/21", "T 12/21"),
            ],
        ),
        # glued to the word before it, a word of another script
        (
            "el",
            "Με την απόφαση της 3ης Ιουνίου 2021, Ουγγαρία κατά ΚοινοβουλίουC-650/18 [1], το",
            [("CJEU:C-650/18", "C-650/18")],
        ),
        (
            "el",
            "βλ. την απόφαση Επιτροπή κατά ΠολωνίαςC-791/19, σκέψη 50",
            [("CJEU:C-791/19", "C-791/19")],
        ),
    ],
)
def test_case_numbers(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert cases(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an OJ page header is no case, without a case word in front
        ("en", "Official Journal of the European Union C 73/16"),
        # a number without court letter after 1989 is no case
        ("en", "in Case 12/19 of the national register"),
        # a hyphen-less number beside a case number but not in its list
        ("en", "(OJ C 34/20) and, in the judgment of 2 September 2021, C 5/20 too"),
        # glued to a Latin word: another identifier
        ("en", "the ABC-650/18 standard"),
    ],
)
def test_not_cases(lang: str, text: str) -> None:
    assert cases(text, lang) == []


def test_footnote_number_glued_to_a_case_number_where_the_numbering_shows_it() -> None:
    # COM(2012) 530 (de): footnotes 1 and 3 are glued to words around the case number
    text = (
        "Mit dem Vorschlag zur Änderung der Richtlinie 2001/110/EG über Honig1 wird "
        "angestrebt, im Zusammenhang mit dem Urteil des Gerichtshofs in der Rechtssache "
        "C442/092 und unbeschadet der Verordnung (EG) Nr. 1829/2003 über Futtermittel3 auf"
    )
    assert cases(text, "de") == [("CJEU:C-442/09", "C442/09")]
    # without footnotes around it, a three-digit year is no case year
    assert cases("in der Rechtssache C442/092 und unbeschadet", "de") == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Without its hyphen or a case word before it, a case number is read where only
        # case numbers stand: a bracket of them after a party's name ...
        (
            "en",
            "the Marleasing (C106/89) and Ring (C335/11, C337/11) CJEU cases",
            [("CJEU:C-106/89", "C106/89"), ("CJEU:C-335/11", "C335/11"),
             ("CJEU:C-337/11", "C337/11")],
        ),
        ("fr", "l'arrêt Bosch (T123/19 P) du Tribunal", [("CJEU:T-123/19", "T123/19 P")]),
        # brackets of every court, in any order, and a bracket opened at the text's end
        (
            "en",
            "Bosch (T123/19) and Ring (C335/11) (",
            [("CJEU:T-123/19", "T123/19"), ("CJEU:C-335/11", "C335/11")],
        ),
        # ... or before a case word written after the number (hu).
        ("hu", "2024. április 30.(1)  C650/22. sz. ügy", [("CJEU:C-650/22", "C650/22")]),
        # Negatives: an OJ page; a year before court letters were written (a product
        # code); a court that did not sit that year; a number before a word that is no
        # case word.
        ("en", "published in (OJ C106/89) and the device (C120/80)", []),
        ("en", "the model (F100/21) of the series", []),
        ("hu", "a C650/22. sz. melléklet szerint", []),
    ],
)  # fmt: skip
def test_hyphen_lost_where_only_case_numbers_stand(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert cases(text, lang) == expected
