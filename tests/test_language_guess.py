"""The language of a line inside a text of another language (pipeline/language_guess.py)."""

from __future__ import annotations

import citeresolve
from citeresolve.pipeline.language_guess import detect_language, foreign_lines


def test_each_line_of_another_language_is_found_with_its_offsets() -> None:
    text = (
        "Het Hof heeft geoordeeld.\n"
        "L'article 7 du traité sur l'Union européenne s'applique.\n"
        "The Court referred to Article 177 of the EEC Treaty.\n"
        "Artikel 7 VEU blijft van toepassing."
    )
    lines = foreign_lines(text, "nl")
    assert [(text[s:e][:12], other) for s, e, other in lines] == [
        ("L'article 7 ", "fr"),
        ("The Court re", "en"),
    ]


def test_a_line_of_the_texts_own_language_is_not_foreign() -> None:
    # Maltese "regolament" starts an Italian word; Italian explains the line.
    assert foreign_lines("La professione è regolamentata dalla direttiva 2005/36/CE.", "it") == []
    # Finnish "kohta" is an Estonian word too; before a year it is no paragraph.
    assert foreign_lines("aruande kohta 2016. aastal ja määrus (EL) 2018/1046", "et") == []
    # An abbreviation of another language says nothing ("CNUDPH" on a Romanian page).
    assert foreign_lines("Scopul CNUDPH este de a promova drepturile (CNUDPH).", "ro") == []


def test_a_unit_word_before_its_number_tells_the_line() -> None:
    line = "Ai sensi dell'art. 260, paragrafo 2, TFUE la Corte ha deciso."
    assert [other for _, _, other in foreign_lines(line, "fr")] == ["it"]
    keys = [c.key for c in citeresolve.extract(f"La Cour a statué.\n{line}", lang="fr")]
    assert keys == ["TFEU:260(2)"]


def test_the_guess_of_a_whole_text_is_unchanged_by_unit_words() -> None:
    # "paragraph" and "point" tell the language of a line, not of a whole text
    assert detect_language("paragraph 2 point (a)", "de") == "de"
    assert detect_language("Article 5 of Regulation (EU) 2016/679", "de") == "en"


def test_an_article_word_before_its_number_tells_a_short_line() -> None:
    line = "Legal basis: Article 114 TFEU"
    assert foreign_lines(line, "de") == [(0, len(line), "en")]
    # ... of a related language no more than the text's own ("Art. 18" is Danish too)
    assert foreign_lines("gem. Art. 18 der VO (EU) 2024/1309", "de") == []


def test_a_quotation_of_another_language_is_judged_alone() -> None:
    text = (
        "Selon la note de la directive, "
        "« Member States shall apply Article 5(1) of Directive 2003/88/EC »."
    )
    ((start, end, other),) = foreign_lines(text, "fr")
    assert (text[start:end], other) == (
        "Member States shall apply Article 5(1) of Directive 2003/88/EC",
        "en",
    )
