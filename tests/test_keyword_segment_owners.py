"""A judgment's keyword line: "thereof" in a segment that names an act of its own pins
that act, not the line's first act; and a numbered point written before its article
word at a segment's start ("– Point 1 of Article 5 –") leaves the article to the act
named in the segment before."""

from __future__ import annotations

import pytest

import citeresolve


def found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang)]


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "pinned"),
    [
        (
            "en",
            "Taxation – Value added tax – Directive 2006/112/EC – Article 17(2)(a) of the "
            "Sixth Directive 77/388/EEC, as amended by Article 28f(1) thereof – Deduction",
            ("CELEX:31977L0388:28f(1)", "Article 28f(1)"),
        ),
        (
            "fr",
            "Fiscalité – TVA – Directive 2006/112/CE – Article 17, paragraphe 2, sous a), de "
            "la sixième directive 77/388/CEE, tel que modifié par l'article 28 septies, "
            "point 1, de celle-ci – Déduction",
            ("CELEX:31977L0388:28f", "article 28 septies"),
        ),
        (
            "it",
            "Fiscalità – IVA – Direttiva 2006/112/CE – Articolo 17, paragrafo 2, lettera a), "
            "della sesta direttiva 77/388/CEE, come modificato dall'articolo 28 septies, "
            "punto 1, della stessa – Detrazione",
            ("CELEX:31977L0388:28f", "articolo 28 septies"),
        ),
    ],
)
def test_thereof_pins_the_act_of_its_own_segment(
    lang: str, text: str, pinned: tuple[str, str]
) -> None:
    got = found(text, lang)
    assert pinned in got
    assert not any(key.startswith("CELEX:32006L0112:") for key, _ in got)


def test_thereof_without_a_keyword_line_keeps_the_clause_head() -> None:
    # one dash is an aside of a sentence, no keyword line: the clause's act is pinned
    text = (
        "Having regard to Directive 2006/112/EC – the recast of the VAT rules – and in "
        "particular Article 168 thereof,"
    )
    assert ("CELEX:32006L0112:168", "Article 168") in found(text, "en")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "mt",
            "Kooperazzjoni ġudizzjarja f'materji ċivili – Regolament (KE) Nru 44/2001 – "
            "Il-punt 1 tal-Artikolu 5 – Ġurisdizzjoni f'materji ta' kuntratt",
        ),
        (
            "ga",
            "Comhar breithiúnach in ábhair shibhialta – Rialachán (CE) Uimh. 44/2001 – "
            "Pointe 1 d'Airteagal 5 – Dlínse in ábhair a bhaineann le conradh",
        ),
        (
            "en",
            "Judicial cooperation in civil matters – Regulation (EC) No 44/2001 – Point 1 of "
            "Article 5 – Jurisdiction in matters relating to a contract",
        ),
        (
            "fr",
            "Coopération judiciaire en matière civile – Règlement (CE) nº 44/2001 – Point 1 "
            "de l'article 5 – Compétence en matière contractuelle",
        ),
    ],
)
def test_numbered_point_before_the_article_word(lang: str, text: str) -> None:
    # a numbered point is dropped from the key (docs/citation-keys.md)
    assert "CELEX:32001R0044:5" in keys(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the article is another instrument's, named after it
        (
            "en",
            "Judicial cooperation – Regulation (EC) No 44/2001 – Point 1 of Article 5 of the "
            "Civil Code – Jurisdiction",
        ),
        # a date in the segment is no numbered point
        (
            "en",
            "Judicial cooperation – Regulation (EC) No 44/2001 – Law of 12 May 2001, "
            "Article 5 – Jurisdiction",
        ),
    ],
)
def test_no_key_for_other_articles(lang: str, text: str) -> None:
    assert keys(text, lang) == ["CELEX:32001R0044"]


def test_numbered_point_before_a_lettered_one_is_left_unread() -> None:
    # "point 2 of Article 2(d)" is 2(2)(d) under the contract; 2(d) would be wrong
    text = (
        "Saorghluaiseacht daoine – Treoir 2004/38/CE – Airteagal 3 – Tairbhithe – Pointe 2 "
        "d'Airteagal 2(d) – Ball den teaghlach"
    )
    assert not any(key.startswith("CELEX:32004L0038:2") for key in keys(text, "ga"))
