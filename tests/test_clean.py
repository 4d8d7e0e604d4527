"""The cleaned view and its map back to original offsets."""

from __future__ import annotations

import pytest

import citeresolve
from citeresolve.text.clean import clean


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("Aangenomen teksten, P9\\_TA(2021)0056.", "P9\\_TA(2021)0056", "TA-9-2021-0056"),
        ("motion B9\u20110128/2021 tabled", "B9\u20110128/2021", "B-9-2021-0128"),
        ("Case C\u2011623/17, Privacy International", "C\u2011623/17", "CJEU:C-623/17"),
        (
            "Regulation&nbsp;(EU)&nbsp;2016/679 applies",
            "Regulation&nbsp;(EU)&nbsp;2016/679",
            "CELEX:32016R0679",
        ),
        (
            "Regulation\u00a0(EU)\u00a02016/679 applies",
            "Regulation\u00a0(EU)\u00a02016/679",
            "CELEX:32016R0679",
        ),
        ("Regu\u00adlation (EU) 2016/679", "Regu\u00adlation (EU) 2016/679", "CELEX:32016R0679"),
        (
            "PB C 251 E van 31.8.2013,\nblz. 93.",
            "PB C 251 E van 31.8.2013,\nblz. 93",
            "OJ:C:2013:251E:93",
        ),
    ],
)
def test_noise_does_not_hide_a_citation(text: str, surface: str, key: str) -> None:
    (citation,) = citeresolve.extract(text, lang="nl" if "PB" in text else "en")
    assert citation.key == key
    assert citation.text == surface
    assert text[citation.start : citation.end] == surface


def test_footnote_markers_do_not_glue_numbers() -> None:
    text = "in 2019<sup>2</sup> and (2022/2505(RSP))"
    view = clean(text).view
    assert "2019 " in view and "<sup>" not in view
    assert [c.key for c in citeresolve.extract(text, lang="en")] == ["PROC:2022/2505(RSP)"]


@pytest.mark.parametrize(
    ("text", "lang", "keys"),
    [
        ("and <Article 3 of Commission Regulation (EC) No 847/2000> [only]", "en",
         ["CELEX:32000R0847:3"]),
        ("<article 3 du règlement (CE) n° 847/2000 de la Commission>", "fr",
         ["CELEX:32000R0847:3"]),
        ("<Artikel 3 der Verordnung (EG) Nr. 847/2000 der Kommission>", "de",
         ["CELEX:32000R0847:3"]),
    ],
)  # fmt: skip
def test_a_placeholder_in_angle_brackets_is_text(text: str, lang: str, keys: list[str]) -> None:
    # A template's placeholder has words where a tag has attributes: it stays text.
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == keys


def test_tags_with_attributes_are_still_noise() -> None:
    text = (
        "<p class=\"x\" style='a:b'>x</p><br/><td colspan=2 nowrap>y</td>"
        '<a href=http://x/y?a=1&amp;b=2>z</a><span lang=EN-GB>q</span><img src="a.png" />'
    )
    assert clean(text).view.split() == ["x", "y", "zq"]


def test_offsets_map_back_around_deletions() -> None:
    text = "a&amp;b \u00adP9_TA(2021)0056"
    cleaned = clean(text)
    start = cleaned.view.index("P9")
    assert cleaned.to_original(start, start + 2) == (text.index("P9"), text.index("P9") + 2)


def test_text_without_noise_is_its_own_view() -> None:
    text = "Article 3(5) TEU"
    assert clean(text).view is text


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        # a Latin O inside Cyrillic "ОВ", a Latin E inside "ЕО"
        ("bg", "(OВ L 119, 4.5.2016 г., стр. 1)", "OJ:L:2016:119:1"),
        ("bg", "Регламент (EО) № 1049/2001 на Европейския парламент", "CELEX:32001R1049"),
        # a Latin E beside a Greek one
        ("el", "Κανονισμός (EΕ) 2016/679 του Ευρωπαϊκού Κοινοβουλίου", "CELEX:32016R0679"),
        # the reverse: a Cyrillic Е inside Latin "EU"
        ("en", "Regulation (ЕU) 2016/679 of the European Parliament", "CELEX:32016R0679"),
    ],
)
def test_look_alike_letters_of_another_script_are_read_through(
    lang: str, text: str, key: str
) -> None:
    (cite,) = [c for c in citeresolve.extract(text, lang=lang) if c.key == key]
    # the span indexes the original text, damage included
    assert text[cite.start : cite.end] == cite.text
    assert cite.start < cite.end


def test_folding_keeps_length_and_offsets() -> None:
    text = "(OВ L 119, 4.5.2016 г., стр. 1) and Ж"
    view = clean(text)
    assert len(view.view) == len(text)
    assert view.view.startswith("(ОВ L 119")
    assert view.to_original(1, 3) == (1, 3)


def test_single_script_words_are_left_alone() -> None:
    text = "EC law and the ЕС право, ΕΕ and EE"
    assert clean(text).view == text


def test_two_hyphens_between_spaces_are_a_dash_of_the_same_length() -> None:
    text = "Nariadenie (ES) c. 1/2003 -- Clánok 3 and x--y, a --b"
    view = clean(text).view
    assert len(view) == len(text)
    assert view == "Nariadenie (ES) c. 1/2003 -  Clánok 3 and x--y, a --b"


@pytest.mark.parametrize(
    ("lang", "text", "surface", "key"),
    [
        (
            "da",
            "efter den første habitatvurdering efter habi-\ntatdirektivets art. 6, stk. 3.",
            "art. 6, stk. 3",
            "CELEX:31992L0043:6(3)",
        ),
        (
            "da",
            "Ændret forslag til forordning om ændring af for-\nordning (EF) nr. 1290/2005 om",
            "for-\nordning (EF) nr. 1290/2005",
            "CELEX:32005R1290",
        ),
        (
            "sv",
            "enligt förord-\r\nning (EU) 2016/679 om skydd för fysiska personer",
            "förord-\r\nning (EU) 2016/679",
            "CELEX:32016R0679",
        ),
        (
            "nl",
            "in de zin van richt-\n  lijn 2006/123/EG betreffende diensten",
            "richt-\n  lijn 2006/123/EG",
            "CELEX:32006L0123",
        ),
    ],
)
def test_a_word_hyphenated_at_a_line_end_is_read_whole(
    lang: str, text: str, surface: str, key: str
) -> None:
    (citation,) = citeresolve.extract(text, lang=lang)
    assert (citation.key, citation.text) == (key, surface)


@pytest.mark.parametrize(
    "text",
    [
        "sag C-\n411/19",  # a case number's hyphen before a digit
        "perioden 2014-\n2020",  # digits
        "den nationale -\nog EU-ret",  # a dash after a space
        "kort- og langsigtede",  # no line break
    ],
)
def test_only_a_hyphen_between_lower_case_letters_at_a_line_end_is_dropped(text: str) -> None:
    assert clean(text).view == text


@pytest.mark.parametrize(
    ("text", "view"),
    [
        ("EU-\nDomstolens dom", "EU-Domstolens dom"),  # da: a compound's hyphen stays
        ("EU-\n  tuomioistuin", "EU-tuomioistuin"),  # fi
        ("ABl. EU-\r\nVerordnung", "ABl. EU-Verordnung"),  # de
        ("Anhang A-\nB", "Anhang A-\nB"),  # one capital: no abbreviation
        ("EU-\n2020", "EU-\n2020"),  # a digit after the break
    ],
)
def test_a_compound_hyphen_after_an_abbreviation_keeps_its_hyphen(text: str, view: str) -> None:
    assert clean(text).view == view


def test_other_script_test_reads_the_same_letters_as_the_class() -> None:
    """The byte test that spares a Latin text the scan for Greek and Cyrillic letters
    says yes exactly for the characters of those ranges (every code point, between
    letters of a text of any script)."""
    import re

    from citeresolve.text import homoglyphs as homoglyphs_module

    other = re.compile(f"[{homoglyphs_module._CYRILLIC}{homoglyphs_module._GREEK}]")
    for code in range(0x110000):
        ch = chr(code)
        assert bool(homoglyphs_module._other_script(f"a{ch}é")) == bool(other.search(ch)), hex(code)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        # a Latin "O" inside a Bulgarian abbreviation, a Latin "E" in a Greek one, a
        # Greek omicron in a German word; words of one script each are left as they are
        ("виж ОВ L 119", "виж ОВ L 119"),
        ("виж OВ L 119", "виж ОВ L 119"),
        ("Κανονισμός (EΕ) αριθ. 1", "Κανονισμός (ΕΕ) αριθ. 1"),
        ("die Verοrdnung (EU) 2016/679", "die Verordnung (EU) 2016/679"),
        ("Αρθρο 5 and Article 6", "Αρθρο 5 and Article 6"),
    ],
)
def test_folding_of_mixed_words_in_three_scripts(text: str, folded: str) -> None:
    from citeresolve.text.homoglyphs import fold_homoglyphs

    assert fold_homoglyphs(text) == folded


def test_a_space_before_a_comma_or_full_stop_is_left_out_of_the_view() -> None:
    # old EUR-Lex summaries of judgments put a space before each punctuation mark
    text = "( EWG-VERTRAG , ART . 48 )\n3 . x , y a ,b c .d"
    cleaned = clean(text)
    assert cleaned.view == "( EWG-VERTRAG, ART. 48 )\n3. x, y a ,b c .d"
    start = cleaned.view.index("ART. 48")
    assert cleaned.to_original(start, start + 7) == (text.index("ART . 48"), text.index(" )"))


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        ("fr", "ÉGALITÉ DES RÉMUNÉRATIONS\n( TRAITE CEE , ART . 117 ET 118 )", ["117", "118"]),
        ("de", "Gleiches Entgelt\n( EWG-VERTRAG , ART . 48 , ABS . 3 )", ["48(3)"]),
        ("en", "Freedom of movement\n( EEC TREATY , ART . 52 )", ["52"]),
        ("it", "Libertà di stabilimento\n( TRATTATO CEE , ARTT . 52 E 58 )", ["52", "58"]),
    ],
)
def test_summary_lines_with_spaced_punctuation_cite_their_articles(
    lang: str, text: str, keys: list[str]
) -> None:
    found = [c for c in citeresolve.extract(text, lang=lang) if c.key.startswith("TEC:")]
    assert [c.key for c in found] == [f"TEC:{k}" for k in keys]
    assert all(" ." not in c.text[-2:] for c in found)
