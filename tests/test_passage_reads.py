"""What reading lines of another language costs: a text that is one line of another
language (a pasted paragraph, a megabyte of mixed scripts) is read in that language once,
not once as its line and again whole; whether a phrase of the text's language explains
a foreign one is found by bisection, with the same answer as before."""

from __future__ import annotations

import pytest

from citeresolve import extract
from citeresolve.model.citation import Citation
from citeresolve.pipeline import extract as extract_module
from citeresolve.pipeline.language_guess import foreign_lines
from citeresolve.pipeline.passages import with_passages


def _reads(text: str, code: str) -> tuple[list[tuple[int, str]], list[Citation]]:
    """Each reading (its length, its language) extracting ``text`` in ``code`` asks."""
    asked: list[tuple[int, str]] = []

    def read(line: str, other: str) -> tuple[list[Citation], list[Citation]]:
        asked.append((len(line), other))
        return extract_module._passage_citations(line, other)

    own = extract_module._analyse(text, code, passages=False)
    found = with_passages(
        text,
        code,
        own.citations,
        own.named_instruments,
        read,
        foreign_lines,
        extract_module.detect_language,
    )
    return asked, found


@pytest.mark.parametrize(
    ("code", "line", "other", "key"),
    [
        (
            "fr",
            "in accordance with Article 3(2) of Directive 2003/88/EC",
            "en",
            "CELEX:32003L0088:3(2)",
        ),
        (
            "fr",
            "ai sensi dell'articolo 4, paragrafo 2, del regolamento (UE) 2016/679",
            "it",
            "CELEX:32016R0679:4(2)",
        ),
        (
            "nl",
            "gemäß Artikel 5 Absatz 1 der Verordnung (EU) 2016/679",
            "de",
            "CELEX:32016R0679:5(1)",
        ),
    ],
)
def test_a_text_of_one_foreign_line_is_read_once(
    code: str, line: str, other: str, key: str
) -> None:
    text = (line + "; ") * 3
    asked, found = _reads(text, code)
    assert asked == [(len(text), other)]
    assert key in [c.key for c in found]
    assert found == extract(text, lang=code)


def test_a_foreign_body_under_a_heading_is_still_read_whole() -> None:
    # the line is not the whole text: the whole reading is still asked
    text = (
        "Foilsíodh an doiciméad seo\n\nHaving regard to the Treaty establishing the "
        "European Community,\n\nin accordance with Article 189c of the Treaty,\n"
    )
    asked, _ = _reads(text, "ga")
    assert (len(text), "en") in asked


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # a phrase of the text's language overlapping the foreign one, before or after it
        ("lt", "pagal reglamento (ES) 2016/679 5 straipsnį ir reglamento nuostatas " * 40),
        ("it", "La professione è regolamentata dalla direttiva 2005/36/CE e regolamentata. " * 40),
        ("et", "aruande kohta 2016. aastal ja määrus (EL) 2018/1046, kohta 2017 " * 40),
    ],
)
def test_a_long_line_of_its_own_language_stays_its_own(code: str, text: str) -> None:
    assert foreign_lines(text, code) == []
