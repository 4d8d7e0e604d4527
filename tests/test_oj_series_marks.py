"""Official Journal references whose series is written with a mark: a dot after the
series (fr "n° L. 100 du 6 avril 2004", el "Ε.Ε.L. 398/33/30.12.1989", the date after the
page's slash), a subseries letter before an issue and its date (de "ABl. LI 85 vom
27.03.2019"), a comma after a quoted title's series (fr "« Journal officiel … » L,
2023/2772"); a title in full with its issue and page after a slash alone in brackets
after its act (hr "(Službeni list Europske unije L 189/34)"), and the issue's word in
full (bg "брой C 348"), the series glued to the abbreviation before its number word (es
"DOUEL núm. 198"). Page headers, national gazettes and dates stay no citation."""

from __future__ import annotations

import pytest

import citeresolve


def oj_keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang) if c.key.startswith("OJ:")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Le règlement a été publié au Journal officiel de l'Union européenne nº L. 166 "
            "du 30 avril 2004 et s'applique depuis 2010.",
            ["OJ:L:2004:166"],
        ),
        ("fr", "la directive 2004/38/CE (JO L. 158 du 30.4.2004, p. 77)", ["OJ:L:2004:158:77"]),
        (
            "el",
            "της οδηγίας 96/35/ΕΚ του Συμβουλίου (Ε.Ε.L. 145/10/19.6.1996), όπως ισχύει",
            ["OJ:L:1996:145:10"],
        ),
        ("el", "(ΕΕ L. 145/10/19.6.1996)", ["OJ:L:1996:145:10"]),
        (
            "de",
            "Durchführungsbeschluss (EU) 2019/1234 (ABl. LI 210 vom 12.08.2019 S. 5) gilt",
            ["OJ:L:2019:210I:5"],
        ),
        ("de", "Verordnung (EU) 2020/123 (ABl. LI 27 vom 31.01.2020, S. 1)", ["OJ:L:2020:027I:1"]),
        (
            "fr",
            "règlement délégué (UE) 2023/2486 («Journal officiel de l’Union européenne» L, "
            "2023/2486, 21 novembre 2023)",
            ["OJ:L:2023/2486"],
        ),
        (
            "en",
            "Delegated Regulation (EU) 2023/2486 (‘Official Journal of the European Union’ L, "
            "2023/2486, 21 November 2023)",
            ["OJ:L:2023/2486"],
        ),
        (
            "hr",
            "Uredba (EU) 2021/694 o uspostavi programa Digitalna Europa i stavljanju izvan "
            "snage Odluke (EU) 2015/2240 (Službeni list Europske unije L 166/1).",
            ["OJ:L:2015:166:1"],
        ),
        (
            "it",
            "il regolamento (UE) 2016/679 (Gazzetta ufficiale dell'Unione europea L 119/1).",
            ["OJ:L:2016:119:1"],
        ),
        # the series glued to the abbreviation, then its number word
        ("es", "Publicado en DOUEL núm. 173 de 12 de junio de 2014", ["OJ:L:2014:173"]),
        ("es", "(DOCEL núm. 12 de 16.1.2001, p. 1)", ["OJ:L:2001:012:1"]),
        ("ro", "(JOL nr. 173 din 12.6.2014, p. 349)", ["OJ:L:2014:173:349"]),
        (
            "bg",
            "Картата е публикувана в Официалния вестник на Европейския съюз, брой C 153 от "
            "9 юни 2014.",
            ["OJ:C:2014:153"],
        ),
        (
            "bg",
            "(Официален вестник на Европейските общности, брой L 281 от 23.11.1995, стр. 31)",
            ["OJ:L:1995:281:31"],
        ),
    ],
)
def test_series_marks_and_bracketed_titles(lang: str, text: str, expected: list[str]) -> None:
    assert oj_keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a page header: the title, the issue and page, no bracket
        ("hr", "Službeni list Europske unije L 189/34\n\nHR\n\n28.5.2021."),
        ("it", "Gazzetta ufficiale dell'Unione europea L 119/1\n4.5.2016"),
        # national gazettes and dates
        ("bg", "обнародван в Държавен вестник, брой 56 от 3 юли 2014."),
        ("fr", "publié au Journal officiel de la République française n° 100 du 6 avril 2004"),
        ("el", "(ΦΕΚ Α΄ 145/19.6.1996)"),
        ("de", "(BGBl. I S. 85 vom 27.03.2019)"),
        ("es", "Publicado en BOE núm. 173 de 12 de junio de 2014"),
        ("ro", "publicată în Monitorul Oficial nr. 173 din 12.6.2014"),
    ],
)
def test_no_journal_reference(lang: str, text: str) -> None:
    assert oj_keys(text, lang) == []
