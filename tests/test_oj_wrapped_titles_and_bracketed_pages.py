"""Two Official Journal forms (round-53 precedents): a title's compound hyphen after a
capital abbreviation at a line end (da "EU-⏎Tidende 2014, nr. L 349, side 1"), read
as the word it is, the hyphen kept; and the page written after the bracket that closes
on the issue's date (hr "(SL L 358, 31. 12. 2002.), str. 28"), which is that issue's
page. A lower-case word broken at a line end still loses its hyphen; a page after a
bracket that does not close on a date, or one without its bracket opened, stays out.
The series may stand before the abbreviation (bg "Обн. C ОВ. бр.115 от 9 Май 2008г.",
round-52 precedent); a page header under a title with the act's date on a line of its
own is no reference (round-52 notes: "L 30/58" not keyed)."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "da",
            "erstatningssøgsmål (EU-\nTidende 2016, nr. L 119, side 1). Loven træder",
            "OJ:L:2016:119:1",
        ),
        ("da", "jf. direktivet (EF-\nTidende 2003, nr. L 31, side 18)", "OJ:L:2003:031:18"),
        ("sv", "enligt förordningen (EU-\ntidningen: EUT L 119, 4.5.2016)", "OJ:L:2016:119"),
        ("de", "gemäß der EU-\nVerordnung (ABl. L 119 vom 4.5.2016, S. 1)", "OJ:L:2016:119:1"),
    ],
)
def test_compound_hyphen_at_a_line_end(lang: str, text: str, expected: str) -> None:
    assert expected in keys(text, lang)


def test_compound_hyphen_keeps_the_word_whole() -> None:
    found = citeresolve.extract("gemäß der EU-\nVerordnung (EU) 2016/679 gilt", lang="de")
    assert [c.key for c in found] == ["CELEX:32016R0679"]
    # a lower-case word broken at a line end still reads without its hyphen
    assert "CELEX:32016R0679" in keys("i forord-\nning (EU) 2016/679", "da")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "hr",
            "Uredba Vijeća (EZ) br. 2368/2002 (SL L 358, 31. 12. 2002.), str. 28, kako je",
            "OJ:L:2002:358:28",
        ),
        (
            "en",
            "Council Regulation (EC) No 2368/2002 (OJ L 358, 31.12.2002), p. 28, as amended",
            "OJ:L:2002:358:28",
        ),
        (
            "fr",
            "règlement (CE) n° 2368/2002 du Conseil (JO L 358 du 31.12.2002), p. 28, modifié",
            "OJ:L:2002:358:28",
        ),
        (
            "de",
            "Verordnung (EG) Nr. 2368/2002 des Rates (ABl. L 358 vom 31.12.2002), S. 28",
            "OJ:L:2002:358:28",
        ),
    ],
)
def test_page_after_the_dated_bracket(lang: str, text: str, expected: str) -> None:
    assert expected in keys(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the page inside the bracket is the issue's; the one after it is another's
        ("en", "(OJ L 358, 31.12.2002, p. 28), p. 5 of the report", "OJ:L:2002:358:28"),
        # no bracket opened before the reference: the page after it stays out
        ("en", "OJ L 358, 31.12.2002), p. 28", "OJ:L:2002:358"),
        # the bracket closes on no date
        ("hr", "Uredba (EZ) br. 2368/2002 (SL L 358), str. 28", "OJ:L:2002:358"),
    ],
)
def test_page_after_the_bracket_negatives(lang: str, text: str, expected: str) -> None:
    assert [k for k in keys(text, lang) if k.startswith("OJ:")] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a publisher's line: the series before the abbreviation, the date in words
        ("Договор за Европейския съюз\n\nОбн. C ОВ. бр.115 от 9 Май 2008г.\n", "OJ:C:2008:115"),
        ("Обн. L ОВ бр. 119 от 4 май 2016 г., стр. 1", "OJ:L:2016:119:1"),
        # the abbreviation with its dot, the series after it
        ("Регламент (ЕС) 2016/679 (ОВ. L 119, 4.5.2016 г., стр. 1)", "OJ:L:2016:119:1"),
    ],
)
def test_series_before_the_abbreviation(text: str, expected: str) -> None:
    assert expected in keys(text, "bg")


def test_series_before_the_abbreviation_spans_it() -> None:
    (oj,) = [c for c in citeresolve.extract("Обн. C ОВ. бр.115 от 9 Май 2008г.", lang="bg")]
    assert oj.text.startswith("C ОВ.")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("bg", "Приложение C ОВ бр. 5"),  # no date, no page
        # a page header under the title, the act's date on a line of its own
        ("en", "Official Journal of the European Union\n\nL 30/58\n\n\n\nof 16 January 2019\n"),
        ("de", "Amtsblatt der Europäischen Union\nL 30/58\n\nvom 16. Januar 2019\n"),
        ("fr", "Journal officiel de l'Union européenne\n\nL 30/58\n\ndu 16 janvier 2019\n"),
    ],
)
def test_no_oj_citation(lang: str, text: str) -> None:
    assert [k for k in keys(text, lang) if k.startswith("OJ:")] == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Official Journal of the European Union L 354/22 of 28.12.2013", "OJ:L:2013:354:22"),
        (
            "it",
            "Gazzetta ufficiale dell'Unione europea L 354/22 del 28 dicembre 2013",
            "OJ:L:2013:354:22",
        ),
    ],
)
def test_dated_title_line_stays_a_reference(lang: str, text: str, expected: str) -> None:
    assert expected in keys(text, lang)
