"""Case numbers in the forms lists of the Court's case law and converted texts write:
an old number with no case word whose report's citation follows on its line ("293/87
Vainker v Parliament [1989] ECR 23", de "Slg. 1963, 1", fr "Rec. p. 1"); a number word
between the case word and the number ("Case No 26/62", nl "zaak nr. C 19/08", it "causa
n. 41/74"); the year written in full after a case word ("causa 41/1974"); a minus sign
for the hyphen ("C−311/18")."""

from __future__ import annotations

import pytest

from citeresolve import extract


def _cases(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, text[c.start : c.end]) for c in extract(text, lang=lang) if c.type == "case"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "(see para. 12)\n\nSee:\n\n120/78 Rewe v Bundesmonopolverwaltung [1979] ECR 649, "
            "para. 8\n\nT-45/01 Sanders v Commission [2004] ECR II-3315, para. 19",
            [("CJEU:C-120/78", "120/78"), ("CJEU:T-45/01", "T-45/01")],
        ),
        (
            "en",
            "The principle of primacy (Costa v ENEL (6/64) [1964] ECR 585) was stated early.",
            [("CJEU:C-6/64", "6/64")],
        ),
        (
            "de",
            "So schon der Gerichtshof in Van Gend & Loos (26/62), Slg. 1963, 1, und danach.",
            [("CJEU:C-26/62", "26/62")],
        ),
        (
            "fr",
            "Voir arrêt du 11 juillet 1974, 8/74 Dassonville, Rec. p. 837, point 5.",
            [("CJEU:C-8/74", "8/74")],
        ),
        (
            "nl",
            "- 43/75 Defrenne tegen Sabena, Jurispr. 1976, blz. 455\n- ander punt",
            [("CJEU:C-43/75", "43/75")],
        ),
        (
            "en",
            "Francovich and Others, C 6/90 Francovich v Italy [1991] ECR I-5357.",
            [("CJEU:C-6/90", "C 6/90")],
        ),
    ],
)
def test_a_case_number_before_its_reports_citation(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _cases(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a national act's number: its number word before it
        ("cs", "podle zákona č. 99/63 Sb. a rozhodnutí ve věci, Sb. rozh. s. I-1"),
        # a capitalised word before the number opens no item of a list
        ("en", "Directive 76/207 and then Law 12/80 Smith [1981] ECR 1"),
        # the report's year is no judgment's of the case's year
        ("en", "See:\n\n85/74 Smith v Jones [1999] ECR 12"),
        # no report on the line: a number and a name alone are no case
        ("en", "See:\n\n293/87 Vainker v Parliament, para. 8"),
        # a court letter in a year that court did not sit
        ("en", "(F 12/80) [1981] ECR 1"),
    ],
)
def test_no_case_without_a_plausible_report(lang: str, text: str) -> None:
    assert _cases(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "as held in Case No 26/62 Van Gend en Loos", [("CJEU:C-26/62", "26/62")]),
        ("nl", "in de zaak nr. C 19/08 (Petrosian)", [("CJEU:C-19/08", "C 19/08")]),
        ("it", "la causa n. 41/74, Van Duyn", [("CJEU:C-41/74", "41/74")]),
        ("cs", "ve věci č. 6/64 Costa proti ENEL", [("CJEU:C-6/64", "6/64")]),
        ("pl", "w sprawie nr C 73/16 Puškár", [("CJEU:C-73/16", "C 73/16")]),
        ("it", "Sent. causa 41/1974, Van Duyn", [("CJEU:C-41/74", "41/1974")]),
        ("de", "Rechtssache 26/1962, Van Gend & Loos", [("CJEU:C-26/62", "26/1962")]),
        ("fr", "l'affaire 6/1964, Costa", [("CJEU:C-6/64", "6/1964")]),
    ],
)
def test_number_word_or_full_year_after_a_case_word(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _cases(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "in case No 12/19 before the district court"),  # no court letter after 1988
        ("it", "nella causa 41/2019 del tribunale"),
        # a national court's number: a number word and the year in full
        ("it", "nella causa n. 123/1985 del Tribunale di Roma"),
        ("es", "en el asunto n.º 412/1987 del Juzgado de lo Social"),
        ("fr", "dans l'affaire n° 123/1985 du tribunal de commerce"),
    ],
)
def test_no_old_case_in_a_later_year(lang: str, text: str) -> None:
    assert _cases(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "the judgment in C\u2212311/18, Facebook Ireland"),
        ("fr", "l'arrêt C\u2212311/18, Facebook Ireland"),
        ("de", "das Urteil C\u2212311/18, Facebook Ireland"),
    ],
)
def test_a_minus_sign_for_the_hyphen(lang: str, text: str) -> None:
    assert _cases(text, lang) == [("CJEU:C-311/18", "C\u2212311/18")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("bg", "решението по дело С‑311/18, Facebook Ireland", ("CJEU:C-311/18", "С‑311/18")),
        ("bg", "определението по дело Т‑310/02, Theodorakis", ("CJEU:T-310/02", "Т‑310/02")),
        ("el", "η απόφαση στην υπόθεση Τ‑310/02, Theodorakis", ("CJEU:T-310/02", "Τ‑310/02")),
    ],
)
def test_a_court_letter_typed_in_its_cyrillic_or_greek_look_alike(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    assert _cases(text, lang) == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("bg", "съгласно ЕС-311/18 и ЕС‑12/20"),  # the last letter of a word: no court
        ("el", "του ΚοινοβουλίουΤ-650/18"),
    ],
)
def test_a_look_alike_inside_a_word_is_no_court_letter(lang: str, text: str) -> None:
    assert _cases(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "the Commission closed State aid case C 19/08 (ex NN 13/08) in 2009"),
        ("en", "State aid case No C 51/07 (ex N 530/07) — withdrawal of notification"),
        ("fr", "dans l'affaire C 19/08 (ex NN 13/08), aide d'État accordée par l'Italie"),
        ("mt", "Għajnuna mill-Istat — Kawża C 51/07 (ex N 530/07) — Franza"),
    ],
)
def test_a_state_aid_case_with_its_earlier_register_number_is_no_court_case(
    lang: str, text: str
) -> None:
    assert _cases(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # with its hyphen it is the Court's, whatever follows
        ("en", "Case C-19/08 (ex NN 13/08)", [("CJEU:C-19/08", "C-19/08")]),
        ("fi", "asiassa C 19/08, Petrosian", [("CJEU:C-19/08", "C 19/08")]),
    ],
)
def test_a_court_case_keeps_its_number(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _cases(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "number"),
    [
        ("en", "judgment of 15 July 1964, Costa, 6/64, EU:C:1964:66, p. 594", "6/64"),
        ("fr", "arrêt du 5 février 1963, van Gend & Loos, 26/62, EU:C:1963:1", "26/62"),
        ("de", "Urteil vom 11. Juli 1974, Dassonville (8/74, EU:C:1974:82)", "8/74"),
        ("it", "sentenza del 19 novembre 1991, Francovich, C 6/90, EU:C:1991:428", "C 6/90"),
    ],
)
def test_a_case_number_before_its_judgments_ecli(lang: str, text: str, number: str) -> None:
    keys = [key for key, surface in _cases(text, lang) if surface == number]
    assert len(keys) == 1 and keys[0].startswith("CJEU:")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "see Smith, 85/74, EU:C:1999:12"),  # the judgment decades after the number
        ("en", "see Sanders, T 45/01, EU:C:2004:12"),  # another court's ECLI
        ("cs", "zákon č. 99/63, EU:C:1965:1"),  # a national act's number word
    ],
)
def test_no_case_before_an_ecli_that_is_not_its_judgments(lang: str, text: str) -> None:
    assert [key for key, _ in _cases(text, lang) if key.startswith("CJEU:")] == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "tuomioissa asioissa C 311/18 ja C 312/18 todettiin"),
        ("lt", "sprendimuose bylose C 311/18 ir C 312/18 nurodyta"),
        ("lv", "spriedumos lietās C 311/18 un C 312/18 norādīts"),
        ("hr", "u presudama u predmetima C 311/18 i C 312/18"),
        ("sl", "v sodbah v zadevah C 311/18 in C 312/18"),
        ("bg", "в решенията по делата C 311/18 и C 312/18"),
    ],
)
def test_plural_case_words_read_the_numbers_after_them(lang: str, text: str) -> None:
    assert [key for key, _ in _cases(text, lang)] == ["CJEU:C-311/18", "CJEU:C-312/18"]
