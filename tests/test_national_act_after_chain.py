"""A sentence that names an EU act and then an article of the national law that
transposes it: in languages that put the owner in the genitive with no "of" word, a
national act in lower case right after the chain ("ustawy o VAT", "kodeksu
cywilnego", "k.c.", cs "občanského zákoníku", sl "zakona o …") makes the article the
national law's, never the EU act's the sentence named before it."""

from __future__ import annotations

import pytest

import citeresolve

UCTD = "CELEX:31993L0013"
VAT = "CELEX:32006L0112"
WHISTLE = "CELEX:32019L1937"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("pl", "Dyrektywę 2006/112/WE wdrożono w art. 86 ustawy o podatku od towarów.", [VAT]),
        ("pl", "Dyrektywę 93/13/EWG implementuje w polskim prawie art. 385¹ k.c.", [UCTD]),
        ("pl", "Dyrektywa 93/13/EWG została wdrożona w art. 385¹ kodeksu cywilnego.", [UCTD]),
        ("pl", "Art. 6 ust. 1 dyrektywy 93/13 przeniesiono do art. 385 k.c.", [f"{UCTD}:6(1)"]),
        ("cs", "Směrnici 93/13/EHS provádí v českém právu čl. 5 občanského zákoníku.", [UCTD]),
        (
            "cs",
            "Směrnice (EU) 2019/1937 je provedena v článku 3 zákona o ochraně oznamovatelů.",
            [WHISTLE],
        ),
        ("sk", "Smernica 93/13/EHS je prebratá v článku 5 občianskeho zákonníka.", [UCTD]),
        ("sl", "Direktiva 93/13/EGS je prenesena v členu 5 obligacijskega zakonika.", [UCTD]),
        ("hr", "Direktiva 93/13/EEZ prenesena je u članku 5 zakona o zaštiti potrošača.", [UCTD]),
    ],
)
def test_national_article_is_not_the_eu_act(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an EU and a national provision side by side: "and" joins no instrument to both
        (
            "pl",
            "Por. art. 6 dyrektywy 93/13 oraz art. 5 ustawy o prawach konsumenta.",
            [f"{UCTD}:6"],
        ),
        ("pl", "Por. art. 6 ust. 1 dyrektywy 93/13 i art. 385¹ k.c.", [f"{UCTD}:6(1)"]),
        # a national article's superscript and letter ("22¹b"): never an EU act's article
        (
            "pl",
            "Dopuszcza to art. 9 ust. 2 lit. b RODO w związku z art. 22¹b Kodeksu pracy.",
            ["CELEX:32016R0679:9(2)(b)"],
        ),
        ("pl", "Por. art. 6 dyrektywy 93/13, a także art. 6 kodeksu cywilnego.", [f"{UCTD}:6"]),
        (
            "cs",
            "Srov. čl. 6 odst. 1 směrnice 93/13/EHS a čl. 5 občanského zákoníku.",
            [f"{UCTD}:6(1)"],
        ),
        (
            "sk",
            "Porovnaj článok 6 smernice 93/13/EHS a článok 6 občianskeho zákonníka.",
            [f"{UCTD}:6"],
        ),
        (
            "sl",
            "Prim. člen 6 Direktive 93/13/EGS in člen 5 obligacijskega zakonika.",
            [f"{UCTD}:6"],
        ),
    ],
)
def test_eu_and_national_side_by_side(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the EU act's own articles, later in its sentence, stay its own
        (
            "pl",
            "Rozporządzenie (WE) nr 987/2009 określa tryb w art. 14–16.",
            ["CELEX:32009R0987", "CELEX:32009R0987:14-16"],
        ),
        (
            "cs",
            "Prováděcí nařízení (ES) č. 987/2009 upravuje postup v článcích 14 až 16.",
            ["CELEX:32009R0987", "CELEX:32009R0987:14-16"],
        ),
        ("sk", "Smernica 93/13/EHS v článku 6 ods. 1 chráni spotrebiteľa.", [UCTD, f"{UCTD}:6(1)"]),
    ],
)
def test_eu_act_articles_in_its_sentence_stay(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
