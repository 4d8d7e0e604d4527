"""Official Journal references dated with the month in words, before the series as
legal databases write them (it "GUUE 14 giugno 2018, n. L 150", de "ABl. EU vom
31. Oktober 2003 Nr. L 284, S. 1") and after the issue with a language's own connector
or year mark (ga "L 150 an 14 Meitheamh 2018", bg "от 14 юни 2018 г."); and the old
EUR-Lex header that names the journal alone (sl "Uradni list L 212 , 07/08/2001"). The
year is always the reference's own date's."""

from __future__ import annotations

import pytest

import citeresolve


def oj(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "oj"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Italian databases: the abbreviation as a word or dotted, the date, "n.", no page.
        (
            "it",
            "Regolamento 12 marzo 2019, n. 2019/500/Ue\n\n(Guue 20 marzo 2019 n. L 80)\n\nTesto",
            [("OJ:L:2019:080", "Guue 20 marzo 2019 n. L 80")],
        ),
        (
            "it",
            "Direttiva sulle acque reflue (G.U.U.E. 3 luglio 2009, n. L 172)",
            [("OJ:L:2009:172", "G.U.U.E. 3 luglio 2009, n. L 172")],
        ),
        (
            "it",
            "pubblicata in GUCE 21 dicembre 1999, n. C 364, pag. 5",
            [("OJ:C:1999:364:5", "GUCE 21 dicembre 1999, n. C 364, pag. 5")],
        ),
        # German: "vom" and the month in words before "Nr." and the series.
        (
            "de",
            "geändert durch die Richtlinie 2009/12/EG, ABl. EG vom 4. März 2009 Nr. L 61, S. 7)",
            [("OJ:L:2009:061:7", "ABl. EG vom 4. März 2009 Nr. L 61, S. 7")],
        ),
        # French and Spanish: the same order, a connector before the date.
        (
            "fr",
            "publié au JOUE du 2 avril 2012, L 95, p. 12.",
            [("OJ:L:2012:095:12", "JOUE du 2 avril 2012, L 95, p. 12")],
        ),
        (
            "es",
            "publicado en el DOUE de 2 de abril de 2012, L 95, p. 12.",
            [("OJ:L:2012:095:12", "DOUE de 2 de abril de 2012, L 95, p. 12")],
        ),
    ],
)
def test_a_date_in_words_before_the_series(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert oj(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # ga "an" before the date: its year, no page.
        (
            "ga",
            "(Iris Oifigiúil an Aontais Eorpaigh L 95 an 2 Aibreán 2012)",
            [("OJ:L:2012:095", "Iris Oifigiúil an Aontais Eorpaigh L 95 an 2 Aibreán 2012")],
        ),
        (
            "ga",
            "(IO L 95 an 2 Aibreán 2012, lch. 12)",
            [("OJ:L:2012:095:12", "IO L 95 an 2 Aibreán 2012, lch. 12")],
        ),
        # sk "zo" before a day.
        (
            "sk",
            "(Ú. v. EÚ L 95 zo 2. apríla 2012, s. 12)",
            [("OJ:L:2012:095:12", "Ú. v. EÚ L 95 zo 2. apríla 2012, s. 12")],
        ),
        # The year's mark or ordinal dot after a month in words does not hide the page.
        (
            "bg",
            "(ОВ L 95 от 2 април 2012 г., стр. 12)",
            [("OJ:L:2012:095:12", "ОВ L 95 от 2 април 2012 г., стр. 12")],
        ),
        (
            "pl",
            "(Dz.U. L 95 z 2 kwietnia 2012 r., s. 12)",
            [("OJ:L:2012:095:12", "Dz.U. L 95 z 2 kwietnia 2012 r., s. 12")],
        ),
        (
            "hr",
            "(SL L 95 od 2. travnja 2012., str. 12)",
            [("OJ:L:2012:095:12", "SL L 95 od 2. travnja 2012., str. 12")],
        ),
        # A sentence's full stop after the year stays out of the reference.
        (
            "en",
            "It was published in OJ L 95 of 2 April 2012. The next",
            [("OJ:L:2012:095", "OJ L 95 of 2 April 2012")],
        ),
    ],
)
def test_a_date_in_words_after_the_issue(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert oj(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sl",
            "31999L0070\n\nUradni list L 187 , 20/07/1999 str. 0055 - 0057\n\nDirektiva Sveta",
            [("OJ:L:1999:187:55", "Uradni list L 187 , 20/07/1999 str. 0055")],
        ),
        (
            "sl",
            "objavljeno v Uradnem listu C 364 , 18/12/2000 str. 0001",
            [("OJ:C:2000:364:1", "Uradnem listu C 364 , 18/12/2000 str. 0001")],
        ),
        (
            "cs",
            "31999L0070\n\nÚřední věstník L 187 , 20/07/1999 S. 0055 - 0057\n\nSměrnice Rady",
            [("OJ:L:1999:187:55", "Úřední věstník L 187 , 20/07/1999 S. 0055")],
        ),
        (
            "en",
            "31999L0070\n\nOfficial Journal L 187 , 20/07/1999 P. 0055 - 0057\n\nCouncil Directive",
            [("OJ:L:1999:187:55", "Official Journal L 187 , 20/07/1999 P. 0055")],
        ),
    ],
)
def test_an_old_eur_lex_header_names_the_journal_alone(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert oj(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # National gazettes, dated the same way, have no series letter.
        ("it", "legge 7 luglio 2009, n. 88 in GU 14 luglio 2009 - n. 161"),
        ("it", "pubblicato nella Gazzetta Ufficiale n. 38 del 14 febbraio 2008"),
        ("sl", "Zakon o varstvu okolja (Uradni list RS, št. 39/06 – uradno prečiščeno besedilo)"),
        ("sl", "objavljen v Uradnem listu Republike Slovenije 12. maja 2004"),
        # A date and no issue: nothing to key.
        ("de", "ABl. EU vom 31. Oktober 2003, Sonderausgabe"),
        ("it", "(G.U.U.E. 5 marzo 2025, Serie L)"),
        (
            "ga",
            "(Iris Oifigiúil an Aontais Eorpaigh L Eagrán Speisialta Gaeilge an 2 Aibreán 2012)",
        ),
    ],
)
def test_no_reference_without_series_and_issue(lang: str, text: str) -> None:
    assert oj(text, lang) == []
