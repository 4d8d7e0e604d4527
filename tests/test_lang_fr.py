"""French language file: real sentences from EP resolutions, EU acts and judgments."""

import citeresolve


def keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="fr")]


def test_treaty_article_list():
    text = "–  vu les articles 2, 3, 8, 21 et 23 du traité sur l’Union européenne (traité UE),"
    assert keys(text) == ["TEU:2", "TEU:3", "TEU:8", "TEU:21", "TEU:23"]


def test_paragraphs_and_article_1er():
    text = (
        "– vu l’article 294, paragraphe 2, et l’article 100, paragraphe 2, du traité sur le "
        "fonctionnement de l’Union européenne,"
    )
    assert keys(text) == ["TFEU:294(2)", "TFEU:100(2)"]
    assert keys("vu l’article 1er, paragraphe 2, du traité sur l’Union européenne") == ["TEU:1(2)"]


def test_rules_of_procedure():
    assert keys("– vu les articles 59 et 163 de son règlement intérieur,") == [
        "EP-RULES:59",
        "EP-RULES:163",
    ]
    assert keys("vu l'article 59 de son règlement") == ["EP-RULES:59"]


def test_regulation_then_article_of_the_regulation():
    text = (
        "vu le règlement (CE) no 1698/2005 du Conseil du 20 septembre 2005 concernant le soutien "
        "au développement rural (1), et notamment son article 51, paragraphe 4, son article 74, "
        "paragraphe 4, et son article 91,"
    )
    assert keys(text) == [
        "CELEX:32005R1698",
        "CELEX:32005R1698:51(4)",
        "CELEX:32005R1698:74(4)",
        "CELEX:32005R1698:91",
    ]
    text = "l'article 50, paragraphe 2, point a), du règlement (UE) no 1151/2012"
    assert keys(text) == ["CELEX:32012R1151:50(2)(a)"]


def test_oj_footnote():
    assert keys("(1) JO L 222 du 20.8.2008, p. 1.") == ["OJ:L:2008:222:1"]
    assert keys("JO C 137 E du 27.5.2010, p. 5") == ["OJ:C:2010:137E:5"]


def test_texts_adopted_footnote():
    assert keys("(3) Textes adoptés, P9_TA(2021)0056.") == ["TA-9-2021-0056"]


def test_instruments_and_defined_names():
    text = (
        "–  vu la charte des droits fondamentaux de l’Union européenne "
        "(ci-après «la charte des droits fondamentaux»),"
    )
    assert keys(text) == ["CFR"]
    text = "–  vu le pacte international relatif aux droits civils et politiques (PIDCP)"
    assert keys(text) == ["ICCPR"]


def test_negative_national_law_and_dates():
    assert keys("en application de l'article 34-1 de la Constitution") == []
    assert keys("présentée le 28 juin 2016") == []


def test_un_charter_is_not_the_eu_charter() -> None:
    # held-out audit
    text = "vu la charte des Nations unies, et notamment son article 51,"
    assert [c.key for c in citeresolve.extract(text, lang="fr")] == []
